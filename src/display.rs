//! Text from files (banks, notes, answers) made safe to print on a terminal.
//!
//! A shared bank or a hand-edited note could hold escape sequences that retitle the window, clear
//! the screen, write to the clipboard (OSC 52) or hide a link (OSC 8). Every command-line and plain
//! mode output passes through [`visible`], which shows each control character as a visible symbol
//! instead of sending it: the text still says something is there, and the terminal does nothing.

use std::borrow::Cow;

/// `text` with every control character except line feed and tab replaced by a visible stand-in:
/// the Unicode "control picture" for C0 characters and DEL (`␛` for escape, `␍` for a carriage
/// return), and `�` for the C1 range (U+0080 to U+009F, which some terminals also obey).
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if is_unsafe(c) { stand_in(c) } else { c })
            .collect(),
    )
}

fn is_unsafe(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

fn stand_in(c: char) -> char {
    match u32::from(c) {
        n @ 0..=0x1f => char::from_u32(0x2400 + n).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ => '\u{fffd}',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_text() {
        let title = "Hello\x1b]0;pwned\x07 world\x1b[2J";
        assert_eq!(visible(title), "Hello␛]0;pwned␇ world␛[2J");
        assert_eq!(visible("a\rb\x7fc\u{9b}31m"), "a␍b␡c�31m");
        assert_eq!(visible("\x00"), "␀");
    }

    #[test]
    fn ordinary_text_is_untouched_and_not_copied() {
        let text = "Waits fell 40%\n\tcafé 🙂 עברית e\u{301}";
        assert!(matches!(visible(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn nothing_unsafe_survives_any_input() {
        for n in 0..=0x10ffff_u32 {
            let Some(c) = char::from_u32(n) else { continue };
            let shown = visible(&c.to_string()).into_owned();
            assert!(
                shown
                    .chars()
                    .all(|s| !s.is_control() || s == '\n' || s == '\t')
            );
        }
    }
}
