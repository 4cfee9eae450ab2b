//! The rehearsal screen: the question, which part you are on, the timers, and the answer box.
//!
//! The editor holds the text of the current part; every change is pushed into the core session,
//! which is written to a draft at most about two seconds after the last key and on every change
//! of part, so a crash or a kill loses nothing.

use super::theme::Theme;
use super::widgets::{self, clock, key_line};
use crate::drill::{Clock, Session, Stage};
use crate::insight::{self, Lexicon, Report};
use crate::notes::AnswerStyle;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Gauge, Paragraph, Widget, Wrap};
use ratatui_textarea::{TextArea, WrapMode};
use std::time::{Duration, Instant};

/// How long after the last key the draft is written.
pub const DRAFT_AFTER_QUIET: Duration = Duration::from_millis(800);
/// The most a draft may lag behind the screen while someone types without pause.
pub const DRAFT_AT_MOST: Duration = Duration::from_secs(2);

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
}

/// What happens when the PSW goes on past a confidentiality warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterWarning {
    NextQuestion,
    Save,
}

/// What a key press means on this screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Edit(KeyEvent),
    Paste(String),
    Next,
    Previous,
    Rate(u8),
    Save,
    Pause,
    Resume,
    SaveAndQuit,
    AskDiscard,
    Discard,
    CancelDiscard,
    /// Past a confidentiality warning: keep the answer as it is.
    KeepAnyway,
    /// Back from a confidentiality warning to edit the answer.
    EditFirst,
    Undo,
    Redo,
    /// Scrolls the answer panel on the rating step by this many lines.
    Scroll(i16),
}

/// What the rest of the app must do after a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// Save the note now (the session may or may not be finished).
    Save {
        then_leave: bool,
    },
    /// The PSW threw the session away.
    Discarded,
}

pub struct Rehearsal {
    pub session: Session<Box<dyn Clock>>,
    pub editor: TextArea<'static>,
    /// Which question and part the editor holds, so it is reloaded only when that changes.
    shown: Option<(usize, Stage)>,
    pub overlay: Option<Overlay>,
    /// The editor holds text the session has not been given yet. Syncing once per batch of
    /// events, not per key, keeps a paste that arrives as thousands of key presses fast.
    text_pending: bool,
    /// The first change that is not yet in the draft, and the latest key.
    unsaved_since: Option<Instant>,
    last_change: Instant,
    /// The insight report on the current question, worked out when the rating step opens.
    pub insight: Option<(String, Report)>,
    /// How far the answer panel on the rating step is scrolled.
    pub panel_scroll: u16,
    /// A question's warning is shown once; going on after it is the PSW's choice.
    warned_for: Option<usize>,
    lexicon: std::rc::Rc<Lexicon>,
}

impl Rehearsal {
    pub fn new(session: Session<Box<dyn Clock>>, lexicon: std::rc::Rc<Lexicon>) -> Rehearsal {
        let mut rehearsal = Rehearsal {
            session,
            editor: TextArea::default(),
            shown: None,
            overlay: None,
            text_pending: false,
            unsaved_since: None,
            last_change: Instant::now(),
            insight: None,
            panel_scroll: 0,
            warned_for: None,
            lexicon,
        };
        rehearsal.sync_editor();
        rehearsal
    }

    /// Reloads the editor when the session has moved to another part.
    fn sync_editor(&mut self) {
        let here = (self.session.index(), self.session.stage());
        if self.shown == Some(here) {
            return;
        }
        self.shown = Some(here);
        let lines: Vec<String> = self
            .session
            .text()
            .split('\n')
            .map(str::to_string)
            .collect();
        let mut editor = TextArea::new(lines);
        editor.set_wrap_mode(WrapMode::WordOrGlyph);
        editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
        editor.move_cursor(ratatui_textarea::CursorMove::End);
        editor.set_cursor_line_style(ratatui::style::Style::new());
        editor.set_placeholder_text(self.placeholder());
        self.editor = editor;
        if self.session.stage() == Stage::Rating {
            self.insight = Some(self.analyse_current());
            self.panel_scroll = 0;
        }
    }

