//! The figures drill on screen ("Know your figures"): ten quick-fire figures from the register,
//! the verdict at once, and the misses first next time; snapshots at 80x24.

use crossterm::event::KeyCode;
use psw_coach::evidence::drill::FigureRecords;
use psw_coach::tui::component::{Effect, Screen};
use psw_coach::tui::keymap::{Action, Context};
use psw_coach::tui::screens::figures::FiguresScreen;
use std::time::Duration;

use crate::common;

use common::microphone::{Heard, Stand};
use crossterm::event::{KeyEvent, KeyModifiers};
use psw_coach::drill::clock::FakeClock;
use psw_coach::tui::theme::MONOCHROME;

const REGISTER: &str = "figures:\n  - measure: people waiting for a Care Act assessment\n    value: 310\n    unit: people\n    as_at: 2026-10-31\n    source: monthly performance report\n  - measure: social worker vacancy rate\n    value: 9\n    unit: percent\n    as_at: 2026-09-30\n    source: workforce dashboard\n";

fn screen() -> (FiguresScreen, FakeClock) {
    let clock = FakeClock::new("2026-12-05T09:00:00+00:00".parse().unwrap());
    let register = psw_coach::evidence::file::parse(REGISTER).unwrap();
    let s = FiguresScreen::new(
        register,
        FigureRecords::default(),
        10,
        Box::new(clock.clone()),
        false,
    );
    (s, clock)
}

fn typed(s: &mut FiguresScreen, text: &str) {
    for c in text.chars() {
        s.on_action(Action::Type(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )));
    }
}

fn draw(s: &FiguresScreen) -> String {
    common::drawn::screen_text(s, 80, 24)
}

#[test]
fn ten_figures_quick_fire_then_the_misses_come_first() {
    let (mut s, clock) = screen();
    let first = draw(&s);
    // What counts as right, but not the range: its middle is the figure being asked for.
    assert!(
        first.contains("Right within 5% of your register's figure"),
        "{first}"
    );
    assert!(!first.contains("295 to 325"), "{first}");
    insta::assert_snapshot!("figures_drill_first_question_80x24", first);
    typed(&mut s, "310, 31 October");
    clock.advance(Duration::from_secs(12));
    let effects = s.on_action(Action::Choose).unwrap();
    assert!(matches!(effects[..], [Effect::SaveFigureDrill(_)]));
    typed(&mut s, "12%");
    insta::assert_snapshot!("figures_drill_second_question_80x24", draw(&s));
    clock.advance(Duration::from_secs(9));
    s.on_action(Action::Choose);
    assert_eq!(s.context(), Context::FiguresDone);
    let shown = draw(&s);
    insta::assert_snapshot!("figures_drill_done_80x24", shown);
    assert!(shown.contains("1 of 2 right in 21 s"), "{shown}");
    s.on_action(Action::Again);
    assert_eq!(s.context(), Context::FiguresDrill);
    assert!(
        draw(&s).contains("What is your social worker vacancy rate"),
        "the miss comes first"
    );
}

/// Pair practice: the interviewer's screen shows the figures the question touches, from the
/// PSW's register, under the tip; at 80x24 on one line.
#[test]
fn the_interviewers_screen_shows_the_figures_a_question_touches() {
    use psw_coach::tui::app::App;
    let library = crate::common::library::good();
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("evidence.yaml"),
        "figures:\n  - measure: average caseload\n    value: 22\n    unit: cases\n    as_at: 2026-11-01\n    source: case management system\n    topics: [caseloads]\n",
    )
    .unwrap();
    let mut app = App::new(library, Some(data.path().into()), MONOCHROME, false);
    app.start_pair(psw_coach::drill::pair::PairStart::new(
        psw_coach::drill::Plan::Questions(vec!["fixture-q2".into()]),
        None,
    ));
    for (width, height) in [(80, 24), (120, 40)] {
        let shown = common::drawn::app_text(&app, width, height);
        assert!(
            shown.contains(
                "Their figures: average caseload: 22 cases as at 1 November 2026 (case managemen"
            ),
            "{shown}"
        );
    }
}

