//! The component pattern: the [`Screen`] trait every screen implements, what screens ask the app
//! to do ([`Effect`]), and what the app tells them back ([`Outcome`]).
//!
//! A screen never touches the notes store, the data folder or another screen: it returns
//! [`Effect`]s, the app carries them out, and the result comes back to the screen that asked as an
//! [`Outcome`]. That keeps every write in one place (the router) and every screen testable alone.

use super::keymap::{Action, Context};
use super::route::Route;
use super::theme::Theme;
use crate::drill::{RehearseOptions, Summary};
use crate::notes::{Note, NoteQuestion, StoreError};
use crate::review::Settings;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use std::path::PathBuf;
use std::time::Duration;

/// A request from a screen to the app.
pub enum Effect {
    /// Keep the latest state of a rehearsal as its draft.
    WriteDraft(Box<Note>),
    /// The rehearsal is ending without a note (a signal, Ctrl-C): keep it as a draft and say so
    /// only if the draft was written; a session with nothing typed leaves no draft.
    KeepDraftOnExit(Box<Note>),
    /// Remove a session's draft (nothing was typed, or the rehearsal was discarded).
    RemoveDraft(String),
    /// Save a rehearsal as a note, then show its summary.
    SaveNote {
        note: Box<Note>,
        summary: Box<Summary>,
        again: RehearseOptions,
    },
    /// Recover a draft as a note marked "recovered".
    RecoverDraft(PathBuf),
    /// Delete a draft the PSW chose not to keep.
    DiscardDraft(PathBuf),
    /// Continue a draft's rehearsal where it stopped.
    ResumeDraft(PathBuf),
    /// Pick questions and start a rehearsal.
    StartPlan(RehearseOptions),
    /// Put a screen on top of this one; the app builds it (screens never build each other).
    Open(Route),
    /// Show the help for a context.
    OpenHelp(Context),
    /// Take this screen away, showing the one beneath.
    Close,
    /// Back to the home screen (or leave, when the app was started for one rehearsal).
    Home,
    /// A message for the PSW, shown until the next one.
    Notify(Notice),
    /// A line to print once the terminal is restored.
    Farewell(String),
    /// Leave the app.
    Quit,
    /// Pick questions and start a pair practice session.
    StartPair(Box<crate::drill::pair::PairStart>),
    /// Save a pair practice session as a note; the screen stays and is told where it went.
    SavePair(Box<Note>),
    /// Open the review list, reading every note on its own thread.
    OpenReview,
    /// Open the progress screen (coverage, trends, today's practice).
    OpenProgress,
    OpenSettings,
    /// Practise one question again now.
    TryQuestion(String),
    /// Start today's suggested questions (those not done yet).
    StartToday(Vec<String>),
    /// Practise questions on one quality statement, in the PSW's answer style.
    PractiseStatement(crate::bank::model::QualityStatement),
    /// Save a refined answer as a new note with its own rating; the original is never changed.
    SaveRefined {
        original: Box<Note>,
        edited: Box<NoteQuestion>,
        /// The PSW's rating of the refined answer; `None` leaves it out of the trend.
        rating: Option<u8>,
    },
    /// Keep the settings in the data folder and apply them.
    SaveSettings(Settings),
    /// Home's answer-style switch: the same saved setting as in Settings.
    SetAnswerStyle(crate::notes::AnswerStyle),
    /// Keep which figures the figures drill found known and missed.
    SaveFigureDrill(Box<crate::evidence::drill::FigureRecords>),
    /// Open the evidence screen on the register in the data folder.
    OpenEvidence,
    /// Make one change to the evidence register as the file holds it, and write it (refused
    /// while the file has a mistake, or when the entry changed was edited there meanwhile).
    SaveRegister(Box<crate::evidence::Change>),
}

