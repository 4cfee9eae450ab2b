use super::*;
use crate::bank::model::{FollowUp, Gap, Kind, QualityStatement};
use crate::drill::clock::FakeClock;
use crate::drill::probe::Why;
use crate::notes::model::{FORMAT_VERSION, FollowUpAnswer, FollowUpReason, Transcribed};
use std::collections::HashSet;

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn follow_up(ask: &str, when: &[&str]) -> FollowUp {
    FollowUp {
        ask: ask.to_string(),
        when: when.iter().map(|w| w.to_string()).collect(),
        gap: None,
    }
}

fn question(id: &str, target_seconds: u32, follow_ups: Vec<FollowUp>) -> Question {
    Question {
        kind: Kind::Focused,
        topic: "waiting-times".to_string(),
        quality_statements: vec![QualityStatement::AssessingNeeds, QualityStatement::Equity],
        ask: format!("Tell me about {id}."),
        follow_ups,
        target_seconds,
        ..Question::example(id)
    }
}

fn setup(seed: u64) -> SessionSetup {
    SessionSetup {
        plan_label: "random 2".to_string(),
        banks: vec!["test".to_string()],
        style: AnswerStyle::Written,
        seed,
    }
}

fn clock() -> FakeClock {
    FakeClock::new(DateTime::parse_from_rfc3339("2026-11-23T17:40:12+00:00").unwrap())
}

fn probes() -> Vec<FollowUp> {
    vec![
        follow_up("Who owns the waiting list?", &["waiting list"]),
        follow_up(
            "How do you check risk while people wait?",
            &["risk", "wait"],
        ),
        follow_up("Which feedback has changed your plans?", &["feedback"]),
        FollowUp::plain("What would you do differently next time?"),
        FollowUp::plain("Who else should we speak to about this?"),
    ]
}

/// Two questions: the first with probes, the second with none.
fn session_with(seed: u64, clock: &FakeClock) -> Session<FakeClock> {
    Session::new(
        setup(seed),
        vec![
            (question("q1", 120, probes()), Prompt::default_three()),
            (question("q2", 60, vec![]), Prompt::default_three()),
        ],
        clock.clone(),
    )
}

#[test]
fn tab_walks_prompts_follow_up_rating_then_the_next_question() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    assert_eq!((s.len(), s.is_empty()), (2, false));
    assert_eq!(s.stage(), Stage::Prompt(0));
    assert_eq!(s.question().unwrap().id, "q1");
    assert_eq!(s.prompt_position(), Some((1, 3)));
    assert_eq!(s.stage_title(), "What have you done?");
    assert_eq!(s.follow_up(), None);

    s.next();
    assert_eq!(s.stage(), Stage::Prompt(1));
    assert_eq!(s.stage_title(), "What difference has it made?");
    s.next();
    assert_eq!(s.prompt_position(), Some((3, 3)));
    s.next();
    assert_eq!(s.stage(), Stage::FollowUp);
    assert_eq!(s.prompt_position(), None);
    assert_eq!(s.stage_title(), s.follow_up().unwrap().ask);
    s.next();
    assert_eq!(s.stage(), Stage::Rating);
    assert_eq!(s.stage_title(), "How well did that go?");
    s.next();
    assert_eq!((s.index(), s.stage()), (1, Stage::Prompt(0)));
    assert_eq!(s.question().unwrap().id, "q2");
    assert_eq!(s.follow_up(), None);

    // No follow-ups on q2: the last prompt leads straight to the rating.
    s.next();
    s.next();
    s.next();
    assert_eq!(s.stage(), Stage::Rating);
    assert!(!s.is_finished());
    s.next();
    assert_eq!(s.stage(), Stage::Finished);
    assert!(s.is_finished());
    assert_eq!(s.index(), 2);
    assert_eq!(s.question(), None);
    assert!(s.prompts().is_empty());
    assert_eq!(s.text(), "");

    // Nothing moves once finished.
    s.next();
    s.previous();
    assert_eq!(s.stage(), Stage::Finished);
}

