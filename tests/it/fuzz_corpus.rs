//! Replays every input the fuzzers kept (`fuzz/corpus/<target>/`) and every crash they found
//! (`fuzz/regressions/<target>/`) through the same functions the fuzz targets call, on the stable
//! toolchain, so CI checks them without nightly or cargo-fuzz. See fuzz/README.md.

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for folder in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder).join(target)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let data = std::fs::read(&path).unwrap();
            // A panic names the input, so it can be run again with `cargo fuzz run TARGET FILE`.
            let result = std::panic::catch_unwind(|| check(&data));
            assert!(result.is_ok(), "{target}: {} fails", path.display());
            count += 1;
        }
    }
    assert!(count > 0, "no corpus for {target}");
}

#[test]
fn bank_corpus() {
    replay("bank", psw_coach::fuzzing::bank);
}

#[test]
fn note_corpus() {
    replay("note", psw_coach::fuzzing::note);
}

#[test]
fn insight_corpus() {
    replay("insight", psw_coach::fuzzing::insight);
}

#[test]
fn plain_corpus() {
    replay("plain", psw_coach::fuzzing::plain);
}
