//! The evidence screen: the register's figures and stories, filtered; adding, changing and
//! deleting one.

use super::*;

#[rustfmt::skip]
pub(super) const EVIDENCE_LIST: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "move", "move through the figures and stories (also j k)", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "move", "move through the figures and stories (also j k)", Footer::Shown),
    b(TOP, Action::Top, "Home", "first", "the first figure (also g)", Footer::HelpOnly),
    b(BOTTOM, Action::Bottom, "End", "last", "the last story or figure (also G)", Footer::HelpOnly),
    PAGE_UP,
    PAGE_DOWN,
    b(&[c('a')], Action::Add, "a", "add", "add a figure or a story", Footer::Shown),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "change", "change the highlighted figure or story", Footer::Shown),
    b(&[c('s')], Action::FilterStatement, "s", "statement", "show only one quality statement's; press again for the next", Footer::Shown),
    b(&[c('t')], Action::FilterTopic, "t", "topic", "show only one topic's; press again for the next", Footer::Shown),
    b(&[c('x')], Action::ClearFilters, "x", "clear", "show everything again", Footer::HelpOnly),
    b(&[c('d'), k(KeyCode::Delete)], Action::AskDiscard, "d", "delete", "delete the highlighted figure or story (asks first; also Delete)", Footer::Shown),
    BACK,
    HELP,
];

#[rustfmt::skip]
pub(super) const EVIDENCE_CONFIRM: &[Binding] = &[
    b(&[c('y')], Action::Confirm, "y", "yes, delete", "delete it from the register", Footer::Shown),
    b(&[c('n'), k(KeyCode::Esc)], Action::Cancel, "n", "no, keep it", "keep it (also Esc)", Footer::Shown),
];

#[rustfmt::skip]
pub(super) const EVIDENCE_ADD: &[Binding] = &[
    b(&[c('f')], Action::AddFigure, "f", "a figure", "add a figure: what it measures, its value, as at when, and its source", Footer::Shown),
    b(&[c('s')], Action::AddStory, "s", "a story", "add a story: what was done, the difference it made, how we know", Footer::Shown),
    b(&[k(KeyCode::Esc), c('q')], Action::Cancel, "Esc", "back", "add nothing (also q)", Footer::Shown),
    HELP,
];

/// The form's keys. Only keys that type nothing move between fields, so every letter goes into
/// the box (the arrows too, Up and Down meaning the field above and below).
#[rustfmt::skip]
pub(super) const EVIDENCE_FORM: &[Binding] = &[
    b(&[ctrl('s')], Action::Save, "Ctrl-S", "save", "check the fields and keep this in the register", Footer::Shown),
    b(&[k(KeyCode::Tab), k(KeyCode::Enter), k(KeyCode::Down)], Action::NextPart, "Tab", "next field", "the next field (also Enter or ↓)", Footer::Shown),
    b(&[k(KeyCode::BackTab), k(KeyCode::Up)], Action::PreviousPart, "Shift-Tab", "previous field", "the field before (also ↑)", Footer::Shown),
    b(&[k(KeyCode::Esc)], Action::Back, "Esc", "back", "back to the register (asks first if a change is not saved)", Footer::Shown),
    b(&[], Action::Typing, "type", "the field", "type into the highlighted field; ← → Home End move in it", Footer::HelpOnly),
    UNDO,
    REDO,
    HELP_F1,
];

#[rustfmt::skip]
pub(super) const EVIDENCE_LEAVE: &[Binding] = &[
    b(&[ctrl('s')], Action::Save, "Ctrl-S", "save", "save it, then go back", Footer::Shown),
    b(&[c('y')], Action::Confirm, "y", "leave without saving", "go back; what was typed here is not kept", Footer::Shown),
    b(&[c('n'), k(KeyCode::Esc)], Action::Cancel, "n", "keep editing", "stay in the form (also Esc)", Footer::Shown),
];

/// The same keys as a note's check before it is kept (`CONFIDENTIAL` in rehearse.rs).
#[rustfmt::skip]
pub(super) const EVIDENCE_DETAILS: &[Binding] = &[
    b(&[c('e'), k(KeyCode::Esc)], Action::EditFirst, "e", "edit the story first", "go to the field that holds the detail (also Esc)", Footer::Shown),
    b(&[c('c'), k(KeyCode::Enter)], Action::KeepAnyway, "c", "keep it as it is", "keep the story unchanged (also Enter)", Footer::Shown),
];