/// Progress: a page (Tab) on the evidence register, which quality statements have a strong story
/// and which figures are out of date, in words at 80x24.
#[test]
fn progress_shows_strong_stories_and_stale_figures() {
    use psw_coach::review::{History, Settings};
    use psw_coach::tui::screens::progress::ProgressScreen;
    let library = crate::common::library::good();
    let register = psw_coach::evidence::file::parse(
        "figures:\n  - measure: social worker vacancy rate\n    value: 9\n    unit: percent\n    as_at: 2026-06-30\n    source: workforce dashboard\n  - measure: people waiting for a Care Act assessment\n    value: 310\n    unit: people\n    as_at: 2026-10-31\n    source: monthly performance report\nstories:\n  - title: Waiting well\n    done: We set up a team to contact everyone waiting\n    difference: Nobody waits without a named contact now\n    how_we_know: The monthly audit of contact records\n    statements: [assessing-needs]\n  - title: Safeguarding adults board\n    done: We audited section 42 enquiries\n    statements: [safeguarding]\n",
    )
    .unwrap();
    let mut screen = ProgressScreen::new(
        std::rc::Rc::new(library),
        &History::default(),
        &Settings::default(),
        "2026-12-05".parse().unwrap(),
    )
    .with_register(std::rc::Rc::new(register));
    // Coverage, topics, trends, then the register.
    for _ in 0..3 {
        screen.on_action(Action::NextPart);
    }
    let shown = common::drawn::screen_text(&screen, 80, 24);
    insta::assert_snapshot!("progress_evidence_80x24", shown);
    assert!(shown.contains("for 1 of 9 quality statements"), "{shown}");
    assert!(
        shown.contains("no strong story yet (1 to finish)"),
        "{shown}"
    );
    assert!(
        shown.contains("social worker vacancy rate: 9% as at 30 June 2026"),
        "{shown}"
    );
    // At 120 columns the statement names are whole ("Supporting people to live h…" was cut with
    // the rest of the row empty); at 80 they are cut, visibly, to leave room for the stories.
    let wide = common::drawn::screen_text(&screen, 120, 40);
    for name in [
        "Supporting people to live healthier lives",
        "Care provision, integration and continuity",
    ] {
        assert!(wide.contains(name), "{name} whole:\n{wide}");
    }
    assert!(shown.contains("Supporting people to live h…"), "{shown}");
}

/// The coaching after an answer says where its figures disagree with the PSW's register, quoting
/// the words, with the register's value, as at and source.
#[test]
fn the_coaching_after_an_answer_checks_its_figures_against_the_register() {
    use psw_coach::tui::app::App;
    let library = crate::common::library::good();
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("evidence.yaml"),
        "figures:\n  - measure: average caseload\n    value: 22\n    unit: cases\n    as_at: 2026-11-01\n    source: case management system\n    topics: [caseloads]\n",
    )
    .unwrap();
    let mut app = App::new(library, Some(data.path().into()), MONOCHROME, false);
    app.start(psw_coach::drill::RehearseOptions {
        plan: psw_coach::drill::Plan::Questions(vec!["fixture-q2".into()]),
        seed: None,
        spoken: false,
        probes: Some(0),
        record: false,
    });
    common::keys::type_text(&mut app, "Our average caseload is 30 cases now.");
    for _ in 0..3 {
        common::keys::press(&mut app, KeyCode::Tab);
    }
    let shown: String = common::drawn::app_text(&app, 160, 60)
        .lines()
        .map(|l| l.trim_matches(|c| c == '"' || c == '│' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ");
    let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        shown.contains("Your figures: You said \"Our average caseload is 30 cases now\"; the register says 22 cases as at 1 November 2026, from the case management system."),
        "{shown}"
    );
}

