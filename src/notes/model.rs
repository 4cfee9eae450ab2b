//! A rehearsal session as it is kept on disk: what was asked, what was said, and how long it took.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// Bumped when the note layout changes, so older notes can still be read.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerStyle {
    /// Typed into the editor.
    #[default]
    Written,
    /// Said aloud while the timer ran, then key points jotted down.
    Spoken,
}

impl AnswerStyle {
    pub fn slug(self) -> &'static str {
        match self {
            AnswerStyle::Written => "written",
            AnswerStyle::Spoken => "spoken",
        }
    }
}

/// One rehearsal session. Saved as one Markdown file with YAML front matter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub format: u32,
    /// Stable for the life of the session; the draft file is named after it.
    pub session_id: String,
    /// The plan as a person would type it: `mock`, `topic waiting-times`, `random 5`.
    pub plan: String,
    /// Ids of the banks the questions came from.
    pub banks: Vec<String>,
    pub started: DateTime<FixedOffset>,
    pub finished: Option<DateTime<FixedOffset>>,
    pub style: AnswerStyle,
    pub questions: Vec<NoteQuestion>,
}

/// One question of a session and everything said in answer to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteQuestion {
    pub id: String,
    pub topic: String,
    /// Quality statement slugs (`assessing-needs`, ...).
    pub quality_statements: Vec<String>,
    /// The question as it was asked.
    pub ask: String,
    /// One per prompt ("What have you done?" ...), in order.
    pub answers: Vec<PromptAnswer>,
    /// The inspector's follow-up, when the session reached it.
    pub follow_up: Option<FollowUpAnswer>,
    /// Time on the question, all prompts and the follow-up together.
    pub total_seconds: u64,
    pub target_seconds: u32,
    /// The PSW's own rating, 1 (weak) to 5 (strong).
    pub rating: Option<u8>,
    pub reflection: Option<String>,
    /// True when this answer came back from a draft after a crash.
    pub recovered: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromptAnswer {
    /// The prompt's id from the bank (`done`, `difference`, `evidence`).
    pub id: String,
    pub ask: String,
    pub seconds: u64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpAnswer {
    pub ask: String,
    pub seconds: u64,
    pub text: String,
    pub skipped: bool,
}

impl NoteQuestion {
    /// Each part of the answer as (prompt id, text), the follow-up last as `follow-up`: the
    /// shape the insight module reads.
    pub fn parts(&self) -> Vec<(&str, &str)> {
        let mut parts: Vec<(&str, &str)> = self
            .answers
            .iter()
            .map(|a| (a.id.as_str(), a.text.as_str()))
            .collect();
        if let Some(f) = &self.follow_up {
            parts.push(("follow-up", f.text.as_str()));
        }
        parts
    }
}

impl Note {
    /// True when anything was typed or rated; a session with nothing in it is not kept as a note.
    pub fn has_content(&self) -> bool {
        let typed = |t: &str| !t.trim().is_empty();
        self.questions.iter().any(|q| {
            q.rating.is_some()
                || q.reflection.as_deref().is_some_and(typed)
                || q.answers.iter().any(|a| typed(&a.text))
                || q.follow_up.as_ref().is_some_and(|f| typed(&f.text))
        })
    }

    pub fn total_seconds(&self) -> u64 {
        // Saturating, because a hand-edited note can hold any number and summing must not panic.
        self.questions
            .iter()
            .map(|q| q.total_seconds)
            .fold(0, u64::saturating_add)
    }
}
