//! A rehearsal as a note and back: the note saved at the end (and at Ctrl-S), the draft kept
//! while it runs (the note plus where the session stands), and the session rebuilt from that
//! draft after a crash or a kill.

use std::time::Duration;

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::{AskedProbe, Item, Session, SessionSetup, Stage};
use crate::bank::model::{Prompt, Question};
use crate::drill::Plan;
use crate::drill::clock::Clock;
use crate::drill::probe::{Probe, Why};
use crate::drill::resume::{self, CannotResume};
use crate::drill::stopwatch::Stopwatch;
use crate::notes::model::{
    AnswerStyle, FORMAT_VERSION, FollowUpAnswer, FollowUpReason, Note, NoteKind, NoteQuestion,
    PromptAnswer, ResumePoint, ResumeStep, Transcribed,
};

impl Item {
    /// A question as a draft kept it: its own prompts as they were asked (the bank's may have
    /// changed since), what was typed and timed, the follow-ups already asked, ticks and rating.
    pub(super) fn restored(
        question: Question,
        bank_prompts: Vec<Prompt>,
        saved: &NoteQuestion,
    ) -> Item {
        let prompts = if saved.answers.is_empty() {
            bank_prompts
        } else {
            saved
                .answers
                .iter()
                .map(|a| Prompt {
                    id: a.id.clone(),
                    ask: a.ask.clone(),
                })
                .collect()
        };
        let mut item = Item::new(question, prompts);
        for (i, a) in saved.answers.iter().enumerate() {
            if let (Some(text), Some(time)) = (item.answers.get_mut(i), item.prompt_time.get_mut(i))
            {
                *text = a.text.clone();
                *time = Duration::from_secs(a.seconds);
            }
            if let Some(heard) = item.heard.get_mut(i) {
                *heard = a.transcribed.as_ref().map(|t| t.heard(&a.text).to_string());
            }
        }
        item.follow_ups = saved
            .follow_ups
            .iter()
            .map(|f| AskedProbe {
                probe: Probe {
                    ask: f.ask.clone(),
                    why: match &f.reason {
                        Some(FollowUpReason::Gap(slug)) => {
                            crate::bank::model::Gap::from_slug(slug).map_or(Why::Plain, Why::Gap)
                        }
                        Some(FollowUpReason::Heard(word)) => Why::Heard(word.clone()),
                        None => Why::Plain,
                    },
                },
                text: f.text.clone(),
                time: Duration::from_secs(f.seconds),
                skipped: f.skipped,
                heard: f.transcribed.as_ref().map(|t| t.heard(&f.text).to_string()),
            })
            .collect();
        // Matched by wording: the bank's list of cues may have been reordered since.
        for (cue, tick) in item.question.listen_for.iter().zip(&mut item.cues_ticked) {
            *tick = saved.cues.iter().any(|c| c.ticked && &c.text == cue);
        }
        item.rating = saved.rating;
        item.reflection = saved.reflection.clone().unwrap_or_default();
        item
    }
}

impl<C: Clock> Session<C> {
    /// Rebuilds a session from its draft so the rehearsal goes on where it stopped: the questions
    /// answered are as they were, the one on screen reopens at the part being typed with its
    /// text, the time spent carries on from where it was, the follow-ups asked stay asked, and
    /// the rest of the plan is still to come. `planned` is every question of the draft's plan, in
    /// order, from the banks (see [`resume::planned`]). The session id and start are the draft's,
    /// so its drafts and its note are the same files as before.
    pub fn from_draft(
        note: &Note,
        planned: Vec<(Question, Vec<Prompt>)>,
        clock: C,
    ) -> Result<Session<C>, CannotResume> {
        let point = resume::validate(note, &planned)?.clone();
        let mut items: Vec<Item> = planned
            .into_iter()
            .enumerate()
            .map(|(i, (question, prompts))| match note.questions.get(i) {
                Some(saved) => Item::restored(question, prompts, saved),
                None => Item::new(question, prompts),
            })
            .collect();
        for &i in &point.no_more_probes {
            if let Some(item) = items.get_mut(i) {
                item.no_more_probes = true;
            }
        }
        let index = point.at.min(items.len());
        let stage = match items.get_mut(index) {
            None => Stage::Finished,
            Some(item) => match point.step {
                ResumeStep::Prompt => Stage::Prompt(point.part.min(item.last_prompt())),
                ResumeStep::FollowUp if point.part < item.follow_ups.len() => {
                    item.follow_up_at = point.part;
                    Stage::FollowUp
                }
                ResumeStep::FollowUp | ResumeStep::Rating | ResumeStep::Finished => Stage::Rating,
            },
        };
        let answered: Duration = items
            .iter()
            .flat_map(|item| {
                item.prompt_time
                    .iter()
                    .copied()
                    .chain([item.follow_up_time()])
            })
            .sum();
        let finished =
            (stage == Stage::Finished).then(|| note.finished.unwrap_or_else(|| clock.local_now()));
        Ok(Session {
            setup: SessionSetup {
                plan_label: note.plan.clone(),
                banks: note.banks.clone(),
                style: note.style,
                seed: point.seed,
            },
            items,
            index,
            stage,
            watch: Stopwatch::start(
                clock.now(),
                Duration::from_secs(point.session_seconds).max(answered),
            ),
            clock,
            // Follow-ups still to be drawn come from the same seed; those asked are kept as asked.
            rng: StdRng::seed_from_u64(point.seed),
            session_id: note.session_id.clone(),
            started: note.started,
            finished,
            focused_probes: point.probes,
            lexicon: None,
        })
    }

