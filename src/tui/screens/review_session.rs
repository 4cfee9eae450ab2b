//! One past session read back: each answer with its times, rating, cues ticked and insights.

use std::cell::Cell;
use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::attempts::AttemptsScreen;
use super::review::plan_title;
use crate::bank::{Library, topic_title};
use crate::notes::{Note, NoteProblem, NoteQuestion, NoteWarning, NotesStore};
use crate::review::History;
use crate::tui::component::Effect;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::keymap::{Action, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets;

pub struct SessionScreen {
    history: Rc<History>,
    library: Rc<Library>,
    note: Note,
    /// What a hand edit damaged in the note, shown above it so nothing passes for "nothing typed".
    warnings: Vec<NoteWarning>,
    /// Which question has the focus (the one `a`, `t` and `e` act on).
    focus: usize,
    /// The scroll as last drawn (drawing clamps it to the text), and whether the next drawing
    /// should bring the focused question to the top.
    scroll: Cell<u16>,
    jump: Cell<bool>,
}

impl SessionScreen {
    /// Reads the session's note from disk; the index keeps no typed words.
    pub fn open(
        history: Rc<History>,
        session: usize,
        library: Rc<Library>,
    ) -> Result<SessionScreen, NoteProblem> {
        let (note, warnings) = NotesStore::read_checked(&history.sessions[session].path)?;
        let mut screen = SessionScreen::new(history, note, library);
        screen.warnings = warnings;
        Ok(screen)
    }

    /// Puts the focus on the answer at `position`, brought to the top.
    pub fn focus_on(mut self, position: usize) -> SessionScreen {
        if position > 0 && position < self.note.questions.len() {
            self.focus = position;
            self.jump.set(true);
        }
        self
    }

    pub fn new(history: Rc<History>, note: Note, library: Rc<Library>) -> SessionScreen {
        SessionScreen {
            history,
            library,
            note,
            warnings: Vec::new(),
            focus: 0,
            scroll: Cell::new(0),
            jump: Cell::new(false),
        }
    }

    fn lines(&self, theme: &Theme, width: usize) -> (Vec<Line<'static>>, Vec<usize>) {
        let mut lines = Vec::new();
        let mut starts = Vec::new();
        if !self.warnings.is_empty() {
            hanging(
                &mut lines,
                width,
                vec![Span::styled("!! ", theme.warn)],
                "This note was changed outside psw-coach and parts of it are damaged. What could \
                 still be read is shown below.",
                theme.warn,
            );
            for w in &self.warnings {
                hanging(
                    &mut lines,
                    width,
                    vec![Span::raw("   ")],
                    &clean(&w.to_string()),
                    theme.text,
                );
            }
            lines.push(Line::raw(""));
        }
        for (i, q) in self.note.questions.iter().enumerate() {
            starts.push(lines.len());
            question_lines(&mut lines, i, q, i == self.focus, theme, width, true);
        }
        (lines, starts)
    }
}

/// Text from a note on one line, with no control characters.
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Word-wraps `text` to `width` columns, each line after the first starting with `indent`
/// spaces, the first with `first` (already part of the width).
pub fn wrap(text: &str, width: usize, first: usize, indent: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(indent + 10);
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = first;
    let mut at_start = true;
    for word in text.split_whitespace() {
        let w = word.width();
        if !at_start && used + 1 + w > width {
            out.push(std::mem::take(&mut line));
            line.push_str(&" ".repeat(indent));
            used = indent;
            at_start = true;
        }
        if !at_start {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += w;
        at_start = false;
    }
    out.push(line);
    out
}

/// Lines for a label and a text that wraps under itself with a hanging indent.
fn hanging(
    lines: &mut Vec<Line<'static>>,
    width: usize,
    lead: Vec<Span<'static>>,
    text: &str,
    style: ratatui::style::Style,
) {
    use unicode_width::UnicodeWidthStr;
    let first: usize = lead.iter().map(|s| s.content.width()).sum();
    let mut wrapped = wrap(text, width, first, first).into_iter();
    let mut spans = lead;
    spans.push(Span::styled(wrapped.next().unwrap_or_default(), style));
    lines.push(Line::from(spans));
    lines.extend(wrapped.map(|l| Line::styled(l, style)));
}

pub fn question_lines(
    lines: &mut Vec<Line<'static>>,
    i: usize,
    q: &NoteQuestion,
    focused: bool,
    theme: &Theme,
    width: usize,
    with_ask: bool,
) {
    let marker = if focused { "▶ " } else { "  " };
    if with_ask {
        hanging(
            lines,
            width,
            vec![
                Span::styled(marker, theme.key),
                Span::styled(format!("{}. ", i + 1), theme.question),
            ],
            &clean(&q.ask),
            theme.question,
        );
    }
    let mut facts = vec![
        topic_title(&q.topic),
        format!(
            "{} of {}{}",
            widgets::clock(q.total_seconds),
            widgets::clock(u64::from(q.target_seconds)),
            if q.total_seconds > u64::from(q.target_seconds) && q.target_seconds > 0 {
                ", over target"
            } else {
                ""
            }
        ),
        q.rating.filter(|r| (1..=5).contains(r)).map_or_else(
            || "not rated".to_string(),
            |r| format!("you rated it {r} of 5"),
        ),
    ];
    if let Some(p) = &q.pair
        && let Some(r) = p.rating
    {
        facts.push(format!("colleague rated it {r} of 5"));
    }
    if q.best {
        facts.push("your best".to_string());
    }
    if q.refined_from.is_some() {
        facts.push("refined".to_string());
    }
    hanging(
        lines,
        width,
        vec![Span::raw("   ")],
        &facts.join(" · "),
        theme.dim,
    );
    for a in &q.answers {
        lines.push(Line::styled(
            format!("   {} ({})", clean(&a.ask), widgets::clock(a.seconds)),
            theme.key,
        ));
        text_lines(lines, &a.text, theme, width);
    }
    for f in &q.follow_ups {
        if f.skipped {
            lines.push(Line::styled(
                format!("   Follow-up, skipped: {}", clean(&f.ask)),
                theme.dim,
            ));
        } else {
            lines.push(Line::styled(
                format!(
                    "   Follow-up: {} ({})",
                    clean(&f.ask),
                    widgets::clock(f.seconds)
                ),
                theme.key,
            ));
            text_lines(lines, &f.text, theme, width);
        }
    }
    if !q.cues.is_empty() {
        lines.push(Line::styled(
            format!(
                "   What assessors listen for: {} of {} covered",
                q.cues_ticked(),
                q.cues.len()
            ),
            theme.key,
        ));
        for c in &q.cues {
            let (mark, style) = if c.ticked {
                ("✓ ", theme.good)
            } else {
                ("✗ ", theme.bad)
            };
            hanging(
                lines,
                width,
                vec![Span::raw("     "), Span::styled(mark, style)],
                &clean(&c.text),
                theme.text,
            );
        }
    }
    if let Some(c) = &q.coaching {
        let mut spans = vec![Span::styled("   Insights: ", theme.key)];
        for (has, word) in [
            (c.done, "done"),
            (c.difference, "difference"),
            (c.evidence, "how you know"),
            (c.people, "people"),
            (c.next, "next step"),
            (c.example, "example"),
            (c.own_part, "own part"),
        ] {
            let (mark, style) = if has {
                ("✓ ", theme.good)
            } else {
                ("✗ ", theme.bad)
            };
            spans.push(Span::styled(mark, style));
            spans.push(Span::styled(format!("{word}  "), theme.text));
        }
        lines.push(Line::from(spans));
    }
    if let Some(r) = q.reflection.as_deref().filter(|r| !r.trim().is_empty()) {
        hanging(
            lines,
            width,
            vec![Span::styled("   Next time: ", theme.key)],
            &clean(r),
            theme.text,
        );
    }
    lines.push(Line::raw(""));
}

fn text_lines(lines: &mut Vec<Line<'static>>, text: &str, theme: &Theme, width: usize) {
    if text.trim().is_empty() {
        lines.push(Line::styled("      (nothing typed)", theme.dim));
        return;
    }
    for l in text.lines() {
        for (i, w) in wrap(&clean(l), width, 6, 6).into_iter().enumerate() {
            let w = if i == 0 { format!("      {w}") } else { w };
            lines.push(Line::styled(w, theme.text));
        }
    }
}

impl Screen for SessionScreen {
    fn id(&self) -> ScreenId {
        ScreenId::ReviewSession
    }

    fn context(&self) -> Context {
        Context::ReviewSession
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let last = self.note.questions.len().saturating_sub(1);
        match action {
            Action::Up => self.scroll.set(self.scroll.get().saturating_sub(1)),
            Action::Down => self.scroll.set(self.scroll.get().saturating_add(1)),
            Action::PageUp => self.scroll.set(self.scroll.get().saturating_sub(10)),
            Action::PageDown => self.scroll.set(self.scroll.get().saturating_add(10)),
            Action::Top => {
                self.scroll.set(0);
                self.focus = 0;
            }
            Action::Bottom => self.focus = last,
            Action::NextPart => self.focus = (self.focus + 1).min(last),
            Action::PreviousPart => self.focus = self.focus.saturating_sub(1),
            Action::Back => return Some(vec![Effect::Close]),
            Action::Attempts => {
                let Some(q) = self.note.questions.get(self.focus) else {
                    return Some(Vec::new());
                };
                let Some(key) = self.history.key(&q.id) else {
                    return Some(Vec::new());
                };
                return Some(vec![Effect::Open(Box::new(AttemptsScreen::new(
                    self.history.clone(),
                    key,
                    self.library.clone(),
                )))]);
            }
            Action::TryAgain => {
                let Some(q) = self.note.questions.get(self.focus) else {
                    return Some(Vec::new());
                };
                return Some(vec![Effect::TryQuestion(q.id.clone())]);
            }
            _ => return None,
        }
        // Tab and Shift-Tab bring the focused question to the top.
        if matches!(
            action,
            Action::NextPart | Action::PreviousPart | Action::Bottom
        ) {
            self.jump.set(true);
        }
        Some(Vec::new())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let theme = ctx.theme;
        if widgets::too_small(area) {
            widgets::render_too_small(area, buf, theme);
            return None;
        }
        let [title, body, status, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(widgets::notice_height(ctx.notice, area.width)),
            Constraint::Length(1),
        ])
        .areas(area);
        let n = &self.note;
        Line::from(vec![
            Span::styled(clean(&plan_title(&n.plan)), theme.title),
            Span::styled(
                format!(
                    " · {} · {} · {} question{}",
                    n.started.format("%a %-d %b %Y %H:%M"),
                    n.kind.slug(),
                    n.questions.len(),
                    if n.questions.len() == 1 { "" } else { "s" }
                ),
                theme.text,
            ),
        ])
        .render(title, buf);
        let block = Block::bordered().border_style(theme.border);
        let inner = block.inner(body);
        let width = usize::from(inner.width);
        let (lines, starts) = self.lines(theme, width);
        let height_of = |ls: &[Line]| widgets::lines_height(ls, width);
        let total = height_of(&lines);
        let max_scroll = total.saturating_sub(inner.height);
        let scroll = if self.jump.replace(false) {
            height_of(&lines[..starts.get(self.focus).copied().unwrap_or(0)])
        } else {
            self.scroll.get()
        }
        .min(max_scroll);
        self.scroll.set(scroll);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(block)
            .render(body, buf);
        if let Some(n) = ctx.notice {
            Paragraph::new(n.text.as_str())
                .style(widgets::notice_style(n, theme))
                .wrap(Wrap { trim: true })
                .render(status, buf);
        }
        widgets::footer(self.context(), theme).render(footer, buf);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_words_with_a_hanging_indent() {
        assert_eq!(
            wrap("one two three four five six", 20, 6, 4),
            ["one two three", "    four five six"]
        );
        assert_eq!(wrap("", 20, 0, 2), [""]);
        assert_eq!(wrap("a", 20, 0, 2), ["a"]);
    }
}
