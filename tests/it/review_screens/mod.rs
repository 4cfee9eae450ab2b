//! The review, attempts, progress and settings screens: drawn to ratatui's TestBackend and compared
//! with reviewed snapshots, and driven in-process through the app with key presses. Included by
//! `tests/it/screens.rs`, whose key-map test walks every context through [`app_in`].

use crate::common::drawn::{self, app_lines as screen_text};
use crate::common::keys::{ctrl, press, type_text};
use chrono::{DateTime, NaiveDate};
use crossterm::event::{Event, KeyCode};
use psw_coach::bank::Library;
use psw_coach::bank::model::Question;
use psw_coach::notes::NotesStore;
use psw_coach::review::{History, Loader, Settings, ThemeChoice, generate};
use psw_coach::tui::app::App;
use psw_coach::tui::component::{Notice, Screen};
use psw_coach::tui::keymap::{Action, Context};
use psw_coach::tui::screens::attempts::AttemptsScreen;
use psw_coach::tui::screens::progress::ProgressScreen;
use psw_coach::tui::screens::refine::RefineScreen;
use psw_coach::tui::screens::review::ReviewScreen;
use psw_coach::tui::screens::review_session::SessionScreen;
use psw_coach::tui::screens::settings::SettingsScreen;
use psw_coach::tui::theme::MONOCHROME;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::rc::Rc;

const TODAY: &str = "2026-12-01";

fn today() -> NaiveDate {
    NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap()
}

/// Home with the bundled questions, its data kept in `data`.
fn home_on(data: &std::path::Path) -> App {
    App::new(
        Library::load(None, &[]),
        Some(data.to_path_buf()),
        MONOCHROME,
        false,
    )
}

