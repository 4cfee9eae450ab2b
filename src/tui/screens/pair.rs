//! Pair practice: the colleague playing the assessor holds the keyboard while the PSW answers
//! aloud. One component covers the interviewer's screen, their feedback, the hand-over on which
//! the PSW rates themselves blind, the comparison, and the end (initials, save, swap roles).
//!
//! Everything marked or typed is in a draft at most about two seconds later, and at once on every
//! change of step, as in a rehearsal; a crash or a kill loses nothing.

use crate::drill::clock::minutes_and_seconds as clock;
use crate::drill::pair::{
    Feedback, Initials, Pace, PairSession, PairStage, PairStart, Rung, part_for_gap,
};
use crate::drill::{Clock, Plan};
use crate::notes::StoreError;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::component::{Effect, Notice, Outcome};
use crate::tui::draft::DraftSchedule;
use crate::tui::keymap::{Action, Context};
use crate::tui::text_box::{Lines, TextBox};
use crate::tui::theme::Theme;
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};
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
    paused_for_help: bool,
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
}

impl PairScreen {
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
            paused_for_help: false,
            saved: None,
            saved_number: None,
            swap_choice: 0,
            scroll: 0,
            compare_max: std::cell::Cell::new(0),
            message: None,
            draft: DraftSchedule::default(),
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

    fn step_key(&self) -> (usize, PairStage) {
        (self.session.index(), self.session.stage())
    }

    fn refuse(&mut self, why: impl std::fmt::Display) {
        self.message = Some(why.to_string());
    }

    fn save(&mut self) -> Vec<Effect> {
        self.flush_text();
        let note = self.session.to_note();
        if !self.session.has_content() {
            return vec![
                Effect::RemoveDraft(note.session_id),
                Effect::Notify(Notice::info(
                    "Nothing was marked or rated, so there was nothing to save.",
                )),
                Effect::Home,
            ];
        }
        vec![Effect::SavePair(Box::new(note))]
    }

    /// Ctrl-S, or "save and finish" in the menu: the session ends here and is saved as it
    /// stands, with any initials typed.
    fn save_now(&mut self) -> Vec<Effect> {
        self.flush_text();
        if self.paused_by_menu {
            self.session.resume();
            self.paused_by_menu = false;
        }
        self.session.finish();
        if !matches!(self.focus, Focus::Initials(_)) {
            self.focus_on(Focus::Initials(0));
        }
        self.save()
    }

    fn swap(&mut self) -> Vec<Effect> {
        let plan = match SWAP_PLANS[self.swap_choice.min(SWAP_PLANS.len() - 1)].0 {
            "mock" => Plan::Mock,
            "random" => Plan::Random(5),
            "least" => Plan::Least(5),
            _ => self.plan.clone(),
        };
        let setup = self.session.setup();
        vec![Effect::StartPair(Box::new(PairStart {
            plan,
            seed: None,
            round: setup.round + 1,
            initials: setup.initials.swapped(),
            exclude: self.session.asked_ids(),
            chosen: Vec::new(),
        }))]
    }

