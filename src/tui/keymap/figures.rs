//! The figures drill ("Know your figures"): typing a figure, then the result.

use super::*;

#[rustfmt::skip]
pub(super) const FIGURES_DRILL: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "check", "check the figure typed (an empty answer counts as missed)", Footer::Shown),
    b(&[k(KeyCode::Esc)], Action::Back, "Esc", "stop", "stop the drill; the figures answered so far are kept", Footer::Shown),
    b(&[], Action::Typing, "type", "the figure", "type the figure and when it was true, for example 310, 31 October", Footer::Shown),
    UNDO,
    REDO,
    HELP_F1,
];

#[rustfmt::skip]
pub(super) const FIGURES_DONE: &[Binding] = &[
    b(&[c('n')], Action::Again, "n", "again", "drill again: the figures missed come first", Footer::Shown),
    b(&[c('q'), k(KeyCode::Esc), k(KeyCode::Enter)], Action::Back, "q", "done", "back to the home screen, or out of psw-coach if you started it straight into this (also Esc or Enter)", Footer::Shown),
    HELP,
];
