//! Plain mode's cost per line: one answer of 1,000 lines and one of 16,000, piped in. Criterion
//! reports lines per second for each; equal rates mean a line costs the same at line 16,000 as
//! at line 1 (before issue 11 the whole draft was rewritten and synced after every line).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use psw_coach::bank::Library;
use psw_coach::drill::{FakeClock, Plan, RehearseOptions};
use psw_coach::insight::Lexicon;
use psw_coach::notes::NotesStore;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let library = Library::load(None, &[]);
    let lexicon = Lexicon::load(None).0;
    let options = RehearseOptions {
        plan: Plan::Random(1),
        seed: Some(5),
        spoken: false,
        record: false,
        ..Default::default()
    };
    let mut g = c.benchmark_group("plain mode");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for lines in [1_000u64, 16_000] {
        let mut input = String::new();
        for i in 0..lines {
            input.push_str(&format!(
                "Line {i} of a long pasted answer about waiting times.\n"
            ));
        }
        input.push_str(".\n");
        g.throughput(Throughput::Elements(lines));
        g.bench_function(format!("{lines} lines in one answer"), |b| {
            b.iter(|| {
                let data = tempfile::tempdir().unwrap();
                let clock = FakeClock::new(
                    chrono::DateTime::parse_from_rfc3339("2026-11-23T17:40:00+00:00").unwrap(),
                );
                psw_coach::plain::rehearse(
                    &library,
                    &NotesStore::new(data.path()),
                    &lexicon,
                    &options,
                    clock,
                    std::io::Cursor::new(input.clone().into_bytes()),
                    &mut std::io::sink(),
                    None,
                )
                .unwrap();
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
