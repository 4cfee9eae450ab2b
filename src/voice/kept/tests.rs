use super::*;
use crate::notes::AnswerStyle;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-12-05T22:00:00+00:00").unwrap()
}

/// A data folder whose recordings folder holds `names` (each a few bytes).
fn data_with(names: &[&str]) -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join(crate::voice::recorder::RECORDINGS_DIR);
    std::fs::create_dir(&dir).unwrap();
    for name in names {
        std::fs::write(dir.join(name), b"RIFF").unwrap();
    }
    data
}

/// A recorded rehearsal of one question whose first part was typed, second left empty (its
/// recording could not be transcribed), with one follow-up.
fn note(session: &str) -> Note {
    let answer = |id: &str, text: &str| PromptAnswer {
        id: id.into(),
        ask: format!("{id}?"),
        seconds: 40,
        text: text.into(),
        transcribed: None,
    };
    Note {
        session_id: session.into(),
        plan: "mock".into(),
        started: now(),
        style: AnswerStyle::Recorded,
        questions: vec![NoteQuestion {
            id: "wt-01".into(),
            ask: "How do you know people wait less?".into(),
            answers: vec![
                answer("done", "I set up a duty desk."),
                answer("difference", ""),
            ],
            follow_ups: vec![FollowUpAnswer {
                answered_in_refine: false,
                ask: "Who told you?".into(),
                skipped: true,
                ..FollowUpAnswer::default()
            }],
            rating: Some(3),
            target_seconds: 120,
            ..NoteQuestion::default()
        }],
        ..Note::default()
    }
}

fn kept(name: &str) -> Kept {
    let (session_id, question, part) = parse_name(name).unwrap();
    Kept {
        path: PathBuf::from(name),
        name: name.into(),
        session_id,
        question,
        part,
    }
}

#[test]
fn names_the_recorder_writes_are_read_back_from_their_end() {
    assert_eq!(
        parse_name("20261205-101500-mock-q2-part1.wav"),
        Some(("20261205-101500-mock".into(), 1, KeptPart::Prompt(0)))
    );
    assert_eq!(
        parse_name("s-q1-follow-up2-3.wav"),
        Some(("s".into(), 0, KeptPart::FollowUp(1)))
    );
    assert_eq!(
        parse_name("a-quick-one-q3-answer-2.wav"),
        Some(("a-quick-one".into(), 2, KeptPart::Answer))
    );
    for not_ours in [
        "s-q1-part1.mp3",
        "q1-part1.wav",
        "s-q0-part1.wav",
        "s-q1-part0.wav",
        "s-q1-partx.wav",
        "s-q1-part1-notes.wav",
        "holiday.wav",
    ] {
        assert_eq!(parse_name(not_ours), None, "{not_ours}");
    }
}

#[test]
fn a_recording_is_found_by_its_name_or_its_listed_path() {
    let data = data_with(&["s1-q1-part2.wav"]);
    let by_name = find(data.path(), Path::new("s1-q1-part2.wav")).unwrap();
    assert_eq!(by_name.describe(), "question 1, part 2");
    assert_eq!(
        kept("s-q3-answer.wav").describe(),
        "question 3, the PSW's answer"
    );
    let listed = data.path().join("recordings/s1-q1-part2.wav");
    assert_eq!(find(data.path(), &listed).unwrap(), by_name);
}

