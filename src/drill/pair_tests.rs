use super::*;
use crate::bank::model::{FollowUp, Gap};
use crate::bank::model::{Kind, QualityStatement};
use crate::drill::clock::FakeClock;
use crate::drill::ladder::EVIDENCE_PROBE;

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn question(id: &str, target_seconds: u32) -> Question {
    Question {
        kind: Kind::Focused,
        topic: "waiting-times".to_string(),
        quality_statements: vec![QualityStatement::AssessingNeeds],
        ask: format!("Tell me about {id}."),
        follow_ups: vec![
            FollowUp {
                ask: "Who owns the waiting list?".into(),
                when: vec!["waiting list".into()],
                gap: None,
            },
            FollowUp {
                ask: "What do people tell you?".into(),
                when: vec![],
                gap: None,
            },
        ],
        default_probes: vec![FollowUp {
            ask: "Who did it make a difference for?".into(),
            when: vec![],
            gap: Some(Gap::People),
        }],
        listen_for: vec!["A figure".into(), "A person's voice".into()],
        target_seconds,
        tip: Some("Lead with the figure.".into()),
        ..Question::example(id)
    }
}

fn setup() -> PairSetup {
    PairSetup {
        plan_label: "random 2".into(),
        plan_title: "2 questions at random".into(),
        banks: vec!["test".into()],
        seed: 7,
        round: 1,
        initials: Initials::default(),
    }
}

fn clock() -> FakeClock {
    FakeClock::new(DateTime::parse_from_rfc3339("2026-12-01T19:00:00+00:00").unwrap())
}

fn session(clock: &FakeClock) -> PairSession<FakeClock> {
    PairSession::new(
        setup(),
        vec![question("q1", 100), question("q2", 60)],
        clock.clone(),
    )
}

/// Rates the current question by both and moves on.
fn rate_both(s: &mut PairSession<FakeClock>, interviewer: u8, psw: u8) {
    s.finish_asking().unwrap();
    s.rate_interviewer(interviewer);
    s.hand_over().unwrap();
    s.rate_psw(psw);
    s.compare().unwrap();
    s.next_question().unwrap();
}

#[test]
fn the_ladder_climbs_plain_then_deeper_then_evidence() {
    let probes = ladder(&question("q", 60));
    let rungs: Vec<Rung> = probes.iter().map(|p| p.rung).collect();
    assert_eq!(
        rungs,
        [Rung::Plain, Rung::Deeper, Rung::Deeper, Rung::Evidence]
    );
    assert_eq!(probes[0].ask, "What do people tell you?");
    assert_eq!(probes[0].condition(), None);
    assert_eq!(probes[1].ask, "Who did it make a difference for?");
    assert_eq!(
        probes[1].condition().unwrap(),
        "if they have not said who it helped"
    );
    assert_eq!(probes[2].when, ["waiting list"]);
    assert_eq!(
        probes[2].condition().unwrap(),
        "if they mention \"waiting list\""
    );
    assert_eq!(probes[3].ask, EVIDENCE_PROBE);
    assert_eq!(part_for_gap(Gap::Evidence), Some(2));
    assert_eq!(part_for_gap(Gap::People), None);

    // A question's own evidence probe replaces the generic one, and gaps go biggest first.
    let mut q = question("q", 60);
    q.follow_ups.push(FollowUp {
        ask: "What would the audit show?".into(),
        when: vec![],
        gap: Some(Gap::Evidence),
    });
    q.follow_ups.push(FollowUp {
        ask: "What changed for people?".into(),
        when: vec![],
        gap: Some(Gap::Difference),
    });
    let asks: Vec<String> = ladder(&q).into_iter().map(|p| p.ask).collect();
    assert_eq!(
        asks,
        [
            "What do people tell you?",
            "What changed for people?",
            "Who did it make a difference for?",
            "Who owns the waiting list?",
            "What would the audit show?"
        ]
    );

    let mut p = probes[2].clone();
    assert_eq!(p.cue_words(3), "\"waiting list\"");
    p.when = vec!["a".into(), "b".into()];
    assert_eq!(p.cue_words(3), "\"a\" or \"b\"");
    p.when = vec!["a".into(), "b".into(), "c".into(), "d".into()];
    assert_eq!(p.cue_words(3), "\"a\", \"b\", \"c\" or similar");
    assert_eq!(probes[0].cue_words(3), "");
}