/// Down home's menu to `item` (as highlighted: "> Review past answers") and into it.
fn choose_on_home(app: &mut App, item: &str) {
    while !screen_text(app, 100, 30).contains(item) {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
}

/// From the review list, the highlighted session opened and its first answer's attempts.
fn attempts_from_list(app: &mut App) {
    press(app, KeyCode::Enter);
    tick_until(app, "What have you done?");
    press(app, KeyCode::Char('a'));
    tick_until(app, "Rating trend:");
}

/// From home, through Review past answers, to the attempts at the first session's first answer:
/// the way a PSW reaches them, shared by the tests that start there.
fn attempts_of_first_answer(data: &std::path::Path) -> App {
    let mut app = home_on(data);
    choose_on_home(&mut app, "> Review past answers");
    tick_until(&mut app, "40 of 40 sessions");
    attempts_from_list(&mut app);
    app
}

/// The refine screen of that answer, opened from its attempts with `e`: shared by the tests of
/// what refine keeps.
fn refine_first_answer(data: &std::path::Path) -> App {
    let mut app = attempts_of_first_answer(data);
    press(&mut app, KeyCode::Char('e'));
    tick_until(&mut app, "Refine this answer");
    app
}

/// Forty generated sessions over four weeks, ending the evening before `TODAY`.
fn generated() -> (tempfile::TempDir, Rc<Library>, History) {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::load(None, &[]);
    let questions: Vec<Question> = library.questions().cloned().collect();
    let end = DateTime::parse_from_rfc3339("2026-11-30T18:00:00+00:00").unwrap();
    generate::write_history(dir.path(), &questions, 40, 5, 28, end, 11).unwrap();
    let history = History::load(&NotesStore::new(dir.path()), &|_, _| {});
    (dir, Rc::new(library), history)
}

/// Thirty sessions of one question each over four weeks, as practising one question at a time
/// makes them: each session is about one topic.
fn one_question_each() -> (tempfile::TempDir, History) {
    let dir = tempfile::tempdir().unwrap();
    let questions: Vec<Question> = Library::load(None, &[]).questions().cloned().collect();
    let end = DateTime::parse_from_rfc3339("2026-11-30T18:00:00+00:00").unwrap();
    generate::write_history(dir.path(), &questions, 30, 1, 28, end, 5).unwrap();
    let history = History::load(&NotesStore::new(dir.path()), &|_, _| {});
    (dir, history)
}

fn draw(screen: &dyn Screen, width: u16, height: u16) -> Terminal<TestBackend> {
    drawn::screen(screen, None, width, height)
}

#[test]
fn review_list_80x24() {
    let (_dir, _, history) = generated();
    let screen = ReviewScreen::new(Loader::ready(history));
    insta::assert_snapshot!(draw(&screen, 80, 24).backend());
}

/// The twelfth walk's row 10: the list could only be read newest first. Weakest first, as the
/// list draws it: the title says the order and the lowest ratings are at the top.
#[test]
fn review_list_weakest_first_80x24() {
    let (_dir, _, history) = generated();
    let mut screen = ReviewScreen::new(Loader::ready(history));
    screen.on_action(Action::Sort);
    screen.on_action(Action::Sort);
    insta::assert_snapshot!(draw(&screen, 80, 24).backend());
}

/// By topic, at 120 columns: each row names its topic before its plan, the groups in title order.
#[test]
fn review_list_by_topic_120x40() {
    let (_dir, history) = one_question_each();
    let mut screen = ReviewScreen::new(Loader::ready(history));
    screen.on_action(Action::Sort);
    insta::assert_snapshot!(draw(&screen, 120, 40).backend());
}

/// The session rows of the review list drawn at 100x30: (the topic and plan, the lower of the
/// ratings shown, unrated as `None`).
fn listed(app: &App) -> Vec<(String, Option<f32>)> {
    screen_text(app, 100, 30)
        .lines()
        .filter(|l| l.contains(" 2026 "))
        .map(|l| {
            let row = l.trim_matches(|c| c == '"' || c == '│' || c == ' ');
            let rating = row.rsplit(' ').next().unwrap_or_default();
            let lowest = rating
                .split('/')
                .filter_map(|r| r.parse::<f32>().ok())
                .reduce(f32::min);
            (row.to_string(), lowest)
        })
        .collect()
}

/// The twelfth walk's row 10, from home as a PSW does it: `b` sorts the list by topic, then
/// weakest first, then newest first again; the title says which; the footer and help name the
/// key from the one key map.
#[test]
fn b_sorts_the_review_list_by_topic_then_weakest_first_then_newest_again() {
    let (dir, history) = one_question_each();
    let mut app = home_on(dir.path());
    choose_on_home(&mut app, "> Review past answers");
    tick_until(&mut app, "30 of 30 sessions, newest first");
    let newest = listed(&app);
    let shown = screen_text(&app, 100, 30);
    assert!(
        shown.contains("b sort"),
        "the footer names the key:\n{shown}"
    );

    press(&mut app, KeyCode::Char('b'));
    tick_until(&mut app, "30 of 30 sessions, by topic");
    let by_topic = listed(&app);
    assert_ne!(by_topic, newest);
    let shown = screen_text(&app, 100, 30);
    assert!(shown.contains("Topic: plan"), "{shown}");
    // The first page's topics in title order, each group together: after the date and time
    // ("Mon 30 Nov 2026 01:51", 21 columns), "Waiting times: How ...", each topic named once, on
    // the first of its rows, and the rows under it indented (the thirteenth walk's row 9).
    let mut topics: Vec<String> = Vec::new();
    for (row, _) in &by_topic {
        let plan: String = row.chars().skip(21).collect();
        match plan.strip_prefix("    ") {
            Some(_) => assert!(
                !topics.is_empty(),
                "a group starts with its topic:\n{shown}"
            ),
            None => topics.push(
                plan.trim_start()
                    .split_once(": ")
                    .map(|(t, _)| t.to_string())
                    .unwrap_or_else(|| panic!("a row names its topic or is indented:\n{shown}")),
            ),
        }
    }
    assert!(topics.len() > 1 && topics.len() < by_topic.len(), "{shown}");
    let mut sorted = topics.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(topics, sorted, "each topic once, in order:\n{shown}");

    press(&mut app, KeyCode::Char('b'));
    tick_until(&mut app, "30 of 30 sessions, weakest first");
    let weakest = listed(&app);
    let ratings: Vec<f32> = weakest.iter().filter_map(|(_, r)| *r).collect();
    assert!(ratings.windows(2).all(|w| w[0] <= w[1]), "{weakest:#?}");
    let lowest = history
        .sessions
        .iter()
        .filter_map(|s| history.weakest_rating(s))
        .fold(f32::MAX, f32::min);
    assert_eq!(ratings.first().copied(), Some(lowest), "{weakest:#?}");

    press(&mut app, KeyCode::Char('?'));
    let help = screen_text(&app, 100, 40);
    assert!(
        help.contains("b  sort the list: newest first, then by topic, then weakest"),
        "{help}"
    );
    press(&mut app, KeyCode::Char('?'));

    press(&mut app, KeyCode::Char('b'));
    tick_until(&mut app, "30 of 30 sessions, newest first");
    assert_eq!(listed(&app), newest);
}

/// A pair session in the review list shows the PSW's own rating and the colleague's, and the
/// list says which is which; a rehearsal alone shows one rating as before.
#[test]
fn pair_sessions_in_the_review_list_show_both_ratings_and_say_whose() {
    let (_dir, _, history) = generated();
    let mut screen = ReviewScreen::new(Loader::ready(history));
    // The kind filter steps rehearsal alone, then pair practice.
    screen.on_action(Action::FilterKind);
    screen.on_action(Action::FilterKind);
    for (width, height) in [(80, 24), (60, 20)] {
        let text = format!("{}", draw(&screen, width, height).backend());
        let first_row = text.lines().nth(3).unwrap_or_default();
        let both = first_row
            .trim_matches(|c| c == '"' || c == '│' || c == ' ')
            .rsplit(' ')
            .next()
            .unwrap_or_default();
        let (own, colleague) = both.split_once('/').unwrap_or_default();
        assert!(
            own.parse::<f32>().is_ok() && colleague.parse::<f32>().is_ok(),
            "own rating, then the colleague's, whole: {both:?}\n{text}"
        );
        assert!(
            text.contains("own/colleague's"),
            "the list says whose:\n{text}"
        );
    }
}

#[test]
fn review_session_80x24() {
    let (_dir, _, history) = generated();
    let history = Rc::new(history);
    let newest = history.sessions.len() - 1;
    let screen = SessionScreen::open(history, newest).unwrap();
    insta::assert_snapshot!(draw(&screen, 80, 24).backend());
}

#[test]
fn attempts_side_by_side_120x40() {
    let (_dir, library, history) = generated();
    let history = Rc::new(history);
    // The question answered most often, so latest and best differ.
    let key = (0..history.questions.len())
        .map(|k| psw_coach::review::QuestionKey(k as u32))
        .max_by_key(|k| (history.attempts_of(*k).count(), std::cmp::Reverse(k.0)))
        .unwrap();
    let screen = AttemptsScreen::new(history, key, library);
    insta::assert_snapshot!(draw(&screen, 120, 40).backend());
    // At 80 columns the rating sparkline keeps to a fifth of the width, showing the latest
    // ratings, and the words beside it are whole.
    let small = draw(&screen, 80, 24);
    let text = format!("{:?}", small.backend());
    assert!(text.contains("chooses the one beside the latest"), "{text}");
    insta::assert_snapshot!("attempts_side_by_side_80x24", small.backend());
}

/// A question answered once has no other attempt to put beside it: the line says what to do
/// next (try again, or refine), not that ↑↓ chooses one.
#[test]
fn one_attempt_says_the_next_step_not_how_to_choose_another() {
    let (_dir, library, history) = generated();
    let history = Rc::new(history);
    let Some(key) = (0..history.questions.len())
        .map(|k| psw_coach::review::QuestionKey(k as u32))
        .find(|k| history.attempts_of(*k).count() == 1)
    else {
        panic!("the generated history has a question answered once");
    };
    let screen = AttemptsScreen::new(history, key, library);
    let text = format!("{:?}", draw(&screen, 80, 24).backend());
    assert!(
        text.contains("1 attempt so far · n tries it again, e refines this one"),
        "{text}"
    );
    assert!(!text.contains("chooses the one beside"), "{text}");
}

#[test]
fn progress_coverage_and_trends() {
    let (_dir, library, history) = generated();
    let settings = Settings {
        on_site_date: NaiveDate::from_ymd_opt(2026, 12, 15),
        ..Settings::default()
    };
    let mut screen = ProgressScreen::new(library, &history, &settings, today());
    insta::assert_snapshot!("progress_coverage_80x24", draw(&screen, 80, 24).backend());
    insta::assert_snapshot!("progress_coverage_120x40", draw(&screen, 120, 40).backend());
    screen.on_action(psw_coach::tui::keymap::Action::NextPart);
    insta::assert_snapshot!("progress_trends_100x30", draw(&screen, 100, 30).backend());
}

/// The last progress page (Shift-Tab from coverage) says what good looks like for each quality
/// statement, from the bank, beside how much of it is practised; ↑↓ chooses the statement.
#[test]
fn progress_says_what_good_looks_like_for_the_chosen_statement() {
    use psw_coach::tui::keymap::Action;
    let (_dir, library, history) = generated();
    let mut screen = ProgressScreen::new(library.clone(), &history, &Settings::default(), today());
    screen.on_action(Action::PreviousPart);
    let first = format!("{}", draw(&screen, 80, 24).backend());
    assert!(first.contains("What good looks like"), "{first}");
    assert!(first.contains("▶ Assessing needs"), "{first}");
    assert!(
        first.contains("Source: CQC"),
        "the source and date are shown: {first}"
    );
    insta::assert_snapshot!("progress_good_80x24", draw(&screen, 80, 24).backend());
    for _ in 0..6 {
        screen.on_action(Action::Down);
    }
    let safeguarding = format!("{}", draw(&screen, 80, 24).backend());
    assert!(safeguarding.contains("▶ Safeguarding"), "{safeguarding}");
    assert!(safeguarding.contains("┌ Safeguarding ─"), "{safeguarding}");
    assert!(
        safeguarding.contains("safeguarding adults board"),
        "{safeguarding}"
    );
    // Up and down do nothing on the other pages, and Tab comes back round to coverage.
    screen.on_action(Action::NextPart);
    screen.on_action(Action::Up);
    assert!(format!("{}", draw(&screen, 80, 24).backend()).contains("Quality statements"));
}

/// Enter on the what-good-looks-like page practised today's questions, not the statement the
/// PSW had just chosen: now it practises that statement, and the footer says so there (and
/// still says "start today's" on the first page).
#[test]
fn progress_enter_practises_the_chosen_statement() {
    use psw_coach::tui::keymap::Action;
    let (_dir, library, history) = generated();
    let mut screen = ProgressScreen::new(library, &history, &Settings::default(), today());
    let first = format!("{}", draw(&screen, 80, 24).backend());
    assert!(first.contains("Enter start today's"), "{first}");
    screen.on_action(Action::PreviousPart);
    for _ in 0..6 {
        screen.on_action(Action::Down);
    }
    let good = format!("{}", draw(&screen, 80, 24).backend());
    assert!(good.contains("▶ Safeguarding"), "{good}");
    assert!(good.contains("Enter practise it"), "{good}");
    let effects = screen.on_action(Action::Choose).unwrap();
    assert_eq!(
        format!("{effects:?}"),
        "[PractiseStatement(Safeguarding)]",
        "Enter practises the chosen statement"
    );
}

/// Topic names were cut at 22 characters mid-word ("Equality, diversity an") with half the row
/// empty: now they are whole where the window has room, and end in "…" where it has not.
#[test]
fn progress_topic_names_are_whole_or_visibly_cut() {
    let (_dir, library, history) = generated();
    let mut screen = ProgressScreen::new(library, &history, &Settings::default(), today());
    let wide = format!("{}", draw(&screen, 120, 40).backend());
    assert!(!wide.contains("Equality, diversity an "), "{wide}");
    let equality = wide.lines().find(|l| l.contains("Equality")).unwrap();
    assert!(equality.contains("Equality, diversity and incl…"), "{wide}");
    // At 80 columns the topics have a page of their own, with room for every name.
    screen.on_action(psw_coach::tui::keymap::Action::NextPart);
    let topics = format!("{}", draw(&screen, 80, 24).backend());
    assert!(topics.contains("Topics"), "{topics}");
    for name in [
        "Equality, diversity and inclusion",
        "Learning and improvement",
        "Mental capacity and DoLS",
        "Quality assurance and governance",
    ] {
        let whole = topics.contains(name);
        assert!(whole, "{name} whole:\n{topics}");
    }
}

/// At 80x24 the topics page held 17 of the 22 topics, with nothing to say that five more
/// (Waiting times, Workforce...) were there: now the last row says how many more and which key
/// reaches them, ↓ goes as far as the last topic and no further, and ↑ comes back at once.
/// The title row names the page Tab goes to next: at 80 columns it was cut to "Tab: what good
/// lo…". Every page's next step is whole at 80 columns; the figures before it say less instead.
#[test]
fn the_progress_title_names_the_next_page_whole_at_80x24() {
    let (_dir, library, history) = generated();
    let screen = ProgressScreen::new(library, &history, &Settings::default(), today());
    let mut app = App::new(Library::load(None, &[]), None, MONOCHROME, false);
    app.push(Box::new(screen));
    for next in [
        "Tab: topics",
        "Tab: trends",
        "Tab: your evidence",
        "Tab: what good looks like",
        "Tab: statements and today",
    ] {
        let shown = screen_text(&app, 80, 24);
        let title = shown.lines().next().unwrap_or_default();
        assert!(title.contains(next), "{shown}");
        assert!(title.contains("/9 statements"), "{title}");
        assert!(!title.contains('…'), "{title}");
        press(&mut app, KeyCode::Tab);
    }
    // With room, the figures are said in full.
    let wide = screen_text(&app, 120, 30);
    assert!(wide.contains("practised in 12 weeks"), "{wide}");
}

#[test]
fn every_topic_on_the_progress_page_can_be_reached_at_80x24() {
    let (_dir, library, history) = generated();
    let screen = ProgressScreen::new(library, &history, &Settings::default(), today());
    let mut app = App::new(Library::load(None, &[]), None, MONOCHROME, false);
    app.push(Box::new(screen));
    press(&mut app, KeyCode::Tab);
    let first = screen_text(&app, 80, 24);
    assert!(first.contains("Access, information and advice"), "{first}");
    assert!(!first.contains("Workforce"), "{first}");
    let more = first
        .lines()
        .find(|l| l.contains("more below"))
        .unwrap_or_else(|| panic!("no scroll mark:\n{first}"));
    assert!(more.contains("(↓ to reach)"), "{more}");
    for _ in 0..30 {
        press(&mut app, KeyCode::Down);
    }
    let last = screen_text(&app, 80, 24);
    assert!(
        last.contains("Workforce") && last.contains("What you are proud of"),
        "{last}"
    );
    assert!(last.contains("more above (↑ to reach)"), "{last}");
    press(&mut app, KeyCode::Up);
    let up = screen_text(&app, 80, 24);
    assert!(
        !up.contains("Workforce"),
        "one ↑ after the end moves at once:\n{up}"
    );
    // Two pages on, an empty register says which key opens the evidence screen (home has no menu
    // item for it), with no Markdown backticks and no "drill".
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    let evidence = screen_text(&app, 80, 24)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        evidence.contains("(press e on the home screen)"),
        "{evidence}"
    );
    assert!(
        !evidence.contains('`') && !evidence.contains("drill"),
        "{evidence}"
    );
}