impl std::fmt::Debug for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Effect::WriteDraft(n) => write!(f, "WriteDraft({})", n.session_id),
            Effect::KeepDraftOnExit(n) => write!(f, "KeepDraftOnExit({})", n.session_id),
            Effect::RemoveDraft(id) => write!(f, "RemoveDraft({id})"),
            Effect::SaveNote { note, .. } => write!(f, "SaveNote({})", note.session_id),
            Effect::RecoverDraft(p) => write!(f, "RecoverDraft({})", p.display()),
            Effect::DiscardDraft(p) => write!(f, "DiscardDraft({})", p.display()),
            Effect::ResumeDraft(p) => write!(f, "ResumeDraft({})", p.display()),
            Effect::StartPlan(o) => write!(f, "StartPlan({})", o.plan.label()),
            Effect::Open(route) => write!(f, "Open({route:?})"),
            Effect::OpenHelp(c) => write!(f, "OpenHelp({c:?})"),
            Effect::Close => write!(f, "Close"),
            Effect::Home => write!(f, "Home"),
            Effect::Notify(n) => write!(f, "Notify({n:?})"),
            Effect::Farewell(s) => write!(f, "Farewell({s})"),
            Effect::Quit => write!(f, "Quit"),
            Effect::StartPair(s) => write!(f, "StartPair({})", s.plan.label()),
            Effect::SavePair(n) => write!(f, "SavePair({})", n.session_id),
            Effect::OpenReview => write!(f, "OpenReview"),
            Effect::OpenProgress => write!(f, "OpenProgress"),
            Effect::OpenSettings => write!(f, "OpenSettings"),
            Effect::TryQuestion(id) => write!(f, "TryQuestion({id})"),
            Effect::StartToday(ids) => write!(f, "StartToday({})", ids.join(",")),
            Effect::PractiseStatement(s) => write!(f, "PractiseStatement({})", s.title()),
            Effect::SaveRefined { edited, .. } => write!(f, "SaveRefined({})", edited.id),
            Effect::SaveSettings(s) => write!(f, "SaveSettings({s:?})"),
            Effect::SetAnswerStyle(s) => write!(f, "SetAnswerStyle({s:?})"),
            Effect::SaveFigureDrill(_) => write!(f, "SaveFigureDrill"),
            Effect::OpenEvidence => write!(f, "OpenEvidence"),
            Effect::SaveRegister(_) => write!(f, "SaveRegister"),
        }
    }
}

/// What happened to an effect, told back to the screen that asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    DraftWritten,
    DraftFailed(StoreError),
    /// The note could not be saved; the rehearsal is still on screen.
    SaveFailed(StoreError),
    /// A draft was recovered, discarded or resumed: it is no longer waiting.
    DraftDealtWith(PathBuf),
    /// Recovering, resuming or discarding a draft failed; it is left as it was.
    DraftActionFailed(String),
    /// A pair practice session was saved here, as this note in `notes list` (for a short export
    /// command), if the notes could be listed.
    Saved(PathBuf, Option<usize>),
    /// A refined answer was saved as this new note.
    RefinedSaved(PathBuf),
    /// The history has been read: the countdown and today's practice, for the home screen.
    Today(TodayInfo),
    /// The evidence register was written, or why not (in words for the PSW).
    RegisterSaved(Result<RegisterKept, String>),
}

/// The evidence register as written (hand edits made meanwhile included), and where the changed
/// entry went.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterKept {
    pub register: Box<crate::evidence::Register>,
    pub place: crate::evidence::Place,
}

// Outcomes are compared in tests; a register holds no value that is not equal to itself.
impl Eq for RegisterKept {}

/// The countdown and today's suggested practice, as the home screen shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TodayInfo {
    /// "12 days to the on-site visit (Thursday 14 January)", when a date is set.
    pub headline: Option<String>,
    /// "2 of today's 5 questions done · 6 of 9 quality statements practised; 3 to go".
    pub summary: String,
    /// Today's questions not done yet.
    pub remaining: Vec<String>,
    /// Notes that could not be read.
    pub skipped: usize,
}

