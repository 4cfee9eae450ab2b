//! The rehearsal screen: the question, which part you are on, the timers, and the answer box.
//!
//! The editor holds the text of the current part; every change is pushed into the core session,
//! which is written to a draft at most about two seconds after the last key and on every change
//! of part, so a crash or a kill loses nothing. All timing (the draft's, the clocks on screen)
//! comes from the injected clock, so tests move time by hand.

use crate::drill::{Clock, RehearseOptions, Session, Stage};
use crate::insight::{self, Lexicon, Report};
use crate::notes::{AnswerStyle, StoreError};
use crate::tui::checklist::{Change, Checklist};
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::component::{Effect, Notice, Outcome};
use crate::tui::draft::DraftSchedule;
use crate::tui::keymap::{Action, Context};
use crate::tui::text_box::{Lines, TextBox};
use crate::tui::theme::Theme;
use crate::tui::widgets::{self, clock, key_line, wrapped_height};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Gauge, Paragraph, Widget, Wrap};
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
    /// The clocks were stopped because help covered the screen.
    paused_for_help: bool,
    /// "What assessors listen for" on the rating step; the ticks themselves are the session's.
    checklist: Checklist,
    /// A word about how this rehearsal started (resumed from a draft), shown under the answer
    /// until the PSW moves on to another part.
    opening: Option<Notice>,
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
            paused_for_help: false,
            opening: None,
        };
        screen.sync_editor();
        screen
    }

    /// Shows `notice` under the answer until the PSW moves on to another part.
    pub fn with_opening(mut self, notice: Notice) -> RehearseScreen {
        self.opening = Some(notice);
        self
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

    fn placeholder(&self) -> &'static str {
        match (self.session.stage(), self.session.style()) {
            (Stage::Rating, _) => "Optional: what you would change next time",
            (Stage::FollowUp, AnswerStyle::Spoken) => {
                "Answer the follow-up aloud and jot key points here; Ctrl-N skips it"
            }
            (Stage::FollowUp, AnswerStyle::Written) => "Answer the follow-up, or Ctrl-N to skip it",
            (_, AnswerStyle::Spoken) => "Say your answer aloud; jot the key points here",
            (_, AnswerStyle::Written) => "Start typing your answer",
        }
    }

    /// The current question's answers, joined, with what the insight module finds in them.
    pub fn analyse_current(&self) -> (String, Report) {
        let note = self.session.to_note();
        let target = self.session.question().map(|q| q.target_seconds);
        let Some(q) = note.questions.get(self.session.index()) else {
            return insight::analyse_parts(&self.lexicon, &[], target);
        };
        match self.session.style() {
            // Spoken practice leaves only jotted key points, which are not judged for length.
            AnswerStyle::Spoken => insight::analyse_key_points(&self.lexicon, &q.parts(), target),
            AnswerStyle::Written => insight::analyse_parts(&self.lexicon, &q.parts(), target),
        }
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

    /// Steps back to the part holding the first possible identifying detail, so it can be edited.
    fn go_to_first_detail(&mut self) {
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
    fn focus_reflection_for_typing(&mut self) {
        if self.session.stage() == Stage::Rating && self.focus != Focus::Reflection {
            self.focus = Focus::Reflection;
        }
    }

    fn next_part(&mut self) -> Vec<Effect> {
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
            _ => self.session.next(),
        }
        self.sync_editor();
        Vec::new()
    }

    /// Shows possible identifiable details once per question before they are kept; never blocks.
    fn check_then(&mut self, then: AfterWarning) -> Vec<Effect> {
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

    fn go_on(&mut self, then: AfterWarning) -> Vec<Effect> {
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
    fn save(&mut self) -> Vec<Effect> {
        self.flush_text();
        vec![Effect::SaveNote {
            note: Box::new(self.session.to_note()),
            summary: Box::new(self.session.summary()),
            again: self.again.clone(),
        }]
    }

    fn discard(&mut self) -> Vec<Effect> {
        vec![
            Effect::RemoveDraft(self.session.session_id().to_string()),
            Effect::Notify(Notice::info(
                "Rehearsal discarded. Notes you saved before are untouched.",
            )),
            Effect::Farewell("Rehearsal discarded.".into()),
            Effect::Home,
        ]
    }

    fn act(&mut self, action: Action) -> Option<Vec<Effect>> {
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
                if let Some(Change::Toggle(at)) = self.checklist.on_action(action, len) {
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
        let before = self.step_key();
        let mut effects = self.act(action)?;
        // A change of part is always written to the draft at once.
        let saving = effects
            .iter()
            .any(|e| matches!(e, Effect::SaveNote { .. } | Effect::Home));
        if self.step_key() != before {
            self.opening = None;
        }
        if self.step_key() != before && !saving {
            self.draft.behind(self.clock.now());
            if !self.draft.retrying() {
                effects.push(self.draft_effect());
            }
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
        self.flush_text();
        if self.draft_due(self.clock.now()) {
            vec![self.draft_effect()]
        } else {
            Vec::new()
        }
    }

    fn wait(&self) -> Option<Duration> {
        let now = self.clock.now();
        let to_second =
            Duration::from_millis(1000 - u64::from(self.session.stage_elapsed().subsec_millis()));
        Some(match self.draft_due_at() {
            Some(due) => to_second.min(due.saturating_sub(now)),
            None => to_second,
        })
    }

    fn covered(&mut self) {
        // Help stops the clocks, like a pause, unless the rehearsal is already paused.
        if !self.session.is_paused() {
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
        render(self, ctx, area, buf)
    }
}

/// The line under the answer: a draft that could not be written, else the app's latest message.
fn status_text(r: &RehearseScreen, ctx: &Ctx) -> Option<(String, ratatui::style::Style)> {
    if let (true, Some(problem)) = (r.session.is_finished(), &r.save_problem) {
        return Some((
            format!("{problem} Press Ctrl-S to try again."),
            ctx.theme.bad,
        ));
    }
    if let Some(problem) = r.draft.problem() {
        return Some((
            format!(
                "{problem} Your answer is still on screen and psw-coach keeps trying; Ctrl-S \
                 saves it as a note once the disk is fixed."
            ),
            ctx.theme.bad,
        ));
    }
    r.opening
        .as_ref()
        .or(ctx.notice)
        .map(|n| (n.text.clone(), widgets::notice_style(n, ctx.theme)))
}

fn render(r: &RehearseScreen, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = ctx.theme;
    let session = &r.session;
    let Some(question) = session.question() else {
        render_finished(r, ctx, area, buf);
        return None;
    };
    let wide = area.width >= 60;
    let inner_width = usize::from(area.width.max(1));
    let question_height = (wrapped_height(&question.ask, inner_width) + 2).min(6);
    let rating = session.stage() == Stage::Rating;
    // The tip is for answering; on the rating step its rows go to the coaching.
    let tip_height = match &question.tip {
        Some(tip) if wide && area.height >= 20 && !rating => {
            wrapped_height(&format!("Tip: {tip}"), inner_width).min(2)
        }
        _ => 0,
    };
    let part_title = part_title(r);
    // On the rating step the short heading and the timer share a row when they fit, for the
    // coaching's sake.
    let part_height = if rating
        && part_title.chars().count() + 3 + timer_span(r, wide).content.chars().count()
            <= inner_width
    {
        1
    } else {
        wrapped_height(&part_title, inner_width).min(3) + 1
    };
    let status = status_text(r, ctx);
    // Up to five lines: a disk problem names the path, the cause and what to do, and the
    // instruction at its end must not be cut at 80 columns.
    let status_height = status
        .as_ref()
        .map_or(0, |(text, _)| wrapped_height(text, inner_width).min(5));
    let [
        top,
        question_area,
        tip_area,
        part_area,
        editor_area,
        gauge_area,
        status_area,
        footer,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(question_height),
        Constraint::Length(tip_height),
        Constraint::Length(part_height),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(status_height),
        Constraint::Length(1),
    ])
    .areas(area);

    let mut heading = vec![Span::styled(
        format!("Question {} of {}", session.index() + 1, session.len()),
        theme.title,
    )];
    if wide {
        heading.push(Span::styled(
            format!(
                " · {} · {}",
                question.kind.label(),
                crate::bank::topic_title(&question.topic)
            ),
            theme.dim,
        ));
    }
    heading.push(Span::styled(
        format!("   Session {}", clock(session.session_elapsed().as_secs())),
        theme.text,
    ));
    if session.is_paused() {
        heading.push(Span::styled("  PAUSED", theme.warn));
    }
    Line::from(heading).render(top, buf);

    Paragraph::new(question.ask.as_str())
        .style(theme.question)
        .wrap(Wrap { trim: true })
        .block(
            Block::new()
                .borders(Borders::TOP | Borders::BOTTOM)
                .border_style(theme.border),
        )
        .render(question_area, buf);
    if let Some(tip) = &question.tip {
        Paragraph::new(Line::from(vec![
            Span::styled("Tip: ", theme.key),
            Span::styled(tip.as_str(), theme.dim),
        ]))
        .wrap(Wrap { trim: true })
        .render(tip_area, buf);
    }

    render_part_line(r, theme, wide, part_title, part_area, buf);

    let cursor = if session.stage() == Stage::Rating {
        render_rating(r, theme, editor_area, buf)
    } else {
        let title = match session.style() {
            AnswerStyle::Spoken => " Key points ",
            AnswerStyle::Written => " Your answer ",
        };
        let box_area = render_earlier(r, theme, editor_area, buf);
        let block = Block::bordered().title(title).border_style(theme.border);
        r.editor.render(Some(block), theme, box_area, buf)
    };

    // The words beside the bar, not on it, where the fill would run through them.
    let answered = format!("{} of {} answered ", session.answered(), session.len());
    let [label_area, bar_area] = Layout::horizontal([
        Constraint::Length(answered.len() as u16),
        Constraint::Min(0),
    ])
    .areas(gauge_area);
    Line::styled(answered, theme.text).render(label_area, buf);
    Gauge::default()
        .ratio(session.progress().clamp(0.0, 1.0))
        .label("")
        .gauge_style(theme.good)
        .render(bar_area, buf);
    if let Some((text, style)) = status {
        Paragraph::new(text)
            .style(style)
            .wrap(Wrap { trim: true })
            .render(status_area, buf);
    }
    widgets::footer(r.context(), theme).render(footer, buf);

    match &r.overlay {
        Some(overlay) => {
            render_overlay(overlay, theme, area, buf);
            None
        }
        None => cursor,
    }
}

/// Every question done but the note not saved (the save failed): the answers stay on screen.
fn render_finished(r: &RehearseScreen, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    let status = status_text(r, ctx);
    let width = usize::from(area.width.max(1));
    let status_height = status
        .as_ref()
        .map_or(0, |(text, _)| wrapped_height(text, width).min(4));
    let [title, body, status_area, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(status_height),
        Constraint::Length(1),
    ])
    .areas(area);
    Line::styled(
        "Every question is done, but the note is not saved yet",
        theme.title,
    )
    .render(title, buf);
    let text = crate::notes::transcript::transcript(&r.session.to_note());
    let lines: Vec<Line> = text.lines().map(|l| Line::from(l.to_string())).collect();
    let content = widgets::lines_height(&lines, usize::from(body.width.saturating_sub(2)));
    let max_scroll = content.saturating_sub(body.height.saturating_sub(2));
    r.panel_drawn.set(crate::tui::insight_panel::Drawn {
        max_scroll,
        page: body.height.saturating_sub(2).max(1),
    });
    let scroll = r.panel_scroll.min(max_scroll);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .block(
            Block::bordered()
                .title(" Your answers ")
                .border_style(theme.border),
        )
        .render(body, buf);
    if let Some((text, style)) = status {
        Paragraph::new(text)
            .style(style)
            .wrap(Wrap { trim: true })
            .render(status_area, buf);
    }
    widgets::footer(r.context(), theme).render(footer, buf);
    if let Some(overlay) = &r.overlay {
        render_overlay(overlay, theme, area, buf);
    }
}

/// The earlier parts of this answer, dimmed, above the box; returns the room left for the box.
fn render_earlier(r: &RehearseScreen, theme: &Theme, area: Rect, buf: &mut Buffer) -> Rect {
    if r.earlier.is_empty() || area.height < 10 {
        return area;
    }
    let width = usize::from(area.width.max(1));
    let [label, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    if !r.show_earlier {
        Line::styled(
            format!(
                "Earlier parts hidden ({}) · Ctrl-E shows them",
                r.earlier.len()
            ),
            theme.dim,
        )
        .render(label, buf);
        return rest;
    }
    let mut lines: Vec<Line> = Vec::new();
    for part in &r.earlier {
        lines.push(Line::styled(
            part.title.clone(),
            theme.dim.add_modifier(Modifier::BOLD),
        ));
        for line in part.text.split('\n') {
            lines.push(Line::styled(line.to_string(), theme.dim));
        }
    }
    let wanted = widgets::lines_height(&lines, width);
    let room = (area.height / 3).max(2);
    let height = wanted.min(room);
    let [earlier, rest] =
        Layout::vertical([Constraint::Length(height + 1), Constraint::Min(0)]).areas(area);
    let [label, text] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(earlier);
    Line::styled("Earlier parts (Ctrl-E hides them)", theme.dim).render(label, buf);
    // The end of the last part is what the PSW is continuing from, so that stays in view.
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .scroll((wanted.saturating_sub(height), 0))
        .render(text, buf);
    rest
}

fn part_title(r: &RehearseScreen) -> String {
    let session = &r.session;
    match (session.stage(), session.prompt_position()) {
        (Stage::Prompt(_), Some((n, of))) => format!("Part {n} of {of}: {}", session.stage_title()),
        // A second follow-up is numbered, so the PSW knows the assessor is pressing further.
        (Stage::FollowUp, _) => match session.follow_up_position() {
            Some((n, _)) if n > 1 => format!("Follow-up {n}: {}", session.stage_title()),
            _ => format!("Follow-up: {}", session.stage_title()),
        },
        _ => session.stage_title(),
    }
}

/// The question's timer against its target, in words as well as colour.
fn timer_span(r: &RehearseScreen, wide: bool) -> Span<'static> {
    let session = &r.session;
    let theme = &r.theme;
    let question_secs = session.question_elapsed().as_secs();
    let target = session.question_target().as_secs();
    let over = question_secs.saturating_sub(target);
    match (session.is_over_target(), wide) {
        (true, true) => Span::styled(
            format!(
                "Question {} — over the {} target by {}",
                clock(question_secs),
                clock(target),
                clock(over)
            ),
            theme.bad,
        ),
        (true, false) => Span::styled(
            format!("{} OVER target by {}", clock(question_secs), clock(over)),
            theme.bad,
        ),
        (false, true) => Span::styled(
            format!(
                "Question {} of {} target",
                clock(question_secs),
                clock(target)
            ),
            theme.good,
        ),
        (false, false) => Span::styled(
            format!("{} of {} target", clock(question_secs), clock(target)),
            theme.good,
        ),
    }
}

/// Which part (wrapped, as the question is), and the two timers, in words as well as colour.
fn render_part_line(
    r: &RehearseScreen,
    theme: &Theme,
    wide: bool,
    part: String,
    area: Rect,
    buf: &mut Buffer,
) {
    let session = &r.session;
    let timer = timer_span(r, wide);
    let this_part = match (session.stage(), wide) {
        (Stage::Prompt(_) | Stage::FollowUp, true) => {
            format!("This part {}   ", clock(session.stage_elapsed().as_secs()))
        }
        (Stage::Prompt(_) | Stage::FollowUp, false) => {
            format!("Part {} · ", clock(session.stage_elapsed().as_secs()))
        }
        _ => String::new(),
    };
    if area.height == 1 {
        Line::from(vec![
            Span::styled(part, theme.title),
            Span::raw("   "),
            Span::styled(this_part, theme.text),
            timer,
        ])
        .render(area, buf);
        return;
    }
    let [title_area, timer_area] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    Paragraph::new(Line::styled(part, theme.title))
        .wrap(Wrap { trim: true })
        .render(title_area, buf);
    Line::from(vec![Span::styled(this_part, theme.text), timer]).render(timer_area, buf);
}

fn render_rating(
    r: &RehearseScreen,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    if area.height < 8 {
        return render_rating_compact(r, theme, area, buf);
    }
    let cues = r.session.cues();
    // The coaching comes first: the findings lines and the whole of the first piece of advice
    // are shown without a key press. The checklist takes one line a cue (every cue in full while
    // it has the keys) from what is left, keeping at least one cue in view; the coaching panel
    // takes any rows the checklist does not need.
    let below = area.height.saturating_sub(3);
    let coaching = r.insight.as_ref().map_or(3, |(_, report)| {
        crate::tui::insight_panel::wanted_height(report, theme, area.width).max(3)
    });
    let checklist_height = if cues.is_empty() || below < 6 {
        0
    } else {
        let full = Checklist::height(&cues, area.width);
        let one_line_each = u16::try_from(cues.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let wanted = if r.focus == Focus::Cues {
            full.min(r.checklist.focused_height(&cues, area.width))
        } else {
            full.min(one_line_each)
        };
        wanted.min(below.saturating_sub(coaching).max(3))
    };
    let [panel, checklist_area, rating] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(checklist_height),
        Constraint::Length(3),
    ])
    .areas(area);
    if let Some((text, report)) = &r.insight {
        let drawn =
            crate::tui::insight_panel::render(text, report, theme, r.panel_scroll, panel, buf);
        r.panel_drawn.set(drawn);
    }
    let checklist_cursor =
        r.checklist
            .render(&cues, r.focus == Focus::Cues, theme, checklist_area, buf);
    let stars: Vec<Span> = (1..=5u8)
        .map(|n| {
            if r.session.rating() == Some(n) {
                Span::styled(format!("[{n}]"), theme.selected)
            } else {
                Span::styled(format!(" {n} "), theme.text)
            }
        })
        .collect();
    let [stars_area, reflection_area] =
        Layout::horizontal([Constraint::Length(30), Constraint::Min(10)]).areas(rating);
    let focused = |f: Focus| {
        if r.focus == f {
            theme.title
        } else {
            theme.border
        }
    };
    let mut line = vec![Span::styled("Rating ", theme.text)];
    line.extend(stars);
    Paragraph::new(Line::from(line))
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .title(" 1 weak · 5 strong ")
                .border_style(focused(Focus::Stars)),
        )
        .render(stars_area, buf);
    let cursor = r.editor.render(
        Some(
            Block::bordered()
                .title(" Reflection ")
                .border_style(focused(Focus::Reflection)),
        ),
        theme,
        reflection_area,
        buf,
    );
    match r.focus {
        Focus::Cues => checklist_cursor,
        Focus::Reflection => cursor,
        Focus::Stars => Some(Position::new(stars_area.x + 1, stars_area.y + 1)),
    }
}

/// A short window: the three ticks, the highlighted listen-for point, the rating and the
/// reflection, one line each.
fn render_rating_compact(
    r: &RehearseScreen,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let cues = r.session.cues();
    // With only three rows, the cue line takes the ticks' place while the checklist has the keys.
    let show_cue = !cues.is_empty() && (area.height >= 4 || r.focus == Focus::Cues);
    let cue_height = u16::from(show_cue);
    let ticks_height = u16::from(area.height >= 4 || !show_cue);
    let [ticks, cue_line, stars, reflection] = Layout::vertical([
        Constraint::Length(ticks_height),
        Constraint::Length(cue_height),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    if cue_height > 0 {
        let at = r.checklist.selected().min(cues.len() - 1);
        let (cue, ticked) = cues[at];
        let covered = cues.iter().filter(|(_, t)| *t).count();
        let text = format!(
            "{covered}/{} {} {}. {cue}",
            cues.len(),
            if ticked { "[x]" } else { "[ ]" },
            at + 1
        );
        let width = usize::from(cue_line.width);
        let text = if text.chars().count() > width {
            text.chars()
                .take(width.saturating_sub(1))
                .collect::<String>()
                + "…"
        } else {
            text
        };
        let style = if r.focus == Focus::Cues {
            theme.selected
        } else {
            theme.text
        };
        Line::styled(text, style).render(cue_line, buf);
    }
    if let (Some((_, report)), true) = (&r.insight, ticks_height > 0) {
        let mark = |yes: bool| if yes { "✓" } else { "✗" };
        Line::styled(
            format!(
                "{} done {} difference {} how you know",
                mark(report.covers.done),
                mark(report.covers.difference),
                mark(report.covers.evidence)
            ),
            theme.text,
        )
        .render(ticks, buf);
    }
    let rating = r
        .session
        .rating()
        .map(|n| format!("Rating {n} of 5"))
        .unwrap_or_else(|| "Rate it 1 (weak) to 5".to_string());
    Line::styled(rating, theme.key).render(stars, buf);
    let cursor = r.editor.render(None, theme, reflection, buf);
    match r.focus {
        Focus::Cues => (cue_height > 0).then(|| Position::new(cue_line.x, cue_line.y)),
        Focus::Stars => Some(Position::new(stars.x, stars.y)),
        Focus::Reflection => cursor,
    }
}

fn render_overlay(overlay: &Overlay, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let context = match overlay {
        Overlay::Pause => Context::Paused,
        Overlay::ConfirmDiscard => Context::ConfirmDiscard,
        Overlay::Confidential { .. } => Context::Confidential,
        Overlay::SaveFailed(_) => Context::SaveFailed,
    };
    // The panel's own keys, from the key map, each with its sentence.
    let keys: Vec<Line> = crate::tui::keymap::bindings(context)
        .iter()
        .filter(|b| b.footer)
        .map(|b| key_line(&[(b.key_label, b.help)], theme))
        .collect();
    let (title, mut lines): (&str, Vec<Line>) = match overlay {
        Overlay::Pause => (
            " Paused ",
            vec![
                Line::from("The clocks are stopped. What would you like to do?"),
                Line::from(""),
            ],
        ),
        Overlay::ConfirmDiscard => (
            " Discard this rehearsal? ",
            vec![
                Line::from("Everything typed in this rehearsal will be thrown away."),
                Line::from("Notes you saved before are not touched."),
                Line::from(""),
            ],
        ),
        Overlay::Confidential { lines, .. } => {
            let mut out = vec![Line::styled(
                "This answer may identify someone:",
                theme.warn,
            )];
            out.extend(lines.iter().take(6).map(|l| Line::from(format!("  • {l}"))));
            if lines.len() > 6 {
                out.push(Line::from(format!("  … and {} more", lines.len() - 6)));
            }
            out.push(Line::from(
                "Notes stay on this computer, but it is safer to anonymise.",
            ));
            out.push(Line::from(""));
            (" Check before saving ", out)
        }
        Overlay::SaveFailed(problem) => (
            " Not saved yet ",
            vec![
                Line::styled(problem.message.clone(), theme.bad),
                Line::from(""),
                Line::from(
                    "Your answers are safe on screen, and in the draft where it can be written.",
                ),
                Line::from(""),
            ],
        ),
    };
    lines.extend(keys);
    let width = 64.min(area.width);
    let height = widgets::lines_height(&lines, usize::from(width.saturating_sub(2))) + 2;
    let popup = widgets::centred(area, width, height);
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title(title).border_style(theme.warn))
        .render(popup, buf);
}
