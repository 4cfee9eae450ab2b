//! Pair practice in-process: keys into the app on a fake clock, the screens drawn to TestBackend.
//! Included by `tests/it/screens.rs`, so the key-map tests there reach every pair context too.

use super::*;
use chrono::{FixedOffset, TimeZone};
use psw_coach::drill::pair::{Initials, PairSession, PairSetup};
use psw_coach::drill::{Clock, FakeClock, Plan};
use psw_coach::tui::component::ScreenId;
use psw_coach::tui::keymap::Context;
use psw_coach::tui::screens::pair::PairScreen;
use std::time::Duration;

pub fn pair_library() -> Library {
    crate::common::library::bundled("pair.yaml", include_str!("../../fixtures/pair.yaml"))
}

/// An app on the interviewer's screen for the fixture's two questions, on a clock the test moves.
pub fn pairing_in(data: Option<std::path::PathBuf>) -> (App, FakeClock) {
    let library = pair_library();
    let clock = evening();
    let setup = PairSetup {
        plan_label: "random 2".into(),
        plan_title: "2 questions at random".into(),
        banks: vec!["fixture-pair".into()],
        seed: 1,
        round: 1,
        initials: Initials::default(),
    };
    let questions = library.questions().cloned().collect();
    let boxed: Box<dyn Clock> = Box::new(clock.clone());
    let session = PairSession::new(setup, questions, boxed);
    let mut app = crate::common::rehearsal::app_on(library, data, &clock);
    app.push(Box::new(PairScreen::new(
        session,
        Box::new(clock.clone()),
        Plan::Random(2),
    )));
    (app, clock)
}

pub fn pairing() -> (App, FakeClock) {
    pairing_in(None)
}

/// The fake clock every pair test starts on: 19:30 on 1 December 2026.
fn evening() -> FakeClock {
    FakeClock::new(
        FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 1, 19, 30, 0)
            .unwrap(),
    )
}

/// A pair session of one question alone, on `clock`.
fn one_question(
    q: &psw_coach::bank::model::Question,
    clock: &FakeClock,
) -> PairSession<Box<dyn Clock>> {
    let setup = PairSetup {
        plan_label: "random 1".into(),
        plan_title: "1 question at random".into(),
        banks: vec![],
        seed: 1,
        round: 1,
        initials: Initials::default(),
    };
    let boxed: Box<dyn Clock> = Box::new(clock.clone());
    PairSession::new(setup, vec![q.clone()], boxed)
}

/// The drafts on disk, read directly: the store does not list a draft its own session holds.
fn drafts_in(data: &std::path::Path) -> Vec<psw_coach::notes::Note> {
    let Ok(entries) = std::fs::read_dir(data.join("drafts")) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "md")
                && !p.file_name().unwrap().to_string_lossy().starts_with('.')
        })
        .map(|p| psw_coach::notes::NotesStore::read(&p).unwrap())
        .collect()
}

fn key(app: &mut App, c: char) {
    press(app, KeyCode::Char(c));
}

/// Listening to the first answer: parts 1 and 3 heard, the second probe asked, the first cue
/// heard, an observation typed; 2 min 41 s on the clock.
pub fn listen_to_first_answer(app: &mut App, clock: &FakeClock) {
    key(app, '1');
    clock.advance(Duration::from_secs(70));
    key(app, '3');
    press(app, KeyCode::Down);
    key(app, ' ');
    press(app, KeyCode::Down);
    press(app, KeyCode::Down);
    press(app, KeyCode::Down);
    key(app, ' ');
    press(app, KeyCode::Tab);
    type_text(app, "Clear triage; no figure for the longest wait.");
    press(app, KeyCode::Tab);
    clock.advance(Duration::from_secs(91));
}

/// The interviewer rates 3 with Keep / Stop / Start, and hands over.
pub fn give_feedback(app: &mut App) {
    ctrl(app, 'd');
    key(app, '3');
    press(app, KeyCode::Tab);
    type_text(app, "Leading with the triage tool.");
    press(app, KeyCode::Enter);
    type_text(app, "Saying \"hopefully\".");
    press(app, KeyCode::Enter);
    type_text(app, "One person's story.");
    press(app, KeyCode::Enter);
}

/// The first answer listened to and fed back on, the PSW's own rating 4: on the comparison.
fn compare_first_answer(app: &mut App, clock: &FakeClock) {
    listen_to_first_answer(app, clock);
    give_feedback(app);
    key(app, '4');
    press(app, KeyCode::Enter);
}

/// From the asking: done, the interviewer rates 3 and hands over, the PSW rates 3, and on past
/// the comparison (to the next question, or the initials after the last).
fn rate_both_and_go_on(app: &mut App) {
    press(app, KeyCode::Enter);
    key(app, '3');
    press(app, KeyCode::Enter);
    key(app, '3');
    press(app, KeyCode::Enter);
    press(app, KeyCode::Enter);
}

/// An app in each pair context, for the key-map tests.
pub fn app_in(context: Context) -> (App, Option<tempfile::TempDir>) {
    let temp = tempfile::tempdir().unwrap();
    let (mut app, _clock) = pairing_in(Some(temp.path().to_path_buf()));
    match context {
        Context::PairAsking => {}
        Context::PairObservations => press(&mut app, KeyCode::Tab),
        Context::PairRating => ctrl(&mut app, 'd'),
        Context::PairFeedback => {
            ctrl(&mut app, 'd');
            press(&mut app, KeyCode::Tab);
        }
        Context::PairFeedbackStart => {
            ctrl(&mut app, 'd');
            for _ in 0..3 {
                press(&mut app, KeyCode::Tab);
            }
        }
        Context::PairHandOver | Context::PairCompare => {
            ctrl(&mut app, 'd');
            key(&mut app, '3');
            press(&mut app, KeyCode::Enter);
            if context == Context::PairCompare {
                key(&mut app, '4');
                press(&mut app, KeyCode::Enter);
            }
        }
        Context::PairMenu => press(&mut app, KeyCode::Esc),
        Context::PairConfirmDiscard => {
            press(&mut app, KeyCode::Esc);
            key(&mut app, 'x');
        }
        Context::PairInitials => {
            rate_both_and_go_on(&mut app);
            rate_both_and_go_on(&mut app);
        }
        Context::PairSaved => {
            key(&mut app, '1');
            press(&mut app, KeyCode::Esc);
            key(&mut app, 's');
        }
        Context::PairPick => {
            let mut home = App::new(pair_library(), None, MONOCHROME, false);
            pair_mode_topic_picker(&mut home);
            assert_eq!(home.top().context(), context);
            return (home, Some(temp));
        }
        other => panic!("{other:?} is not a pair context"),
    }
    assert_eq!(app.top().context(), context);
    (app, Some(temp))
}