    fn placeholder(&self) -> &'static str {
        match (self.session.stage(), self.session.style()) {
            (Stage::Rating, _) => "Optional: one line on what you would change next time",
            (Stage::FollowUp, _) => {
                "Answer the follow-up, or press Tab with nothing typed to skip it"
            }
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

    pub fn message_for(&self, key: KeyEvent) -> Option<Msg> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match &self.overlay {
            Some(Overlay::Pause) => {
                return match key.code {
                    KeyCode::Esc | KeyCode::Enter | KeyCode::Char('r') => Some(Msg::Resume),
                    KeyCode::Char('s') | KeyCode::Char('q') => Some(Msg::SaveAndQuit),
                    KeyCode::Char('d') => Some(Msg::AskDiscard),
                    _ => None,
                };
            }
            Some(Overlay::ConfirmDiscard) => {
                return match key.code {
                    KeyCode::Char('y') => Some(Msg::Discard),
                    KeyCode::Char('n') | KeyCode::Esc => Some(Msg::CancelDiscard),
                    _ => None,
                };
            }
            Some(Overlay::Confidential { .. }) => {
                return match key.code {
                    KeyCode::Char('e') | KeyCode::Esc => Some(Msg::EditFirst),
                    KeyCode::Char('c') | KeyCode::Char('s') | KeyCode::Enter => {
                        Some(Msg::KeepAnyway)
                    }
                    _ => None,
                };
            }
            None => {}
        }
        match key.code {
            KeyCode::Char('s') if ctrl => Some(Msg::Save),
            KeyCode::Char('z') if ctrl => Some(Msg::Undo),
            KeyCode::Char('y') if ctrl => Some(Msg::Redo),
            KeyCode::Tab => Some(Msg::Next),
            KeyCode::BackTab => Some(Msg::Previous),
            KeyCode::Esc => Some(Msg::Pause),
            KeyCode::Enter if self.session.stage() == Stage::Rating => Some(Msg::Next),
            // A digit rates the answer until it has a rating; after that digits are reflection
            // text ("2 more examples next time"), and ↑ ↓ change the rating.
            KeyCode::Char(c @ '1'..='5')
                if self.session.stage() == Stage::Rating
                    && self.session.rating().is_none()
                    && !ctrl =>
            {
                Some(Msg::Rate(c as u8 - b'0'))
            }
            KeyCode::PageDown if self.session.stage() == Stage::Rating => Some(Msg::Scroll(5)),
            KeyCode::PageUp if self.session.stage() == Stage::Rating => Some(Msg::Scroll(-5)),
            KeyCode::Up if self.session.stage() == Stage::Rating => Some(Msg::Rate(
                self.session.rating().map_or(3, |r| (r + 1).min(5)),
            )),
            KeyCode::Down if self.session.stage() == Stage::Rating => Some(Msg::Rate(
                self.session
                    .rating()
                    .map_or(3, |r| r.saturating_sub(1).max(1)),
            )),
            _ => Some(Msg::Edit(key)),
        }
    }