    /// The session so far as a draft: the note, plus the whole plan and where it stands, so a
    /// crash or a kill can be followed by [`Session::from_draft`].
    pub fn to_draft(&self) -> Note {
        let (step, part) = match self.stage {
            Stage::Prompt(i) => (ResumeStep::Prompt, i),
            Stage::FollowUp => (
                ResumeStep::FollowUp,
                self.current().map_or(0, |item| item.follow_up_at),
            ),
            Stage::Rating => (ResumeStep::Rating, 0),
            Stage::Finished => (ResumeStep::Finished, 0),
        };
        Note {
            resume: Some(ResumePoint {
                questions: self.items.iter().map(|i| i.question.id.clone()).collect(),
                at: self.index,
                step,
                part,
                probes: self.focused_probes,
                seed: self.setup.seed,
                session_seconds: self.session_elapsed().as_secs(),
                no_more_probes: (0..self.items.len())
                    .filter(|&i| self.items[i].no_more_probes)
                    .collect(),
            }),
            // The draft keeps the style chosen, so a resumed recorded rehearsal records again.
            style: self.setup.style,
            ..self.to_note()
        }
    }

    /// The session so far, ready to save as a draft or, once finished, as the final note.
    pub fn to_note(&self) -> Note {
        let questions: Vec<NoteQuestion> = self.items[..self.reached()]
            .iter()
            .enumerate()
            .map(|(qi, item)| {
                let answers = item
                    .prompts
                    .iter()
                    .zip(&item.answers)
                    .enumerate()
                    .map(|(pi, (prompt, text))| PromptAnswer {
                        id: prompt.id.clone(),
                        ask: prompt.ask.clone(),
                        seconds: self.prompt_time(qi, pi).as_secs(),
                        text: text.clone(),
                        transcribed: item
                            .heard
                            .get(pi)
                            .and_then(Option::as_deref)
                            .filter(|heard| heard_anything(heard))
                            .map(|heard| Transcribed::of(heard, text)),
                    })
                    .collect();
                let follow_ups = item
                    .follow_ups
                    .iter()
                    .enumerate()
                    .map(|(at, f)| FollowUpAnswer {
                        answered_in_refine: false,
                        ask: f.probe.ask.clone(),
                        seconds: self.one_follow_up_time(qi, at).as_secs(),
                        text: f.text.clone(),
                        skipped: f.skipped,
                        transcribed: f
                            .heard
                            .as_deref()
                            .filter(|heard| heard_anything(heard))
                            .map(|heard| Transcribed::of(heard, &f.text)),
                        reason: match &f.probe.why {
                            Why::Gap(gap) => Some(FollowUpReason::Gap(gap.slug().to_string())),
                            Why::Heard(word) => Some(FollowUpReason::Heard(word.clone())),
                            // The note keeps the words it pressed on, as it keeps a word heard.
                            Why::Anchored(anchor) => {
                                Some(FollowUpReason::Heard(anchor.said.clone()))
                            }
                            Why::Plain => None,
                        },
                    })
                    .collect();
                NoteQuestion {
                    answers,
                    follow_ups,
                    total_seconds: self.question_time(qi).as_secs(),
                    rating: item.rating,
                    reflection: (!item.reflection.trim().is_empty())
                        .then(|| item.reflection.clone()),
                    recovered: false,
                    ..NoteQuestion::asked(&item.question, &item.cues_ticked)
                }
            })
            .collect();
        Note {
            format: FORMAT_VERSION,
            session_id: self.session_id.clone(),
            kind: NoteKind::Rehearse,
            plan: self.setup.plan_label.clone(),
            plan_title: Plan::title_of(&self.setup.plan_label),
            interviewer: None,
            psw: None,
            banks: self.setup.banks.clone(),
            started: self.started,
            finished: self.finished,
            // Recorded only once some words were heard: with no microphone, or silence, every
            // word was typed, and the note says spoken practice rather than "recorded answers".
            style: match self.setup.style {
                AnswerStyle::Recorded if !heard_any(&questions) => AnswerStyle::Spoken,
                style => style,
            },
            questions,
            resume: None,
        }
    }
}

/// Whether a transcript holds any words: a recording of silence comes back empty.
fn heard_anything(heard: &str) -> bool {
    !heard.trim().is_empty()
}

/// Whether any part of these questions was transcribed from a recording.
fn heard_any(questions: &[NoteQuestion]) -> bool {
    questions.iter().any(|q| {
        q.answers.iter().any(|a| a.transcribed.is_some())
            || q.follow_ups.iter().any(|f| f.transcribed.is_some())
    })
}
