//! Evidence register budgets (issue 21): matching the figures of a 2,000-word answer against a
//! register of 500 figures under 5 ms, and importing 5,000 CSV rows under 1 s.
//!
//! Yardsticks in the same run: splitting the same answer into lower-cased words (the least any
//! reading of it must do), and reading the same CSV with the csv crate alone (no checks, no merge).
//! Run short: `cargo bench --bench evidence -- --warm-up-time 1 --measurement-time 2`.

use criterion::{Criterion, criterion_group, criterion_main};
use psw_coach::evidence::{Matcher, Register, import::import};
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

criterion_group!(benches, bench);
criterion_main!(benches);
