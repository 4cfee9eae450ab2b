//! psw-coach: a terminal coach for Principal Social Workers rehearsing the CQC assessment interview.
//!
//! The core (`bank`, `drill`, `notes`, `insight`) knows nothing of the terminal; `tui` and `plain`
//! are thin shells over it, and `cli` wires them to the command line.

pub mod bank;
pub mod cli;
pub mod display;
pub mod drill;
#[doc(hidden)]
pub mod fuzzing;
pub mod insight;
pub mod notes;
pub mod pager;
pub mod paths;
pub mod plain;
pub mod review;
pub mod tui;
pub mod yaml;
