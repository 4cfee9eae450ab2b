//! A rehearsal: which questions to ask, and the timed session that asks them.

pub mod anchor;
mod answered;
pub mod cards;
pub mod clock;
pub mod ladder;
pub mod options;
pub mod pair;
pub mod plan;
pub mod probe;
pub mod resume;
pub mod session;
pub mod stopwatch;

/// A new session's id, from when it started to the second and four hex digits drawn from the
/// session's seeded `rng`, so two sessions started in the same second are told apart. Notes are
/// named from it (`notes::store`), and pair practice adds its round.
pub(crate) fn new_session_id(
    started: chrono::DateTime<chrono::FixedOffset>,
    rng: &mut impl rand::Rng,
) -> String {
    format!(
        "{}-{:04x}",
        started.format("%Y%m%d-%H%M%S"),
        rng.random::<u16>()
    )
}

pub use clock::{Clock, FakeClock, SystemClock};
pub use options::RehearseOptions;
pub use plan::{Plan, PlanError, PracticeLog, select};
pub use probe::{Heard, Probe, Why};
pub use session::{
    AskedProbe, FollowUpSummary, PartAt, PartSlot, PromptSummary, QuestionSummary, Session,
    SessionSetup, Stage, Summary,
};
