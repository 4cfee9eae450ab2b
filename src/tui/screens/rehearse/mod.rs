//! The rehearsal screen: the question, which part you are on, the timers, and the answer box.
//!
//! The editor holds the text of the current part; every change is pushed into the core session,
//! which is written to a draft at most about two seconds after the last key and on every change
//! of part, so a crash or a kill loses nothing. All timing (the draft's, the clocks on screen)
//! comes from the injected clock, so tests move time by hand.

//!
//! Where things are: the state and the component wiring here; what each action does in
//! `update.rs`; drawing the answer step and the frame around it in `render.rs`, the rating step
//! in `rating.rs`, and the panels over the screen (pause, discard, confidentiality, a failed
//! save) in `overlay.rs`.

mod overlay;
mod rating;
mod reading;
mod render;
mod update;

pub use reading::READING;

use crate::drill::stopwatch::HelpPause;
use crate::drill::{Clock, RehearseOptions, Session, Stage};
use crate::insight::{self, Lexicon, Report};
use crate::notes::{AnswerStyle, StoreError};
use crate::tui::checklist::Checklist;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::component::{Effect, Notice, Outcome};
use crate::tui::draft::DraftSchedule;
use crate::tui::keymap::{self, Action, Context};
use crate::tui::recorder::PartRecorder;
use crate::tui::text_box::{Lines, TextBox};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use std::rc::Rc;
use std::time::Duration;

pub use crate::tui::draft::{
    DRAFT_AFTER_QUIET, DRAFT_AT_MOST, DRAFT_RETRY_FIRST, DRAFT_RETRY_MOST,
};

/// A panel over the answer screen, waiting for a choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Esc: the clocks are stopped.
    Pause,
    /// Discard chosen from the pause menu: asks to be sure.
    ConfirmDiscard,
    /// Possible identifiable details found in an answer, before it is kept.
    Confidential {
        lines: Vec<String>,
        then: AfterWarning,
    },
    /// The note could not be saved: what happened and what to do, until dismissed.
    SaveFailed(StoreError),
}

/// What happens when the PSW goes on past a confidentiality warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterWarning {
    NextQuestion,
    Save,
}

/// A question, a stage and a follow-up number: one box of text.
type StepKey = (usize, Stage, usize);

/// On the rating step, which field the keys go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// "What assessors listen for": which points the answer covered.
    Cues,
    Stars,
    Reflection,
}

/// An earlier part of the same answer, shown above the box so the thread is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
struct EarlierPart {
    title: String,
    text: String,
}

pub struct RehearseScreen {
    session: Session<Box<dyn Clock>>,
    /// The same time as the session's, for the draft's timing.
    clock: Box<dyn Clock>,
    theme: Theme,
    /// What "another rehearsal" on the summary starts.
    again: RehearseOptions,
    /// Lives here and is drawn by reference, so its scrolling and wrapping persist between frames.
    editor: TextBox,
    /// Which question and part the editor holds, so it is reloaded only when that changes.
    shown: Option<StepKey>,
    overlay: Option<Overlay>,
    focus: Focus,
    /// The editor holds text the session has not been given yet. Syncing once per batch of
    /// events, not per key, keeps a paste that arrives as thousands of key presses fast.
    text_pending: bool,
    /// When the draft is next written, and why the last write failed.
    draft: DraftSchedule,
    /// The last save that failed, kept on screen once every question is done.
    save_problem: Option<StoreError>,
    /// The insight report on the current question, worked out when the rating step opens.
    insight: Option<(String, Report)>,
    /// How far the panels on the rating step are scrolled, and how far they can be, as last drawn.
    panel_scroll: u16,
    panel_drawn: std::cell::Cell<crate::tui::insight_panel::Drawn>,
    /// A question's warning is shown once; going on after it is the PSW's choice.
    warned_for: Option<usize>,
    lexicon: Rc<Lexicon>,
    /// Earlier parts of this answer, and whether they are shown.
    earlier: Vec<EarlierPart>,
    show_earlier: bool,
    /// The clocks stopped while help covers the screen.
    help_pause: HelpPause,
    /// "What assessors listen for" on the rating step; the ticks themselves are the session's.
    checklist: Checklist,
    /// A word about how this rehearsal started (resumed from a draft), shown under the answer
    /// until the PSW moves on to another part.
    opening: Option<Notice>,
    /// Recorded practice: each part recorded while its timer runs and transcribed in the background.
    recorder: Option<PartRecorder>,
    /// Saving waits for words still being transcribed, until this time on the clock: the note
    /// is saved once they are in, or then without them, saying so (walk item 39).
    saving_once_heard: Option<Duration>,
    /// The PSW's evidence register and its out-of-date limit in months: the coaching after an
    /// answer says where its figures disagree with it.
    register: (Rc<crate::evidence::Register>, u32),
    /// With the reader model on, the answer is read on a worker thread before a key that analyses
    /// it is carried out (reading.rs); this is that reading and the key waiting for it.
    reading: Option<reading::Reading>,
    read_off_key_path: bool,
    /// The waiting key is being carried out, so it must not wait again.
    replaying: bool,
}

