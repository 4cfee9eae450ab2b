//! The summary after a rehearsal.

use super::*;

#[rustfmt::skip]
pub(super) const SUMMARY: &[Binding] = &[
    b(&[c('n')], Action::Again, "n", "another rehearsal", "start another rehearsal of the same kind", Footer::Shown),
    b(&[c('v')], Action::Review, "v", "review", "review every past session: read answers back, compare attempts", Footer::Shown),
    b(UP, Action::Up, "↑↓", "scroll", "scroll (also j k, PgUp PgDn)", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "scroll", "scroll (also j k, PgUp PgDn)", Footer::Shown),
    PAGE_UP,
    PAGE_DOWN,
    b(TOP, Action::Top, "Home/End", "top/end", "to the top or the end (also g and G)", Footer::HelpOnly),
    b(BOTTOM, Action::Bottom, "Home/End", "top/end", "to the top or the end (also g and G)", Footer::HelpOnly),
    b(&[c('q'), k(KeyCode::Esc), k(KeyCode::Enter)], Action::Back, "q", "done", "back to the home screen, or out of psw-coach if you started it straight into this (also Esc or Enter)", Footer::Shown),
    HELP,
];
