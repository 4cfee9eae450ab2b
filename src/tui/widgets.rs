//! Small drawing helpers shared by the screens.

use super::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// The smallest window the screens are laid out for; below it a plain message asks for more room.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

pub fn render_too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    Paragraph::new(format!(
        "Please make this window larger (at least {MIN_WIDTH}×{MIN_HEIGHT}). Nothing you typed is lost."
    ))
    .style(theme.warn)
    .wrap(Wrap { trim: true })
    .render(area, buf);
}

/// A footer line of keys: `[("Tab", "next part"), ...]`.
pub fn key_line<'a>(keys: &[(&'a str, &'a str)], theme: &Theme) -> Line<'a> {
    let mut spans = Vec::new();
    for (i, (key, what)) in keys.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled("  ", theme.dim));
        }
        spans.push(Span::styled(*key, theme.key));
        spans.push(Span::styled(format!(" {what}"), theme.text));
    }
    Line::from(spans)
}

/// A rectangle of the given size centred in `area`, never larger than it.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

pub use crate::drill::clock::minutes_and_seconds as clock;
