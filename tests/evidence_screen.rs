//! The evidence screen: the register's figures and stories at 80x24, filtered by quality
//! statement, a delete that asks first and is saved, and a register with a mistake shown with its
//! line and column and left exactly as it was.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use psw_coach::bank::{Library, Source};
use psw_coach::tui::app::App;
use psw_coach::tui::theme::MONOCHROME;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const REGISTER: &str = "figures:\n  - measure: people waiting for a Care Act assessment\n    value: 310\n    unit: people\n    as_at: 2026-10-31\n    source: monthly performance report\n    statements: [assessing-needs]\n    topics: [waiting-times]\n  - measure: social worker vacancy rate\n    value: 9\n    unit: percent\n    as_at: 2026-06-30\n    source: workforce dashboard\n    statements: [governance]\nstories:\n  - title: Waiting well\n    done: We set up a team to contact everyone waiting\n    difference: Nobody waits without a named contact now\n    how_we_know: The monthly audit of contact records\n    statements: [assessing-needs]\n";

fn press(app: &mut App, code: KeyCode) {
    app.on_events(vec![Event::Key(KeyEvent::new(code, KeyModifiers::NONE))]);
}

fn app(register: &str) -> (App, tempfile::TempDir) {
    let mut library = Library::default();
    library.add(
        "good.yaml",
        include_str!("fixtures/good.yaml"),
        Source::Bundled("good.yaml"),
    );
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("evidence.yaml"), register).unwrap();
    let mut app = App::new(library, Some(data.path().into()), MONOCHROME, false);
    // `e` on home opens the register.
    press(&mut app, KeyCode::Char('e'));
    (app, data)
}

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| app.view(frame)).unwrap();
    format!("{}", terminal.backend())
}

#[test]
fn the_register_lists_filters_and_deletes_after_asking() {
    let (mut app, data) = app(REGISTER);
    let shown = screen(&app);
    insta::assert_snapshot!("evidence_list_80x24", shown);
    assert!(shown.contains("2 figures and 1 story"), "{shown}");
    // The first quality statement: Assessing needs.
    press(&mut app, KeyCode::Char('s'));
    let shown = screen(&app);
    assert!(
        shown.contains("showing 2 (quality statement: Assessing needs)"),
        "{shown}"
    );
    assert!(!shown.contains("vacancy rate"), "{shown}");
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('d'));
    let shown = screen(&app);
    insta::assert_snapshot!("evidence_confirm_80x24", shown);
    assert!(
        shown.contains("Delete \"social worker vacancy rate\""),
        "{shown}"
    );
    press(&mut app, KeyCode::Char('n'));
    assert!(
        std::fs::read_to_string(data.path().join("evidence.yaml"))
            .unwrap()
            .contains("vacancy")
    );
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    let kept = std::fs::read_to_string(data.path().join("evidence.yaml")).unwrap();
    assert!(!kept.contains("vacancy"), "{kept}");
    assert!(
        kept.contains("people waiting") && kept.contains("Waiting well"),
        "{kept}"
    );
}

#[test]
fn a_register_with_a_mistake_is_located_and_never_written() {
    let broken = REGISTER.replace("value: 310", "value: lots");
    let (mut app, data) = app(&broken);
    let shown = screen(&app);
    insta::assert_snapshot!("evidence_broken_80x24", shown);
    assert!(
        shown.contains("evidence.yaml:3:12: `lots` is not a number"),
        "{shown}"
    );
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(
        std::fs::read_to_string(data.path().join("evidence.yaml")).unwrap(),
        broken
    );
}