    fn act(&mut self, action: Action) -> Option<Vec<Effect>> {
        if !matches!(action, Action::Type(_) | Action::Undo | Action::Redo) {
            self.flush_text();
            self.message = None;
        }
        // Typing while the rating has the keys is feedback, not nothing: it starts "Keep".
        if matches!(action, Action::Type(_)) && self.context() == Context::PairRating {
            self.focus_on(Focus::Text(Feedback::Keep));
        }
        if matches!(action, Action::Type(_)) {
            self.note_from_the_list();
        }
        let context = self.context();
        let effects = match (context, action) {
            (_, Action::Type(_) | Action::Undo | Action::Redo) => {
                let edit = self.editor.on_action(action)?;
                if edit.changed {
                    self.typed();
                }
                edit.effects()
            }

            // Overlays.
            (Context::PairMenu, Action::Resume) => {
                self.overlay = None;
                if self.paused_by_menu {
                    self.session.resume();
                    self.paused_by_menu = false;
                }
                Vec::new()
            }
            // The menu's "save and finish" is Ctrl-S, as in a rehearsal alone.
            (Context::PairMenu, Action::SaveAndFinish) => {
                self.overlay = None;
                self.save_now()
            }
            (Context::PairMenu, Action::AskDiscard) => {
                self.overlay = Some(Overlay::ConfirmDiscard);
                Vec::new()
            }
            (Context::PairConfirmDiscard, Action::Confirm) => {
                self.overlay = None;
                vec![
                    Effect::RemoveDraft(self.session.session_id().to_string()),
                    Effect::Notify(Notice::info("Pair practice discarded; nothing was saved.")),
                    Effect::Home,
                ]
            }
            (Context::PairConfirmDiscard, Action::Cancel) => {
                self.overlay = Some(Overlay::Menu);
                Vec::new()
            }
            (Context::SaveFailed, Action::Save) => {
                self.overlay = None;
                self.save()
            }
            (Context::SaveFailed, Action::Back) => {
                self.overlay = None;
                Vec::new()
            }

            // The interviewer listening.
            (Context::PairAsking, Action::TickPart(n)) => {
                self.session.toggle_part(usize::from(n).saturating_sub(1));
                self.changed();
                Vec::new()
            }
            (Context::PairAsking, Action::Up) => {
                self.cursor = self.cursor.saturating_sub(1);
                Vec::new()
            }
            (Context::PairAsking, Action::Down) => {
                self.cursor = (self.cursor + 1).min(self.rows().saturating_sub(1));
                Vec::new()
            }
            (Context::PairAsking, Action::Toggle) => {
                let probes = self.session.current().map_or(0, |i| i.probes.len());
                if self.cursor < probes {
                    self.session.toggle_probe(self.cursor);
                } else {
                    self.session.toggle_cue(self.cursor - probes);
                }
                self.changed();
                Vec::new()
            }
            (Context::PairAsking, Action::Top) => {
                self.cursor = 0;
                Vec::new()
            }
            (Context::PairAsking, Action::Bottom) => {
                self.cursor = self.rows().saturating_sub(1);
                Vec::new()
            }
            (Context::PairAsking, Action::ToggleTip) => {
                self.session.toggle_tip();
                Vec::new()
            }
            (Context::PairAsking, Action::NextPart) => {
                self.focus_on(Focus::Observations);
                Vec::new()
            }
            (Context::PairAsking, Action::Done) => {
                if self.session.is_paused() {
                    self.session.resume();
                }
                if self.session.finish_asking().is_ok() {
                    self.focus_on(Focus::Rating);
                }
                Vec::new()
            }
            // Esc pauses and Ctrl-S saves at every step, as in a rehearsal alone.
            (_, Action::Pause) => {
                if !self.session.is_paused() && !self.session.is_finished() {
                    self.session.pause();
                    self.paused_by_menu = true;
                }
                self.overlay = Some(Overlay::Menu);
                Vec::new()
            }
            (
                Context::PairAsking
                | Context::PairObservations
                | Context::PairRating
                | Context::PairFeedback
                | Context::PairHandOver
                | Context::PairCompare,
                Action::Save,
            ) => self.save_now(),
            (Context::PairObservations, Action::Back) => {
                self.focus_on(Focus::Marks);
                Vec::new()
            }

            // The interviewer's feedback.
            (Context::PairRating, Action::Rate(n)) => {
                self.session.rate_interviewer(n);
                self.changed();
                Vec::new()
            }
            (Context::PairRating, Action::RateUp | Action::RateDown) => {
                let now = self.session.current().and_then(|i| i.interviewer_rating);
                self.session.rate_interviewer(step_rating(now, action));
                self.changed();
                Vec::new()
            }
            (Context::PairRating, Action::NextPart) => {
                self.focus_on(Focus::Text(Feedback::Keep));
                Vec::new()
            }
            (Context::PairRating, Action::NextQuestion) => {
                if let Err(why) = self.session.hand_over() {
                    self.refuse(why);
                }
                Vec::new()
            }
            (Context::PairRating, Action::Back) => {
                if self.session.back_to_asking().is_ok() {
                    self.focus_on(Focus::Marks);
                }
                Vec::new()
            }
            (Context::PairFeedback, Action::NextPart) => {
                let next = match self.focus {
                    Focus::Text(Feedback::Keep) => Focus::Text(Feedback::Stop),
                    Focus::Text(Feedback::Stop) => Focus::Text(Feedback::Start),
                    _ => Focus::Rating,
                };
                self.focus_on(next);
                Vec::new()
            }
            // Enter goes on: to the next box, and from Start to the hand-over.
            (Context::PairFeedback, Action::Choose) => {
                let next = match self.focus {
                    Focus::Text(Feedback::Keep) => Focus::Text(Feedback::Stop),
                    Focus::Text(Feedback::Stop) => Focus::Text(Feedback::Start),
                    _ => {
                        if let Err(why) = self.session.hand_over() {
                            self.focus_on(Focus::Rating);
                            self.refuse(why);
                        }
                        return Some(Vec::new());
                    }
                };
                self.focus_on(next);
                Vec::new()
            }
            (Context::PairFeedback, Action::PreviousPart) => {
                let previous = match self.focus {
                    Focus::Text(Feedback::Start) => Focus::Text(Feedback::Stop),
                    Focus::Text(Feedback::Stop) => Focus::Text(Feedback::Keep),
                    _ => Focus::Rating,
                };
                self.focus_on(previous);
                Vec::new()
            }

            // The PSW's own rating, then both.
            (Context::PairHandOver, Action::Rate(n)) => {
                self.session.rate_psw(n);
                self.changed();
                Vec::new()
            }
            (Context::PairHandOver, Action::RateUp | Action::RateDown) => {
                let now = self.session.current().and_then(|i| i.psw_rating);
                self.session.rate_psw(step_rating(now, action));
                self.changed();
                Vec::new()
            }
            (Context::PairHandOver, Action::Choose) => {
                if let Err(why) = self.session.compare() {
                    self.refuse(why);
                }
                self.scroll = 0;
                Vec::new()
            }
            (Context::PairCompare, Action::NextQuestion) => {
                let _ = self.session.next_question();
                self.cursor = 0;
                self.scroll = 0;
                if self.session.is_finished() {
                    self.focus_on(Focus::Initials(0));
                } else {
                    self.focus = Focus::Marks;
                }
                Vec::new()
            }
            (Context::PairCompare | Context::PairSaved, Action::Up) if self.saved.is_none() => {
                self.scroll = self.scroll.saturating_sub(1);
                Vec::new()
            }
            // Scrolling stops at the end, so Up moves straight back however often Down was pressed.
            (Context::PairCompare, Action::Down) => {
                self.scroll = self.scroll.saturating_add(1).min(self.compare_max.get());
                Vec::new()
            }
            (Context::PairCompare, Action::PageUp) => {
                self.scroll = self.scroll.min(self.compare_max.get()).saturating_sub(10);
                Vec::new()
            }
            (Context::PairCompare, Action::PageDown) => {
                self.scroll = self.scroll.saturating_add(10).min(self.compare_max.get());
                Vec::new()
            }

            // The end.
            (Context::PairInitials, Action::NextPart) => {
                let other = match self.focus {
                    Focus::Initials(0) => Focus::Initials(1),
                    _ => Focus::Initials(0),
                };
                self.focus_on(other);
                Vec::new()
            }
            (Context::PairInitials, Action::Save) => self.save(),
            (Context::PairSaved, Action::Up) => {
                self.swap_choice = self.swap_choice.saturating_sub(1);
                Vec::new()
            }
            (Context::PairSaved, Action::Down) => {
                self.swap_choice = (self.swap_choice + 1).min(SWAP_PLANS.len() - 1);
                Vec::new()
            }
            (Context::PairSaved, Action::Choose) => self.swap(),
            (Context::PairSaved, Action::Back) => vec![Effect::Home],
            _ => return None,
        };
        Some(effects)
    }
}

