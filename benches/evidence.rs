//! Evidence register budgets (issue 21): matching the figures of a 2,000-word answer against a
//! register of 500 figures under 5 ms, importing 5,000 CSV rows under 1 s, and the evidence
//! screen at 80x24 with 500 entries within the frame budget (docs/performance.md: any screen
//! drawn under 2 ms; a key press to frame under 5 ms).
//!
//! Yardsticks in the same run: splitting the same answer into lower-cased words (the least any
//! reading of it must do), reading the same CSV with the csv crate alone (no checks, no merge),
//! and ratatui drawing one paragraph that fills the 80x24 window.
//! Run short: `cargo bench --bench evidence -- --warm-up-time 1 --measurement-time 2`.

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use psw_coach::bank::Library;
use psw_coach::evidence::{Matcher, Register, import::import};
use psw_coach::tui::app::App;
use psw_coach::tui::theme::MONOCHROME;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::{Paragraph, Wrap};
use std::hint::black_box;

const SENTENCES: &[&str] = &[
    "We have 265 people waiting for a Care Act assessment, and the median wait is 28 days.",
    "Our social worker vacancy rate is nine per cent, below the regional average of 13%.",
    "Agency use is down: 12% of our social workers are agency staff, from a peak of 20% two years ago.",
    "We completed 1,150 carers' assessments this year, and 95 carers are waiting for an assessment.",
    "Our reablement service saved £2.3m last year, and 82% of people were still at home 91 days later.",
    "Since 2024 we have trained 120 practitioners in strengths-based practice.",
    "I meet the DASS fortnightly and report to the quality board on safeguarding and DoLS.",
    "Seventy-one per cent of audits were rated good or better in the October round.",
    "People tell us they feel listened to, and we ask them after every assessment.",
    "Average caseloads are now 18 per social worker, and team managers review them monthly.",
];

const AREAS: &[&str] = &[
    "Care Act assessment",
    "carers' assessment",
    "occupational therapy assessment",
    "annual review",
    "DoLS assessment",
    "safeguarding enquiry",
    "reablement",
    "home care package",
    "direct payment",
    "hospital discharge",
];
const MEASURES: &[&str] = &[
    "people waiting for a",
    "median wait for a",
    "completed each month:",
    "overdue:",
    "audited as good:",
];

fn answer(words: usize) -> String {
    let mut text = String::new();
    for s in SENTENCES.iter().cycle() {
        if text.split_whitespace().count() >= words {
            break;
        }
        text.push_str(s);
        text.push(' ');
    }
    text
}

fn register_csv(rows: usize) -> String {
    let mut csv = String::from("measure,value,unit,as_at,source,statements\n");
    for i in 0..rows {
        let area = AREAS[i % AREAS.len()];
        let measure = MEASURES[(i / AREAS.len()) % MEASURES.len()];
        csv.push_str(&format!(
            "{measure} {area} in locality {},{},people,2026-10-31,monthly performance report {},assessing-needs\n",
            i / 50,
            100 + i,
            i % 7
        ));
    }
    csv
}

fn register(rows: usize) -> Register {
    let mut register = Register::default();
    let result = import(&register_csv(rows), &mut register);
    assert_eq!(result.added, rows, "{:?}", result.errors.first());
    register
}

/// The app on the evidence screen over a register of 450 figures and 50 stories, written to a
/// data folder as the app reads it; `keys` are pressed after `e` opens the screen.
fn evidence_app(dir: &std::path::Path, keys: &[KeyCode]) -> App {
    let mut register = register(450);
    for i in 0..50 {
        register.stories.push(psw_coach::evidence::Story {
            title: format!("Story {i}: home first after hospital"),
            done: "We set up a discharge team that visits people at home within a day.".into(),
            difference: "Fewer people went back into hospital within 30 days.".into(),
            how_we_know: "The monthly readmissions report and what people told us.".into(),
            people: "a woman in her nineties living alone".into(),
            ..Default::default()
        });
    }
    psw_coach::evidence::save(dir, &register).unwrap();
    let mut app = App::new(
        Library::load(None, &[]),
        Some(dir.to_path_buf()),
        MONOCHROME,
        false,
    );
    for code in std::iter::once(KeyCode::Char('e')).chain(keys.iter().copied()) {
        press(&mut app, code);
    }
    app
}