#[test]
fn shift_tab_steps_back_but_never_to_an_earlier_question() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    s.previous();
    assert_eq!(s.stage(), Stage::Prompt(0));
    s.next();
    s.next();
    s.previous();
    assert_eq!(s.stage(), Stage::Prompt(1));
    s.next();
    s.next();
    assert_eq!(s.stage(), Stage::FollowUp);
    s.previous();
    assert_eq!(s.stage(), Stage::Prompt(2));
    s.next();
    s.next();
    assert_eq!(s.stage(), Stage::Rating);
    s.previous();
    assert_eq!(s.stage(), Stage::FollowUp);
    s.next();
    s.next();
    assert_eq!((s.index(), s.stage()), (1, Stage::Prompt(0)));
    s.previous();
    assert_eq!((s.index(), s.stage()), (1, Stage::Prompt(0)));

    // Without a follow-up, the rating steps back to the last prompt.
    s.next();
    s.next();
    s.next();
    assert_eq!(s.stage(), Stage::Rating);
    s.previous();
    assert_eq!(s.stage(), Stage::Prompt(2));
}

#[test]
fn skipping_the_follow_up_marks_it_and_goes_to_the_rating() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    s.skip_follow_up();
    assert_eq!(
        s.stage(),
        Stage::Prompt(0),
        "skip only acts on the follow-up"
    );
    s.next();
    s.next();
    s.next();
    clock.advance(secs(4));
    s.skip_follow_up();
    assert_eq!(s.stage(), Stage::Rating);
    let fu = s.to_note().questions[0].follow_ups[0].clone();
    assert!(fu.skipped);
    assert_eq!(fu.seconds, 4);

    // Going back to it means answering it after all.
    s.previous();
    assert_eq!(s.stage(), Stage::FollowUp);
    assert!(!s.to_note().questions[0].follow_ups[0].clone().skipped);
}

#[test]
fn follow_up_follows_the_words_heard_in_any_prompt() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    s.set_text("We cut the waiting list and reviewed risk weekly.".into());
    s.next();
    s.set_text("Fewer complaints.".into());
    s.next();
    s.next();
    // Both the first and second probes are triggered; the first in bank order wins.
    assert_eq!(s.follow_up().unwrap().ask, "Who owns the waiting list?");

    let mut s = session_with(1, &clock);
    s.next();
    s.next();
    s.set_text("Audits and feedback from people.".into());
    s.next();
    assert_eq!(
        s.follow_up().unwrap().ask,
        "Which feedback has changed your plans?"
    );
}

#[test]
fn follow_up_is_drawn_at_random_from_the_seed_when_nothing_triggers() {
    let clock = clock();
    let chosen = |seed| {
        let mut s = session_with(seed, &clock);
        s.set_text("Nothing in particular.".into());
        s.next();
        s.next();
        s.next();
        s.follow_up().unwrap().ask.clone()
    };
    for seed in 0..10 {
        assert_eq!(
            chosen(seed),
            chosen(seed),
            "seed {seed} is not reproducible"
        );
    }
    let seen: HashSet<String> = (0..40).map(chosen).collect();
    assert!(seen.len() > 1, "the random follow-up never varies");
}

#[test]
fn follow_up_stays_fixed_after_going_back_to_the_prompts() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    s.next();
    s.next();
    s.next();
    let first = s.follow_up().unwrap().clone();
    s.previous();
    s.set_text("feedback and the waiting list".into());
    s.next();
    assert_eq!(s.follow_up(), Some(&first));
}

#[test]
fn timings_are_exact_through_pause() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    clock.advance(secs(30));
    s.next();
    clock.advance(secs(45));
    s.pause();
    assert!(s.is_paused());
    clock.advance(secs(100));
    assert_eq!(s.stage_elapsed(), secs(45));
    s.resume();
    assert!(!s.is_paused());
    clock.advance(secs(5));
    assert_eq!(s.stage_elapsed(), secs(50));
    assert_eq!(s.question_elapsed(), secs(80));
    assert_eq!(s.session_elapsed(), secs(80));
    let note = s.to_note();
    let seconds: Vec<u64> = note.questions[0]
        .answers
        .iter()
        .map(|a| a.seconds)
        .collect();
    assert_eq!(seconds, [30, 50, 0]);
    assert_eq!(note.questions[0].total_seconds, 80);
}

