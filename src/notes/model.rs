//! A rehearsal session as it is kept on disk: what was asked, what was said, and how long it took.
//!
//! Plain data only: `notes` depends on neither `drill` nor `insight`, so whoever builds a note fills
//! in the plan's title and the coaching summary, and every reader (review, pair, the CLI) needs only
//! this module.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// Bumped when the note layout changes, so older notes can still be read.
///
/// 1: everything but typed text in the front matter. 2: session facts in the front matter, each
/// question's facts on a line next to its heading; follow-ups, cues, coaching, pair marks, refining.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerStyle {
    /// Typed into the editor.
    #[default]
    Written,
    /// Said aloud while the timer ran, then key points jotted down.
    Spoken,
    /// Said aloud, each part recorded and transcribed on this computer (needs the `voice`
    /// feature and a model); the transcript is the answer.
    Recorded,
}

impl AnswerStyle {
    pub fn slug(self) -> &'static str {
        match self {
            AnswerStyle::Written => "written",
            AnswerStyle::Spoken => "spoken",
            AnswerStyle::Recorded => "recorded",
        }
    }

    /// As a PSW reads it in the menu and settings.
    pub fn label(self) -> &'static str {
        match self {
            AnswerStyle::Written => "written",
            AnswerStyle::Spoken => "spoken",
            AnswerStyle::Recorded => "spoken, recorded",
        }
    }

    /// The next style in the menu's order: written, spoken, spoken and recorded.
    pub fn next(self) -> AnswerStyle {
        match self {
            AnswerStyle::Written => AnswerStyle::Spoken,
            AnswerStyle::Spoken => AnswerStyle::Recorded,
            AnswerStyle::Recorded => AnswerStyle::Written,
        }
    }

    /// Answered aloud (recorded or not).
    pub fn is_aloud(self) -> bool {
        self != AnswerStyle::Written
    }
}

/// Who was in the room: the PSW alone, or a colleague playing the assessor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// Rehearsing alone. Every version 1 note is one.
    #[default]
    Rehearse,
    /// Pair practice: a colleague asked the questions and marked the answers.
    Pair,
}

impl NoteKind {
    pub fn slug(self) -> &'static str {
        match self {
            NoteKind::Rehearse => "rehearse",
            NoteKind::Pair => "pair",
        }
    }
}

/// One rehearsal session. Saved as one Markdown file with YAML front matter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Note {
    pub format: u32,
    /// Stable for the life of the session; the draft file is named after it.
    pub session_id: String,
    pub kind: NoteKind,
    /// The plan as a person would type it: `mock`, `topic waiting-times`, `random 5`.
    pub plan: String,
    /// The plan as the app showed it ("Topic: Waiting times"), stored when the note is made so the
    /// note reads well without the code that names plans. Empty in version 1 notes: use [`Note::title`].
    pub plan_title: String,
    /// Pair practice: the initials of the colleague who asked, if given.
    pub interviewer: Option<String>,
    /// Pair practice: the initials of the PSW who answered, if given.
    pub psw: Option<String>,
    /// Ids of the banks the questions came from.
    pub banks: Vec<String>,
    pub started: DateTime<FixedOffset>,
    pub finished: Option<DateTime<FixedOffset>>,
    pub style: AnswerStyle,
    pub questions: Vec<NoteQuestion>,
    /// Drafts only: where the rehearsal stopped and what it still planned, so it can be resumed.
    /// `None` in saved notes and in drafts written before resuming existed.
    pub resume: Option<ResumePoint>,
}

/// What a draft keeps so its rehearsal can go on where it stopped: the whole plan (the questions
/// not reached yet included), the options, and the part on screen. Everything typed and timed is
/// in the note's questions already; this is only what a note does not otherwise say.
///
/// Written as one `<!-- resume {...} -->` data line under the header of a draft, and never into a
/// saved note (see `NotesStore::save`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResumePoint {
    /// Every planned question's id, in the order they are asked.
    pub questions: Vec<String>,
    /// The question on screen, from 0 (`questions.len()` once every question was done).
    pub at: usize,
    /// The step on screen in that question.
    pub step: ResumeStep,
    /// The prompt (from 0) or follow-up (from 0) on screen; 0 for the other steps.
    pub part: usize,
    /// Follow-ups for a focused question.
    pub probes: usize,
    /// The seed the rehearsal was started with.
    pub seed: u64,
    /// Time in the whole session, the rating steps included.
    pub session_seconds: u64,
    /// Questions (by position) for which no further follow-up could be found.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub no_more_probes: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResumeStep {
    /// Answering a prompt ("What have you done?" ...).
    #[default]
    Prompt,
    FollowUp,
    Rating,
    /// Every question done, the note not yet saved.
    Finished,
}

