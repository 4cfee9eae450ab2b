//! Rehearsing alone: the answer boxes, the rating step, the pause panel and what a save asks.

use super::*;

/// Shared by both answering contexts.
#[rustfmt::skip]
pub(super) const ANSWER_COMMON: [Binding; 8] = [
    SAVE_REHEARSAL,
    b(&[k(KeyCode::Esc)], Action::Pause, "Esc", "pause", "pause: resume, save and finish, or discard", Footer::Shown),
    HELP_F1,
    b(&[k(KeyCode::BackTab)], Action::PreviousPart, "Shift-Tab", "back", "back to the previous part", Footer::Shown),
    b(&[ctrl('e')], Action::ToggleEarlier, "Ctrl-E", "earlier parts", "show or hide the earlier parts of this answer", Footer::HelpOnly),
    UNDO,
    REDO,
    b(&[], Action::Typing, "PgUp/PgDn", "scroll", "scroll a long answer; arrows, Home and End move in it", Footer::HelpOnly),
];

#[rustfmt::skip]
pub(super) const ANSWER: &[Binding] = table![&[
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "next part", "the next part of the answer, then its follow-ups, then the rating", Footer::Shown),
], &ANSWER_COMMON];

#[rustfmt::skip]
pub(super) const FOLLOW_UP: &[Binding] = table![&[
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "next", "on to the next follow-up or the rating; in spoken practice the time counts as answered aloud, and a written follow-up left empty counts as skipped", Footer::Shown),
    b(&[ctrl('n')], Action::SkipFollowUp, "Ctrl-N", "skip", "skip this follow-up: saved as not answered", Footer::Shown),
], &ANSWER_COMMON];

#[rustfmt::skip]
pub(super) const CUES: &[Binding] = &[
    b(&[c(' '), c('x')], Action::Toggle, "Space", "tick", "tick or untick the highlighted point: did your answer cover it? (also x)", Footer::Shown),
    b(UP, Action::Up, "↑↓", "move", "move through the points", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "move", "move through the points", Footer::Shown),
    b(TOP, Action::Top, "Home/End", "first/last", "the first or last point", Footer::HelpOnly),
    b(BOTTOM, Action::Bottom, "Home/End", "first/last", "the first or last point", Footer::HelpOnly),
    RATING[0],
    RATING[1],
    RATING[2],
    RATING[3],
    RATING[4],
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "rating", "move to the rating", Footer::Shown),
    NEXT_QUESTION,
    SCROLL_COVERED_UP,
    SCROLL_COVERED_DOWN,
    b(&[ctrl('s')], Action::Save, "Ctrl-S", "save", "save the rehearsal so far and see the summary", Footer::HelpOnly),
    PAUSE_UNLISTED,
    HELP,
    b(&[k(KeyCode::BackTab)], Action::PreviousPart, "Shift-Tab", "back", "back to the follow-up", Footer::HelpOnly),
];

#[rustfmt::skip]
pub(super) const RATING: &[Binding] = &[
    b(&[c('1')], Action::Rate(1), "1-5", "rate", "rate your answer, 1 weak to 5 strong", Footer::Shown),
    b(&[c('2')], Action::Rate(2), "1-5", "rate", "rate your answer, 1 weak to 5 strong", Footer::Shown),
    b(&[c('3')], Action::Rate(3), "1-5", "rate", "rate your answer, 1 weak to 5 strong", Footer::Shown),
    b(&[c('4')], Action::Rate(4), "1-5", "rate", "rate your answer, 1 weak to 5 strong", Footer::Shown),
    b(&[c('5')], Action::Rate(5), "1-5", "rate", "rate your answer, 1 weak to 5 strong", Footer::Shown),
    b(&[k(KeyCode::Right), k(KeyCode::Up)], Action::RateUp, "←→", "change", "raise or lower the rating (also ↑ ↓)", Footer::HelpOnly),
    b(&[k(KeyCode::Left), k(KeyCode::Down)], Action::RateDown, "←→", "change", "raise or lower the rating (also ↑ ↓)", Footer::HelpOnly),
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "reflection", "move to the reflection box (or just start typing it)", Footer::Shown),
    NEXT_QUESTION,
    SCROLL_COVERED_UP,
    SCROLL_COVERED_DOWN,
    SAVE_REHEARSAL,
    PAUSE_UNLISTED,
    HELP,
    b(&[k(KeyCode::BackTab)], Action::PreviousPart, "Shift-Tab", "back", "back to the follow-up", Footer::HelpOnly),
];