    pub fn update(&mut self, msg: Msg) -> Outcome {
        if !matches!(msg, Msg::Edit(_) | Msg::Paste(_) | Msg::Undo | Msg::Redo) {
            self.flush_text();
        }
        match msg {
            Msg::Edit(key) => {
                // A line feed arrives as Ctrl-J in raw mode, which the editor's own bindings
                // would take as "delete the line": it is a line break.
                let key = if is_line_feed(&key) {
                    KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)
                } else {
                    key
                };
                if self.editor.input(key) {
                    self.changed();
                }
            }
            Msg::Paste(text) => {
                // Terminals send pasted line breaks as \r; the editor splits on \n.
                let text = text.replace("\r\n", "\n").replace('\r', "\n");
                let text = if self.session.stage() == Stage::Rating {
                    text.replace('\n', " ")
                } else {
                    text
                };
                if self.editor.insert_str(text) {
                    self.changed();
                }
            }
            Msg::Undo => {
                if self.editor.undo() {
                    self.changed();
                }
            }
            Msg::Redo => {
                if self.editor.redo() {
                    self.changed();
                }
            }
            Msg::Next => return self.next(),
            Msg::Previous => {
                self.session.previous();
                self.sync_editor();
                return Outcome::Stay;
            }
            Msg::Rate(n) => self.session.rate(n),
            Msg::Scroll(by) => {
                self.panel_scroll = self.panel_scroll.saturating_add_signed(by);
            }
            Msg::Save => return self.check_then(AfterWarning::Save),
            Msg::Pause => {
                self.session.pause();
                self.overlay = Some(Overlay::Pause);
            }
            Msg::Resume => {
                self.session.resume();
                self.overlay = None;
            }
            Msg::SaveAndQuit => {
                self.overlay = None;
                self.session.resume();
                return self.check_then(AfterWarning::Save);
            }
            Msg::AskDiscard => self.overlay = Some(Overlay::ConfirmDiscard),
            Msg::CancelDiscard => self.overlay = Some(Overlay::Pause),
            Msg::Discard => return Outcome::Discarded,
            Msg::EditFirst => {
                self.overlay = None;
                self.go_to_first_detail();
            }
            Msg::KeepAnyway => {
                let Some(Overlay::Confidential { then, .. }) = self.overlay.take() else {
                    return Outcome::Stay;
                };
                self.warned_for = Some(self.session.index());
                return self.go_on(then);
            }
        }
        Outcome::Stay
    }

    /// Gives the session the editor's text, if it has changed since last time.
    pub fn flush_text(&mut self) {
        if self.text_pending {
            self.session.set_text(self.editor.lines().join("\n"));
            self.text_pending = false;
        }
    }

    /// Steps back to the part holding the first possible identifying detail, so it can be edited.
    fn go_to_first_detail(&mut self) {
        let (text, report) = self.analyse_current();
        let Some(first) = report.confidentiality.first() else {
            return;
        };
        // The parts are joined with a blank line between them, in order, follow-up last.
        let part = text[..first.start.min(text.len())]
            .matches(crate::insight::PART_SEPARATOR)
            .count();
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

    fn changed(&mut self) {
        self.text_pending = true;
        let now = Instant::now();
        self.last_change = now;
        self.unsaved_since.get_or_insert(now);
    }

    fn next(&mut self) -> Outcome {
        match self.session.stage() {
            Stage::FollowUp if self.editor.is_empty() => {
                self.session.skip_follow_up();
                self.sync_editor();
                Outcome::Stay
            }
            Stage::Rating => self.check_then(AfterWarning::NextQuestion),
            _ => {
                self.session.next();
                self.sync_editor();
                Outcome::Stay
            }
        }
    }

    /// Shows possible identifiable details once per question before they are kept; never blocks.
    fn check_then(&mut self, then: AfterWarning) -> Outcome {
        if self.warned_for != Some(self.session.index()) && !self.session.is_finished() {
            let (_, report) = self.analyse_current();
            if !report.confidentiality.is_empty() {
                let lines = report
                    .confidentiality
                    .iter()
                    .map(|c| format!("{} ({})", c.text, c.kind.label()))
                    .collect();
                self.overlay = Some(Overlay::Confidential { lines, then });
                return Outcome::Stay;
            }
        }
        self.go_on(then)
    }

    fn go_on(&mut self, then: AfterWarning) -> Outcome {
        match then {
            AfterWarning::Save => Outcome::Save { then_leave: true },
            AfterWarning::NextQuestion => {
                self.session.next();
                self.sync_editor();
                self.unsaved_since.get_or_insert(Instant::now());
                if self.session.is_finished() {
                    Outcome::Save { then_leave: true }
                } else {
                    Outcome::Stay
                }
            }
        }
    }

    /// True when the draft on disk is behind the screen and it is time to write it.
    pub fn draft_due(&self, now: Instant) -> bool {
        match self.unsaved_since {
            Some(first) => {
                now.duration_since(self.last_change) >= DRAFT_AFTER_QUIET
                    || now.duration_since(first) >= DRAFT_AT_MOST
            }
            None => false,
        }
    }

    /// Marks the draft as current (after a successful write).
    pub fn draft_written(&mut self) {
        self.unsaved_since = None;
    }

    /// Marks a change of part, which is always written to the draft.
    pub fn mark_unsaved(&mut self) {
        self.unsaved_since.get_or_insert(Instant::now());
    }

    pub fn time_to_next_tick(&self, now: Instant) -> Duration {
        let to_second =
            Duration::from_millis(1000 - (self.session.stage_elapsed().subsec_millis() as u64));
        match self.unsaved_since {
            Some(first) => {
                let quiet = (self.last_change + DRAFT_AFTER_QUIET).saturating_duration_since(now);
                let most = (first + DRAFT_AT_MOST).saturating_duration_since(now);
                to_second.min(quiet).min(most)
            }
            None => to_second,
        }
    }
}

