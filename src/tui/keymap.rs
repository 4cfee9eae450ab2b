//! The one key map: for every screen (and every focus or panel within it), which key means which
//! action, and the words that explain it. Key handling, the footer and the help screen all read
//! this table, so a key is written once and the hints can never disagree with what a key does.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where the keys are being read: a screen, or a focus or panel within one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// The home menu.
    Home,
    /// The list of topics or quality statements on the home screen.
    HomePicker,
    /// Drafts left by a crash, waiting for a choice.
    Recover,
    /// Asking to be sure before a draft is thrown away.
    RecoverConfirm,
    /// Typing one part of an answer.
    Answer,
    /// Typing the answer to the follow-up question.
    FollowUp,
    /// The rating step with "what assessors listen for" focused: ticking the cues covered.
    Cues,
    /// The rating step with the stars focused.
    Rating,
    /// The rating step with the reflection box focused.
    Reflection,
    /// The pause panel over a rehearsal.
    Paused,
    /// Asking to be sure before a rehearsal is thrown away.
    ConfirmDiscard,
    /// Possible identifying details found before an answer is kept.
    Confidential,
    /// A save that failed, with what to do about it.
    SaveFailed,
    /// Every question answered but the note not saved yet (the save failed).
    Unsaved,
    /// After a rehearsal.
    Summary,
    /// The help panel.
    Help,
    /// Pair practice: the interviewer listens, ticks and marks probes.
    PairAsking,
    /// Pair practice: typing observations while listening.
    PairObservations,
    /// Pair practice: the interviewer's rating.
    PairRating,
    /// Pair practice: typing Keep, Stop or Start.
    PairFeedback,
    /// Pair practice: the PSW rates themselves, blind.
    PairHandOver,
    /// Pair practice: both ratings side by side.
    PairCompare,
    /// Pair practice: the menu over a paused session.
    PairMenu,
    /// Pair practice: asking to be sure before the session is thrown away.
    PairConfirmDiscard,
    /// Pair practice: optional initials at the end.
    PairInitials,
    /// Pair practice: saved; swap roles and go again, or finish.
    PairSaved,
    /// Pair practice: picking the questions to ask from a list.
    PairPick,
    /// The list of past sessions.
    Review,
    /// Typing words to find in past answers.
    ReviewSearch,
    /// One past session, read back.
    ReviewSession,
    /// Every attempt at one question.
    Attempts,
    /// Editing a past answer to save as a new, best one.
    Refine,
    /// Coverage, trends and today's practice.
    Progress,
    /// The settings list.
    Settings,
    /// Typing the on-site date.
    SettingsDate,
}

impl Context {
    /// Every context, for tests that walk the whole map.
    pub const ALL: [Context; 35] = [
        Context::Home,
        Context::HomePicker,
        Context::Recover,
        Context::RecoverConfirm,
        Context::Answer,
        Context::FollowUp,
        Context::Cues,
        Context::Rating,
        Context::Reflection,
        Context::Paused,
        Context::ConfirmDiscard,
        Context::Confidential,
        Context::SaveFailed,
        Context::Unsaved,
        Context::Summary,
        Context::Help,
        Context::PairAsking,
        Context::PairObservations,
        Context::PairRating,
        Context::PairFeedback,
        Context::PairHandOver,
        Context::PairCompare,
        Context::PairMenu,
        Context::PairConfirmDiscard,
        Context::PairInitials,
        Context::PairSaved,
        Context::PairPick,
        Context::Review,
        Context::ReviewSearch,
        Context::ReviewSession,
        Context::Attempts,
        Context::Refine,
        Context::Progress,
        Context::Settings,
        Context::SettingsDate,
    ];

    /// In these, a key that is not in the map types into a text box.
    /// Beside a text box, where a printable character that is no key here is typing meant for
    /// the box: the screen moves the focus there and types it, rather than dropping it unseen
    /// (a reflection typed on the rating step lost its first words).
    pub fn types_into_next_box(self) -> bool {
        matches!(
            self,
            Context::Cues | Context::Rating | Context::PairRating | Context::PairAsking
        )
    }

    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Answer
                | Context::FollowUp
                | Context::Reflection
                | Context::PairObservations
                | Context::PairFeedback
                | Context::PairInitials
                | Context::ReviewSearch
                | Context::Refine
                | Context::SettingsDate
        )
    }
}

/// What a key press means. Screens act on these; none of them sees raw keys except as `Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave at once, keeping whatever is typed as a draft (Ctrl-C).
    Quit,
    Help,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Choose,
    Back,
    /// Yes to a question that asked to be sure.
    Confirm,
    /// No to a question that asked to be sure.
    Cancel,
    /// Summary: another rehearsal of the same kind.
    Again,
    /// Rehearse: the next part, question or field.
    NextPart,
    /// Rehearse: the previous part or field.
    PreviousPart,
    /// Rehearse: the next question, from the rating step.
    NextQuestion,
    Save,
    Pause,
    Resume,
    SaveAndFinish,
    AskDiscard,
    Undo,
    Redo,
    Rate(u8),
    RateUp,
    RateDown,
    /// Past a confidentiality warning: keep the answer as it is.
    KeepAnyway,
    /// Back from a confidentiality warning to edit the answer.
    EditFirst,
    /// Show or hide the earlier parts of this answer.
    ToggleEarlier,
    /// A key that types into a text box (only in contexts that take text).
    Type(KeyEvent),
    /// Only in the help: what the text box's own keys do (typing, arrows, Home, End).
    Typing,
    /// Pair practice: pause or carry on (Space).
    TogglePause,
    /// Pair practice: tick one of the three parts (1 done, 2 difference, 3 how they know).
    TickPart(u8),
    /// Tick or untick the highlighted probe or cue (pair practice; the rating step's checklist).
    Toggle,
    /// Pair practice: show or hide the tip.
    ToggleTip,
    /// Pair practice: the PSW has finished answering; on to feedback.
    Done,
    /// Review: step the topic filter.
    FilterTopic,
    /// Review: step the quality statement filter.
    FilterStatement,
    /// Review: step the rating filter.
    FilterRating,
    /// Review: step the kind filter (rehearse, pair).
    FilterKind,
    /// Review: type words to find in past answers.
    Search,
    ClearFilters,
    /// Review: show or hide the notes that could not be read, and why.
    ShowSkipped,
    /// Every attempt at the question in focus.
    Attempts,
    /// Practise the question in focus again now.
    TryAgain,
    /// Edit a past answer into a new note marked as the best.
    Refine,
    /// Open the review list (from the summary).
    Review,
    Progress,
    Settings,
    /// A setting one step down or up.
    Decrease,
    Increase,
}