#[test]
fn revisits_accumulate_and_rating_time_counts_only_for_the_session() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    clock.advance(secs(10));
    s.next();
    clock.advance(secs(20));
    s.previous();
    assert_eq!(s.stage_elapsed(), secs(10));
    clock.advance(secs(7));
    assert_eq!(s.stage_elapsed(), secs(17));
    s.next();
    assert_eq!(s.stage_elapsed(), secs(20));
    clock.advance(secs(1));
    s.next();
    clock.advance(secs(3));
    s.next();
    clock.advance(secs(60));
    assert_eq!(s.stage(), Stage::FollowUp);
    assert_eq!(s.stage_elapsed(), secs(60));
    s.previous();
    clock.advance(secs(2));
    s.next();
    clock.advance(secs(15));
    assert_eq!(s.stage_elapsed(), secs(75));
    s.next();
    assert_eq!(s.stage(), Stage::Rating);
    assert_eq!(s.stage_elapsed(), Duration::ZERO);
    clock.advance(secs(40));
    // 17 + 21 + 5 + 75: the rating's 40 seconds belong to the session only.
    assert_eq!(s.question_elapsed(), secs(118));
    assert_eq!(s.session_elapsed(), secs(158));
    assert!(!s.is_over_target());
    s.previous();
    clock.advance(secs(3));
    assert!(s.is_over_target(), "121s is over the 120s target");
    assert_eq!(s.question_target(), secs(120));

    s.next();
    s.next();
    assert_eq!(s.question_elapsed(), Duration::ZERO);
    assert_eq!(s.question_target(), secs(60));
    clock.advance(secs(9));
    assert_eq!(s.question_elapsed(), secs(9));
    assert_eq!(s.session_elapsed(), secs(170));
}

#[test]
fn pausing_stops_every_clock_and_finishing_stops_the_session_clock() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    s.pause();
    clock.advance(secs(500));
    s.next();
    s.set_text("typed while paused".into());
    assert_eq!(s.session_elapsed(), Duration::ZERO);
    assert_eq!(s.question_elapsed(), Duration::ZERO);
    s.resume();
    s.resume();
    clock.advance(secs(2));
    assert_eq!(s.stage_elapsed(), secs(2));
    while !s.is_finished() {
        s.next();
    }
    clock.advance(secs(1000));
    assert_eq!(s.session_elapsed(), secs(2));
    assert_eq!(s.question_elapsed(), Duration::ZERO);
    assert!(!s.is_over_target());
}

#[test]
fn seconds_round_down_from_accumulated_time() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    clock.advance(Duration::from_millis(900));
    s.previous();
    clock.advance(Duration::from_millis(900));
    s.next();
    clock.advance(Duration::from_millis(700));
    let note = s.to_note();
    assert_eq!(
        note.questions[0].answers[0].seconds, 1,
        "1.8s rounds down to 1"
    );
    assert_eq!(note.questions[0].answers[1].seconds, 0);
    assert_eq!(note.questions[0].total_seconds, 2, "2.5s rounds down to 2");
}

#[test]
fn text_belongs_to_its_stage() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    s.set_text("done".into());
    s.next();
    assert_eq!(s.text(), "");
    s.set_text("difference".into());
    s.previous();
    assert_eq!(s.text(), "done");
    s.next();
    s.next();
    s.next();
    s.set_text("follow-up answer".into());
    s.next();
    assert_eq!(s.text(), "");
    s.set_text("Rushed the evidence.".into());
    s.previous();
    assert_eq!(s.text(), "follow-up answer");
    s.next();
    assert_eq!(s.text(), "Rushed the evidence.");
}

#[test]
fn rating_only_takes_one_to_five_in_the_rating_stage() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    s.rate(3);
    assert_eq!(s.rating(), None);
    s.next();
    s.next();
    s.next();
    s.next();
    s.rate(0);
    s.rate(6);
    assert_eq!(s.rating(), None);
    s.rate(4);
    assert_eq!(s.rating(), Some(4));
    s.rate(2);
    assert_eq!(s.rating(), Some(2));
    s.next();
    assert_eq!(s.rating(), None, "the next question starts unrated");
}

#[test]
fn answered_and_progress_count_rated_or_passed_questions() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    assert_eq!((s.answered(), s.progress()), (0, 0.0));
    for _ in 0..4 {
        s.next();
    }
    assert_eq!(s.stage(), Stage::Rating);
    assert_eq!(s.answered(), 0);
    s.rate(5);
    assert_eq!((s.answered(), s.progress()), (1, 0.5));
    s.next();
    assert_eq!(s.answered(), 1);
    for _ in 0..4 {
        s.next();
    }
    // Passing through the rating without a score still finishes the question.
    assert!(s.is_finished());
    assert_eq!((s.answered(), s.progress()), (2, 1.0));
}