#[test]
fn interviewer_screen_80x24_and_120x40() {
    let (mut app, clock) = pairing();
    listen_to_first_answer(&mut app, &clock);
    let small = format!("{}", draw(&app, 80, 24).backend());
    // The clock in words, not only colour: 2:41 is over the 2:30 target.
    assert!(
        small.contains("Question 2:41 · red: over 2:30 by 0:11"),
        "{small}"
    );
    assert!(small.contains("[x] 1 Done  [ ] 2 Difference  [x] 3 How they know"));
    assert!(small.contains("Tip hidden"));
    // The whole ladder in view at 80x24, one line a rung, the top rung included; a rung whose
    // part was heard says so where a cut line still shows it.
    assert!(
        small.contains("[ ] Plain: Who owns the waiting list day to day?"),
        "{small}"
    );
    assert!(
        small.contains("[ ] Evidence (heard already): Can you show me"),
        "{small}"
    );
    assert!(small.contains("A risk-based triage with a named owner"));
    insta::assert_snapshot!("interviewer_80x24", draw(&app, 80, 24).backend());
    // The highlighted rung is shown whole, its condition included, lined up under its text.
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    let deeper = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        deeper.contains("\"│    \"survey\" or \"feedback\")"),
        "the highlighted rung whole:\n{deeper}"
    );
    assert!(
        deeper.contains("[ ] Plain: Who owns the waiting list"),
        "{deeper}"
    );
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    ctrl(&mut app, 't');
    insta::assert_snapshot!("interviewer_tip_120x40", draw(&app, 120, 40).backend());
}

/// Listening at 80x24 and 100x30, the colleague sees every listen-for cue without scrolling and
/// each follow-up's "when to use it" whole, not cut off at the edge.
#[test]
fn listening_at_80x24_shows_every_cue_and_when_to_use_each_follow_up() {
    let (mut app, clock) = pairing();
    listen_to_first_answer(&mut app, &clock);
    for (width, height) in [(80, 24), (100, 30)] {
        let screen = format!("{}", draw(&app, width, height).backend());
        for cue in [
            "A risk-based triage with a named owner",
            "Contact with people while they wait",
            "The longest wait as a figure, and its trend",
        ] {
            assert!(screen.contains(cue), "{width}x{height}: {cue}\n{screen}");
        }
        let joined: String = screen
            .lines()
            .map(|l| l.trim_matches('"').trim_matches('│').trim())
            .collect::<Vec<_>>()
            .join(" ");
        for hint in [
            "(if they have not said what difference it made)",
            "(if they mention \"survey\" or \"feedback\")",
        ] {
            assert!(
                joined.contains(hint),
                "{width}x{height}: {hint} whole\n{screen}"
            );
        }
        assert!(
            !screen.contains('…'),
            "{width}x{height}: nothing cut\n{screen}"
        );
    }
}

/// With the bundled bank's longest ladder (a dozen follow-ups), listening at 80x24 still shows
/// every listen-for cue: they stay at the foot of the list and the follow-ups scroll above them.
#[test]
fn listening_to_the_longest_ladder_at_80x24_keeps_every_cue_in_view() {
    let library = Library::load(None, &[]);
    let clock = evening();
    let session_for = |q: &psw_coach::bank::model::Question| one_question(q, &clock);
    let longest = library
        .questions()
        .max_by_key(|q| {
            let s = session_for(q);
            let item = s.current().unwrap();
            item.probes.len() + item.cues_ticked.len()
        })
        .unwrap()
        .clone();
    let session = session_for(&longest);
    let rows = {
        let item = session.current().unwrap();
        item.probes.len() + item.cues_ticked.len()
    };
    assert!(rows > 14, "a ladder longer than the list at 80x24: {rows}");
    let mut app = crate::common::rehearsal::app_on(Library::load(None, &[]), None, &clock);
    app.push(Box::new(PairScreen::new(
        session,
        Box::new(clock.clone()),
        Plan::Random(1),
    )));
    let first = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        first.contains("below (↓ to reach)"),
        "the follow-ups out of view are counted:\n{first}"
    );
    for _ in 0..3 {
        let screen = format!("{}", draw(&app, 80, 24).backend());
        for cue in &longest.listen_for {
            let start: String = cue.chars().take(30).collect();
            assert!(screen.contains(&start), "cue in view: {cue}\n{screen}");
        }
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Down);
    }
}

/// Issue 18 item 17: with the longest ladder at 80x24, every follow-up's "when to use it" can be
/// read whole, wrapped under its follow-up rather than cut with "…", by moving down the list;
/// not only the highlighted one's.
#[test]
fn every_follow_up_in_a_long_ladder_reads_whole_at_80x24() {
    let library = Library::load(None, &[]);
    let clock = evening();
    let session_for = |q: &psw_coach::bank::model::Question| one_question(q, &clock);
    let question = library
        .questions()
        .max_by_key(|q| session_for(q).current().unwrap().probes.len())
        .unwrap()
        .clone();
    let session = session_for(&question);
    let probes: Vec<String> = session
        .current()
        .unwrap()
        .probes
        .iter()
        // The "when to use it" is shown after a deeper follow-up, as on screen.
        .map(|p| match p.condition() {
            Some(c) if p.rung == psw_coach::drill::pair::Rung::Deeper => {
                format!("{} ({c})", p.ask)
            }
            _ => p.ask.clone(),
        })
        .collect();
    assert!(probes.len() > 8, "a long ladder: {probes:?}");
    let mut app = App::new(Library::load(None, &[]), None, MONOCHROME, false);
    app.push(Box::new(PairScreen::new(
        session,
        Box::new(clock.clone()),
        Plan::Random(1),
    )));
    // What has been on screen, each frame's list read as text: borders gone, wrapped lines joined.
    let mut seen = String::new();
    for _ in 0..probes.len() {
        let screen = format!("{}", draw(&app, 80, 24).backend());
        let text: Vec<&str> = screen
            .lines()
            .map(|l| l.trim_matches('"').trim_matches('│'))
            .collect();
        let frame = text
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // Not only the highlighted one: no follow-up in view is cut short with "…".
        let ladder: Vec<&&str> = text
            .iter()
            .skip_while(|l| !l.starts_with("┌Probes"))
            .take_while(|l| !l.starts_with("Listen for"))
            .collect();
        assert!(
            ladder.iter().all(|l| !l.trim_end().ends_with('…')),
            "{screen}"
        );
        seen.push_str(&frame);
        seen.push('\n');
        press(&mut app, KeyCode::Down);
    }
    for probe in &probes {
        let whole = probe.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(seen.contains(&whole), "never read whole: {whole}\n{seen}");
    }
}

