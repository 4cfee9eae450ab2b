//! "What assessors listen for": a question's `listen_for` cues as a checklist the PSW ticks at the
//! rating step, to say which their answer covered.
//!
//! The ticks belong to the session (they are saved in the note); this component owns only which cue
//! is highlighted. It turns key-map actions into a [`ChecklistChange`] for its screen to apply, and
//! draws from `&self` with the cues and ticks it is handed.

use crate::tui::keymap::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

/// What an action did to the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChecklistChange {
    /// The highlight moved (or could not): nothing to save.
    Moved,
    /// Tick or untick the cue at this index.
    Toggle(usize),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checklist {
    selected: usize,
}

/// The title, with the count in words so it does not rely on the ticks being seen. "Ticked as
/// covered" says whose the count is: "0 of 4 covered", over an answer that plainly gave two of
/// them, read as the coach's verdict before any tick (the thirteenth walk's row 1).
pub fn title(cues: &[(&str, bool)]) -> String {
    let covered = cues.iter().filter(|(_, t)| *t).count();
    format!(
        " What assessors listen for: {covered} of {} ticked as covered ",
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
    pub fn on_action(&mut self, action: Action, len: usize) -> Option<ChecklistChange> {
        let last = len.saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::Toggle if len > 0 => {
                return Some(ChecklistChange::Toggle(self.selected.min(last)));
            }
            Action::Toggle => {}
            _ => return None,
        }
        Some(ChecklistChange::Moved)
    }

    /// Rows the checklist needs at `width` (borders included) to show every cue in full.
    pub fn height(cues: &[(&str, bool)], width: u16) -> u16 {
        let inner = usize::from(width.saturating_sub(2).max(1));
        cues.iter()
            .map(|(cue, ticked)| rows(&cue_text(cue, *ticked), inner))
            .sum::<u16>()
            + 2
    }

    /// Rows the checklist needs while it has the keys: each cue on a line of its own, and under
    /// them a band as tall as the longest cue, where the highlighted one is shown whole. The
    /// height is the same whichever cue is highlighted, so nothing moves as ↑↓ go through them
    /// (walk item 21: the highlighted cue used to open up in place and push the rest down).
    pub fn focused_height(&self, cues: &[(&str, bool)], width: u16) -> u16 {
        let inner = usize::from(width.saturating_sub(2).max(1));
        u16::try_from(cues.len())
            .unwrap_or(u16::MAX)
            .saturating_add(band_rows(cues, inner))
            .saturating_add(2)
    }

    /// Draws the cues in `area`. Every cue is shown in full when there is room; otherwise each
    /// keeps one line, cut short, and while focused the highlighted one, when cut, is shown
    /// whole in a band of fixed height under the list. The highlighted cue is always in view.
    /// Returns where the cursor goes when focused.
    pub fn render(
        &self,
        cues: &[(&str, bool)],
        focused: bool,
        theme: &Theme,
        area: Rect,
        buf: &mut Buffer,
    ) -> Option<Position> {
        if area.height < 3 || area.width < 8 || cues.is_empty() {
            return None;
        }
        let border = if focused { theme.title } else { theme.border };
        let block = Block::bordered().title(title(cues)).border_style(border);
        let inner = block.inner(area);
        let full = Checklist::height(cues, area.width) <= area.height;
        let width = usize::from(inner.width);
        let selected = self.selected.min(cues.len() - 1);
        // The band for the highlighted cue whole, under a list of every cue one line each.
        let band = if full || !focused {
            0
        } else {
            band_rows(cues, width)
        };
        let count = u16::try_from(cues.len()).unwrap_or(u16::MAX);
        if band > 0 && inner.height < count + band {
            return self.render_from_the_highlighted(cues, theme, block, area, buf);
        }
        let list_height = inner.height - band;
        let mut lines: Vec<Line> = Vec::new();
        for (i, (cue, ticked)) in cues.iter().enumerate() {
            let text = cue_text(cue, *ticked);
            let style = if focused && i == selected {
                theme.selected
            } else if *ticked {
                theme.good
            } else {
                theme.text
            };
            let rows: Vec<String> = if full {
                wrap(&text, width)
            } else {
                vec![cut(&text, width)]
            };
            lines.extend(rows.into_iter().map(|r| Line::from(Span::styled(r, style))));
        }
        let cursor_row = if full {
            cues[..selected]
                .iter()
                .map(|(cue, ticked)| rows(&cue_text(cue, *ticked), width))
                .sum()
        } else {
            u16::try_from(selected).unwrap_or(u16::MAX)
        };
        let selected_rows = if full {
            rows(&cue_text(cues[selected].0, cues[selected].1), width)
        } else {
            1
        };
        // Keep the highlighted cue in view when the lines are still too many.
        let skip = (cursor_row + selected_rows)
            .saturating_sub(list_height)
            .min(cursor_row);
        // Cues out of view are said on the bottom border, so a one-row list does not look whole.
        let hidden_below = u16::try_from(lines.len())
            .unwrap_or(u16::MAX)
            .saturating_sub(skip)
            > list_height;
        let mark = widgets::more_mark(skip > 0, hidden_below);
        let block = match mark {
            Some(mark) => block.title_bottom(Line::from(mark).right_aligned()),
            None => block,
        };
        block.render(area, buf);
        let list_area = Rect {
            height: list_height,
            ..inner
        };
        Paragraph::new(lines)
            .scroll((skip, 0))
            .render(list_area, buf);
        if band > 0 {
            let (cue, ticked) = cues[selected];
            let text = cue_text(cue, ticked);
            // Only a cue cut in the list needs saying again; a whole one leaves the band empty.
            if cut(&text, width) != text {
                let whole: Vec<Line> = wrap(&text, width)
                    .into_iter()
                    .map(|r| Line::from(Span::styled(r, theme.selected)))
                    .collect();
                let band_area = Rect {
                    y: inner.y + list_height,
                    height: band,
                    ..inner
                };
                Paragraph::new(whole).render(band_area, buf);
            }
        }
        let cursor_row = cursor_row - skip;
        (focused && cursor_row < list_height)
            .then(|| Position::new(inner.x + 1, inner.y + cursor_row))
    }
}

