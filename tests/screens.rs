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

mod rehearsal {
    use super::*;
    use chrono::{FixedOffset, TimeZone};
    use psw_coach::drill::{Clock, FakeClock, Session, SessionSetup};
    use psw_coach::insight::Lexicon;
    use psw_coach::notes::AnswerStyle;
    use psw_coach::tui::app::Screen;
    use psw_coach::tui::recover::RecoverState;
    use psw_coach::tui::rehearse::{Msg as R, Rehearsal};
    use psw_coach::tui::summary::SummaryState;
    use std::time::Duration;

    /// An app in the middle of a rehearsal of the fixture bank, on a clock the test moves.
    fn rehearsing() -> (App, FakeClock) {
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
        let session = Session::new(setup, questions, boxed);
        let mut app = App::new(library, None, MONOCHROME, false);
        app.screen = Screen::Rehearse(Box::new(Rehearsal::new(
            session,
            std::rc::Rc::new(Lexicon::bundled()),
        )));
        (app, clock)
    }

    fn send(app: &mut App, msg: R) {
        app.update(Msg::Rehearse(msg));
    }

    fn answer_first_question(app: &mut App, clock: &FakeClock) {
        send(
            app,
            R::Paste("I set up a monthly practice forum with team managers.".into()),
        );
        clock.advance(Duration::from_secs(42));
        send(app, R::Next);
        send(
            app,
            R::Paste("I think it has just helped a bit: waits fell from 40 to 25 days.".into()),
        );
        clock.advance(Duration::from_secs(75));
        send(app, R::Next);
        send(
            app,
            R::Paste("Our March audit of 30 cases, and what the PDSW group said.".into()),
        );
        clock.advance(Duration::from_secs(80));
        send(app, R::Next);
    }

    #[test]
    fn answering_the_first_part_80x24_and_40x12() {
        let (mut app, clock) = rehearsing();
        send(
            &mut app,
            R::Paste("We set up a panel. 😀 Café e\u{301}".into()),
        );
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
        send(&mut app, R::Next); // skip the follow-up by leaving it empty
        send(&mut app, R::Rate(4));
        insta::assert_snapshot!("rehearse_rating_80x24", draw(&app, 80, 24).backend());
        insta::assert_snapshot!("rehearse_rating_40x12", draw(&app, 40, 12).backend());
    }

    #[test]
    fn pause_menu_80x24() {
        let (mut app, clock) = rehearsing();
        clock.advance(Duration::from_secs(5));
        send(&mut app, R::Pause);
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
        let (mut app, clock) = rehearsing();
        answer_first_question(&mut app, &clock);
        let Screen::Rehearse(r) = &app.screen else {
            panic!()
        };
        let summary = r.session.summary();
        app.screen = Screen::Summary(SummaryState {
            summary,
            note: "/home/psw/.local/share/psw-coach/notes/2026-11-23-1740-mock.md".into(),
            scroll: 0,
        });
        insta::assert_snapshot!("summary_80x24", draw(&app, 80, 24).backend());
        insta::assert_snapshot!("summary_40x12", draw(&app, 40, 12).backend());
    }

    #[test]
    fn recover_offer_80x24() {
        let (mut app, clock) = rehearsing();
        answer_first_question(&mut app, &clock);
        let Screen::Rehearse(r) = &app.screen else {
            panic!()
        };
        let note = r.session.to_note();
        app.screen = Screen::Recover(RecoverState {
            drafts: vec![("drafts/x.md".into(), note)],
            selected: 0,
            confirm_discard: false,
        });
        insta::assert_snapshot!("recover_80x24", draw(&app, 80, 24).backend());
    }
}