impl RehearseScreen {
    pub fn new(
        session: Session<Box<dyn Clock>>,
        clock: Box<dyn Clock>,
        lexicon: Rc<Lexicon>,
        theme: Theme,
        again: RehearseOptions,
    ) -> RehearseScreen {
        let now = clock.now();
        let mut screen = RehearseScreen {
            session,
            clock,
            theme,
            again,
            editor: TextBox::default(),
            shown: None,
            overlay: None,
            focus: Focus::Stars,
            text_pending: false,
            draft: DraftSchedule::new(now),
            save_problem: None,
            insight: None,
            panel_scroll: 0,
            panel_drawn: std::cell::Cell::new(crate::tui::insight_panel::Drawn {
                max_scroll: u16::MAX,
                page: 5,
            }),
            warned_for: None,
            lexicon,
            earlier: Vec::new(),
            show_earlier: true,
            checklist: Checklist::default(),
            help_pause: HelpPause::default(),
            opening: None,
            recorder: None,
            saving_once_heard: None,
            register: (Rc::default(), 3),
            reading: None,
            read_off_key_path: reading::model_on(),
            replaying: false,
        };
        screen.sync_editor();
        screen
    }

    /// Reads the answer on a worker thread before a key that analyses it (on by default only with
    /// the reader model on; tests turn it on to see keys handled meanwhile).
    pub fn reading_off_the_key_path(mut self, on: bool) -> RehearseScreen {
        self.read_off_key_path = on;
        self
    }

    /// Shows `notice` under the answer until the PSW moves on to another part.
    /// Checks each answer's figures against the PSW's evidence register in the coaching.
    pub fn with_register(
        mut self,
        register: Rc<crate::evidence::Register>,
        stale_months: u32,
    ) -> RehearseScreen {
        self.register = (register, stale_months);
        self
    }

    pub fn with_opening(mut self, notice: Notice) -> RehearseScreen {
        self.opening = Some(notice);
        self
    }

    /// Records each part and puts its words in its box once transcribed (recorded practice).
    pub fn with_recorder(mut self, recorder: PartRecorder) -> RehearseScreen {
        self.recorder = Some(recorder);
        self.follow_recorder();
        self
    }

    /// Keeps the recorder in step with the session; words that came back are shown at once (in the
    /// box if that part is on screen, in the coaching on the rating step) and written to the draft.
    fn follow_recorder(&mut self) -> Vec<Effect> {
        if self.recorder.is_none() {
            return Vec::new();
        }
        let effects = self.follow_recorder_now();
        // The empty box says what to do as the recorder now stands (recording or not).
        self.editor.set_placeholder(self.placeholder());
        effects
    }

