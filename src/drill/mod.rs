//! A rehearsal: which questions to ask, and the timed session that asks them.

pub mod anchor;
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

pub use clock::{Clock, FakeClock, SystemClock};
pub use options::RehearseOptions;
pub use plan::{Plan, PlanError, PracticeLog, select};
pub use probe::{Heard, Probe, Why};
pub use session::{
    AskedProbe, FollowUpSummary, PartAt, PartSlot, PromptSummary, QuestionSummary, Session,
    SessionSetup, Stage, Summary,
};