fn step_rating(now: Option<u8>, action: Action) -> u8 {
    match (now, action) {
        (None, _) => 3,
        (Some(r), Action::RateUp) => (r + 1).min(5),
        (Some(r), _) => r.saturating_sub(1).max(1),
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
        let leaving = effects
            .iter()
            .any(|e| matches!(e, Effect::SavePair(_) | Effect::Home | Effect::StartPair(_)));
        // A change of step is written to the draft at once.
        if self.step_key() != before && !leaving && self.saved.is_none() {
            self.draft.behind(self.clock.now());
            if !self.draft.retrying() {
                effects.push(self.draft_effect());
            }
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
        match self.draft_due_at() {
            Some(due) if self.clock.now() >= due => vec![self.draft_effect()],
            _ => Vec::new(),
        }
    }

    fn wait(&self) -> Option<Duration> {
        let now = self.clock.now();
        let to_second =
            Duration::from_millis(1000 - u64::from(self.session.session_elapsed().subsec_millis()));
        Some(match self.draft_due_at() {
            Some(due) => to_second.min(due.saturating_sub(now)),
            None => to_second,
        })
    }

    fn covered(&mut self) {
        // Help stops the clocks, unless they are stopped already.
        if !self.session.is_paused() && !self.session.is_finished() {
            self.session.pause();
            self.paused_for_help = true;
        }
    }

    fn revealed(&mut self) {
        if self.paused_for_help {
            self.session.resume();
            self.paused_for_help = false;
        }
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
        Clear.render(area, buf);
        let theme = ctx.theme;
        // The message under the screen, wrapped rather than cut (a disk error names a folder).
        let (text, style) = if let Some(problem) = self.draft.problem() {
            (
                format!("{problem} Everything stays on screen; psw-coach keeps trying."),
                theme.bad,
            )
        } else if let Some(message) = &self.message {
            (message.clone(), theme.warn)
        } else if let Some(notice) = ctx.notice {
            (notice.text.clone(), widgets::notice_style(notice, theme))
        } else {
            (String::new(), theme.text)
        };
        // No row for a message when there is none: a small window needs every row for the list.
        let status_height = if text.is_empty() {
            0
        } else {
            widgets::wrapped_height(&text, area.width.into()).clamp(1, 5)
        };
        let [body, status, footer] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(status_height),
            Constraint::Length(1),
        ])
        .areas(area);
        let cursor = match self.session.stage() {
            PairStage::Asking => render_asking(self, theme, body, buf),
            PairStage::Feedback => render_feedback(self, theme, body, buf),
            PairStage::HandOver => {
                render_hand_over(self, theme, body, buf);
                None
            }
            PairStage::Compare => {
                render_compare(self, theme, body, buf);
                None
            }
            PairStage::Finished => render_end(self, theme, body, buf),
        };
        Paragraph::new(Line::styled(text, style))
            .wrap(Wrap { trim: true })
            .render(status, buf);
        widgets::footer(self.context(), theme).render(footer, buf);
        if let Some(overlay) = &self.overlay {
            render_overlay(overlay, theme, body, buf);
            return None;
        }
        cursor
    }
}