#[test]
fn hand_over_hides_the_interviewers_rating_80x24_and_120x40() {
    let (mut app, clock) = pairing();
    listen_to_first_answer(&mut app, &clock);
    give_feedback(&mut app);
    assert_eq!(app.top().context(), Context::PairHandOver);
    let screen = format!("{}", draw(&app, 120, 40).backend());
    assert!(!screen.contains("3 of 5"), "blind: {screen}");
    insta::assert_snapshot!("hand_over_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("hand_over_120x40", draw(&app, 120, 40).backend());
}

#[test]
fn comparison_shows_both_ratings_with_the_ticks_80x24_and_120x40() {
    let (mut app, clock) = pairing();
    compare_first_answer(&mut app, &clock);
    assert_eq!(app.top().context(), Context::PairCompare);
    let screen = format!("{}", draw(&app, 120, 40).backend());
    assert!(
        screen.contains("Interviewer's rating  3 of 5")
            && screen.contains("PSW's own rating  4 of 5"),
        "{screen}"
    );
    insta::assert_snapshot!("comparison_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("comparison_120x40", draw(&app, 120, 40).backend());
}

/// The last question's comparison says Enter goes on to the initials and saving, where the
/// footer's "Enter next question" had no next question to go to; earlier ones do not say it.
#[test]
fn the_last_comparison_says_what_enter_does_next() {
    let (mut app, clock) = pairing();
    compare_first_answer(&mut app, &clock);
    assert_eq!(app.top().context(), Context::PairCompare);
    let first = format!("{}", draw(&app, 80, 24).backend());
    assert!(!first.contains("That was the last question"), "{first}");
    assert!(first.contains("Enter next question"), "{first}");
    press(&mut app, KeyCode::Enter);
    key(&mut app, '2');
    ctrl(&mut app, 'd');
    key(&mut app, '3');
    press(&mut app, KeyCode::Enter);
    key(&mut app, '3');
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairCompare);
    let last = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        last.contains("That was the last question: Enter goes on to your initials and saves"),
        "{last}"
    );
    // The footer agrees with it: no "next question" after the last one.
    assert!(last.contains("Enter initials and save"), "{last}");
    assert!(!last.contains("next question"), "{last}");
}

/// With several lines of observations and every probe asked, the comparison no longer fits at
/// 80x24. The observations (what the PSW takes away) used to come last, below the fold, with
/// nothing to say there was more; and Down pressed past the end had to be undone press by press.
#[test]
fn comparison_keeps_the_observations_in_view_and_says_there_is_more_80x24() {
    let (mut app, clock) = pairing();
    key(&mut app, '1');
    for _ in 0..4 {
        key(&mut app, ' ');
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Tab);
    type_text(
        &mut app,
        "Opened with the triage tool and who owns it.\nNo figure for the longest wait, even \
         when asked twice.\nLast point: the story of Mr A was strong but long.",
    );
    press(&mut app, KeyCode::Tab);
    clock.advance(Duration::from_secs(150));
    give_feedback(&mut app);
    key(&mut app, '4');
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairCompare);
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        screen.contains("Last point: the story of Mr A was strong but long."),
        "the observations in view without scrolling:\n{screen}"
    );
    assert!(
        screen.contains("↓ more below: ↑↓ or PgUp/PgDn scroll"),
        "says there is more:\n{screen}"
    );
    for _ in 0..30 {
        press(&mut app, KeyCode::Down);
    }
    let bottom = format!("{}", draw(&app, 80, 24).backend());
    assert!(bottom.contains("↑ more above"), "{bottom}");
    assert!(
        bottom.contains("Evidence") || bottom.contains("Follow-ups asked"),
        "the end is reachable:\n{bottom}"
    );
    press(&mut app, KeyCode::Up);
    let up_one = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        up_one.contains("↓ more below"),
        "one Up moves back at once, however often Down was pressed:\n{up_one}"
    );
}

#[test]
fn feedback_step_80x24() {
    let (mut app, clock) = pairing();
    listen_to_first_answer(&mut app, &clock);
    ctrl(&mut app, 'd');
    key(&mut app, '2');
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Calm and specific.");
    insta::assert_snapshot!("feedback_80x24", draw(&app, 80, 24).backend());
}

#[test]
fn handing_over_without_a_rating_says_why_and_stays() {
    let (mut app, _clock) = pairing();
    ctrl(&mut app, 'd');
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairRating);
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        screen.contains("Give your rating (1 to 5) before handing over"),
        "{screen}"
    );
}

/// A colleague who starts typing a note on the probe and cue list keeps every letter: the note
/// goes into the observations, and a note that starts with "d" does not end the PSW's answer
/// (nor does "t" hide the tip or "x" tick a probe). Ctrl-D ends the answer.
#[test]
fn typing_a_note_on_the_probe_list_keeps_every_letter_and_the_psw_keeps_answering() {
    let (mut app, clock) = pairing();
    clock.advance(Duration::from_secs(30));
    let before = format!("{}", draw(&app, 80, 24).backend());
    type_text(&mut app, "detail was good");
    assert_eq!(app.top().context(), Context::PairObservations);
    press(&mut app, KeyCode::Tab); // back to the ticks
    type_text(&mut app, "told me how she knows");
    clock.advance(Duration::from_secs(30));
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        screen.contains("detail was good") && screen.contains("told me how she knows"),
        "every letter kept in the observations:\n{screen}"
    );
    assert!(
        screen.contains("Question 1:00"),
        "the clock runs on:\n{screen}"
    );
    assert_eq!(
        before.contains("Tip:"),
        screen.contains("Tip:"),
        "typing a t did not hide or show the tip:\n{screen}"
    );
    assert!(
        screen.contains("[ ] "),
        "typing an x ticked nothing:\n{screen}"
    );
    press(&mut app, KeyCode::Tab);
    ctrl(&mut app, 'd');
    assert_eq!(
        app.top().context(),
        Context::PairRating,
        "Ctrl-D ends the answer"
    );
}

/// Esc pauses both clocks, as it pauses a rehearsal alone; the menu's r (or Esc) carries on.
/// Help stops them too.
#[test]
fn esc_pauses_both_clocks_and_help_stops_them_too() {
    let (mut app, clock) = pairing();
    clock.advance(Duration::from_secs(10));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.top().context(), Context::PairMenu);
    clock.advance(Duration::from_secs(300));
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(screen.contains("Question 0:10"), "{screen}");
    assert!(screen.contains("Session 0:10"));
    key(&mut app, 'r');
    assert_eq!(app.top().context(), Context::PairAsking);
    clock.advance(Duration::from_secs(5));
    key(&mut app, '?');
    clock.advance(Duration::from_secs(100));
    press(&mut app, KeyCode::Esc);
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(screen.contains("Question 0:15"), "{screen}");
}

