use super::stub;
use super::*;
use crate::bank::Library;
use crate::bank::model::Prompt;
use crate::drill::clock::FakeClock;
use crate::drill::{SessionSetup, Stage};
use crate::notes::{AnswerStyle, Transcribed};
use crate::voice::recorder::AudioFile;

fn rigged() -> (stub::Rig, PartRecorder) {
    let (rig, live) = stub::Rig::live();
    (rig, PartRecorder::new(live))
}

/// A recorded rehearsal of `q` alone, with up to `probes` follow-ups.
fn rehearsal(q: crate::bank::model::Question, probes: usize) -> Session<FakeClock> {
    Session::new(
        SessionSetup {
            plan_label: "random 1".into(),
            banks: vec![],
            style: AnswerStyle::Recorded,
            seed: 1,
        },
        vec![(q, Prompt::default_three())],
        stub::clock(),
    )
    .with_probes(probes)
}

fn session() -> Session<FakeClock> {
    let library = Library::load(None, &[]);
    rehearsal(library.questions().next().unwrap().clone(), 0)
}

/// Records `parts` parts, moving on after each, and lets the recorder see where that leaves the
/// session.
fn move_on(rec: &mut PartRecorder, s: &mut Session<FakeClock>, parts: usize) {
    for _ in 0..parts {
        rec.follow(s);
        s.next();
    }
    rec.follow(s);
}

#[test]
fn each_part_is_recorded_and_its_words_land_in_it_while_the_next_is_recorded() {
    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    assert!(
        rig.fake.borrow().recording,
        "the first part records at once"
    );
    assert!(
        rec.lines(&s)
            .iter()
            .any(|l| l.starts_with("● Recording (0:12)"))
    );
    s.next();
    rec.follow(&mut s);
    assert_eq!(rig.fake.borrow().starts, 2, "the next part records at once");
    assert_eq!(
        rig.fake.borrow().sent.len(),
        1,
        "the first is being transcribed"
    );
    assert!(
        rec.lines(&s)
            .iter()
            .any(|l| l == "Transcribing 1 part on this computer…")
    );
    rig.finish("We set up a weekly huddle.");
    let first = PartAt {
        question: 0,
        part: PartSlot::Prompt(0),
    };
    assert_eq!(rec.follow(&mut s), vec![first]);
    assert_eq!(s.text_at(first), "We set up a weekly huddle.");
    assert_eq!(s.text(), "", "the part on screen is untouched");
    let lines = rec.lines(&s);
    assert!(
        lines.contains(&"Part 1: 12 s speaking · 140 words a minute (steady)".to_string()),
        "{lines:?}"
    );
    // Back to correct a misheard word: nothing records over it, and the correction is kept.
    s.previous();
    rec.follow(&mut s);
    assert!(!rig.fake.borrow().recording);
    s.set_text("We set up a weekly huddle with managers.".into());
    let note = s.to_note();
    assert!(matches!(
        note.questions[0].answers[0].transcribed,
        Some(Transcribed::Corrected { .. })
    ));
}

#[test]
fn with_no_microphone_the_part_is_typed_and_the_next_part_tries_again() {
    let (rig, mut rec) = rigged();
    rig.fake.borrow_mut().refuse = Some("No microphone was found: plug one in.".into());
    let mut s = session();
    rec.follow(&mut s);
    let lines = rec.lines(&s).join("\n");
    assert!(
        lines.contains(
            "No microphone was found: plug one in. Type this part instead; the timer carries on."
        ),
        "{lines}"
    );
    s.set_text("Typed instead.".into());
    rec.follow(&mut s);
    assert_eq!(rig.fake.borrow().starts, 0, "not retried on the same part");
    rig.fake.borrow_mut().refuse = None;
    s.next();
    rec.follow(&mut s);
    assert!(
        rig.fake.borrow().recording,
        "plugged in: the next part records"
    );
    assert_eq!(s.to_note().questions[0].answers[0].text, "Typed instead.");
}

