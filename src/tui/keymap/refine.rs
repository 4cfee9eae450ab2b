//! Refining an earlier answer.

use super::*;

#[rustfmt::skip]
pub(super) const REFINE: &[Binding] = &[
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "next part", "edit the next part of the answer", Footer::Shown),
    b(&[k(KeyCode::BackTab)], Action::PreviousPart, "Shift-Tab", "previous part", "edit the previous part", Footer::HelpOnly),
    b(&[ctrl('s')], Action::Save, "Ctrl-S", "save as new note", "save as a new note with its own rating; the original stays as it is", Footer::Shown),
    b(&[k(KeyCode::Esc)], Action::Back, "Esc", "back", "leave (asks first if there are changes)", Footer::Shown),
    b(&[], Action::Typing, "type", "edit", "type to change the answer; arrows, Home and End move; on the rating, type 1 to 5", Footer::HelpOnly),
    UNDO,
    REDO,
    HELP_F1,
];