/// A microphone that hears each of its words in turn, transcribed as soon as it is stopped.
#[test]
fn a_figure_said_aloud_is_judged_and_typing_still_wins() {
    let heard = std::sync::Arc::new(std::sync::Mutex::new(Heard {
        words: vec!["Three hundred and ten, as at the end of October.".into()],
        seconds: Some(3.0),
        ..Heard::default()
    }));
    let (s, _clock) = screen();
    let mut s = s.with_voice(Box::new(Stand(std::sync::Arc::clone(&heard))));
    let shown = draw(&s);
    insta::assert_snapshot!("figures_drill_spoken_80x24", shown);
    assert!(
        shown.contains("● Recording (0:03): say the figure and its date, then Enter; or type it."),
        "{shown}"
    );
    // Enter on the empty box: what was said is transcribed, then judged.
    assert!(s.on_action(Action::Choose).unwrap().is_empty());
    assert!(draw(&s).contains("Transcribing what you said"));
    let effects = s.tick();
    assert!(matches!(effects[..], [Effect::SaveFigureDrill(_)]));
    let shown = draw(&s);
    assert!(
        shown.contains("Right: 310 people, as at 31 October 2026."),
        "{shown}"
    );
    // The next figure records at once; typed instead, the typing is the answer.
    assert!(heard.lock().unwrap().recording);
    typed(&mut s, "12%");
    s.on_action(Action::Choose);
    assert_eq!(heard.lock().unwrap().discarded, 1);
    assert!(draw(&s).contains("Not quite: you said 12%."));
}

struct NoMicrophone;

impl psw_coach::voice::recorder::LiveRecorder for NoMicrophone {
    fn start(&mut self) -> Result<(), String> {
        Err("No microphone was found".into())
    }
    fn is_recording(&self) -> bool {
        false
    }
    fn seconds(&self) -> f64 {
        0.0
    }
    fn fault(&self) -> Option<String> {
        None
    }
    fn stop(
        &mut self,
        _: u64,
        _: Option<u32>,
        _: Option<psw_coach::voice::recorder::AudioFile>,
    ) -> bool {
        false
    }
    fn discard(&mut self) {}
    fn results(&mut self) -> Vec<psw_coach::voice::recorder::Done> {
        Vec::new()
    }
}

#[test]
fn without_a_microphone_one_line_says_why_and_typing_goes_on() {
    let (s, _clock) = screen();
    let mut s = s.with_voice(Box::new(NoMicrophone));
    let shown = draw(&s);
    assert!(
        shown.contains("No microphone was found. Type the figures instead."),
        "{shown}"
    );
    typed(&mut s, "310, 31 October");
    s.on_action(Action::Choose);
    let shown = draw(&s);
    assert!(shown.contains("Right: 310 people"), "{shown}");
    assert!(!shown.contains("No microphone"), "{shown}");
}

/// Walk 9, row 20: the last figure's answer sent with an empty Enter, the PSW typing on as if
/// still answering ("end of november"): the "n" in it started a new round and the rest went
/// into its first answer. Typing carried on after the round ends is let go and said so; a key
/// after a pause is a choice again.
#[test]
fn typing_on_after_the_last_figure_does_not_start_a_new_round() {
    use common::keys::{press, type_text};
    let library = crate::common::library::good();
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("evidence.yaml"), REGISTER).unwrap();
    let clock = FakeClock::new("2026-12-05T09:00:00+00:00".parse().unwrap());
    let mut app = common::rehearsal::app_on(library, Some(data.path().into()), &clock);
    common::rehearsal::start_figures_drill(&mut app);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::FiguresDone);
    type_text(&mut app, "end of november\n");
    assert_eq!(
        app.top().context(),
        Context::FiguresDone,
        "a new round began"
    );
    let shown = common::drawn::app_text(&app, 80, 24);
    assert!(shown.contains("No figure read in that"), "{shown}");
    assert!(
        shown.contains("The round had ended, so what was typed after it was not taken."),
        "{shown}"
    );
    insta::assert_snapshot!("figures_done_after_typing_on_80x24", shown);
    // A pause, then `n`: a new round, its answer box empty.
    clock.advance(Duration::from_secs(2));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.top().context(), Context::FiguresDrill);
    let again = common::drawn::app_text(&app, 80, 24);
    let answer = again
        .lines()
        .find(|l| l.contains("Answer:"))
        .unwrap_or_default();
    assert_eq!(answer.trim_matches('"').trim_matches('│').trim(), "Answer:");
}
