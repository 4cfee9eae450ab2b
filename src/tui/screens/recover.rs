//! At start, before anything else: rehearsals left in a draft by a crash or a kill, one at a time,
//! each with a choice made with the arrows and Enter (a typed letter never acts here, so typing
//! meant for an answer cannot recover or discard anything). A draft whose plan is known and still
//! in the banks can be resumed; otherwise one line says why not.

use crate::bank::Library;
use crate::drill::resume;
use crate::notes::{Note, NoteKind};
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::component::{Effect, Notice, Outcome};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap};
use std::path::PathBuf;

/// What can be done with a draft, in the order offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Resume,
    Save,
    Keep,
    Discard,
}

/// The choices for a draft that can be resumed; without resuming, the same less the first.
pub const CHOICES: [Choice; 4] = [Choice::Resume, Choice::Save, Choice::Keep, Choice::Discard];

impl Choice {
    fn short_label(self) -> &'static str {
        match self {
            Choice::Resume => "Resume where it stopped",
            Choice::Save => "Save as a note",
            Choice::Keep => "Keep for later",
            Choice::Discard => "Discard (asks first)",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Choice::Resume => "Resume the rehearsal where it stopped",
            Choice::Save => "Save it as a note (marked “recovered”)",
            Choice::Keep => "Keep it for later (you will be asked again next time)",
            Choice::Discard => "Discard it (asks you to be sure)",
        }
    }
}

pub struct RecoverScreen {
    /// Drafts still waiting; the first is the one being decided.
    drafts: Vec<(PathBuf, Note)>,
    /// For each draft, whether it can be resumed, or why not in one plain sentence.
    resumable: Vec<Result<(), String>>,
    /// How many there were, for "Draft 2 of 3".
    total: usize,
    selected: usize,
    confirm_discard: bool,
    /// Something that went wrong with the last choice, shown until the next.
    problem: Option<String>,
}

impl RecoverScreen {
    /// Offers `drafts`. Resuming is offered for those whose plan the draft records; see
    /// [`RecoverScreen::checked`] for checking it against the banks too.
    pub fn new(drafts: Vec<(PathBuf, Note)>) -> RecoverScreen {
        RecoverScreen {
            total: drafts.len(),
            resumable: drafts
                .iter()
                .map(|(_, note)| resume::check_note(note).map_err(|e| e.to_string()))
                .collect(),
            drafts,
            selected: 0,
            confirm_discard: false,
            problem: None,
        }
    }

    /// Offers resuming only where every planned question is still in `library`.
    pub fn checked(mut self, library: &Library) -> RecoverScreen {
        self.resumable = self
            .drafts
            .iter()
            .map(|(_, note)| resume::check(note, library).map_err(|e| e.to_string()))
            .collect();
        self
    }

    /// What can be done with the draft being decided, in the order shown.
    pub fn choices(&self) -> Vec<Choice> {
        let resumable = self.resumable.first().is_some_and(Result::is_ok);
        CHOICES
            .into_iter()
            .filter(|c| resumable || *c != Choice::Resume)
            .collect()
    }

    /// Why the draft being decided cannot be resumed, if it cannot.
    fn why_not_resumable(&self) -> Option<&str> {
        self.resumable.first()?.as_ref().err().map(String::as_str)
    }

    fn done_with_first(&mut self) -> Vec<Effect> {
        if !self.drafts.is_empty() {
            self.drafts.remove(0);
            let _ = self.resumable.remove(0);
        }
        self.selected = 0;
        self.confirm_discard = false;
        if self.drafts.is_empty() {
            vec![Effect::Close]
        } else {
            Vec::new()
        }
    }
}

/// The last words typed in a draft (where the PSW was when it stopped), so drafts can be told
/// apart.
fn last_words(note: &Note) -> String {
    let text = note
        .questions
        .iter()
        .flat_map(|q| {
            // Pair practice keeps the colleague's observations and feedback, not answers.
            let mut texts: Vec<&str> = q.parts().into_iter().map(|(_, text)| text).collect();
            if let Some(p) = &q.pair {
                texts.extend([&p.observations, &p.keep, &p.stop, &p.start].map(String::as_str));
            }
            texts
        })
        .rfind(|t| !t.trim().is_empty())
        .unwrap_or("(nothing typed yet)");
    let words: Vec<&str> = text.split_whitespace().collect();
    let start = words.len().saturating_sub(12);
    let ellipsis = if start > 0 { "…" } else { "" };
    format!("“{ellipsis}{}”", words[start..].join(" "))
}

