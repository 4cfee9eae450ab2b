//! "What assessors listen for" and several follow-ups on screen: driven by keys in-process on a
//! fake clock, drawn to a TestBackend, and the saved note read back.

use chrono::{FixedOffset, TimeZone};
use crossterm::event::KeyCode;
use psw_coach::bank::Library;
use psw_coach::drill::{Clock, FakeClock, Plan, Session, SessionSetup};
use psw_coach::notes::{AnswerStyle, FollowUpReason, NotesStore};
use psw_coach::tui::app::App;
use std::time::Duration;

use crate::common;

use common::drawn::app_text as screen;
use common::keys::{paste, press};
use common::rehearsal;

/// The probes fixture's waiting-times question in a mock interview (two follow-ups).
fn rehearsing(data: &std::path::Path) -> (App, FakeClock) {
    let library = common::library::bundled("probes.yaml", include_str!("../fixtures/probes.yaml"));
    rehearsing_question(
        library,
        "probe-wait",
        "fixture-probes",
        Some(data.to_path_buf()),
    )
}

/// The question `id` of `library` in a mock interview on a clock the test moves, saving under
/// `data` (if given).
fn rehearsing_question(
    library: Library,
    id: &str,
    bank: &str,
    data: Option<std::path::PathBuf>,
) -> (App, FakeClock) {
    let q = library.question(id).unwrap().clone();
    let prompts = library.prompts_for(&q).to_vec();
    let start = FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 17, 40, 0)
        .unwrap();
    let clock = FakeClock::new(start);
    let setup = SessionSetup {
        plan_label: Plan::Mock.label(),
        banks: vec![bank.into()],
        style: AnswerStyle::Written,
        seed: 1,
    };
    let boxed: Box<dyn Clock> = Box::new(clock.clone());
    let session = Session::new(setup, vec![(q, prompts)], boxed);
    let mut app = rehearsal::app_on(library, data, &clock);
    app.push(Box::new(rehearsal::rehearse_screen(session, &clock)));
    (app, clock)
}

#[test]
fn two_follow_ups_then_the_checklist_whose_ticks_are_saved() {
    let data = tempfile::tempdir().unwrap();
    let (mut app, clock) = rehearsing(data.path());
    // A vague answer: no figure, nothing on the PSW's own part.
    rehearsal::answer_parts(
        &mut app,
        &clock,
        &[
            "We have worked hard on the waiting list.",
            "Things are better for people now.",
            "It is clearly working.",
        ],
        20,
    );
    let first = screen(&app, 80, 24);
    assert!(
        first.contains("Follow-up: You said things are better for people now:"),
        "the answer's own claim is pressed for its proof first:\n{first}"
    );
    paste(&mut app, "Twelve weeks at most, down from twenty.");
    clock.advance(Duration::from_secs(15));
    press(&mut app, KeyCode::Tab);
    let second = screen(&app, 80, 24);
    assert!(second.contains("Follow-up 2: "), "{second}");
    insta::assert_snapshot!("second_follow_up_80x24", second);
    paste(&mut app, "The duty manager reviews the list.");
    clock.advance(Duration::from_secs(9));
    press(&mut app, KeyCode::Tab);

    // The rating step opens on the checklist.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    let checklist = screen(&app, 80, 24);
    assert!(
        checklist.contains("What assessors listen for: 1 of 3 ticked as covered"),
        "{checklist}"
    );
    assert!(
        checklist.contains("[x] How risk is checked while people wait"),
        "{checklist}"
    );
    assert!(
        checklist.contains("Space tick"),
        "the footer says how: {checklist}"
    );
    insta::assert_snapshot!("checklist_80x24", checklist);
    insta::assert_snapshot!("checklist_120x40", screen(&app, 120, 40));
    insta::assert_snapshot!("checklist_40x12", screen(&app, 40, 12));

    // x ticks too, and again unticks; Tab goes on to the rating.
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Enter);

    let store = NotesStore::new(data.path());
    let listing = store.list();
    assert_eq!(listing.notes.len(), 1, "{:?}", listing.problems);
    let note = &listing.notes[0].1;
    let q = &note.questions[0];
    let ticks: Vec<(&str, bool)> = q.cues.iter().map(|c| (c.text.as_str(), c.ticked)).collect();
    assert_eq!(
        ticks,
        [
            ("The current wait as a figure, and its trend", true),
            (
                "How risk is checked while people wait, and who owns it",
                true
            ),
            (
                "One person's experience of waiting, told without identifying them",
                false
            ),
        ]
    );
    assert_eq!(q.rating, Some(4));
    assert_eq!(q.follow_ups.len(), 2);
    // The note keeps the answer's own words the first follow-up pressed on.
    assert_eq!(
        q.follow_ups[0].reason,
        Some(FollowUpReason::Heard(
            "Things are better for people now".into()
        ))
    );
    assert_eq!(q.follow_ups[0].seconds, 15);
    assert_eq!(q.follow_ups[1].seconds, 9);
    assert_eq!(q.follow_ups[1].text, "The duty manager reviews the list.");
}

