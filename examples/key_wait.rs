//! How long a key that moves on waits in a rehearsal, with the reader model on (docs/model.md,
//! "Does a key wait for the model?"): the rehearsal screen is driven as the TUI drives it, each part
//! given one of the longest used-up answers (sets A to G and I), and every key timed.
//!
//!     PSW_COACH_MODEL=reader.bin cargo run --release --features model --example key_wait -- [ROUNDS] [split|whole] [blocking]
//!
//! The key's own wait is timed, and then how long until the screen has moved on (the reading on a
//! worker thread, src/tui/screens/rehearse/reading.rs, looked for on ticks as the TUI does). With
//! `blocking` the reading stays on the key, as before it was moved off.
//!
//! By default each part (and follow-up) is a whole long answer, so a question's answer is three or
//! four times the longest one written: a stress test. With `split`, each question's answer is one
//! long answer cut at its sentences into the three parts and the follow-up, as a PSW would give it.
//!
//! Tab leaving the last prompt chooses the follow-up (an analysis), Tab leaving the follow-up opens
//! the rating (another), Enter on the rating is the confidentiality check (another). The first key
//! of the first round also loads the model.

use chrono::{FixedOffset, TimeZone};
use psw_coach::bank::{Library, Origin};
use psw_coach::drill::{Clock, FakeClock, RehearseOptions, Session, SessionSetup, Stage};
use psw_coach::insight::Lexicon;
use psw_coach::notes::AnswerStyle;
use psw_coach::tui::component::Screen;
use psw_coach::tui::keymap::Action;
use psw_coach::tui::screens::rehearse::RehearseScreen;
use psw_coach::tui::theme::MONOCHROME;
use std::time::Instant;

const SETS: [&str; 8] = [
    "eval/insight/set-a",
    "eval/hidden/insight-set-b",
    "eval/hidden/insight-set-c",
    "eval/hidden/insight-set-d",
    "eval/hidden/insight-set-e",
    "eval/hidden/insight-set-f",
    "eval/hidden/insight-set-g",
    "eval/hidden/insight-set-i",
];

/// One answer cut at its sentences into `n` pieces of about the same length.
fn split(text: &str, n: usize) -> Vec<String> {
    let words = text.split_whitespace().count();
    let mut out = vec![String::new()];
    for sentence in text.split_inclusive(['.', '?', '!']) {
        let done: usize = out.iter().map(|p| p.split_whitespace().count()).sum();
        if out.len() < n && done >= words * out.len() / n && !out.last().unwrap().is_empty() {
            out.push(String::new());
        }
        out.last_mut().unwrap().push_str(sentence);
    }
    while out.len() < n {
        out.push("And that is where it stands.".into());
    }
    out.into_iter().map(|p| p.trim().to_string()).collect()
}

/// The used-up answers, longest first.
fn longest_answers() -> Vec<String> {
    let mut out = Vec::new();
    for set in SETS {
        for e in std::fs::read_dir(set).expect("set directory").flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                out.push(std::fs::read_to_string(e.path()).expect("answer"));
            }
        }
    }
    out.sort_by_key(|t| std::cmp::Reverse(t.split_whitespace().count()));
    out
}

fn screen(blocking: bool) -> RehearseScreen {
    let mut library = Library::default();
    library.add(
        "good.yaml",
        include_str!("../tests/fixtures/good.yaml"),
        Origin::Bundled("good.yaml"),
    );
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
    RehearseScreen::new(
        Session::new(setup, questions, boxed),
        Box::new(clock),
        std::rc::Rc::new(Lexicon::bundled()),
        MONOCHROME,
        RehearseOptions::default(),
    )
    .reading_off_the_key_path(!blocking)
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .map_or(5, |r| r.parse().expect("ROUNDS is a number"));
    let model_on = std::env::var_os(psw_coach::insight::model::ENV).is_some_and(|p| !p.is_empty());
    let whole = longest_answers();
    // Four pieces per question in either mode: three parts and a follow-up.
    let answers: Vec<String> = if std::env::args().nth(2).as_deref() == Some("split") {
        whole.iter().take(40).flat_map(|a| split(a, 4)).collect()
    } else {
        whole
    };
    let blocking = std::env::args().any(|a| a == "blocking");
    let mut waits: Vec<(f64, String)> = Vec::new();
    let mut moved: Vec<f64> = Vec::new();
    for round in 0..rounds {
        let mut s = screen(blocking);
        // Fresh answers every round: the model remembers the answers it read lately.
        let mut next = answers.iter().cycle().skip(round * 8);
        let mut keys = 0;
        while !s.session().is_finished() && keys < 40 {
            keys += 1;
            let stage = s.session().stage();
            let (action, what) = if s.overlay().is_some() {
                (Action::KeepAnyway, "keep anyway".to_string())
            } else {
                match stage {
                    Stage::Prompt(i) => {
                        s.on_text(next.next().unwrap());
                        (Action::NextPart, format!("Tab leaving prompt {}", i + 1))
                    }
                    Stage::FollowUp => {
                        s.on_text(next.next().unwrap());
                        (Action::NextPart, "Tab leaving the follow-up".into())
                    }
                    Stage::Rating => {
                        s.on_action(Action::Rate(4));
                        (Action::NextQuestion, "Enter on the rating".into())
                    }
                    _ => break,
                }
            };
            let at = |s: &RehearseScreen| {
                let session = s.session();
                (
                    session.index(),
                    session.stage(),
                    session.follow_up_position(),
                    s.overlay().is_some(),
                )
            };
            let before = at(&s);
            let t = Instant::now();
            s.on_action(action);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            // Ticks, as the TUI gives them while a reading is under way, until the screen moves on.
            let mut ticks = 0;
            while at(&s) == before && ticks < 1000 {
                std::thread::sleep(std::time::Duration::from_millis(1));
                s.tick();
                ticks += 1;
            }
            moved.push(t.elapsed().as_secs_f64() * 1e3);
            waits.push((ms, format!("round {}, {what}", round + 1)));
        }
    }
    let first = waits[0].clone();
    println!(
        "model {}; {} keys over {rounds} rounds; the very first key {:.1} ms ({})",
        if model_on { "on" } else { "off" },
        waits.len(),
        first.0,
        first.1
    );
    // Each kind of key: its median and longest wait.
    let mut kinds: Vec<String> = waits
        .iter()
        .map(|w| {
            w.1.split_once(", ")
                .map_or(w.1.clone(), |(_, k)| k.to_string())
        })
        .collect();
    kinds.sort();
    kinds.dedup();
    for kind in kinds {
        let mut ms: Vec<f64> = waits
            .iter()
            .filter(|w| w.1.ends_with(&kind))
            .map(|w| w.0)
            .collect();
        ms.sort_by(f64::total_cmp);
        println!(
            "  {kind}: median {:.1} ms, longest {:.1} ms ({} keys)",
            ms[ms.len() / 2],
            ms[ms.len() - 1],
            ms.len()
        );
    }
    let longest = waits.iter().max_by(|a, b| a.0.total_cmp(&b.0)).unwrap();
    println!("  longest of all: {:.1} ms ({})", longest.0, longest.1);
    moved.sort_by(f64::total_cmp);
    println!(
        "  until the screen moved on: median {:.1} ms, longest {:.1} ms",
        moved[moved.len() / 2],
        moved[moved.len() - 1]
    );
}
