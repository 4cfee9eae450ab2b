//! Whole-process start-up, as a PSW or a script runs the commands, beside `/bin/true` as a
//! yardstick measured in the same run (these machines are noisy). Budgets (issue 11): `--version`,
//! `banks list` and `analyse` of a short answer under 5 ms; `notes list` over 10,000 notes under
//! 300 ms (memory is measured separately with `/usr/bin/time`, see the README).

use criterion::{Criterion, criterion_group, criterion_main};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const COACH: &str = env!("CARGO_BIN_EXE_psw-coach");

fn run(program: &str, data: &Path, args: &[&str]) {
    let status = Command::new(program)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("PSW_COACH_DATA_DIR")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the program runs");
    assert!(status.success(), "{program} {args:?}");
}

fn bench(c: &mut Criterion) {
    let data = tempfile::tempdir().unwrap();
    let answer = data.path().join("answer.txt");
    std::fs::write(
        &answer,
        "I set up a weekly triage huddle in March; waits fell from 40 to 25 days, and our audit \
         of 30 cases showed it.",
    )
    .unwrap();
    let answer = answer.to_str().unwrap();

    let mut g = c.benchmark_group("whole process");
    g.sample_size(30).measurement_time(Duration::from_secs(4));
    g.bench_function("/bin/true (yardstick)", |b| {
        b.iter(|| {
            let status = Command::new("true").status().unwrap();
            assert!(status.success());
        })
    });
    g.bench_function("--version", |b| {
        b.iter(|| run(COACH, data.path(), &["--version"]))
    });
    g.bench_function("banks list", |b| {
        b.iter(|| run(COACH, data.path(), &["banks", "list"]))
    });
    g.bench_function("analyse of a short answer", |b| {
        b.iter(|| run(COACH, data.path(), &["analyse", answer]))
    });
    g.finish();

    let notes = notes_bench::ten_thousand_notes();
    let mut g = c.benchmark_group("whole process, 10,000 notes");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    // The first listing reads every note and builds the index; this measures the ones after.
    run(COACH, notes.path(), &["notes", "list"]);
    g.bench_function("notes list", |b| {
        b.iter(|| run(COACH, notes.path(), &["notes", "list"]))
    });
    g.finish();
}

#[path = "notes_fixture.rs"]
mod notes_bench;

criterion_group!(benches, bench);
criterion_main!(benches);