/// One question of a session and everything said in answer to it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoteQuestion {
    pub id: String,
    pub topic: String,
    /// Quality statement slugs (`assessing-needs`, ...).
    pub quality_statements: Vec<String>,
    /// The question as it was asked.
    pub ask: String,
    /// One per prompt ("What have you done?" ...), in order.
    pub answers: Vec<PromptAnswer>,
    /// The assessor's follow-ups, in the order asked. A version 1 note has at most one.
    pub follow_ups: Vec<FollowUpAnswer>,
    /// What assessors listen for, with the ones the answer covered ticked.
    pub cues: Vec<Cue>,
    /// What the answer analysis found, kept so a note read months later still shows the coaching.
    pub coaching: Option<Coaching>,
    /// Pair practice: what the colleague playing the assessor marked.
    pub pair: Option<PairMarks>,
    /// Time on the question, all prompts and the follow-ups together.
    pub total_seconds: u64,
    pub target_seconds: u32,
    /// The PSW's own rating, 1 (weak) to 5 (strong).
    pub rating: Option<u8>,
    pub reflection: Option<String>,
    /// True when this answer came back from a draft after a crash.
    pub recovered: bool,
    /// For a refined answer: the session id of the note holding the answer it was refined from
    /// (that note is never changed).
    pub refined_from: Option<String>,
    /// Marked by the PSW as their best answer to this question so far.
    pub best: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PromptAnswer {
    /// The prompt's id from the bank (`done`, `difference`, `evidence`).
    pub id: String,
    pub ask: String,
    pub seconds: u64,
    pub text: String,
    /// Said aloud and transcribed on this computer (recorded practice); `None` when typed.
    pub transcribed: Option<Transcribed>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FollowUpAnswer {
    pub ask: String,
    pub seconds: u64,
    pub text: String,
    pub skipped: bool,
    /// Said aloud and transcribed on this computer (recorded practice); `None` when typed.
    pub transcribed: Option<Transcribed>,
    /// Why this follow-up was chosen; `None` for a plain one and for version 1 notes.
    pub reason: Option<FollowUpReason>,
    /// Skipped in the rehearsal and answered later in refine, where nothing is timed: `seconds`
    /// is not how long the answer took. False in every note written before this was kept.
    pub answered_in_refine: bool,
}

impl FollowUpAnswer {
    /// How long the answer took, in words ("1 min 5 s"), or that it was not timed: a follow-up
    /// answered in refine showed "(0 s)", as if answered in no time (the tenth walk's row 13).
    pub fn time_said(&self) -> String {
        if self.answered_in_refine {
            "answered in refine, not timed".to_string()
        } else {
            crate::text::duration(self.seconds)
        }
    }
}

/// A part said aloud and transcribed on this computer. The part's `text` is what the PSW kept: the
/// words as heard, or their correction of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transcribed {
    /// Kept as the transcriber heard them.
    AsHeard,
    /// Corrected by the PSW; `heard` is what the transcriber wrote.
    Corrected { heard: String },
}

impl Transcribed {
    /// How a part with `text` that was heard as `heard` is kept.
    pub fn of(heard: &str, text: &str) -> Transcribed {
        if heard == text {
            Transcribed::AsHeard
        } else {
            Transcribed::Corrected {
                heard: heard.to_string(),
            }
        }
    }

    /// The words as heard, given the part's kept `text`.
    pub fn heard<'a>(&'a self, text: &'a str) -> &'a str {
        match self {
            Transcribed::AsHeard => text,
            Transcribed::Corrected { heard } => heard,
        }
    }

    /// For the part's heading: "transcribed" or "transcribed, then corrected".
    pub fn label(&self) -> &'static str {
        match self {
            Transcribed::AsHeard => "transcribed",
            Transcribed::Corrected { .. } => "transcribed, then corrected",
        }
    }
}

/// Why a follow-up was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUpReason {
    /// The answer lacked this part: a gap slug (`evidence`, `difference`, `people`, `next`,
    /// `example`, `own-part`, `done`).
    Gap(String),
    /// The answer used this word, and the follow-up goes deeper into it.
    Heard(String),
}

/// One "what assessors listen for" cue from the bank, and whether the PSW (or, in pair practice,
/// the colleague) ticked it as covered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cue {
    pub text: String,
    pub ticked: bool,
}

/// A compact record of the answer analysis (`insight`) for one question, all parts together. Each
/// flag is true when the answer gives that part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Coaching {
    /// Says what was done.
    pub done: bool,
    /// Says what difference it made.
    pub difference: bool,
    /// Says how you know: figures, sources, feedback.
    pub evidence: bool,
    /// Where things were before.
    pub then: bool,
    /// Where things are now.
    pub now: bool,
    /// What comes next.
    pub next: bool,
    /// Ties the difference to people, carers or families.
    pub people: bool,
    /// Gives a specific case or story.
    pub example: bool,
    /// Says what the PSW did personally.
    pub own_part: bool,
    /// Hedging words ("hopefully", "sort of").
    pub softeners: u32,
    /// Acronyms never spelled out.
    pub acronyms: u32,
    /// Details that could identify someone.
    pub identifying: u32,
    pub words: u32,
}