/// At 80x24 the rating step used to give the checklist every cue in full while it had the keys,
/// leaving the panel of what the answer covered two rows: its ticks broke over two lines and the
/// word count fell out of sight. Now the highlighted cue is shown whole (wrapped under its text),
/// the others one line each, and the three ticks keep to one line.
/// The rating step of a question whose listen-for points wrap at 80 columns.
fn at_the_rating_with_long_cues() -> App {
    let yaml = r#"
id: fixture-long-cues
title: Long cues
description: A question whose listen-for points wrap at 80 columns.
version: 1
questions:
  - id: long-cues
    kind: scene-setting
    topic: role-remit
    quality_statements: [governance]
    ask: What sits outside your remit as PSW in this council?
    follow_ups:
      - Who would be best placed to tell us about those areas?
    listen_for:
      - Plain honesty about the boundaries of the role, without apology or excuses
      - The roles (not names) who hold those areas and how the PSW links with them each month
      - Examples of influence without direct authority, such as joint audits, shared training or a shared practice forum
"#;
    let library = common::library::bundled("long.yaml", yaml);
    let (mut app, clock) = rehearsing_question(library, "long-cues", "fixture-long-cues", None);
    rehearsal::answer_parts(
        &mut app,
        &clock,
        &[
            "I do not hold the operational budgets; the Head of Safeguarding answers for s42.",
            "The Director holds the budget and can talk to it.",
            "I sit on the Quality Board and read ten case files a quarter.",
        ],
        20,
    );
    // Any follow-up is skipped (Tab with nothing typed).
    while !screen(&app, 80, 24).contains("How well did that go?") {
        press(&mut app, KeyCode::Tab);
    }
    app
}

#[test]
fn long_cues_leave_the_answer_panel_readable_at_80x24() {
    let mut app = at_the_rating_with_long_cues();
    let rating = screen(&app, 80, 24);
    assert!(
        rating.contains("What assessors listen for"),
        "the rating step opens on the checklist:\n{rating}"
    );
    let ticks = rating
        .lines()
        .find(|l| l.contains("Done "))
        .expect("the ticks are shown");
    assert!(
        ticks.contains("How you know ✓") || ticks.contains("How you know ✗"),
        "the three ticks on one line:\n{rating}"
    );
    assert!(
        rating.contains(" s to say"),
        "the word count and speaking time are still in view:\n{rating}"
    );
    // The highlighted (first) cue whole; the last one on a line of its own, cut short.
    assert!(rating.contains("without apology"), "{rating}");
    assert!(rating.contains("or excuses"), "{rating}");
    assert!(rating.contains("such as joint audits"), "{rating}");
    assert!(!rating.contains("shared practice forum"), "{rating}");
    // Moving to the last cue shows it whole, its second line indented under its text.
    press(&mut app, KeyCode::End);
    let last = screen(&app, 80, 24);
    let wrapped = last
        .lines()
        .find(|l| l.contains("shared practice forum"))
        .unwrap_or_else(|| panic!("the highlighted cue is shown whole:\n{last}"));
    assert!(
        wrapped.starts_with("\"│    "),
        "a wrapped cue lines up under its text:\n{last}"
    );
    assert!(
        last.contains("Optional: what you would change next time"),
        "the reflection's hint is not cut:\n{last}"
    );
}

/// Walk item 21: at 80x24 the highlighted cue opened up in place while the others were cut, so the
/// list jumped as ↑↓ moved. Now the checklist keeps its rows, and each cue in turn is shown whole.
#[test]
fn moving_through_long_cues_at_80x24_keeps_the_checklist_in_place() {
    let mut app = at_the_rating_with_long_cues();
    let rows = |shown: &str| {
        let lines: Vec<&str> = shown.lines().collect();
        let top = lines
            .iter()
            .position(|l| l.contains("What assessors listen for"))
            .unwrap_or_else(|| panic!("the checklist is shown:\n{shown}"));
        let bottom = top
            + lines[top..]
                .iter()
                .position(|l| l.starts_with("\"└"))
                .unwrap();
        (top, bottom)
    };
    let first = screen(&app, 80, 24);
    let place = rows(&first);
    let flowing = |shown: &str| {
        shown
            .replace(['│', '"'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(
        flowing(&first).contains("without apology or excuses"),
        "{first}"
    );
    let mut seen = vec![first];
    for _ in 0..2 {
        press(&mut app, KeyCode::Down);
        seen.push(screen(&app, 80, 24));
    }
    press(&mut app, KeyCode::Up);
    seen.push(screen(&app, 80, 24));
    for shown in &seen {
        assert_eq!(rows(shown), place, "the checklist moved:\n{shown}");
    }
    assert!(
        flowing(&seen[1]).contains("how the PSW links with them each month"),
        "{}",
        seen[1]
    );
    assert!(
        flowing(&seen[2]).contains("a shared practice forum"),
        "{}",
        seen[2]
    );
    // The highlighted cue starts on the same row each time, rather than opening up in place.
    for (shown, start) in [
        (&seen[0], "[ ] Plain honesty"),
        (&seen[1], "[ ] The roles"),
        (&seen[2], "[ ] Examples of influence"),
    ] {
        assert!(
            shown.lines().nth(place.0 + 1).unwrap().contains(start),
            "{shown}"
        );
    }
    assert_eq!(seen[3], seen[1], "back up shows the same as before");
}