/// A key, as the map names it. Shift is ignored on characters (the character says it already).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub KeyCode, pub KeyModifiers);

const fn k(code: KeyCode) -> Key {
    Key(code, KeyModifiers::NONE)
}
const fn c(ch: char) -> Key {
    Key(KeyCode::Char(ch), KeyModifiers::NONE)
}
const fn ctrl(ch: char) -> Key {
    Key(KeyCode::Char(ch), KeyModifiers::CONTROL)
}

/// One line of the map: the keys, what they do, and how the footer and help name them.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// The keys as a PSW reads them: "↑↓", "Ctrl-S".
    pub key_label: &'static str,
    /// A few words for the footer.
    pub label: &'static str,
    /// A sentence for the help screen.
    pub help: &'static str,
    /// Shown in the footer (the most needed first; a narrow window cuts from the end).
    pub footer: bool,
    /// A second key for the same thing, with its own help line: the key another screen uses for
    /// it, so either habit works. Named in help only, to keep the footer short.
    pub alias: Option<(&'static str, &'static str)>,
}

const fn b(
    keys: &'static [Key],
    action: Action,
    key_label: &'static str,
    label: &'static str,
    help: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        keys,
        action,
        key_label,
        label,
        help,
        footer,
        alias: None,
    }
}

impl Binding {
    /// Names `key_label` in help as another key for this, with its own line (see [`Binding::alias`]).
    const fn also(self, key_label: &'static str, help: &'static str) -> Binding {
        Binding {
            alias: Some((key_label, help)),
            ..self
        }
    }
}

const UP: &[Key] = &[k(KeyCode::Up), c('k')];
const DOWN: &[Key] = &[k(KeyCode::Down), c('j')];
const TOP: &[Key] = &[k(KeyCode::Home), c('g')];
const BOTTOM: &[Key] = &[k(KeyCode::End), c('G')];
const HELP_KEYS: &[Key] = &[c('?'), k(KeyCode::F(1))];

/// Keys that work everywhere, looked up after the context's own.
pub const GLOBAL: &[Binding] = &[
    b(
        &[ctrl('c')],
        Action::Quit,
        "Ctrl-C",
        "quit",
        "leave now; an unfinished rehearsal is kept as a draft",
        false,
    ),
    b(
        &[k(KeyCode::F(1))],
        Action::Help,
        "F1",
        "help",
        "show or hide this help",
        false,
    ),
];

