//! The fuzz targets' bodies, shared by `cargo fuzz` (fuzz/, nightly) and the stable test that
//! replays the committed corpus (`tests/it/fuzz_corpus.rs`), so CI checks every input the fuzzers
//! kept without needing a nightly toolchain. Each function panics only on a real defect.

// A fuzz target reports a defect by panicking; that is its whole job, so the crate's ban on
// `panic!`, `unwrap` and `expect` outside tests does not apply here. Nothing in the app calls it:
// only `cargo fuzz` (fuzz/) and the corpus test.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use crate::bank::Origin;
use crate::drill::FakeClock;
use crate::insight::Lexicon;
use crate::notes::{NotesStore, from_markdown, to_markdown};
use std::path::PathBuf;
use std::sync::OnceLock;

/// A bank file: checking never panics, and whatever loads has the fields the app relies on.
pub fn bank(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(bank) = crate::bank::check::parse_bank("fuzz.yaml", &text, Origin::Bundled("fuzz")) {
        for q in &bank.questions {
            assert!(!q.id.is_empty() && !q.ask.trim().is_empty(), "{q:?}");
        }
    }
}

/// A note file: reading never panics, and a note that reads writes back to the same note.
pub fn note(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(mut note) = from_markdown(&text) {
        // An older note is written in the current format; everything else must survive.
        note.format = crate::notes::FORMAT_VERSION;
        let again = to_markdown(&note);
        let back = from_markdown(&again)
            .unwrap_or_else(|e| panic!("a note that read once must read again: {e:?}\n{again}"));
        assert_eq!(back, note, "round trip changed the note:\n{again}");
    }
}

/// Answer text: the analysis never panics, whatever is typed.
pub fn insight(data: &[u8]) {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    let lexicon = LEXICON.get_or_init(|| Lexicon::load(None).0);
    let text = String::from_utf8_lossy(data);
    let _ = crate::insight::analyse(lexicon, &text, Some(120));
}

/// Bytes typed or piped into `rehearse --plain`: the rehearsal never panics or hangs, and a
/// session with anything typed ends as a note.
pub fn plain(data: &[u8]) {
    static LIBRARY: OnceLock<crate::bank::Library> = OnceLock::new();
    let library = LIBRARY.get_or_init(|| crate::bank::Library::load(None, &[]));
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    let lexicon = LEXICON.get_or_init(|| Lexicon::load(None).0);
    let dir = scratch_dir();
    let store = NotesStore::new(&dir);
    let args = crate::drill::RehearseOptions {
        plan: crate::drill::Plan::Random(2),
        seed: Some(7),
        spoken: data.first().is_some_and(|b| b & 1 == 1),
        record: false,
        ..Default::default()
    };
    let clock = FakeClock::new(
        chrono::DateTime::parse_from_rfc3339("2026-11-23T17:40:00+00:00").unwrap_or_default(),
    );
    let input = std::io::Cursor::new(data.to_vec());
    let mut out = Vec::new();
    crate::plain::rehearse(
        library, &store, lexicon, &args, clock, input, &mut out, None,
    )
    .expect("writing to memory does not fail");
    assert!(
        store.drafts().is_empty(),
        "a finished run leaves no draft behind"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A fresh folder per run, in memory where possible: drafts and notes are synced to disk, and
/// fsync on a real disk would make each run take milliseconds.
fn scratch_dir() -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let base = ["/dev/shm"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_dir())
        .unwrap_or_else(std::env::temp_dir);
    base.join(format!(
        "psw-coach-fuzz-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ))
}