/// Refine at 80x24: a part not being edited shows on one line, cut with "…" where it does not
/// fit (it stopped mid-word, "so I set up one w"), and so does a part's title too long for its
/// box (the follow-up's question stopped at "how").
#[test]
fn refine_cuts_the_parts_not_being_edited_visibly_at_80x24() {
    let (_dir, _library, history) = generated();
    let mut note = NotesStore::read(&history.sessions[0].path).unwrap();
    let long = "We found our waiting list data was split across three teams, so I set up one \
                weekly report that every team manager reads on a Monday.";
    let question = &mut note.questions[0];
    for answer in &mut question.answers {
        answer.text = long.to_string();
    }
    question.answers[1].ask = "What you found along the way, and what you changed because of \
                               it, with the date of each change"
        .to_string();
    let parts = question.answers.len();
    let screen = RefineScreen::new(note, 0);
    let shown = format!("{}", draw(&screen, 80, 24).backend());
    let rows: Vec<&str> = shown.lines().map(|l| l.trim_matches('"')).collect();
    let cut = rows
        .iter()
        .filter(|r| {
            r.contains("We found our waiting") && r.trim_end_matches('│').trim_end().ends_with('…')
        })
        .count();
    assert_eq!(
        cut,
        parts - 1,
        "each part not being edited is cut with …:\n{shown}"
    );
    let title = rows
        .iter()
        .find(|r| r.contains("What you found along the way"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(title.contains("…"), "{title}");
}

/// With quality statements still to practise, progress's Today line is whole at 80 columns, key
/// and all: it was cut mid-word at "· Enter starts th", with no mark.
#[test]
fn progress_today_line_is_whole_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::load(&NotesStore::new(dir.path()), &|_, _| {});
    let library = Rc::new(Library::load(None, &[]));
    let screen = ProgressScreen::new(library, &history, &Settings::default(), today());
    let shown = format!("{}", draw(&screen, 80, 24).backend());
    let line = shown
        .lines()
        .find(|l| l.contains("Today:"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        line.contains("Today: 5 questions, 0 done · 9 statements to practise · Enter starts them"),
        "{shown}"
    );
}

fn draw_with_notice(screen: &dyn Screen, notice: &Notice, width: u16, height: u16) -> String {
    format!(
        "{}",
        drawn::screen(screen, Some(notice), width, height).backend()
    )
}

/// The visible rows of a drawn screen, without the snapshot's quotes.
fn screen_rows(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim_matches('"').to_string())
        .collect()
}

/// A question answered more often than the attempts list has rows: a scroll bar at the list's
/// right edge, ↑ at its top and ↓ at its foot, says there are more; every row ends before it.
#[test]
fn attempts_beyond_the_rows_shown_have_a_scroll_mark() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::load(None, &[]);
    let questions: Vec<Question> = library.questions().cloned().collect();
    let end = DateTime::parse_from_rfc3339("2026-11-30T18:00:00+00:00").unwrap();
    generate::write_history(dir.path(), &questions, 200, 10, 28, end, 11).unwrap();
    let history = Rc::new(History::load(&NotesStore::new(dir.path()), &|_, _| {}));
    let key = (0..history.questions.len())
        .map(|k| psw_coach::review::QuestionKey(k as u32))
        .max_by_key(|k| history.attempts_of(*k).count())
        .unwrap();
    assert!(history.attempts_of(key).count() > 4);
    let mut screen = AttemptsScreen::new(history, key, Rc::new(library));
    let text = format!("{}", draw(&screen, 80, 24).backend());
    let rows = screen_rows(&text);
    let list: Vec<&String> = rows
        .iter()
        .filter(|r| r.starts_with(" ") && r.contains("rated "))
        .take(4)
        .collect();
    assert_eq!(list.len(), 4, "{text}");
    assert!(list[0].ends_with('↑') && list[3].ends_with('↓'), "{text}");
    // Walking down to the oldest keeps the marks, and the rows shown move.
    for _ in 0..20 {
        screen.on_action(Action::Down);
    }
    let text = format!("{}", draw(&screen, 80, 24).backend());
    let rows2 = screen_rows(&text);
    let list2: Vec<&String> = rows2
        .iter()
        .filter(|r| r.starts_with(" ") && r.contains("rated "))
        .take(4)
        .collect();
    assert!(list2[3].ends_with('↓'), "{text}");
    assert_ne!(list[0], list2[0], "the list scrolled: {text}");
}

/// A message too long for the three lines under a screen ends in "…", on settings and review,
/// instead of stopping mid-word at the edge.
#[test]
fn long_messages_and_filter_lines_end_in_an_ellipsis() {
    let long = format!(
        "\"{}\" is not a date psw-coach can read. Type it as 2027-01-14 or 14/01/2027.",
        "the fourteenth of January next year, I think, or maybe the week after ".repeat(3)
    );
    let screen = SettingsScreen::new(Settings::default(), today(), false);
    let text = draw_with_notice(&screen, &Notice::problem(long), 80, 24);
    let rows = screen_rows(&text);
    // The third notice line sits above the footer.
    let last = rows[rows.len() - 2].trim_end();
    assert!(last.ends_with('…'), "{text}");

    // The review filter line: every filter at once is longer than 50 columns.
    let (_dir, _library, history) = generated();
    let mut review = ReviewScreen::new(Loader::ready(history));
    for action in [
        Action::FilterTopic,
        Action::FilterStatement,
        Action::FilterRating,
        Action::FilterKind,
    ] {
        review.on_action(action);
    }
    let text = format!("{}", draw(&review, 50, 20).backend());
    let filter = screen_rows(&text)
        .into_iter()
        .find(|r| r.starts_with("Showing: "))
        .unwrap();
    assert!(filter.contains('…'), "{text}");
    // The eleventh walk, row 16: with filters on, nothing said how to see every session again
    // (the footer has no room for x); it is said on the line, however long the filters.
    assert!(
        filter.trim_end().ends_with("x shows every session"),
        "{text}"
    );
    // Words typed to find, longer than the line, show their end, where the typing is.
    review.on_action(Action::Search);
    review.on_text("waiting well team and the carers forum and the quarterly audit");
    let text = format!("{}", draw(&review, 50, 20).backend());
    let find = screen_rows(&text)
        .into_iter()
        .find(|r| r.starts_with("Find in your answers: "))
        .unwrap();
    assert!(
        find.contains("Find in your answers: …") && find.trim_end().ends_with("quarterly audit"),
        "{text}"
    );
}

