//! Pair practice: the colleague playing the assessor holds the keyboard while the PSW answers
//! aloud. One component covers the interviewer's screen, their feedback, the hand-over on which
//! the PSW rates themselves blind, the comparison, and the end (initials, save, swap roles).
//!
//! Everything marked or typed is in a draft at most about two seconds later, and at once on every
//! change of step, as in a rehearsal; a crash or a kill loses nothing.
//!
//! Where things are: the state and the component wiring here; what each action does in
//! `update.rs`; the frame around every step, the pieces the steps share and the panel over them
//! in `render.rs`; each step's view in its own file: `asking.rs` (the interviewer listening),
//! `feedback.rs` (their feedback and the hand-over), `compare.rs` (both ratings) and `end.rs`
//! (initials, save, swap roles).

mod asking;
mod compare;
mod end;
mod feedback;
mod render;
mod update;

use crate::drill::pair::{Feedback, Initials, PairSession, PairStage};
use crate::drill::stopwatch::HelpPause;
use crate::drill::{Clock, Plan};
use crate::notes::StoreError;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::component::{Effect, Outcome};
use crate::tui::draft::DraftSchedule;
use crate::tui::keymap::{Action, Context};
use crate::tui::recorder::pair::PairRecorder;
use crate::tui::text_box::{Lines, TextBox};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use std::path::PathBuf;
use std::time::Duration;

/// The plans offered for the next round, after the swap.
const SWAP_PLANS: [(&str, &str); 4] = [
    ("same", "The same plan, new questions"),
    ("mock", "Mock interview"),
    ("random", "Five at random"),
    ("least", "Five practised least"),
];

