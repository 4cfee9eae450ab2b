//! The one text box: every screen that takes typing (an answer part, a reflection, pair practice's
//! observations, Keep / Stop / Start and initials, a refined answer) holds a [`TextBox`].
//!
//! It owns everything about typing, so a fix reaches every box at once: the editing (on
//! `ratatui_textarea`), the keys (it is given [`Action`]s from the key map, never raw keys), the
//! word wrap (a wrapped line starts at a word, not at the space before it), paste, undo and
//! redo, the 200 KB limit on an answer with its plain message, the insertion point and the
//! scrolling. As in ratatui's widget and state split, the screen keeps the box (its state:
//! text, history, scroll) and draws it by reference each frame, with the theme of the moment.
//!
//! The box is the only place in the terminal shell that knows the limit: every change that would
//! take the text past it (a key, a paste, an undo, a redo) is refused or cut, and said so.

use super::component::{Effect, Notice};
use super::keymap::{Action, is_line_feed};
use super::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};
use ratatui_textarea::{CursorMove, DataCursor, TextArea, WrapMode};

/// The most one box keeps, in bytes: the most an answer can hold anywhere (plain mode, sheet
/// import and the analysis refuse more).
const LIMIT: usize = crate::insight::MAX_ANSWER_BYTES;

/// Whether a box holds one line (a line break typed or pasted becomes a space, and Enter is left
/// to the screen) or many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    Many,
}

/// What an action or a paste did to the box.
#[must_use]
#[derive(Debug, Default)]
pub struct Edit {
    /// The text is different: the screen's copy (and its draft) must follow.
    pub changed: bool,
    /// Something was refused or cut, in words for the PSW.
    pub notice: Option<Notice>,
}

impl Edit {
    /// The effects a screen returns for this edit: the notice, if there is one.
    pub fn effects(self) -> Vec<Effect> {
        self.notice.map(Effect::Notify).into_iter().collect()
    }
}

/// A text box: the text, its undo history, the insertion point and the scroll.
pub struct TextBox {
    editor: TextArea<'static>,
    lines: Lines,
    /// Shown dimmed while the box is empty: what to type here.
    placeholder: String,
}

impl Default for TextBox {
    fn default() -> TextBox {
        TextBox::new("", Lines::Many)
    }
}

impl TextBox {
    /// A box holding `text`, with the insertion point at its end, where the PSW carries on.
    pub fn new(text: &str, lines: Lines) -> TextBox {
        let text = match lines {
            Lines::One => text.replace('\n', " "),
            Lines::Many => text.to_string(),
        };
        let mut editor = TextArea::new(text.split('\n').map(str::to_string).collect());
        editor.set_wrap_mode(WrapMode::WordOrGlyph);
        editor.set_cursor_line_style(Style::new());
        // The insertion point is drawn by `render`, in the theme of the moment.
        editor.set_cursor_style(Style::new());
        editor.move_cursor(CursorMove::Bottom);
        editor.move_cursor(CursorMove::End);
        TextBox {
            editor,
            lines,
            placeholder: String::new(),
        }
    }

    /// Shows `placeholder` while the box is empty.
    pub fn with_placeholder(mut self, placeholder: impl Into<String>) -> TextBox {
        self.placeholder = placeholder.into();
        self
    }

    /// Changes what the empty box says (recorded practice: whether this part is recording).
    pub fn set_placeholder(&mut self, placeholder: String) {
        self.placeholder = placeholder;
    }

    /// The text, lines joined with `\n`.
    pub fn text(&self) -> String {
        self.editor.lines().join("\n")
    }

    pub fn is_empty(&self) -> bool {
        self.editor.is_empty()
    }

    /// Bytes in the box, line breaks counted.
    pub fn len(&self) -> usize {
        let lines = self.editor.lines();
        lines.iter().map(String::len).sum::<usize>() + lines.len().saturating_sub(1)
    }

    /// Acts on a key-map action that edits text: typing, undo, redo. `None` for any other action,
    /// which is the screen's.
    pub fn on_action(&mut self, action: Action) -> Option<Edit> {
        Some(match action {
            Action::Type(key) => self.on_key(key),
            // Undo never goes past the limit unless the text came in over it; then redo puts
            // the box back as it was.
            Action::Undo => self.within_limit(TextArea::undo, TextArea::redo),
            // A key refused at the limit is still in the redo history: redo is checked too.
            Action::Redo => self.within_limit(TextArea::redo, TextArea::undo),
            _ => return None,
        })
    }

