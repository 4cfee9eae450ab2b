//! The help panel.

use super::*;

#[rustfmt::skip]
pub(super) const HELP_PANEL: &[Binding] = &[
    b(&[c('?'), k(KeyCode::F(1)), k(KeyCode::Esc), c('q')], Action::Back, "? / Esc", "close", "close this help (also F1 or q)", Footer::Shown),
    b(UP, Action::Up, "↑↓", "scroll", "scroll this help", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "scroll", "scroll this help", Footer::Shown),
    PAGE_UP,
    PAGE_DOWN,
];
