//! Question banks: the model, reading and checking a bank file, and loading every bank at start.

pub mod check;
pub mod gap;
pub mod load;
pub mod model;

pub use check::Problem;
pub use load::{Library, SkippedBank};
pub use model::{
    Bank, Dated, DatedItem, FollowUp, Gap, GapProbe, Kind, Origin, Prompt, QualityStatement,
    Question, StatementNote, Words, topic_title,
};
