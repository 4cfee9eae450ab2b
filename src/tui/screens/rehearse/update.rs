//! What each action does to a rehearsal: typing, moving between parts, rating, the
//! confidentiality check, saving and discarding.

use super::{AfterWarning, Focus, Overlay, RehearseScreen};
use crate::drill::{Clock, Stage};
use crate::notes::AnswerStyle;
use crate::tui::checklist::ChecklistChange;
use crate::tui::component::{Effect, Notice};
use crate::tui::keymap::Action;
use std::time::Duration;

/// The longest a save waits for words still being transcribed: a 3-minute part takes about 13
/// seconds on a quiet machine (docs/voice.md), so this allows for a busy one without leaving the
/// PSW stuck; after it the note is saved and says which words are missing.
const WAIT_FOR_WORDS: Duration = Duration::from_secs(90);

impl RehearseScreen {
    pub(super) fn go_to_first_detail(&mut self) {
        let (_, report) = self.analyse_current();
        let Some(first) = report.confidentiality.first() else {
            return;
        };
        // The analysis knows where each part lies in the joined text (prompts in order, then the
        // follow-up): a blank line inside a part is not a new part.
        let part = report
            .parts
            .iter()
            .position(|p| first.start >= p.start && first.start <= p.end)
            .unwrap_or(0);
        let prompts = self.session.prompts().len();
        let target = if part < prompts {
            Stage::Prompt(part)
        } else {
            Stage::FollowUp
        };
        // `previous` never leaves the question, so this ends at the part or at the first one.
        for _ in 0..=prompts + 1 {
            if self.session.stage() == target || self.session.stage() == Stage::Prompt(0) {
                break;
            }
            self.session.previous();
        }
        self.sync_editor();
    }

    /// On the rating step, typing that reaches the checklist or the rating (letters that are no
    /// key there) is the start of a reflection: it goes into the reflection box, never nowhere.
    pub(super) fn focus_reflection_for_typing(&mut self) {
        if self.session.stage() == Stage::Rating && self.focus != Focus::Reflection {
            self.focus = Focus::Reflection;
        }
    }

    pub(super) fn next_part(&mut self) -> Vec<Effect> {
        match self.session.stage() {
            // Written, an empty box means nothing was said; spoken, the PSW answered aloud and
            // the time counts (skipping has its own key).
            Stage::FollowUp
                if self.editor.is_empty() && self.session.style() == AnswerStyle::Written =>
            {
                self.session.skip_follow_up()
            }
            Stage::Rating => {
                self.focus = match self.focus {
                    Focus::Cues => Focus::Stars,
                    Focus::Stars | Focus::Reflection => Focus::Reflection,
                };
                return Vec::new();
            }
            // Recorded: a follow-up is chosen from the words, so it waits for any still coming.
            _ if self
                .recorder
                .as_mut()
                .is_some_and(|r| r.hold_for_words(&self.session)) =>
            {
                return Vec::new();
            }
            _ => self.session.next(),
        }
        self.sync_editor();
        Vec::new()
    }

    /// Shows possible identifiable details once per question before they are kept; never blocks.
    pub(super) fn check_then(&mut self, then: AfterWarning) -> Vec<Effect> {
        if self.warned_for != Some(self.session.index()) && !self.session.is_finished() {
            let (_, report) = self.analyse_current();
            if !report.confidentiality.is_empty() {
                let lines = report
                    .confidentiality
                    .iter()
                    .map(|c| format!("{} ({})", c.text, c.kind.label()))
                    .collect();
                self.overlay = Some(Overlay::Confidential { lines, then });
                return Vec::new();
            }
        }
        self.go_on(then)
    }

    pub(super) fn go_on(&mut self, then: AfterWarning) -> Vec<Effect> {
        match then {
            AfterWarning::Save => self.save(),
            AfterWarning::NextQuestion => {
                self.session.next();
                self.sync_editor();
                if self.session.is_finished() {
                    self.save()
                } else {
                    Vec::new()
                }
            }
        }
    }

    /// Asks for the note to be saved (the store refuses one with nothing in it, and says so).
    /// Recorded: words still being transcribed are waited for first (a bounded wait, shown on
    /// screen), so nothing said is missing from the note; asked again, it saves at once.
    pub(super) fn save(&mut self) -> Vec<Effect> {
        if self.saving_once_heard.is_none()
            && let Some(recorder) = &mut self.recorder
            && recorder.finish(&self.session) > 0
        {
            self.saving_once_heard = Some(self.clock.now() + WAIT_FOR_WORDS);
            return Vec::new();
        }
        self.saving_once_heard = None;
        self.flush_text();
        let missing = self
            .recorder
            .as_ref()
            .map(|r| r.words_to_come(&self.session))
            .unwrap_or_default();
        let mut summary = self.session.summary();
        let note = self.session.to_note();
        if !missing.is_empty() && !note.has_content() {
            // Only spoken words, not back yet: the store keeps no empty note, so the PSW is told
            // where what they said is, not "Nothing was typed" (walk 6, item 1).
            let recordings = self
                .recorder
                .as_ref()
                .map(|r| r.recordings_to_come())
                .unwrap_or_default();
            let how = match recordings.first() {
                Some(name) => format!(
                    // The command in plain words: backticks read as stray marks on a screen.
                    " What you said is kept as a recording; to see its words, type: psw-coach \
                     voice transcribe {name}"
                ),
                None => String::new(),
            };
            summary.left_out = Some(format!(
                "No note was saved: nothing was typed, and the words you said ({}) were still \
                 being written down.{how}",
                missing.join(", ")
            ));
        } else if !missing.is_empty() {
            summary.left_out = Some(format!(
                "Not in it yet: the words of {}, still being written down. The recording is \
                 kept: `psw-coach notes show` lists it, and `psw-coach voice transcribe \
                 RECORDING` adds its words as a new note.",
                missing.join(", ")
            ));
        }
        vec![Effect::SaveNote {
            note: Box::new(note),
            summary: Box::new(summary),
            again: self.again.clone(),
        }]
    }

