//! After a rehearsal: each question's time against its target and rating, and where the note is.

use crate::drill::{RehearseOptions, Summary};
use crate::text;
use crate::tui::component::Effect;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use std::cell::Cell;
use std::path::PathBuf;

pub struct SummaryScreen {
    summary: Summary,
    note: PathBuf,
    /// What "another rehearsal" starts.
    again: RehearseOptions,
    scroll: u16,
    /// How far the answers can scroll, as last drawn, so scrolling stops at the end.
    max_scroll: Cell<u16>,
}

impl SummaryScreen {
    pub fn new(summary: Summary, note: PathBuf, again: RehearseOptions) -> SummaryScreen {
        SummaryScreen {
            summary,
            note,
            again,
            scroll: 0,
            max_scroll: Cell::new(u16::MAX),
        }
    }
}

impl Screen for SummaryScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Summary
    }

    fn context(&self) -> Context {
        Context::Summary
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        match action {
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll = self.scroll.saturating_add(1),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(10),
            Action::PageDown => self.scroll = self.scroll.saturating_add(10),
            Action::Top => self.scroll = 0,
            Action::Bottom => self.scroll = self.max_scroll.get(),
            Action::Again => {
                let mut again = self.again.clone();
                again.seed = None;
                return Some(vec![Effect::StartPlan(again)]);
            }
            // Back where the PSW came from: home's menu, or the attempts or progress screen.
            Action::Back => return Some(vec![Effect::Close]),
            Action::Review => return Some(vec![Effect::OpenReview]),
            _ => return None,
        }
        self.scroll = self.scroll.min(self.max_scroll.get());
        Some(Vec::new())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        render(self, ctx, area, buf);
        None
    }
}

