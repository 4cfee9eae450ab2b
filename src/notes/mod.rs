//! Rehearsal notes: Markdown files with YAML front matter, and the drafts that keep typing safe.

pub mod model;

pub use model::{AnswerStyle, FollowUpAnswer, Note, NoteQuestion, PromptAnswer};