    /// A save waiting for words goes ahead once they are all in, or once the wait is over.
    pub(super) fn save_once_heard(&mut self) -> Vec<Effect> {
        let Some(until) = self.saving_once_heard else {
            return Vec::new();
        };
        let heard = self
            .recorder
            .as_ref()
            .is_none_or(|r| r.words_to_come(&self.session).is_empty());
        if heard || self.clock.now() >= until {
            self.save()
        } else {
            Vec::new()
        }
    }

    pub(super) fn discard(&mut self) -> Vec<Effect> {
        if let Some(recorder) = &mut self.recorder {
            recorder.let_go();
        }
        vec![
            Effect::RemoveDraft(self.session.session_id().to_string()),
            Effect::Notify(Notice::info(
                "Rehearsal discarded. Notes you saved before are untouched.",
            )),
            Effect::Farewell("Rehearsal discarded.".into()),
            Effect::Home,
        ]
    }

    pub(super) fn act(&mut self, action: Action) -> Option<Vec<Effect>> {
        if !matches!(action, Action::Type(_) | Action::Undo | Action::Redo) {
            self.flush_text();
        }
        let effects = match action {
            Action::Type(_) | Action::Undo | Action::Redo => {
                if matches!(action, Action::Type(_)) {
                    self.focus_reflection_for_typing();
                }
                let edit = self.editor.on_action(action)?;
                if edit.changed {
                    self.changed();
                }
                edit.effects()
            }
            Action::NextPart => self.next_part(),
            Action::SkipFollowUp if self.session.stage() == Stage::FollowUp => {
                self.session.skip_follow_up();
                self.sync_editor();
                Vec::new()
            }
            Action::PreviousPart => {
                let has_cues = !self.session.cues().is_empty();
                if self.session.stage() == Stage::Rating && self.focus == Focus::Reflection {
                    self.focus = Focus::Stars;
                } else if self.session.stage() == Stage::Rating
                    && self.focus == Focus::Stars
                    && has_cues
                {
                    self.focus = Focus::Cues;
                } else {
                    self.session.previous();
                    self.sync_editor();
                }
                Vec::new()
            }
            Action::NextQuestion => self.check_then(AfterWarning::NextQuestion),
            Action::Up | Action::Down | Action::Top | Action::Bottom | Action::Toggle
                if self.session.stage() == Stage::Rating && self.focus == Focus::Cues =>
            {
                let len = self.session.cues().len();
                if let Some(ChecklistChange::Toggle(at)) = self.checklist.on_action(action, len) {
                    self.session.toggle_cue(at);
                    // A tick is part of the note: the draft follows it as it follows typing.
                    self.draft.changed(self.clock.now());
                }
                Vec::new()
            }
            Action::Rate(n) => {
                self.session.rate(n);
                // Rated: the reflection is next, so typing goes there (digits included).
                self.focus = Focus::Reflection;
                Vec::new()
            }
            Action::RateUp => {
                self.session
                    .rate(self.session.rating().map_or(3, |r| (r + 1).min(5)));
                Vec::new()
            }
            Action::RateDown => {
                self.session.rate(
                    self.session
                        .rating()
                        .map_or(3, |r| r.saturating_sub(1).max(1)),
                );
                Vec::new()
            }
            // A page is what the panels show at once, so a press never jumps over unread lines.
            Action::PageDown => {
                let drawn = self.panel_drawn.get();
                self.panel_scroll = self
                    .panel_scroll
                    .min(drawn.max_scroll)
                    .saturating_add(drawn.page)
                    .min(drawn.max_scroll);
                Vec::new()
            }
            Action::PageUp => {
                let drawn = self.panel_drawn.get();
                self.panel_scroll = self
                    .panel_scroll
                    .min(drawn.max_scroll)
                    .saturating_sub(drawn.page);
                Vec::new()
            }
            Action::ToggleEarlier => {
                self.show_earlier = !self.show_earlier;
                Vec::new()
            }
            Action::Save if matches!(self.overlay, Some(Overlay::SaveFailed(_))) => {
                // Trying again: the confidentiality check was already answered.
                self.overlay = None;
                self.save()
            }
            Action::Save => self.check_then(AfterWarning::Save),
            Action::Back if matches!(self.overlay, Some(Overlay::SaveFailed(_))) => {
                self.overlay = None;
                Vec::new()
            }
            Action::Pause => {
                self.session.pause();
                self.overlay = Some(Overlay::Pause);
                Vec::new()
            }
            Action::Resume => {
                self.session.resume();
                self.overlay = None;
                Vec::new()
            }
            Action::SaveAndFinish => {
                self.overlay = None;
                self.session.resume();
                self.check_then(AfterWarning::Save)
            }
            Action::AskDiscard => {
                self.overlay = Some(Overlay::ConfirmDiscard);
                Vec::new()
            }
            Action::Cancel => {
                self.overlay = Some(Overlay::Pause);
                Vec::new()
            }
            Action::Confirm => self.discard(),
            Action::EditFirst => {
                self.overlay = None;
                self.go_to_first_detail();
                Vec::new()
            }
            Action::KeepAnyway => {
                let Some(Overlay::Confidential { then, .. }) = self.overlay.take() else {
                    return Some(Vec::new());
                };
                self.warned_for = Some(self.session.index());
                self.go_on(then)
            }
            _ => return None,
        };
        Some(effects)
    }
}