#[test]
fn ticks_probes_and_cues_toggle_and_are_kept_per_question() {
    let clock = clock();
    let mut s = session(&clock);
    assert_eq!(s.stage(), PairStage::Asking);
    s.toggle_part(0);
    s.toggle_part(2);
    s.toggle_part(2);
    s.toggle_part(9); // no such part: ignored
    s.toggle_probe(2);
    s.toggle_probe(40);
    s.toggle_cue(1);
    s.set_observations("Gave the figure, no person's voice.".into());
    let item = s.current().unwrap();
    assert_eq!(item.parts, [true, false, false]);
    assert_eq!(item.probes_asked, [false, false, true, false]);
    assert_eq!(item.cues_ticked, [false, true]);
    assert_eq!((item.parts_heard(), item.cues_heard()), (1, 1));
    assert_eq!(item.probes_asked_count(), 1);

    // Still correctable while giving feedback...
    s.finish_asking().unwrap();
    s.toggle_part(1);
    assert_eq!(s.current().unwrap().parts, [true, true, false]);
    // ...but not once the PSW has the keyboard.
    s.rate_interviewer(3);
    s.hand_over().unwrap();
    s.toggle_part(2);
    s.toggle_cue(0);
    s.toggle_probe(0);
    let item = s.current().unwrap();
    assert_eq!(item.parts, [true, true, false]);
    assert_eq!(item.cues_ticked, [false, true]);
    assert_eq!(item.probes_asked, [false, false, true, false]);

    s.rate_psw(4);
    s.compare().unwrap();
    s.next_question().unwrap();
    let fresh = s.current().unwrap();
    assert_eq!(fresh.question.id, "q2");
    assert_eq!(fresh.parts, [false; 3]);
    assert!(fresh.observations.is_empty());
    assert_eq!(
        s.items()[0].observations,
        "Gave the figure, no person's voice."
    );
}

#[test]
fn only_asking_is_timed_and_pause_stops_every_clock() {
    let clock = clock();
    let mut s = session(&clock);
    clock.advance(secs(30));
    assert_eq!(s.question_elapsed(), secs(30));
    s.toggle_pause();
    assert!(s.is_paused());
    clock.advance(secs(100));
    assert_eq!(s.question_elapsed(), secs(30));
    assert_eq!(s.session_elapsed(), secs(30));
    s.toggle_pause();
    clock.advance(secs(45));
    assert_eq!(s.question_elapsed(), secs(75));
    s.finish_asking().unwrap();
    clock.advance(secs(20)); // feedback: the session runs, the question does not
    assert_eq!(s.question_elapsed(), secs(75));
    assert_eq!(s.session_elapsed(), secs(95));

    // Back to listening: the question clock picks up where it stopped.
    s.back_to_asking().unwrap();
    clock.advance(secs(10));
    assert_eq!(s.question_elapsed(), secs(85));
    s.finish_asking().unwrap();
    s.rate_interviewer(2);
    s.hand_over().unwrap();
    clock.advance(secs(5));
    s.rate_psw(4);
    s.compare().unwrap();
    s.next_question().unwrap();
    assert_eq!(s.question_time(0), secs(85));
    assert_eq!(s.question_elapsed(), Duration::ZERO);
    assert_eq!(s.session_elapsed(), secs(110));
}

