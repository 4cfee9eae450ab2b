//! Going on with a rehearsal a crash or a kill interrupted: whether its draft can be resumed, and
//! the questions its plan still needs from the banks. [`Session::from_draft`](super::Session::from_draft)
//! rebuilds the session itself.

use std::fmt;

use crate::bank::Library;
use crate::bank::model::{Prompt, Question};
use crate::notes::model::{Note, NoteKind, ResumePoint};

/// Why a draft cannot be resumed (it can still be saved as a note: its words are all there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CannotResume {
    /// Pair practice: its questions, marks and probe ladder are the interviewer's screen's, which
    /// does not take a session back.
    Pair,
    /// Kept by a psw-coach from before resuming existed, or with the plan edited away.
    NoPlan,
    /// A planned question is no longer in any bank.
    Missing(String),
    /// A past answer being refined: there is no rehearsal to go back into.
    Refined,
    /// The draft's answers do not match its own plan (edited by hand, most likely).
    Mismatch,
    /// A time in the draft is longer than any rehearsal ([`MAX_PLAUSIBLE_SECONDS`]): the file is
    /// damaged, and adding such times up crashed the app ("overflow when adding durations").
    DamagedTimes,
}

/// The longest time a part, a question or a session may claim in a draft that is resumed: a week.
pub const MAX_PLAUSIBLE_SECONDS: u64 = 7 * 24 * 3600;

impl fmt::Display for CannotResume {
    // One short line each: the recovery screen shows it under the choices at 80 columns.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CannotResume::Pair => {
                f.write_str("Pair practice cannot be resumed; save it as a note to keep the marks.")
            }
            CannotResume::Refined => f.write_str(
                "A refined answer is not resumed: save it as a note to keep it.",
            ),
            CannotResume::NoPlan => {
                f.write_str("It cannot be resumed: an older psw-coach kept it without its plan.")
            }
            CannotResume::Missing(id) => write!(
                f,
                "It cannot be resumed: question “{id}” is no longer in your banks."
            ),
            CannotResume::Mismatch => {
                f.write_str("It cannot be resumed: its answers no longer match its plan.")
            }
            CannotResume::DamagedTimes => f.write_str(
                "It cannot be resumed: its times are damaged. Save it as a note to keep the answers.",
            ),
        }
    }
}

impl std::error::Error for CannotResume {}

/// What the draft alone says about resuming it: not pair practice, and its plan recorded.
pub fn check_note(note: &Note) -> Result<(), CannotResume> {
    if note.kind == NoteKind::Pair {
        return Err(CannotResume::Pair);
    }
    if note.is_refined_answer() {
        return Err(CannotResume::Refined);
    }
    note.resume.as_ref().map(|_| ()).ok_or(CannotResume::NoPlan)
}

/// Every question of the draft's plan, in order, with its prompts, from the banks as they are now.
pub fn planned(
    note: &Note,
    library: &Library,
) -> Result<Vec<(Question, Vec<Prompt>)>, CannotResume> {
    if note.kind == NoteKind::Pair {
        return Err(CannotResume::Pair);
    }
    if note.is_refined_answer() {
        return Err(CannotResume::Refined);
    }
    let point = note.resume.as_ref().ok_or(CannotResume::NoPlan)?;
    point
        .questions
        .iter()
        .map(|id| {
            library
                .question(id)
                .map(|q| (q.clone(), library.prompts_for(q).to_vec()))
                .ok_or_else(|| CannotResume::Missing(id.clone()))
        })
        .collect()
}

/// Whether [`Session::from_draft`](super::Session::from_draft) will take this draft, without building it.
pub fn check(note: &Note, library: &Library) -> Result<(), CannotResume> {
    let planned = planned(note, library)?;
    validate(note, &planned).map(|_| ())
}