/// One key vocabulary across a rehearsal alone and pair practice: Space ticks the highlighted
/// point (it no longer pauses the clocks), Enter moves on (it no longer ticks), Esc pauses, and
/// the two pause menus use the same letters, named the same way.
#[test]
fn space_ticks_and_enter_moves_on_in_pair_practice_as_when_rehearsing_alone() {
    use psw_coach::tui::keymap::{Action, action_for, footer};
    let (mut app, clock) = pairing();
    clock.advance(Duration::from_secs(10));
    key(&mut app, ' ');
    clock.advance(Duration::from_secs(20));
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        screen.contains("[x] Plain: Who owns the waiting list"),
        "Space ticked the highlighted probe:\n{screen}"
    );
    assert!(
        screen.contains("Question 0:30"),
        "the clock runs on:\n{screen}"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.top().context(),
        Context::PairRating,
        "Enter: the PSW has finished; on to feedback"
    );

    let space = KeyEvent::from(KeyCode::Char(' '));
    let enter = KeyEvent::from(KeyCode::Enter);
    let esc = KeyEvent::from(KeyCode::Esc);
    for context in [Context::Cues, Context::PairAsking, Context::PairPick] {
        assert_eq!(
            action_for(context, space),
            Some(Action::Toggle),
            "{context:?}"
        );
        assert_ne!(
            action_for(context, enter),
            Some(Action::Toggle),
            "{context:?}"
        );
    }
    for context in [
        Context::Answer,
        Context::Rating,
        Context::PairAsking,
        Context::PairObservations,
        Context::PairRating,
        Context::PairFeedback,
        Context::PairCompare,
    ] {
        assert_eq!(action_for(context, esc), Some(Action::Pause), "{context:?}");
    }
    assert_eq!(footer(Context::Paused), footer(Context::PairMenu));
}

/// Ctrl-S saves a pair session part way through, as it saves a rehearsal alone.
#[test]
fn ctrl_s_saves_a_pair_session_part_way_as_in_a_rehearsal() {
    let temp = tempfile::tempdir().unwrap();
    let (mut app, clock) = pairing_in(Some(temp.path().to_path_buf()));
    key(&mut app, '1');
    clock.advance(Duration::from_secs(40));
    ctrl(&mut app, 's');
    assert_eq!(app.top().context(), Context::PairSaved);
    let listing = psw_coach::notes::NotesStore::new(temp.path()).list();
    assert_eq!(listing.notes.len(), 1, "saved as a note");
    let q = &listing.notes[0].1.questions[0];
    assert!(q.pair.as_ref().unwrap().heard.done);
    assert_eq!(q.total_seconds, 40);
    // The eleventh walk, row 7: saved part way, it said "Pair practice complete".
    let shown = format!("{}", draw(&app, 80, 24).backend());
    assert!(!shown.contains("complete"), "{shown}");
    assert!(shown.contains("Pair practice saved · 1 of "), "{shown}");
    assert!(
        shown.contains("not reached: not counted and not saved."),
        "{shown}"
    );
}

/// The thirteenth walk's row 6: Ctrl-S straight after moving to the next question saved it with
/// nothing marked, and the saved screen said "2 of 5 questions" while review counted 1. A
/// question only moved to (nothing marked, typed or rated, and less time on it than reading it
/// out takes) is not reached: the saved screen, the note, `notes list` and review all count 1.
/// Anything marked, even at once, or time spent answering aloud, is kept and counted by all four.
#[test]
fn a_question_only_moved_to_is_neither_saved_nor_counted_and_anything_marked_or_timed_is() {
    // What the saved screen, the note, `notes list` and review each count, and the session as
    // read back in review.
    fn counts(second: impl Fn(&mut App, &FakeClock)) -> (String, usize, usize, usize, String) {
        let temp = tempfile::tempdir().unwrap();
        let (mut app, clock) = pairing_in(Some(temp.path().to_path_buf()));
        compare_first_answer(&mut app, &clock);
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.top().context(), Context::PairAsking, "on question 2");
        second(&mut app, &clock);
        ctrl(&mut app, 's');
        if app.top().context() == Context::PairInitials {
            press(&mut app, KeyCode::Enter);
        }
        assert_eq!(app.top().context(), Context::PairSaved);
        let shown = format!("{}", draw(&app, 80, 24).backend());
        let title = shown
            .lines()
            .find(|l| l.contains("Pair practice "))
            .unwrap_or_default()
            .trim_matches(|c: char| c == '│' || c == '"' || c.is_whitespace())
            .to_string();
        let store = psw_coach::notes::NotesStore::new(temp.path());
        let listing = store.list();
        assert_eq!(listing.notes.len(), 1, "{shown}");
        let in_note = listing.notes[0].1.questions.len();
        let listed = store.summaries().summaries[0].questions;
        let history = psw_coach::review::History::load(&store, &|_, _| {});
        let reviewed = history.sessions[0].questions;
        let read_back = psw_coach::tui::screens::review_session::SessionScreen::open(
            std::rc::Rc::new(history),
            0,
        )
        .unwrap();
        let read_back =
            crate::common::drawn::flat(&crate::common::drawn::screen_text(&read_back, 80, 24));
        (title, in_note, listed, usize::from(reviewed), read_back)
    }

    // Moved to, then Ctrl-S a moment later with nothing marked: not reached.
    let (title, in_note, listed, reviewed, read_back) =
        counts(|_, clock| clock.advance(Duration::from_secs(2)));
    assert!(
        title.starts_with("Pair practice saved · 1 of 2 questions · "),
        "{title}"
    );
    assert_eq!((in_note, listed, reviewed), (1, 1, 1));
    assert!(read_back.contains(" · 1 question "), "{read_back}");

    // One part heard, marked at once, or nothing marked but 40 seconds answering aloud: kept,
    // and counted by every screen. Saved during the last question, before the ratings, it is
    // not complete (it said so): the saved screen and the read-back both say how far it got.
    let marked = |app: &mut App, _: &FakeClock| key(app, '2');
    let aloud = |_: &mut App, clock: &FakeClock| clock.advance(Duration::from_secs(40));
    for (title, in_note, listed, reviewed, read_back) in [counts(marked), counts(aloud)] {
        assert!(
            title.starts_with("Pair practice saved · 2 of 2 questions, 1 not yet rated by both · "),
            "{title}"
        );
        assert_eq!((in_note, listed, reviewed), (2, 2, 2));
        assert!(
            read_back.contains("· pair practice · 2 questions ")
                && read_back.contains("│Saved part way: 2 questions, 1 not yet rated by both."),
            "{read_back}"
        );
    }

    // The last question rated by both and compared: complete, and nothing said of ratings.
    let (title, in_note, listed, reviewed, read_back) = counts(|app, _| rate_both_and_go_on(app));
    assert!(
        title.starts_with("Pair practice complete · 2 questions · "),
        "{title}"
    );
    assert_eq!((in_note, listed, reviewed), (2, 2, 2));
    assert!(read_back.contains(" · 2 questions "), "{read_back}");
    assert!(!read_back.contains("Saved part way"), "{read_back}");
}