    fn follow_recorder_now(&mut self) -> Vec<Effect> {
        self.flush_text();
        let Some(recorder) = &mut self.recorder else {
            return Vec::new();
        };
        let mut changed = recorder.follow(&mut self.session);
        if recorder.ready_to_go_on() {
            // The words a follow-up waited for are in: it is chosen from them now.
            self.flush_text();
            self.session.next();
            self.shown = None;
            self.sync_editor();
            if let Some(recorder) = &mut self.recorder {
                changed.extend(recorder.follow(&mut self.session));
            }
            self.earlier = self.earlier_parts();
            return vec![self.draft_effect()];
        }
        if changed.is_empty() {
            return Vec::new();
        }
        if self
            .session
            .part_at()
            .is_some_and(|at| changed.contains(&at))
        {
            self.shown = None;
            self.sync_editor();
        } else if self.session.stage() == Stage::Rating {
            self.insight = Some(self.analyse_current());
        }
        self.earlier = self.earlier_parts();
        vec![self.draft_effect()]
    }

    pub fn session(&self) -> &Session<Box<dyn Clock>> {
        &self.session
    }

    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlay.as_ref()
    }

    /// Reloads the editor when the session has moved to another part.
    fn sync_editor(&mut self) {
        let here = self.step_key();
        if self.shown == Some(here) {
            return;
        }
        self.shown = Some(here);
        // The reflection is one line; the parts of an answer take as many as the PSW likes.
        let lines = if self.session.stage() == Stage::Rating {
            Lines::One
        } else {
            Lines::Many
        };
        self.editor = TextBox::new(self.session.text(), lines).with_placeholder(self.placeholder());
        self.earlier = self.earlier_parts();
        if self.session.stage() == Stage::Rating {
            self.insight = Some(self.analyse_current());
            self.panel_scroll = 0;
            self.checklist.reset();
            // The cues come first: saying what the answer covered is what the rating rests on.
            self.focus = if self.session.cues().is_empty() {
                Focus::Stars
            } else {
                Focus::Cues
            };
        }
    }

    /// The parts of this answer before the one being typed, with something in them.
    fn earlier_parts(&self) -> Vec<EarlierPart> {
        let done = match self.session.stage() {
            Stage::Prompt(i) => i,
            Stage::FollowUp => self.session.prompts().len(),
            _ => return Vec::new(),
        };
        let note = self.session.to_note();
        let Some(q) = note.questions.get(self.session.index()) else {
            return Vec::new();
        };
        let mut parts: Vec<EarlierPart> = q
            .answers
            .iter()
            .zip(self.session.prompts())
            .take(done)
            .filter(|(a, _)| !a.text.trim().is_empty())
            .map(|(a, p)| EarlierPart {
                title: p.ask.clone(),
                text: a.text.clone(),
            })
            .collect();
        // On a second follow-up, the first one and its answer belong to the thread too.
        let follow_ups_before = self.session.follow_up_position().map_or(0, |(n, _)| n - 1);
        parts.extend(
            q.follow_ups
                .iter()
                .take(follow_ups_before)
                .filter(|f| !f.text.trim().is_empty())
                .map(|f| EarlierPart {
                    title: format!("Follow-up: {}", f.ask),
                    text: f.text.clone(),
                }),
        );
        parts
    }

    fn placeholder(&self) -> String {
        let skip = keymap::label(Context::FollowUp, Action::SkipFollowUp).unwrap_or_default();
        // Recorded practice says "answer aloud" only while this part records: with no
        // microphone, or back on a part already transcribed, the PSW types (walk 6, item 2).
        let here = self.session.part_at();
        let recorder = self.recorder.as_ref();
        let style = match self.session.style() {
            AnswerStyle::Recorded
                if here.is_some_and(|at| recorder.is_some_and(|r| r.transcribes(at))) =>
            {
                return "Your words are being transcribed and appear here shortly".into();
            }
            AnswerStyle::Recorded
                if here.is_some_and(|at| recorder.is_some_and(|r| !r.records(at))) =>
            {
                AnswerStyle::Written
            }
            style => style,
        };
        match (self.session.stage(), style) {
            (Stage::Rating, _) => "Optional: what you would change next time".into(),
            (Stage::FollowUp, AnswerStyle::Spoken) => {
                format!("Answer the follow-up aloud and jot key points here; {skip} skips it")
            }
            (Stage::FollowUp, AnswerStyle::Written) => {
                format!("Answer the follow-up, or {skip} to skip it")
            }
            (Stage::FollowUp, AnswerStyle::Recorded) => {
                format!("Answer aloud; your words appear here once transcribed; {skip} skips")
            }
            (_, AnswerStyle::Recorded) => {
                "Answer aloud: your words appear here once transcribed".into()
            }
            (_, AnswerStyle::Spoken) => "Say your answer aloud; jot the key points here".into(),
            (_, AnswerStyle::Written) => "Start typing your answer".into(),
        }
    }

    /// The current question's answers, joined, with what the insight module finds in them.
    pub fn analyse_current(&self) -> (String, Report) {
        let note = self.session.to_note();
        let target = self.session.question().map(|q| q.target_seconds);
        let Some(q) = note.questions.get(self.session.index()) else {
            return insight::analyse_parts(&self.lexicon, &[], target);
        };
        // Spoken practice leaves only jotted key points, which are not judged for length.
        let spoken = self.session.style() == AnswerStyle::Spoken;
        let (text, mut report) =
            insight::analyse_titled(&self.lexicon, &q.parts(), &q.part_titles(), target, spoken);
        // Said aloud and recorded: the time it took, not an estimate from the word count.
        if let Some(seconds) = self
            .recorder
            .as_ref()
            .and_then(|r| r.speaking_seconds(self.session.index(), q))
        {
            report = report.with_spoken_seconds(seconds);
        }
        let today = self.clock.local_now().date_naive();
        let (register, months) = &self.register;
        let answer: Vec<&str> = q.parts().iter().map(|(_, t)| *t).collect();
        report.suggestions.extend(crate::evidence::coaching::lines(
            register,
            &answer.join("\n"),
            today,
            *months,
        ));
        (text, report)
    }

    /// Gives the session the editor's text, if it has changed since last time.
    fn flush_text(&mut self) {
        if self.text_pending {
            self.session.set_text(self.editor.text());
            self.text_pending = false;
        }
    }

    fn changed(&mut self) {
        self.text_pending = true;
        self.draft.changed(self.clock.now());
    }

    /// Keeps the latest state on disk (the store keeps no draft of a session with nothing in it).
    fn draft_effect(&mut self) -> Effect {
        self.flush_text();
        Effect::WriteDraft(Box::new(self.session.to_draft()))
    }

    /// True when the draft on disk is behind the screen and it is time to write it.
    fn draft_due(&self, now: Duration) -> bool {
        self.draft_due_at().is_some_and(|due| now >= due)
    }

    /// When the draft will next be written, if it is behind the screen.
    fn draft_due_at(&self) -> Option<Duration> {
        self.draft.due_at()
    }

    /// Where the session is: question, stage, and which follow-up (the stage is the same for each).
    fn step_key(&self) -> StepKey {
        let follow_up = self.session.follow_up_position().map_or(0, |(n, _)| n);
        (self.session.index(), self.session.stage(), follow_up)
    }
}