/// The draft's resume point, once its answers are known to fit its plan: the questions it holds
/// are the plan's first ones, in order, and it stopped at the last of them or just after.
pub(super) fn validate<'a>(
    note: &'a Note,
    planned: &[(Question, Vec<Prompt>)],
) -> Result<&'a ResumePoint, CannotResume> {
    if note.kind == NoteKind::Pair {
        return Err(CannotResume::Pair);
    }
    if note.is_refined_answer() {
        return Err(CannotResume::Refined);
    }
    let point = note.resume.as_ref().ok_or(CannotResume::NoPlan)?;
    let times = note.questions.iter().flat_map(|q| {
        let parts = q.answers.iter().map(|a| a.seconds);
        parts
            .chain(q.follow_ups.iter().map(|f| f.seconds))
            .chain([q.total_seconds])
    });
    if times
        .chain([point.session_seconds])
        .any(|s| s > MAX_PLAUSIBLE_SECONDS)
    {
        return Err(CannotResume::DamagedTimes);
    }
    let len = planned.len();
    let plan_fits = len > 0
        && point.questions.len() == len
        && point
            .questions
            .iter()
            .zip(planned)
            .all(|(id, (q, _))| *id == q.id);
    let answers_fit = note.questions.len() <= len
        && note
            .questions
            .iter()
            .zip(&point.questions)
            .all(|(q, id)| q.id == *id);
    // Every question before the one on screen was reached; the one on screen may not have been.
    let reached = note.questions.len();
    let stop_fits = point.at <= len && (reached == point.at || reached == point.at + 1);
    if plan_fits && answers_fit && stop_fits {
        Ok(point)
    } else {
        Err(CannotResume::Mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Origin;
    use crate::drill::clock::FakeClock;
    use crate::drill::session::{Session, SessionSetup, Stage};
    use crate::notes::model::{AnswerStyle, FollowUpReason, ResumeStep};
    use chrono::DateTime;
    use std::time::Duration;

    const BANK: &str = r#"
id: resume-test
title: Resume test
description: Three questions for resuming.
version: 1
questions:
  - id: waits-01
    kind: focused
    topic: waiting-times
    quality_statements: [assessing-needs]
    ask: How long do people wait for an assessment?
    target_seconds: 150
    listen_for:
      - The wait as a figure and its trend
      - How risk is checked while people wait
    follow_ups:
      - ask: Who owns the waiting list?
        when: [waiting list]
      - ask: What do the figures say?
        gap: evidence
      - ask: What would you do differently next time?
  - id: proud-01
    kind: broad
    topic: proud
    quality_statements: [learning-improvement]
    ask: What are you most proud of?
    target_seconds: 120
    follow_ups:
      - ask: Who else should we speak to about this?
    listen_for:
      - One change and the difference it made
  - id: workforce-01
    kind: focused
    topic: workforce
    quality_statements: [governance]
    ask: How do you support social workers' practice?
    target_seconds: 120
    follow_ups:
      - ask: What do staff say about it?
    listen_for:
      - How practice is supervised
"#;

    fn library() -> Library {
        let mut library = Library::default();
        library.add("resume.yaml", BANK, Origin::Bundled("resume.yaml"));
        assert!(library.skipped.is_empty(), "{:?}", library.skipped);
        library
    }

    fn clock() -> FakeClock {
        FakeClock::new(DateTime::parse_from_rfc3339("2026-11-23T17:40:12+00:00").unwrap())
    }

    fn secs(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    fn mock(library: &Library, clock: &FakeClock) -> Session<FakeClock> {
        let questions = library
            .questions()
            .map(|q| (q.clone(), library.prompts_for(q).to_vec()))
            .collect();
        let setup = SessionSetup {
            plan_label: "mock".into(),
            banks: vec!["resume-test".into()],
            style: AnswerStyle::Written,
            seed: 11,
        };
        Session::new(setup, questions, clock.clone()).with_probes(2)
    }

    /// The first question answered through its two follow-ups and rated, the second typed into
    /// part 2, then the draft as it is on disk (written and read back).
    fn interrupted(library: &Library, clock: &FakeClock) -> (Session<FakeClock>, Note) {
        let mut s = mock(library, clock);
        s.set_text("We cut the waiting list.".into());
        clock.advance(secs(30));
        s.next();
        s.set_text("Waits fell from 40 to 25 days.".into());
        clock.advance(secs(20));
        s.next();
        clock.advance(secs(5));
        s.next();
        assert_eq!(s.stage(), Stage::FollowUp);
        s.set_text("The audit of 30 cases in March.".into());
        clock.advance(secs(15));
        s.next();
        assert_eq!(s.stage(), Stage::FollowUp);
        clock.advance(secs(3));
        s.skip_follow_up();
        assert_eq!(s.stage(), Stage::Rating);
        s.toggle_cue(1);
        s.rate(4);
        s.set_text("Lead with the figure.".into());
        clock.advance(secs(9));
        s.next();
        s.set_text("The new duty model.".into());
        clock.advance(secs(40));
        s.next();
        s.set_text("Half a sentence about".into());
        clock.advance(secs(12));
        let text = crate::notes::format::to_markdown(&s.to_draft());
        let draft = crate::notes::format::from_markdown(&text).unwrap();
        (s, draft)
    }

    #[test]
    fn a_resumed_session_goes_on_where_it_stopped() {
        let library = library();
        let clock = clock();
        let (before, draft) = interrupted(&library, &clock);
        assert_eq!(check(&draft, &library), Ok(()));

        // A new start, hours later.
        let later = self::clock();
        later.advance(secs(3 * 3600));
        let planned = planned(&draft, &library).unwrap();
        let mut s = Session::from_draft(&draft, planned, later.clone()).unwrap();
        assert_eq!(s.session_id(), before.session_id());
        assert_eq!((s.index(), s.len()), (1, 3));
        assert_eq!(s.question().unwrap().id, "proud-01");
        assert_eq!(s.stage(), Stage::Prompt(1), "the part where typing stopped");
        assert_eq!(s.text(), "Half a sentence about");
        assert_eq!(s.stage_elapsed(), secs(12), "the part's time carries on");
        assert_eq!(s.question_elapsed(), secs(52));
        assert_eq!(s.session_elapsed(), secs(134));
        assert_eq!(s.probes(), 2);
        assert_eq!(s.plan_label(), "mock");
        // Resumed and not yet touched, it writes back the very draft it came from, so a second
        // crash before any typing resumes to the same place.
        assert_eq!(s.to_draft(), draft);
        s.previous();
        assert_eq!(s.text(), "The new duty model.");
        s.next();

        // The note so far is the same as the one before the crash.
        assert_eq!(s.to_note(), before.to_note());
        let q1 = &s.to_note().questions[0];
        assert_eq!(q1.rating, Some(4));
        assert_eq!(q1.reflection.as_deref(), Some("Lead with the figure."));
        assert_eq!(
            q1.cues.iter().map(|c| c.ticked).collect::<Vec<_>>(),
            [false, true]
        );
        let asked: Vec<(&str, bool, Option<FollowUpReason>)> = q1
            .follow_ups
            .iter()
            .map(|f| (f.ask.as_str(), f.skipped, f.reason.clone()))
            .collect();
        assert_eq!(
            asked,
            [
                (
                    "What do the figures say?",
                    false,
                    Some(FollowUpReason::Gap("evidence".into()))
                ),
                (
                    "Who owns the waiting list?",
                    true,
                    Some(FollowUpReason::Heard("waiting list".into()))
                ),
            ],
            "the same follow-ups, not drawn again"
        );

        // Time goes on from the new start, and the rest of the plan is still to come.
        s.set_text("Half a sentence about our carers' hub.".into());
        later.advance(secs(8));
        assert_eq!(s.stage_elapsed(), secs(20));
        s.next();
        s.next();
        assert_eq!(
            s.stage(),
            Stage::FollowUp,
            "a broad question still gets its follow-up"
        );
        s.next();
        s.next();
        assert_eq!(s.question().unwrap().id, "workforce-01");
        while !s.is_finished() {
            s.next();
        }
        let note = s.to_note();
        assert_eq!(note.questions.len(), 3);
        assert_eq!(
            note.questions[1].answers[1].text,
            "Half a sentence about our carers' hub."
        );
        assert_eq!(note.questions[1].answers[1].seconds, 20);
        assert_eq!(note.started, before.to_note().started);
        assert!(note.finished.is_some());
    }

    #[test]
    fn a_follow_up_and_the_rating_reopen_where_they_were() {
        let library = library();
        let clock = clock();
        let mut s = mock(&library, &clock);
        s.set_text("We cut the waiting list.".into());
        s.next();
        s.next();
        s.next();
        s.set_text("Halfway through the follow-up".into());
        clock.advance(secs(7));
        let draft = s.to_draft();
        let planned = planned(&draft, &library).unwrap();
        let r = Session::from_draft(&draft, planned.clone(), clock.clone()).unwrap();
        assert_eq!(r.stage(), Stage::FollowUp);
        assert_eq!(r.follow_up_position(), Some((1, 1)));
        assert_eq!(r.stage_title(), "What do the figures say?");
        assert_eq!(r.text(), "Halfway through the follow-up");
        assert_eq!(r.stage_elapsed(), secs(7));

        s.next();
        s.next();
        assert_eq!(s.stage(), Stage::Rating);
        s.rate(2);
        let draft = s.to_draft();
        let r = Session::from_draft(&draft, planned, clock.clone()).unwrap();
        assert_eq!((r.stage(), r.rating()), (Stage::Rating, Some(2)));
        assert_eq!(r.follow_ups().len(), 2);
    }

    #[test]
    fn drafts_that_cannot_be_resumed_say_why() {
        let library = library();
        let clock = clock();
        let (_, draft) = interrupted(&library, &clock);

        let mut old = draft.clone();
        old.resume = None;
        assert_eq!(check(&old, &library), Err(CannotResume::NoPlan));

        let mut pair = draft.clone();
        pair.kind = NoteKind::Pair;
        assert_eq!(check(&pair, &library), Err(CannotResume::Pair));

        let mut gone = draft.clone();
        gone.resume.as_mut().unwrap().questions[2] = "workforce-99".into();
        let e = check(&gone, &library).unwrap_err();
        assert_eq!(e, CannotResume::Missing("workforce-99".into()));
        assert!(
            e.to_string()
                .contains("“workforce-99” is no longer in your banks")
        );

        let mut edited = draft.clone();
        edited.resume.as_mut().unwrap().questions.swap(0, 2);
        assert_eq!(check(&edited, &library), Err(CannotResume::Mismatch));
        let mut edited = draft.clone();
        edited.resume.as_mut().unwrap().at = 0;
        assert_eq!(check(&edited, &library), Err(CannotResume::Mismatch));
        let planned = planned(&draft, &library).unwrap();
        assert!(Session::from_draft(&edited, planned, clock.clone()).is_err());

        for e in [
            CannotResume::Pair,
            CannotResume::NoPlan,
            CannotResume::Mismatch,
            CannotResume::Missing("workforce-99".into()),
        ] {
            assert!(e.to_string().contains("cannot be resumed"), "{e}");
            assert!(
                e.to_string().chars().count() <= 80,
                "one line at 80 columns: {e}"
            );
        }
    }

    #[test]
    fn a_draft_of_a_finished_session_resumes_finished() {
        let library = library();
        let clock = clock();
        let mut s = mock(&library, &clock);
        s.set_text("Everything.".into());
        while !s.is_finished() {
            s.next();
        }
        let draft = s.to_draft();
        assert_eq!(draft.resume.as_ref().unwrap().step, ResumeStep::Finished);
        let planned = planned(&draft, &library).unwrap();
        let r = Session::from_draft(&draft, planned, clock.clone()).unwrap();
        assert!(r.is_finished());
        assert_eq!(r.to_note(), s.to_note());
    }
}
