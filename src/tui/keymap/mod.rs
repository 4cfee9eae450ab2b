//! The one key map: for every screen (and every focus or panel within it), which key means which
//! action, and the words that explain it. Key handling, the footer and the help screen all read
//! this table, so a key is written once and the hints can never disagree with what a key does.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Answer boxes where Ctrl-Z (undo) is said on screen when pressed, with how to stop for now:
/// those a rehearsal or pair session is typed in, where Esc pauses and Ctrl-Z then stops.
pub fn undo_is_said(context: Context) -> bool {
    context.is_session_box()
}

/// A table of bindings made of parts, one after another: a group several tables share (the
/// rating keys, the answer box's keys) is written once and each table takes the whole of it, so
/// a key added to the group reaches every table that has it.
macro_rules! table {
    ($($part:expr),+ $(,)?) => {{
        const PARTS: &[&[Binding]] = &[$($part),+];
        &$crate::tui::keymap::join::<{ $crate::tui::keymap::total(PARTS) }>(PARTS)
    }};
}

mod evidence;
mod figures;
mod help;
mod home;
mod pair;
mod progress;
mod refine;
mod rehearse;
mod review;
mod settings;
mod summary;

use evidence::*;
use figures::*;
use help::*;
use home::*;
use pair::*;
use progress::*;
use refine::*;
use rehearse::*;
use review::*;
use settings::*;
use summary::*;

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
    /// Pair practice: typing Keep or Stop.
    PairFeedback,
    /// Pair practice: typing Start, the last box, where Enter hands the keyboard over.
    PairFeedbackStart,
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
    /// Progress's what-good-looks-like page, where Enter practises the chosen statement.
    ProgressGood,
    /// The settings list.
    Settings,
    /// Typing the on-site date.
    SettingsDate,
    /// The figures drill: typing a figure.
    FiguresDrill,
    /// The figures drill: how it went.
    FiguresDone,
    /// The evidence register's figures and stories.
    EvidenceList,
    /// Asking to be sure before a figure or story is deleted.
    EvidenceConfirm,
    /// Choosing what to add to the register: a figure or a story.
    EvidenceAdd,
    /// Typing a figure's or story's fields.
    EvidenceForm,
    /// Leaving the form with changes not saved: asking first.
    EvidenceLeave,
    /// Possible identifying details in a story, before it is kept.
    EvidenceDetails,
}

impl Context {
    /// Every context, for tests that walk the whole map.
    pub const ALL: [Context; 45] = [
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
        Context::PairFeedbackStart,
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
        Context::ProgressGood,
        Context::Settings,
        Context::SettingsDate,
        Context::FiguresDrill,
        Context::FiguresDone,
        Context::EvidenceList,
        Context::EvidenceConfirm,
        Context::EvidenceAdd,
        Context::EvidenceForm,
        Context::EvidenceLeave,
        Context::EvidenceDetails,
    ];

    /// In these, a key that is not in the map types into a text box.
    /// Beside a text box, where a printable character that is no key here is typing meant for
    /// the box: the screen moves the focus there and types it, rather than dropping it unseen
    /// (a reflection typed on the rating step lost its first words). On the figures drill's done
    /// screen it is an answer typed on after the round ended, which the screen lets go and says
    /// so, rather than taking an `n` in it as "again".
    pub fn types_into_next_box(self) -> bool {
        matches!(
            self,
            Context::Cues
                | Context::Rating
                | Context::PairRating
                | Context::PairAsking
                | Context::FiguresDone
        )
    }

    /// The boxes a rehearsal or pair session is typed in: Esc there pauses the session (it does
    /// not leave it), and Ctrl-Z is undo.
    pub fn is_session_box(self) -> bool {
        matches!(
            self,
            Context::Answer
                | Context::FollowUp
                | Context::Reflection
                | Context::PairObservations
                | Context::PairFeedback
                | Context::PairFeedbackStart
        )
    }

    pub fn takes_text(self) -> bool {
        self.is_session_box()
            || matches!(
                self,
                Context::PairInitials
                    | Context::ReviewSearch
                    | Context::Refine
                    | Context::SettingsDate
                    | Context::FiguresDrill
                    | Context::EvidenceForm
                    | Context::HomePicker
            )
    }
}

/// What a key press means. Screens act on these; none of them sees raw keys except as `Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave at once, keeping whatever is typed as a draft (Ctrl-C).
    Quit,
    /// Stop for now, as a terminal program does on Ctrl-Z: the draft is kept, the terminal given
    /// back, and `fg` brings the app back (where Ctrl-Z is not undo in a text box).
    Suspend,
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
    /// Rehearse: leave this follow-up unanswered (saved as skipped).
    SkipFollowUp,
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
    /// Review: step the list's order (newest first, by topic, weakest first).
    Sort,
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
    /// Home: the evidence register's screen.
    Evidence,
    /// The evidence screen: add a figure or a story (asks which).
    Add,
    AddFigure,
    AddStory,
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