#[test]
fn pace_reads_green_amber_red_in_words() {
    let t = secs(100);
    assert_eq!(Pace::of(secs(79), t), Pace::OnTime);
    assert_eq!(Pace::of(secs(80), t), Pace::NearlyTime);
    assert_eq!(Pace::of(secs(100), t), Pace::NearlyTime);
    assert_eq!(Pace::of(secs(101), t), Pace::OverTime);
    assert_eq!(Pace::describe(secs(70), t), "green: 1:10 of 1:40");
    assert_eq!(Pace::describe(secs(85), t), "amber: 0:15 left of 1:40");
    assert_eq!(Pace::describe(secs(117), t), "red: over 1:40 by 0:17");
    // Once the clock has stopped, the time taken is said as it is in the note.
    assert_eq!(
        Pace::describe_taken(secs(70), t),
        "green: within the 1 min 40 s target"
    );
    assert_eq!(
        Pace::describe_taken(secs(85), t),
        "amber: 15 s inside the 1 min 40 s target"
    );
    assert_eq!(
        Pace::describe_taken(secs(117), t),
        "red: over the 1 min 40 s target by 17 s"
    );

    let clock = clock();
    let s = session(&clock);
    assert_eq!(s.pace(), Pace::OnTime);
    clock.advance(secs(90));
    assert_eq!(s.pace(), Pace::NearlyTime);
    clock.advance(secs(11));
    assert_eq!(s.pace(), Pace::OverTime);
    assert_eq!(s.pace().word(), "red");
}

#[test]
fn both_ratings_are_needed_and_the_psw_rates_blind() {
    let clock = clock();
    let mut s = session(&clock);
    // Ratings only count at their own step.
    s.rate_interviewer(4);
    s.rate_psw(4);
    assert_eq!(s.current().unwrap().interviewer_rating, None);
    assert_eq!(s.hand_over(), Err(PairRefusal::NotNow));

    s.finish_asking().unwrap();
    assert_eq!(s.hand_over(), Err(PairRefusal::NeedInterviewerRating));
    s.rate_interviewer(0);
    s.rate_interviewer(6);
    assert_eq!(s.hand_over(), Err(PairRefusal::NeedInterviewerRating));
    s.rate_interviewer(2);
    s.rate_interviewer(3); // changed their mind
    s.set_feedback(Feedback::Keep, "The waiting-list figure up front.".into());
    s.set_feedback(Feedback::Stop, "Reading from notes.".into());
    s.set_feedback(Feedback::Start, "Name one person's story.".into());
    s.rate_psw(5);
    assert_eq!(s.current().unwrap().psw_rating, None);
    s.hand_over().unwrap();
    assert_eq!(s.stage(), PairStage::HandOver);

    assert_eq!(s.compare(), Err(PairRefusal::NeedPswRating));
    s.rate_interviewer(1); // the interviewer cannot change theirs behind the PSW's back
    s.rate_psw(5);
    s.compare().unwrap();
    let item = s.current().unwrap();
    assert_eq!(
        (item.interviewer_rating, item.psw_rating),
        (Some(3), Some(5))
    );
    assert_eq!(
        item.feedback(Feedback::Keep),
        "The waiting-list figure up front."
    );
    assert_eq!(item.feedback(Feedback::Stop), "Reading from notes.");
    assert_eq!(item.feedback(Feedback::Start), "Name one person's story.");
    assert_eq!(s.completed(), 1);
}

#[test]
fn the_session_finishes_after_the_last_comparison() {
    let clock = clock();
    let mut s = session(&clock);
    rate_both(&mut s, 3, 4);
    assert!(s.items()[1].reached);
    s.toggle_tip();
    assert!(s.tip_shown());
    rate_both(&mut s, 2, 2);
    assert!(!s.tip_shown(), "each question starts with its tip hidden");
    assert!(s.is_finished());
    assert_eq!(s.completed(), 2);
    assert_eq!(s.finished(), Some(s.started()));
    assert_eq!(s.next_question(), Err(PairRefusal::NotNow));
    assert_eq!(s.question(), None);
}

#[test]
fn finishing_early_keeps_only_the_questions_reached() {
    let clock = clock();
    let mut s = session(&clock);
    assert!(!s.has_content());
    s.toggle_part(0);
    assert!(s.has_content());
    clock.advance(secs(12));
    s.finish();
    assert!(s.is_finished());
    assert_eq!(s.reached().count(), 1);
    assert_eq!(s.asked_ids(), ["q1"]);
    assert_eq!(s.question_time(0), secs(12));
    clock.advance(secs(12));
    assert_eq!(s.session_elapsed(), secs(12));
}