#[test]
fn nothing_outside_the_recordings_folder_is_taken_for_a_recording() {
    let data = data_with(&["s1-q1-part1.wav"]);
    let elsewhere = data.path().join("s1-q1-part1.wav");
    std::fs::write(&elsewhere, b"RIFF").unwrap();
    let why = find(data.path(), &elsewhere).unwrap_err();
    assert!(why.contains("not in your recordings folder"), "{why}");
    let why = find(data.path(), Path::new("s9-q1-part1.wav")).unwrap_err();
    assert!(
        why.contains("no recording called s9-q1-part1.wav") && why.contains("notes show"),
        "{why}"
    );
    let why = find(data.path(), Path::new("..")).unwrap_err();
    assert!(why.contains("does not name a recording"), "{why}");
    std::fs::write(data.path().join("recordings/holiday.wav"), b"RIFF").unwrap();
    let why = find(data.path(), Path::new("holiday.wav")).unwrap_err();
    assert!(why.contains("not named like a recording"), "{why}");
    let empty = tempfile::tempdir().unwrap();
    let why = find(empty.path(), Path::new("s1-q1-part1.wav")).unwrap_err();
    assert!(why.contains("no kept recordings"), "{why}");
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_in_the_recordings_folder_is_refused_and_left_alone() {
    let data = data_with(&[]);
    let precious = data.path().join("precious.wav");
    std::fs::write(&precious, b"RIFF").unwrap();
    let link = data.path().join("recordings/s1-q1-part1.wav");
    std::os::unix::fs::symlink(&precious, &link).unwrap();
    let why = find(data.path(), Path::new("s1-q1-part1.wav")).unwrap_err();
    assert!(
        why.contains("symbolic link") && why.contains("left alone"),
        "{why}"
    );
    assert!(precious.exists() && link.symlink_metadata().is_ok());
    // Nor is the folder itself followed when it is a link.
    let other = data_with(&["s1-q1-part1.wav"]);
    let linked = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(
        other.path().join("recordings"),
        linked.path().join("recordings"),
    )
    .unwrap();
    let why = find(linked.path(), Path::new("s1-q1-part1.wav")).unwrap_err();
    assert!(why.contains("symbolic link or a file"), "{why}");
}

#[test]
fn deleting_a_found_recording_removes_only_it() {
    let data = data_with(&["s1-q1-part1.wav", "s1-q1-part2.wav"]);
    let kept = find(data.path(), Path::new("s1-q1-part1.wav")).unwrap();
    delete(&kept).unwrap();
    let left = crate::voice::recorder::kept_recordings(data.path(), "s1");
    assert_eq!(left.len(), 1);
    assert!(left[0].ends_with("s1-q1-part2.wav"));
    let why = delete(&kept).unwrap_err();
    assert!(why.contains("could not be deleted"), "{why}");
}

#[test]
fn words_go_into_a_new_note_and_the_note_they_came_from_is_unchanged() {
    let original = note("s1");
    let notes = vec![(PathBuf::from("s1.md"), original.clone())];
    let Keeping::New(new) = keep_words(
        &notes,
        &kept("s1-q1-part2.wav"),
        " It made a difference. ",
        "t1".into(),
        now(),
    ) else {
        panic!("a new note");
    };
    assert_eq!(notes[0].1, original, "the original is untouched");
    assert_eq!(new.session_id, "t1");
    assert_eq!(new.title(), "Transcribed again");
    let q = &new.questions[0];
    assert_eq!(q.refined_from.as_deref(), Some("s1"));
    assert_eq!(q.rating, None, "a new attempt is not rated for the PSW");
    assert_eq!(q.answers[0], original.questions[0].answers[0]);
    assert_eq!(q.answers[1].text, "It made a difference.");
    assert_eq!(q.answers[1].transcribed, Some(Transcribed::AsHeard));
}

#[test]
fn words_follow_what_was_typed_in_their_part_and_what_was_heard_is_kept() {
    let notes = vec![(PathBuf::from("s1.md"), note("s1"))];
    let Keeping::New(new) = keep_words(
        &notes,
        &kept("s1-q1-part1.wav"),
        "And a phone line.",
        "t1".into(),
        now(),
    ) else {
        panic!("a new note");
    };
    let a = &new.questions[0].answers[0];
    assert_eq!(a.text, "I set up a duty desk.\n\nAnd a phone line.");
    assert_eq!(
        a.transcribed.as_ref().map(|t| t.heard(&a.text)),
        Some("And a phone line.")
    );
    // A follow-up left unanswered gets its words, and is no longer skipped.
    let Keeping::New(new) = keep_words(
        &notes,
        &kept("s1-q1-follow-up1.wav"),
        "Carers told us.",
        "t2".into(),
        now(),
    ) else {
        panic!("a new note");
    };
    let f = &new.questions[0].follow_ups[0];
    assert_eq!((f.text.as_str(), f.skipped), ("Carers told us.", false));
}

#[test]
fn words_already_kept_are_not_kept_twice() {
    let mut notes = vec![(PathBuf::from("s1.md"), note("s1"))];
    let Keeping::New(first) = keep_words(
        &notes,
        &kept("s1-q1-part2.wav"),
        "It made a difference.",
        "t1".into(),
        now(),
    ) else {
        panic!("a new note");
    };
    notes.push((PathBuf::from("t1.md"), *first));
    assert!(part_has_words(&notes, &kept("s1-q1-part2.wav")));
    assert_eq!(
        keep_words(
            &notes,
            &kept("s1-q1-part2.wav"),
            "It made  a\ndifference.",
            "t2".into(),
            now()
        ),
        Keeping::AlreadyIn(PathBuf::from("t1.md"))
    );
    // Kept by the setting: the words are in the note itself.
    assert_eq!(
        keep_words(
            &notes,
            &kept("s1-q1-part1.wav"),
            "a duty desk",
            "t2".into(),
            now()
        ),
        Keeping::AlreadyIn(PathBuf::from("s1.md"))
    );
}

#[test]
fn words_with_no_note_or_no_such_part_are_not_put_anywhere() {
    let notes = vec![(PathBuf::from("s1.md"), note("s1"))];
    assert!(!part_has_words(&notes, &kept("s1-q1-part2.wav")));
    assert!(!part_has_words(&notes, &kept("s2-q1-part1.wav")));
    for (name, expected) in [
        ("s2-q1-part1.wav", Keeping::NoNote),
        ("s1-q2-part1.wav", Keeping::NoPart),
        ("s1-q1-part4.wav", Keeping::NoPart),
        ("s1-q1-follow-up2.wav", Keeping::NoPart),
    ] {
        assert_eq!(
            keep_words(&notes, &kept(name), "Words.", "t".into(), now()),
            expected,
            "{name}"
        );
    }
}

#[test]
fn a_pair_answer_heard_again_becomes_the_questions_spoken_answer() {
    let mut pair = note("p1");
    pair.questions[0].answers.clear();
    pair.questions[0].total_seconds = 95;
    let notes = vec![(PathBuf::from("p1.md"), pair)];
    let Keeping::New(new) = keep_words(
        &notes,
        &kept("p1-q1-answer.wav"),
        "We cut the wait.",
        "t".into(),
        now(),
    ) else {
        panic!("a new note");
    };
    let a = &new.questions[0].answers[0];
    assert_eq!(a.id, crate::drill::pair::SPOKEN_ANSWER_ID);
    assert_eq!((a.text.as_str(), a.seconds), ("We cut the wait.", 95));
}
