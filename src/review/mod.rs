//! Reviewing the weeks of practice before an on-site visit: the history of sessions, every attempt
//! at a question, what is weakest and why, how much of the framework has been covered, what to do
//! today, the PSW's settings, and the prep pack to read the night before.
//!
//! A pure core like `notes` and `insight`: no terminal, and "today" is always handed in, so every
//! figure here can be tested against a known history. It reads notes only through the store's public
//! API and imports neither `drill` nor `tui`.

pub mod attempts;
pub mod countdown;
pub mod coverage;
pub mod generate;
pub mod history;
pub mod order;
pub mod pack;
pub mod rank;
pub mod settings;

#[cfg(test)]
pub(crate) mod fixtures;

pub use attempts::{AttemptsView, read_attempt, refine_note};
pub use countdown::{Countdown, Pick, TodayPlan};
pub use coverage::{Coverage, CoverageRow, Progress};
pub use history::{
    Attempt, Filter, Gap, History, Loader, PastSession, QuestionKey, RatingBand, SessionKind,
};
pub use order::Order;
pub use pack::{Pack, PackFilter};
pub use rank::{Ranked, Reason};
pub use settings::{Settings, ThemeChoice};