impl Checklist {
    /// Too short a window for the list and the band: the highlighted cue whole on the top row,
    /// the cues after it one line each under it. The highlighted cue is always in the same
    /// place, so ↑↓ change what is shown there rather than moving the list about.
    fn render_from_the_highlighted(
        &self,
        cues: &[(&str, bool)],
        theme: &Theme,
        block: Block,
        area: Rect,
        buf: &mut Buffer,
    ) -> Option<Position> {
        let inner = block.inner(area);
        let width = usize::from(inner.width);
        let selected = self.selected.min(cues.len() - 1);
        let mut lines: Vec<Line> = Vec::new();
        for (i, (cue, ticked)) in cues.iter().enumerate().skip(selected) {
            let text = cue_text(cue, *ticked);
            if i == selected {
                lines.extend(
                    whole_within(&text, width, inner.height)
                        .into_iter()
                        .map(|r| Line::from(Span::styled(r, theme.selected))),
                );
            } else {
                let style = if *ticked { theme.good } else { theme.text };
                lines.push(Line::from(Span::styled(cut(&text, width), style)));
            }
        }
        let hidden_below = u16::try_from(lines.len()).unwrap_or(u16::MAX) > inner.height;
        let mark = widgets::more_mark(selected > 0, hidden_below);
        let block = match mark {
            Some(mark) => block.title_bottom(Line::from(mark).right_aligned()),
            None => block,
        };
        block.render(area, buf);
        Paragraph::new(lines).render(inner, buf);
        Some(Position::new(inner.x + 1, inner.y))
    }
}

/// A cue wrapped to `width` in at most `rows` rows: a cue longer than that ends its last row
/// with "…", rather than losing its end unmarked in a one-row checklist.
fn whole_within(text: &str, width: usize, rows: u16) -> Vec<String> {
    let mut lines = wrap(text, width);
    let rows = usize::from(rows.max(1));
    if lines.len() > rows {
        let rest: Vec<&str> = lines[rows - 1..].iter().map(|l| l.trim()).collect();
        let last = if rows == 1 {
            rest.join(" ")
        } else {
            format!("    {}", rest.join(" "))
        };
        lines.truncate(rows - 1);
        lines.push(cut(&last, width));
    }
    lines
}

/// Rows of the band that shows a cut cue whole: as many as the longest cue that does not fit on
/// one line needs, or none when every cue fits.
fn band_rows(cues: &[(&str, bool)], width: usize) -> u16 {
    cues.iter()
        .map(|(cue, ticked)| rows(&cue_text(cue, *ticked), width))
        .filter(|&r| r > 1)
        .max()
        .unwrap_or(0)
}

/// A cue's text wrapped to `width`, later lines indented past the tick box so the cues stay
/// easy to tell apart.
fn wrap(text: &str, width: usize) -> Vec<String> {
    widgets::wrap_hanging(text, width, "    ")
}

fn rows(text: &str, width: usize) -> u16 {
    u16::try_from(wrap(text, width).len()).unwrap_or(u16::MAX)
}

fn cut(text: &str, width: usize) -> String {
    widgets::cut_line(text, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_within_the_list_and_toggles_the_highlighted_cue() {
        let mut c = Checklist::default();
        assert_eq!(c.on_action(Action::Up, 3), Some(ChecklistChange::Moved));
        assert_eq!(c.selected(), 0);
        c.on_action(Action::Down, 3);
        c.on_action(Action::Down, 3);
        c.on_action(Action::Down, 3);
        assert_eq!(c.selected(), 2, "stops at the last cue");
        assert_eq!(
            c.on_action(Action::Toggle, 3),
            Some(ChecklistChange::Toggle(2))
        );
        c.on_action(Action::Top, 3);
        assert_eq!(
            c.on_action(Action::Toggle, 3),
            Some(ChecklistChange::Toggle(0))
        );
        assert_eq!(c.on_action(Action::Toggle, 0), Some(ChecklistChange::Moved));
        assert_eq!(c.on_action(Action::Save, 3), None, "not the checklist's");
        c.on_action(Action::Bottom, 3);
        c.reset();
        assert_eq!(c.selected(), 0);
    }

    /// At 80x24 with recorded parts, the checklist can have one row: the highlighted cue, too
    /// long for it, ends in "…" rather than stopping mid-sentence unmarked.
    #[test]
    fn a_highlighted_cue_too_long_for_a_one_row_checklist_ends_in_an_ellipsis() {
        let cues = [
            ("Short", false),
            (
                "Evidence of the council contributing to the wider sector, such as tools or \
                 training shared with other councils",
                false,
            ),
        ];
        let mut c = Checklist::default();
        c.on_action(Action::Down, cues.len());
        let area = Rect::new(0, 0, 80, 3);
        let mut buf = Buffer::empty(area);
        c.render(&cues, true, &crate::tui::theme::MONOCHROME, area, &mut buf);
        let row: String = (0..80).map(|x| buf[(x, 1)].symbol()).collect();
        assert!(row.trim_end_matches([' ', '│']).ends_with('…'), "{row:?}");
        assert!(row.contains("Evidence of the council"), "{row:?}");
    }

    #[test]
    fn the_title_counts_in_words() {
        assert_eq!(
            title(&[("a", true), ("b", false), ("c", true)]),
            " What assessors listen for: 2 of 3 ticked as covered "
        );
    }
}
