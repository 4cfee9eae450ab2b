//! Drawing the panel over a rehearsal: pause, discard, identifying details, a failed save.

use super::Overlay;
use crate::tui::keymap::Context;
use crate::tui::theme::Theme;
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

pub(super) fn render_overlay(overlay: &Overlay, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let context = match overlay {
        Overlay::Pause => Context::Paused,
        Overlay::ConfirmDiscard => Context::ConfirmDiscard,
        Overlay::Confidential { .. } => Context::Confidential,
        Overlay::SaveFailed(_) => Context::SaveFailed,
    };
    let (title, lines): (&str, Vec<Line>) = match overlay {
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
    // The panel's own keys follow, from the key map, each with its sentence.
    widgets::panel(title, lines, context, theme.warn, area, buf, theme);
}
