//! The home menu, its topic and statement picker, and the drafts offered after a crash.

use super::*;

#[rustfmt::skip]
pub(super) const HOME: &[Binding] = &[
    b(UP, Action::Up, "↑↓/j k", "move", "move through the menu", Footer::Shown),
    b(DOWN, Action::Down, "↑↓/j k", "move", "move through the menu", Footer::Shown),
    b(TOP, Action::Top, "Home/End", "first/last", "first or last item (also g and G)", Footer::HelpOnly),
    b(BOTTOM, Action::Bottom, "Home/End", "first/last", "first or last item (also g and G)", Footer::HelpOnly),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "choose", "choose the highlighted item", Footer::Shown),
    HELP,
    b(&[c('e')], Action::Evidence, "e", "evidence", "your evidence register: figures and stories, to add, change, filter or delete", Footer::Shown),
    b(&[c('q')], Action::Quit, "q", "quit", "leave psw-coach (your notes stay on this computer)", Footer::Shown),
    b(&[k(KeyCode::Esc)], Action::Back, "Esc", "back", "back (on the menu itself it says how to quit)", Footer::HelpOnly),
];

/// In the picker letters narrow the list ("carers" finds Carers), so only the arrows move: j, k,
/// g, G and q are letters of topic names here. What is typed is a text box like every other, with
/// the same editing keys (← →, Backspace, Delete, undo and redo, paste).
#[rustfmt::skip]
pub(super) const HOME_PICKER: &[Binding] = &[
    b(&[], Action::Typing, "type", "to narrow", "type part of a name to narrow the list; Backspace widens it again", Footer::Shown),
    b(&[k(KeyCode::Up)], Action::Up, "↑↓", "choose", "move through the list", Footer::Shown),
    b(&[k(KeyCode::Down)], Action::Down, "↑↓", "choose", "move through the list", Footer::Shown),
    b(&[k(KeyCode::Home)], Action::Top, "Home/End", "first/last", "first or last in the list", Footer::HelpOnly),
    b(&[k(KeyCode::End)], Action::Bottom, "Home/End", "first/last", "first or last in the list", Footer::HelpOnly),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "start", "start rehearsing the highlighted one", Footer::Shown),
    b(&[k(KeyCode::Esc)], Action::Back, "Esc", "back", "clear what you typed, or back to the menu", Footer::Shown),
    HELP,
    UNDO,
    REDO,
];

#[rustfmt::skip]
pub(super) const RECOVER: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "choose", "move between drafts and what to do with one", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "choose", "move between drafts and what to do with one", Footer::Shown),
    b(TOP, Action::Top, "Home/End", "first/last", "first or last choice (also g and G)", Footer::HelpOnly),
    b(BOTTOM, Action::Bottom, "Home/End", "first/last", "first or last choice (also g and G)", Footer::HelpOnly),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "do it", "do the highlighted choice (resume, save, keep, discard)", Footer::Shown),
    HELP,
];

#[rustfmt::skip]
pub(super) const RECOVER_CONFIRM: &[Binding] = &[
    b(&[c('y')], Action::Confirm, "y", "yes, discard this draft for good", "discard the draft", Footer::Shown),
    b(&[c('n'), k(KeyCode::Esc)], Action::Cancel, "n", "no, keep it", "keep the draft (also Esc)", Footer::Shown),
];