/// The pair question list: Space ticks the highlighted question and leaves the highlight where
/// it is (it ticked and moved on), as Space does on every other list.
#[test]
fn the_pair_question_list_ticks_with_space_without_moving() {
    let library = pair_library();
    let questions: Vec<_> = library.questions().cloned().collect();
    let mut app = App::new(pair_library(), None, MONOCHROME, false);
    app.push(Box::new(psw_coach::tui::screens::pick::PickScreen::new(
        Plan::Random(2),
        &questions,
    )));
    assert_eq!(app.top().context(), Context::PairPick);
    key(&mut app, ' ');
    let list = format!("{}", draw(&app, 80, 24).backend());
    assert!(list.contains("(1 ticked)"), "{list}");
    key(&mut app, ' ');
    let list = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        list.contains("(0 ticked)"),
        "the second Space unticked the same question:\n{list}"
    );
}

/// The pair question list of a topic with more questions than fit at 80x24 (Safeguarding's 12)
/// says so on its border, and where: below at first, above once the last is reached.
#[test]
fn the_pair_question_list_says_when_questions_are_out_of_view_at_80x24() {
    let library = Library::load(None, &[]);
    let questions: Vec<_> = library.questions().cloned().collect();
    let mut app = App::new(Library::load(None, &[]), None, MONOCHROME, false);
    app.push(Box::new(psw_coach::tui::screens::pick::PickScreen::new(
        "topic safeguarding".parse().unwrap(),
        &questions,
    )));
    let bottom = |app: &App| {
        let shown = format!("{}", draw(app, 80, 24).backend());
        let rows: Vec<&str> = shown.lines().collect();
        // The list's bottom border is the row above the footer.
        (rows[rows.len() - 2].to_string(), shown)
    };
    let (border, shown) = bottom(&app);
    assert!(border.contains(" ↓ more "), "{shown}");
    press(&mut app, KeyCode::End);
    let (border, shown) = bottom(&app);
    assert!(
        border.contains(" ↑ more ") && !border.contains('↓'),
        "{shown}"
    );
}

/// Walk 8: five short observations, one a line, at 80x24: back on the ticks the box showed the
/// first two and nothing said three more were there, though the newest are meant to show (the
/// height was counted as if the lines ran on as one). The newest show now, under a " ↑ more "
/// mark.
#[test]
fn the_newest_observations_show_with_a_mark_that_more_are_above() {
    let (mut app, _temp) = app_in(Context::PairObservations);
    for line in [
        "Says 140 carers waiting.",
        "Longest wait 19 weeks.",
        "Triage by risk.",
        "No figure for reviews.",
        "Mentions the carers' forum.",
    ] {
        type_text(&mut app, line);
        press(&mut app, KeyCode::Enter);
    }
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.top().context(), Context::PairAsking);
    let (heading, shown) = observations_heading(&app);
    assert!(shown.contains("Mentions the carers' forum."), "{shown}");
    assert!(heading.contains(" ↑ more "), "{shown}");
}

/// Walk 9: while the colleague is typing, the observations box (two rows at 80x24) showed the
/// newest lines with no mark that earlier ones were above; the mark showed only after `Tab`.
#[test]
fn while_typing_observations_the_heading_says_more_are_above() {
    let (mut app, _temp) = app_in(Context::PairObservations);
    for line in [
        "Says 140 carers waiting.",
        "Longest wait 19 weeks.",
        "Triage by risk.",
    ] {
        type_text(&mut app, line);
        press(&mut app, KeyCode::Enter);
    }
    type_text(&mut app, "No figure for reviews.");
    assert_eq!(app.top().context(), Context::PairObservations);
    let (heading, shown) = observations_heading(&app);
    assert!(shown.contains("No figure for reviews."), "{shown}");
    assert!(heading.contains(" ↑ more "), "{shown}");
}

/// The pair screen at 80x24, and the heading row of its observations box.
fn observations_heading(app: &App) -> (String, String) {
    let shown = format!("{}", draw(app, 80, 24).backend());
    let heading = shown
        .lines()
        .find(|l| l.contains("Observations ("))
        .unwrap_or_default()
        .to_string();
    (heading, shown)
}

/// Walk 8: the interviewer's rating step was the one pair screen whose footer never named the
/// help key (its `?` was bound for help only, so the footer fitted 80 columns), so nothing on the
/// feedback step said how to see its keys. "Tab keep/stop/start" is "Tab feedback" now, and the
/// footer ends "? help" at 80 and at 120 columns, every other key still in it.
#[test]
fn the_interviewers_rating_footer_names_help_at_80_and_120_columns() {
    for (width, height) in [(80, 24), (120, 40)] {
        let (app, _temp) = app_in(Context::PairRating);
        let shown = format!("{}", draw(&app, width, height).backend());
        let footer = shown.lines().last().unwrap_or_default().to_string();
        for key in [
            "1-5 rate",
            "Tab feedback",
            "Enter hand over",
            "Shift-Tab listening",
            "Esc pause",
            "? help",
        ] {
            assert!(footer.contains(key), "{width}: {key}: {footer}");
        }
    }
}

/// The fourth walk's item 12: in the Start box the footer said "Enter next" where Enter hands the
/// keyboard to the PSW. The Start box has its own footer and help now; Keep and Stop keep theirs.
#[test]
fn the_start_box_says_enter_hands_over_where_keep_and_stop_say_next_box() {
    let (mut app, _clock) = pairing();
    ctrl(&mut app, 'd');
    key(&mut app, '3');
    press(&mut app, KeyCode::Tab);
    let keep = format!("{}", draw(&app, 80, 24).backend());
    assert!(keep.contains("Enter next "), "{keep}");
    assert!(!keep.contains("hand over"), "{keep}");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairFeedbackStart);
    let start = format!("{}", draw(&app, 80, 24).backend());
    assert!(start.contains("Enter hand over"), "{start}");
    assert!(start.contains("Tab rating"), "{start}");
    assert!(!start.contains("Enter next"), "{start}");
    press(&mut app, KeyCode::F(1));
    let help = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        help.contains("hand the keyboard to the PSW to rate themselves"),
        "{help}"
    );
    assert!(!help.contains("on to the next box"), "{help}");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.top().context(), Context::PairFeedbackStart);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairHandOver);
}