#[test]
fn swapping_roles_swaps_initials_and_counts_the_round() {
    let clock = clock();
    let mut s = session(&clock);
    rate_both(&mut s, 3, 4);
    rate_both(&mut s, 4, 4);
    s.set_initials(Initials {
        interviewer: "AB".into(),
        psw: "CD".into(),
    });
    let next = s.swapped_setup("mock".into(), "Mock interview".into(), 8);
    assert_eq!(next.round, 2);
    assert_eq!(next.initials.interviewer, "CD");
    assert_eq!(next.initials.psw, "AB");
    let fresh = not_yet_asked(vec![question("q1", 60), question("q3", 60)], &s.asked_ids());
    assert_eq!(fresh.len(), 1);
    assert_eq!(fresh[0].id, "q3");
    // If every question was asked already, ask them again rather than nothing.
    assert_eq!(
        not_yet_asked(vec![question("q1", 60)], &s.asked_ids()).len(),
        1
    );

    let second = PairSession::new(next, fresh, clock.clone());
    assert_ne!(second.session_id(), s.session_id());
    assert!(second.session_id().ends_with("-pair2"));
    assert_eq!(second.stage(), PairStage::Asking);
    assert_eq!(second.initials().psw, "AB");
}

#[test]
fn the_note_keeps_marks_ratings_feedback_and_timings_of_questions_reached() {
    let clock = clock();
    let mut s = session(&clock);
    s.toggle_part(0);
    s.toggle_part(2);
    s.toggle_probe(0);
    s.toggle_probe(3);
    s.toggle_cue(1);
    s.set_observations("Strong on triage.".into());
    clock.advance(secs(95));
    s.finish_asking().unwrap();
    s.rate_interviewer(3);
    s.set_feedback(Feedback::Keep, "The figure.".into());
    s.set_feedback(Feedback::Start, "A story.".into());
    s.hand_over().unwrap();
    s.rate_psw(4);

    // A draft mid-way holds what is there so far.
    let draft = s.to_note();
    assert_eq!(draft.kind, NoteKind::Pair);
    assert_eq!(draft.finished, None);
    assert_eq!(draft.questions.len(), 1, "q2 not reached yet");

    s.compare().unwrap();
    s.next_question().unwrap();
    clock.advance(secs(20));
    s.finish();
    s.set_initials(Initials {
        interviewer: " AB ".into(),
        psw: String::new(),
    });
    let note = s.to_note();
    assert_eq!(note.plan, "random 2");
    assert_eq!(note.plan_title, "2 questions at random");
    assert_eq!(note.interviewer.as_deref(), Some("AB"));
    assert_eq!(note.psw, None);
    assert_eq!(note.style, AnswerStyle::Spoken);
    assert!(note.finished.is_some());
    assert_eq!(note.questions.len(), 2);
    let q = &note.questions[0];
    assert_eq!(q.total_seconds, 95);
    assert_eq!(q.rating, Some(4));
    assert_eq!(q.cues_ticked(), 1);
    assert!(q.answers.is_empty());
    let marks = q.pair.as_ref().unwrap();
    assert_eq!(marks.rating, Some(3));
    assert_eq!(
        (
            marks.heard.done,
            marks.heard.difference,
            marks.heard.evidence
        ),
        (true, false, true)
    );
    assert_eq!(
        marks.probes_asked,
        ["What do people tell you?", EVIDENCE_PROBE]
    );
    assert_eq!(marks.observations, "Strong on triage.");
    assert_eq!(
        (marks.keep.as_str(), marks.stop.as_str()),
        ("The figure.", "")
    );
    assert_eq!(marks.start, "A story.");
    assert_eq!(note.questions[1].total_seconds, 20);
    assert_eq!(note.questions[1].pair.as_ref().unwrap().rating, None);

    // It survives the note format exactly.
    let text = crate::notes::to_markdown(&note);
    assert_eq!(crate::notes::from_markdown(&text).unwrap(), note);
}

#[test]
fn an_empty_plan_is_finished_from_the_start() {
    let s = PairSession::new(setup(), vec![], clock());
    assert!(s.is_finished());
    assert!(s.is_empty());
    assert_eq!(s.reached().count(), 0);
}

