//! The real binary in a pseudo-terminal opening review over a generated history of 1,000 sessions,
//! read back through a terminal parser as a person sees it.

mod common;

use common::Coach;
use psw_coach::bank::Library;
use psw_coach::bank::model::Question;
use std::time::Duration;

/// Loading and indexing 1,000 sessions takes longer than an ordinary screen.
const PATIENCE: Duration = Duration::from_secs(30);

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
    coach.wait_for_within("1000 of 1000 sessions", PATIENCE);
    // A frame may arrive in pieces: wait for the whole of it.
    coach.wait_for_within("1 note could not be read", PATIENCE);
    let screen = coach.contents();
    // Newest first: the last generated session, on 30 November.
    let first_row = screen
        .lines()
        .find(|l| l.contains("Nov 2026"))
        .unwrap_or_default()
        .to_string();
    assert!(first_row.contains("30 Nov 2026"), "{screen}");

    coach.send("u");
    coach.wait_for_within("2026-11-30-2300-broken.md", PATIENCE);

    // Filter to the weak answers, then open the newest such session.
    coach.send("r");
    coach.wait_for_within("Showing: rated 1-2", PATIENCE);
    coach.send("\r");
    coach.wait_for_within("What have you done?", PATIENCE);
    coach.wait_for_within("you rated it", PATIENCE);

    coach.send("\x1b");
    coach.wait_for_within("Showing: rated 1-2", PATIENCE);
    coach.send("\x1b");
    coach.wait_exit();
}
