//! Screens that one screen opens over itself: named here, built by the app.
//!
//! A screen never builds another screen (that would make screens import each other, and
//! `tests/it/module_graph.rs` fails on it). It returns `Effect::Open(Route)` naming what to open and
//! with what; `App::open` (`src/tui/app/effects.rs`) builds the screen and puts it on top.

use std::rc::Rc;

use crate::drill::Plan;
use crate::notes::Note;
use crate::review::{History, QuestionKey};

/// A screen to open over the current one.
pub enum Route {
    /// One past session read back (review), its note read from disk, with the answer at
    /// `focus` brought to the top, or the first answer holding the words `find` when it has them.
    Session {
        history: Rc<History>,
        session: usize,
        focus: usize,
        find: Option<String>,
    },
    /// Every attempt at one question, side by side; `from` is the answer it was opened from
    /// (its session and place in the note), chosen first.
    Attempts {
        history: Rc<History>,
        key: QuestionKey,
        from: Option<(usize, usize)>,
    },
    /// One saved answer opened to be refined; the original note is never changed.
    Refine {
        original: Box<Note>,
        position: usize,
    },
    /// Pair practice: the interviewer picks the questions from a topic or quality statement.
    PickQuestions(Plan),
}

/// Names the screen only: the history a route carries is far too long to print.
impl std::fmt::Debug for Route {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Route::Session { session, focus, .. } => write!(f, "Session({session}, {focus})"),
            Route::Attempts { key, .. } => write!(f, "Attempts({})", key.0),
            Route::Refine { position, .. } => write!(f, "Refine({position})"),
            Route::PickQuestions(plan) => write!(f, "PickQuestions({})", plan.label()),
        }
    }
}