// ---- drawing ----

fn header(s: &PairScreen, step: &str, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled("Pair practice", theme.title)];
    if let Some(q) = s.session.question() {
        spans.push(Span::styled(
            format!(
                " · Question {} of {} · {} · {}",
                s.session.index() + 1,
                s.session.len(),
                q.kind.label(),
                crate::bank::topic_title(&q.topic)
            ),
            theme.text,
        ));
    }
    if !step.is_empty() {
        spans.push(Span::styled(format!(" · {step}"), theme.text));
    }
    Line::from(spans)
}

fn pace_style(pace: Pace, theme: &Theme) -> Style {
    match pace {
        Pace::OnTime => theme.good,
        Pace::NearlyTime => theme.warn,
        Pace::OverTime => theme.bad,
    }
}

fn tick(on: bool) -> &'static str {
    if on { "[x]" } else { "[ ]" }
}

/// "Heard: [x] 1 Done  [ ] 2 Difference  [x] 3 How they know"
fn parts_line(parts: &[bool; 3], theme: &Theme, keys: bool) -> Line<'static> {
    const SHORT: [&str; 3] = ["Done", "Difference", "How they know"];
    let mut spans = vec![Span::styled("Heard: ", theme.title)];
    for (i, label) in SHORT.iter().enumerate() {
        let style = if parts[i] { theme.good } else { theme.text };
        let key = if keys {
            format!("{} ", i + 1)
        } else {
            String::new()
        };
        spans.push(Span::styled(
            format!("{} {key}{label}  ", tick(parts[i])),
            style,
        ));
    }
    Line::from(spans)
}

fn boxed<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    Block::bordered().title(title).border_style(if focused {
        theme.selected
    } else {
        theme.border
    })
}

/// A text field drawn from the session when it is not the one being typed in.
fn render_text_field(
    s: &PairScreen,
    focus: Focus,
    title: &str,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let focused = s.focus == focus && s.overlay.is_none();
    let mut block = boxed(title, focused, theme);
    // Observations squeezed to three rows keep two lines of notes under their heading.
    if focus == Focus::Observations && area.height <= 3 {
        block = block.borders(ratatui::widgets::Borders::TOP);
    }
    if focused {
        return s.editor.render(Some(block), theme, area, buf);
    }
    let text = s.field_text(focus);
    let para = if text.is_empty() {
        Paragraph::new(Line::styled(PairScreen::placeholder(focus), theme.dim))
    } else {
        Paragraph::new(text)
    };
    // The end of a long text is what was typed last, so that is what shows.
    let inner = block.inner(area);
    let height = widgets::wrapped_height(&s.field_text(focus), inner.width.into());
    let scroll = height.saturating_sub(inner.height);
    para.wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .block(block)
        .render(area, buf);
    None
}