fn render(state: &SummaryScreen, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    let s = &state.summary;
    let path = state.note.display().to_string();
    let path_lines = widgets::wrapped_height(&path, usize::from(area.width.max(1)));
    let left_out_lines = s.left_out.as_ref().map_or(0, |line| {
        widgets::wrapped_height(line, usize::from(area.width.max(1))).min(4)
    });
    let rating = s
        .average_rating()
        .map(|r| format!(" · average rating {r:.1}"))
        .unwrap_or_default();
    let answering: u64 = s.questions.iter().map(|q| q.total_seconds).sum();
    // A dot, not a colon, after the plan: a topic's title has its own colon, and "Topic: Carers:
    // 1 of 5 questions answered" read as a list of labels (the thirteenth walk).
    let header = format!(
        "{} · {} · {}{}{rating} · {} over target",
        crate::drill::Plan::title_of(&s.plan),
        s.answered_words(),
        text::answering(answering),
        text::with_rating(s.session_seconds, answering),
        s.over_target_count()
    );
    let mut heading = vec![Line::styled(
        if s.finished {
            "Rehearsal complete"
        } else {
            "Rehearsal saved"
        },
        theme.title,
    )];
    push_wrapped(
        &mut heading,
        &header,
        "",
        usize::from(area.width.max(1)),
        theme.text,
    );
    // Three rows at most: a header longer than that (a narrow window) ends in "…", never
    // mid-phrase with no mark.
    if heading.len() > 4 {
        heading.truncate(4);
        let width = usize::from(area.width.max(1));
        let last: String = heading[3]
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        let kept = widgets::cut_line(&last, width.saturating_sub(2));
        let marked = if kept.ends_with('…') {
            kept
        } else {
            format!("{kept} …")
        };
        heading[3] = Line::styled(marked, theme.text);
    }
    let header_height = u16::try_from(heading.len() - 1).unwrap_or(3);
    let [title, body, saved, footer] = Layout::vertical([
        Constraint::Length(1 + header_height),
        Constraint::Min(3),
        Constraint::Length(1 + path_lines + left_out_lines),
        Constraint::Length(1),
    ])
    .areas(area);
    Paragraph::new(heading).render(title, buf);

    // Lines are wrapped here, with a hanging indent, so a wrapped line keeps its place.
    let width = usize::from(body.width.saturating_sub(2)).max(10);
    let mut lines: Vec<Line> = Vec::new();
    for (i, q) in s.questions.iter().enumerate() {
        let time = if q.over_target {
            Span::styled(
                format!(
                    "{} — over target",
                    text::of_target(q.total_seconds, u64::from(q.target_seconds))
                ),
                theme.bad,
            )
        } else {
            Span::styled(
                format!(
                    "{} — within target",
                    text::of_target(q.total_seconds, u64::from(q.target_seconds))
                ),
                theme.good,
            )
        };
        let rating = match q.rating {
            Some(r) => format!("   rated {r} of 5"),
            None => "   not rated".to_string(),
        };
        let cues = if q.cues > 0 {
            format!(" · listen-for {} of {}", q.cues_covered, q.cues)
        } else {
            String::new()
        };
        let number = format!("{}. ", i + 1);
        let hang = " ".repeat(number.len());
        push_wrapped(
            &mut lines,
            &format!("{number}{}", q.ask),
            &hang,
            width,
            theme.question,
        );
        // Too wide for one line (a narrow window), the rating goes under the time, indented
        // like it, rather than being wrapped to the left edge.
        let one_line = 3 + time.width() + rating.chars().count() + cues.chars().count();
        if one_line <= width {
            lines.push(Line::from(vec![
                Span::raw("   "),
                time,
                Span::styled(rating, theme.text),
                Span::styled(cues, theme.text),
            ]));
        } else {
            lines.push(Line::from(vec![Span::raw("   "), time]));
            lines.push(Line::from(vec![
                Span::raw("   "),
                Span::styled(rating.trim_start().to_string(), theme.text),
                Span::styled(cues, theme.text),
            ]));
        }
        let parts: Vec<String> = q
            .prompts
            .iter()
            .map(|p| format!("{} {}", p.ask, text::duration(p.seconds)))
            .collect();
        push_wrapped(
            &mut lines,
            &format!("   {}", parts.join(" · ")),
            "   ",
            width,
            theme.dim,
        );
        let several = q.follow_ups.len() > 1;
        for (n, f) in q.follow_ups.iter().enumerate() {
            let label = if several {
                format!("Follow-up {}", n + 1)
            } else {
                "Follow-up".to_string()
            };
            let what = if f.skipped {
                "skipped".to_string()
            } else {
                text::duration(f.seconds)
            };
            push_wrapped(
                &mut lines,
                &format!("   {label}: {} {what}", f.ask),
                "   ",
                width,
                theme.dim,
            );
        }
    }
    let not_reached = s.planned.saturating_sub(s.questions.len());
    if not_reached > 0 {
        lines.push(Line::styled(
            format!(
                "{not_reached} more question{} not reached: not counted and not saved.",
                if not_reached == 1 { "" } else { "s" }
            ),
            theme.dim,
        ));
    }
    let content = widgets::lines_height(&lines, usize::from(body.width.saturating_sub(2)));
    let max_scroll = content.saturating_sub(body.height.saturating_sub(2));
    state.max_scroll.set(max_scroll);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((state.scroll.min(max_scroll), 0))
        .block(
            Block::bordered()
                .title(" Your answers ")
                .border_style(theme.border),
        )
        .render(body, buf);
    let mut saved_lines = vec![
        Line::styled("Your note is saved at:", theme.text),
        Line::styled(path, theme.key),
    ];
    saved_lines.extend(
        s.left_out
            .clone()
            .map(|line| Line::styled(line, theme.warn)),
    );
    Paragraph::new(saved_lines)
        .wrap(Wrap { trim: false })
        .render(saved, buf);
    widgets::footer(Context::Summary, theme).render(footer, buf);
}

/// Wraps `text` to `width` columns, later lines indented by `hang`.
fn push_wrapped(
    lines: &mut Vec<Line<'static>>,
    text: &str,
    hang: &str,
    width: usize,
    style: ratatui::style::Style,
) {
    let options = textwrap::Options::new(width).subsequent_indent(hang);
    for line in widgets::wrap_keeping_units(text, options) {
        lines.push(Line::styled(line, style));
    }
}
