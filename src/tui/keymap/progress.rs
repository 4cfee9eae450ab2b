//! The progress and coverage screen.

use super::*;

#[rustfmt::skip]
pub(super) const PROGRESS: &[Binding] = &[
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "next page", "the next page: statements and today, topics, trends, your evidence, what good looks like", Footer::Shown),
    b(UP, Action::Up, "↑↓/j k", "choose", "scroll the topics, on the topics page; choose a quality statement, on the what-good-looks-like page", Footer::HelpOnly),
    b(DOWN, Action::Down, "↑↓/j k", "choose", "scroll the topics, on the topics page; choose a quality statement, on the what-good-looks-like page", Footer::HelpOnly),
    b(&[k(KeyCode::BackTab)], Action::PreviousPart, "Shift-Tab", "previous page", "the previous page", Footer::HelpOnly),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "start today's", "start the questions suggested for today that are not done yet", Footer::Shown),
    b(&[c('o')], Action::Settings, "o", "settings", "on-site date, theme and more", Footer::Shown),
    BACK,
    HELP,
];

/// The what-good-looks-like page: the same keys, but Enter practises the statement just chosen
/// (a PSW who has chosen one expects to practise it, not today's questions).
#[rustfmt::skip]
pub(super) const PROGRESS_GOOD: &[Binding] = &[
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "next page", "the next page: statements and today, topics, trends, your evidence, what good looks like", Footer::Shown),
    b(UP, Action::Up, "↑↓/j k", "choose", "choose a quality statement", Footer::Shown),
    b(DOWN, Action::Down, "↑↓/j k", "choose", "choose a quality statement", Footer::Shown),
    b(&[k(KeyCode::BackTab)], Action::PreviousPart, "Shift-Tab", "previous page", "the previous page", Footer::HelpOnly),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "practise it", "practise questions on the chosen quality statement (up to 5, at random)", Footer::Shown),
    b(&[c('o')], Action::Settings, "o", "settings", "on-site date, theme and more", Footer::Shown),
    BACK,
    HELP,
];
