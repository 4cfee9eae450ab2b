//! The app, or one screen on its own, drawn into ratatui's TestBackend and read back as text: the
//! one way the in-process screen tests see what a person would.

use psw_coach::tui::app::App;
use psw_coach::tui::component::{Ctx, Notice, Screen};
use psw_coach::tui::theme::MONOCHROME;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The whole app drawn at `width` x `height`; its backend prints as quoted rows (the snapshots' form).
pub fn app(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| app.view(frame)).unwrap();
    terminal
}

/// The whole app as quoted rows, padded to the width.
pub fn app_text(app: &App, width: u16, height: u16) -> String {
    format!("{}", self::app(app, width, height).backend())
}

/// The whole app as a person reads it: each row's text, trailing blanks cut, no quotes.
pub fn app_lines(app: &App, width: u16, height: u16) -> String {
    lines(&self::app(app, width, height))
}

/// Quoted rows as one line of words, each row trimmed: a message wrapped over rows reads whole.
pub fn flat(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One screen drawn alone in the monochrome theme, with the app's notice under it when given.
pub fn screen(
    screen: &dyn Screen,
    notice: Option<&Notice>,
    width: u16,
    height: u16,
) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| {
            let ctx = Ctx {
                theme: &MONOCHROME,
                notice,
            };
            screen.render(frame.area(), frame.buffer_mut(), &ctx);
        })
        .unwrap();
    terminal
}

/// One screen drawn alone, as quoted rows padded to the width.
pub fn screen_text(shown: &dyn Screen, width: u16, height: u16) -> String {
    format!("{}", screen(shown, None, width, height).backend())
}

/// A drawn terminal's rows as a person reads them: trailing blanks cut, no quotes.
pub fn lines(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
