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

/// A panel centred over a screen, at most 64 columns wide: its sentences, then the keys of
/// `keys` from the key map, each with its sentence, so a panel names exactly the keys it handles.
pub fn panel(
    title: &str,
    mut lines: Vec<Line<'_>>,
    keys: super::keymap::Context,
    border: ratatui::style::Style,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    lines.extend(
        super::keymap::bindings(keys)
            .iter()
            .filter(|b| b.footer)
            .map(|b| key_line(&[(b.key_label, b.help)], theme)),
    );
    let width = 64.min(area.width);
    let height = lines_height(&lines, usize::from(width.saturating_sub(2))) + 2;
    let popup = centred(area, width, height);
    ratatui::widgets::Clear.render(popup, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            ratatui::widgets::Block::bordered()
                .title(title.to_string())
                .border_style(border),
        )
        .render(popup, buf);
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

/// Rows for the one-line notice under a screen's body: wrapped to the width, at most three, none
/// when there is no notice. Every screen gives it the same room.
pub fn notice_height(notice: Option<&super::component::Notice>, width: u16) -> u16 {
    notice.map_or(0, |n| wrapped_height(&n.text, usize::from(width)).min(3))
}

/// The rows a question on top of a screen takes at `width`: as many as it wraps to, three at
/// most, so the screen's own parts keep their room (attempts, refine).
pub fn question_height(ask: &str, width: u16) -> u16 {
    wrapped_height(ask, usize::from(width)).min(3)
}

/// A question on top of a screen, wrapped in the question style, in the rows
/// [`question_height`] gave it.
pub fn render_question(ask: &str, theme: &Theme, area: Rect, buf: &mut Buffer) {
    Paragraph::new(ask)
        .style(theme.question)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// Lines a text takes when word-wrapped to `width` columns, as `Paragraph` wraps it: the spaces
/// between words count (an indented line keeps its indent), and a wrapped line starts at a word.
pub fn wrapped_height(text: &str, width: usize) -> u16 {
    // A line break starts a new line, as the paragraph draws it (a trailing one adds none).
    if text.contains('\n') {
        let rows: u16 = text
            .lines()
            .map(|line| wrapped_height(line, width))
            .fold(0, u16::saturating_add);
        return rows.max(1);
    }
    use unicode_width::UnicodeWidthStr;
    let width = width.max(1);
    let mut lines = 1usize;
    let mut used = 0usize;
    let mut rest = text;
    let mut first = true;
    while !rest.is_empty() {
        let word_start = rest
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(rest.len());
        let gap = rest[..word_start].width();
        rest = &rest[word_start..];
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..word_end];
        rest = &rest[word_end..];
        if word.is_empty() {
            break;
        }
        let w = word.width().max(1);
        let needed = if used == 0 && !first {
            w
        } else {
            used + gap + w
        };
        first = false;
        if needed <= width {
            used = needed;
            continue;
        }
        if used > 0 {
            lines += 1;
        }
        // A word longer than the line is broken across whole lines of its own.
        lines += (w - 1) / width;
        used = (w - 1) % width + 1;
    }
    u16::try_from(lines).unwrap_or(u16::MAX)
}

/// Lines a list of lines takes when each is word-wrapped to `width` columns.
pub fn lines_height(lines: &[Line], width: usize) -> u16 {
    lines
        .iter()
        .map(|line| {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            wrapped_height(&text, width)
        })
        .fold(0u16, u16::saturating_add)
}

/// A space that wrapping never breaks at, turned back into a plain space once wrapped.
const UNBROKEN: char = '\u{a0}';

/// `text` wrapped with `options`, each figure kept with the unit of time after it ("3 s", "1 min
/// 05 s", "2 h"), so no line ends with "2 min 30" and starts the next with "s target".
pub fn wrap_keeping_units(text: &str, options: textwrap::Options) -> Vec<String> {
    let mut joined = String::with_capacity(text.len());
    let mut words = text.split(' ').peekable();
    while let Some(word) = words.next() {
        joined.push_str(word);
        let Some(next) = words.peek() else { break };
        let unit = next.trim_end_matches(|c: char| c.is_ascii_punctuation());
        let figure = word.ends_with(|c: char| c.is_ascii_digit());
        joined.push(if figure && matches!(unit, "s" | "min" | "h") {
            UNBROKEN
        } else {
            ' '
        });
    }
    textwrap::wrap(&joined, options)
        .into_iter()
        .map(|l| l.replace(UNBROKEN, " "))
        .collect()
}

/// `text` wrapped to `width` columns at word boundaries, every line after the first starting
/// with `indent` (a list item's text then lines up under itself, past its tick box).
pub fn wrap_hanging(text: &str, width: usize, indent: &str) -> Vec<String> {
    let options = textwrap::Options::new(width.max(indent.len() + 1)).subsequent_indent(indent);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// `text` on one line of `width` columns, cut with an ellipsis when it is too long (one helper
/// for the screens and the command line, which names notes the same way).
pub use crate::text::cut_line;

/// `text` on one row of `width` columns with its start elided: "… " and then the end of the text,
/// from a word boundary, so that a row continuing on the next one still reads on into it (cutting
/// the end instead would break the sentence between two rows).
pub fn elide_start(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let marked = format!("… {text}");
    if marked.width() <= width {
        return marked;
    }
    let room = width.saturating_sub("… ".width());
    let tail = text
        .char_indices()
        .filter(|&(i, c)| c == ' ' && text[i..].trim_start().width() <= room)
        .map(|(i, _)| text[i..].trim_start())
        .next();
    match tail {
        Some(tail) if !tail.is_empty() => format!("… {tail}"),
        // One word wider than the row: cut its end, as elsewhere.
        _ => cut_line(&marked, width),
    }
}

/// A styled line on one row of `width` columns: when it is too long, its spans are cut and the
/// last one shown ends in "…" (in that span's style), as [`cut_line`] does for plain text.
pub fn cut_spans(line: Line<'_>, width: usize) -> Line<'_> {
    use unicode_width::UnicodeWidthStr;
    if line.width() <= width {
        return line;
    }
    let mut spans: Vec<Span> = Vec::new();
    let mut room = width;
    for span in line.spans {
        let w = span.content.width();
        if w < room {
            room -= w;
            spans.push(span);
            continue;
        }
        // This span does not fit with the ellipsis after it: cut it, and stop here.
        let cut = cut_line(&span.content, room);
        let cut = if cut.ends_with('…') {
            cut
        } else {
            cut_line(&format!("{cut}…"), room)
        };
        spans.push(Span::styled(cut, span.style));
        break;
    }
    Line::from(spans).style(line.style)
}

/// `text` word-wrapped to `width` columns in at most `rows` lines; when more would follow, the
/// last line shown ends in "…", so a message too long for its room is visibly cut, never silently.
pub fn wrap_cut(text: &str, width: usize, rows: usize) -> Vec<String> {
    let mut lines: Vec<String> = textwrap::wrap(text, width.max(1))
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            use unicode_width::UnicodeWidthStr;
            *last = if last.width() < width {
                format!("{last}…")
            } else {
                cut_line(&format!("{last}…"), width)
            };
        }
    }
    lines
}

/// The notice under a screen's body, in the rows `notice_height` gave it: wrapped, and cut with
/// "…" when it needs more than three lines.
pub fn render_notice(
    notice: Option<&super::component::Notice>,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let Some(notice) = notice else { return };
    let style = notice_style(notice, theme);
    let lines: Vec<Line> = wrap_cut(
        &notice.text,
        usize::from(area.width),
        usize::from(area.height),
    )
    .into_iter()
    .map(|l| Line::styled(l, style))
    .collect();
    Paragraph::new(lines).render(area, buf);
}

/// The footer for a key-map context, fitted to the row it is drawn on.
pub fn footer(context: super::keymap::Context, theme: &Theme) -> Footer<'_> {
    Footer {
        keys: super::keymap::footer(context),
        theme,
    }
}

