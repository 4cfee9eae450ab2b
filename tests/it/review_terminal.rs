//! The real binary in a pseudo-terminal opening review over a generated history of 1,000 sessions,
//! read back through a terminal parser as a person sees it.

use crate::common;

use common::Coach;
use psw_coach::bank::Library;
use psw_coach::bank::model::Question;

#[test]
fn review_opens_over_a_generated_history_and_reads_a_session_back() {
    let data = tempfile::tempdir().unwrap();
    let questions: Vec<Question> = Library::load(None, &[]).questions().cloned().collect();
    let end = chrono::DateTime::parse_from_rfc3339("2026-11-30T18:00:00+00:00").unwrap();
    let answers =
        psw_coach::review::generate::write_history(data.path(), &questions, 1_000, 10, 84, end, 3)
            .unwrap();
    assert_eq!(answers, 10_000);
    // One broken note among them: listed as skipped, never hiding the rest.
    std::fs::write(
        data.path().join("notes/2026-11-30-2300-broken.md"),
        "---\nformat: 2\nplan: [\n",
    )
    .unwrap();

    let mut coach = Coach::start(data.path(), &["review"]);
    coach.wait_for("1000 of 1000 sessions");
    // A frame may arrive in pieces: wait for the whole of it.
    coach.wait_for("1 note could not be read");
    let screen = coach.contents();
    // Newest first: the last generated session, on 30 November.
    let first_row = screen
        .lines()
        .find(|l| l.contains("Nov 2026"))
        .unwrap_or_default()
        .to_string();
    assert!(first_row.contains("30 Nov 2026"), "{screen}");

    coach.send("u");
    coach.wait_for("2026-11-30-2300-broken.md");

    // Filter to the weak answers, then open the newest such session.
    coach.send("r");
    coach.wait_for("Showing: rated 1-2");
    coach.send("\r");
    coach.wait_for("What have you done?");
    coach.wait_for("you rated it");

    coach.send("\x1b");
    coach.wait_for("Showing: rated 1-2");
    coach.send("\x1b");
    coach.wait_exit();
}

/// The twelfth walk's row 13: a FIFO named like a note in the notes folder. The real binary must
/// not wait on it (opened, it would wait for ever for a writer), and must say it is there and what
/// it is, where before it was left out without a word.
#[cfg(unix)]
#[test]
fn a_fifo_in_the_notes_folder_is_named_in_review_and_never_waited_on() {
    let data = tempfile::tempdir().unwrap();
    let questions: Vec<Question> = Library::load(None, &[]).questions().cloned().collect();
    let end = chrono::DateTime::parse_from_rfc3339("2026-11-30T18:00:00+00:00").unwrap();
    psw_coach::review::generate::write_history(data.path(), &questions, 3, 2, 7, end, 3).unwrap();
    common::mkfifo(&data.path().join("notes/2026-12-01-0900-mock.md"));

    let mut coach = Coach::start(data.path(), &["review"]);
    coach.wait_for("3 of 3 sessions");
    coach.wait_for("1 note could not be read");
    coach.send("u");
    coach.wait_for("2026-12-01-0900-mock.md: this is a named pipe (FIFO), not a note");
    coach.wait_for("out of the notes folder");
    coach.send("\x1b");
    coach.wait_exit();
}
