//! The evidence register: the PSW's own figures and stories (`evidence.yaml`), the CSV import, and
//! matching the figures in answers against it ("how do you know?" answered with the right number).
//!
//! Core: no terminal crates. Time comes in as a date from the caller, so every check is repeatable.

pub mod answers;
pub mod coaching;
pub mod coverage;
pub mod drill;
pub mod entry;
pub mod file;
pub mod import;
pub mod matcher;
pub mod model;
pub mod pack;
pub mod reading;

pub use file::{Change, FileError, Place, load, save, save_change};
pub use matcher::{Flag, FlagKind, Found, Matcher, inconsistencies};
pub use model::{Figure, Previous, Register, Story, UnitKind};
