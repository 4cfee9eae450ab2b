//! Pair practice with the real binary in a pseudo-terminal: one question with ticks and both
//! ratings, saved as a note of kind pair.

use crate::common;

use common::Coach;

#[test]
fn one_pair_question_with_ticks_and_both_ratings_is_saved_as_a_pair_note() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(data.path(), &["pair", "--plan", "random 1", "--seed", "5"]);
    coach.wait_for("Pair practice · Question 1 of 1");
    coach.wait_for("Tip hidden");

    // Listening: parts 1 and 3 heard, the first probe asked, an observation typed.
    coach.send("1");
    coach.send("3");
    coach.send(" ");
    coach.wait_for("[x] 1 Done  [ ] 2 Difference  [x] 3 How they know");
    coach.send("\t");
    coach.type_text("Named the triage tool");
    coach.send("\t");
    coach.wait_for("Named the triage tool");
    coach.send("\r"); // Enter: the answer is finished
    coach.wait_for("Your feedback");

    // The interviewer rates 3 and hands over; the PSW does not see it.
    coach.send("3");
    coach.wait_for("3 of 5");
    coach.send("\r");
    coach.wait_for("Please hand the keyboard to the PSW");
    assert!(!coach.contents().contains("3 of 5"), "{}", coach.contents());
    coach.send("4");
    coach.send("\r");
    coach.wait_for("Both ratings");
    let screen = coach.contents();
    assert!(screen.contains("Interviewer's rating  3 of 5"), "{screen}");
    assert!(screen.contains("PSW's own rating  4 of 5"), "{screen}");
    assert!(
        screen.contains("[x] Done  [ ] Difference  [x] How they know"),
        "{screen}"
    );

    // The end: initials, save, and leave.
    coach.send("\r");
    coach.wait_for("Initials, if you would like them");
    coach.send("AB");
    coach.send("\t");
    coach.send("CD");
    coach.send("\r");
    coach.wait_for("Saved as");
    coach.send("q");
    assert!(coach.wait_exit().success());
    coach
        .stop_reading
        .store(true, std::sync::atomic::Ordering::Relaxed);

    let notes: Vec<_> = std::fs::read_dir(data.path().join("notes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        // The notes folder also holds its hidden index.
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    assert_eq!(notes.len(), 1);
    let note = psw_coach::notes::NotesStore::read(&notes[0]).unwrap();
    assert_eq!(note.kind, psw_coach::notes::NoteKind::Pair);
    assert_eq!(note.interviewer.as_deref(), Some("AB"));
    assert_eq!(note.psw.as_deref(), Some("CD"));
    let q = &note.questions[0];
    assert_eq!(q.rating, Some(4));
    let marks = q.pair.as_ref().unwrap();
    assert_eq!(marks.rating, Some(3));
    assert!(marks.heard.done && !marks.heard.difference && marks.heard.evidence);
    assert_eq!(marks.probes_asked.len(), 1);
    assert_eq!(marks.observations, "Named the triage tool");
}

/// `psw-coach pair`, then Esc and "save and finish" before anything is marked: psw-coach ends
/// and says why there is no note, as a rehearsal alone does ("Nothing was typed..."). It ended
/// with no word at all; discarding likewise.
#[test]
fn leaving_pair_practice_with_nothing_to_save_says_so() {
    for (keys, said) in [
        (
            "s",
            "Nothing was marked or rated, so there was nothing to save.",
        ),
        ("dy", "Pair practice discarded; nothing was saved."),
    ] {
        let data = tempfile::tempdir().unwrap();
        let mut coach = Coach::start(data.path(), &["pair", "--plan", "random 1", "--seed", "5"]);
        coach.wait_for("Tip hidden");
        coach.send("\x1b");
        coach.wait_for("r resume");
        for key in keys.chars() {
            coach.send(&key.to_string());
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        assert!(coach.wait_exit().success());
        coach.wait_for(said);
        coach
            .stop_reading
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }
}
