//! Reading an answer off the key path. With the reader model on (feature `model`), one analysis of a
//! long answer took up to about 210 ms on a busy machine (docs/model.md): too long for a key to
//! hang. So a key that moves on to the follow-up or the rating, which both analyse the answer, has
//! it read first on a worker thread; the screen says "Reading your answer..." and other keys are
//! handled as usual; when the reading is back the key is carried out, and its analysis finds the
//! model's verdict already made (`insight::model::Reader::remembered`).

use super::RehearseScreen;
use crate::drill::Stage;
use crate::insight::{self, Lexicon};
use crate::notes::AnswerStyle;
use crate::tui::component::{Effect, Screen};
use crate::tui::keymap::Action;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

/// How often the screen looks for the reading while one is under way.
pub(super) const LOOK_EVERY: Duration = Duration::from_millis(20);

/// What the screen says while the answer is read.
pub const READING: &str = "Reading your answer...";

pub(super) struct Reading {
    back: Receiver<()>,
    /// The key to carry out once the reading is back.
    pub(super) then: Action,
}

impl Reading {
    /// Reads `parts` as the analysis will, on a worker thread.
    pub(super) fn start(parts: Vec<(String, String)>, style: AnswerStyle, then: Action) -> Reading {
        let (send, back) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            // The lexicon does not change the text the model reads, so the bundled one will do.
            let lexicon = Lexicon::bundled();
            let parts: Vec<(&str, &str)> = parts
                .iter()
                .map(|(a, b)| (a.as_str(), b.as_str()))
                .collect();
            let _ = match style {
                AnswerStyle::Spoken => insight::analyse_key_points(&lexicon, &parts, None),
                AnswerStyle::Written | AnswerStyle::Recorded => {
                    insight::analyse_parts(&lexicon, &parts, None)
                }
            };
            // The screen may have gone; then nobody is waiting.
            let _ = send.send(());
        });
        Reading { back, then }
    }

    /// Whether the reading is back. A worker that died counts as back: the key is then carried
    /// out and analyses the answer itself, as it did before.
    pub(super) fn is_back(&self) -> bool {
        !matches!(self.back.try_recv(), Err(TryRecvError::Empty))
    }
}

/// Whether `action` at `stage` analyses the answer: leaving the last prompt (a follow-up is chosen
/// from what the answer gives) or a follow-up (the rating step opens on the analysis).
pub(super) fn needs_reading(action: Action, stage: Stage, prompts: usize) -> bool {
    match (action, stage) {
        (Action::NextPart, Stage::Prompt(i)) => i + 1 >= prompts,
        (Action::NextPart | Action::SkipFollowUp, Stage::FollowUp) => true,
        _ => false,
    }
}

/// Keys that move through the question are not taken while the answer is read: the key that moves
/// on is already waiting for it.
fn moves(action: Action) -> bool {
    matches!(
        action,
        Action::NextPart | Action::PreviousPart | Action::SkipFollowUp | Action::NextQuestion
    )
}

impl RehearseScreen {
    /// Starts reading the answer when `action` needs it and the model is on; `Some` when the action
    /// is taken care of here (it waits for the reading, or is a move made while one is under way).
    pub(super) fn read_first(&mut self, action: Action) -> Option<Vec<Effect>> {
        if self.replaying {
            return None;
        }
        if self.reading.is_some() {
            // Saving, finishing or discarding leaves the question: the key that waited is dropped.
            if matches!(
                action,
                Action::Save | Action::SaveAndFinish | Action::Confirm
            ) {
                self.reading = None;
                return None;
            }
            return moves(action).then(Vec::new);
        }
        let stage = self.session.stage();
        if self.overlay.is_some()
            || !self.read_off_key_path
            || !needs_reading(action, stage, self.session.prompts().len())
        {
            return None;
        }
        self.flush_text();
        let note = self.session.to_note();
        let parts = note
            .questions
            .get(self.session.index())?
            .parts()
            .iter()
            .map(|(id, text)| (id.to_string(), text.to_string()))
            .collect();
        self.reading = Some(Reading::start(parts, self.session.style(), action));
        Some(Vec::new())
    }

    /// Carries out the key that waited, once the reading is back (and nothing covers the screen).
    pub(super) fn reading_back(&mut self) -> Vec<Effect> {
        if self.overlay.is_some() || !self.reading.as_ref().is_some_and(Reading::is_back) {
            return Vec::new();
        }
        let Some(reading) = self.reading.take() else {
            return Vec::new();
        };
        self.replaying = true;
        let effects = self.on_action(reading.then).unwrap_or_default();
        self.replaying = false;
        effects
    }
}

/// Whether the reader model is on: only then is an analysis slow enough to leave the key path.
pub(super) fn model_on() -> bool {
    #[cfg(feature = "model")]
    {
        insight::model::reader().is_some()
    }
    #[cfg(not(feature = "model"))]
    {
        false
    }
}
