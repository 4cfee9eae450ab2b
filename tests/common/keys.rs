//! Key presses and pastes sent to the app in-process, as the terminal would deliver them.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use psw_coach::tui::app::App;

pub fn press(app: &mut App, code: KeyCode) {
    app.on_events(vec![Event::Key(KeyEvent::new(code, KeyModifiers::NONE))]);
}

/// A key with Ctrl held.
pub fn ctrl(app: &mut App, c: char) {
    app.on_events(vec![Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    ))]);
}

/// Types text one key press at a time, as a person does (a new line is Enter).
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        press(app, code);
    }
}

pub fn paste(app: &mut App, text: &str) {
    app.on_events(vec![Event::Paste(text.to_string())]);
}