/// Walk 7: twelve weeks from 7 December 2026 begin on Monday 21 September, and the next week
/// holds 1 October; the two months' names stood side by side as "SepOct". October alone is named.
#[test]
fn the_calendars_first_month_gives_way_when_the_next_week_names_one() {
    let (_dir, library, history) = generated();
    let seventh = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let mut screen = ProgressScreen::new(library, &history, &Settings::default(), seventh);
    screen.on_action(Action::NextPart);
    screen.on_action(Action::NextPart);
    let text = format!("{}", draw(&screen, 100, 30).backend());
    let months = screen_rows(&text)
        .into_iter()
        .find(|r| r.contains("Oct"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(!months.contains("Sep"), "{months}");
    assert!(months.contains("    Oct"), "{months}");
}

/// Item 25 of issue 18: the practice calendar names the current month even when it began this
/// week (1 December 2026 is a Tuesday), and the rating chart says the latest week's value and
/// which week it is; with one week of ratings it says so in words instead of drawing one dot.
#[test]
fn progress_charts_name_this_month_and_say_the_rating_in_words() {
    let (_dir, library, history) = generated();
    let mut screen = ProgressScreen::new(library.clone(), &history, &Settings::default(), today());
    screen.on_action(Action::NextPart);
    screen.on_action(Action::NextPart);
    let text = format!("{}", draw(&screen, 100, 30).backend());
    let months = screen_rows(&text)
        .into_iter()
        .find(|r| r.contains("Nov"))
        .unwrap_or_default();
    assert!(months.contains("Dec"), "{text}");
    assert!(
        text.contains("Average rating by week · this week: "),
        "{text}"
    );

    let dir = tempfile::tempdir().unwrap();
    let questions: Vec<Question> = library.questions().cloned().collect();
    let end = DateTime::parse_from_rfc3339("2026-12-01T10:00:00+00:00").unwrap();
    generate::write_history(dir.path(), &questions, 2, 3, 1, end, 5).unwrap();
    let one_week = History::load(&NotesStore::new(dir.path()), &|_, _| {});
    let mut screen = ProgressScreen::new(library, &one_week, &Settings::default(), today());
    screen.on_action(Action::NextPart);
    screen.on_action(Action::NextPart);
    let text = format!("{}", draw(&screen, 100, 30).backend());
    assert!(text.contains("the only week with"), "{text}");
    assert!(text.contains(" of 5 on average this week"), "{text}");
}

#[test]
fn settings_80x24() {
    let settings = Settings {
        on_site_date: NaiveDate::from_ymd_opt(2026, 12, 15),
        theme: ThemeChoice::HighContrast,
        ..Settings::default()
    };
    let screen = SettingsScreen::new(settings, today(), false);
    insta::assert_snapshot!(draw(&screen, 80, 24).backend());
}

/// A fresh app on the Settings screen, its data kept in `dir`.
fn settings_in(dir: &std::path::Path) -> App {
    let mut app = home_on(dir);
    choose_on_home(&mut app, "> Settings");
    app
}

/// Ticks the app until the screen shows `text` (review reads notes on its own thread).
fn tick_until(app: &mut App, text: &str) {
    for _ in 0..400 {
        app.tick();
        if screen_text(app, 100, 30).contains(text) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("never showed {text:?}:\n{}", screen_text(app, 100, 30));
}

#[test]
fn from_home_review_filter_open_compare_and_refine_keeping_the_original() {
    let (dir, _library, _history) = generated();
    let notes_before: Vec<_> = std::fs::read_dir(dir.path().join("notes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        // The notes folder also holds its hidden index.
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    let mut app = home_on(dir.path());
    // Home: down to "Review past answers".
    choose_on_home(&mut app, "> Review past answers");
    tick_until(&mut app, "40 of 40 sessions");

    press(&mut app, KeyCode::Char('r'));
    tick_until(&mut app, "Showing: rated 1-2");
    let filtered = screen_text(&app, 100, 30);
    assert!(!filtered.contains("40 of 40"), "{filtered}");

    attempts_from_list(&mut app);

    press(&mut app, KeyCode::Char('e'));
    tick_until(&mut app, "Refine this answer");
    app.on_events(vec![Event::Paste(" Added: 12 carers told us so.".into())]);
    ctrl(&mut app, 's');
    ctrl(&mut app, 's'); // saved unrated, after being asked for a rating
    tick_until(&mut app, "not rated, so left out of your rating trend");

    let notes_after: Vec<_> = std::fs::read_dir(dir.path().join("notes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        // The notes folder also holds its hidden index.
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    assert_eq!(notes_after.len(), notes_before.len() + 1);
    let new: Vec<_> = notes_after
        .iter()
        .filter(|p| !notes_before.contains(p))
        .collect();
    let note = NotesStore::read(new[0]).unwrap();
    assert_eq!(
        note.questions[0].rating, None,
        "the old rating is not copied"
    );
    assert!(note.questions[0].refined_from.is_some());
    assert!(
        note.questions[0]
            .answers
            .iter()
            .any(|a| a.text.ends_with("Added: 12 carers told us so."))
    );
    // Every note that was there is still there, unchanged in number and readable.
    for p in &notes_before {
        assert!(NotesStore::read(p).is_ok());
    }
}

/// A follow-up skipped in the rehearsal: asked, nothing said or typed.
fn skipped_follow_up(ask: &str) -> psw_coach::notes::FollowUpAnswer {
    psw_coach::notes::FollowUpAnswer {
        answered_in_refine: false,
        ask: ask.into(),
        seconds: 0,
        text: String::new(),
        skipped: true,
        transcribed: None,
        reason: None,
    }
}

/// Tab pressed `times` in refine, moving the focus box by box.
fn tab_in_refine(screen: &mut RefineScreen, times: usize) {
    let tab = crossterm::event::KeyEvent::new(KeyCode::Tab, crossterm::event::KeyModifiers::NONE);
    for _ in 0..times {
        let action = psw_coach::tui::keymap::action_for(Context::Refine, tab).unwrap();
        screen.on_action(action);
    }
}

/// Walk 9, row 22: refine offered the parts and the answered follow-ups only, so a follow-up
/// skipped in the rehearsal could never be answered there, and no refined answer had it. It has
/// its box, said to be skipped; answered, it is an answer in the refined copy; left empty, it
/// stays skipped.
#[test]
fn refine_can_answer_a_follow_up_that_was_skipped() {
    use psw_coach::notes::FollowUpAnswer;
    let (_dir, _library, history) = generated();
    let mut note = NotesStore::read(&history.sessions[0].path).unwrap();
    let question = &mut note.questions[0];
    question.follow_ups = vec![
        FollowUpAnswer {
            answered_in_refine: false,
            ask: "How do partners describe the council's safeguarding practice?".into(),
            seconds: 40,
            text: "The police said our strategy meetings are quicker now.".into(),
            skipped: false,
            transcribed: None,
            reason: None,
        },
        skipped_follow_up("What has the board challenged the council on?"),
    ];
    let parts = question.answers.len();
    let mut screen = RefineScreen::new(note.clone(), 0);
    let shown = format!("{}", draw(&screen, 120, 40).backend());
    assert!(
        shown.contains("Follow-up (skipped then; answer it now if you like): What has the board"),
        "{shown}"
    );
    // Tab to the skipped follow-up's box, past the parts and the answered follow-up.
    tab_in_refine(&mut screen, parts + 1);
    screen.on_text("The board challenged our use of the escalation route; we rewrote it.");
    let refined = screen.edited().unwrap();
    assert!(
        !refined.follow_ups[1].skipped,
        "{:?}",
        refined.follow_ups[1]
    );
    assert_eq!(
        refined.follow_ups[1].text,
        "The board challenged our use of the escalation route; we rewrote it."
    );
    assert_eq!(
        refined.follow_ups[0].text,
        "The police said our strategy meetings are quicker now."
    );
    // The tenth walk's row 13: answered in refine, where nothing is timed, it is not shown as
    // "(0 s)", in `notes show` or in the note written and read back; the follow-up answered in
    // the rehearsal keeps its time.
    let mut saved = note.clone();
    saved.questions[0] = refined;
    let again = psw_coach::notes::from_markdown(&psw_coach::notes::to_markdown(&saved)).unwrap();
    assert!(again.questions[0].follow_ups[1].answered_in_refine);
    let shown = psw_coach::notes::transcript::transcript(&again);
    assert!(
        shown.contains(
            "Follow-up: What has the board challenged the council on? (answered in refine, not timed)"
        ),
        "{shown}"
    );
    assert!(
        shown.contains(
            "Follow-up: How do partners describe the council's safeguarding practice? (40 s)"
        ),
        "{shown}"
    );
    // Left empty, a skipped follow-up stays skipped.
    let untouched = RefineScreen::new(note, 0).edited().unwrap();
    assert!(untouched.follow_ups[1].skipped);
}

/// Walk 10: at 80x24 the skipped follow-up's box in refine was titled "Follow-up (skipped then;
/// answer it now if you like): What did Mrs Okafor's…", so the question to answer was cut after
/// four words. The part being answered shows its whole title above its box when it would be cut.
#[test]
fn refine_shows_the_whole_question_of_the_part_being_answered_at_80x24() {
    let (_dir, _library, history) = generated();
    let mut note = NotesStore::read(&history.sessions[0].path).unwrap();
    let question = &mut note.questions[0];
    let ask = "What did the person want from the enquiry, and how does their plan show what \
               matters to them?";
    question.follow_ups = vec![skipped_follow_up(ask)];
    let parts = question.answers.len();
    let mut screen = RefineScreen::new(note, 0);
    tab_in_refine(&mut screen, parts);
    let shown = format!("{}", draw(&screen, 80, 24).backend());
    let flat = shown
        .lines()
        .map(|l| l.trim_matches('"').trim_matches('│').trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains(ask), "{shown}");
    insta::assert_snapshot!("refine_skipped_follow_up_focused_80x24", shown);
}

/// Refining an answer rated 2: the refined answer asks for its own rating rather than copying
/// the 2, the attempts screen shows it at once, the trend ends with the new rating, and "best"
/// is the highest rated answer, not simply the refined copy.
#[test]
fn a_refined_answer_asks_for_its_own_rating_and_shows_at_once_in_the_attempts() {
    let (dir, _library, _history) = generated();
    let mut app = home_on(dir.path());
    choose_on_home(&mut app, "> Review past answers");
    tick_until(&mut app, "40 of 40 sessions");
    press(&mut app, KeyCode::Char('r'));
    tick_until(&mut app, "Showing: rated 1-2");
    attempts_from_list(&mut app);
    let notes_before: Vec<_> = std::fs::read_dir(dir.path().join("notes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let before = screen_text(&app, 100, 30);
    let attempts_before = before
        .lines()
        .find_map(|l| l.trim().split(" attempt").next()?.parse::<usize>().ok())
        .unwrap();

    press(&mut app, KeyCode::Char('e'));
    tick_until(&mut app, "Refine this answer");
    app.on_events(vec![Event::Paste(" Added: 12 carers told us so.".into())]);
    ctrl(&mut app, 's');
    let asked = screen_text(&app, 100, 30);
    assert!(
        asked.contains("Rate the refined answer"),
        "Ctrl-S asks for a rating first:\n{asked}"
    );
    press(&mut app, KeyCode::Char('5'));
    ctrl(&mut app, 's');
    tick_until(&mut app, "rated 5 of 5");
    press(&mut app, KeyCode::Esc);
    let after = screen_text(&app, 100, 30);
    assert!(
        after.contains(&format!("{} attempts", attempts_before + 1)),
        "the attempts screen shows the refined answer at once:\n{after}"
    );
    let trend = after.lines().find(|l| l.contains("Rating trend:")).unwrap();
    assert!(
        trend.contains("5"),
        "the trend ends with the new rating: {trend}"
    );
    assert!(!trend.contains("falling"), "{trend}");
    let refined_row = after.lines().find(|l| l.contains("refined")).unwrap();
    assert!(
        refined_row.contains("rated 5") && refined_row.contains("best"),
        "the refined answer, rated 5, is the best: {refined_row}"
    );
    let new_note = std::fs::read_dir(dir.path().join("notes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "md") && !notes_before.contains(p))
        .unwrap();
    let note = NotesStore::read(&new_note).unwrap();
    assert_eq!(note.questions[0].rating, Some(5));
}

/// The line saying where a refined answer went is about the refine screen: help over it leaves
/// the line in place, but going back to the attempts, the session, review and home does not carry
/// it along (it was still showing on home, and under the next rehearsal's first part).
#[test]
fn the_refined_answers_saved_line_stays_with_the_refine_screen() {
    let (dir, _library, _history) = generated();
    let mut app = refine_first_answer(dir.path());
    app.on_events(vec![Event::Paste(" Added: 12 carers told us so.".into())]);
    ctrl(&mut app, 's');
    press(&mut app, KeyCode::Char('4'));
    ctrl(&mut app, 's');
    tick_until(&mut app, "Saved as a new note, rated 4 of 5");
    press(&mut app, KeyCode::F(1));
    press(&mut app, KeyCode::Esc);
    let refine = screen_text(&app, 100, 30);
    assert!(
        refine.contains("Refine this answer") && refine.contains("Saved as a new note"),
        "help opened and closed over refine leaves the line there:\n{refine}"
    );
    for screen in [
        "Rating trend:",
        "Tab next answer",
        "sessions",
        "Mock interview",
    ] {
        press(&mut app, KeyCode::Esc);
        let shown = screen_text(&app, 100, 30);
        assert!(shown.contains(screen), "{screen}:\n{shown}");
        assert!(
            !shown.contains("Saved as a new note"),
            "back on {screen:?}, the refine screen's line is gone:\n{shown}"
        );
    }
}

/// Ctrl-S pressed again on a refined answer already saved, with nothing changed, saves no copy
/// (it made a second "Refined answer" in review and the attempts) and says what to do next.
#[test]
fn a_second_ctrl_s_on_a_saved_refined_answer_makes_no_copy() {
    let (dir, _library, _history) = generated();
    let count = || {
        std::fs::read_dir(dir.path().join("notes"))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "md")
            })
            .count()
    };
    let before = count();
    let mut app = refine_first_answer(dir.path());
    app.on_events(vec![Event::Paste(" Added: 12 carers told us so.".into())]);
    ctrl(&mut app, 's');
    press(&mut app, KeyCode::Char('4'));
    ctrl(&mut app, 's');
    tick_until(&mut app, "Esc goes back.");
    assert_eq!(count(), before + 1);
    ctrl(&mut app, 's');
    let again = screen_text(&app, 100, 30);
    assert!(again.contains("Already saved as a new note"), "{again}");
    assert_eq!(count(), before + 1, "no copy");
    // A change after saving may be saved again, as another note.
    press(&mut app, KeyCode::BackTab);
    app.on_events(vec![Event::Paste(" And 3 more.".into())]);
    ctrl(&mut app, 's');
    assert_eq!(count(), before + 2);
}

/// An app whose keys are read in `context`, over a generated history in a temporary data folder.
pub fn app_in(context: Context) -> (App, Option<tempfile::TempDir>) {
    let (dir, library, history) = generated();
    let history = Rc::new(history);
    let mut app = home_on(dir.path());
    let newest = history.sessions.len() - 1;
    let key = history.attempts[history.sessions[newest].attempts.start as usize].question;
    match context {
        Context::Review | Context::ReviewSearch => {
            app.push(Box::new(ReviewScreen::new(Loader::ready(
                (*history).clone(),
            ))));
            if context == Context::ReviewSearch {
                press(&mut app, KeyCode::Char('/'));
            }
        }
        Context::ReviewSession => {
            app.push(Box::new(SessionScreen::open(history, newest).unwrap()));
        }
        Context::Attempts => app.push(Box::new(AttemptsScreen::new(history, key, library))),
        Context::Refine => {
            let note = NotesStore::read(&history.sessions[newest].path).unwrap();
            app.push(Box::new(RefineScreen::new(note, 0)));
        }
        Context::Progress | Context::ProgressGood => {
            app.push(Box::new(ProgressScreen::new(
                library,
                &history,
                &Settings::default(),
                today(),
            )));
            // The what-good-looks-like page is the last one: Shift-Tab from the first.
            if context == Context::ProgressGood {
                press(&mut app, KeyCode::BackTab);
            }
        }
        Context::Settings | Context::SettingsDate => {
            app.push(Box::new(SettingsScreen::new(
                Settings::default(),
                today(),
                false,
            )));
            if context == Context::SettingsDate {
                press(&mut app, KeyCode::Enter);
            }
        }
        other => panic!("{other:?} is not a review context"),
    }
    (app, Some(dir))
}

/// A note whose first answer's markers were deleted and whose rating was set to 9 in an editor:
/// review shows the words and says what is damaged, never "(nothing typed)" or "9 of 5".
#[test]
fn review_session_of_a_hand_damaged_note_names_the_damage() {
    let (_dir, _, history) = generated();
    let history = Rc::new(history);
    let newest = history.sessions.len() - 1;
    let path = history.sessions[newest].path.clone();
    let text = std::fs::read_to_string(&path).unwrap();
    let open = text
        .lines()
        .find(|l| l.starts_with("<!-- answer q:"))
        .unwrap()
        .to_string();
    let mut cut = text.replacen(&format!("{open}\n"), "", 1);
    cut = cut.replacen("<!-- end answer -->\n", "", 1);
    let first_words: String = {
        let at = text.find(&open).unwrap() + open.len() + 1;
        text[at..]
            .lines()
            .next()
            .unwrap()
            .chars()
            .take(30)
            .collect()
    };
    assert!(
        !first_words.trim().is_empty(),
        "the generated answer has words"
    );
    let rated = regex_lite_rating(&cut);
    cut = cut.replacen(&rated, "\"rating\":9", 1);
    std::fs::write(&path, &cut).unwrap();

    let screen = SessionScreen::open(history, newest).unwrap();
    let shown = format!("{:?}", draw(&screen, 120, 40).backend());
    assert!(
        shown.contains("This note was changed outside psw-coach"),
        "{shown}"
    );
    assert!(
        shown.contains("the markers around the answer to"),
        "{shown}"
    );
    assert!(
        shown.contains("the rating 9 is not a whole number"),
        "{shown}"
    );
    assert!(shown.contains(first_words.trim()), "{first_words}\n{shown}");
    assert!(!shown.contains("9 of 5"), "{shown}");
}

/// The first `"rating":N` in a note's data lines.
fn regex_lite_rating(text: &str) -> String {
    let at = text.find("\"rating\":").expect("a rated answer");
    text[at..at + "\"rating\":".len() + 1].to_string()
}

/// Setting the on-site date from the progress screen (its `s` key) used to leave progress saying
/// "No on-site date yet" on the way back; home had the countdown only after a restart.
#[test]
fn an_on_site_date_set_from_progress_shows_there_and_on_home() {
    let (dir, _library, _history) = generated();
    let mut app = home_on(dir.path());
    choose_on_home(&mut app, "> Progress");
    tick_until(&mut app, "No on-site date yet: press o");
    press(&mut app, KeyCode::Char('o'));
    tick_until(&mut app, "On-site date");
    press(&mut app, KeyCode::Enter);
    let date = chrono::Local::now().date_naive() + chrono::Duration::days(14);
    type_text(&mut app, &date.format("%Y-%m-%d").to_string());
    press(&mut app, KeyCode::Enter);
    tick_until(&mut app, "14 days to the on-site visit");
    press(&mut app, KeyCode::Esc);
    let progress = screen_text(&app, 100, 30);
    assert!(progress.contains("Your progress"), "{progress}");
    assert!(
        progress.contains("14 days to the on-site visit"),
        "progress shows the new date:\n{progress}"
    );
    assert!(!progress.contains("No on-site date yet"), "{progress}");
    press(&mut app, KeyCode::Esc);
    tick_until(&mut app, "14 days to the on-site visit");
}

/// One answer style: home's switch is the saved setting, so Settings shows what home chose (and
/// the next start keeps it), and a change in Settings shows on home.
#[test]
fn the_answer_style_on_home_and_in_settings_is_one_saved_setting() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = home_on(dir.path());
    choose_on_home(&mut app, "> Style: written");
    assert!(screen_text(&app, 100, 30).contains("> Style: spoken"));
    assert_eq!(
        Settings::load(dir.path()).0.answer_style,
        psw_coach::notes::AnswerStyle::Spoken,
        "home's switch is saved"
    );
    while !screen_text(&app, 100, 30).contains("> Settings") {
        press(&mut app, KeyCode::Up);
    }
    press(&mut app, KeyCode::Enter);
    let settings = screen_text(&app, 100, 30);
    let row = settings
        .lines()
        .find(|l| l.contains("Answer style"))
        .unwrap();
    assert!(
        row.contains("spoken"),
        "Settings shows home's choice:\n{settings}"
    );
    // Changed in Settings, home follows: spoken, then spoken and recorded, then written again.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert!(screen_text(&app, 100, 30).contains("spoken, recorded"));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    let home = screen_text(&app, 100, 30);
    assert!(home.contains("Style: written"), "{home}");
}

/// Typing a new on-site date replaces the one set before rather than adding to its end.
#[test]
fn typing_a_new_on_site_date_replaces_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = settings_in(dir.path());
    for date in ["2027-01-14", "2027-02-03"] {
        press(&mut app, KeyCode::Enter);
        type_text(&mut app, date);
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(
        Settings::load(dir.path()).0.on_site_date,
        NaiveDate::from_ymd_opt(2027, 2, 3),
        "{}",
        screen_text(&app, 100, 30)
    );
}

/// After trying a question again from its attempts (`t`), `q` on the summary returns to the
/// attempts, which show the new attempt; it does not drop the PSW on home.
#[test]
fn q_after_trying_again_from_the_attempts_returns_to_them_with_the_new_attempt() {
    let (dir, _library, _history) = generated();
    let mut app = attempts_of_first_answer(dir.path());
    let before = screen_text(&app, 100, 30);
    let count = |s: &str| {
        s.lines()
            .find_map(|l| l.trim().split(" attempt").next()?.parse::<usize>().ok())
            .unwrap()
    };
    press(&mut app, KeyCode::Char('n'));
    app.on_events(vec![Event::Paste("We set up a weekly panel.".into())]);
    ctrl(&mut app, 's');
    // A possible identifying detail is asked about once; this answer has none.
    tick_until(&mut app, "saved");
    press(&mut app, KeyCode::Char('q'));
    let after = screen_text(&app, 100, 30);
    assert!(
        after.contains("Attempts at one question"),
        "back where the PSW came from:\n{after}"
    );
    assert_eq!(count(&after), count(&before) + 1, "{after}");
}

/// The coaching after an answer can be read back in review: each answer in the session view
/// shows what it covered and the advice given, even in a note that kept no coaching of its own
/// (as a rehearsal's note does not).
#[test]
fn the_coaching_can_be_read_back_in_the_review_session_view() {
    let (_dir, _, history) = generated();
    let history = Rc::new(history);
    let newest = history.sessions.len() - 1;
    let path = history.sessions[newest].path.clone();
    let mut note = NotesStore::read(&path).unwrap();
    for q in &mut note.questions {
        q.coaching = None;
    }
    let q = note.questions[0].clone();
    let (_, report) = psw_coach::insight::analyse_parts(
        &psw_coach::insight::Lexicon::bundled(),
        &q.parts(),
        Some(q.target_seconds),
    );
    assert!(!report.suggestions.is_empty());
    let screen = SessionScreen::new(history, note);
    let text = format!("{}", draw(&screen, 100, 200).backend());
    let joined: String = text
        .lines()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    let joined = joined.split_whitespace().collect::<Vec<_>>().join(" ");
    let advice = report.suggestions[0]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(joined.contains(&advice), "{advice:?} not shown:\n{text}");
    assert!(joined.contains("Done"), "{text}");
}

/// The fifth walk: forty sessions at 80x24 filled the review list and stopped with no mark,
/// and a long session read back ran past the panel's foot with nothing to say so. Both borders
/// say when more is below or above, as the other lists and panels do.
#[test]
fn the_review_list_and_a_session_say_when_more_is_out_of_view_at_80x24() {
    let (_dir, _, history) = generated();
    let history = Rc::new(history);
    let mut list = ReviewScreen::new(Loader::ready((*history).clone()));
    let bottom = |text: &str| text.lines().nth(22).unwrap_or_default().to_string();
    let first = format!("{}", draw(&list, 80, 24).backend());
    assert!(bottom(&first).contains("↓ more"), "{first}");
    list.on_action(Action::Bottom);
    let last = format!("{}", draw(&list, 80, 24).backend());
    assert!(bottom(&last).contains("↑ more"), "{last}");
    assert!(!bottom(&last).contains('↓'), "{last}");

    let newest = history.sessions.len() - 1;
    let mut session = SessionScreen::open(history, newest).unwrap();
    let top = format!("{}", draw(&session, 80, 24).backend());
    assert!(bottom(&top).contains("↓ more"), "{top}");
    for _ in 0..200 {
        session.on_action(Action::Down);
    }
    let end = format!("{}", draw(&session, 80, 24).backend());
    assert!(bottom(&end).contains("↑ more"), "{end}");
    assert!(!bottom(&end).contains('↓'), "{end}");
}

/// The fifth walk, a first-time PSW with no notes: progress's trends page at 80x24 said "No
/// rated answers in these twelve w" (cut mid-word) and "0 of the latest 0 within it" over "No
/// timed answers yet.", neither saying what to do. Both are whole and say the next step.
#[test]
fn progress_trends_with_no_notes_say_whole_what_to_do_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let library = Rc::new(Library::load(None, &[]));
    let history = History::load(&NotesStore::new(dir.path()), &|_, _| {});
    let mut screen = ProgressScreen::new(library, &history, &Settings::default(), today());
    screen.on_action(Action::NextPart);
    screen.on_action(Action::NextPart);
    let text = format!("{}", draw(&screen, 80, 24).backend());
    // Each panel's words read on from row to row: the rating panel is the right one of the
    // two at the top, the timing panel the one under them.
    let panel = |rows: std::ops::Range<usize>, column: usize| {
        text.lines()
            .skip(rows.start)
            .take(rows.len())
            .filter_map(|l| l.trim_matches('"').split('│').nth(column))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let flat = format!("{} {}", panel(2..11, 3), panel(13..22, 1));
    assert!(text.contains("Average rating by week"), "{text}");
    assert!(
        flat.contains("No rated answers in these twelve weeks yet. Rate an answer from 1 to 5"),
        "{text}"
    );
    assert!(
        flat.contains("and your weekly average shows here."),
        "{text}"
    );
    assert!(
        flat.contains("Every answer you rehearse is timed against its target"),
        "{text}"
    );
    assert!(!text.contains("of the latest 0"), "{text}");
}

/// The fifth walk: with a date gone by, Settings' row read "Tuesday 1 December 2026 · The
/// on-site visit was on Tuesday 1" (cut mid-phrase at 80 columns, the date twice, and "set the
/// next date in settings" on the settings screen); and ←→, "less/more" in the footer, opened
/// the date box. The row says in its own words what to do, and ←→ move a date a day.
#[test]
fn the_on_site_date_row_says_a_past_date_whole_and_arrows_move_a_date_a_day() {
    let settings = Settings {
        on_site_date: NaiveDate::from_ymd_opt(2026, 11, 20),
        ..Settings::default()
    };
    let mut screen = SettingsScreen::new(settings, today(), false);
    let text = format!("{}", draw(&screen, 80, 24).backend());
    assert!(
        text.contains("Friday 20 November 2026 · gone by: Enter to change it"),
        "{text}"
    );
    assert!(!text.contains("set the next date in settings"), "{text}");
    let effects = screen.on_action(Action::Increase).unwrap();
    assert_eq!(screen.context(), Context::Settings, "no date box opened");
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, psw_coach::tui::component::Effect::SaveSettings(_))),
        "{effects:?}"
    );
    assert_eq!(
        screen.settings().on_site_date,
        NaiveDate::from_ymd_opt(2026, 11, 21)
    );
    screen.on_action(Action::Decrease);
    screen.on_action(Action::Decrease);
    assert_eq!(
        screen.settings().on_site_date,
        NaiveDate::from_ymd_opt(2026, 11, 19)
    );
    // With no date yet, the arrows open the box to type one, as Enter does.
    let mut empty = SettingsScreen::new(Settings::default(), today(), false);
    empty.on_action(Action::Increase);
    assert_eq!(empty.context(), Context::SettingsDate);
}

/// The fifth walk: in a copy built without voice, choosing "spoken, recorded" in Settings said
/// only "Saved." (home's switch said why it cannot record; Settings did not), so the PSW found
/// out at the next rehearsal. Settings says it when chosen, as home does, with the command in
/// plain words rather than backticks.
#[cfg(not(feature = "voice"))]
#[test]
fn choosing_recorded_in_settings_says_at_once_when_this_copy_cannot_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = settings_in(dir.path());
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let spoken = screen_text(&app, 100, 30);
    assert!(!spoken.contains("built without voice"), "{spoken}");
    press(&mut app, KeyCode::Enter);
    let recorded = screen_text(&app, 100, 30);
    assert!(recorded.contains("spoken, recorded"), "{recorded}");
    assert!(
        recorded.contains("Saved. This copy of psw-coach was built without voice"),
        "{recorded}"
    );
    assert!(recorded.contains("--features voice"), "{recorded}");
    assert!(!recorded.contains('`'), "{recorded}");
    // Stepping on to written: only "Saved." again.
    press(&mut app, KeyCode::Enter);
    let written = screen_text(&app, 100, 30);
    assert!(!written.contains("built without voice"), "{written}");
}

/// The fifth walk: how old a figure may be before it is out of date (settings.yaml's
/// `stale_after_months`) could be changed only in the file; Settings did not show it. It is a
/// row now, stepped with ←→ and saved.
#[test]
fn when_a_figure_goes_stale_is_a_setting_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = settings_in(dir.path());
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("Figures out of date after 3 months"),
        "{screen}"
    );
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("Figures out of date after 5 months"),
        "{screen}"
    );
    assert!(screen.contains("(1 to 24 months)"), "{screen}");
    assert_eq!(Settings::load(dir.path()).0.stale_after_months, 5);
    for _ in 0..10 {
        press(&mut app, KeyCode::Left);
    }
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("Figures out of date after 1 month "),
        "{screen}"
    );
}

