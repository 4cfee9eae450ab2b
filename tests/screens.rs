//! Each screen drawn to ratatui's TestBackend and compared with a reviewed snapshot.

use psw_coach::bank::{Library, Source};
use psw_coach::tui::app::{App, Msg};
use psw_coach::tui::theme::MONOCHROME;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn library() -> Library {
    let mut library = Library::default();
    library.add(
        "good.yaml",
        include_str!("fixtures/good.yaml"),
        Source::Bundled("good.yaml"),
    );
    assert!(library.skipped.is_empty());
    library
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| app.view(frame)).unwrap();
    terminal
}

#[test]
fn home_first_start_80x24() {
    let app = App::new(library(), None, MONOCHROME, true);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn home_topic_picker_80x24() {
    let mut app = App::new(library(), None, MONOCHROME, false);
    app.update(Msg::Down);
    app.update(Msg::Choose);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn home_help_80x24() {
    let mut app = App::new(library(), None, MONOCHROME, false);
    app.update(Msg::ToggleHelp);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn home_tiny_window_asks_for_room_without_panicking() {
    let app = App::new(library(), None, MONOCHROME, true);
    let terminal = draw(&app, 10, 5);
    insta::assert_snapshot!(terminal.backend());
    for (w, h) in [(1, 1), (0, 0), (39, 11), (40, 12), (200, 60)] {
        draw(&app, w, h);
    }
}
