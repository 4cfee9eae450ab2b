use super::super::stub::{self, Rig};
use super::*;
use crate::bank::Library;
use crate::drill::clock::FakeClock;
use crate::drill::pair::{Initials, PairSetup, SPOKEN_ANSWER_ID};
use crate::notes::{AnswerStyle, Transcribed};

fn session() -> PairSession<FakeClock> {
    let library = Library::load(None, &[]);
    let questions: Vec<_> = library.questions().take(2).cloned().collect();
    PairSession::new(
        PairSetup {
            plan_label: "random 2".into(),
            plan_title: "Two at random".into(),
            banks: vec![],
            seed: 1,
            round: 1,
            initials: Initials::default(),
        },
        questions,
        stub::clock(),
    )
}

fn rigged() -> (Rig, PairRecorder) {
    let (rig, live) = Rig::live();
    (rig, PairRecorder::new(live))
}

#[test]
fn the_answer_records_while_the_colleague_listens_and_its_words_reach_the_feedback_and_the_note() {
    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    assert!(
        rig.fake.borrow().recording,
        "listening starts the recording"
    );
    assert_eq!(rec.recording_line().as_deref(), Some("● Recording (0:12)"));
    s.finish_asking().unwrap();
    rec.follow(&mut s);
    assert!(!rig.fake.borrow().recording, "feedback stops it");
    let waiting = rec.heard(&s, 0).unwrap();
    assert!(
        waiting
            .text
            .starts_with("Transcribing the answer on this computer"),
        "{waiting:?}"
    );
    rig.finish("We cut the wait from 19 weeks to 7.");
    assert!(rec.follow(&mut s), "the words landed");
    let heard = rec.heard(&s, 0).unwrap();
    assert_eq!(heard.text, "We cut the wait from 19 weeks to 7.");
    assert_eq!(
        heard.delivery.as_deref(),
        Some("12 s speaking · 140 words a minute (steady)")
    );
    let note = s.to_note();
    assert_eq!(note.style, AnswerStyle::Recorded);
    let answer = &note.questions[0].answers[0];
    assert_eq!(answer.id, SPOKEN_ANSWER_ID);
    assert_eq!(answer.text, "We cut the wait from 19 weeks to 7.");
    assert_eq!(answer.transcribed, Some(Transcribed::AsHeard));
    assert!(
        rec.heard(&s, 1).is_none(),
        "the next question has nothing yet"
    );
}

#[test]
fn going_back_to_listening_or_pausing_records_a_second_take_after_the_first() {
    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    s.pause();
    rec.follow(&mut s);
    assert!(!rig.fake.borrow().recording, "a pause stops the microphone");
    s.resume();
    rec.follow(&mut s);
    assert!(rig.fake.borrow().recording, "resuming records again");
    s.finish_asking().unwrap();
    rec.follow(&mut s);
    s.back_to_asking().unwrap();
    rec.follow(&mut s);
    assert!(
        rig.fake.borrow().recording,
        "back to listening records again"
    );
    s.finish_asking().unwrap();
    rec.follow(&mut s);
    rig.finish("Before the pause.");
    rig.finish("After it.");
    rig.finish("And one more thing.");
    rec.follow(&mut s);
    assert_eq!(
        s.current().unwrap().transcript,
        "Before the pause.\n\nAfter it.\n\nAnd one more thing."
    );
}

#[test]
fn without_a_microphone_or_with_one_unplugged_the_pair_goes_on_and_says_so() {
    let (rig, mut rec) = rigged();
    rig.fake.borrow_mut().refuse = Some("No microphone was found".into());
    let mut s = session();
    rec.follow(&mut s);
    assert_eq!(
        rec.problem(),
        Some("No microphone was found. This answer is not recorded: listen and mark as usual.")
    );
    rec.follow(&mut s);
    assert!(
        rec.heard(&s, 0).is_none(),
        "nothing recorded, nothing shown"
    );
    assert!(
        !s.to_note()
            .questions
            .iter()
            .flat_map(|q| &q.answers)
            .any(|a| !a.text.is_empty())
    );
    assert_eq!(s.to_note().style, AnswerStyle::Spoken);

    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    rig.fake.borrow_mut().fault = Some("The microphone stopped (unplugged?)".into());
    rec.follow(&mut s);
    assert!(
        rec.problem()
            .unwrap()
            .ends_with("listen and mark as usual."),
        "{:?}",
        rec.problem()
    );
    assert_eq!(rig.fake.borrow().sent.len(), 1, "what it heard is sent");
    assert_eq!(rig.fake.borrow().starts, 1, "not started again");
}

#[test]
fn an_answer_that_cannot_be_transcribed_says_so_on_the_feedback_step() {
    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    s.finish_asking().unwrap();
    rec.follow(&mut s);
    rig.fake.borrow_mut().broken = Some("The voice model is damaged".into());
    rig.finish("");
    rec.follow(&mut s);
    let heard = rec.heard(&s, 0).unwrap();
    assert!(
        heard
            .text
            .starts_with("The answer could not be transcribed: The voice model is damaged."),
        "{heard:?}"
    );
}

#[test]
fn answers_are_written_under_the_session_and_question_and_a_discard_lets_go() {
    let data = tempfile::tempdir().unwrap();
    let (rig, rec) = rigged();
    let mut rec = rec.saving_audio_in(data.path().into(), "20261205-090000-ab12-pair1", false);
    let mut s = session();
    rec.follow(&mut s);
    s.finish_asking().unwrap();
    rec.follow(&mut s);
    let path = data.path().join("20261205-090000-ab12-pair1-q1-answer.wav");
    assert_eq!(
        rig.fake.borrow().kept,
        vec![Some(crate::voice::recorder::AudioFile {
            path: path.clone(),
            keep: false
        })]
    );
    std::fs::write(&path, b"RIFF").unwrap();
    rig.finish("We cut the wait.");
    rec.follow(&mut s);
    assert!(!path.exists(), "the words are in: the sound goes");
    let (rig, mut rec) = rigged();
    let mut s = session();
    rec.follow(&mut s);
    rec.let_go();
    assert_eq!(rig.fake.borrow().let_go, 1);
}
