//! The evidence register as progress shows it: which quality statements have a strong story, and
//! which figures are out of date. Words carry every judgement; colour only repeats it.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::theme::Theme;
use super::widgets;
use crate::evidence::Register;
use crate::evidence::coverage::coverage;
use crate::evidence::model::figure_line;

pub fn render(
    register: &Register,
    today: NaiveDate,
    stale_months: u32,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Line::styled(" Your evidence register ", theme.title));
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width).max(10);
    let mut lines: Vec<Line> = Vec::new();
    if register.figures.is_empty() && register.stories.is_empty() {
        lines.push(Line::styled(
            crate::evidence::drill::EMPTY_REGISTER,
            theme.text,
        ));
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let c = coverage(register, today, stale_months);
    let strong = c.statements.iter().filter(|s| !s.strong.is_empty()).count();
    lines.push(Line::styled(
        format!(
            "A strong story (all three parts told) for {strong} of {} quality statements:",
            c.statements.len()
        ),
        theme.text,
    ));
    // Names are whole where the window has room for them and the stories beside them (at 120
    // columns "Supporting people to live h…" was cut with 80 columns empty); 28 at 80 columns.
    let longest = c
        .statements
        .iter()
        .map(|s| s.statement.title().chars().count())
        .max()
        .unwrap_or(0);
    let name_width = longest.min(width.saturating_sub(60)).max(28);
    for s in &c.statements {
        let (mark, text, style) = if s.strong.is_empty() {
            let thin = match s.thin {
                0 => "no story yet".to_string(),
                n => format!("no strong story yet ({n} to finish)"),
            };
            ("✗", thin, theme.warn)
        } else {
            ("✓", s.strong.join("; "), theme.good)
        };
        let name = widgets::cut_line(s.statement.title(), name_width);
        let room = width.saturating_sub(2 + name_width + 1);
        lines.push(Line::from(vec![
            Span::styled(format!("{mark} "), style),
            Span::styled(format!("{name:<name_width$} "), theme.text),
            Span::styled(widgets::cut_line(&text, room), style),
        ]));
    }
    lines.push(Line::default());
    match c.stale.len() {
        0 => lines.push(Line::styled(
            format!(
                "{} figure{}, none older than {stale_months} month{}.",
                c.figures,
                if c.figures == 1 { "" } else { "s" },
                if stale_months == 1 { "" } else { "s" }
            ),
            theme.good,
        )),
        n => {
            lines.push(Line::styled(
                format!(
                    "{} figure{}; {n} out of date (older than {stale_months} month{}), check before the visit:",
                    c.figures,
                    if c.figures == 1 { "" } else { "s" },
                    if stale_months == 1 { "" } else { "s" }
                ),
                theme.warn,
            ));
            for f in &c.stale {
                lines.push(Line::styled(
                    widgets::cut_line(&format!("  {}", figure_line(f)), width),
                    theme.text,
                ));
            }
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}
