//! After a rehearsal: each question's time against its target and rating, and where the note is.

use super::theme::Theme;
use super::widgets::{clock, key_line};
use crate::drill::Summary;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct SummaryState {
    pub summary: Summary,
    pub note: PathBuf,
    pub scroll: u16,
}

pub fn render(state: &SummaryState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let s = &state.summary;
    let path = state.note.display().to_string();
    let path_lines = (path.chars().count() / usize::from(area.width.max(1))) as u16 + 1;
    let [title, body, saved, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(1 + path_lines),
        Constraint::Length(1),
    ])
    .areas(area);
    let rating = s
        .average_rating()
        .map(|r| format!(", average rating {r:.1}"))
        .unwrap_or_default();
    Paragraph::new(vec![
        Line::styled(
            if s.finished {
                "Rehearsal complete"
            } else {
                "Rehearsal saved"
            },
            theme.title,
        ),
        Line::from(format!(
            "{}: {} of {} answered · {} answering, {} in all{rating} · {} over target",
            crate::drill::Plan::title_of(&s.plan),
            s.answered,
            s.planned,
            clock(s.questions.iter().map(|q| q.total_seconds).sum()),
            clock(s.session_seconds),
            s.over_target_count()
        )),
    ])
    .wrap(Wrap { trim: true })
    .render(title, buf);

    let mut lines: Vec<Line> = Vec::new();
    for (i, q) in s.questions.iter().enumerate() {
        let time = if q.over_target {
            Span::styled(
                format!(
                    "{} of {} — over target",
                    clock(q.total_seconds),
                    clock(u64::from(q.target_seconds))
                ),
                theme.bad,
            )
        } else {
            Span::styled(
                format!(
                    "{} of {} — within target",
                    clock(q.total_seconds),
                    clock(u64::from(q.target_seconds))
                ),
                theme.good,
            )
        };
        let rating = match q.rating {
            Some(r) => format!("   rated {r} of 5"),
            None => "   not rated".to_string(),
        };
        lines.push(Line::styled(
            format!("{}. {}", i + 1, q.ask),
            theme.question,
        ));
        lines.push(Line::from(vec![
            Span::raw("   "),
            time,
            Span::styled(rating, theme.text),
        ]));
        let parts: Vec<String> = q
            .prompts
            .iter()
            .map(|p| format!("{} {}", p.ask, clock(p.seconds)))
            .collect();
        lines.push(Line::styled(format!("   {}", parts.join(" · ")), theme.dim));
        if let Some(f) = &q.follow_up {
            let what = if f.skipped {
                "skipped".to_string()
            } else {
                clock(f.seconds)
            };
            lines.push(Line::styled(
                format!("   Follow-up: {} {what}", f.ask),
                theme.dim,
            ));
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((state.scroll, 0))
        .block(
            Block::bordered()
                .title(" Your answers ")
                .border_style(theme.border),
        )
        .render(body, buf);
    Paragraph::new(vec![
        Line::styled("Your note is saved at:", theme.text),
        Line::styled(path, theme.key),
    ])
    .wrap(Wrap { trim: false })
    .render(saved, buf);
    key_line(
        &[
            ("n", "another rehearsal"),
            ("↑↓", "scroll"),
            ("q", "done"),
            ("?", "help"),
        ],
        theme,
    )
    .render(footer, buf);
}
