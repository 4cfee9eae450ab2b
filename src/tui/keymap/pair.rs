//! Pair practice: the colleague playing the assessor holds the keyboard, except on the hand-over.

use super::*;

#[rustfmt::skip]
pub(super) const RATE_KEYS: [Binding; 7] = [
    b(&[c('1')], Action::Rate(1), "1-5", "rate", "rate 1 (weak) to 5 (strong)", Footer::Shown),
    b(&[c('2')], Action::Rate(2), "1-5", "rate", "rate 1 (weak) to 5 (strong)", Footer::Shown),
    b(&[c('3')], Action::Rate(3), "1-5", "rate", "rate 1 (weak) to 5 (strong)", Footer::Shown),
    b(&[c('4')], Action::Rate(4), "1-5", "rate", "rate 1 (weak) to 5 (strong)", Footer::Shown),
    b(&[c('5')], Action::Rate(5), "1-5", "rate", "rate 1 (weak) to 5 (strong)", Footer::Shown),
    b(&[k(KeyCode::Right), k(KeyCode::Up)], Action::RateUp, "←→", "change rating", "raise or lower the rating (also ↑ ↓)", Footer::HelpOnly),
    b(&[k(KeyCode::Left), k(KeyCode::Down)], Action::RateDown, "←→", "change rating", "raise or lower the rating (also ↑ ↓)", Footer::HelpOnly),
];

#[rustfmt::skip]
pub(super) const PAIR_ASKING: &[Binding] = &[
    b(&[c('1')], Action::TickPart(1), "1 2 3", "heard", "tick a part as you hear it: 1 what they did, 2 the difference, 3 how they know", Footer::Shown),
    b(&[c('2')], Action::TickPart(2), "1 2 3", "heard", "tick a part as you hear it: 1 what they did, 2 the difference, 3 how they know", Footer::Shown),
    b(&[c('3')], Action::TickPart(3), "1 2 3", "heard", "tick a part as you hear it: 1 what they did, 2 the difference, 3 how they know", Footer::Shown),
    // Arrows, Home and End only: j, k, g and G are letters of a note the colleague starts typing.
    b(&[k(KeyCode::Up)], Action::Up, "↑↓", "move", "move through the probes and cues", Footer::HelpOnly),
    b(&[k(KeyCode::Down)], Action::Down, "↑↓", "move", "move through the probes and cues", Footer::HelpOnly),
    b(&[k(KeyCode::Home)], Action::Top, "Home/End", "first/last", "the first probe or the last cue", Footer::HelpOnly),
    b(&[k(KeyCode::End)], Action::Bottom, "Home/End", "first/last", "the first probe or the last cue", Footer::HelpOnly),
    // Space ticks and Enter moves on, as on a rehearsal's rating step.
    b(&[c(' ')], Action::Toggle, "Space", "tick", "tick the highlighted probe (asked) or cue (heard); again to untick", Footer::Shown),
    // Not a letter: a note that starts with "d" must not end the PSW's answer.
    b(&[k(KeyCode::Enter), ctrl('d')], Action::Done, "Enter", "done", "the PSW has finished answering: stop the clock and give feedback (also Ctrl-D)", Footer::Shown),
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "notes", "type observations while you listen (or just start typing: letters go there)", Footer::Shown),
    b(&[ctrl('t')], Action::ToggleTip, "Ctrl-T", "tip", "show or hide the tip", Footer::HelpOnly),
    PAIR_PAUSE,
    PAIR_SAVE,
    HELP,
];

/// Esc pauses pair practice as it pauses a rehearsal alone: the same menu, the same letters.
#[rustfmt::skip]
const PAIR_PAUSE: Binding = b(&[k(KeyCode::Esc)], Action::Pause, "Esc", "pause", "pause the clocks: resume, save and finish, or discard", Footer::Shown);

/// Esc on the hand-over, where the footer has no room for it.
const PAIR_PAUSE_UNLISTED: Binding = Binding {
    footer: false,
    ..PAIR_PAUSE
};

