//! Opening review over a large history: 5,000 sessions of 10 answers (50,000 answers), generated
//! into a temporary data folder. Measured side by side with a yardstick in the same run: reading
//! every note file's bytes and nothing more, the least any review could do.

use chrono::DateTime;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use psw_coach::bank::Library;
use psw_coach::bank::model::Question;
use psw_coach::notes::NotesStore;
use psw_coach::review::history::note_paths;
use psw_coach::review::{Coverage, History, Progress, countdown, generate};
use std::hint::black_box;

const SESSIONS: usize = 5_000;
const PER_SESSION: usize = 10;

fn review(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let questions: Vec<Question> = Library::load(None, &[]).questions().cloned().collect();
    let end = DateTime::parse_from_rfc3339("2026-12-01T18:00:00+00:00").unwrap();
    let answers =
        generate::write_history(dir.path(), &questions, SESSIONS, PER_SESSION, 84, end, 7).unwrap();
    assert_eq!(answers, SESSIONS * PER_SESSION);
    let store = NotesStore::new(dir.path());
    let paths = note_paths(&store.notes_dir()).unwrap();
    let bytes: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    eprintln!(
        "history: {} notes, {answers} answers, {:.1} MB on disk",
        paths.len(),
        bytes as f64 / 1e6
    );

    let mut group = c.benchmark_group("review 5000 sessions");
    group.sample_size(10);
    group.bench_function("yardstick: read every note's bytes", |b| {
        b.iter(|| {
            let total: usize = paths
                .iter()
                .map(|p| std::fs::read(p).map_or(0, |v| v.len()))
                .sum();
            black_box(total)
        })
    });
    let index = store.notes_dir().join(".index.json");
    group.bench_function(
        "first open: read, parse and index every note (no index yet)",
        |b| {
            b.iter_batched(
                || {
                    let _ = std::fs::remove_file(&index);
                },
                |()| black_box(History::load(&store, &|_, _| {})),
                BatchSize::PerIteration,
            )
        },
    );
    History::load(&store, &|_, _| {});
    eprintln!(
        "index: {:.2} MB",
        std::fs::metadata(&index).unwrap().len() as f64 / 1e6
    );
    group.bench_function("later open: stat every note, read the index", |b| {
        b.iter(|| black_box(History::load(&store, &|_, _| {})))
    });
    // One session saved since the index was written: only that note is parsed, and the index
    // written again.
    let newest = paths.last().unwrap().clone();
    let copy = newest.with_file_name("2099-01-01-0000-copy.md");
    group.bench_function(
        "open after one new session: read one note, rewrite the index",
        |b| {
            b.iter_batched(
                || {
                    let _ = std::fs::remove_file(&copy);
                    History::load(&store, &|_, _| {});
                    std::fs::copy(&newest, &copy).unwrap();
                },
                |()| black_box(History::load(&store, &|_, _| {})),
                BatchSize::PerIteration,
            )
        },
    );
    let _ = std::fs::remove_file(&copy);
    let history = History::load(&store, &|_, _| {});
    assert_eq!(history.attempts.len(), answers);
    let today = end.date_naive();
    group.bench_function("progress: coverage, 12 weeks and today's plan", |b| {
        b.iter(|| {
            let coverage = Coverage::compute(&questions, &history);
            let progress = Progress::compute(&history, today);
            let plan = countdown::plan_today(&questions, &history, today, None, 5);
            black_box((coverage, progress, plan))
        })
    });
    group.bench_function("search every answer for a phrase", |b| {
        b.iter(|| black_box(history.search("carers' forum", &|_, _| {})))
    });
    group.finish();
}

criterion_group!(benches, review);
criterion_main!(benches);