/// The fifth walk: 31/02/2027 in the date box was answered "is not a date psw-coach can read.
/// Type it as 2027-01-14 or 14/01/2027", the way it was already written. A day that is not in
/// the calendar is said to be so; words that are no date at all still get the ways to write one.
#[test]
fn a_day_not_in_the_calendar_is_said_to_be_so_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = settings_in(dir.path());
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "31/02/2027");
    press(&mut app, KeyCode::Enter);
    let text = screen_text(&app, 100, 30);
    assert!(
        text.contains("\"31/02/2027\" is not a day in the calendar: check the day and the month."),
        "{text}"
    );
    assert_eq!(Settings::load(dir.path()).0.on_site_date, None);
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "next friday");
    press(&mut app, KeyCode::Enter);
    let text = screen_text(&app, 100, 30);
    assert!(
        text.contains("Type it as 14 January 2027 or 14/01/2027."),
        "{text}"
    );
}

/// The eleventh walk, row 4: "14 January" was "not a date psw-coach can read", and the message
/// did not say "14 January 2027" is read. A day and month alone is now the next such day.
#[test]
fn an_on_site_date_typed_without_its_year_is_the_next_such_day() {
    use chrono::Datelike;
    let dir = tempfile::tempdir().unwrap();
    let mut app = settings_in(dir.path());
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "14 January");
    press(&mut app, KeyCode::Enter);
    let today = chrono::Local::now().date_naive();
    let this_year = NaiveDate::from_ymd_opt(today.year(), 1, 14).unwrap();
    let expected = if this_year >= today {
        this_year
    } else {
        NaiveDate::from_ymd_opt(today.year() + 1, 1, 14).unwrap()
    };
    assert_eq!(
        Settings::load(dir.path()).0.on_site_date,
        Some(expected),
        "{}",
        screen_text(&app, 100, 30)
    );
}