    fn on_key(&mut self, key: KeyEvent) -> Edit {
        // A line feed arrives as Ctrl-J in raw mode, which the editor's own bindings would take
        // as "delete the line": it is a line break.
        let key = if is_line_feed(&key) {
            KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)
        } else {
            key
        };
        let breaks_line = matches!(key.code, KeyCode::Enter | KeyCode::Char('\n' | '\r'))
            || (key.code == KeyCode::Char('m') && key.modifiers.contains(KeyModifiers::CONTROL));
        if self.lines == Lines::One && breaks_line {
            return Edit::default();
        }
        self.within_limit(|e| e.input(key), TextArea::undo)
    }

    /// Makes a change; when it takes the box past the limit, `revert` takes it back and the
    /// PSW is told.
    fn within_limit(
        &mut self,
        change: impl FnOnce(&mut TextArea<'static>) -> bool,
        revert: impl FnOnce(&mut TextArea<'static>) -> bool,
    ) -> Edit {
        let before = self.len();
        if !change(&mut self.editor) {
            return Edit::default();
        }
        // Only growth is refused: a text that came in over the limit can still be cut down.
        let after = self.len();
        if after <= LIMIT || after <= before {
            return Edit {
                changed: true,
                notice: None,
            };
        }
        revert(&mut self.editor);
        Edit {
            changed: false,
            notice: Some(Notice::warning(format!(
                "{}: what you typed or pasted was not added.",
                full_text()
            ))),
        }
    }

    /// Inserts pasted (or quickly typed) text at the insertion point: line breaks as the
    /// terminal sent them (`\r`, `\r\n`) become the box's own, or spaces in a one-line box; a tab
    /// is a space and any other control character (a bell, an escape, a backspace) is left out,
    /// so the note holds plain text; what does not fit within the limit is left out, and the PSW
    /// is told.
    pub fn paste(&mut self, text: &str) -> Edit {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut text: String = match self.lines {
            // A tab or any other control character pasted into one line is a space too.
            Lines::One => text
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect(),
            // A pasted tab showed as spaces here and as nothing on the rating step and in
            // review, and a bell or an escape went into the note as it was.
            Lines::Many => text
                .chars()
                .filter_map(|c| match c {
                    '\n' => Some(c),
                    '\t' => Some(' '),
                    c if c.is_control() => None,
                    c => Some(c),
                })
                .collect(),
        };
        let room = LIMIT.saturating_sub(self.len());
        let mut notice = None;
        if text.len() > room {
            text.truncate(text.floor_char_boundary(room));
            notice = Some(Notice::warning(if text.is_empty() {
                format!("{}: what you typed or pasted was not added.", full_text())
            } else {
                format!(
                    "{}: only the first {} KB of what you pasted or typed was added; the rest \
                     was not.",
                    full_text(),
                    text.len().div_ceil(1024)
                )
            }));
        }
        Edit {
            changed: self.editor.insert_str(text),
            notice,
        }
    }

    /// Starts a new line for the next words, unless the last line is blank already (typing on
    /// pair practice's list becomes a note of its own in the observations).
    pub fn start_a_line(&mut self) -> Edit {
        if self
            .editor
            .lines()
            .last()
            .is_none_or(|l| l.trim().is_empty())
        {
            return Edit::default();
        }
        self.editor.move_cursor(CursorMove::Bottom);
        self.editor.move_cursor(CursorMove::End);
        self.within_limit(
            |e| {
                e.insert_newline();
                true
            },
            TextArea::undo,
        )
    }

    /// Selects the whole text, so the next character typed or pasted replaces it (Backspace and
    /// the arrows leave it and edit as usual).
    pub fn select_all(&mut self) {
        self.editor.select_all();
    }

    /// Leaves the selection, if there is one, keeping the text.
    pub fn keep_selection_text(&mut self) {
        self.editor.cancel_selection();
    }

    /// Whether part of the text is selected (and would be replaced by what is typed next).
    pub fn has_selection(&self) -> bool {
        self.editor.is_selecting()
    }

    /// Forgets the scroll kept from the last drawing, so the next drawing shows as much as fits
    /// with the insertion point in view, as a new box would. Without this, a window shrunk and
    /// grown again leaves the first lines of an answer hidden above empty rows. The insertion
    /// point and any selection stay where they were.
    pub fn refit(&mut self) {
        let DataCursor(row, col) = self.editor.cursor();
        // Scrolling moves the insertion point into view; the jump puts it back. Twice, because
        // one scroll moves at most i16::MAX rows.
        for _ in 0..2 {
            self.editor.scroll((-i16::MAX, -i16::MAX));
        }
        let to = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        self.editor.move_cursor(CursorMove::Jump(to(row), to(col)));
    }

    /// Draws the box in `block` (or bare, without one); returns where the insertion point is on
    /// screen, for the terminal's cursor.
    pub fn render(
        &self,
        block: Option<Block<'_>>,
        theme: &Theme,
        area: Rect,
        buf: &mut Buffer,
    ) -> Option<Position> {
        let inner = match block {
            Some(block) => {
                let inner = block.inner(area);
                block.render(area, buf);
                inner
            }
            None => area,
        };
        self.editor.render(inner, buf);
        if self.editor.is_empty() && inner.width > 1 {
            let after_cursor = Rect {
                x: inner.x + 1,
                width: inner.width - 1,
                height: inner.height.min(1),
                ..inner
            };
            Line::styled(self.placeholder.as_str(), theme.dim).render(after_cursor, buf);
        }
        let at = self.editor.screen_cursor();
        let (top_row, top_col) = self.editor.scroll_offset();
        let row = u16::try_from(at.row).ok()?.checked_sub(top_row)?;
        let mut col = u16::try_from(at.col).ok()?.checked_sub(top_col)?;
        if drop_wrap_spaces(&self.editor, inner, top_row, buf).contains(&row) {
            col = col.saturating_sub(1);
        }
        if row >= inner.height || col >= inner.width {
            return None;
        }
        let at = Position::new(inner.x + col, inner.y + row);
        // Reverse video shows the insertion point in every theme, and with NO_COLOR.
        buf[at].set_style(theme.selected.add_modifier(Modifier::REVERSED));
        Some(at)
    }

    /// Whether the box, as last drawn, shows its text from below the top: lines are out of sight
    /// above.
    pub fn scrolled_down(&self) -> bool {
        self.editor.scroll_offset().0 > 0
    }

    /// Draws a one-line box on one row in `style`, without wrapping: a text wider than the row
    /// shows the part around the insertion point, with "…" where text is out of sight (so while
    /// typing at the end, "…" and the last words). Returns where the insertion point is.
    pub fn render_line(
        &self,
        style: Style,
        theme: &Theme,
        area: Rect,
        buf: &mut Buffer,
    ) -> Option<Position> {
        use unicode_width::UnicodeWidthChar;
        if area.width < 2 || area.height == 0 {
            return None;
        }
        let area = Rect { height: 1, ..area };
        let text = self.editor.lines().first().map_or("", String::as_str);
        if text.is_empty() {
            Line::styled(self.placeholder.as_str(), theme.dim).render(
                Rect {
                    x: area.x + 1,
                    width: area.width - 1,
                    ..area
                },
                buf,
            );
        }
        let shown = crate::display::visible(text);
        let chars: Vec<(char, usize)> =
            shown.chars().map(|c| (c, c.width().unwrap_or(0))).collect();
        let DataCursor(_, at) = self.editor.cursor();
        let at = at.min(chars.len());
        let room = usize::from(area.width);
        let width = |from: usize, to: usize| chars[from..to].iter().map(|c| c.1).sum::<usize>();
        // The first character shown: as much before the insertion point as fits, with a cell for
        // the "…" and one for the insertion point itself.
        let mut start = 0;
        if width(0, at) + 1 > room {
            start = at;
            // "…", the text, then the insertion point: within the row.
            while start > 0 && 1 + width(start - 1, at) < room {
                start -= 1;
            }
        }
        let mut line = String::new();
        let mut used = 0;
        if start > 0 {
            line.push('…');
            used += 1;
        }
        let cursor_x = used + width(start, at);
        for (i, &(c, w)) in chars.iter().enumerate().skip(start) {
            // Text after the insertion point that does not fit ends in "…".
            let last = i + 1 == chars.len();
            if used + w + usize::from(!last) > room {
                line.push('…');
                break;
            }
            line.push(c);
            used += w;
        }
        Line::styled(line, style).render(area, buf);
        let x = u16::try_from(cursor_x).ok()?;
        if x >= area.width {
            return None;
        }
        let at = Position::new(area.x + x, area.y);
        buf[at].set_style(theme.selected.add_modifier(Modifier::REVERSED));
        Some(at)
    }
}

/// What the PSW is told when an answer is full.
fn full_text() -> String {
    format!(
        "This answer has reached {} KB (about 30,000 words), the most kept for one answer",
        LIMIT / 1024
    )
}

/// The editor wraps before the space between two words, so a wrapped line would start with that
/// space. This moves such lines one column left, as a reader expects; it returns the rows moved
/// (the cursor on one of them moves too). A line the PSW began with a space is left alone: only
/// lines that continue a longer one are touched.
fn drop_wrap_spaces(
    editor: &TextArea<'static>,
    inner: Rect,
    top_row: u16,
    buf: &mut Buffer,
) -> Vec<u16> {
    let mut moved = Vec::new();
    if editor.is_empty() || inner.width < 2 {
        return moved;
    }
    let lines = editor.lines();
    for y in 0..inner.height {
        let display_row = usize::from(top_row) + usize::from(y);
        let DataCursor(line, char_col) = editor.screen_to_data(display_row, 0);
        let continues = char_col > 0
            && lines
                .get(line)
                .and_then(|l| l.chars().nth(char_col))
                .is_some_and(|c| c == ' ');
        // (Past the end of the text the mapping clamps to the last line; moving a blank row is
        // harmless.)
        if !continues {
            continue;
        }
        let row = inner.y + y;
        for x in inner.x..inner.right() - 1 {
            let next = buf[(x + 1, row)].clone();
            buf[(x, row)] = next;
        }
        buf[(inner.right() - 1, row)].reset();
        moved.push(y);
    }
    moved
}

#[cfg(test)]
mod tests;