/// A footer of keys that fits itself to its row when drawn (see [`key_line_within`]).
pub struct Footer<'a> {
    keys: Vec<(&'static str, &'static str)>,
    theme: &'a Theme,
}

impl Widget for Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        key_line_within(&self.keys, self.theme, area.width).render(area, buf);
    }
}

/// A footer line of keys for a row `width` columns wide. In a narrow window the row used to stop
/// mid-word ("Shift-Tab ba"); now the keys that do not fit whole are left out from the end, the
/// help key is kept (help lists every key), and "…" says some are not shown.
pub fn key_line_within<'a>(keys: &[(&'a str, &'a str)], theme: &Theme, width: u16) -> Line<'a> {
    use unicode_width::UnicodeWidthStr;
    let width = usize::from(width);
    let wide = |(key, what): &(&str, &str)| key.width() + 1 + what.width();
    let whole: usize = keys.iter().map(wide).sum::<usize>() + 2 * keys.len().saturating_sub(1);
    if whole <= width {
        return key_line(keys, theme);
    }
    const MORE: &str = "  …";
    let help = keys.iter().position(|(_, what)| *what == "help");
    let reserve = MORE.chars().count() + help.map_or(0, |i| wide(&keys[i]) + 2);
    let mut kept = Vec::new();
    let mut used = 0;
    for (i, key) in keys.iter().enumerate() {
        if Some(i) == help {
            continue;
        }
        let add = wide(key) + if kept.is_empty() { 0 } else { 2 };
        if used + add + reserve > width {
            break;
        }
        used += add;
        kept.push(*key);
    }
    if let Some(i) = help {
        kept.push(keys[i]);
    }
    let mut line = key_line(&kept, theme);
    line.spans.push(Span::styled(MORE, theme.dim));
    line
}