pub fn render(r: &Rehearsal, theme: &Theme, status: Option<&str>, area: Rect, buf: &mut Buffer) {
    let session = &r.session;
    let Some(question) = session.question() else {
        return;
    };
    let wide = area.width >= 60;
    let inner_width = usize::from(area.width.max(1));
    let question_height = (wrapped_height(&question.ask, inner_width) + 2).min(6);
    let tip_height = match &question.tip {
        Some(tip) if wide && area.height >= 20 => {
            wrapped_height(&format!("Tip: {tip}"), inner_width).min(2)
        }
        _ => 0,
    };
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
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(u16::from(status.is_some())),
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

    render_part_line(r, theme, wide, part_area, buf);

    if session.stage() == Stage::Rating {
        render_rating(r, theme, editor_area, buf);
    } else {
        let title = match session.style() {
            AnswerStyle::Spoken => " Key points ",
            AnswerStyle::Written => " Your answer ",
        };
        let mut editor = r.editor.clone();
        editor.set_block(Block::bordered().title(title).border_style(theme.border));
        editor.set_placeholder_style(theme.dim);
        editor.set_cursor_style(theme.selected.add_modifier(Modifier::REVERSED));
        (&editor).render(editor_area, buf);
    }

    let answered = session.answered();
    Gauge::default()
        .ratio(session.progress().clamp(0.0, 1.0))
        .label(format!("{answered} of {} answered", session.len()))
        .gauge_style(theme.good)
        .render(gauge_area, buf);
    if let Some(message) = status {
        Line::styled(message, theme.bad).render(status_area, buf);
    }
    // The keys a PSW needs most come first, so a narrow window cuts the least useful.
    let keys: &[(&str, &str)] = match session.stage() {
        Stage::Rating => &[
            ("1-5", "rate"),
            ("↑↓", "change rating"),
            ("Enter", "next question"),
            ("Ctrl-S", "save"),
            ("F1", "help"),
            ("Shift-Tab", "back"),
        ],
        Stage::FollowUp => &[
            ("Tab", "next (empty skips)"),
            ("Ctrl-S", "save"),
            ("Esc", "pause"),
            ("F1", "help"),
            ("Shift-Tab", "back"),
        ],
        _ => &[
            ("Tab", "next part"),
            ("Ctrl-S", "save"),
            ("Esc", "pause"),
            ("F1", "help"),
            ("Shift-Tab", "back"),
        ],
    };
    key_line(keys, theme).render(footer, buf);

    if let Some(overlay) = &r.overlay {
        render_overlay(overlay, theme, area, buf);
    }
}

/// Which part, and the two timers, in words as well as colour.
fn render_part_line(r: &Rehearsal, theme: &Theme, wide: bool, area: Rect, buf: &mut Buffer) {
    let session = &r.session;
    let part = match (session.stage(), session.prompt_position()) {
        (Stage::Prompt(_), Some((n, of))) => format!("Part {n} of {of}: {}", session.stage_title()),
        (Stage::FollowUp, _) => format!("Follow-up: {}", session.stage_title()),
        _ => session.stage_title(),
    };
    let question_secs = session.question_elapsed().as_secs();
    let target = session.question_target().as_secs();
    let over = question_secs.saturating_sub(target);
    let timer = match (session.is_over_target(), wide) {
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
    };
    let this_part = match (session.stage(), wide) {
        (Stage::Prompt(_) | Stage::FollowUp, true) => {
            format!("This part {}   ", clock(session.stage_elapsed().as_secs()))
        }
        (Stage::Prompt(_) | Stage::FollowUp, false) => {
            format!("Part {} · ", clock(session.stage_elapsed().as_secs()))
        }
        _ => String::new(),
    };
    Paragraph::new(vec![
        Line::styled(part, theme.title),
        Line::from(vec![Span::styled(this_part, theme.text), timer]),
    ])
    .render(area, buf);
}

