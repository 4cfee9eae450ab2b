//! The evidence screen: the register's figures and stories, filtered, and deleting one.

use super::*;

#[rustfmt::skip]
pub(super) const EVIDENCE_LIST: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "move", "move through the figures and stories (also j k)", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "move", "move through the figures and stories (also j k)", Footer::Shown),
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