/// How a notice is drawn: by how much it matters, never by what it says.
pub fn notice_style(notice: &super::component::Notice, theme: &Theme) -> ratatui::style::Style {
    match notice.kind {
        super::component::NoticeKind::Info => theme.text,
        super::component::NoticeKind::Warning => theme.warn,
        super::component::NoticeKind::Problem => theme.bad,
    }
}

/// The mark on a list's bottom border when some of it is out of view, so a cut list never looks
/// whole: above, below, or both.
pub fn more_mark(above: bool, below: bool) -> Option<&'static str> {
    match (above, below) {
        (true, true) => Some(" ↑↓ more "),
        (true, false) => Some(" ↑ more "),
        (false, true) => Some(" ↓ more "),
        (false, false) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{cut_line, elide_start, wrap_cut, wrap_hanging, wrapped_height};

    /// The fifth walk: at 60 columns the rehearsal's footer stopped mid-word ("Shift-Tab ba").
    /// Every footer, at any width from the smallest window up, shows each key whole, keeps help,
    /// and ends in "…" when some are left out.
    #[test]
    fn a_footer_too_wide_for_its_row_leaves_out_whole_keys_and_says_so() {
        use crate::tui::keymap::{Context, footer};
        use unicode_width::UnicodeWidthStr;
        for context in Context::ALL {
            let keys = footer(context);
            for width in super::MIN_WIDTH..=100 {
                let line = super::key_line_within(&keys, &crate::tui::theme::MONOCHROME, width);
                let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                assert!(
                    text.width() <= usize::from(width),
                    "{context:?} at {width}: {text}"
                );
                let cut = text.ends_with('…');
                for hint in text.trim_end_matches('…').trim_end().split("  ") {
                    assert!(
                        keys.iter().any(|(k, w)| format!("{k} {w}") == hint),
                        "{context:?} at {width}: {hint:?} is not a whole key in {text:?}"
                    );
                }
                let shown = text.trim_end_matches('…').trim_end().split("  ").count();
                assert_eq!(cut, shown < keys.len(), "{context:?} at {width}: {text}");
                if keys.iter().any(|(_, w)| *w == "help") {
                    assert!(text.contains(" help"), "{context:?} at {width}: {text}");
                }
            }
        }
    }

    #[test]
    fn a_message_too_long_for_its_rows_ends_in_an_ellipsis() {
        assert_eq!(wrap_cut("one two three", 7, 2), ["one two", "three"]);
        assert_eq!(wrap_cut("one two three four", 7, 2), ["one two", "three…"]);
        assert_eq!(wrap_cut("one two three four", 5, 2), ["one", "two…"]);
        assert_eq!(wrap_cut("abcde fghij klm", 5, 2), ["abcde", "fghi…"]);
    }

    #[test]
    fn hanging_wrap_and_cut() {
        assert_eq!(
            wrap_hanging("[ ] one two three four", 12, "    "),
            ["[ ] one two", "    three", "    four"]
        );
        assert_eq!(cut_line("one two three", 13), "one two three");
        assert_eq!(cut_line("one two three", 9), "one two…");
        assert_eq!(cut_line("😀😀😀", 4), "😀…");
    }

    #[test]
    fn a_row_with_its_start_out_of_view_keeps_its_end_from_a_word_boundary() {
        assert_eq!(elide_start("one two", 20), "… one two");
        // Too wide with the mark: whole words go from the start, the end stays.
        assert_eq!(elide_start("one two three", 12), "… two three");
        assert_eq!(elide_start("one two three", 8), "… three");
        // One word too wide for the row: cut as any other line.
        assert_eq!(elide_start("abcdefghij", 6), "… abc…");
    }

    #[test]
    fn wrapped_height_counts_lines_as_word_wrap_does() {
        assert_eq!(wrapped_height("", 10), 1);
        assert_eq!(wrapped_height("one two three", 13), 1);
        assert_eq!(wrapped_height("one two three", 12), 2);
        assert_eq!(wrapped_height("abcdefghijklmnopqrstuvwxy", 10), 3);
        assert_eq!(wrapped_height("😀😀😀😀😀😀", 4), 3);
        assert_eq!(wrapped_height("      Tab  next part", 10), 2);
        assert_eq!(wrapped_height("      Tab  next", 15), 1);
        // Walk 8: each line on its own, as the paragraph draws it.
        assert_eq!(wrapped_height("one\ntwo\nthree\n", 40), 3);
        assert_eq!(wrapped_height("one two\nthree", 5), 3);
    }
}