/// Whether a binding is named in the footer, or in help only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Footer {
    Shown,
    HelpOnly,
}

/// One binding, in the order the tables read: keys, action, key label, footer label, help
/// sentence, and whether the footer names it.
const fn b(
    keys: &'static [Key],
    action: Action,
    key_label: &'static str,
    label: &'static str,
    help: &'static str,
    footer: Footer,
) -> Binding {
    Binding {
        keys,
        action,
        key_label,
        label,
        help,
        footer: matches!(footer, Footer::Shown),
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

/// How many bindings `parts` hold together: the length of the table [`join`] makes of them.
const fn total(parts: &[&[Binding]]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < parts.len() {
        n += parts[i].len();
        i += 1;
    }
    n
}

/// `parts` one after another as one table of `N` bindings (see `table!`).
const fn join<const N: usize>(parts: &[&[Binding]]) -> [Binding; N] {
    // Each slot is overwritten below; a table of the wrong length does not compile.
    let mut out = [b(&[], Action::Typing, "", "", "", Footer::HelpOnly); N];
    let mut at = 0;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[at] = parts[i][j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    assert!(at == N, "a table is as long as its parts together");
    out
}

const UP: &[Key] = &[k(KeyCode::Up), c('k')];
const DOWN: &[Key] = &[k(KeyCode::Down), c('j')];
const TOP: &[Key] = &[k(KeyCode::Home), c('g')];
const BOTTOM: &[Key] = &[k(KeyCode::End), c('G')];
const HELP_KEYS: &[Key] = &[c('?'), k(KeyCode::F(1))];

/// Help on `?` (or F1), where `?` is not typing.
#[rustfmt::skip]
pub(super) const HELP: Binding = b(HELP_KEYS, Action::Help, "?", "help", "show or hide this help (also F1)", Footer::Shown);

/// Help on F1 only, where `?` types into a box.
#[rustfmt::skip]
pub(super) const HELP_F1: Binding = b(&[k(KeyCode::F(1))], Action::Help, "F1", "help", "show or hide this help", Footer::Shown);

/// Ctrl-S in a rehearsal: save what there is and see the summary.
#[rustfmt::skip]
pub(super) const SAVE_REHEARSAL: Binding = b(&[ctrl('s')], Action::Save, "Ctrl-S", "save", "save the rehearsal so far and see the summary", Footer::Shown);

/// Undo in a text box.
#[rustfmt::skip]
pub(super) const UNDO: Binding = b(&[ctrl('z')], Action::Undo, "Ctrl-Z", "undo", "undo", Footer::HelpOnly);

/// Redo in a text box.
#[rustfmt::skip]
pub(super) const REDO: Binding = b(&[ctrl('y')], Action::Redo, "Ctrl-Y", "redo", "redo", Footer::HelpOnly);

/// Enter: on to the next question.
#[rustfmt::skip]
pub(super) const NEXT_QUESTION: Binding = b(&[k(KeyCode::Enter)], Action::NextQuestion, "Enter", "next question", "go on to the next question", Footer::Shown);

/// Scrolling the "what it covered" panel (up).
#[rustfmt::skip]
pub(super) const SCROLL_COVERED_UP: Binding = b(&[k(KeyCode::PageUp)], Action::PageUp, "PgUp/PgDn", "scroll", "scroll what your answer covered and your answer beside it", Footer::HelpOnly);

/// Scrolling the "what it covered" panel (down).
#[rustfmt::skip]
pub(super) const SCROLL_COVERED_DOWN: Binding = b(&[k(KeyCode::PageDown)], Action::PageDown, "PgUp/PgDn", "scroll", "scroll what your answer covered and your answer beside it", Footer::HelpOnly);

/// Esc pauses, named in help only.
#[rustfmt::skip]
pub(super) const PAUSE_UNLISTED: Binding = b(&[k(KeyCode::Esc)], Action::Pause, "Esc", "pause", "pause: resume, save and finish, or discard", Footer::HelpOnly);

/// A page up.
#[rustfmt::skip]
pub(super) const PAGE_UP: Binding = b(&[k(KeyCode::PageUp)], Action::PageUp, "PgUp/PgDn", "page", "scroll a page", Footer::HelpOnly);

/// A page down.
#[rustfmt::skip]
pub(super) const PAGE_DOWN: Binding = b(&[k(KeyCode::PageDown)], Action::PageDown, "PgUp/PgDn", "page", "scroll a page", Footer::HelpOnly);

/// Esc or `q`: back.
#[rustfmt::skip]
pub(super) const BACK: Binding = b(&[k(KeyCode::Esc), c('q')], Action::Back, "Esc", "back", "back (also q)", Footer::Shown);

/// Keys that work everywhere, looked up after the context's own.
#[rustfmt::skip]
pub const GLOBAL: &[Binding] = &[
    b(&[ctrl('c')], Action::Quit, "Ctrl-C", "quit", "leave now; what is not saved yet is kept as a draft", Footer::HelpOnly),
    b(&[k(KeyCode::F(1))], Action::Help, "F1", "help", "show or hide this help", Footer::HelpOnly),
    b(&[ctrl('z')], Action::Suspend, "Ctrl-Z", "stop for now", "stop for now, keeping what is typed; fg brings it back", Footer::HelpOnly),
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
        Context::Help => HELP_PANEL,
        Context::PairAsking => PAIR_ASKING,
        Context::PairObservations => PAIR_OBSERVATIONS,
        Context::PairRating => PAIR_RATING,
        Context::PairFeedback => PAIR_FEEDBACK,
        Context::PairFeedbackStart => PAIR_FEEDBACK_START,
        Context::PairHandOver => PAIR_HAND_OVER,
        Context::PairCompare => PAIR_COMPARE,
        Context::PairMenu => PAUSED,
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
        Context::ProgressGood => PROGRESS_GOOD,
        Context::Settings => SETTINGS,
        Context::SettingsDate => SETTINGS_DATE,
        Context::FiguresDrill => FIGURES_DRILL,
        Context::FiguresDone => FIGURES_DONE,
        Context::EvidenceList => EVIDENCE_LIST,
        Context::EvidenceConfirm => EVIDENCE_CONFIRM,
        Context::EvidenceAdd => EVIDENCE_ADD,
        Context::EvidenceForm => EVIDENCE_FORM,
        Context::EvidenceLeave => EVIDENCE_LEAVE,
        Context::EvidenceDetails => EVIDENCE_DETAILS,
    }
}

fn matches(binding_key: &Key, key: &KeyEvent) -> bool {
    // Terminals differ on whether Shift comes with a shifted character or Shift-Tab; the
    // character itself says it.
    let strip = match key.code {
        KeyCode::Char(_) | KeyCode::BackTab => KeyModifiers::SHIFT,
        _ => KeyModifiers::empty(),
    };
    // Esc pressed just before a Ctrl key reaches us in the same read as Alt with it (that is
    // how terminals send Alt): no binding uses Ctrl with Alt, so Ctrl-C or Ctrl-S must still
    // do what they say rather than vanish.
    let stray_alt = if binding_key.1.contains(KeyModifiers::CONTROL) {
        KeyModifiers::ALT
    } else {
        KeyModifiers::empty()
    };
    let wanted = KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT;
    binding_key.0 == key.code && (key.modifiers & wanted & !strip & !stray_alt) == binding_key.1
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

/// The keys for `action` in `context` as a PSW reads them ("Ctrl-S"), from the same table that
/// handles them, so a sentence on screen that names a key stays right when the key changes.
/// `None` when the context does not bind the action: `tests/it/keys_named_on_screen.rs` checks
/// that every key a screen asks for is bound.
pub fn label(context: Context, action: Action) -> Option<&'static str> {
    bindings(context)
        .iter()
        .chain(GLOBAL)
        .find(|b| b.action == action && !b.keys.is_empty())
        .map(|b| b.key_label)
}

/// The first key bound to `action` in `context`, named as a sentence names it ("1", "Ctrl-S",
/// "Esc"): for a sentence that names one key of a group whose label names them all, as "press 1
/// (weak) to 5 (strong)" does with the rating keys labelled "1-5". `None` when the context does
/// not bind the action.
pub fn key_name(context: Context, action: Action) -> Option<String> {
    let Key(code, mods) = *bindings(context)
        .iter()
        .chain(GLOBAL)
        .find(|b| b.action == action)?
        .keys
        .first()?;
    Some(match code {
        KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
            format!("Ctrl-{}", c.to_ascii_uppercase())
        }
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Delete => "Delete".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::F(n) => format!("F{n}"),
        _ => return None,
    })
}

/// True for the line feed byte, which terminals in raw mode report as Ctrl-J.
pub fn is_line_feed(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('j') && key.modifiers == KeyModifiers::CONTROL
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
mod tests;