fn render_asking(s: &PairScreen, theme: &Theme, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let item = s.session.current()?;
    let q = &item.question;
    // Below 30 rows the question goes without its box and the observations show one line, so
    // the probes, their "when to use" and every listen-for cue fit at 80x24.
    let small = area.height < 30;
    let read_out = Line::from(vec![
        Span::styled("Read this out: ", theme.title),
        Span::styled(q.ask.clone(), theme.question),
    ]);
    let question_height = if small {
        widgets::lines_height(std::slice::from_ref(&read_out), area.width.into())
            .min(area.height / 3)
            .max(1)
    } else {
        let width = area.width.saturating_sub(2).max(1) as usize;
        (widgets::wrapped_height(&q.ask, width) + 2)
            .min(area.height / 3)
            .max(3)
    };
    let tip_text = match (&q.tip, s.session.tip_shown()) {
        (Some(tip), true) => format!("Tip: {tip}"),
        (Some(_), false) => "Tip hidden: press Ctrl-T if the PSW asks for help.".to_string(),
        (None, _) => "No tip for this question.".to_string(),
    };
    let tip_height = widgets::wrapped_height(&tip_text, area.width.into()).min(3);
    let notes_height = if small { 3 } else { (area.height / 4).max(4) };
    let [head, question, timer, parts, tip, list, notes] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(question_height),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(tip_height),
        Constraint::Fill(1),
        Constraint::Length(notes_height),
    ])
    .areas(area);

    header(s, "", theme).render(head, buf);
    if small {
        Paragraph::new(read_out)
            .wrap(Wrap { trim: true })
            .render(question, buf);
    } else {
        Paragraph::new(q.ask.clone())
            .style(theme.question)
            .wrap(Wrap { trim: true })
            .block(boxed("Read this out", false, theme))
            .render(question, buf);
    }

    let elapsed = s.session.question_elapsed();
    let target = s.session.question_target();
    let pace = Pace::of(elapsed, target);
    let mut timer_spans = vec![
        Span::styled(
            format!("Question {} · ", clock(elapsed.as_secs())),
            theme.text,
        ),
        Span::styled(Pace::describe(elapsed, target), pace_style(pace, theme)),
        Span::styled(
            format!(
                " · Session {}",
                clock(s.session.session_elapsed().as_secs())
            ),
            theme.text,
        ),
    ];
    if s.session.is_paused() {
        timer_spans.push(Span::styled(" · PAUSED", theme.warn));
    }
    Line::from(timer_spans).render(timer, buf);
    parts_line(&item.parts, theme, true).render(parts, buf);
    Paragraph::new(tip_text)
        .style(if s.session.tip_shown() {
            theme.text
        } else {
            theme.dim
        })
        .wrap(Wrap { trim: true })
        .render(tip, buf);

    // The ladder and the cues, one list; the highlighted row is kept in view.
    // The ticking key named from the key map, so the title can never disagree with it.
    let tick_key =
        crate::tui::keymap::label(Context::PairAsking, Action::Toggle).unwrap_or("Space");
    let title = format!("Probes (↑↓ {tick_key}: asked) and what to listen for (heard)");
    let block = boxed(&title, s.focus == Focus::Marks, theme);
    let inner = block.inner(list);
    block.render(list, buf);
    let inner_width = inner.width.max(1) as usize;
    let highlighted = |row: usize| row == s.cursor && s.focus == Focus::Marks;
    // Each entry: its text, its style, and its row in the key handling (None for the heading).
    let mut entries: Vec<Entry> = Vec::new();
    let mut row = 0usize;
    for (i, probe) in item.probes.iter().enumerate() {
        let asked = item.probes_asked.get(i).copied().unwrap_or(false);
        let heard = probe
            .gap
            .and_then(part_for_gap)
            .is_some_and(|part| item.parts[part]);
        // "heard already" goes before the probe, where a line cut short still shows it.
        let mut text = format!(
            "{} {}{}: {}",
            tick(asked),
            probe.rung.label(),
            if heard { " (heard already)" } else { "" },
            probe.ask
        );
        if probe.rung == Rung::Deeper
            && let Some(condition) = probe.condition()
        {
            text.push_str(&format!(" ({condition})"));
        }
        let style = if highlighted(row) {
            theme.selected
        } else if asked {
            theme.good
        } else if heard {
            // Not needed now: drawn quietly so the probes still worth asking stand out.
            theme.dim
        } else {
            theme.text
        };
        entries.push((text, style, Some(row)));
        row += 1;
    }
    if !q.listen_for.is_empty() {
        entries.push((
            format!(
                "Listen for ({} of {} heard):",
                item.cues_heard(),
                q.listen_for.len()
            ),
            theme.title,
            None,
        ));
    }
    for (i, cue) in q.listen_for.iter().enumerate() {
        let heard = item.cues_ticked.get(i).copied().unwrap_or(false);
        let style = if highlighted(row) {
            theme.selected
        } else if heard {
            theme.good
        } else {
            theme.text
        };
        entries.push((format!("{} {cue}", tick(heard)), style, Some(row)));
        row += 1;
    }
    // When every entry fits on a line of its own, the list is one; otherwise what to listen for
    // is pinned at the foot, always in view, and the probes scroll above it.
    let height = usize::from(inner.height);
    let cues = entries.split_off(item.probes.len().min(entries.len()));
    if entries.len() + cues.len() <= height {
        entries.extend(cues);
        render_entries(entries, s.cursor, inner, theme.dim, buf);
    } else {
        let wrap = |text: &str| widgets::wrap_hanging(text, inner_width, "    ");
        let highlighted_extra = cues
            .iter()
            .find(|(.., row)| *row == Some(s.cursor))
            .map_or(0, |(text, ..)| wrap(text).len().saturating_sub(1));
        let cue_height =
            (cues.len() + highlighted_extra).min(height.saturating_sub(entries.len().min(3)));
        let [probes_area, cues_area] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(u16::try_from(cue_height).unwrap_or(u16::MAX)),
        ])
        .areas(inner);
        render_entries(entries, s.cursor, probes_area, theme.dim, buf);
        render_entries(cues, s.cursor, cues_area, theme.dim, buf);
    }

    render_text_field(
        s,
        Focus::Observations,
        "Observations (Tab to type, Tab again to tick)",
        theme,
        notes,
        buf,
    )
}

/// One row of the probe and cue list: its text, its style, and its row in the key handling
/// (`None` for the cues' heading).
type Entry = (String, Style, Option<usize>);