/// The fifth walk, a first-time PSW: review with no sessions said "Showing every session.
/// Filter with the keys below.", and the filter keys then did nothing with no word of why. With
/// nothing saved the line says there is nothing to filter yet.
#[test]
fn review_with_no_sessions_does_not_invite_filtering() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::load(&NotesStore::new(dir.path()), &|_, _| {});
    let mut screen = ReviewScreen::new(Loader::ready(history));
    screen.on_action(Action::FilterTopic);
    let text = format!("{}", draw(&screen, 80, 24).backend());
    assert!(
        text.contains("Nothing to filter yet: your sessions will be listed here."),
        "{text}"
    );
    assert!(!text.contains("Filter with the keys below"), "{text}");
    assert!(
        text.contains("No rehearsals yet. Go back (Esc) and start one"),
        "{text}"
    );
}

/// The fifth walk: at 60 columns the review list cut every plan to 16 columns ("1 chosen
/// questi…") and left 20 columns empty at the right. The plan takes the width there is, and the
/// header's columns stay over their figures.
#[test]
fn the_narrow_review_list_gives_the_plan_the_width_there_is() {
    let (_dir, _, history) = generated();
    let screen = ReviewScreen::new(Loader::ready(history));
    let text = format!("{}", draw(&screen, 60, 20).backend());
    let rows: Vec<&str> = text.lines().map(|l| l.trim_matches('"')).collect();
    let header = rows[2];
    // Columns, counted in characters (the border is one character of three bytes).
    let column = |word: &str| header[..header.find(word).unwrap()].chars().count();
    let (plan, qs) = (column("Plan"), column("Qs"));
    for row in &rows[3..8] {
        let cells: Vec<char> = row.chars().collect();
        assert!(
            cells[qs].is_ascii_digit(),
            "the question count sits under Qs:\n{text}"
        );
        let plan_text: String = cells[plan..qs].iter().collect();
        assert!(!plan_text.contains('…'), "{plan_text:?} cut:\n{text}");
    }
    assert!(qs - plan > 20, "{text}");
}

