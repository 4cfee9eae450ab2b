//! The settings screen and its date field.

use super::*;

#[rustfmt::skip]
pub(super) const SETTINGS: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "move", "move through the settings (also j k)", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "move", "move through the settings (also j k)", Footer::Shown),
    b(TOP, Action::Top, "Home/End", "first/last", "the first or last setting (also g and G)", Footer::HelpOnly),
    b(BOTTOM, Action::Bottom, "Home/End", "first/last", "the first or last setting (also g and G)", Footer::HelpOnly),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "change", "change the highlighted setting (type a date, or step to the next choice)", Footer::Shown),
    b(&[k(KeyCode::Left), c('h'), c('-')], Action::Decrease, "←→", "less/more", "one step down or up (also h and l, or - and +)", Footer::Shown),
    b(&[k(KeyCode::Right), c('l'), c('+')], Action::Increase, "←→", "less/more", "one step down or up (also h and l, or - and +)", Footer::Shown),
    b(&[k(KeyCode::Esc), c('q')], Action::Back, "Esc", "back", "back; every change is saved already (also q)", Footer::Shown),
    HELP,
];

#[rustfmt::skip]
pub(super) const SETTINGS_DATE: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "set", "set this date (an empty one clears it)", Footer::Shown),
    b(&[k(KeyCode::Esc)], Action::Back, "Esc", "cancel", "leave the date as it was", Footer::Shown),
    b(&[], Action::Typing, "type", "the date", "type the date, for example 14 January 2027, 14/01/2027 or 2027-01-14", Footer::Shown),
    // Every other box names its help in the footer; F1 worked here but the footer did not say so.
    HELP_F1,
    UNDO,
    REDO,
];
