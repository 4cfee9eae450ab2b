use super::{LIMIT, Lines, TextBox};
use crate::tui::keymap::Action;
use crate::tui::theme::MONOCHROME;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Block;

fn key(code: KeyCode) -> Action {
    Action::Type(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Action {
    Action::Type(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// A box filled to exactly the limit by a paste that was cut.
fn full_box() -> TextBox {
    let mut text_box = TextBox::default();
    let edit = text_box.paste(&"word ".repeat(LIMIT / 5 + 100));
    assert!(edit.changed);
    assert!(edit.notice.is_some(), "a cut paste says so");
    assert_eq!(text_box.len(), LIMIT);
    text_box
}

fn drawn(text_box: &TextBox, width: u16, height: u16) -> Vec<String> {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    let _ = text_box.render(Some(Block::bordered()), &MONOCHROME, area, &mut buf);
    (0..height)
        .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

#[test]
fn a_key_that_would_pass_the_limit_is_refused_and_said() {
    let mut text_box = full_box();
    let edit = text_box.on_action(key(KeyCode::Char('x'))).unwrap();
    assert!(!edit.changed);
    let notice = edit.notice.expect("the PSW is told");
    assert!(notice.text.contains("200 KB"), "{}", notice.text);
    assert!(notice.text.contains("was not added"), "{}", notice.text);
    assert_eq!(text_box.len(), LIMIT);
    let edit = text_box.on_action(key(KeyCode::Enter)).unwrap();
    assert!(!edit.changed && edit.notice.is_some());
    assert_eq!(text_box.len(), LIMIT);
}

/// Ctrl-Y after a key refused at the limit used to add that key after all: the refusal left it
/// in the redo history, and redo was not checked.
#[test]
fn redo_cannot_take_the_box_past_the_limit() {
    let mut text_box = full_box();
    for refused in [key(KeyCode::Char('x')), key(KeyCode::Enter), ctrl('y')] {
        let _ = text_box.on_action(refused).unwrap();
        for _ in 0..3 {
            let edit = text_box.on_action(Action::Redo).unwrap();
            assert!(!edit.changed, "redo added text past the limit");
            assert!(edit.notice.is_some(), "redo refused in silence");
            assert_eq!(text_box.len(), LIMIT);
        }
    }
    // The editor's own redo key (Ctrl-R) is held to the limit as well.
    let _ = text_box.on_action(key(KeyCode::Char('x'))).unwrap();
    let _ = text_box.on_action(ctrl('r')).unwrap();
    assert_eq!(text_box.len(), LIMIT);
    // Below the limit, undo and redo work as ever.
    let edit = text_box.on_action(key(KeyCode::Backspace)).unwrap();
    assert!(edit.changed);
    assert_eq!(text_box.len(), LIMIT - 1);
    assert!(text_box.on_action(Action::Undo).unwrap().changed);
    assert_eq!(text_box.len(), LIMIT);
    assert!(text_box.on_action(Action::Redo).unwrap().changed);
    assert_eq!(text_box.len(), LIMIT - 1);
}

#[test]
fn a_paste_is_cut_at_the_limit_on_a_character_boundary() {
    // Room for five bytes: one four-byte emoji fits, half of the second does not.
    let mut text_box = TextBox::new(&"a".repeat(LIMIT - 5), Lines::Many);
    let edit = text_box.paste("😀😀");
    assert!(edit.changed);
    assert!(edit.notice.unwrap().text.contains("only the first 1 KB"));
    assert_eq!(text_box.len(), LIMIT - 1);
    assert!(text_box.text().ends_with("a😀"));
    let edit = text_box.paste("😀");
    assert!(!edit.changed);
    assert!(edit.notice.unwrap().text.contains("was not added"));
    let edit = text_box.paste("bc");
    assert!(edit.changed);
    assert_eq!(text_box.len(), LIMIT);
    assert!(text_box.text().ends_with("😀b"));
}

#[test]
fn a_text_that_came_in_over_the_limit_can_still_be_cut_down() {
    let mut text_box = TextBox::new(&"a".repeat(LIMIT + 10), Lines::Many);
    assert!(text_box.on_action(key(KeyCode::Backspace)).unwrap().changed);
    assert_eq!(text_box.len(), LIMIT + 9);
    assert!(!text_box.on_action(key(KeyCode::Char('b'))).unwrap().changed);
    assert_eq!(text_box.len(), LIMIT + 9);
}

#[test]
fn pasted_line_breaks_are_the_box_own_or_spaces_in_a_one_line_box() {
    let mut many = TextBox::default();
    let _ = many.paste("one\r\ntwo\rthree\nfour");
    assert_eq!(many.text(), "one\ntwo\nthree\nfour");
    let mut one = TextBox::new("", Lines::One);
    let _ = one.paste("one\r\ntwo\nthree");
    assert_eq!(one.text(), "one two three");
}

/// Walk 8: a paste holding a bell, an escape sequence, a backspace and a tab went into the answer
/// and the note as it was: the tab showed as spaces in the box and as nothing in the earlier
/// parts and in review ("I askedtwo teams"), and the raw escape reached the note file.
#[test]
fn pasted_control_characters_are_left_out_and_a_tab_is_a_space() {
    let mut many = TextBox::default();
    let _ =
        many.paste("38 people\u{7} over 6 months\u{1b}[1m old, and\u{8} I asked\ttwo\r\nteams.");
    assert_eq!(
        many.text(),
        "38 people over 6 months[1m old, and I asked two\nteams."
    );
}

#[test]
fn enter_and_line_feed_break_a_line_only_in_a_many_line_box() {
    let mut one = TextBox::new("Keep", Lines::One);
    for action in [key(KeyCode::Enter), ctrl('j'), ctrl('m')] {
        let edit = one.on_action(action).unwrap();
        assert!(!edit.changed && edit.notice.is_none());
    }
    assert_eq!(one.text(), "Keep");
    let mut many = TextBox::new("one", Lines::Many);
    // Raw mode reports a line feed as Ctrl-J, which the editor alone would take as "delete
    // the line".
    assert!(many.on_action(ctrl('j')).unwrap().changed);
    let _ = many.paste("two");
    assert_eq!(many.text(), "one\ntwo");
}

#[test]
fn only_editing_actions_are_the_box_own() {
    let mut text_box = TextBox::default();
    assert!(text_box.on_action(Action::Save).is_none());
    assert!(text_box.on_action(Action::NextPart).is_none());
    assert!(text_box.on_action(Action::Undo).is_some());
}

#[test]
fn a_new_box_opens_with_the_insertion_point_after_its_text() {
    let mut text_box = TextBox::new("first line\nsecond", Lines::Many);
    let _ = text_box.paste("!");
    assert_eq!(text_box.text(), "first line\nsecond!");
}

#[test]
fn a_note_starts_on_a_line_of_its_own() {
    let mut text_box = TextBox::new("heard a figure", Lines::Many);
    assert!(text_box.start_a_line().changed);
    assert!(!text_box.start_a_line().changed, "one blank line is enough");
    let _ = text_box.paste("no source");
    assert_eq!(text_box.text(), "heard a figure\nno source");
}

#[test]
fn wrapped_lines_start_at_a_word_and_the_cursor_follows() {
    let text_box = TextBox::new(
        "We set up a weekly panel for the longest waits, and the team managers now review",
        Lines::Many,
    );
    for width in 12..=40u16 {
        let rows = drawn(&text_box, width, 12);
        for row in &rows[1..11] {
            let inside: String = row.chars().skip(1).take(usize::from(width) - 2).collect();
            assert!(
                !inside.starts_with(' ') || inside.trim().is_empty(),
                "at {width} columns a wrapped line starts with a space: {rows:#?}"
            );
        }
    }
}

#[test]
fn an_empty_box_shows_its_placeholder_and_the_insertion_point_before_it() {
    let text_box = TextBox::new("", Lines::Many).with_placeholder("Start typing");
    let area = Rect::new(0, 0, 30, 3);
    let mut buf = Buffer::empty(area);
    let at = text_box.render(Some(Block::bordered()), &MONOCHROME, area, &mut buf);
    assert_eq!(at, Some(ratatui::layout::Position::new(1, 1)));
    let row: String = (0..30).map(|x| buf[(x, 1)].symbol()).collect();
    assert!(row.starts_with("│ Start typing"), "{row}");
    assert!(
        buf[(1, 1)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED)
    );
}

#[test]
fn a_refit_box_shows_the_start_of_a_short_answer_again() {
    let mut text_box = TextBox::new("one\ntwo\nthree\nfour\nfive", Lines::Many);
    // Drawn in a short window, the box scrolls to keep the insertion point (at the end) in view.
    let short = drawn(&text_box, 20, 4);
    assert!(short[1].contains("four"), "{short:#?}");
    text_box.refit();
    let tall = drawn(&text_box, 20, 8);
    assert!(tall[1].contains("one"), "{tall:#?}");
}