/// What a colleague playing the assessor marked while the PSW answered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PairMarks {
    /// The colleague's rating, 1 to 5 (the PSW's own is [`NoteQuestion::rating`]).
    pub rating: Option<u8>,
    /// The three parts as the colleague heard them.
    pub heard: PartsHeard,
    /// The follow-ups the colleague actually asked, as worded in the bank.
    pub probes_asked: Vec<String>,
    /// Typed while listening.
    pub observations: String,
    /// What worked.
    pub keep: String,
    /// What to drop.
    pub stop: String,
    /// What to add.
    pub start: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PartsHeard {
    pub done: bool,
    pub difference: bool,
    pub evidence: bool,
}

impl NoteQuestion {
    /// A question from the bank as every note records it (its id, topic, quality statements,
    /// words and target time), with its listen-for cues ticked as `ticked` says, one tick a cue.
    /// What was said and how long it took go on top, as a rehearsal and pair practice each keep
    /// them.
    pub fn asked(question: &crate::bank::model::Question, ticked: &[bool]) -> NoteQuestion {
        NoteQuestion {
            id: question.id.clone(),
            topic: question.topic.clone(),
            quality_statements: question.statement_slugs(),
            ask: question.ask.clone(),
            cues: question
                .listen_for
                .iter()
                .zip(ticked)
                .map(|(text, &ticked)| Cue {
                    text: text.clone(),
                    ticked,
                })
                .collect(),
            target_seconds: question.target_seconds,
            ..NoteQuestion::default()
        }
    }

    /// True when anything was typed, rated or ticked for this question. A colleague's marks in
    /// pair practice are their work too, so they count.
    pub fn has_content(&self) -> bool {
        let typed = |t: &str| !t.trim().is_empty();
        self.rating.is_some()
            || self.reflection.as_deref().is_some_and(typed)
            || self.answers.iter().any(|a| typed(&a.text))
            || self.follow_ups.iter().any(|f| typed(&f.text))
            || self.pair.as_ref().is_some_and(|p| {
                p.rating.is_some()
                    || p.heard.done
                    || p.heard.difference
                    || p.heard.evidence
                    || !p.probes_asked.is_empty()
                    || self.cues.iter().any(|c| c.ticked)
                    || [&p.observations, &p.keep, &p.stop, &p.start]
                        .iter()
                        .any(|t| typed(t))
            })
    }

    /// Pair practice: true when the colleague and the PSW have both rated the answer. A session
    /// saved during a question, before the ratings, keeps it without them.
    pub fn rated_by_both(&self) -> bool {
        self.rating.is_some() && self.pair.as_ref().is_some_and(|p| p.rating.is_some())
    }

    /// Each part of the answer as (prompt id, text), the follow-ups last as `follow-up`: the
    /// shape the insight module reads.
    pub fn parts(&self) -> Vec<(&str, &str)> {
        let mut parts: Vec<(&str, &str)> = self
            .answers
            .iter()
            .map(|a| (a.id.as_str(), a.text.as_str()))
            .collect();
        for f in &self.follow_ups {
            parts.push(("follow-up", f.text.as_str()));
        }
        parts
    }

    /// Each part's (prompt id, title as the screen shows it), for the coaching to name parts by.
    pub fn part_titles(&self) -> Vec<(&str, &str)> {
        self.answers
            .iter()
            .map(|a| (a.id.as_str(), a.ask.as_str()))
            .collect()
    }

    /// How many of the listen-for cues were ticked.
    pub fn cues_ticked(&self) -> usize {
        self.cues.iter().filter(|c| c.ticked).count()
    }
}

impl Note {
    /// A past answer refined (review's `e`), not a rehearsal: its plan is `refine ID`.
    pub fn is_refined_answer(&self) -> bool {
        self.plan.starts_with("refine ")
    }

    /// True when anything was typed, rated or ticked; a session with nothing in it is not kept as
    /// a note.
    pub fn has_content(&self) -> bool {
        self.questions.iter().any(NoteQuestion::has_content)
    }

    pub fn total_seconds(&self) -> u64 {
        // Saturating, because a hand-edited note can hold any number and summing must not panic.
        self.questions
            .iter()
            .map(|q| q.total_seconds)
            .fold(0, u64::saturating_add)
    }

    /// The plan's title as stored, or for a version 1 note the plan as typed, with a capital:
    /// "Mock", "Topic waiting-times".
    pub fn title(&self) -> String {
        if !self.plan_title.trim().is_empty() {
            return self.plan_title.clone();
        }
        let mut chars = self.plan.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => "Rehearsal".to_string(),
        }
    }
}
