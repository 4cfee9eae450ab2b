#![no_main]
//! See `psw_coach::fuzzing::plain` for what this checks; `tests/it/fuzz_corpus.rs` replays the corpus on stable.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| psw_coach::fuzzing::plain(data));