/// Walk 6: the Keep recordings row said kept sound is "listed with the note", and review lists
/// no recordings: it names the command that does.
#[test]
fn keep_recordings_says_where_kept_recordings_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = settings_in(dir.path());
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    let screen = screen_text(&app, 80, 24);
    let flat = screen
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains("Keep recordings"), "{screen}");
    assert!(
        flat.contains("psw-coach notes show lists a note's recordings (review does not)"),
        "{screen}"
    );
    assert!(!flat.contains("listed with the note"), "{screen}");
}

/// Walk 9: a session found with `/` opened at its first answer, though the words found were in
/// its last, with nothing on screen to say where; it opens at the first answer holding them.
#[test]
fn a_session_found_by_its_words_opens_at_the_answer_holding_them() {
    let (dir, _, history) = generated();
    let newest = (0..history.sessions.len())
        .rev()
        .find(|&i| {
            NotesStore::read(&history.sessions[i].path).is_ok_and(|n| n.questions.len() >= 3)
        })
        .unwrap();
    let mut note = NotesStore::read(&history.sessions[newest].path).unwrap();
    let last = note.questions.len() - 1;
    note.session_id = format!("{}-found", note.session_id);
    note.questions[last].answers[0].text = "The Zanzibar huddle meets every Tuesday.".into();
    NotesStore::new(dir.path()).save(&note).unwrap();
    let history = History::load(&NotesStore::new(dir.path()), &|_, _| {});
    let mut app = home_on(dir.path());
    app.push(Box::new(ReviewScreen::new(Loader::ready(history))));
    press(&mut app, KeyCode::Char('/'));
    app.on_events(vec![Event::Paste("zanzibar huddle".into())]);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let text = format!("{}", drawn::screen(app.top(), None, 120, 40).backend());
    let marked = screen_rows(&text)
        .into_iter()
        .find(|r| r.contains('▶'))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        marked.contains(&format!("▶ {}. ", last + 1)),
        "{marked}\n{text}"
    );
}

