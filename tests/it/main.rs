//! Every integration test in one binary (each file a module), so the whole crate is linked once
//! for them all instead of once per file. `cargo test --test it NAME::` runs one file's tests
//! (`cargo test --test it screens::`); CONTRIBUTING.md says more.

#[path = "../common/mod.rs"]
mod common;

mod analyse;
mod bundled_bank;
mod checklist;
mod cli;
mod evidence_cli;
mod evidence_screen;
mod fault_run;
mod faults;
mod figures_screen;
mod fuzz_corpus;
mod keys_named_on_screen;
mod module_graph;
mod notes_show;
mod pair_cli;
mod pair_terminal;
mod plain;
mod random_keys;
mod recorded_screens;
mod review_terminal;
mod screens;
mod terminal;