#[test]
fn an_empty_session_is_finished_from_the_start() {
    let clock = clock();
    let mut s = Session::new(setup(1), vec![], clock.clone());
    assert!(s.is_empty());
    assert!(s.is_finished());
    assert_eq!(s.progress(), 1.0);
    s.next();
    s.set_text("x".into());
    let note = s.to_note();
    assert!(note.questions.is_empty());
    assert_eq!(note.finished, Some(note.started));
}

#[test]
fn a_question_without_prompts_gets_the_three_defaults() {
    let clock = clock();
    let s = Session::new(setup(1), vec![(question("q", 60, vec![]), vec![])], clock);
    assert_eq!(s.prompts(), Prompt::default_three().as_slice());
}

#[test]
fn session_id_comes_from_the_start_time_and_the_seed() {
    let clock = clock();
    let a = session_with(7, &clock);
    let b = session_with(7, &clock);
    let c = session_with(8, &clock);
    assert_eq!(a.session_id(), b.session_id());
    assert_ne!(a.session_id(), c.session_id());
    let id = a.session_id();
    assert!(id.starts_with("20261123-174012-"), "{id}");
    let suffix = &id["20261123-174012-".len()..];
    assert_eq!(suffix.len(), 4);
    assert!(suffix.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
}

#[test]
fn note_holds_everything_so_far_including_the_partial_question() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    s.set_text("Set up a duty desk for the waiting list.".into());
    clock.advance(secs(30));
    s.next();
    s.set_text("Waits down from 12 to 5 weeks.".into());
    clock.advance(secs(20));
    s.next();
    clock.advance(secs(10));
    s.next();
    s.set_text("The team manager.".into());
    clock.advance(secs(15));
    s.next();
    s.rate(3);
    s.set_text("  ".into());
    clock.advance(secs(8));
    s.next();
    s.set_text("Half an answer".into());
    clock.advance(secs(12));

    let note = s.to_note();
    assert_eq!(note.format, FORMAT_VERSION);
    assert_eq!(note.session_id, s.session_id());
    assert_eq!(note.plan, "random 2");
    assert_eq!(note.banks, ["test"]);
    assert_eq!(note.style, AnswerStyle::Written);
    assert_eq!(note.started.to_rfc3339(), "2026-11-23T17:40:12+00:00");
    assert_eq!(note.finished, None);
    assert_eq!(note.questions.len(), 2);

    let q1 = &note.questions[0];
    assert_eq!(q1.id, "q1");
    assert_eq!(q1.topic, "waiting-times");
    assert_eq!(q1.quality_statements, ["assessing-needs", "equity"]);
    assert_eq!(q1.ask, "Tell me about q1.");
    let answers: Vec<(&str, &str, u64, &str)> = q1
        .answers
        .iter()
        .map(|a| (a.id.as_str(), a.ask.as_str(), a.seconds, a.text.as_str()))
        .collect();
    assert_eq!(
        answers,
        [
            (
                "done",
                "What have you done?",
                30,
                "Set up a duty desk for the waiting list."
            ),
            (
                "difference",
                "What difference has it made?",
                20,
                "Waits down from 12 to 5 weeks."
            ),
            ("evidence", "How do you know?", 10, ""),
        ]
    );
    assert_eq!(
        q1.follow_ups,
        vec![FollowUpAnswer {
            answered_in_refine: false,
            transcribed: None,
            ask: "Who owns the waiting list?".into(),
            seconds: 15,
            text: "The team manager.".into(),
            skipped: false,
            reason: Some(FollowUpReason::Heard("waiting list".into())),
        }]
    );
    assert_eq!(q1.total_seconds, 75);
    assert_eq!(q1.target_seconds, 120);
    assert_eq!(q1.rating, Some(3));
    assert_eq!(q1.reflection, None, "a blank reflection is no reflection");
    assert!(!q1.recovered);

    let q2 = &note.questions[1];
    assert_eq!(q2.id, "q2");
    assert_eq!(q2.answers.len(), 3);
    assert_eq!(q2.answers[0].text, "Half an answer");
    assert_eq!(q2.answers[0].seconds, 12);
    assert!(q2.follow_ups.is_empty());
    assert_eq!(q2.total_seconds, 12);
    assert_eq!(q2.rating, None);

    for _ in 0..3 {
        s.next();
    }
    s.set_text("Ran out of evidence.".into());
    clock.advance(secs(5));
    s.next();
    assert!(s.is_finished());
    clock.advance(secs(60));
    let note = s.to_note();
    assert_eq!(
        note.finished.map(|t| t.to_rfc3339()),
        Some("2026-11-23T17:41:52+00:00".to_string()),
        "finished is when the last question was left, not when the note was made"
    );
    assert_eq!(
        note.questions[1].reflection.as_deref(),
        Some("Ran out of evidence.")
    );
    assert_eq!(note.total_seconds(), 87);
}