const HOME: &[Binding] = &[
    b(
        UP,
        Action::Up,
        "↑↓/j k",
        "move",
        "move through the menu",
        true,
    ),
    b(
        DOWN,
        Action::Down,
        "↑↓/j k",
        "move",
        "move through the menu",
        true,
    ),
    b(
        TOP,
        Action::Top,
        "Home/End",
        "first/last",
        "first or last item (also g and G)",
        false,
    ),
    b(
        BOTTOM,
        Action::Bottom,
        "Home/End",
        "first/last",
        "first or last item (also g and G)",
        false,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "choose",
        "choose the highlighted item",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
    b(
        &[c('q')],
        Action::Quit,
        "q",
        "quit",
        "leave psw-coach (your notes stay on this computer)",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Back,
        "Esc",
        "back",
        "back (on the menu itself it says how to quit)",
        false,
    ),
];

const HOME_PICKER: &[Binding] = &[
    b(
        UP,
        Action::Up,
        "↑↓",
        "choose",
        "move through the list",
        true,
    ),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "choose",
        "move through the list",
        true,
    ),
    b(
        TOP,
        Action::Top,
        "Home/End",
        "first/last",
        "first or last in the list (also g and G)",
        false,
    ),
    b(
        BOTTOM,
        Action::Bottom,
        "Home/End",
        "first/last",
        "first or last in the list (also g and G)",
        false,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "start",
        "start rehearsing the highlighted one",
        true,
    ),
    b(
        &[k(KeyCode::Esc), c('q')],
        Action::Back,
        "Esc",
        "back",
        "back to the menu (also q)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const RECOVER: &[Binding] = &[
    b(
        UP,
        Action::Up,
        "↑↓",
        "choose",
        "move between drafts and what to do with one",
        true,
    ),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "choose",
        "move between drafts and what to do with one",
        true,
    ),
    b(
        TOP,
        Action::Top,
        "Home/End",
        "first/last",
        "first or last choice (also g and G)",
        false,
    ),
    b(
        BOTTOM,
        Action::Bottom,
        "Home/End",
        "first/last",
        "first or last choice (also g and G)",
        false,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "do it",
        "do the highlighted choice (resume, save, keep, discard)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const RECOVER_CONFIRM: &[Binding] = &[
    b(
        &[c('y')],
        Action::Confirm,
        "y",
        "yes, discard this draft for good",
        "discard the draft",
        true,
    ),
    b(
        &[c('n'), k(KeyCode::Esc)],
        Action::Cancel,
        "n",
        "no, keep it",
        "keep the draft (also Esc)",
        true,
    ),
];

/// Shared by both answering contexts.
const ANSWER_COMMON: [Binding; 8] = [
    b(
        &[ctrl('s')],
        Action::Save,
        "Ctrl-S",
        "save",
        "save the rehearsal so far and see the summary",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Pause,
        "Esc",
        "pause",
        "pause: resume, save and finish, or discard",
        true,
    ),
    b(
        &[k(KeyCode::F(1))],
        Action::Help,
        "F1",
        "help",
        "show or hide this help",
        true,
    ),
    b(
        &[k(KeyCode::BackTab)],
        Action::PreviousPart,
        "Shift-Tab",
        "back",
        "back to the previous part",
        true,
    ),
    b(
        &[ctrl('e')],
        Action::ToggleEarlier,
        "Ctrl-E",
        "earlier parts",
        "show or hide the earlier parts of this answer",
        false,
    ),
    b(&[ctrl('z')], Action::Undo, "Ctrl-Z", "undo", "undo", false),
    b(&[ctrl('y')], Action::Redo, "Ctrl-Y", "redo", "redo", false),
    b(
        &[],
        Action::Typing,
        "PgUp/PgDn",
        "scroll",
        "scroll a long answer; arrows, Home and End move in it",
        false,
    ),
];

const ANSWER: &[Binding] = &[
    b(
        &[k(KeyCode::Tab)],
        Action::NextPart,
        "Tab",
        "next part",
        "next part (done → difference → how you know → follow-up → rating)",
        true,
    ),
    ANSWER_COMMON[0],
    ANSWER_COMMON[1],
    ANSWER_COMMON[2],
    ANSWER_COMMON[3],
    ANSWER_COMMON[4],
    ANSWER_COMMON[5],
    ANSWER_COMMON[6],
    ANSWER_COMMON[7],
];

const FOLLOW_UP: &[Binding] = &[
    b(
        &[k(KeyCode::Tab)],
        Action::NextPart,
        "Tab",
        "next (empty skips)",
        "on to the next follow-up or the rating; with nothing typed, skips this follow-up",
        true,
    ),
    ANSWER_COMMON[0],
    ANSWER_COMMON[1],
    ANSWER_COMMON[2],
    ANSWER_COMMON[3],
    ANSWER_COMMON[4],
    ANSWER_COMMON[5],
    ANSWER_COMMON[6],
    ANSWER_COMMON[7],
];

const CUES: &[Binding] = &[
    b(
        &[c(' '), c('x')],
        Action::Toggle,
        "Space",
        "tick",
        "tick or untick the highlighted point: did your answer cover it? (also x)",
        true,
    ),
    b(
        UP,
        Action::Up,
        "↑↓",
        "move",
        "move through the points",
        true,
    ),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "move",
        "move through the points",
        true,
    ),
    b(
        TOP,
        Action::Top,
        "Home/End",
        "first/last",
        "the first or last point",
        false,
    ),
    b(
        BOTTOM,
        Action::Bottom,
        "Home/End",
        "first/last",
        "the first or last point",
        false,
    ),
    RATING[0],
    RATING[1],
    RATING[2],
    RATING[3],
    RATING[4],
    b(
        &[k(KeyCode::Tab)],
        Action::NextPart,
        "Tab",
        "rating",
        "move to the rating",
        true,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::NextQuestion,
        "Enter",
        "next question",
        "go on to the next question",
        true,
    ),
    b(
        &[k(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp/PgDn",
        "scroll",
        "scroll what your answer covered",
        false,
    ),
    b(
        &[k(KeyCode::PageDown)],
        Action::PageDown,
        "PgUp/PgDn",
        "scroll",
        "scroll what your answer covered",
        false,
    ),
    b(
        &[ctrl('s')],
        Action::Save,
        "Ctrl-S",
        "save",
        "save the rehearsal so far and see the summary",
        false,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Pause,
        "Esc",
        "pause",
        "pause: resume, save and finish, or discard",
        false,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
    b(
        &[k(KeyCode::BackTab)],
        Action::PreviousPart,
        "Shift-Tab",
        "back",
        "back to the follow-up",
        false,
    ),
];

const RATING: &[Binding] = &[
    b(
        &[c('1')],
        Action::Rate(1),
        "1-5",
        "rate",
        "rate your answer, 1 weak to 5 strong",
        true,
    ),
    b(
        &[c('2')],
        Action::Rate(2),
        "1-5",
        "rate",
        "rate your answer, 1 weak to 5 strong",
        true,
    ),
    b(
        &[c('3')],
        Action::Rate(3),
        "1-5",
        "rate",
        "rate your answer, 1 weak to 5 strong",
        true,
    ),
    b(
        &[c('4')],
        Action::Rate(4),
        "1-5",
        "rate",
        "rate your answer, 1 weak to 5 strong",
        true,
    ),
    b(
        &[c('5')],
        Action::Rate(5),
        "1-5",
        "rate",
        "rate your answer, 1 weak to 5 strong",
        true,
    ),
    b(
        &[k(KeyCode::Right), k(KeyCode::Up)],
        Action::RateUp,
        "←→",
        "change",
        "raise or lower the rating (also ↑ ↓)",
        false,
    ),
    b(
        &[k(KeyCode::Left), k(KeyCode::Down)],
        Action::RateDown,
        "←→",
        "change",
        "raise or lower the rating (also ↑ ↓)",
        false,
    ),
    b(
        &[k(KeyCode::Tab)],
        Action::NextPart,
        "Tab",
        "reflection",
        "move to the reflection box (or just start typing it)",
        true,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::NextQuestion,
        "Enter",
        "next question",
        "go on to the next question",
        true,
    ),
    b(
        &[k(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp/PgDn",
        "scroll",
        "scroll what your answer covered",
        false,
    ),
    b(
        &[k(KeyCode::PageDown)],
        Action::PageDown,
        "PgUp/PgDn",
        "scroll",
        "scroll what your answer covered",
        false,
    ),
    b(
        &[ctrl('s')],
        Action::Save,
        "Ctrl-S",
        "save",
        "save the rehearsal so far and see the summary",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Pause,
        "Esc",
        "pause",
        "pause: resume, save and finish, or discard",
        false,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
    b(
        &[k(KeyCode::BackTab)],
        Action::PreviousPart,
        "Shift-Tab",
        "back",
        "back to the follow-up",
        false,
    ),
];

const REFLECTION: &[Binding] = &[
    b(
        &[k(KeyCode::Enter)],
        Action::NextQuestion,
        "Enter",
        "next question",
        "go on to the next question",
        true,
    ),
    b(
        &[k(KeyCode::BackTab), k(KeyCode::Tab)],
        Action::PreviousPart,
        "Tab",
        "change rating",
        "back to the rating (also Shift-Tab)",
        true,
    ),
    b(
        &[k(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp/PgDn",
        "scroll",
        "scroll what your answer covered",
        false,
    ),
    b(
        &[k(KeyCode::PageDown)],
        Action::PageDown,
        "PgUp/PgDn",
        "scroll",
        "scroll what your answer covered",
        false,
    ),
    b(
        &[ctrl('s')],
        Action::Save,
        "Ctrl-S",
        "save",
        "save the rehearsal so far and see the summary",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Pause,
        "Esc",
        "pause",
        "pause: resume, save and finish, or discard",
        false,
    ),
    b(
        &[k(KeyCode::F(1))],
        Action::Help,
        "F1",
        "help",
        "show or hide this help",
        true,
    ),
    b(
        &[],
        Action::Typing,
        "Type",
        "reflect",
        "one line on what you would change next time",
        false,
    ),
];

const PAUSED: &[Binding] = &[
    b(
        // c and x as well: the pair practice menu's keys, so either habit works.
        &[c('r'), c('c'), k(KeyCode::Esc), k(KeyCode::Enter)],
        Action::Resume,
        "r",
        "resume",
        "resume the rehearsal (also Esc or Enter)",
        true,
    )
    .also("c", "also resumes (the key pair practice uses)"),
    b(
        &[c('s'), c('q')],
        Action::SaveAndFinish,
        "s",
        "save and finish",
        "save what you have and see the summary (also q)",
        true,
    ),
    b(
        &[c('d'), c('x')],
        Action::AskDiscard,
        "d",
        "discard",
        "discard this rehearsal (asks you to confirm)",
        true,
    )
    .also("x", "also discards (the key pair practice uses)"),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const CONFIRM_DISCARD: &[Binding] = &[
    b(
        &[c('y')],
        Action::Confirm,
        "y",
        "yes, discard",
        "throw this rehearsal away",
        true,
    ),
    b(
        &[c('n'), k(KeyCode::Esc)],
        Action::Cancel,
        "n",
        "no, go back",
        "keep it and go back (also Esc)",
        true,
    ),
];

const CONFIDENTIAL: &[Binding] = &[
    b(
        &[c('e'), k(KeyCode::Esc)],
        Action::EditFirst,
        "e",
        "edit the answer first",
        "go to the part that holds the detail (also Esc)",
        true,
    ),
    b(
        &[c('c'), k(KeyCode::Enter)],
        Action::KeepAnyway,
        "c",
        "keep it as it is",
        "keep the answer unchanged (also Enter)",
        true,
    ),
];

const SAVE_FAILED: &[Binding] = &[
    b(
        &[ctrl('s'), c('r')],
        Action::Save,
        "Ctrl-S",
        "try again",
        "try saving again once the cause is fixed (also r)",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Back,
        "Esc",
        "back to your answers",
        "close this message; your answers stay on screen",
        true,
    ),
];

const UNSAVED: &[Binding] = &[
    b(
        &[ctrl('s')],
        Action::Save,
        "Ctrl-S",
        "save",
        "try saving the note again once the cause is fixed",
        true,
    ),
    b(
        &[k(KeyCode::PageUp), k(KeyCode::Up)],
        Action::PageUp,
        "PgUp/PgDn",
        "scroll",
        "scroll your answers (also ↑ ↓)",
        true,
    ),
    b(
        &[k(KeyCode::PageDown), k(KeyCode::Down)],
        Action::PageDown,
        "PgUp/PgDn",
        "scroll",
        "scroll your answers (also ↑ ↓)",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Pause,
        "Esc",
        "more",
        "save and finish, or discard",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const SUMMARY: &[Binding] = &[
    b(
        &[c('n')],
        Action::Again,
        "n",
        "another rehearsal",
        "start another rehearsal of the same kind",
        true,
    ),
    b(
        &[c('r')],
        Action::Review,
        "r",
        "review",
        "review every past session: read answers back, compare attempts",
        true,
    ),
    b(
        UP,
        Action::Up,
        "↑↓",
        "scroll",
        "scroll (also j k, PgUp PgDn)",
        true,
    ),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "scroll",
        "scroll (also j k, PgUp PgDn)",
        true,
    ),
    b(
        &[k(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp/PgDn",
        "page",
        "scroll a page",
        false,
    ),
    b(
        &[k(KeyCode::PageDown)],
        Action::PageDown,
        "PgUp/PgDn",
        "page",
        "scroll a page",
        false,
    ),
    b(
        TOP,
        Action::Top,
        "Home/End",
        "top/end",
        "to the top or the end (also g and G)",
        false,
    ),
    b(
        BOTTOM,
        Action::Bottom,
        "Home/End",
        "top/end",
        "to the top or the end (also g and G)",
        false,
    ),
    b(
        &[c('q'), k(KeyCode::Esc), k(KeyCode::Enter)],
        Action::Back,
        "q",
        "done",
        "back to the home screen (also Esc or Enter)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const HELP: &[Binding] = &[
    b(
        &[c('?'), k(KeyCode::F(1)), k(KeyCode::Esc), c('q')],
        Action::Back,
        "? / Esc",
        "close",
        "close this help (also F1 or q)",
        true,
    ),
    b(UP, Action::Up, "↑↓", "scroll", "scroll this help", true),
    b(DOWN, Action::Down, "↑↓", "scroll", "scroll this help", true),
    b(
        &[k(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp/PgDn",
        "page",
        "scroll a page",
        false,
    ),
    b(
        &[k(KeyCode::PageDown)],
        Action::PageDown,
        "PgUp/PgDn",
        "page",
        "scroll a page",
        false,
    ),
];

// Pair practice: the colleague playing the assessor holds the keyboard, except on the hand-over.

const RATE_KEYS: [Binding; 7] = [
    b(
        &[c('1')],
        Action::Rate(1),
        "1-5",
        "rate",
        "rate 1 (weak) to 5 (strong)",
        true,
    ),
    b(
        &[c('2')],
        Action::Rate(2),
        "1-5",
        "rate",
        "rate 1 (weak) to 5 (strong)",
        true,
    ),
    b(
        &[c('3')],
        Action::Rate(3),
        "1-5",
        "rate",
        "rate 1 (weak) to 5 (strong)",
        true,
    ),
    b(
        &[c('4')],
        Action::Rate(4),
        "1-5",
        "rate",
        "rate 1 (weak) to 5 (strong)",
        true,
    ),
    b(
        &[c('5')],
        Action::Rate(5),
        "1-5",
        "rate",
        "rate 1 (weak) to 5 (strong)",
        true,
    ),
    b(
        &[k(KeyCode::Right), k(KeyCode::Up)],
        Action::RateUp,
        "←→",
        "change rating",
        "raise the rating (Right or Up)",
        false,
    ),
    b(
        &[k(KeyCode::Left), k(KeyCode::Down)],
        Action::RateDown,
        "←→",
        "change rating",
        "lower the rating (Left or Down)",
        false,
    ),
];

const PAIR_ASKING: &[Binding] = &[
    b(
        &[c('1')],
        Action::TickPart(1),
        "1 2 3",
        "parts heard",
        "tick a part as you hear it: 1 what they did, 2 the difference, 3 how they know",
        true,
    ),
    b(
        &[c('2')],
        Action::TickPart(2),
        "1 2 3",
        "parts heard",
        "tick a part as you hear it: 1 what they did, 2 the difference, 3 how they know",
        true,
    ),
    b(
        &[c('3')],
        Action::TickPart(3),
        "1 2 3",
        "parts heard",
        "tick a part as you hear it: 1 what they did, 2 the difference, 3 how they know",
        true,
    ),
    // Arrows only: j and k are letters of a note the colleague starts typing.
    b(
        &[k(KeyCode::Up)],
        Action::Up,
        "↑↓",
        "move",
        "move through the probes and cues",
        false,
    ),
    b(
        &[k(KeyCode::Down)],
        Action::Down,
        "↑↓",
        "move",
        "move through the probes and cues",
        false,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::Toggle,
        "Enter",
        "tick",
        "tick the highlighted probe (asked) or cue (heard); again to untick",
        true,
    ),
    b(
        &[c(' ')],
        Action::TogglePause,
        "Space",
        "pause",
        "pause the clocks, or carry on",
        true,
    ),
    b(
        &[k(KeyCode::Tab)],
        Action::NextPart,
        "Tab",
        "notes",
        "type observations while you listen (or just start typing: letters go there)",
        true,
    ),
    b(
        // Not a letter: a note that starts with "d" must not end the PSW's answer.
        &[ctrl('d')],
        Action::Done,
        "Ctrl-D",
        "done",
        "the PSW has finished answering: stop the clock and give feedback",
        true,
    ),
    b(
        &[ctrl('t')],
        Action::ToggleTip,
        "Ctrl-T",
        "tip",
        "show or hide the tip",
        false,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Pause,
        "Esc",
        "menu",
        "pause: carry on, save and finish, or discard",
        false,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const PAIR_OBSERVATIONS: &[Binding] = &[
    b(
        &[k(KeyCode::Tab), k(KeyCode::Esc)],
        Action::Back,
        "Tab",
        "back to ticks",
        "back to the ticks and probes (also Esc); the clock keeps running",
        true,
    ),
    b(
        &[k(KeyCode::F(1))],
        Action::Help,
        "F1",
        "help",
        "show or hide this help",
        true,
    ),
    b(&[ctrl('z')], Action::Undo, "Ctrl-Z", "undo", "undo", false),
    b(&[ctrl('y')], Action::Redo, "Ctrl-Y", "redo", "redo", false),
    b(
        &[],
        Action::Typing,
        "Type",
        "observe",
        "what you notice: phrases, gaps, strong moments",
        false,
    ),
];

const PAIR_RATING: &[Binding] = &[
    RATE_KEYS[0],
    RATE_KEYS[1],
    RATE_KEYS[2],
    RATE_KEYS[3],
    RATE_KEYS[4],
    RATE_KEYS[5],
    RATE_KEYS[6],
    b(
        &[k(KeyCode::Tab)],
        Action::NextPart,
        "Tab",
        "keep/stop/start",
        "type Keep, Stop and Start (or just start typing Keep)",
        true,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::NextQuestion,
        "Enter",
        "hand over",
        "hand the keyboard to the PSW to rate themselves",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Back,
        "Esc",
        "back",
        "back to listening: the clock runs again",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        false,
    ),
];

const PAIR_FEEDBACK: &[Binding] = &[
    b(
        &[k(KeyCode::Tab), k(KeyCode::Enter)],
        Action::NextPart,
        "Tab",
        "next",
        "on to the next box (also Enter)",
        true,
    ),
    b(
        &[k(KeyCode::BackTab)],
        Action::PreviousPart,
        "Shift-Tab",
        "previous",
        "back to the previous box",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Back,
        "Esc",
        "rating",
        "back to your rating",
        true,
    ),
    b(
        &[k(KeyCode::F(1))],
        Action::Help,
        "F1",
        "help",
        "show or hide this help",
        true,
    ),
    b(&[ctrl('z')], Action::Undo, "Ctrl-Z", "undo", "undo", false),
    b(&[ctrl('y')], Action::Redo, "Ctrl-Y", "redo", "redo", false),
    b(
        &[],
        Action::Typing,
        "Type",
        "feedback",
        "a line each: what worked, what to drop, what to add",
        false,
    ),
];

const PAIR_HAND_OVER: &[Binding] = &[
    RATE_KEYS[0],
    RATE_KEYS[1],
    RATE_KEYS[2],
    RATE_KEYS[3],
    RATE_KEYS[4],
    RATE_KEYS[5],
    RATE_KEYS[6],
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "compare",
        "show both ratings side by side",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const PAIR_COMPARE: &[Binding] = &[
    b(
        &[k(KeyCode::Enter), c('n')],
        Action::NextQuestion,
        "Enter",
        "next question",
        "on to the next question (also n); after the last, the end",
        true,
    ),
    b(
        UP,
        Action::Up,
        "↑↓",
        "scroll",
        "scroll the comparison",
        true,
    ),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "scroll",
        "scroll the comparison",
        true,
    ),
    b(
        &[k(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp/PgDn",
        "scroll",
        "scroll a page",
        false,
    ),
    b(
        &[k(KeyCode::PageDown)],
        Action::PageDown,
        "PgUp/PgDn",
        "scroll",
        "scroll a page",
        false,
    ),
    b(
        &[k(KeyCode::Esc), c('q')],
        Action::Pause,
        "Esc",
        "menu",
        "pause: carry on, save and finish, or discard (also q)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const PAIR_MENU: &[Binding] = &[
    b(
        // r and d as well: the rehearsal pause menu's keys, so either habit works.
        &[c('c'), c('r'), k(KeyCode::Esc), c(' ')],
        Action::Resume,
        "c",
        "carry on",
        "carry on where you were (also Esc or Space)",
        true,
    )
    .also("r", "also carries on (the key a rehearsal alone uses)"),
    b(
        &[c('s')],
        Action::SaveAndFinish,
        "s",
        "save and finish",
        "end the session here and save it",
        true,
    ),
    b(
        &[c('x'), c('d')],
        Action::AskDiscard,
        "x",
        "discard",
        "throw this session away (asks you to confirm)",
        true,
    )
    .also("d", "also discards (the key a rehearsal alone uses)"),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const PAIR_CONFIRM_DISCARD: &[Binding] = &[
    b(
        &[c('y')],
        Action::Confirm,
        "y",
        "yes, discard",
        "throw the session away; nothing is saved",
        true,
    ),
    b(
        &[c('n'), k(KeyCode::Esc)],
        Action::Cancel,
        "n",
        "no, keep it",
        "keep the session (also Esc)",
        true,
    ),
];

const PAIR_INITIALS: &[Binding] = &[
    b(
        &[k(KeyCode::Enter)],
        Action::Save,
        "Enter",
        "save",
        "save the session as a note",
        true,
    ),
    b(
        &[k(KeyCode::Tab), k(KeyCode::BackTab)],
        Action::NextPart,
        "Tab",
        "other initials",
        "move between the two boxes (also Shift-Tab)",
        true,
    ),
    b(
        &[k(KeyCode::F(1))],
        Action::Help,
        "F1",
        "help",
        "show or hide this help",
        true,
    ),
    b(
        &[],
        Action::Typing,
        "Type",
        "initials",
        "initials are optional; leave them empty if you prefer",
        false,
    ),
];

const PAIR_SAVED: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "move", "move through the plans", true),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "move",
        "move through the plans",
        true,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "swap and go",
        "swap roles and start the highlighted plan",
        true,
    ),
    b(
        &[c('q'), k(KeyCode::Esc)],
        Action::Back,
        "q",
        "finish",
        "back to the start (also Esc)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const PAIR_PICK: &[Binding] = &[
    b(
        UP,
        Action::Up,
        "↑↓",
        "move",
        "move through the questions",
        true,
    ),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "move",
        "move through the questions",
        true,
    ),
    b(
        TOP,
        Action::Top,
        "Home/End",
        "first/last",
        "first or last question (also g and G)",
        false,
    ),
    b(
        BOTTOM,
        Action::Bottom,
        "Home/End",
        "first/last",
        "first or last question (also g and G)",
        false,
    ),
    b(
        &[c(' '), c('x')],
        Action::Toggle,
        "Space",
        "tick",
        "tick or untick the highlighted question (also x)",
        true,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "start",
        "start with the ticked questions (with none ticked, the plan's own)",
        true,
    ),
    b(
        &[k(KeyCode::Esc), c('q')],
        Action::Back,
        "Esc",
        "back",
        "back to the start (also q)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const REVIEW: &[Binding] = &[
    b(
        UP,
        Action::Up,
        "↑↓",
        "move",
        "move through the sessions (also j k)",
        false,
    ),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "move",
        "move through the sessions (also j k)",
        false,
    ),
    b(
        &[k(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp/PgDn",
        "page",
        "a page up or down",
        false,
    ),
    b(
        &[k(KeyCode::PageDown)],
        Action::PageDown,
        "PgUp/PgDn",
        "page",
        "a page up or down",
        false,
    ),
    b(
        TOP,
        Action::Top,
        "Home/End",
        "newest/oldest",
        "the newest or the oldest session (also g and G)",
        false,
    ),
    b(
        BOTTOM,
        Action::Bottom,
        "Home/End",
        "newest/oldest",
        "the newest or the oldest session (also g and G)",
        false,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "open",
        "read the highlighted session back",
        true,
    ),
    b(
        &[c('t')],
        Action::FilterTopic,
        "t",
        "topic",
        "show one topic, then the next (after the last, all again)",
        true,
    ),
    b(
        &[c('s')],
        Action::FilterStatement,
        "s",
        "statement",
        "show one quality statement, then the next",
        true,
    ),
    b(
        &[c('r')],
        Action::FilterRating,
        "r",
        "rating",
        "show answers rated 1-2, then 3, then 4-5, then not rated",
        true,
    ),
    b(
        &[c('a')],
        Action::FilterKind,
        "a",
        "alone/pair",
        "show rehearsals alone, then pair practice, then both",
        false,
    ),
    b(
        &[c('/')],
        Action::Search,
        "/",
        "find",
        "find words you typed in any answer",
        true,
    ),
    b(
        &[c('x')],
        Action::ClearFilters,
        "x",
        "clear",
        "clear every filter",
        false,
    ),
    b(
        &[c('u')],
        Action::ShowSkipped,
        "u",
        "unread notes",
        "show or hide the notes that could not be read, and why",
        false,
    ),
    b(
        &[c('p')],
        Action::Progress,
        "p",
        "progress",
        "coverage, trends and today's practice",
        true,
    ),
    b(
        &[k(KeyCode::Esc), c('q')],
        Action::Back,
        "Esc",
        "back",
        "back (also q)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const REVIEW_SEARCH: &[Binding] = &[
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "find",
        "show the sessions whose answers hold these words (empty shows all)",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Back,
        "Esc",
        "cancel",
        "stop typing; the filters stay as they were",
        true,
    ),
    b(
        &[],
        Action::Typing,
        "type",
        "the words",
        "type the words to find (any case)",
        true,
    ),
];

const REVIEW_SESSION: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "scroll", "scroll (also j k)", true),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "scroll",
        "scroll (also j k)",
        true,
    ),
    b(
        &[k(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp/PgDn",
        "page",
        "scroll a page",
        false,
    ),
    b(
        &[k(KeyCode::PageDown)],
        Action::PageDown,
        "PgUp/PgDn",
        "page",
        "scroll a page",
        false,
    ),
    b(
        &[k(KeyCode::Tab)],
        Action::NextPart,
        "Tab",
        "next answer",
        "bring the next answer to the top (the one a, t act on)",
        true,
    ),
    b(
        &[k(KeyCode::BackTab)],
        Action::PreviousPart,
        "Shift-Tab",
        "previous answer",
        "bring the previous answer to the top",
        false,
    ),
    b(
        TOP,
        Action::Top,
        "Home/End",
        "first/last",
        "the first or the last answer (also g and G)",
        false,
    ),
    b(
        BOTTOM,
        Action::Bottom,
        "Home/End",
        "first/last",
        "the first or the last answer (also g and G)",
        false,
    ),
    b(
        &[c('a')],
        Action::Attempts,
        "a",
        "attempts",
        "every attempt at the marked question, latest beside best",
        true,
    ),
    b(
        &[c('t')],
        Action::TryAgain,
        "t",
        "try again",
        "practise the marked question again now",
        true,
    ),
    b(
        &[k(KeyCode::Esc), c('q')],
        Action::Back,
        "Esc",
        "back",
        "back to the list (also q)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const ATTEMPTS: &[Binding] = &[
    b(
        UP,
        Action::Up,
        "↑↓",
        "choose attempt",
        "choose the attempt shown beside the latest (also j k)",
        true,
    ),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "choose attempt",
        "choose the attempt shown beside the latest (also j k)",
        true,
    ),
    b(
        TOP,
        Action::Top,
        "Home/End",
        "latest/first",
        "the latest or the first attempt (also g and G)",
        false,
    ),
    b(
        BOTTOM,
        Action::Bottom,
        "Home/End",
        "latest/first",
        "the latest or the first attempt (also g and G)",
        false,
    ),
    b(
        &[c('t')],
        Action::TryAgain,
        "t",
        "try again",
        "practise this question again now",
        true,
    ),
    b(
        &[c('e')],
        Action::Refine,
        "e",
        "refine",
        "edit the chosen answer and save it as a new note marked as your best",
        true,
    ),
    b(
        &[k(KeyCode::PageUp)],
        Action::PageUp,
        "PgUp/PgDn",
        "scroll",
        "scroll the answers",
        true,
    ),
    b(
        &[k(KeyCode::PageDown)],
        Action::PageDown,
        "PgUp/PgDn",
        "scroll",
        "scroll the answers",
        true,
    ),
    b(
        &[k(KeyCode::Esc), c('q')],
        Action::Back,
        "Esc",
        "back",
        "back (also q)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const REFINE: &[Binding] = &[
    b(
        &[k(KeyCode::Tab)],
        Action::NextPart,
        "Tab",
        "next part",
        "edit the next part of the answer",
        true,
    ),
    b(
        &[k(KeyCode::BackTab)],
        Action::PreviousPart,
        "Shift-Tab",
        "previous part",
        "edit the previous part",
        false,
    ),
    b(
        &[ctrl('s')],
        Action::Save,
        "Ctrl-S",
        "save as new note",
        "save as a new note with its own rating; the original stays as it is",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Back,
        "Esc",
        "back",
        "leave (asks first if there are changes)",
        true,
    ),
    b(
        &[],
        Action::Typing,
        "type",
        "edit",
        "type to change the answer; arrows, Home and End move; on the rating, type 1 to 5",
        false,
    ),
    b(
        &[k(KeyCode::F(1))],
        Action::Help,
        "F1",
        "help",
        "show or hide this help",
        true,
    ),
];

const PROGRESS: &[Binding] = &[
    b(
        &[k(KeyCode::Tab)],
        Action::NextPart,
        "Tab",
        "next page",
        "the next page: statements and today, topics, trends",
        true,
    ),
    b(
        &[k(KeyCode::BackTab)],
        Action::PreviousPart,
        "Shift-Tab",
        "previous page",
        "the previous page",
        false,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "start today's",
        "start the questions suggested for today that are not done yet",
        true,
    ),
    b(
        &[c('s')],
        Action::Settings,
        "s",
        "settings",
        "on-site date, theme and more",
        true,
    ),
    b(
        &[k(KeyCode::Esc), c('q')],
        Action::Back,
        "Esc",
        "back",
        "back (also q)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const SETTINGS: &[Binding] = &[
    b(
        UP,
        Action::Up,
        "↑↓",
        "move",
        "move through the settings (also j k)",
        true,
    ),
    b(
        DOWN,
        Action::Down,
        "↑↓",
        "move",
        "move through the settings (also j k)",
        true,
    ),
    b(
        TOP,
        Action::Top,
        "Home/End",
        "first/last",
        "the first or last setting (also g and G)",
        false,
    ),
    b(
        BOTTOM,
        Action::Bottom,
        "Home/End",
        "first/last",
        "the first or last setting (also g and G)",
        false,
    ),
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "change",
        "change the highlighted setting (type a date, or step to the next choice)",
        true,
    ),
    b(
        &[k(KeyCode::Left), c('h'), c('-')],
        Action::Decrease,
        "←→",
        "less/more",
        "one step down or up (also h and l, or - and +)",
        true,
    ),
    b(
        &[k(KeyCode::Right), c('l'), c('+')],
        Action::Increase,
        "←→",
        "less/more",
        "one step down or up (also h and l, or - and +)",
        true,
    ),
    b(
        &[k(KeyCode::Esc), c('q')],
        Action::Back,
        "Esc",
        "back",
        "back; every change is saved already (also q)",
        true,
    ),
    b(
        HELP_KEYS,
        Action::Help,
        "?",
        "help",
        "show or hide this help (also F1)",
        true,
    ),
];

const SETTINGS_DATE: &[Binding] = &[
    b(
        &[k(KeyCode::Enter)],
        Action::Choose,
        "Enter",
        "set",
        "set this date (an empty one clears it)",
        true,
    ),
    b(
        &[k(KeyCode::Esc)],
        Action::Back,
        "Esc",
        "cancel",
        "leave the date as it was",
        true,
    ),
    b(
        &[],
        Action::Typing,
        "type",
        "the date",
        "type the date, for example 2027-01-14 or 14/01/2027",
        true,
    ),
];

/// The bindings of one context, in footer order.
pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Home => HOME,
        Context::HomePicker => HOME_PICKER,
        Context::Recover => RECOVER,
        Context::RecoverConfirm => RECOVER_CONFIRM,
        Context::Answer => ANSWER,
        Context::FollowUp => FOLLOW_UP,
        Context::Cues => CUES,
        Context::Rating => RATING,
        Context::Reflection => REFLECTION,
        Context::Paused => PAUSED,
        Context::ConfirmDiscard => CONFIRM_DISCARD,
        Context::Confidential => CONFIDENTIAL,
        Context::SaveFailed => SAVE_FAILED,
        Context::Unsaved => UNSAVED,
        Context::Summary => SUMMARY,
        Context::Help => HELP,
        Context::PairAsking => PAIR_ASKING,
        Context::PairObservations => PAIR_OBSERVATIONS,
        Context::PairRating => PAIR_RATING,
        Context::PairFeedback => PAIR_FEEDBACK,
        Context::PairHandOver => PAIR_HAND_OVER,
        Context::PairCompare => PAIR_COMPARE,
        Context::PairMenu => PAIR_MENU,
        Context::PairConfirmDiscard => PAIR_CONFIRM_DISCARD,
        Context::PairInitials => PAIR_INITIALS,
        Context::PairSaved => PAIR_SAVED,
        Context::PairPick => PAIR_PICK,
        Context::Review => REVIEW,
        Context::ReviewSearch => REVIEW_SEARCH,
        Context::ReviewSession => REVIEW_SESSION,
        Context::Attempts => ATTEMPTS,
        Context::Refine => REFINE,
        Context::Progress => PROGRESS,
        Context::Settings => SETTINGS,
        Context::SettingsDate => SETTINGS_DATE,
    }
}

fn matches(binding_key: &Key, key: &KeyEvent) -> bool {
    // Terminals differ on whether Shift comes with a shifted character or Shift-Tab; the
    // character itself says it.
    let strip = match key.code {
        KeyCode::Char(_) | KeyCode::BackTab => KeyModifiers::SHIFT,
        _ => KeyModifiers::empty(),
    };
    let wanted = KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT;
    binding_key.0 == key.code && (key.modifiers & wanted & !strip) == binding_key.1
}

/// What `key` means in `context`: the context's own map, then the keys that work everywhere,
/// then (where text is typed) the key itself as typing.
pub fn action_for(context: Context, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    bindings(context)
        .iter()
        .chain(GLOBAL)
        .find(|b| b.keys.iter().any(|k| matches(k, &key)))
        .map(|b| b.action)
        .or_else(|| {
            let printable = matches!(key.code, KeyCode::Char(_))
                && !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
            (context.takes_text() || (context.types_into_next_box() && printable))
                .then_some(Action::Type(key))
        })
}

/// The footer: each label once, in map order.
pub fn footer(context: Context) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for b in bindings(context).iter().filter(|b| b.footer) {
        if !out.iter().any(|(k, l)| *k == b.key_label && *l == b.label) {
            out.push((b.key_label, b.label));
        }
    }
    out
}

/// The help lines for a context: each key once, with its sentence, then the keys that work
/// everywhere.
pub fn help(context: Context) -> Vec<(&'static str, &'static str)> {
    let own = bindings(context);
    // A key that works everywhere is listed only where the context does not use it already.
    let global = GLOBAL.iter().filter(|g| {
        !own.iter()
            .any(|b| b.keys.iter().any(|k| g.keys.contains(k)))
    });
    let mut out: Vec<(&str, &str)> = Vec::new();
    for b in own.iter().chain(global) {
        for row in std::iter::once((b.key_label, b.help)).chain(b.alias) {
            if !out.contains(&row) {
                out.push(row);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_context_has_a_footer_that_fits_at_80_columns() {
        for context in Context::ALL {
            let footer = footer(context);
            assert!(!footer.is_empty(), "{context:?}");
            let width: usize = footer
                .iter()
                .map(|(k, l)| k.chars().count() + 1 + l.chars().count() + 2)
                .sum();
            assert!(width <= 82, "{context:?} footer is {width} wide");
        }
    }

    #[test]
    fn one_key_means_one_thing_in_each_context() {
        for context in Context::ALL {
            let all: Vec<(Key, Action)> = bindings(context)
                .iter()
                .flat_map(|b| b.keys.iter().map(move |k| (*k, b.action)))
                .collect();
            for (i, (key, action)) in all.iter().enumerate() {
                for (other, other_action) in &all[i + 1..] {
                    assert!(
                        key != other || action == other_action,
                        "{context:?}: {key:?} is bound twice"
                    );
                }
            }
        }
    }

    #[test]
    fn shift_on_a_character_does_not_stop_it_matching() {
        let key = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(action_for(Context::Home, key), Some(Action::Help));
        let key = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for(Context::Summary, key), Some(Action::Bottom));
    }

    #[test]
    fn in_a_text_box_an_unmapped_key_types() {
        let key = KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE);
        assert_eq!(
            action_for(Context::Reflection, key),
            Some(Action::Type(key))
        );
        assert_eq!(action_for(Context::Rating, key), Some(Action::Rate(3)));
        assert_eq!(action_for(Context::Home, key), None);
        // Beside the reflection box, a letter that is no key there is typing meant for the box.
        let letter = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
        for context in [Context::Rating, Context::Cues, Context::PairRating] {
            assert_eq!(action_for(context, letter), Some(Action::Type(letter)));
            let ctrl_l = KeyEvent::new(KeyCode::Char('l'), KeyModifiers::CONTROL);
            assert_eq!(action_for(context, ctrl_l), None, "{context:?}");
            assert_eq!(action_for(context, KeyEvent::from(KeyCode::F(5))), None);
        }
    }

    /// Every letter a context handles is named in its help, as a key or in an "(also …)". Not
    /// j, k, g and G: beside the arrows, Home and End everywhere, they are the usual stand-ins.
    #[test]
    fn every_letter_handled_is_named_in_help() {
        let named = |text: &str, key: &str| {
            text.split(|c: char| c.is_whitespace() || "/(),".contains(c))
                .any(|w| w == key)
        };
        let mut missing = Vec::new();
        for context in Context::ALL {
            let help = help(context);
            for binding in bindings(context) {
                for key in binding.keys.iter().filter(|k| k.1.is_empty()) {
                    let KeyCode::Char(ch) = key.0 else {
                        continue;
                    };
                    if !ch.is_ascii_alphabetic() || "jkgG".contains(ch) {
                        continue;
                    }
                    let key = ch.to_string();
                    if !help.iter().any(|(k, h)| named(k, &key) || named(h, &key)) {
                        missing.push(format!("{context:?}: {ch} ({})", binding.help));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "not in help:\n{}", missing.join("\n"));
    }

    #[test]
    fn the_pause_menus_name_each_others_keys_in_help_not_the_footer() {
        for (context, keys) in [
            (Context::Paused, ["c", "x"]),
            (Context::PairMenu, ["r", "d"]),
        ] {
            let help = help(context);
            for key in keys {
                assert!(help.iter().any(|(k, _)| *k == key), "{context:?} {key}");
                assert!(!footer(context).iter().any(|(k, _)| *k == key));
            }
        }
    }
}