impl Screen for RehearseScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Rehearse
    }

    fn on_resize(&mut self) {
        self.editor.refit();
    }

    fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Pause) => Context::Paused,
            Some(Overlay::ConfirmDiscard) => Context::ConfirmDiscard,
            Some(Overlay::Confidential { .. }) => Context::Confidential,
            Some(Overlay::SaveFailed(_)) => Context::SaveFailed,
            None if self.session.is_finished() => Context::Unsaved,
            None => match (self.session.stage(), self.focus) {
                (Stage::Rating, Focus::Cues) => Context::Cues,
                (Stage::Rating, Focus::Stars) => Context::Rating,
                (Stage::Rating, Focus::Reflection) => Context::Reflection,
                (Stage::FollowUp, _) => Context::FollowUp,
                _ => Context::Answer,
            },
        }
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        if let Some(effects) = self.read_first(action) {
            return Some(effects);
        }
        let before = self.step_key();
        let mut effects = self.act(action)?;
        effects.extend(self.follow_recorder());
        effects.extend(self.save_once_heard());
        // A change of part is always written to the draft at once.
        let saving = effects
            .iter()
            .any(|e| matches!(e, Effect::SaveNote { .. } | Effect::Home));
        // A newer message (the box refusing a key at the limit) takes the opening word's place.
        let notified = effects.iter().any(|e| matches!(e, Effect::Notify(_)));
        if self.step_key() != before || notified {
            self.opening = None;
        }
        if self.step_key() != before && !saving && self.draft.stepped(self.clock.now()) {
            effects.push(self.draft_effect());
        }
        Some(effects)
    }

    fn on_text(&mut self, text: &str) -> Vec<Effect> {
        // `?` on an empty answer box opens help, as the README says; in a sentence it is typed.
        if text == "?"
            && self.overlay.is_none()
            && self.editor.is_empty()
            && matches!(self.context(), Context::Answer | Context::FollowUp)
        {
            return vec![Effect::OpenHelp(self.context())];
        }
        if self.overlay.is_none() {
            self.focus_reflection_for_typing();
        }
        if self.overlay.is_some() || !self.context().takes_text() {
            return Vec::new();
        }
        let edit = self.editor.paste(text);
        if edit.changed {
            self.changed();
        }
        if edit.notice.is_some() {
            self.opening = None;
        }
        edit.effects()
    }

    fn on_outcome(&mut self, outcome: Outcome) -> Vec<Effect> {
        match outcome {
            Outcome::DraftWritten => self.draft.written(),
            Outcome::DraftFailed(problem) => self.draft.failed(problem, self.clock.now()),
            Outcome::SaveFailed(problem) => {
                self.save_problem = Some(problem.clone());
                self.overlay = Some(Overlay::SaveFailed(problem));
            }
            _ => {}
        }
        Vec::new()
    }

    fn tick(&mut self) -> Vec<Effect> {
        let mut effects = self.reading_back();
        self.flush_text();
        effects.extend(self.follow_recorder());
        effects.extend(self.save_once_heard());
        if effects.is_empty() && self.draft_due(self.clock.now()) {
            effects.push(self.draft_effect());
        }
        effects
    }

    fn wait(&self) -> Option<Duration> {
        let wait = crate::tui::draft::next_tick(
            self.clock.now(),
            self.session.stage_elapsed(),
            self.recorder.as_ref().is_some_and(|r| r.busy()),
            self.draft_due_at(),
        );
        Some(match self.reading {
            Some(_) => wait.min(reading::LOOK_EVERY),
            None => wait,
        })
    }

    fn covered(&mut self) {
        self.help_pause.cover(&mut self.session);
    }

    fn revealed(&mut self) {
        self.help_pause.reveal(&mut self.session);
    }

    fn on_suspend(&mut self) -> Vec<Effect> {
        vec![self.draft_effect()]
    }

    fn snapshot(&self) -> Option<crate::notes::Note> {
        let note = self.session.to_draft();
        note.has_content().then_some(note)
    }

    fn on_terminate(&mut self) -> Vec<Effect> {
        self.flush_text();
        vec![Effect::KeepDraftOnExit(Box::new(self.session.to_draft()))]
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        render::render(self, ctx, area, buf)
    }
}