impl Screen for RecoverScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Recover
    }

    fn context(&self) -> Context {
        if self.confirm_discard {
            Context::RecoverConfirm
        } else {
            Context::Recover
        }
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let Some((path, _)) = self.drafts.first() else {
            return Some(vec![Effect::Close]);
        };
        let path = path.clone();
        let choices = self.choices();
        let last = choices.len() - 1;
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::Cancel => self.confirm_discard = false,
            Action::Confirm => return Some(vec![Effect::DiscardDraft(path)]),
            Action::Choose => {
                self.problem = None;
                match choices[self.selected.min(last)] {
                    Choice::Resume => return Some(vec![Effect::ResumeDraft(path)]),
                    Choice::Save => return Some(vec![Effect::RecoverDraft(path)]),
                    Choice::Discard => self.confirm_discard = true,
                    Choice::Keep => {
                        let mut effects = vec![Effect::Notify(Notice::info(
                            "Kept for later: you will be asked again next time.",
                        ))];
                        effects.extend(self.done_with_first());
                        return Some(effects);
                    }
                }
            }
            _ => return None,
        }
        Some(Vec::new())
    }

    fn on_outcome(&mut self, outcome: Outcome) -> Vec<Effect> {
        match outcome {
            Outcome::DraftDealtWith(_) => self.done_with_first(),
            Outcome::DraftActionFailed(message) => {
                self.confirm_discard = false;
                self.problem = Some(message);
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        render(self, ctx, area, buf);
        None
    }
}

/// A draft's plan as a title, "(pair practice)" after it for a colleague's session.
fn titled(note: &Note) -> String {
    let plan = crate::tui::note_view::plan_title(&note.plan);
    match note.kind {
        NoteKind::Pair => format!("{plan} (pair practice)"),
        _ => plan,
    }
}

fn render(state: &RecoverScreen, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    // Pair practice is named so, as `notes list` names it (the eleventh walk's row 15).
    let what = match state.drafts.first() {
        Some((_, note)) if note.kind == NoteKind::Pair => "pair practice",
        Some((_, note)) if note.is_refined_answer() => "refined answer",
        _ => "rehearsal",
    };
    let heading = if state.total > 1 {
        format!(
            "Unfinished {what} found ({} of {})",
            state.total - state.drafts.len() + 1,
            state.total
        )
    } else {
        format!("Unfinished {what} found")
    };
    let intro_text = format!(
        "psw-coach stopped before this {what} was saved as a note (perhaps the window closed or \
         the computer restarted). Everything typed up to a second or two before it stopped is here."
    );
    let intro_text = intro_text.as_str();
    let width = usize::from(area.width);
    let problem_height = state
        .problem
        .as_deref()
        .map_or(0, |p| widgets::wrapped_height(p, width));
    let choices = state.choices();
    let why_not = state.why_not_resumable();
    let why_not_height = why_not.map_or(0, |w| widgets::wrapped_height(w, width));
    let choices_height = choices.len() as u16 + 2;
    // In a small window the choices come first, then the draft, then the explanation: what to
    // do must never be squeezed out by words about it.
    let fixed = 1 + choices_height + why_not_height + problem_height + 2;
    let room = area.height.saturating_sub(fixed);
    let drafts_wanted = u16::try_from(state.drafts.len() * 2 + 2).unwrap_or(u16::MAX);
    // A draft takes two lines inside its box; with less room, the first is named without one.
    let drafts_height = match room {
        0 => 0,
        1..=3 => room.min(2),
        _ => drafts_wanted.min(room),
    };
    let explain_wanted = widgets::wrapped_height(intro_text, width) + 1;
    let explain_height = if room - drafts_height >= explain_wanted {
        explain_wanted
    } else {
        0
    };
    let [
        heading_area,
        explain_area,
        draft_area,
        choices_area,
        why_not_area,
        problem_area,
        _,
        footer,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(explain_height),
        Constraint::Length(drafts_height),
        Constraint::Length(choices_height),
        Constraint::Length(why_not_height),
        Constraint::Length(problem_height),
        Constraint::Min(0),
        Constraint::Length(2),
    ])
    .areas(area);
    Line::styled(heading, theme.title).render(heading_area, buf);
    Paragraph::new(intro_text)
        .wrap(Wrap { trim: true })
        .render(explain_area, buf);
    // Inside the box's borders and past the "> " mark; a longer line ends in "…".
    let room = width.saturating_sub(4);
    let items: Vec<ListItem> = state
        .drafts
        .iter()
        .map(|(_, note)| {
            let reached = note.questions.len();
            let questions = match &note.resume {
                // Where it stopped, when the draft knows the whole plan.
                Some(plan) if plan.at < plan.questions.len() => {
                    format!(
                        "stopped at question {} of {}",
                        plan.at + 1,
                        plan.questions.len()
                    )
                }
                _ => format!("{reached} question{}", if reached == 1 { "" } else { "s" }),
            };
            // Whole where it fits; else the year goes, then the weekday, then "stopped", before
            // the line is cut: at 80 columns the time answering was cut to "43 s…".
            let plan = titled(note);
            let time = crate::text::answering(note.total_seconds());
            let when = |format: &str| note.started.format(format).to_string();
            let at = questions.trim_start_matches("stopped ");
            let candidates = [
                format!(
                    "{} · {plan} · {questions} · {time}",
                    when("%a %-d %b %Y, %H:%M")
                ),
                format!(
                    "{} · {plan} · {questions} · {time}",
                    when("%a %-d %b, %H:%M")
                ),
                format!("{} · {plan} · {questions} · {time}", when("%-d %b, %H:%M")),
                format!("{} · {plan} · {at} · {time}", when("%-d %b, %H:%M")),
            ];
            let first = candidates
                .iter()
                .find(|c| c.chars().count() <= room)
                .unwrap_or(&candidates[3]);
            ListItem::new(vec![
                Line::from(widgets::cut_line(first, room)),
                Line::styled(
                    widgets::cut_line(&format!("   {}", last_words(note)), room),
                    theme.dim,
                ),
            ])
        })
        .collect();
    let mut list_state = ListState::default().with_selected(Some(0));
    if draft_area.height < 4 {
        if let Some((_, note)) = state.drafts.first() {
            Paragraph::new(vec![
                Line::from(widgets::cut_line(
                    &format!(
                        "{} · {}",
                        note.started.format("%a %-d %b, %H:%M"),
                        titled(note)
                    ),
                    width,
                )),
                Line::styled(widgets::cut_line(&last_words(note), width), theme.dim),
            ])
            .render(draft_area, buf);
        }
    } else {
        StatefulWidget::render(
            List::new(items)
                .block(
                    Block::bordered()
                        .title(" Draft ")
                        .border_style(theme.border),
                )
                .highlight_symbol("> "),
            draft_area,
            buf,
            &mut list_state,
        );
    }
    let mut choice_state = ListState::default().with_selected(Some(state.selected));
    StatefulWidget::render(
        List::new(choices.iter().map(|c| {
            // Each choice whole on its line: the short words where the long ones would be cut.
            if usize::from(area.width) >= c.label().chars().count() + 4 {
                ListItem::new(c.label())
            } else {
                ListItem::new(c.short_label())
            }
        }))
        .block(
            Block::bordered()
                .title(" What would you like to do with it? ")
                .border_style(theme.title),
        )
        .highlight_style(theme.selected)
        .highlight_symbol("> "),
        choices_area,
        buf,
        &mut choice_state,
    );
    if let Some(why_not) = why_not {
        Paragraph::new(why_not)
            .style(theme.dim)
            .wrap(Wrap { trim: true })
            .render(why_not_area, buf);
    }
    if let Some(problem) = &state.problem {
        Paragraph::new(problem.as_str())
            .style(theme.bad)
            .wrap(Wrap { trim: true })
            .render(problem_area, buf);
    }
    let first = if state.confirm_discard {
        Line::styled(
            "Discard this draft? Its answers cannot be brought back.",
            theme.warn,
        )
    } else {
        match ctx.notice {
            Some(n) => Line::styled(n.text.as_str(), widgets::notice_style(n, theme)),
            None => Line::from(""),
        }
    };
    let keys = widgets::key_line_within(
        &crate::tui::keymap::footer(state.context()),
        theme,
        footer.width,
    );
    Paragraph::new(vec![first, keys]).render(footer, buf);
}
