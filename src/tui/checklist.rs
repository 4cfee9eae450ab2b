//! "What assessors listen for": a question's `listen_for` cues as a checklist the PSW ticks at the
//! rating step, to say which their answer covered.
//!
//! The ticks belong to the session (they are saved in the note); this component owns only which cue
//! is highlighted. It turns key-map actions into a [`Change`] for its screen to apply, and draws
//! from `&self` with the cues and ticks it is handed.

use crate::tui::keymap::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::wrapped_height;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// What an action did to the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The highlight moved (or could not): nothing to save.
    Moved,
    /// Tick or untick the cue at this index.
    Toggle(usize),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checklist {
    selected: usize,
}

/// The title, with the count in words so it does not rely on the ticks being seen.
pub fn title(cues: &[(&str, bool)]) -> String {
    let covered = cues.iter().filter(|(_, t)| *t).count();
    format!(
        " What assessors listen for: {covered} of {} covered ",
        cues.len()
    )
}

fn cue_text(cue: &str, ticked: bool) -> String {
    format!("{} {cue}", if ticked { "[x]" } else { "[ ]" })
}

impl Checklist {
    /// Back to the first cue, for a new question.
    pub fn reset(&mut self) {
        self.selected = 0;
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Handles the checklist's own actions over `len` cues; `None` for anything else.
    pub fn on_action(&mut self, action: Action, len: usize) -> Option<Change> {
        let last = len.saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::Toggle if len > 0 => return Some(Change::Toggle(self.selected.min(last))),
            Action::Toggle => {}
            _ => return None,
        }
        Some(Change::Moved)
    }

    /// Rows the checklist needs at `width` (borders included) to show every cue in full.
    pub fn height(cues: &[(&str, bool)], width: u16) -> u16 {
        let inner = usize::from(width.saturating_sub(2).max(1));
        cues.iter()
            .map(|(cue, ticked)| wrapped_height(&cue_text(cue, *ticked), inner))
            .sum::<u16>()
            + 2
    }

    /// Draws the cues in `area`. With too little room each cue keeps one line, cut short, and the
    /// highlighted one is always in view. Returns where the cursor goes when focused.
    pub fn render(
        &self,
        cues: &[(&str, bool)],
        focused: bool,
        theme: &Theme,
        area: Rect,
        buf: &mut Buffer,
    ) -> Option<Position> {
        if area.height < 3 || area.width < 8 {
            return None;
        }
        let border = if focused { theme.title } else { theme.border };
        let block = Block::bordered().title(title(cues)).border_style(border);
        let inner = block.inner(area);
        block.render(area, buf);
        let full = Checklist::height(cues, area.width) <= area.height;
        let width = usize::from(inner.width);
        let lines: Vec<Line> = cues
            .iter()
            .enumerate()
            .map(|(i, (cue, ticked))| {
                let mut text = cue_text(cue, *ticked);
                if !full && text.chars().count() > width {
                    text = text
                        .chars()
                        .take(width.saturating_sub(1))
                        .collect::<String>()
                        + "…";
                }
                let style = if focused && i == self.selected {
                    theme.selected
                } else if *ticked {
                    theme.good
                } else {
                    theme.text
                };
                Line::from(Span::styled(text, style))
            })
            .collect();
        // Keep the highlighted cue in view when one line each is still too many.
        let skip = if full {
            0
        } else {
            let rows = usize::from(inner.height);
            self.selected.saturating_sub(rows.saturating_sub(1))
        };
        let cursor_row: u16 = if full {
            cues.iter()
                .take(self.selected)
                .map(|(cue, t)| wrapped_height(&cue_text(cue, *t), width.max(1)))
                .sum()
        } else {
            u16::try_from(self.selected - skip).unwrap_or(0)
        };
        let lines: Vec<Line> = lines.into_iter().skip(skip).collect();
        let mut paragraph = Paragraph::new(lines);
        if full {
            paragraph = paragraph.wrap(Wrap { trim: true });
        }
        paragraph.render(inner, buf);
        (focused && cursor_row < inner.height)
            .then(|| Position::new(inner.x + 1, inner.y + cursor_row))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_within_the_list_and_toggles_the_highlighted_cue() {
        let mut c = Checklist::default();
        assert_eq!(c.on_action(Action::Up, 3), Some(Change::Moved));
        assert_eq!(c.selected(), 0);
        c.on_action(Action::Down, 3);
        c.on_action(Action::Down, 3);
        c.on_action(Action::Down, 3);
        assert_eq!(c.selected(), 2, "stops at the last cue");
        assert_eq!(c.on_action(Action::Toggle, 3), Some(Change::Toggle(2)));
        c.on_action(Action::Top, 3);
        assert_eq!(c.on_action(Action::Toggle, 3), Some(Change::Toggle(0)));
        assert_eq!(c.on_action(Action::Toggle, 0), Some(Change::Moved));
        assert_eq!(c.on_action(Action::Save, 3), None, "not the checklist's");
        c.on_action(Action::Bottom, 3);
        c.reset();
        assert_eq!(c.selected(), 0);
    }

    #[test]
    fn the_title_counts_in_words() {
        assert_eq!(
            title(&[("a", true), ("b", false), ("c", true)]),
            " What assessors listen for: 2 of 3 covered "
        );
    }
}