#[test]
fn a_microphone_unplugged_mid_answer_keeps_what_it_heard_and_the_rest_is_typed() {
    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    rig.fake.borrow_mut().fault =
        Some("The microphone stopped (unplugged?): what it heard so far is kept.".into());
    rec.follow(&mut s);
    assert!(!rig.fake.borrow().recording);
    assert_eq!(
        rig.fake.borrow().sent.len(),
        1,
        "what was heard goes to be transcribed"
    );
    assert!(rec.lines(&s)[0].ends_with("Type the rest of this part."));
    s.set_text("and the rest typed".into());
    rig.finish("The first half said aloud.");
    rec.follow(&mut s);
    assert_eq!(
        s.text(),
        "and the rest typed\n\nThe first half said aloud.",
        "nothing typed is lost"
    );
    assert_eq!(
        rig.fake.borrow().starts,
        1,
        "the part is not recorded again"
    );
}

#[test]
fn a_part_that_cannot_be_transcribed_says_so_and_can_be_typed() {
    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    s.next();
    rec.follow(&mut s);
    rig.fake.borrow_mut().broken = Some("The voice model is damaged".into());
    rig.finish("");
    rec.follow(&mut s);
    let lines = rec.lines(&s).join("\n");
    assert!(
        lines.contains("Part 1 could not be transcribed: The voice model is damaged. Type it"),
        "{lines}"
    );
    assert!(!s.is_transcribed(PartAt {
        question: 0,
        part: PartSlot::Prompt(0)
    }));
}

#[test]
fn pausing_sends_the_part_and_resuming_records_it_again_keeping_both() {
    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    s.pause();
    rec.follow(&mut s);
    assert!(!rig.fake.borrow().recording, "a pause stops the microphone");
    s.resume();
    rec.follow(&mut s);
    assert!(
        rig.fake.borrow().recording,
        "resuming records the same part again"
    );
    rig.finish("Before the pause.");
    s.next();
    rec.follow(&mut s);
    rig.finish("After it.");
    rec.follow(&mut s);
    let first = PartAt {
        question: 0,
        part: PartSlot::Prompt(0),
    };
    assert_eq!(s.text_at(first), "Before the pause.\n\nAfter it.");
}

#[test]
fn the_rating_step_and_a_discard_stop_recording() {
    let (rig, mut rec) = rigged();
    let mut s = session();
    move_on(&mut rec, &mut s, 3);
    assert_eq!(s.stage(), Stage::Rating);
    assert!(!rig.fake.borrow().recording);
    assert_eq!(rig.fake.borrow().sent.len(), 3);
    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    rec.let_go();
    assert_eq!(rig.fake.borrow().discarded, 1);
}

#[test]
fn each_part_is_written_before_it_is_transcribed_and_goes_once_its_words_are_in_unless_kept() {
    use std::path::PathBuf;
    for keep in [false, true] {
        let data = tempfile::tempdir().unwrap();
        let (rig, rec) = rigged();
        let mut rec = rec.saving_audio_in(data.path().into(), "20261205-090000-ab12", keep);
        let mut s = session();
        rec.follow(&mut s);
        s.next();
        rec.follow(&mut s);
        let path = data.path().join("20261205-090000-ab12-q1-part1.wav");
        assert_eq!(
            rig.fake.borrow().kept,
            vec![Some(AudioFile {
                path: path.clone(),
                keep
            })]
        );
        // The worker wrote it; the words come back.
        std::fs::write(&path, b"RIFF").unwrap();
        rig.finish("We set up a weekly huddle.");
        rec.follow(&mut s);
        assert_eq!(
            path.exists(),
            keep,
            "kept only with the setting (keep = {keep})"
        );
        let _: PathBuf = path;
    }
}

#[test]
fn a_part_whose_words_never_came_back_keeps_its_sound_and_a_discard_lets_everything_go() {
    let data = tempfile::tempdir().unwrap();
    let (rig, rec) = rigged();
    let mut rec = rec.saving_audio_in(data.path().into(), "s1", false);
    let mut s = session();
    rec.follow(&mut s);
    s.next();
    rec.follow(&mut s);
    let path = data.path().join("s1-q1-part1.wav");
    std::fs::write(&path, b"RIFF").unwrap();
    rig.fake.borrow_mut().broken = Some(
        "The voice model is damaged. Its recording is kept, to transcribe later: s1-q1-part1.wav"
            .into(),
    );
    rig.finish("");
    rec.follow(&mut s);
    assert!(path.exists(), "not transcribed: its sound stays");
    let lines = rec.lines(&s).join("\n");
    assert!(lines.contains("Its recording is kept"), "{lines}");
    rec.let_go();
    assert_eq!(
        rig.fake.borrow().let_go,
        1,
        "the worker is told to drop the rest"
    );
}

