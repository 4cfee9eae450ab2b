//! Reviewing saved answers: the list, its search, a session read back, and one question's attempts.

use super::*;

#[rustfmt::skip]
pub(super) const REVIEW: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "move", "move through the sessions (also j k)", Footer::HelpOnly),
    b(DOWN, Action::Down, "↑↓", "move", "move through the sessions (also j k)", Footer::HelpOnly),
    b(&[k(KeyCode::PageUp)], Action::PageUp, "PgUp/PgDn", "page", "a page up or down", Footer::HelpOnly),
    b(&[k(KeyCode::PageDown)], Action::PageDown, "PgUp/PgDn", "page", "a page up or down", Footer::HelpOnly),
    b(TOP, Action::Top, "Home/End", "first/last", "the first or the last session in the list (also g and G)", Footer::HelpOnly),
    b(BOTTOM, Action::Bottom, "Home/End", "first/last", "the first or the last session in the list (also g and G)", Footer::HelpOnly),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "open", "read the highlighted session back", Footer::Shown),
    b(&[c('b')], Action::Sort, "b", "sort", "sort the list: newest first, then by topic, then weakest first, then newest again", Footer::Shown),
    b(&[c('t')], Action::FilterTopic, "t", "topic", "show one topic, then the next (after the last, all again)", Footer::Shown),
    // In help only: the footer at 80 columns has room for one key more, and sorting is used more.
    b(&[c('s')], Action::FilterStatement, "s", "statement", "show one quality statement, then the next", Footer::HelpOnly),
    b(&[c('r')], Action::FilterRating, "r", "rating", "show answers rated 1-2, then 3, then 4-5, then not rated", Footer::Shown),
    b(&[c('w')], Action::FilterKind, "w", "alone/pair", "show rehearsals alone, then pair practice, then both", Footer::HelpOnly),
    b(&[c('/')], Action::Search, "/", "find", "find words you typed in any answer", Footer::Shown),
    b(&[c('x')], Action::ClearFilters, "x", "clear", "clear every filter", Footer::HelpOnly),
    b(&[c('u')], Action::ShowSkipped, "u", "unread notes", "show or hide the notes that could not be read, and why", Footer::HelpOnly),
    b(&[c('p')], Action::Progress, "p", "progress", "coverage, trends and today's practice", Footer::Shown),
    BACK,
    HELP,
];

#[rustfmt::skip]
pub(super) const REVIEW_SEARCH: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "find", "show the sessions whose answers hold these words (empty shows all)", Footer::Shown),
    b(&[k(KeyCode::Esc)], Action::Back, "Esc", "cancel", "stop typing; the filters stay as they were", Footer::Shown),
    b(&[], Action::Typing, "type", "the words", "type the words to find (any case)", Footer::Shown),
    HELP_F1,
    UNDO,
    REDO,
];

#[rustfmt::skip]
pub(super) const REVIEW_SESSION: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "scroll", "scroll (also j k)", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "scroll", "scroll (also j k)", Footer::Shown),
    PAGE_UP,
    PAGE_DOWN,
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "next answer", "bring the next answer to the top (the one a, n act on)", Footer::Shown),
    b(&[k(KeyCode::BackTab)], Action::PreviousPart, "Shift-Tab", "previous answer", "bring the previous answer to the top", Footer::HelpOnly),
    b(TOP, Action::Top, "Home/End", "first/last", "the first or the last answer (also g and G)", Footer::HelpOnly),
    b(BOTTOM, Action::Bottom, "Home/End", "first/last", "the first or the last answer (also g and G)", Footer::HelpOnly),
    b(&[c('a')], Action::Attempts, "a", "attempts", "every attempt at the marked question, latest beside best", Footer::Shown),
    b(&[c('n')], Action::TryAgain, "n", "try again", "practise the marked question again now", Footer::Shown),
    b(&[k(KeyCode::Esc), c('q')], Action::Back, "Esc", "back", "back to the list (also q)", Footer::Shown),
    HELP,
];

#[rustfmt::skip]
pub(super) const ATTEMPTS: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "choose attempt", "choose the attempt shown beside the latest (also j k)", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "choose attempt", "choose the attempt shown beside the latest (also j k)", Footer::Shown),
    b(TOP, Action::Top, "Home/End", "latest/first", "the latest or the first attempt (also g and G)", Footer::HelpOnly),
    b(BOTTOM, Action::Bottom, "Home/End", "latest/first", "the latest or the first attempt (also g and G)", Footer::HelpOnly),
    b(&[c('n')], Action::TryAgain, "n", "try again", "practise this question again now", Footer::Shown),
    b(&[c('e')], Action::Refine, "e", "refine", "edit the chosen answer and save it as a new note marked as your best", Footer::Shown),
    b(&[k(KeyCode::PageUp)], Action::PageUp, "PgUp/PgDn", "scroll", "scroll the answers", Footer::Shown),
    b(&[k(KeyCode::PageDown)], Action::PageDown, "PgUp/PgDn", "scroll", "scroll the answers", Footer::Shown),
    BACK,
    HELP,
];
