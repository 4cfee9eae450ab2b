//! Refining a past answer: each part in the editor, then the PSW's own rating of the refined
//! answer, saved as a new note. The note it came from is never changed. Until it is saved, the
//! refined answer is kept as a draft as a rehearsal is (soon after typing stops, and on the way
//! out), so a closed window, Ctrl-C or a crash does not lose it (the twelfth walk's row 1).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use std::time::Duration;

use chrono::{DateTime, FixedOffset};

use crate::drill::{Clock, SystemClock};
use crate::notes::{Note, NoteQuestion};
use crate::text::one_line;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::component::{Effect, Notice, Outcome};
use crate::tui::draft::DraftSchedule;
use crate::tui::frame::{Areas, ScreenFrame};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::text_box::{Lines, TextBox};
use crate::tui::widgets;

pub struct RefineScreen {
    original: Note,
    position: usize,
    /// One editor per part: the prompts' answers, then the follow-ups, a skipped one with an
    /// empty box to answer it now (walk 9: it could not be answered here, so no refined answer
    /// ever had it).
    editors: Vec<(String, TextBox)>,
    part: usize,
    changed: bool,
    /// Esc was pressed once with changes unsaved.
    leaving: bool,
    saved: bool,
    /// The PSW's rating of the refined answer: never the old one copied, which would say
    /// nothing about the new words.
    rating: Option<u8>,
    /// Ctrl-S was pressed once with no rating: the next one saves the answer unrated.
    asked_rating: bool,
    /// For the draft's timing, and the time the refined answer is dated by.
    clock: Box<dyn Clock>,
    started: DateTime<FixedOffset>,
    /// When the draft is next written.
    draft: DraftSchedule,
}

impl RefineScreen {
    pub fn new(original: Note, position: usize) -> RefineScreen {
        let mut editors = Vec::new();
        if let Some(q) = original.questions.get(position) {
            for a in &q.answers {
                editors.push((one_line(&a.ask), TextBox::new(&a.text, Lines::Many)));
            }
            for f in &q.follow_ups {
                let label = if f.skipped {
                    "Follow-up (skipped then; answer it now if you like)"
                } else {
                    "Follow-up"
                };
                editors.push((
                    format!("{label}: {}", one_line(&f.ask)),
                    TextBox::new(&f.text, Lines::Many),
                ));
            }
        }
        RefineScreen {
            original,
            position,
            editors,
            part: 0,
            changed: false,
            leaving: false,
            saved: false,
            rating: None,
            asked_rating: false,
            clock: Box::new(SystemClock::default()),
            started: chrono::Local::now().fixed_offset(),
            draft: DraftSchedule::default(),
        }
    }

    /// Times the draft by `clock` (the app's, or a test's fake) and dates the answer by it.
    pub fn with_clock(mut self, clock: Box<dyn Clock>) -> RefineScreen {
        self.started = clock.local_now();
        self.draft = DraftSchedule::new(clock.now());
        self.clock = clock;
        self
    }

    /// The refined answer as it stands, as the note its draft holds: none once it is saved and
    /// unchanged since, or before anything was changed.
    fn unsaved(&self) -> Option<Note> {
        if !self.changed {
            return None;
        }
        let edited = self.edited()?;
        let session_id = format!(
            "{}-refining-{}",
            self.started.format("%Y%m%d-%H%M%S"),
            edited.id
        );
        Some(crate::review::refine_note(
            &self.original,
            edited,
            self.rating,
            session_id,
            self.started,
        ))
    }

    /// The draft's session id, whether or not there is anything to keep in it.
    fn draft_id(&self) -> Option<String> {
        let id = &self.original.questions.get(self.position)?.id;
        Some(format!(
            "{}-refining-{id}",
            self.started.format("%Y%m%d-%H%M%S")
        ))
    }

    /// Write the draft now, or remove it when there is nothing unsaved left to keep.
    fn draft_effect(&self) -> Option<Effect> {
        match self.unsaved() {
            Some(note) => Some(Effect::WriteDraft(Box::new(note))),
            None => self.draft_id().map(Effect::RemoveDraft),
        }
    }

    fn edited_now(&mut self) {
        self.changed = true;
        self.leaving = false;
        self.draft.changed(self.clock.now());
    }

    /// The rating comes after the answer's parts, as on the rating step of a rehearsal.
    fn on_rating(&self) -> bool {
        self.part == self.editors.len()
    }

    /// The rating from what was typed on it: a digit 1 to 5 sets it, Backspace or Delete
    /// clears it, anything else is left alone.
    fn rate_from(&mut self, typed: &str) {
        for c in typed.chars() {
            if let Some(n @ 1..=5) = c.to_digit(10) {
                self.rating = u8::try_from(n).ok();
            }
        }
    }