/// `entries` in `area`: each one line to start with, so a small window still shows them all at a
/// glance; then whole (the highlighted one first, then from the top) while the rows left allow,
/// so a follow-up's "when to use it" is cut only when there is truly no room. The highlighted
/// entry is kept in view.
fn render_entries(
    entries: Vec<Entry>,
    cursor: usize,
    area: Rect,
    hint_style: Style,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width).max(1);
    let wrap = |text: &str| widgets::wrap_hanging(text, width, "    ");
    let mut spare = usize::from(area.height).saturating_sub(entries.len());
    let mut whole = vec![false; entries.len()];
    let cursor_entry = entries.iter().position(|(.., row)| *row == Some(cursor));
    for i in cursor_entry.into_iter().chain(0..entries.len()) {
        let extra = wrap(&entries[i].0).len().saturating_sub(1);
        if !whole[i] && (extra <= spare || Some(i) == cursor_entry) {
            whole[i] = true;
            spare = spare.saturating_sub(extra);
        }
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_top = 0u16;
    let mut cursor_bottom = 0u16;
    for ((text, style, entry_row), whole) in entries.into_iter().zip(whole) {
        let rows = if whole {
            wrap(&text)
        } else {
            vec![widgets::cut_line(&text, width)]
        };
        if entry_row == Some(cursor) {
            cursor_top = u16::try_from(lines.len()).unwrap_or(u16::MAX);
            cursor_bottom = cursor_top.saturating_add(u16::try_from(rows.len()).unwrap_or(1));
        }
        lines.extend(rows.into_iter().map(|r| Line::styled(r, style)));
    }
    // When they do not all fit, the last row says how many more there are and how to reach them.
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let overflows = total > area.height && area.height > 1;
    let [shown, more] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(u16::from(overflows)),
    ])
    .areas(area);
    let scroll = cursor_bottom.saturating_sub(shown.height).min(cursor_top);
    Paragraph::new(lines).scroll((scroll, 0)).render(shown, buf);
    if overflows {
        let below = total.saturating_sub(scroll.saturating_add(shown.height));
        let hint = if below > 0 {
            format!(
                "↓ {below} more line{} below (↓ to reach)",
                if below == 1 { "" } else { "s" }
            )
        } else {
            format!("↑ {scroll} more above (↑ to reach)")
        };
        Line::styled(hint, hint_style).render(more, buf);
    }
}

fn rating_line(label: &str, rating: Option<u8>, focused: bool, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{label} "), theme.title)];
    for n in 1..=5u8 {
        let style = if rating == Some(n) {
            theme.selected
        } else {
            theme.dim
        };
        spans.push(Span::styled(format!(" {n} "), style));
    }
    spans.push(Span::styled(
        match rating {
            Some(r) => format!("  {r} of 5"),
            None => "  not yet: press 1 (weak) to 5 (strong)".to_string(),
        },
        if focused { theme.key } else { theme.text },
    ));
    Line::from(spans)
}

fn render_feedback(
    s: &PairScreen,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let item = s.session.current()?;
    let width = area.width.max(1) as usize;
    let ask_height = widgets::wrapped_height(&item.question.ask, width).min(3);
    let box_height = if area.height >= 30 { 5 } else { 3 };
    let [
        head,
        ask,
        timer,
        parts,
        marks,
        rating,
        keep,
        stop,
        start,
        notes,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(ask_height),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(box_height),
        Constraint::Length(box_height),
        Constraint::Length(box_height),
        Constraint::Fill(1),
    ])
    .areas(area);
    header(s, "Your feedback", theme).render(head, buf);
    Paragraph::new(item.question.ask.clone())
        .style(theme.dim)
        .wrap(Wrap { trim: true })
        .render(ask, buf);
    let elapsed = s.session.question_elapsed();
    let target = s.session.question_target();
    Line::from(vec![
        Span::styled(
            format!("Answer took {} · ", clock(elapsed.as_secs())),
            theme.text,
        ),
        Span::styled(
            Pace::describe(elapsed, target),
            pace_style(Pace::of(elapsed, target), theme),
        ),
    ])
    .render(timer, buf);
    parts_line(&item.parts, theme, false).render(parts, buf);
    Line::styled(
        format!(
            "Cues heard {} of {} · follow-ups asked {} · Shift-Tab goes back to listening",
            item.cues_heard(),
            item.cues_ticked.len(),
            item.probes_asked_count()
        ),
        theme.dim,
    )
    .render(marks, buf);
    rating_line(
        "Your rating:",
        item.interviewer_rating,
        s.focus == Focus::Rating,
        theme,
    )
    .render(rating, buf);
    let mut cursor = None;
    for (which, area) in [
        (Feedback::Keep, keep),
        (Feedback::Stop, stop),
        (Feedback::Start, start),
    ] {
        let title = format!("{}: {}", which.label(), which.hint());
        if let Some(at) = render_text_field(s, Focus::Text(which), &title, theme, area, buf) {
            cursor = Some(at);
        }
    }
    if notes.height >= 3 && !item.observations.trim().is_empty() {
        render_text_field(
            s,
            Focus::Observations,
            "Your observations",
            theme,
            notes,
            buf,
        );
    }
    cursor
}