fn press(app: &mut App, code: KeyCode) {
    app.on_events(vec![Event::Key(KeyEvent::new(code, KeyModifiers::NONE))]);
}

/// The evidence screen at 80x24 with 500 entries: drawn whole (a cleared terminal each time, as
/// after a resize), and a key press handled and the frame drawn.
fn screen(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("evidence_screen_80x24_500_entries");
    let filler = "The quick brown fox jumps over the lazy dog. ".repeat(50);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    group.bench_function("yardstick: one full paragraph", |b| {
        b.iter(|| {
            terminal.clear().unwrap();
            terminal
                .draw(|frame| {
                    let p = Paragraph::new(filler.as_str()).wrap(Wrap { trim: true });
                    frame.render_widget(p, frame.area());
                })
                .unwrap();
        })
    });
    let last = [KeyCode::End];
    let views: [(&str, &[KeyCode]); 3] = [
        ("list", &[]),
        ("list, the last entry highlighted", &last),
        ("form: change a figure", &[KeyCode::Enter]),
    ];
    for (name, keys) in views {
        let app = evidence_app(dir.path(), keys);
        group.bench_function(name, |b| {
            b.iter(|| {
                terminal.clear().unwrap();
                terminal.draw(|frame| app.view(frame)).unwrap();
            })
        });
    }
    // Key press to frame: Down then Up in the list, a letter then Backspace in the form's first
    // field; two presses and two frames per iteration.
    let presses: [(&str, &[KeyCode], [KeyCode; 2]); 2] = [
        (
            "key to frame x2: list Down, Up",
            &[],
            [KeyCode::Down, KeyCode::Up],
        ),
        (
            "key to frame x2: form letter, Backspace",
            &[KeyCode::Enter],
            [KeyCode::Char('x'), KeyCode::Backspace],
        ),
    ];
    for (name, keys, pair) in presses {
        let mut app = evidence_app(dir.path(), keys);
        group.bench_function(name, |b| {
            b.iter(|| {
                for code in pair {
                    press(&mut app, code);
                    terminal.draw(|frame| app.view(frame)).unwrap();
                }
            })
        });
    }
    group.finish();
}

fn bench(c: &mut Criterion) {
    let text = answer(2000);
    let register = register(500);
    let matcher = Matcher::new(&register);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let mut group = c.benchmark_group("evidence_match_2000_words_500_figures");
    group.bench_function("yardstick: lower-cased words", |b| {
        b.iter(|| {
            black_box(&text)
                .split_whitespace()
                .map(str::to_lowercase)
                .count()
        })
    });
    group.bench_function("check", |b| {
        b.iter(|| matcher.check(black_box(&text), today, 3).len())
    });
    group.bench_function("build matcher and check", |b| {
        b.iter(|| {
            Matcher::new(black_box(&register))
                .check(&text, today, 3)
                .len()
        })
    });
    group.finish();

    let csv = register_csv(5000);
    let mut group = c.benchmark_group("evidence_import_5000_rows");
    group.sample_size(10);
    group.bench_function("yardstick: csv crate alone", |b| {
        b.iter(|| {
            csv::Reader::from_reader(black_box(csv.as_bytes()))
                .records()
                .count()
        })
    });
    group.bench_function("import", |b| {
        b.iter(|| {
            let mut register = Register::default();
            import(black_box(&csv), &mut register).added
        })
    });
    group.bench_function("import and write the file text", |b| {
        b.iter(|| {
            let mut register = Register::default();
            import(black_box(&csv), &mut register);
            psw_coach::evidence::file::to_text(&register).len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench, screen);
criterion_main!(benches);