#[test]
fn the_interviewers_notes_put_follow_ups_from_the_answer_at_the_top_of_the_ladder() {
    let clock = clock();
    let mut s = session(&clock);
    let bank_rungs = s.current().unwrap().probes.len();
    s.set_observations("Says 93% of adults were seen within a week.".into());
    let item = s.current().unwrap();
    assert_eq!(item.probes.len(), bank_rungs + 1);
    assert_eq!(item.probes[0].rung, Rung::FromAnswer);
    assert_eq!(item.probes[0].rung.label(), "From the answer");
    assert!(
        item.probes[0].ask.contains("the 7% who were not"),
        "{}",
        item.probes[0].ask
    );
    // Marked as asked, it stays when the notes change; the bank's rungs keep their marks too.
    s.toggle_probe(0);
    s.toggle_probe(1);
    s.set_observations("Talked about the duty rota.".into());
    let item = s.current().unwrap();
    assert_eq!(item.probes[0].rung, Rung::FromAnswer);
    assert_eq!(item.probes_asked[..2], [true, true]);
    assert_eq!(item.probes.len(), bank_rungs + 1);
    // Nothing to anchor on and nothing marked: the bank's ladder alone.
    let mut s = session(&clock);
    s.set_observations("Talked about the duty rota.".into());
    assert!(
        s.current()
            .unwrap()
            .probes
            .iter()
            .all(|p| p.rung != Rung::FromAnswer)
    );
}

#[test]
fn notes_with_no_subject_still_give_a_follow_up_from_the_answer() {
    // Interviewers write notes without a subject or a verb: "Said 91% seen within 28 days".
    let clock = clock();
    let mut s = session(&clock);
    s.set_observations("Said 91% seen within 28 days, down from 14 weeks.".into());
    let item = s.current().unwrap();
    assert_eq!(item.probes[0].rung, Rung::FromAnswer);
    assert!(
        item.probes[0]
            .ask
            .starts_with("You said 91% were seen within 28 days: ")
            && item.probes[0].ask.contains("the 9%"),
        "{}",
        item.probes[0].ask
    );
}

/// The twelfth walk's row 3: a colleague's note "Talked about the strengths-based audit" came
/// back as "You said talked about the strengths-based audit: …", the colleague's words read out
/// as the PSW's. The reporting words at the start of a note ("Talked about", "Mentioned",
/// "Described"…) are the colleague's, and are left out before the notes are pressed on.
#[test]
fn a_colleagues_reporting_words_are_not_read_back_as_the_psws() {
    let clock = clock();
    let mut s = session(&clock);
    s.set_observations(
        "Clear opening. Talked about the strengths-based audit; no date for the next step\n\
         Mentioned the quarterly audit."
            .into(),
    );
    let asks: Vec<String> = s
        .current()
        .unwrap()
        .probes
        .iter()
        .filter(|p| p.rung == Rung::FromAnswer)
        .map(|p| p.ask.clone())
        .collect();
    assert!(
        asks.iter()
            .any(|a| a.starts_with("You mentioned the strengths-based audit: ")),
        "{asks:#?}"
    );
    for ask in &asks {
        let lower = ask.to_lowercase();
        assert!(
            !lower.contains("talked about") && !lower.contains("said mentioned"),
            "{asks:#?}"
        );
    }
}

/// A question moved to and left at once, with nothing marked, is not kept, counted or excluded
/// from the next round; from `ASKED_AFTER` on it is (answered aloud), and a mark keeps it at once.
#[test]
fn a_question_only_moved_to_is_not_kept_until_marked_or_answered_aloud() {
    let clock = clock();
    let mut s = session(&clock);
    rate_both(&mut s, 3, 4);
    assert_eq!(s.reached().count(), 2);
    clock.advance(ASKED_AFTER - secs(1));
    assert_eq!(s.kept().count(), 1, "only moved to");
    assert_eq!(s.to_note().questions.len(), 1);
    assert_eq!(s.asked_ids(), ["q1"]);
    clock.advance(secs(1));
    assert_eq!(s.kept().count(), 2, "answered aloud for {ASKED_AFTER:?}");
    assert_eq!(s.asked_ids(), ["q1", "q2"]);

    let mut s = session(&clock);
    rate_both(&mut s, 3, 4);
    s.toggle_cue(0);
    s.finish();
    assert_eq!(s.kept().count(), 2, "a cue ticked at once is kept");
    let note = s.to_note();
    assert!(note.questions.iter().all(crate::notes::practised));
}