fn render_rating(r: &Rehearsal, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height < 8 {
        render_rating_compact(r, theme, area, buf);
        return;
    }
    let [panel, rating] = Layout::vertical([Constraint::Min(3), Constraint::Length(3)]).areas(area);
    if let Some((text, report)) = &r.insight {
        super::insight_panel::render(text, report, theme, r.panel_scroll, panel, buf);
    }
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
    let mut line = vec![Span::styled("Rating ", theme.text)];
    line.extend(stars);
    Paragraph::new(Line::from(line))
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .title(" 1 weak · 5 strong ")
                .border_style(theme.border),
        )
        .render(stars_area, buf);
    let mut editor = r.editor.clone();
    editor.set_block(
        Block::bordered()
            .title(" Reflection ")
            .border_style(theme.border),
    );
    editor.set_placeholder_style(theme.dim);
    (&editor).render(reflection_area, buf);
}

/// A short window: the three ticks, the rating and the reflection, one line each.
fn render_rating_compact(r: &Rehearsal, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let [ticks, stars, reflection] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    if let Some((_, report)) = &r.insight {
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
    let mut editor = r.editor.clone();
    editor.set_placeholder_style(theme.dim);
    (&editor).render(reflection, buf);
}

fn render_overlay(overlay: &Overlay, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (title, lines): (&str, Vec<Line>) = match overlay {
        Overlay::Pause => (
            " Paused ",
            vec![
                Line::from("The clocks are stopped. What would you like to do?"),
                Line::from(""),
                key_line(&[("r", "resume (or Esc)")], theme),
                key_line(&[("s", "save what you have and finish")], theme),
                key_line(&[("d", "discard this rehearsal")], theme),
            ],
        ),
        Overlay::ConfirmDiscard => (
            " Discard this rehearsal? ",
            vec![
                Line::from("Everything typed in this rehearsal will be thrown away."),
                Line::from("Notes you saved before are not touched."),
                Line::from(""),
                key_line(&[("y", "yes, discard"), ("n", "no, go back")], theme),
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
            out.push(key_line(
                &[("e", "edit the answer first"), ("c", "keep it as it is")],
                theme,
            ));
            (" Check before saving ", out)
        }
    };
    let height = lines.len() as u16 + 2;
    let popup = widgets::centred(area, 64, height);
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title(title).border_style(theme.warn))
        .render(popup, buf);
}

/// True for the line feed byte, which terminals in raw mode report as Ctrl-J.
pub fn is_line_feed(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('j') && key.modifiers == KeyModifiers::CONTROL
}

/// Lines a text takes when word-wrapped to `width` columns, as the question box wraps it.
fn wrapped_height(text: &str, width: usize) -> u16 {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(1);
    let mut lines = 1usize;
    let mut used = 0usize;
    for word in text.split_whitespace() {
        let w = word.width().max(1);
        let needed = if used == 0 { w } else { used + 1 + w };
        if needed <= width {
            used = needed;
            continue;
        }
        if used > 0 {
            lines += 1;
        }
        // A word longer than the line is broken across whole lines of its own.
        lines += (w - 1) / width;
        used = (w - 1) % width + 1;
    }
    u16::try_from(lines).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::wrapped_height;

    #[test]
    fn wrapped_height_counts_lines_as_word_wrap_does() {
        assert_eq!(wrapped_height("", 10), 1);
        assert_eq!(wrapped_height("one two three", 13), 1);
        assert_eq!(wrapped_height("one two three", 12), 2);
        assert_eq!(wrapped_height("abcdefghijklmnopqrstuvwxy", 10), 3);
        assert_eq!(wrapped_height("😀😀😀😀😀😀", 4), 3);
    }
}