/// Where the keys go within a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Focus {
    /// Asking: the ticks, probes and cues.
    Marks,
    /// Asking: the observations box.
    Observations,
    /// Feedback: the interviewer's rating.
    Rating,
    /// Feedback: one of Keep, Stop, Start.
    Text(Feedback),
    /// The end: one of the two initials boxes (0 interviewer, 1 PSW).
    Initials(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Overlay {
    Menu,
    ConfirmDiscard,
    SaveFailed(StoreError),
}

pub struct PairScreen {
    session: PairSession<Box<dyn Clock>>,
    /// The same time as the session's, for the draft's timing.
    clock: Box<dyn Clock>,
    plan: Plan,
    focus: Focus,
    /// The highlighted row of the ladder and cues, probes first.
    cursor: usize,
    /// The text box of the focused field; the other fields are drawn from the session.
    editor: TextBox,
    text_pending: bool,
    initials: [String; 2],
    overlay: Option<Overlay>,
    /// Pressed Esc while the clocks ran: carrying on starts them again.
    paused_by_menu: bool,
    /// The clocks stopped while help covers the screen.
    help_pause: HelpPause,
    /// Where the note was saved, once it was.
    saved: Option<PathBuf>,
    /// The saved note's number in `notes list`.
    saved_number: Option<usize>,
    swap_choice: usize,
    scroll: u16,
    /// How far the comparison can scroll in the window last drawn.
    compare_max: std::cell::Cell<u16>,
    /// A step refused, in words ("Give your rating before handing over").
    message: Option<String>,
    /// When the draft is next written, and why the last write failed.
    draft: DraftSchedule,
    /// The PSW's evidence register: the figures a question touches show under the tip.
    register: std::rc::Rc<crate::evidence::Register>,
    /// Records the PSW's answer while the colleague listens (the spoken, recorded style); its
    /// words are shown on the feedback step.
    recorder: Option<PairRecorder>,
    /// How far what the PSW said is scrolled on the feedback step, and how far it can be.
    heard_scroll: u16,
    heard_max: std::cell::Cell<u16>,
}

impl PairScreen {
    /// Shows, under the tip, the figures from the PSW's evidence register each question touches.
    pub fn with_register(mut self, register: std::rc::Rc<crate::evidence::Register>) -> PairScreen {
        self.register = register;
        self
    }

    /// Records the PSW's answers and shows their words to the colleague on the feedback step.
    pub fn with_recorder(mut self, recorder: PairRecorder) -> PairScreen {
        self.recorder = Some(recorder);
        self.follow_recorder();
        self
    }

    /// Keeps the recorder in step with the session; words that came back are in the draft at
    /// once.
    fn follow_recorder(&mut self) -> Vec<Effect> {
        // Once the note is saved, words still to come could not reach it: they are left
        // uncollected, so their recordings stay (listed with the note) rather than being removed.
        if self.saved.is_some() {
            return Vec::new();
        }
        let Some(recorder) = &mut self.recorder else {
            return Vec::new();
        };
        if recorder.follow(&mut self.session) {
            vec![self.draft_effect()]
        } else {
            Vec::new()
        }
    }

    pub fn new(
        session: PairSession<Box<dyn Clock>>,
        clock: Box<dyn Clock>,
        plan: Plan,
    ) -> PairScreen {
        let initials = session.initials().clone();
        let mut screen = PairScreen {
            session,
            clock,
            plan,
            focus: Focus::Marks,
            cursor: 0,
            editor: TextBox::default(),
            text_pending: false,
            initials: [initials.interviewer, initials.psw],
            overlay: None,
            paused_by_menu: false,
            help_pause: HelpPause::default(),
            saved: None,
            saved_number: None,
            swap_choice: 0,
            scroll: 0,
            compare_max: std::cell::Cell::new(0),
            message: None,
            draft: DraftSchedule::default(),
            register: Default::default(),
            recorder: None,
            heard_scroll: 0,
            heard_max: std::cell::Cell::new(0),
        };
        if screen.session.is_finished() {
            screen.focus_on(Focus::Initials(0));
        }
        let setup = screen.session.setup();
        if setup.round > 1 {
            let who = &setup.initials;
            screen.message = Some(if who.interviewer.is_empty() || who.psw.is_empty() {
                "Roles swapped: whoever answered now asks the questions.".to_string()
            } else {
                format!(
                    "Roles swapped: {} asks, {} answers.",
                    who.interviewer, who.psw
                )
            });
        }
        screen
    }

    /// Opens with a message from just before (where a recovered draft went), under the first
    /// step until the first key; beside "Roles swapped" on a later round.
    pub fn with_opening(mut self, notice: crate::tui::component::Notice) -> PairScreen {
        self.message = Some(match self.message.take() {
            Some(first) => format!("{first} {}", notice.text),
            None => notice.text,
        });
        self
    }

    pub fn session(&self) -> &PairSession<Box<dyn Clock>> {
        &self.session
    }

    fn rows(&self) -> usize {
        self.session
            .current()
            .map_or(0, |i| i.probes.len() + i.cues_ticked.len())
    }

    /// The text a field holds now.
    fn field_text(&self, focus: Focus) -> String {
        let item = self.session.current();
        match focus {
            Focus::Observations => item.map(|i| i.observations.clone()).unwrap_or_default(),
            Focus::Text(which) => item
                .map(|i| i.feedback(which).to_string())
                .unwrap_or_default(),
            Focus::Initials(n) => self.initials[n.min(1)].clone(),
            Focus::Marks | Focus::Rating => String::new(),
        }
    }

    fn placeholder(focus: Focus) -> &'static str {
        match focus {
            Focus::Observations => "What you notice while listening: phrases, gaps, strong moments",
            Focus::Text(_) => "One line, or leave it empty",
            Focus::Initials(_) => "Optional",
            Focus::Marks | Focus::Rating => "",
        }
    }

    /// Moves the keys to `focus`, loading its text into the box.
    fn focus_on(&mut self, focus: Focus) {
        self.flush_text();
        self.focus = focus;
        if matches!(focus, Focus::Marks | Focus::Rating) {
            return;
        }
        // Keep / Stop / Start and initials are one line each: Enter moves on instead.
        let lines = if focus == Focus::Observations {
            Lines::Many
        } else {
            Lines::One
        };
        self.editor =
            TextBox::new(&self.field_text(focus), lines).with_placeholder(Self::placeholder(focus));
    }

    /// Typing on the probe and cue list is a note: the observations take the keys, and the
    /// note starts on a line of its own after any note already there.
    fn note_from_the_list(&mut self) {
        if self.context() != Context::PairAsking {
            return;
        }
        self.focus_on(Focus::Observations);
        if self.editor.start_a_line().changed {
            self.typed();
        }
    }

    /// Gives the session the box's text, if it has changed.
    fn flush_text(&mut self) {
        if !self.text_pending {
            return;
        }
        self.text_pending = false;
        let text = self.editor.text();
        match self.focus {
            Focus::Observations => self.session.set_observations(text),
            Focus::Text(which) => self.session.set_feedback(which, text),
            Focus::Initials(n) => {
                self.initials[n.min(1)] = text;
                self.session.set_initials(Initials {
                    interviewer: self.initials[0].trim().to_string(),
                    psw: self.initials[1].trim().to_string(),
                });
            }
            Focus::Marks | Focus::Rating => {}
        }
    }

    fn changed(&mut self) {
        self.draft.changed(self.clock.now());
    }

    fn typed(&mut self) {
        self.text_pending = true;
        self.changed();
    }

    fn draft_effect(&mut self) -> Effect {
        self.flush_text();
        let note = self.session.to_note();
        if self.session.has_content() {
            Effect::WriteDraft(Box::new(note))
        } else {
            Effect::RemoveDraft(note.session_id)
        }
    }

    fn draft_due_at(&self) -> Option<Duration> {
        if self.saved.is_some() {
            return None;
        }
        self.draft.due_at()
    }

    /// On the last question of the plan: what comes after it is the initials, not a question.
    fn on_last_question(&self) -> bool {
        self.session.index() + 1 == self.session.len()
    }

    fn step_key(&self) -> (usize, PairStage) {
        (self.session.index(), self.session.stage())
    }

    fn refuse(&mut self, why: impl std::fmt::Display) {
        self.message = Some(why.to_string());
    }
}