fn render_hand_over(s: &PairScreen, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(item) = s.session.current() else {
        return;
    };
    let mut lines = vec![
        header(s, "Hand-over", theme),
        Line::raw(""),
        Line::styled("Please hand the keyboard to the PSW.", theme.title),
        Line::raw(""),
        Line::styled(
            "The interviewer's rating is saved and hidden until you have given yours.",
            theme.text,
        ),
        Line::raw(""),
        Line::styled("How well do you think that answer went?", theme.question),
        Line::styled(item.question.ask.clone(), theme.dim),
        Line::raw(""),
        rating_line("Your own rating:", item.psw_rating, true, theme),
        Line::raw(""),
        Line::styled(
            "Press 1 (weak) to 5 (strong), then Enter to see both ratings side by side.",
            theme.text,
        ),
    ];
    if area.height < 16 {
        lines.retain(|l| !l.spans.is_empty() || l.width() > 0);
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// Both ratings side by side with everything the interviewer marked, for a window `width`
/// columns wide. What the PSW takes away (Keep / Stop / Start and the observations) comes first,
/// so it is on screen without scrolling in a small window.
pub fn comparison_lines(s: &PairScreen, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let Some(item) = s.session.current() else {
        return Vec::new();
    };
    let q = &item.question;
    let rating = |r: Option<u8>| r.map_or("not given".to_string(), |r| format!("{r} of 5"));
    let mut lines = vec![
        header(s, "Both ratings", theme),
        Line::styled(q.ask.clone(), theme.dim),
        Line::raw(""),
        Line::from(vec![
            Span::styled(format!("{:<22}", "Interviewer's rating"), theme.title),
            Span::styled(
                format!("{:<14}", rating(item.interviewer_rating)),
                theme.key,
            ),
            Span::styled(format!("{:<18}", "PSW's own rating"), theme.title),
            Span::styled(rating(item.psw_rating), theme.key),
        ]),
    ];
    let verdict = match (item.interviewer_rating, item.psw_rating) {
        (Some(a), Some(b)) if a == b => format!("You agree: both {a} of 5."),
        (Some(a), Some(b)) if b > a => format!(
            "The PSW rated themselves {} higher than the interviewer did: talk about what the \
             interviewer did not hear.",
            b - a
        ),
        (Some(a), Some(b)) => format!(
            "The PSW rated themselves {} lower than the interviewer did: talk about what went \
             better than it felt.",
            a - b
        ),
        _ => String::new(),
    };
    lines.push(Line::styled(verdict, theme.text));
    let elapsed = s.session.question_time(s.session.index());
    let target = s.session.question_target();
    lines.push(Line::from(vec![
        Span::styled(
            format!("Answer took {} · ", clock(elapsed.as_secs())),
            theme.text,
        ),
        Span::styled(
            Pace::describe(elapsed, target),
            pace_style(Pace::of(elapsed, target), theme),
        ),
    ]));
    lines.push(parts_line(&item.parts, theme, false));
    // Keep / Stop / Start first: it is what the PSW takes away.
    for (which, text) in [
        (Feedback::Keep, item.keep.as_str()),
        (Feedback::Stop, item.stop.as_str()),
        (Feedback::Start, item.start.as_str()),
    ] {
        if text.trim().is_empty() {
            continue;
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{:<6}", which.label()), theme.title),
            Span::styled(text.to_string(), theme.text),
        ]));
    }
    let indented = |lines: &mut Vec<Line<'static>>, text: &str, hang: &str, style: Style| {
        for row in widgets::wrap_hanging(text, width, hang) {
            lines.push(Line::styled(row, style));
        }
    };
    if !item.observations.trim().is_empty() {
        lines.push(Line::styled("Observations", theme.title));
        for l in item.observations.lines() {
            indented(&mut lines, &format!("  {l}"), "  ", theme.text);
        }
    }
    if !q.listen_for.is_empty() {
        lines.push(Line::styled(
            format!(
                "What assessors listen for: {} of {} heard",
                item.cues_heard(),
                q.listen_for.len()
            ),
            theme.title,
        ));
        for (i, cue) in q.listen_for.iter().enumerate() {
            let heard = item.cues_ticked.get(i).copied().unwrap_or(false);
            indented(
                &mut lines,
                &format!("  {} {cue}", tick(heard)),
                "      ",
                if heard { theme.good } else { theme.text },
            );
        }
    }
    let asked: Vec<&str> = item
        .probes
        .iter()
        .zip(&item.probes_asked)
        .filter(|(_, a)| **a)
        .map(|(p, _)| p.ask.as_str())
        .collect();
    if asked.is_empty() {
        lines.push(Line::styled("Follow-ups asked: none", theme.title));
    } else {
        lines.push(Line::styled("Follow-ups asked", theme.title));
        for ask in asked {
            indented(&mut lines, &format!("  {ask}"), "  ", theme.text);
        }
    }
    lines
}