#[test]
fn summary_reports_time_against_target_and_ratings() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    clock.advance(secs(50));
    s.next();
    clock.advance(secs(40));
    s.next();
    clock.advance(secs(20));
    s.next();
    clock.advance(secs(25));
    s.skip_follow_up();
    s.rate(2);
    clock.advance(secs(10));
    s.next();
    clock.advance(secs(30));

    let summary = s.summary();
    assert_eq!(summary.plan, "random 2");
    assert_eq!((summary.answered, summary.planned), (1, 2));
    assert!(!summary.finished);
    assert_eq!(summary.session_seconds, 175);
    assert_eq!(summary.questions.len(), 2);

    let q1 = &summary.questions[0];
    assert_eq!(
        (q1.id.as_str(), q1.ask.as_str()),
        ("q1", "Tell me about q1.")
    );
    let prompts: Vec<(&str, u64)> = q1
        .prompts
        .iter()
        .map(|p| (p.ask.as_str(), p.seconds))
        .collect();
    assert_eq!(
        prompts,
        [
            ("What have you done?", 50),
            ("What difference has it made?", 40),
            ("How do you know?", 20)
        ]
    );
    assert_eq!(q1.follow_ups.len(), 1);
    let fu = &q1.follow_ups[0];
    assert_eq!((fu.seconds, fu.skipped), (25, true));
    assert_eq!((q1.total_seconds, q1.target_seconds), (135, 120));
    assert!(q1.over_target);
    assert_eq!(q1.rating, Some(2));

    let q2 = &summary.questions[1];
    assert_eq!(q2.total_seconds, 30);
    assert!(!q2.over_target);
    assert!(q2.follow_ups.is_empty());
    assert_eq!(q2.rating, None);

    assert_eq!(summary.over_target_count(), 1);
    assert_eq!(summary.average_rating(), Some(2.0));
}

/// A focused question with gap probes, a trigger and plain probes, as a mock interview asks it.
fn mock_with(probes: Option<usize>, kind: Kind, clock: &FakeClock) -> Session<FakeClock> {
    let mut q = question("q1", 150, probes_with_gaps());
    q.kind = kind;
    let mut setup = setup(3);
    setup.plan_label = "mock".to_string();
    let s = Session::new(setup, vec![(q, Prompt::default_three())], clock.clone());
    match probes {
        Some(n) => s.with_probes(n),
        None => s,
    }
}

fn probes_with_gaps() -> Vec<FollowUp> {
    let mut probes = probes();
    probes.push(FollowUp {
        ask: "What do the figures say?".into(),
        when: vec![],
        gap: Some(Gap::Evidence),
    });
    probes.push(FollowUp {
        ask: "What was your own part?".into(),
        when: vec![],
        gap: Some(Gap::OwnPart),
    });
    probes
}

fn answer_three_parts(s: &mut Session<FakeClock>, clock: &FakeClock, text: &str) {
    s.set_text(text.into());
    for _ in 0..3 {
        clock.advance(secs(10));
        s.next();
    }
}