/// With the spoken, recorded style, the PSW's words show beside the feedback and scroll.
#[rustfmt::skip]
const SCROLL_HEARD_UP: Binding = b(&[k(KeyCode::PageUp)], Action::PageUp, "PgUp/PgDn", "scroll", "scroll what the PSW said (recorded practice)", Footer::HelpOnly);
#[rustfmt::skip]
const SCROLL_HEARD_DOWN: Binding = b(&[k(KeyCode::PageDown)], Action::PageDown, "PgUp/PgDn", "scroll", "scroll what the PSW said (recorded practice)", Footer::HelpOnly);

/// Ctrl-S saves pair practice as it saves a rehearsal: the session so far, as a note.
#[rustfmt::skip]
const PAIR_SAVE: Binding = b(&[ctrl('s')], Action::Save, "Ctrl-S", "save", "save the session so far as a note and finish", Footer::HelpOnly);

#[rustfmt::skip]
pub(super) const PAIR_OBSERVATIONS: &[Binding] = &[
    b(&[k(KeyCode::Tab)], Action::Back, "Tab", "back to ticks", "back to the ticks and probes; the clock keeps running", Footer::Shown),
    PAIR_PAUSE,
    HELP_F1,
    PAIR_SAVE,
    UNDO,
    REDO,
    b(&[], Action::Typing, "Type", "observe", "what you notice: phrases, gaps, strong moments", Footer::HelpOnly),
];

#[rustfmt::skip]
pub(super) const PAIR_RATING: &[Binding] = table![&RATE_KEYS, &[
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "feedback", "type Keep, Stop and Start (or just start typing Keep)", Footer::Shown),
    b(&[k(KeyCode::Enter)], Action::NextQuestion, "Enter", "hand over", "hand the keyboard to the PSW to rate themselves", Footer::Shown),
    b(&[k(KeyCode::BackTab)], Action::Back, "Shift-Tab", "listening", "back to listening: the clock runs again", Footer::Shown),
    SCROLL_HEARD_UP,
    SCROLL_HEARD_DOWN,
    PAIR_PAUSE,
    PAIR_SAVE,
    b(HELP_KEYS, Action::Help, "?", "help", "show or hide this help (also F1)", Footer::Shown),
]];

/// The keys every feedback box shares; Tab and Enter differ in the last box, Start.
#[rustfmt::skip]
const PAIR_FEEDBACK_SHARED: &[Binding] = &[
    SCROLL_HEARD_UP,
    SCROLL_HEARD_DOWN,
    PAIR_PAUSE,
    HELP_F1,
    PAIR_SAVE,
    UNDO,
    REDO,
    b(&[], Action::Typing, "Type", "feedback", "a line each: what worked, what to drop, what to add", Footer::HelpOnly),
];

/// Keep and Stop: Enter goes on to the next box.
#[rustfmt::skip]
pub(super) const PAIR_FEEDBACK: &[Binding] = table![&[
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "next box", "on to the next box", Footer::Shown),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "next", "on to the next box, as Tab does", Footer::Shown),
    b(&[k(KeyCode::BackTab)], Action::PreviousPart, "Shift-Tab", "previous", "back to the previous box, or from Keep to the rating", Footer::Shown),
], PAIR_FEEDBACK_SHARED];

/// Start, the last box: Enter hands the keyboard to the PSW (the second walk's item 2), so the
/// footer and help say so here, where "next" would promise another box.
#[rustfmt::skip]
pub(super) const PAIR_FEEDBACK_START: &[Binding] = table![&[
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "hand over", "hand the keyboard to the PSW to rate themselves", Footer::Shown),
    b(&[k(KeyCode::Tab)], Action::NextPart, "Tab", "rating", "back to your rating, to change it before handing over", Footer::Shown),
    b(&[k(KeyCode::BackTab)], Action::PreviousPart, "Shift-Tab", "previous", "back to the Stop box", Footer::Shown),
], PAIR_FEEDBACK_SHARED];

