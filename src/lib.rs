//! psw-coach: a terminal coach for Principal Social Workers rehearsing the CQC assessment interview.
//!
//! The core (`bank`, `drill`, `notes`, `insight`, `review`) knows nothing of the terminal; `tui`
//! and `plain` are thin shells over it, and `cli` wires them to the command line. ARCHITECTURE.md
//! says where each thing lives.

// A PSW never sees a panic: every failure is an error in words. Tests may unwrap and panic freely.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::panic))]
// An `expect` outside tests is allowed one by one, each with a comment on why it cannot fire. Every
// feature is held to this, the `model` feature's reader (src/insight/model/) included.
#![cfg_attr(not(test), deny(clippy::expect_used))]

pub mod bank;
pub mod cli;
pub mod display;
pub mod drill;
pub mod evidence;
#[doc(hidden)]
pub mod fuzzing;
pub mod insight;
pub mod notes;
pub mod pager;
pub mod paths;
pub mod plain;
pub mod plain_figures;
pub mod review;
pub mod text;
pub mod tui;
pub mod voice;
pub mod yaml;