#[test]
fn a_focused_question_in_a_mock_gets_two_follow_ups_each_timed_and_saved() {
    let clock = clock();
    let mut s = mock_with(None, Kind::Focused, &clock);
    answer_three_parts(&mut s, &clock, "We cut the waiting list.");
    assert_eq!(s.stage(), Stage::FollowUp);
    assert_eq!(s.follow_up_position(), Some((1, 1)));
    assert_eq!(
        s.stage_title(),
        "What do the figures say?",
        "the biggest gap first"
    );
    assert_eq!(s.follow_up().unwrap().why, Why::Gap(Gap::Evidence));
    // No figure to press on in it, so the second follow-up goes after the next gap.
    s.set_text("Our audit shows the list is much shorter than last year.".into());
    clock.advance(secs(20));
    s.next();
    assert_eq!(s.stage(), Stage::FollowUp);
    assert_eq!(s.follow_up_position(), Some((2, 2)));
    // The evidence is now given in the first follow-up, so the second presses the next gap.
    assert_eq!(s.stage_title(), "What was your own part?");
    s.set_text("I chaired the weekly review.".into());
    clock.advance(secs(7));
    assert_eq!(s.stage_elapsed(), secs(7));
    s.next();
    assert_eq!(s.stage(), Stage::Rating, "two at most");

    let summary = s.summary();
    let asked: Vec<(&str, u64)> = summary.questions[0]
        .follow_ups
        .iter()
        .map(|f| (f.ask.as_str(), f.seconds))
        .collect();
    assert_eq!(
        asked,
        [
            ("What do the figures say?", 20),
            ("What was your own part?", 7)
        ]
    );
    assert_eq!(summary.questions[0].total_seconds, 57);
    let note = s.to_note();
    let saved: Vec<(&str, u64, &str, Option<FollowUpReason>)> = note.questions[0]
        .follow_ups
        .iter()
        .map(|f| (f.ask.as_str(), f.seconds, f.text.as_str(), f.reason.clone()))
        .collect();
    assert_eq!(
        saved,
        [
            (
                "What do the figures say?",
                20,
                "Our audit shows the list is much shorter than last year.",
                Some(FollowUpReason::Gap("evidence".into()))
            ),
            (
                "What was your own part?",
                7,
                "I chaired the weekly review.",
                Some(FollowUpReason::Gap("own-part".into()))
            ),
        ]
    );
    assert_eq!(s.follow_ups().len(), 2);
    assert_eq!(s.follow_ups()[1].text, "I chaired the weekly review.");

    // Back through both follow-ups, then forward again: the same two, nothing re-chosen.
    s.previous();
    assert_eq!(s.follow_up_position(), Some((2, 2)));
    s.previous();
    assert_eq!(s.follow_up_position(), Some((1, 2)));
    assert_eq!(
        s.text(),
        "Our audit shows the list is much shorter than last year."
    );
    s.next();
    s.next();
    assert_eq!(s.stage(), Stage::Rating);
    assert_eq!(s.follow_ups().len(), 2);
}

#[test]
fn skipping_a_follow_up_moves_on_to_the_next() {
    let clock = clock();
    let mut s = mock_with(None, Kind::Focused, &clock);
    answer_three_parts(&mut s, &clock, "We cut the waiting list.");
    s.skip_follow_up();
    assert_eq!(s.follow_up_position(), Some((2, 2)));
    assert!(s.follow_ups()[0].skipped);
    s.skip_follow_up();
    assert_eq!(s.stage(), Stage::Rating);
    assert!(s.follow_ups()[1].skipped);
}

#[test]
fn broad_questions_get_one_follow_up_and_zero_turns_them_off() {
    let clock = clock();
    let mut s = mock_with(None, Kind::Broad, &clock);
    answer_three_parts(&mut s, &clock, "We cut the waiting list.");
    assert_eq!(s.stage(), Stage::FollowUp);
    s.next();
    assert_eq!(s.stage(), Stage::Rating);

    let mut s = mock_with(Some(0), Kind::Focused, &clock);
    answer_three_parts(&mut s, &clock, "We cut the waiting list.");
    assert_eq!(s.stage(), Stage::Rating);
    assert!(s.follow_ups().is_empty());

    let mut s = mock_with(Some(3), Kind::Focused, &clock);
    answer_three_parts(&mut s, &clock, "We cut the waiting list.");
    for _ in 0..3 {
        assert_eq!(s.stage(), Stage::FollowUp);
        s.next();
    }
    assert_eq!(s.stage(), Stage::Rating);
    assert_eq!(default_probes("mock"), 2);
    assert_eq!(default_probes("random 5"), 1);
}

