//! Rehearsal notes: Markdown files with YAML front matter, and the drafts that keep typing safe.

pub mod format;
pub mod index;
pub mod model;
pub mod sheet;
pub mod store;
pub mod summary;
pub mod transcript;

pub use format::{FormatError, FormatWarning, from_markdown, read_markdown, to_markdown};
pub use index::{AnswerFacts, AskedQuestion, IndexedNote, NotesIndex, PartsGiven, practised};
pub use model::{
    AnswerStyle, Coaching, Cue, FORMAT_VERSION, FollowUpAnswer, FollowUpReason, Note, NoteKind,
    NoteQuestion, PairMarks, PartsHeard, PromptAnswer, ResumePoint, ResumeStep, Transcribed,
};
pub use store::{Draft, Listing, NoteProblem, NoteWarning, NotesStore, StoreError, StoreErrorKind};
pub use summary::NoteSummary;
