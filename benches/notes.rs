//! Listing notes in-process: `NotesStore::summaries` over 10,000 full mock-interview notes, once
//! the index exists (budget for the whole `notes list` command: under 300 ms and 100 MB).

use criterion::{Criterion, criterion_group, criterion_main};
use psw_coach::notes::NotesStore;
use std::hint::black_box;
use std::time::Duration;

#[path = "notes_fixture.rs"]
mod notes_fixture;

fn bench(c: &mut Criterion) {
    let data = notes_fixture::ten_thousand_notes();
    let store = NotesStore::new(data.path());
    assert_eq!(store.summaries().summaries.len(), notes_fixture::NOTES);
    let mut g = c.benchmark_group("notes");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.bench_function("summaries of 10,000 notes (index built)", |b| {
        b.iter(|| black_box(store.summaries()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
