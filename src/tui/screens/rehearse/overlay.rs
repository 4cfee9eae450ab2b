//! Drawing the panel over a rehearsal: pause, discard, identifying details, a failed save.

use super::Overlay;
use crate::tui::keymap::Context;
use crate::tui::theme::Theme;
use crate::tui::widgets::{self, key_line};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

pub(super) fn render_overlay(overlay: &Overlay, theme: &Theme, area: Rect, buf: &mut Buffer) {
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