/// Walk 9: with words found (`/`), a refined answer holding them was left out of the list on
/// going back ("1 of 3 sessions", the new note counted but not shown); the search is run again.
#[test]
fn a_new_note_holding_the_words_found_is_in_the_list_at_once() {
    let (dir, _, history) = generated();
    // The newest note, its first answer's words replaced (saved anew, the old file removed).
    let path = history.sessions[history.sessions.len() - 1].path.clone();
    let mut note = NotesStore::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    note.session_id = format!("{}-found", note.session_id);
    note.questions[0].answers[0].text = "The Zanzibar huddle meets every Tuesday.".into();
    let store = NotesStore::new(dir.path());
    store.save(&note).unwrap();
    let mut review = ReviewScreen::new(Loader::ready(History::load(&store, &|_, _| {})));
    review.on_action(Action::Search);
    review.on_text("zanzibar huddle");
    review.on_action(Action::Choose);
    let list = format!("{}", draw(&review, 100, 30).backend());
    assert!(list.contains("1 of 40 sessions"), "{list}");
    // A refined answer saved from it, holding the words: the list shows it at once.
    note.session_id = format!("{}-refined", note.session_id);
    note.started += chrono::Duration::hours(1);
    store.save(&note).unwrap();
    review.on_history(&Rc::new(History::load(&store, &|_, _| {})));
    let list = format!("{}", draw(&review, 100, 30).backend());
    assert!(list.contains("2 of 41 sessions"), "{list}");
}

/// Walk 9: `a` then `e` on the latest answer to a question (a refined one, rated 5) opened the
/// earlier answer beside it to refine, not the words just read; the attempt the PSW came from is
/// the one chosen.
#[test]
fn attempts_opened_from_an_answer_refine_that_answer() {
    let (dir, _, history) = generated();
    let history = Rc::new(history);
    let key = (0..history.questions.len())
        .map(|k| psw_coach::review::QuestionKey(k as u32))
        .max_by_key(|k| history.attempts_of(*k).count())
        .unwrap();
    assert!(history.attempts_of(key).count() >= 2);
    let latest = history.attempts_of(key).last().unwrap().clone();
    let mut app = home_on(dir.path());
    app.push(Box::new(
        SessionScreen::open(Rc::clone(&history), latest.session as usize)
            .unwrap()
            .focus_on(usize::from(latest.position)),
    ));
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Char('e'));
    let text = screen_text(&app, 120, 40);
    let from = format!(
        "From your answer of {}",
        latest.started.format("%-d %b %Y at %H:%M")
    );
    assert!(text.contains(&from), "{from}\n{text}");
}

/// Walk 9: at 120 columns a plan was cut to 24 ("Quality statement: Safe…") with 40 columns empty
/// to the right of the rating; wide, the plan takes the room there is (at 80, as before).
#[test]
fn a_long_plan_is_whole_in_a_wide_review_list() {
    let (dir, _, history) = generated();
    let mut note = NotesStore::read(&history.sessions[history.sessions.len() - 1].path).unwrap();
    note.session_id = format!("{}-statement", note.session_id);
    note.plan = "statement safe-pathways".into();
    note.plan_title = String::new();
    note.started += chrono::Duration::hours(1);
    let store = NotesStore::new(dir.path());
    store.save(&note).unwrap();
    let review = ReviewScreen::new(Loader::ready(History::load(&store, &|_, _| {})));
    let text = format!("{}", draw(&review, 120, 40).backend());
    assert!(
        text.contains("Quality statement: Safe systems, pathways and transitions"),
        "{text}"
    );
}

/// The twelfth walk's row 1: words added to a refined answer and not saved yet were lost to
/// Ctrl-C, a closed window or a crash, though the screen's help promised a draft. They are written
/// to a draft soon after typing stops, kept on the way out, offered at the next start as a
/// refined answer (saved as a note, not resumed), and the draft goes once the answer is saved.
#[test]
fn a_refined_answer_not_saved_yet_is_kept_as_a_draft_and_offered_again() {
    use psw_coach::drill::FakeClock;
    let (dir, _library, _history) = generated();
    let drafts = || -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(dir.path().join("drafts")) else {
            return Vec::new();
        };
        entries
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "md")
                    && !p.file_name().unwrap().to_string_lossy().starts_with('.')
            })
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    };
    let clock = FakeClock::new(DateTime::parse_from_rfc3339("2026-12-01T19:30:00+00:00").unwrap());
    let source = clock.clone();
    let open_refine = |app: &mut App| {
        choose_on_home(app, "> Review past answers");
        tick_until(app, "40 of 40 sessions");
        attempts_from_list(app);
        press(app, KeyCode::Char('e'));
        tick_until(app, "Refine this answer");
    };
    let mut app = home_on(dir.path()).with_clock(Rc::new(move || Box::new(source.clone())));
    open_refine(&mut app);
    app.on_events(vec![Event::Paste(
        " Then the carers' forum met monthly.".into(),
    )]);
    app.tick();
    assert!(drafts().is_empty(), "not yet: still typing");
    clock.advance(std::time::Duration::from_millis(900));
    app.tick();
    let kept = drafts();
    assert_eq!(kept.len(), 1, "written soon after typing stops");
    assert!(
        kept[0].contains("Then the carers' forum met monthly."),
        "{}",
        kept[0]
    );
    // More typed, then Ctrl-C at once: the draft has it, and the farewell says so.
    app.on_events(vec![Event::Paste(" Waits fell to 6 weeks.".into())]);
    ctrl(&mut app, 'c');
    let kept = drafts();
    assert_eq!(kept.len(), 1);
    assert!(kept[0].contains("Waits fell to 6 weeks."), "{}", kept[0]);
    assert!(
        app.farewell
            .as_deref()
            .is_some_and(|f| f.contains("refined answer, not saved yet, is kept as a draft")),
        "{:?}",
        app.farewell
    );
    // The process ends: the system lets go of its locks.
    drop(app);
    psw_coach::notes::store::forget_live_drafts(dir.path());
    // The next start offers it as what it is, to save as a note.
    let mut again = home_on(dir.path());
    again.offer_drafts_now();
    let shown = screen_text(&again, 100, 30);
    assert!(shown.contains("Unfinished refined answer found"), "{shown}");
    assert!(
        shown.contains("A refined answer is not resumed: save it as a note to keep it."),
        "{shown}"
    );
    assert!(!shown.contains("Resume where it stopped"), "{shown}");
}

/// Saved as a note, the refined answer's draft is removed: nothing is offered again.
#[test]
fn a_refined_answer_saved_leaves_no_draft() {
    let (dir, _library, _history) = generated();
    let mut app = refine_first_answer(dir.path());
    app.on_events(vec![Event::Paste(" Added after.".into())]);
    ctrl(&mut app, 'z');
    app.on_events(vec![Event::Paste(" Added after.".into())]);
    app.on_suspend();
    let count = || {
        std::fs::read_dir(dir.path().join("drafts"))
            .map(|d| {
                d.filter(|e| {
                    let p = e.as_ref().unwrap().path();
                    p.extension().is_some_and(|x| x == "md")
                        && !p.file_name().unwrap().to_string_lossy().starts_with('.')
                })
                .count()
            })
            .unwrap_or(0)
    };
    assert_eq!(count(), 1, "written when stopped with Ctrl-Z from outside");
    // The first Ctrl-S asks for a rating and moves to it.
    ctrl(&mut app, 's');
    press(&mut app, KeyCode::Char('4'));
    ctrl(&mut app, 's');
    tick_until(&mut app, "Esc goes back.");
    assert_eq!(count(), 0, "saved as a note, the draft is gone");
    app.on_terminate();
    assert_eq!(count(), 0);
}
