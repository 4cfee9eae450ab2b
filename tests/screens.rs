//! Each screen drawn to ratatui's TestBackend and compared with a reviewed snapshot.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use psw_coach::bank::{Library, Source};
use psw_coach::tui::app::App;
use psw_coach::tui::theme::MONOCHROME;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn press(app: &mut App, code: KeyCode) {
    app.on_events(vec![Event::Key(KeyEvent::new(code, KeyModifiers::NONE))]);
}

fn ctrl(app: &mut App, c: char) {
    app.on_events(vec![Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    ))]);
}

/// Types text one key press at a time, as a person does.
#[allow(dead_code)]
fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        press(app, code);
    }
}

fn paste(app: &mut App, text: &str) {
    app.on_events(vec![Event::Paste(text.to_string())]);
}

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
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn home_help_80x24() {
    let mut app = App::new(library(), None, MONOCHROME, false);
    press(&mut app, KeyCode::Char('?'));
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

mod rehearsal {
    use super::*;
    use chrono::{FixedOffset, TimeZone};
    use psw_coach::drill::{Clock, FakeClock, RehearseOptions, Session, SessionSetup};
    use psw_coach::insight::Lexicon;
    use psw_coach::notes::AnswerStyle;
    use psw_coach::tui::screens::recover::RecoverScreen;
    use psw_coach::tui::screens::rehearse::RehearseScreen;
    use psw_coach::tui::screens::summary::SummaryScreen;
    use std::time::Duration;

    /// A session over the fixture bank's questions, in order, on a clock the test moves.
    pub fn fixture_session() -> (Session<Box<dyn Clock>>, FakeClock) {
        let library = library();
        let start = FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 17, 40, 0)
            .unwrap();
        let clock = FakeClock::new(start);
        let questions = library
            .questions()
            .map(|q| (q.clone(), library.prompts_for(q).to_vec()))
            .collect();
        let setup = SessionSetup {
            plan_label: "mock".into(),
            banks: vec!["fixture-good".into()],
            style: AnswerStyle::Written,
            seed: 1,
        };
        let boxed: Box<dyn Clock> = Box::new(clock.clone());
        (Session::new(setup, questions, boxed), clock)
    }

    /// An app in the middle of a rehearsal of the fixture bank, on a clock the test moves.
    pub fn rehearsing_in(data: Option<std::path::PathBuf>) -> (App, FakeClock) {
        let (session, clock) = fixture_session();
        let source = clock.clone();
        let mut app = App::new(library(), data, MONOCHROME, false)
            .with_clock(std::rc::Rc::new(move || Box::new(source.clone())));
        app.push(Box::new(RehearseScreen::new(
            session,
            Box::new(clock.clone()),
            std::rc::Rc::new(Lexicon::bundled()),
            MONOCHROME,
            RehearseOptions::default(),
        )));
        (app, clock)
    }

    pub fn rehearsing() -> (App, FakeClock) {
        rehearsing_in(None)
    }

    pub fn answer_first_question(app: &mut App, clock: &FakeClock) {
        paste(app, "I set up a monthly practice forum with team managers.");
        clock.advance(Duration::from_secs(42));
        press(app, KeyCode::Tab);
        paste(
            app,
            "I think it has just helped a bit: waits fell from 40 to 25 days.",
        );
        clock.advance(Duration::from_secs(75));
        press(app, KeyCode::Tab);
        paste(
            app,
            "Our March audit of 30 cases, and what the PDSW group said.",
        );
        clock.advance(Duration::from_secs(80));
        press(app, KeyCode::Tab);
    }

    #[test]
    fn answering_the_first_part_80x24_and_40x12() {
        let (mut app, clock) = rehearsing();
        paste(&mut app, "We set up a panel. 😀 Café e\u{301}");
        clock.advance(Duration::from_secs(42));
        insta::assert_snapshot!("rehearse_part_1_80x24", draw(&app, 80, 24).backend());
        insta::assert_snapshot!("rehearse_part_1_40x12", draw(&app, 40, 12).backend());
    }

    #[test]
    fn over_target_is_said_in_words_not_only_colour() {
        let (mut app, clock) = rehearsing();
        answer_first_question(&mut app, &clock);
        let screen = format!("{}", draw(&app, 80, 24).backend());
        assert!(screen.contains("over the 3:00 target by 0:17"), "{screen}");
        insta::assert_snapshot!("rehearse_follow_up_over_target_80x24", screen);
    }

    #[test]
    fn rating_shows_what_the_answer_covered() {
        let (mut app, clock) = rehearsing();
        answer_first_question(&mut app, &clock);
        press(&mut app, KeyCode::Tab); // skip the follow-up by leaving it empty
        press(&mut app, KeyCode::Char('4'));
        insta::assert_snapshot!("rehearse_rating_80x24", draw(&app, 80, 24).backend());
        insta::assert_snapshot!("rehearse_rating_40x12", draw(&app, 40, 12).backend());
    }

    #[test]
    fn pause_menu_80x24() {
        let (mut app, clock) = rehearsing();
        clock.advance(Duration::from_secs(5));
        press(&mut app, KeyCode::Esc);
        clock.advance(Duration::from_secs(100));
        let screen = format!("{}", draw(&app, 80, 24).backend());
        assert!(
            screen.contains("0:05"),
            "the clocks stopped at the pause:\n{screen}"
        );
        insta::assert_snapshot!("rehearse_paused_80x24", screen);
    }

    #[test]
    fn summary_80x24_and_40x12() {
        let (mut session, clock) = fixture_session();
        for (text, seconds) in [
            ("I set up a monthly practice forum with team managers.", 42),
            ("Waits fell from 40 to 25 days.", 75),
            ("Our March audit of 30 cases.", 80),
        ] {
            session.set_text(text.into());
            clock.advance(Duration::from_secs(seconds));
            session.next();
        }
        let mut app = App::new(library(), None, MONOCHROME, false);
        app.push(Box::new(SummaryScreen::new(
            session.summary(),
            "/home/psw/.local/share/psw-coach/notes/2026-11-23-1740-mock.md".into(),
            RehearseOptions::default(),
        )));
        insta::assert_snapshot!("summary_80x24", draw(&app, 80, 24).backend());
        insta::assert_snapshot!("summary_40x12", draw(&app, 40, 12).backend());
    }

    #[test]
    fn recover_offer_80x24() {
        let data = tempfile::tempdir().unwrap();
        let (mut app, clock) = rehearsing_in(Some(data.path().to_path_buf()));
        answer_first_question(&mut app, &clock);
        ctrl(&mut app, 'c');
        // Read straight from the folder: the store offers no draft whose owner (this test) runs.
        let drafts: Vec<_> = std::fs::read_dir(data.path().join("drafts"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .map(|p| {
                let note = psw_coach::notes::NotesStore::read(&p).unwrap();
                (p, note)
            })
            .collect();
        assert_eq!(drafts.len(), 1, "Ctrl-C kept the rehearsal as a draft");
        let mut app = App::new(library(), None, MONOCHROME, false);
        app.push(Box::new(RecoverScreen::new(
            drafts
                .into_iter()
                .map(|(_, note)| ("drafts/x.md".into(), note))
                .collect(),
        )));
        insta::assert_snapshot!("recover_80x24", draw(&app, 80, 24).backend());
    }
}

/// The key map drives handling, the footer and help: every key in every footer does something,
/// and the help for every context names every key.
mod key_map {
    use super::rehearsal::{answer_first_question, fixture_session, rehearsing, rehearsing_in};
    use super::*;
    use psw_coach::drill::RehearseOptions;
    use psw_coach::tui::component::{Ctx, Screen};
    use psw_coach::tui::keymap::{self, Context};
    use psw_coach::tui::screens::help::HelpScreen;
    use psw_coach::tui::screens::recover::RecoverScreen;
    use psw_coach::tui::screens::summary::SummaryScreen;

    fn recovering() -> App {
        let (mut session, _) = fixture_session();
        session.set_text("Half an answer".into());
        let mut app = App::new(library(), None, MONOCHROME, false);
        app.push(Box::new(RecoverScreen::new(vec![(
            "drafts/x.md".into(),
            session.to_note(),
        )])));
        app
    }

    /// An app whose keys are read in `context`. The tempdir is kept alive with it.
    fn app_in(context: Context) -> (App, Option<tempfile::TempDir>) {
        let mut dir = None;
        let app = match context {
            Context::Home => App::new(library(), None, MONOCHROME, false),
            Context::HomePicker => {
                let mut app = App::new(library(), None, MONOCHROME, false);
                press(&mut app, KeyCode::Down);
                press(&mut app, KeyCode::Enter);
                app
            }
            Context::Recover => recovering(),
            Context::RecoverConfirm => {
                let mut app = recovering();
                press(&mut app, KeyCode::End);
                press(&mut app, KeyCode::Enter);
                app
            }
            Context::Answer => rehearsing().0,
            Context::FollowUp | Context::Rating | Context::Reflection => {
                let (mut app, clock) = rehearsing();
                answer_first_question(&mut app, &clock);
                if context != Context::FollowUp {
                    press(&mut app, KeyCode::Tab);
                }
                if context == Context::Reflection {
                    press(&mut app, KeyCode::Tab);
                }
                app
            }
            Context::Paused | Context::ConfirmDiscard => {
                let (mut app, _) = rehearsing();
                press(&mut app, KeyCode::Esc);
                if context == Context::ConfirmDiscard {
                    press(&mut app, KeyCode::Char('d'));
                }
                app
            }
            Context::Confidential => {
                let (mut app, _) = rehearsing();
                paste(&mut app, "I visited Mrs Okafor at home with her son.");
                ctrl(&mut app, 's');
                app
            }
            Context::SaveFailed => {
                // A data folder that is a file: nothing can be written under it.
                let temp = tempfile::tempdir().unwrap();
                let file = temp.path().join("not-a-folder");
                std::fs::write(&file, "").unwrap();
                let (mut app, _) = rehearsing_in(Some(file));
                paste(&mut app, "We set up a panel.");
                ctrl(&mut app, 's');
                dir = Some(temp);
                app
            }
            Context::Summary => {
                let (session, _) = fixture_session();
                let mut app = App::new(library(), None, MONOCHROME, false);
                app.push(Box::new(SummaryScreen::new(
                    session.summary(),
                    "notes/x.md".into(),
                    RehearseOptions::default(),
                )));
                app
            }
            Context::Help => {
                let mut app = App::new(library(), None, MONOCHROME, false);
                press(&mut app, KeyCode::Char('?'));
                app
            }
        };
        assert_eq!(app.top().context(), context);
        (app, dir)
    }

    #[test]
    fn every_key_in_every_footer_is_handled() {
        for context in Context::ALL {
            for binding in keymap::bindings(context) {
                for key in binding.keys {
                    let (mut app, _dir) = app_in(context);
                    let handled = app.on_key(KeyEvent::new(key.0, key.1));
                    assert!(
                        handled,
                        "{context:?}: {key:?} ({} {}) does nothing",
                        binding.key_label, binding.label
                    );
                }
            }
        }
    }

    #[test]
    fn the_help_names_every_key_of_every_context() {
        for context in Context::ALL {
            let help = HelpScreen::new(context, None);
            let mut terminal = Terminal::new(TestBackend::new(100, 60)).unwrap();
            terminal
                .draw(|frame| {
                    let ctx = Ctx {
                        theme: &MONOCHROME,
                        notice: None,
                    };
                    help.render(frame.area(), frame.buffer_mut(), &ctx);
                })
                .unwrap();
            let shown = format!("{}", terminal.backend());
            for binding in keymap::bindings(context).iter().chain(keymap::GLOBAL) {
                assert!(
                    shown.contains(binding.key_label),
                    "{context:?}: help lacks {}:\n{shown}",
                    binding.key_label
                );
            }
            for (key, label) in keymap::footer(context) {
                assert!(
                    keymap::help(context).iter().any(|(k, _)| *k == key),
                    "{context:?}: footer {key} {label} not in help"
                );
            }
        }
    }

    #[test]
    fn the_footer_shows_the_keys_of_the_panel_that_is_open() {
        let (app, _) = app_in(Context::Paused);
        let screen = format!("{}", draw(&app, 80, 24).backend());
        let footer = screen.lines().nth(23).unwrap();
        assert!(footer.contains("r resume"), "{footer}");
        assert!(!footer.contains("Tab"), "{footer}");
    }
}