/// The fourth walk's item 13: "Pair practice discarded; nothing was saved." was printed on
/// quitting long after, when the colleague had gone on to use psw-coach, as if quitting had
/// thrown something away. It is printed only when the discard was the last thing done: help
/// read over home keeps it, opening another screen lets it go.
#[test]
fn the_line_printed_on_quitting_is_only_about_the_last_thing_done() {
    const DISCARDED: &str = "Pair practice discarded; nothing was saved.";
    let discard = |app: &mut App| {
        key(app, '1');
        press(app, KeyCode::Esc);
        key(app, 'd');
        key(app, 'y');
        assert_eq!(app.top().id(), ScreenId::Home);
        assert_eq!(app.farewell.as_deref(), Some(DISCARDED));
    };
    let temp = tempfile::tempdir().unwrap();
    let (mut app, _clock) = pairing_in(Some(temp.path().to_path_buf()));
    discard(&mut app);
    key(&mut app, '?');
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.farewell.as_deref(),
        Some(DISCARDED),
        "help over home is no new step"
    );
    key(&mut app, 'e');
    assert_ne!(app.top().id(), ScreenId::Home);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.top().id(), ScreenId::Home);
    assert_eq!(app.farewell, None, "the evidence register was opened since");
}

/// Pair feedback keys: Enter in Start hands over (it went back to the rating); Shift-Tab from the
/// rating goes back to listening (it went to Keep); on the initials Esc opens the menu and Ctrl-S
/// saves (both did nothing); Home and End reach the first and last line of the probe list.
#[test]
fn pair_feedback_keys_go_where_a_colleague_expects() {
    let temp = tempfile::tempdir().unwrap();
    let (mut app, _clock) = pairing_in(Some(temp.path().to_path_buf()));
    press(&mut app, KeyCode::End);
    key(&mut app, ' ');
    press(&mut app, KeyCode::Home);
    key(&mut app, ' ');
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        screen.contains("[x] Plain: Who owns") && screen.contains("[x] The longest wait"),
        "Home and End reach the first probe and the last cue:\n{screen}"
    );
    press(&mut app, KeyCode::Enter);
    key(&mut app, '3');
    press(&mut app, KeyCode::BackTab);
    assert_eq!(
        app.top().context(),
        Context::PairAsking,
        "Shift-Tab from the rating"
    );
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Name the survey.");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.top().context(),
        Context::PairHandOver,
        "Enter in Start hands over"
    );
    key(&mut app, '4');
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    // The second question, quickly, to reach the initials.
    rate_both_and_go_on(&mut app);
    assert_eq!(app.top().context(), Context::PairInitials);
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.top().context(),
        Context::PairMenu,
        "Esc on the initials"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.top().context(), Context::PairInitials);
    type_text(&mut app, "AB");
    ctrl(&mut app, 's');
    assert_eq!(app.top().context(), Context::PairSaved, "Ctrl-S saves");
    let listing = psw_coach::notes::NotesStore::new(temp.path()).list();
    assert_eq!(listing.notes[0].1.interviewer.as_deref(), Some("AB"));
}

#[test]
fn a_whole_question_then_initials_saves_a_pair_note_and_offers_the_swap() {
    let temp = tempfile::tempdir().unwrap();
    let (mut app, clock) = pairing_in(Some(temp.path().to_path_buf()));
    compare_first_answer(&mut app, &clock);
    // Each change of step is in the draft at once.
    assert_eq!(drafts_in(temp.path()).len(), 1);
    press(&mut app, KeyCode::Enter);
    key(&mut app, '2');
    // The second answer: done, rated by both, compared; then the initials.
    rate_both_and_go_on(&mut app);
    assert_eq!(app.top().context(), Context::PairInitials);
    type_text(&mut app, "AB");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "CD");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairSaved);
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(screen.contains("Saved as "), "{screen}");
    // The swap choice is marked in text, not by colour alone.
    assert!(
        screen.contains("> The same plan, new questions"),
        "{screen}"
    );
    press(&mut app, KeyCode::Down);
    let moved = format!("{}", draw(&app, 80, 24).backend());
    assert!(moved.contains("> Mock interview"), "{moved}");
    assert!(!moved.contains("> The same plan"), "{moved}");
    press(&mut app, KeyCode::Up);

    let store = psw_coach::notes::NotesStore::new(temp.path());
    let listing = store.list();
    assert_eq!(listing.notes.len(), 1);
    assert!(
        drafts_in(temp.path()).is_empty(),
        "the draft goes once the note is safe"
    );
    let note = &listing.notes[0].1;
    assert_eq!(note.kind, psw_coach::notes::NoteKind::Pair);
    assert_eq!(note.interviewer.as_deref(), Some("AB"));
    assert_eq!(note.psw.as_deref(), Some("CD"));
    let q = &note.questions[0];
    assert_eq!(q.total_seconds, 161);
    assert_eq!(q.rating, Some(4));
    let marks = q.pair.as_ref().unwrap();
    assert_eq!(marks.rating, Some(3));
    assert!(marks.heard.done && !marks.heard.difference && marks.heard.evidence);
    assert_eq!(
        marks.observations,
        "Clear triage; no figure for the longest wait."
    );
    assert_eq!(marks.keep, "Leading with the triage tool.");
    assert_eq!(marks.stop, "Saying \"hopefully\".");
    assert_eq!(marks.start, "One person's story.");
    assert_eq!(marks.probes_asked.len(), 1);
    assert_eq!(q.cues_ticked(), 1);
    assert!(note.questions[1].pair.as_ref().unwrap().heard.difference);

    // Swap: a new session, initials swapped, the pair screen again.
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().id(), ScreenId::Pair);
    assert_eq!(app.top().context(), Context::PairAsking);
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        screen.contains("Roles swapped: CD asks, AB answers."),
        "{screen}"
    );
    assert!(screen.contains("[ ] 1 Done"), "a fresh question: {screen}");
}

