//! A full disk during recorded practice, through the app: the drafts fail with a plain message,
//! the words transcribed still land in their box on screen, and once the disk is mended the next
//! try keeps them. The disk fills through the note store's own fault injection (the one its
//! tests use), so the error is the real "disk full" one.

use crate::bank::Library;
use crate::drill::RehearseOptions;
use crate::notes::store::simulate_full_disk;
use crate::tui::app::App;
use crate::tui::recorder::stub::{self, Rig};
use crate::tui::theme::MONOCHROME;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    app.on_events(vec![Event::Key(KeyEvent::new(code, modifiers))]);
}

/// The screen at 80x24, its lines joined with spaces so a wrapped sentence reads whole.
fn shown(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| app.view(frame)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    (0..24)
        .map(|y| {
            (0..80)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn drafts(data: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(data.join("drafts"))
        .map(|dir| {
            dir.map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .map(|p| std::fs::read_to_string(p).unwrap())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_full_disk_during_recorded_practice_is_said_plainly_the_words_stay_and_a_retry_keeps_them() {
    let data = tempfile::tempdir().unwrap();
    let (rig, live) = Rig::live();
    let live = RefCell::new(Some(live));
    let clock = stub::clock();
    let source = clock.clone();
    let mut app = App::new(
        Library::load(None, &[]),
        Some(data.path().to_path_buf()),
        MONOCHROME,
        false,
    )
    .with_clock(Rc::new(move || Box::new(source.clone())))
    .with_recorders(Rc::new(move |_| {
        live.borrow_mut()
            .take()
            .ok_or_else(|| "one rehearsal only".to_string())
    }));
    app.start(RehearseOptions {
        plan: "random 1".parse().unwrap(),
        seed: Some(3),
        spoken: true,
        record: true,
        probes: Some(0),
    });
    assert!(rig.fake.borrow().recording, "{}", shown(&app));
    simulate_full_disk(Some(0));
    clock.advance(Duration::from_secs(30));
    press(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    rig.finish("We set up a weekly huddle with the team managers.");
    app.tick();
    let full = shown(&app);
    assert!(full.contains("the disk is full"), "{full}");
    assert!(full.contains("Part 2 of 3"), "practice goes on: {full}");
    assert!(drafts(data.path()).is_empty(), "nothing could be written");
    // The words are on screen, in their part.
    press(&mut app, KeyCode::BackTab, KeyModifiers::NONE);
    let back = shown(&app);
    assert!(
        back.contains("We set up a weekly huddle with the team managers."),
        "{back}"
    );
    // Mended: the next try keeps them, and the message goes.
    simulate_full_disk(None);
    clock.advance(Duration::from_secs(30));
    app.tick();
    let kept = drafts(data.path());
    assert_eq!(
        kept.len(),
        1,
        "the draft is written once the disk is mended"
    );
    assert!(
        kept[0].contains("We set up a weekly huddle with the team managers."),
        "{}",
        kept[0]
    );
    assert!(!shown(&app).contains("the disk is full"));
}
