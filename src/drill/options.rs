//! What a PSW asked to rehearse, as a core type: the command line parses into it, and the
//! terminal app and plain mode take it, so neither shell depends on the command-line parser.

use super::Plan;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RehearseOptions {
    pub plan: Plan,
    /// The same number picks the same questions.
    pub seed: Option<u64>,
    /// Answer aloud while the timer runs, then jot the key points.
    pub spoken: bool,
    /// Spoken, with each part recorded and transcribed on this computer (the full-screen app).
    pub record: bool,
    /// `--probes N`: follow-ups per focused question; `None` for the plan's default.
    pub probes: Option<usize>,
}

impl RehearseOptions {
    /// The style the session keeps in its note.
    pub fn style(&self) -> crate::notes::AnswerStyle {
        use crate::notes::AnswerStyle;
        match (self.spoken, self.record) {
            (_, true) => AnswerStyle::Recorded,
            (true, false) => AnswerStyle::Spoken,
            (false, false) => AnswerStyle::Written,
        }
    }

    /// These options answered in `style` (the PSW's setting, when no style was asked for).
    pub fn in_style(self, style: crate::notes::AnswerStyle) -> RehearseOptions {
        RehearseOptions {
            spoken: style.is_aloud(),
            record: style == crate::notes::AnswerStyle::Recorded,
            ..self
        }
    }

    /// Follow-ups per focused question: as asked, else two in a mock interview and one otherwise.
    pub fn probes(&self) -> usize {
        self.probes
            .unwrap_or_else(|| super::session::default_probes(&self.plan.label()))
    }
}

/// The line that opens a rehearsal whose answer style came from Settings, not from the command.
pub fn style_from_settings_line(style: crate::notes::AnswerStyle) -> String {
    format!(
        "Answer style from Settings: {}. To choose for one rehearsal: --written, --spoken or \
         --record.",
        style.label()
    )
}

impl Default for RehearseOptions {
    fn default() -> Self {
        RehearseOptions {
            plan: Plan::Mock,
            seed: None,
            spoken: false,
            record: false,
            probes: None,
        }
    }
}