impl Screen for PairScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Pair
    }

    fn on_resize(&mut self) {
        self.editor.refit();
    }

    fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Menu) => return Context::PairMenu,
            Some(Overlay::ConfirmDiscard) => return Context::PairConfirmDiscard,
            Some(Overlay::SaveFailed(_)) => return Context::SaveFailed,
            None => {}
        }
        match self.session.stage() {
            PairStage::Asking if self.focus == Focus::Observations => Context::PairObservations,
            PairStage::Asking => Context::PairAsking,
            PairStage::Feedback if self.focus == Focus::Text(Feedback::Start) => {
                Context::PairFeedbackStart
            }
            PairStage::Feedback if matches!(self.focus, Focus::Text(_)) => Context::PairFeedback,
            PairStage::Feedback => Context::PairRating,
            PairStage::HandOver => Context::PairHandOver,
            PairStage::Compare => Context::PairCompare,
            PairStage::Finished if self.saved.is_some() => Context::PairSaved,
            PairStage::Finished => Context::PairInitials,
        }
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let before = self.step_key();
        let mut effects = self.act(action)?;
        effects.extend(self.follow_recorder());
        let leaving = effects
            .iter()
            .any(|e| matches!(e, Effect::SavePair(_) | Effect::Home | Effect::StartPair(_)));
        // A change of step is written to the draft at once.
        if self.step_key() != before
            && !leaving
            && self.saved.is_none()
            && self.draft.stepped(self.clock.now())
        {
            effects.push(self.draft_effect());
        }
        Some(effects)
    }

    fn on_text(&mut self, text: &str) -> Vec<Effect> {
        if self.overlay.is_none() && self.context() == Context::PairRating {
            self.focus_on(Focus::Text(Feedback::Keep));
        }
        if self.overlay.is_none() {
            self.note_from_the_list();
        }
        if self.overlay.is_some() || !self.context().takes_text() {
            return Vec::new();
        }
        let edit = self.editor.paste(text);
        if edit.changed {
            self.typed();
        }
        edit.effects()
    }

    fn on_outcome(&mut self, outcome: Outcome) -> Vec<Effect> {
        match outcome {
            Outcome::DraftWritten => self.draft.written(),
            Outcome::DraftFailed(problem) => self.draft.failed(problem, self.clock.now()),
            Outcome::SaveFailed(problem) => self.overlay = Some(Overlay::SaveFailed(problem)),
            Outcome::Saved(path, number) => {
                self.saved = Some(path);
                self.saved_number = number;
                self.draft.saved();
            }
            _ => {}
        }
        Vec::new()
    }

    fn tick(&mut self) -> Vec<Effect> {
        self.flush_text();
        let landed = self.follow_recorder();
        if !landed.is_empty() {
            return landed;
        }
        match self.draft_due_at() {
            Some(due) if self.clock.now() >= due => vec![self.draft_effect()],
            _ => Vec::new(),
        }
    }

    fn wait(&self) -> Option<Duration> {
        Some(crate::tui::draft::next_tick(
            self.clock.now(),
            self.session.session_elapsed(),
            self.recorder.as_ref().is_some_and(|r| r.busy()),
            self.draft_due_at(),
        ))
    }

    fn covered(&mut self) {
        self.help_pause.cover(&mut self.session);
    }

    fn revealed(&mut self) {
        self.help_pause.reveal(&mut self.session);
    }

    fn on_terminate(&mut self) -> Vec<Effect> {
        self.flush_text();
        if self.saved.is_some() {
            return Vec::new();
        }
        let note = self.session.to_note();
        if self.session.has_content() {
            vec![Effect::KeepDraftOnExit(Box::new(note))]
        } else {
            vec![Effect::RemoveDraft(note.session_id)]
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        render::render(self, area, buf, ctx)
    }
}