#[test]
fn a_conditional_probe_is_never_drawn_at_random() {
    let clock = clock();
    for seed in 0..40 {
        let mut s = session_with(seed, &clock);
        s.set_text("Nothing in particular.".into());
        s.next();
        s.next();
        s.next();
        let probe = s.follow_up().unwrap();
        assert_eq!(probe.why, Why::Plain, "seed {seed}");
        let bank = probes();
        let f = bank.iter().find(|f| f.ask == probe.ask).unwrap();
        assert!(f.when.is_empty(), "seed {seed} drew {:?}", f.ask);
    }
}

#[test]
fn listen_for_cues_are_ticked_at_the_rating_and_kept_in_the_note_and_summary() {
    let clock = clock();
    let mut q = question("q1", 120, probes());
    q.listen_for = vec![
        "The wait as a figure and its trend".into(),
        "How risk is checked while people wait".into(),
        "One person's experience".into(),
    ];
    let mut s = Session::new(setup(1), vec![(q, Prompt::default_three())], clock.clone());
    s.toggle_cue(0);
    assert!(s.cues().iter().all(|(_, t)| !t), "ticks only at the rating");
    s.set_text("We cut the waiting list from 400 to 150.".into());
    while s.stage() != Stage::Rating {
        s.next();
    }
    assert_eq!(s.cues().len(), 3);
    s.toggle_cue(0);
    s.toggle_cue(2);
    s.toggle_cue(2);
    s.toggle_cue(1);
    s.toggle_cue(9);
    assert_eq!(
        s.cues(),
        [
            ("The wait as a figure and its trend", true),
            ("How risk is checked while people wait", true),
            ("One person's experience", false)
        ]
    );
    let summary = s.summary();
    assert_eq!(
        (summary.questions[0].cues_covered, summary.questions[0].cues),
        (2, 3)
    );
    assert_eq!(summary.cues_covered(), (2, 3));
    s.set_cues_covered(&[2]);
    let note = s.to_note();
    let cues: Vec<(&str, bool)> = note.questions[0]
        .cues
        .iter()
        .map(|c| (c.text.as_str(), c.ticked))
        .collect();
    assert_eq!(
        cues,
        [
            ("The wait as a figure and its trend", false),
            ("How risk is checked while people wait", false),
            ("One person's experience", true)
        ]
    );

    // Written to Markdown and read back, the cues and their ticks are as they were.
    let text = crate::notes::format::to_markdown(&note);
    let back = crate::notes::format::from_markdown(&text).unwrap();
    assert_eq!(back.questions[0].cues, note.questions[0].cues);
    assert_eq!(back.questions[0].follow_ups, note.questions[0].follow_ups);
    assert_eq!(back, note);
}

#[test]
fn a_transcript_lands_in_its_own_part_after_the_psw_moved_on_and_a_correction_is_kept() {
    let clock = clock();
    let mut s = session_with(1, &clock);
    let first = s.part_at().unwrap();
    assert_eq!(first.part, PartSlot::Prompt(0));
    s.next();
    s.set_text("typed while the first part was transcribed".into());
    assert!(s.put_transcript(first, "We set up a triage huddle."));
    assert_eq!(s.text(), "typed while the first part was transcribed");
    assert_eq!(s.text_at(first), "We set up a triage huddle.");
    assert!(s.is_transcribed(first));
    let note = s.to_note();
    assert_eq!(
        note.questions[0].answers[0].transcribed,
        Some(Transcribed::AsHeard)
    );
    assert_eq!(note.questions[0].answers[1].transcribed, None);
    // Back to the first part to fix a misheard word.
    s.previous();
    s.set_text("We set up a triage huddle weekly.".into());
    let note = s.to_note();
    assert_eq!(
        note.questions[0].answers[0].transcribed,
        Some(Transcribed::Corrected {
            heard: "We set up a triage huddle.".into()
        })
    );
    // Key points typed before the words arrive are kept, the words after them.
    s.next();
    let second = s.part_at().unwrap();
    assert!(s.put_transcript(second, " Waits fell. "));
    assert_eq!(
        s.text(),
        "typed while the first part was transcribed\n\nWaits fell."
    );
    let restored = Item::restored(
        question("q1", 120, probes()),
        Prompt::default_three(),
        &s.to_note().questions[0],
    );
    assert_eq!(
        restored.heard[0].as_deref(),
        Some("We set up a triage huddle.")
    );
    assert_eq!(restored.heard[1].as_deref(), Some("Waits fell."));
    assert_eq!(restored.heard[2], None);
}