#[rustfmt::skip]
pub(super) const REFLECTION: &[Binding] = &[
    NEXT_QUESTION,
    b(&[k(KeyCode::BackTab), k(KeyCode::Tab)], Action::PreviousPart, "Tab", "change rating", "back to the rating (also Shift-Tab)", Footer::Shown),
    SCROLL_COVERED_UP,
    SCROLL_COVERED_DOWN,
    SAVE_REHEARSAL,
    PAUSE_UNLISTED,
    HELP_F1,
    UNDO,
    REDO,
    b(&[], Action::Typing, "Type", "reflect", "one line on what you would change next time", Footer::HelpOnly),
];

/// The pause menu, over a rehearsal alone and over pair practice alike: one set of letters.
#[rustfmt::skip]
pub(super) const PAUSED: &[Binding] = &[
    // c and x as well: the letters pair practice used before, so that habit still works.
    b(&[c('r'), c('c'), k(KeyCode::Esc), k(KeyCode::Enter)], Action::Resume, "r", "resume", "carry on where you were (also Esc or Enter)", Footer::Shown).also("c", "also carries on (c for continue)"),
    b(&[c('s'), c('q')], Action::SaveAndFinish, "s", "save and finish", "save what you have as a note and finish (also q)", Footer::Shown),
    b(&[c('d'), c('x')], Action::AskDiscard, "d", "discard", "throw it away (asks you to confirm)", Footer::Shown).also("x", "also throws it away (asks you to confirm)"),
    HELP,
];

#[rustfmt::skip]
pub(super) const CONFIRM_DISCARD: &[Binding] = &[
    b(&[c('y')], Action::Confirm, "y", "yes, discard", "throw this rehearsal away", Footer::Shown),
    b(&[c('n'), k(KeyCode::Esc)], Action::Cancel, "n", "no, go back", "keep it and go back (also Esc)", Footer::Shown),
];

#[rustfmt::skip]
pub(super) const CONFIDENTIAL: &[Binding] = &[
    b(&[c('e'), k(KeyCode::Esc)], Action::EditFirst, "e", "edit the answer first", "go to the part that holds the detail (also Esc)", Footer::Shown),
    b(&[c('c'), k(KeyCode::Enter)], Action::KeepAnyway, "c", "keep it as it is", "keep the answer unchanged (also Enter)", Footer::Shown),
];

#[rustfmt::skip]
pub(super) const SAVE_FAILED: &[Binding] = &[
    b(&[ctrl('s'), c('r')], Action::Save, "Ctrl-S", "try again", "try saving again once the cause is fixed (also r)", Footer::Shown),
    b(&[k(KeyCode::Esc)], Action::Back, "Esc", "back to your answers", "close this message; your answers stay on screen", Footer::Shown),
];

#[rustfmt::skip]
pub(super) const UNSAVED: &[Binding] = &[
    b(&[ctrl('s')], Action::Save, "Ctrl-S", "save", "try saving the note again once the cause is fixed", Footer::Shown),
    b(&[k(KeyCode::PageUp), k(KeyCode::Up)], Action::PageUp, "PgUp/PgDn", "scroll", "scroll your answers (also ↑ ↓)", Footer::Shown),
    b(&[k(KeyCode::PageDown), k(KeyCode::Down)], Action::PageDown, "PgUp/PgDn", "scroll", "scroll your answers (also ↑ ↓)", Footer::Shown),
    b(&[k(KeyCode::Esc)], Action::Pause, "Esc", "more", "save and finish, or discard", Footer::Shown),
    HELP,
];