fn render_compare(s: &PairScreen, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lines = comparison_lines(s, theme, area.width.into());
    let height = widgets::lines_height(&lines, area.width.into());
    // When it does not all fit, the last row says there is more and how to reach it.
    let overflows = height > area.height && area.height > 2;
    let [text, more] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(u16::from(overflows))])
            .areas(area);
    let max = height.saturating_sub(text.height);
    s.compare_max.set(max);
    let scroll = s.scroll.min(max);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .render(text, buf);
    if overflows {
        let hint = if scroll < max {
            "↓ more below: ↑↓ or PgUp/PgDn scroll"
        } else {
            "↑ more above: ↑↓ or PgUp/PgDn scroll"
        };
        Line::styled(hint, theme.dim).render(more, buf);
    }
}

fn render_end(s: &PairScreen, theme: &Theme, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let reached: Vec<_> = s.session.reached().collect();
    let mut lines = vec![
        Line::styled(
            format!(
                "Pair practice complete · {} question{} · {} in all",
                reached.len(),
                if reached.len() == 1 { "" } else { "s" },
                clock(s.session.session_elapsed().as_secs())
            ),
            theme.title,
        ),
        Line::raw(""),
    ];
    let rating = |r: Option<u8>| r.map_or("-".to_string(), |r| r.to_string());
    // The ratings and ticks take 38 columns; the question gets what is left.
    let room = usize::from(area.width).saturating_sub(44).max(10);
    for (i, item) in &reached {
        let ask = widgets::cut_line(&item.question.ask, room);
        lines.push(Line::styled(
            format!(
                "{:>2}. {ask:<room$} interviewer {} · own {} · heard {}/3",
                i + 1,
                rating(item.interviewer_rating),
                rating(item.psw_rating),
                item.parts_heard()
            ),
            theme.text,
        ));
    }
    lines.push(Line::raw(""));
    if let Some(path) = &s.saved {
        lines.push(Line::styled(
            format!("Saved as {}", path.display()),
            theme.good,
        ));
        // By its number, which fits on one line; by name when the notes could not be listed.
        let name = match s.saved_number {
            Some(n) => n.to_string(),
            None => path
                .file_stem()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default(),
        };
        lines.push(Line::styled(
            format!("To send it: psw-coach notes export {name} --out feedback.md"),
            theme.dim,
        ));
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            "Swap roles and go again: whoever answered now asks the questions.",
            theme.title,
        ));
        // The choice is marked with ">" as on home, not by colour alone, and the cursor sits on
        // it for screen magnifiers.
        let above = widgets::lines_height(&lines, area.width.into());
        for (i, (_, label)) in SWAP_PLANS.iter().enumerate() {
            let (mark, style) = if i == s.swap_choice {
                (">", theme.selected)
            } else {
                (" ", theme.text)
            };
            lines.push(Line::styled(format!("{mark} {label}  "), style));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
        let row = above.saturating_add(u16::try_from(s.swap_choice).unwrap_or(0));
        return (row < area.height).then(|| Position::new(area.x, area.y + row));
    }
    lines.push(Line::styled(
        "Initials, if you would like them in the note (both optional):",
        theme.title,
    ));
    let text_height = widgets::lines_height(&lines, area.width.into());
    let [top, boxes, rest] = Layout::vertical([
        Constraint::Length(text_height.min(area.height.saturating_sub(3))),
        Constraint::Length(3),
        Constraint::Fill(1),
    ])
    .areas(area);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(top, buf);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(boxes);
    let a = render_text_field(s, Focus::Initials(0), "Interviewer", theme, left, buf);
    let b = render_text_field(s, Focus::Initials(1), "PSW", theme, right, buf);
    Paragraph::new(Line::styled(
        "Enter saves the session as a note. Tab moves between the boxes.",
        theme.dim,
    ))
    .render(rest, buf);
    a.or(b)
}

fn render_overlay(overlay: &Overlay, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (title, lines): (&str, Vec<String>) = match overlay {
        Overlay::Menu => {
            // The menu's own keys, from the key map: the same as a rehearsal's pause menu.
            let mut lines = vec!["The clocks are stopped.".to_string(), String::new()];
            lines.extend(
                crate::tui::keymap::bindings(Context::PairMenu)
                    .iter()
                    .filter(|b| b.footer && b.action != Action::Help)
                    .map(|b| format!("{}  {}", b.key_label, b.help)),
            );
            ("Paused", lines)
        }
        Overlay::ConfirmDiscard => (
            "Discard?",
            vec![
                "Throw this pair session away? Nothing will be saved.".into(),
                String::new(),
                "y  yes, discard      n  no, keep it".into(),
            ],
        ),
        Overlay::SaveFailed(problem) => (
            "Could not save",
            vec![
                problem.to_string(),
                String::new(),
                "Everything stays on screen. Fix the cause, then Ctrl-S tries again.".into(),
            ],
        ),
    };
    let width = area.width.saturating_sub(4).min(64);
    let text: Vec<Line> = lines.into_iter().map(Line::raw).collect();
    let height = widgets::lines_height(&text, width.saturating_sub(2).into()) + 2;
    let panel = widgets::centred(area, width, height);
    Clear.render(panel, buf);
    Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title(title).border_style(theme.title))
        .render(panel, buf);
}