#[rustfmt::skip]
pub(super) const PAIR_HAND_OVER: &[Binding] = table![&RATE_KEYS, &[
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "compare", "show both ratings side by side", Footer::Shown),
    PAIR_PAUSE_UNLISTED,
    PAIR_SAVE,
    HELP,
]];

#[rustfmt::skip]
pub(super) const PAIR_COMPARE: &[Binding] = &[
    b(&[k(KeyCode::Enter), c('n')], Action::NextQuestion, "Enter", "next question", "on to the next question (also n); after the last, the end", Footer::Shown),
    b(UP, Action::Up, "↑↓", "scroll", "scroll the comparison", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "scroll", "scroll the comparison", Footer::Shown),
    b(&[k(KeyCode::PageUp)], Action::PageUp, "PgUp/PgDn", "scroll", "scroll a page", Footer::HelpOnly),
    b(&[k(KeyCode::PageDown)], Action::PageDown, "PgUp/PgDn", "scroll", "scroll a page", Footer::HelpOnly),
    b(&[k(KeyCode::Esc), c('q')], Action::Pause, "Esc", "pause", "pause the clocks: resume, save and finish, or discard (also q)", Footer::Shown),
    PAIR_SAVE,
    HELP,
];

#[rustfmt::skip]
pub(super) const PAIR_CONFIRM_DISCARD: &[Binding] = &[
    b(&[c('y')], Action::Confirm, "y", "yes, discard", "throw the session away; nothing is saved", Footer::Shown),
    b(&[c('n'), k(KeyCode::Esc)], Action::Cancel, "n", "no, keep it", "keep the session (also Esc)", Footer::Shown),
];

#[rustfmt::skip]
pub(super) const PAIR_INITIALS: &[Binding] = &[
    b(&[k(KeyCode::Enter), ctrl('s')], Action::Save, "Enter", "save", "save the session as a note (also Ctrl-S)", Footer::Shown),
    b(&[k(KeyCode::Esc)], Action::Pause, "Esc", "menu", "save, discard, or carry on with the initials", Footer::Shown),
    b(&[k(KeyCode::Tab), k(KeyCode::BackTab)], Action::NextPart, "Tab", "other initials", "move between the two boxes (also Shift-Tab)", Footer::Shown),
    HELP_F1,
    UNDO,
    REDO,
    b(&[], Action::Typing, "Type", "initials", "initials are optional; leave them empty if you prefer", Footer::HelpOnly),
];

#[rustfmt::skip]
pub(super) const PAIR_SAVED: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "move", "move through the plans", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "move", "move through the plans", Footer::Shown),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "swap and go", "swap roles and start the highlighted plan", Footer::Shown),
    b(&[c('q'), k(KeyCode::Esc)], Action::Back, "q", "finish", "back to the start (also Esc)", Footer::Shown),
    HELP,
];

#[rustfmt::skip]
pub(super) const PAIR_PICK: &[Binding] = &[
    b(UP, Action::Up, "↑↓", "move", "move through the questions", Footer::Shown),
    b(DOWN, Action::Down, "↑↓", "move", "move through the questions", Footer::Shown),
    b(TOP, Action::Top, "Home/End", "first/last", "first or last question (also g and G)", Footer::HelpOnly),
    b(BOTTOM, Action::Bottom, "Home/End", "first/last", "first or last question (also g and G)", Footer::HelpOnly),
    b(&[c(' '), c('x')], Action::Toggle, "Space", "tick", "tick or untick the highlighted question; the highlight stays (also x)", Footer::Shown),
    b(&[k(KeyCode::Enter)], Action::Choose, "Enter", "start", "start with the ticked questions (with none ticked, the plan's own)", Footer::Shown),
    b(&[k(KeyCode::Esc), c('q')], Action::Back, "Esc", "back", "back to the start (also q)", Footer::Shown),
    HELP,
];