impl TodayInfo {
    pub fn new(
        plan: &crate::review::TodayPlan,
        on_site: Option<chrono::NaiveDate>,
        today: chrono::NaiveDate,
        skipped: usize,
    ) -> TodayInfo {
        let headline = on_site.map(|d| crate::review::Countdown { on_site: d, today }.headline());
        // Today's practice counts as practised here, though the set itself was planned from the
        // morning's gaps (so it holds still through the day).
        let all = crate::bank::model::QualityStatement::ALL.len();
        let practised = plan.statements_practised();
        let total = plan.picks.len();
        // "Today's": the count is of the suggested set, not of everything practised ("0 of 5
        // questions done · 3 practised today" read as a contradiction).
        let mut summary = format!(
            "{} of today's {total} question{} done",
            plan.done(),
            if total == 1 { "" } else { "s" }
        );
        // Practice outside the set (a mock) is counted too, so "0 of 5 done" straight after a
        // mock does not read as nothing done.
        if plan.practised_today > plan.done() {
            summary.push_str(&format!(" · {} practised today", plan.practised_today));
        }
        match all - practised {
            0 => summary.push_str(&format!(" · all {all} quality statements practised")),
            left => summary.push_str(&format!(
                " · {practised} of {all} quality statements practised; {left} to go"
            )),
        }
        TodayInfo {
            headline,
            summary,
            remaining: plan.remaining(),
            skipped,
        }
    }
}

/// How much a message matters, which decides how it is drawn (never its wording).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
    Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            kind: NoticeKind::Info,
            text: text.into(),
        }
    }

    pub fn warning(text: impl Into<String>) -> Notice {
        Notice {
            kind: NoticeKind::Warning,
            text: text.into(),
        }
    }

    pub fn problem(text: impl Into<String>) -> Notice {
        Notice {
            kind: NoticeKind::Problem,
            text: text.into(),
        }
    }
}

/// Which screen this is, for the router's bookkeeping and for tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenId {
    Home,
    Recover,
    Rehearse,
    Summary,
    Help,
    Pair,
    Review,
    ReviewSession,
    Attempts,
    Refine,
    Progress,
    Settings,
    Figures,
    Evidence,
}

/// What every screen is drawn with.
pub struct Ctx<'a> {
    pub theme: &'a Theme,
    /// The app's latest message for the PSW, if any.
    pub notice: Option<&'a Notice>,
}

pub trait Screen {
    fn id(&self) -> ScreenId;

    /// Which part of the key map applies now.
    fn context(&self) -> Context;

    /// Acts on an action from the key map. `None`: this screen does nothing with it.
    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>>;

    /// Text pasted, or a run of typed characters taken in at once.
    fn on_text(&mut self, _text: &str) -> Vec<Effect> {
        Vec::new()
    }

    /// The result of an effect this screen asked for.
    fn on_outcome(&mut self, _outcome: Outcome) -> Vec<Effect> {
        Vec::new()
    }

    /// The saved history has changed (a refined answer was saved): screens that show it take
    /// the new one at once rather than when review is opened again.
    fn on_history(&mut self, _history: &std::rc::Rc<crate::review::History>) {}

    /// The settings have changed: screens that show one of them follow at once.
    fn on_settings(&mut self, _settings: &Settings) {}

    /// Called after every batch of events and whenever `wait` runs out.
    fn tick(&mut self) -> Vec<Effect> {
        Vec::new()
    }

    /// How long until this screen needs a tick or a redraw on its own.
    fn wait(&self) -> Option<Duration> {
        None
    }

    /// Another screen (help) now covers this one.
    fn covered(&mut self) {}

    /// The screen covering this one has gone.
    fn revealed(&mut self) {}

    /// The app is ending (Ctrl-C, a signal, a closed terminal): keep what must be kept.
    fn on_terminate(&mut self) -> Vec<Effect> {
        Vec::new()
    }

    /// The app is about to be stopped (SIGTSTP): write what is due now.
    fn on_suspend(&mut self) -> Vec<Effect> {
        Vec::new()
    }

    /// The unsaved work on this screen, if any, for the watchdog to keep if the loop is stuck.
    fn snapshot(&self) -> Option<Note> {
        None
    }

    /// Which of its own pages the screen shows, when one screen holds more than one (the
    /// evidence register's list and its form): a notice belongs to the page it was given on, as
    /// it does to a screen, so "The figure is saved" is not left under the next form.
    fn page(&self) -> u8 {
        0
    }

    /// Drawn over the screen beneath rather than instead of it.
    fn is_overlay(&self) -> bool {
        false
    }

    /// The window changed size. A screen that keeps anything from its last drawing (a text box's
    /// scroll) lets it go here, so the next drawing fits the new size as a first one would.
    fn on_resize(&mut self) {}

    /// Draws the screen; returns where the terminal's cursor belongs (a text box's insertion point).
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position>;
}