fn with_a_follow_up() -> Session<FakeClock> {
    let library = Library::load(None, &[]);
    let q = library
        .questions()
        .find(|q| q.kind == crate::bank::model::Kind::Focused)
        .unwrap()
        .clone();
    rehearsal(q, 1)
}

#[test]
fn the_follow_up_waits_for_the_last_parts_words_and_is_chosen_from_them() {
    let (rig, mut rec) = rigged();
    let mut s = with_a_follow_up();
    move_on(&mut rec, &mut s, 2);
    assert!(s.next_chooses_follow_up(), "on the last part");
    assert!(rec.hold_for_words(&s), "part 3 is still to be transcribed");
    assert!(!rig.fake.borrow().recording, "part 3 has been sent");
    assert_eq!(s.stage(), Stage::Prompt(2), "the screen stays on part 3");
    rec.follow(&mut s);
    assert!(!rig.fake.borrow().recording, "part 3 is not recorded again");
    let lines = rec.lines(&s).join("\n");
    assert!(
        lines.contains("Waiting for your words") && lines.contains("Tab goes on without waiting"),
        "{lines}"
    );
    assert!(!rec.ready_to_go_on());
    rig.finish("Part one.");
    rig.finish("Part two.");
    rec.follow(&mut s);
    assert!(!rec.ready_to_go_on(), "part 3's words are still to come");
    rig.finish("We know from the carers' survey.");
    rec.follow(&mut s);
    assert!(rec.ready_to_go_on(), "every part is in: go on");
    assert!(!rec.ready_to_go_on(), "once");
}

#[test]
fn tab_again_goes_on_without_waiting_and_moving_back_lets_the_wait_go() {
    let (_rig, mut rec) = rigged();
    let mut s = with_a_follow_up();
    move_on(&mut rec, &mut s, 2);
    assert!(rec.hold_for_words(&s));
    assert!(!rec.hold_for_words(&s), "Tab again: go on now");
    assert!(!rec.ready_to_go_on());
    // Held, then Shift-Tab: the wait is let go and nothing moves on by itself.
    let (_rig, mut rec) = rigged();
    let mut s = with_a_follow_up();
    move_on(&mut rec, &mut s, 2);
    assert!(rec.hold_for_words(&s));
    s.previous();
    rec.follow(&mut s);
    assert!(!rec.ready_to_go_on());
    // With no follow-up to choose, Tab never waits.
    let (_rig, mut rec) = rigged();
    let mut s = session();
    move_on(&mut rec, &mut s, 2);
    assert!(!rec.hold_for_words(&s));
}

/// The rating step says how long the answer took to say from the recordings (12 s a part from
/// the stand-in), and only when every part with words in it was recorded: a typed part leaves
/// the estimate from the word count.
#[test]
fn the_speaking_time_is_measured_only_when_every_part_with_words_was_recorded() {
    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    // Before anything is said the note has no question yet.
    let question =
        |s: &Session<FakeClock>| s.to_note().questions.first().cloned().unwrap_or_default();
    assert_eq!(rec.speaking_seconds(0, &question(&s)), None, "nothing yet");
    s.next();
    rec.follow(&mut s);
    s.next();
    rec.follow(&mut s);
    rig.finish("We set up a weekly huddle.");
    rig.finish("Waits fell by half.");
    rec.follow(&mut s);
    assert_eq!(rec.speaking_seconds(0, &question(&s)), Some(24));
    // The third part typed instead of said: no measured time for the whole answer.
    rec.let_go();
    s.set_text("And the audit shows it.".into());
    assert_eq!(rec.speaking_seconds(0, &question(&s)), None);
    assert_eq!(
        rec.speaking_seconds(1, &question(&s)),
        None,
        "another question"
    );
}