    /// The question with the edited texts in place of the original ones.
    pub fn edited(&self) -> Option<NoteQuestion> {
        let mut q = self.original.questions.get(self.position)?.clone();
        let mut texts = self.editors.iter().map(|(_, e)| e.text());
        for a in &mut q.answers {
            if let Some(t) = texts.next() {
                a.text = t;
            }
        }
        for f in &mut q.follow_ups {
            let Some(t) = texts.next() else { break };
            // A skipped follow-up answered now is an answer; left empty, it stays skipped.
            if !f.skipped || !t.trim().is_empty() {
                f.answered_in_refine |= f.skipped;
                f.text = t;
                f.skipped = false;
            }
        }
        Some(q)
    }
}

impl Screen for RefineScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Refine
    }

    fn on_resize(&mut self) {
        for (_, editor) in &mut self.editors {
            editor.refit();
        }
    }

    fn context(&self) -> Context {
        Context::Refine
    }

    fn on_text(&mut self, text: &str) -> Vec<Effect> {
        if self.on_rating() {
            self.rate_from(text);
            return Vec::new();
        }
        let Some((_, e)) = self.editors.get_mut(self.part) else {
            return Vec::new();
        };
        let edit = e.paste(text);
        let changed = edit.changed;
        let effects = edit.effects();
        if changed {
            self.edited_now();
        }
        effects
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        // The parts, then the rating.
        let last = self.editors.len();
        match action {
            Action::Type(key) if self.on_rating() => {
                use crossterm::event::KeyCode;
                match key.code {
                    KeyCode::Char(c) => self.rate_from(&c.to_string()),
                    KeyCode::Backspace | KeyCode::Delete => self.rating = None,
                    _ => {}
                }
                if self.changed {
                    self.draft.changed(self.clock.now());
                }
            }
            Action::Type(_) | Action::Undo | Action::Redo => {
                let Some((_, e)) = self.editors.get_mut(self.part) else {
                    return Some(Vec::new());
                };
                let edit = e.on_action(action)?;
                let changed = edit.changed;
                let effects = edit.effects();
                if changed {
                    self.edited_now();
                }
                return Some(effects);
            }
            Action::NextPart => self.part = (self.part + 1).min(last),
            Action::PreviousPart => self.part = self.part.saturating_sub(1),
            // Saved, and nothing changed since: a second Ctrl-S would only make a copy.
            Action::Save if self.saved && !self.changed => {
                return Some(vec![Effect::Notify(Notice::info(format!(
                    "Already saved as a new note. Change the answer to save another, or press \
                     {} to go back.",
                    keymap::label(Context::Refine, Action::Back).unwrap_or_default()
                )))]);
            }
            Action::Save if self.rating.is_none() && !self.asked_rating => {
                self.asked_rating = true;
                self.part = last;
                let save = keymap::label(Context::Refine, Action::Save).unwrap_or_default();
                return Some(vec![Effect::Notify(Notice::warning(format!(
                    "Rate the refined answer first: type 1 (weak) to 5 (strong), then {save}. \
                     Or press {save} again to save it unrated; it stays out of your rating trend."
                )))]);
            }
            Action::Save => {
                let Some(edited) = self.edited() else {
                    return Some(Vec::new());
                };
                return Some(vec![Effect::SaveRefined {
                    original: Box::new(self.original.clone()),
                    edited: Box::new(edited),
                    rating: self.rating,
                }]);
            }
            Action::Back if !self.changed || self.saved => {
                return Some(vec![Effect::Close]);
            }
            // Leaving without saving, asked and confirmed: the draft goes too.
            Action::Back if self.leaving => {
                let mut effects: Vec<Effect> = self
                    .draft_id()
                    .map(Effect::RemoveDraft)
                    .into_iter()
                    .collect();
                effects.push(Effect::Close);
                return Some(effects);
            }
            Action::Back => {
                self.leaving = true;
                return Some(vec![Effect::Notify(Notice::warning(format!(
                    "Your changes are not saved. Press {} to save them as a new note, or {} \
                     again to leave without saving.",
                    keymap::label(Context::Refine, Action::Save).unwrap_or_default(),
                    keymap::label(Context::Refine, Action::Back).unwrap_or_default()
                )))]);
            }
            _ => return None,
        }
        Some(Vec::new())
    }

    fn on_outcome(&mut self, outcome: Outcome) -> Vec<Effect> {
        match outcome {
            Outcome::RefinedSaved(_) => {
                self.saved = true;
                self.changed = false;
                self.draft.saved();
                // Saved as a note: its draft is no longer needed.
                return self
                    .draft_id()
                    .map(Effect::RemoveDraft)
                    .into_iter()
                    .collect();
            }
            Outcome::DraftWritten => self.draft.written(),
            Outcome::DraftFailed(problem) => self.draft.failed(problem, self.clock.now()),
            _ => {}
        }
        Vec::new()
    }

    fn tick(&mut self) -> Vec<Effect> {
        if self.draft.due(self.clock.now()) {
            return self.draft_effect().into_iter().collect();
        }
        Vec::new()
    }

    fn wait(&self) -> Option<Duration> {
        self.draft
            .due_at()
            .map(|due| due.saturating_sub(self.clock.now()))
    }

    fn on_terminate(&mut self) -> Vec<Effect> {
        self.unsaved()
            .map(|note| Effect::KeepDraftOnExit(Box::new(note)))
            .into_iter()
            .collect()
    }

    fn on_suspend(&mut self) -> Vec<Effect> {
        self.unsaved()
            .map(|note| Effect::WriteDraft(Box::new(note)))
            .into_iter()
            .collect()
    }

    fn snapshot(&self) -> Option<Note> {
        self.unsaved()
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let theme = ctx.theme;
        let ask = self
            .original
            .questions
            .get(self.position)
            .map(|q| one_line(&q.ask))
            .unwrap_or_default();
        let ask_height = widgets::question_height(&ask, area.width);
        let Areas {
            head: [question, about],
            body,
            ..
        } = ScreenFrame {
            context: self.context(),
            title: Line::styled("Refine this answer", theme.title),
            head: [Constraint::Length(ask_height), Constraint::Length(2)],
            body: Constraint::Min(4),
            tail: [],
        }
        .draw(area, buf, ctx)?;
        widgets::render_question(&ask, theme, question, buf);
        Paragraph::new(format!(
            "From your answer of {}. Saving keeps that answer as it is and adds the refined one \
             as a new note, with the rating you give it below.",
            self.original.started.format("%-d %b %Y at %H:%M"),
        ))
        .style(theme.dim)
        .wrap(Wrap { trim: true })
        .render(about, buf);
        let [body, rating_area] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(3)]).areas(body);
        let mut cursor = None;
        {
            let focused = self.on_rating();
            let mut line = vec![ratatui::text::Span::styled("Rating ", theme.text)];
            for n in 1..=5u8 {
                line.push(if self.rating == Some(n) {
                    ratatui::text::Span::styled(format!("[{n}]"), theme.selected)
                } else {
                    ratatui::text::Span::styled(format!(" {n} "), theme.text)
                });
            }
            line.push(ratatui::text::Span::styled(
                match (self.rating, focused) {
                    (None, true) => "   type 1 to 5".to_string(),
                    (None, false) => format!(
                        "   not rated yet: {} to it and type 1 to 5",
                        keymap::label(Context::Refine, Action::NextPart).unwrap_or_default()
                    ),
                    (Some(_), _) => String::new(),
                },
                theme.dim,
            ));
            let block = Block::bordered()
                .title(" Your rating of the refined answer · 1 weak, 5 strong ")
                .border_style(if focused { theme.title } else { theme.border });
            let inner = block.inner(rating_area);
            block.render(rating_area, buf);
            Line::from(line).render(inner, buf);
            if focused {
                cursor = Some(Position::new(inner.x, inner.y));
            }
        }
        if !self.editors.is_empty() {
            // The focused part gets the room; the others show a line each.
            let constraints: Vec<Constraint> = (0..self.editors.len())
                .map(|i| {
                    if i == self.part {
                        Constraint::Min(3)
                    } else {
                        Constraint::Length(3)
                    }
                })
                .collect();
            let areas = Layout::vertical(constraints).split(body);
            for (i, ((label, e), area)) in self.editors.iter().zip(areas.iter()).enumerate() {
                let focused = i == self.part;
                let room = usize::from(area.width.saturating_sub(4));
                // The part being answered shows its whole title above its box when the title
                // would be cut: a follow-up's question is what the PSW is answering (walk 10: "What
                // did Mrs Okafor's…" was all of it at 80 columns).
                let mut area = *area;
                let mut title_above = false;
                if focused && label.chars().count() > room {
                    let lines = widgets::wrap_hanging(label, usize::from(area.width), "");
                    let n = u16::try_from(lines.len()).unwrap_or(u16::MAX);
                    if area.height >= n + 3 {
                        let [above, rest] =
                            Layout::vertical([Constraint::Length(n), Constraint::Min(3)])
                                .areas(area);
                        let text: Vec<Line> = lines
                            .into_iter()
                            .map(|l| Line::styled(l, theme.title))
                            .collect();
                        Paragraph::new(text).render(above, buf);
                        area = rest;
                        title_above = true;
                    }
                }
                let area = &area;
                // A title or a part too long for its box ends in "…", never mid-word unmarked.
                let title = if title_above {
                    "Your answer".to_string()
                } else {
                    widgets::cut_line(label, room)
                };
                let block = Block::bordered()
                    .title(format!(" {title} "))
                    .border_style(if focused { theme.title } else { theme.border });
                if focused {
                    cursor = e.render(Some(block), theme, *area, buf);
                } else {
                    let inner = block.inner(*area);
                    block.render(*area, buf);
                    let line = widgets::cut_line(&one_line(&e.text()), usize::from(inner.width));
                    Paragraph::new(line).style(theme.dim).render(inner, buf);
                }
            }
        }
        cursor
    }
}