/// A pair session read back in review shows what the colleague said: their observations and
/// Keep, Stop and Start, and what they heard. Review showed only their rating; the words were in
/// the note (and `notes show`) but nowhere on screen.
#[test]
fn review_reads_back_the_colleagues_feedback_on_a_pair_session() {
    let temp = tempfile::tempdir().unwrap();
    let (mut app, clock) = pairing_in(Some(temp.path().to_path_buf()));
    compare_first_answer(&mut app, &clock);
    ctrl(&mut app, 's');
    if app.top().context() == Context::PairInitials {
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(app.top().context(), Context::PairSaved);
    key(&mut app, 'q');
    let screen = |app: &App| format!("{}", draw(app, 100, 50).backend());
    while !screen(&app).contains("> Review past answers") {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    for _ in 0..400 {
        app.tick();
        if screen(&app).contains("1 of 1 session") {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    press(&mut app, KeyCode::Enter);
    let shown = screen(&app);
    for said in [
        "Interviewer rated 3 of 5 · heard what was done, how you know · 1 follow-up asked",
        "Observations: Clear triage; no figure for the longest wait.",
        "Keep: Leading with the triage tool.",
        "Stop: Saying \"hopefully\".",
        "Start: One person's story.",
    ] {
        assert!(shown.contains(said), "{said:?}:\n{shown}");
    }
}

#[test]
fn quitting_mid_question_keeps_everything_typed_as_a_draft() {
    let temp = tempfile::tempdir().unwrap();
    let (mut app, clock) = pairing_in(Some(temp.path().to_path_buf()));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Half a thought");
    clock.advance(Duration::from_millis(300));
    app.on_terminate();
    let drafts = drafts_in(temp.path());
    assert_eq!(drafts.len(), 1);
    let note = &drafts[0];
    assert_eq!(
        note.questions[0].pair.as_ref().unwrap().observations,
        "Half a thought"
    );
}

#[test]
fn observations_reach_the_draft_within_two_seconds_of_typing() {
    let temp = tempfile::tempdir().unwrap();
    let (mut app, clock) = pairing_in(Some(temp.path().to_path_buf()));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Strong opening");
    app.tick();
    assert!(drafts_in(temp.path()).is_empty(), "not yet: still typing");
    clock.advance(Duration::from_millis(900));
    app.tick();
    let drafts = drafts_in(temp.path());
    assert_eq!(drafts.len(), 1);
    let note = &drafts[0];
    assert_eq!(
        note.questions[0].pair.as_ref().unwrap().observations,
        "Strong opening"
    );
}

/// Home with pair practice switched on, then the first topic chosen: the question list.
fn pair_mode_topic_picker(app: &mut App) {
    // The pair switch is second from the bottom of the menu.
    press(app, KeyCode::End);
    press(app, KeyCode::Up);
    press(app, KeyCode::Enter);
    let screen = format!("{}", draw(app, 80, 24).backend());
    assert!(screen.contains("Pair practice: on"), "{screen}");
    press(app, KeyCode::Home);
    press(app, KeyCode::Down);
    press(app, KeyCode::Enter);
    press(app, KeyCode::Enter);
}

#[test]
fn home_switches_the_plans_to_pair_practice_and_a_topic_lets_the_interviewer_pick() {
    let mut app = App::new(pair_library(), None, MONOCHROME, false);
    pair_mode_topic_picker(&mut app);
    assert_eq!(app.top().context(), Context::PairPick);
    insta::assert_snapshot!("pick_80x24", draw(&app, 80, 24).backend());
    // Nothing ticked: the topic's own plan.
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairAsking);
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        screen.contains("Pair practice · Question 1 of 1"),
        "{screen}"
    );

    // Mock with pair practice on starts the interviewer's screen at once.
    let mut app = App::new(pair_library(), None, MONOCHROME, false);
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().id(), ScreenId::Pair);
    assert_eq!(app.top().context(), Context::PairAsking);
}

/// A pair session started from home on a topic, with its questions ticked in the list, is saved
/// under the topic's name (not a string of question ids), and the end screen prints the export
/// command with the note's number, whole on one line at 80 columns.
#[test]
fn a_pair_session_from_home_is_named_by_its_plan_and_the_export_command_fits_one_line() {
    let temp = tempfile::tempdir().unwrap();
    let mut app = App::new(
        pair_library(),
        Some(temp.path().to_path_buf()),
        MONOCHROME,
        false,
    );
    pair_mode_topic_picker(&mut app);
    assert_eq!(app.top().context(), Context::PairPick);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairAsking);
    key(&mut app, '1');
    press(&mut app, KeyCode::Esc);
    key(&mut app, 's');
    if app.top().context() == Context::PairInitials {
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(app.top().context(), Context::PairSaved);
    let listing = psw_coach::notes::NotesStore::new(temp.path()).list();
    assert_eq!(listing.notes.len(), 1);
    let (path, note) = &listing.notes[0];
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    assert!(name.contains("-topic-"), "named by its plan: {name}");
    assert!(!name.contains("question"), "not by question ids: {name}");
    assert!(
        note.plan_title.starts_with("Topic: "),
        "{}",
        note.plan_title
    );
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(
        screen
            .lines()
            .any(|l| l.contains("psw-coach notes export 1 --out feedback.md")),
        "the export command by number, on one line:\n{screen}"
    );
}

/// Home's Today box counts a pair session as soon as it is saved, as it does a rehearsal alone:
/// it went on saying "0 of 9 quality statements practised" until psw-coach was started again.
#[test]
fn home_counts_a_pair_session_in_today_as_soon_as_it_is_saved() {
    let temp = tempfile::tempdir().unwrap();
    let mut app = App::new(
        pair_library(),
        Some(temp.path().to_path_buf()),
        MONOCHROME,
        false,
    );
    let home_says = |app: &mut App, words: &str| {
        for _ in 0..400 {
            app.tick();
            let screen = format!("{}", draw(app, 120, 40).backend());
            if screen.contains(words) {
                return screen;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!(
            "home never said {words:?}:\n{}",
            draw(app, 120, 40).backend()
        );
    };
    app.after_first_frame();
    home_says(&mut app, "0 of 9 quality statements practised");
    pair_mode_topic_picker(&mut app);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Enter);
    // One question asked, rated by both; then the initials, left empty.
    key(&mut app, '1');
    ctrl(&mut app, 'd');
    key(&mut app, '3');
    press(&mut app, KeyCode::Enter);
    key(&mut app, '4');
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairInitials);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairSaved);
    key(&mut app, 'q');
    assert_eq!(app.top().id(), ScreenId::Home);
    let home = home_says(
        &mut app,
        "1 of today's 2 questions done · 1 of 9 quality statements practised",
    );
    assert!(!home.contains("0 of 9"), "{home}");
}

/// Help names each key once, and a sentence too long for one line goes on under itself, past
/// the column of keys. The hand-over's help listed "←→" twice (raise, then lower the rating), and
/// wrapped sentences ran back to the panel's edge, under the keys, on every screen.
#[test]
fn help_names_each_key_once_and_wrapped_sentences_stay_clear_of_the_keys() {
    let (mut app, _temp) = app_in(Context::PairHandOver);
    key(&mut app, '?');
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(screen.contains("raise or lower the rating"), "{screen}");
    assert_eq!(screen.matches("←→").count(), 1, "{screen}");

    let (mut app, _temp) = app_in(Context::PairAsking);
    key(&mut app, '?');
    let screen = format!("{}", draw(&app, 80, 24).backend());
    let row = screen
        .lines()
        .find(|l| l.contains("3 how they know"))
        .unwrap_or_else(|| panic!("{screen}"));
    let (left, _) = row.split_once("3 how they know").unwrap();
    let inside = &left[left.rfind('│').unwrap() + '│'.len_utf8()..];
    assert!(
        inside.starts_with(&" ".repeat(18)),
        "the sentence goes on past the keys' column:\n{screen}"
    );
}

