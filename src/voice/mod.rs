//! Spoken, recorded rehearsal (issue 20): record the answer, transcribe it on this computer, coach
//! the words and the delivery. Nothing is sent anywhere.
//!
//! The model checks (`model`) and the delivery arithmetic (`delivery`) are plain Rust and always
//! built. Everything that needs whisper.cpp, a sound card or WAV files is behind the `voice` cargo
//! feature, so `cargo build` and `cargo test` need nothing but Rust; without it, every way in says in
//! one line why recording is not there and how to get it ([`NOT_BUILT`]).

pub mod cli;
pub mod delivery;
pub mod kept;
pub mod model;
pub mod recorder;
pub mod tidy;

#[cfg(feature = "voice")]
pub mod audio;
#[cfg(feature = "voice")]
pub mod capture;
#[cfg(feature = "voice")]
pub mod spoken;
#[cfg(feature = "voice")]
pub mod transcribe;
#[cfg(feature = "voice")]
pub mod vad;

/// True when this build can record and transcribe.
pub const BUILT_IN: bool = cfg!(feature = "voice");

/// The one line said without the feature.
// Shown on screen as well as printed, so the command is plain words, not in backticks, which read
// as stray marks on a screen (the first walk's item 35).
pub const NOT_BUILT: &str = "This copy of psw-coach was built without voice, so it cannot record or \
transcribe answers; typed and timed practice work as usual. To add it, whoever installs psw-coach \
builds it with voice: cargo install --path . --features voice (see docs/voice.md).";