#[test]
fn the_interviewer_asks_the_questions_ticked_in_the_list() {
    let mut app = App::new(pair_library(), None, MONOCHROME, false);
    // Pair practice on, then the quality statement "Equity" holds only pair-q1; "Assessing needs"
    // too. Choose by statement: the list shows the questions tagged with it.
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    // Assessing needs is the first statement.
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.top().context(), Context::PairPick);
    let list = format!("{}", draw(&app, 80, 24).backend());
    assert!(list.contains("[ ] Focused"), "{list}");
    assert!(
        list.contains("                  is working?") || list.contains("know it is working?"),
        "a long question is wrapped whole, not cut: {list}"
    );
    press(&mut app, KeyCode::Char(' '));
    let list = format!("{}", draw(&app, 80, 24).backend());
    assert!(list.contains("(1 ticked)"), "{list}");
    press(&mut app, KeyCode::Enter);
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(screen.contains("Question 1 of 1"), "{screen}");
    assert!(screen.contains("How do you keep people safe"), "{screen}");
}

#[test]
fn an_unfinished_pair_session_is_offered_with_the_last_words_typed() {
    use psw_coach::tui::screens::recover::RecoverScreen;
    // The draft as the pair screen writes it when the app is stopped mid-question.
    let temp = tempfile::tempdir().unwrap();
    let (mut app, _clock) = pairing_in(Some(temp.path().to_path_buf()));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Strong on the triage tool, no figures");
    app.on_terminate();
    let note = drafts_in(temp.path()).remove(0);
    let mut recovering = App::new(pair_library(), None, MONOCHROME, false);
    recovering.push(Box::new(RecoverScreen::new(vec![(
        "drafts/x.md".into(),
        note,
    )])));
    let screen = format!("{}", draw(&recovering, 80, 24).backend());
    assert!(
        screen.contains("Strong on the triage tool, no figures"),
        "{screen}"
    );
}

#[test]
fn a_save_that_fails_says_why_keeps_everything_and_can_be_tried_again() {
    // A data folder that is a file: nothing can be written under it, until it is put right.
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    std::fs::write(&data, "").unwrap();
    let (mut app, _clock) = pairing_in(Some(data.clone()));
    key(&mut app, '1');
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Kept through a failed save");
    press(&mut app, KeyCode::Tab);
    // The answer is done: the change of step writes the draft, which fails too.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    key(&mut app, 's');
    assert_eq!(app.top().context(), Context::SaveFailed);
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(screen.contains("Could not save"), "{screen}");
    assert!(screen.contains("Ctrl-S tries"), "{screen}");
    assert!(
        screen.contains("psw-coach keeps trying."),
        "the draft problem is wrapped, not cut: {screen}"
    );

    // The cause is fixed; Ctrl-S saves everything that was marked and typed.
    std::fs::remove_file(&data).unwrap();
    ctrl(&mut app, 's');
    assert_eq!(app.top().context(), Context::PairSaved);
    let notes = psw_coach::notes::NotesStore::new(&data).list().notes;
    assert_eq!(notes.len(), 1);
    let marks = notes[0].1.questions[0].pair.clone().unwrap();
    assert_eq!(marks.observations, "Kept through a failed save");
    assert!(marks.heard.done);
}

/// Found in tmux: feedback typed while the rating had the keys ("Good pace") vanished without a
/// word. It now starts Keep, digits and all, and the rating is left as it was.
#[test]
fn feedback_typed_on_the_rating_goes_into_keep() {
    let (mut app, clock) = pairing();
    listen_to_first_answer(&mut app, &clock);
    ctrl(&mut app, 'd');
    key(&mut app, '4');
    assert_eq!(app.top().context(), Context::PairRating);
    type_text(&mut app, "Good pace, 3 clear figures");
    assert_eq!(app.top().context(), Context::PairFeedback);
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(screen.contains("Good pace, 3 clear figures"), "{screen}");
    assert!(screen.contains("4 of 5"), "{screen}");
}

/// `psw-coach pair` with a draft left over: the recovery screen comes first, and once the draft
/// was saved as a note the interviewer's screen opened with no word of where it went.
#[test]
fn a_draft_recovered_before_pair_practice_says_where_the_note_went() {
    let data = super::rehearsal::data_with_a_draft();
    let mut app = App::launch(psw_coach::tui::Launch {
        data_dir: Some(data.path().to_path_buf()),
        pair: Some(psw_coach::drill::pair::PairStart {
            plan: Plan::Random(2),
            seed: Some(1),
            round: 1,
            initials: Initials::default(),
            exclude: Vec::new(),
            chosen: Vec::new(),
        }),
        ..Default::default()
    });
    let flat = |app: &App| {
        format!("{}", draw(app, 120, 30).backend())
            .lines()
            .map(|l| l.trim_matches('"').trim_end())
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(flat(&app).contains("Unfinished rehearsal found"));
    while !flat(&app).contains("> Save it as a note") {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    let shown = flat(&app);
    assert_eq!(app.top().context(), Context::PairAsking, "{shown}");
    assert!(
        shown.contains("Recovered and saved as a note"),
        "where the recovered note went:\n{shown}"
    );
    // It is said once, under the first step, not all through the session.
    key(&mut app, '1');
    assert!(!flat(&app).contains("Recovered and saved as a note"));
}

mod random_keys;

/// The fifth walk: at 60 columns the interviewer's top line stopped mid-word ("Pressures and
/// plan"). The topic gives way with "…" (or, with no room, is left out), and the step's name
/// stays whole.
#[test]
fn the_top_line_ends_whole_or_with_a_mark_at_60_columns() {
    let (mut app, _clock) = pairing();
    let first_row = |app: &App| {
        format!("{}", draw(app, 60, 20).backend())
            .lines()
            .next()
            .unwrap_or_default()
            .trim_matches('"')
            .trim_end()
            .to_string()
    };
    let asking = first_row(&app);
    assert!(
        asking.ends_with("Waiting times") || asking.ends_with('…'),
        "{asking}"
    );
    ctrl(&mut app, 'd');
    let feedback = first_row(&app);
    assert!(feedback.ends_with("· Your feedback"), "{feedback}");
    assert!(
        feedback.starts_with("Pair practice · Question 1 of 2 · Focused"),
        "{feedback}"
    );
    let wide = format!("{}", draw(&app, 120, 40).backend());
    assert!(
        wide.contains("Focused · Waiting times · Your feedback"),
        "{wide}"
    );
}
