//! Adding or changing one figure or story: a text box for each field, each field's mistake said
//! beside it, a story's identifying details shown before it is kept, and asking before a change is
//! left unsaved.

use crate::evidence::entry::{self, EntryKind, Field, FieldProblem};
use crate::evidence::{Change, Register};
use crate::insight::Lexicon;
use crate::tui::component::Notice;
use crate::tui::keymap::{Action, Context};
use crate::tui::text_box::{Lines, TextBox};
use crate::tui::theme::Theme;
use crate::tui::widgets;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// Columns for a field's name, before its box.
const LABEL_WIDTH: u16 = 22;
/// The most rows a long field takes while it is typed in.
const LONG_ROWS: u16 = 3;

/// Where the form is: typing, asking before leaving, or showing a story's identifying details.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Stage {
    Typing,
    Leaving,
    /// The details found, as "Mrs Patel (name with a title), in What was done".
    Details(Vec<(Field, String)>),
}

/// What a form asks of the screen holding it.
pub(super) enum Next {
    Stay,
    /// Leave the form; nothing to keep.
    Close,
    /// Keep this change in the file.
    Save(Box<Change>),
    Notify(Notice),
}

pub(super) struct Form {
    pub kind: EntryKind,
    /// The entry's place in the register's figures or stories, when changing one.
    pub editing: Option<usize>,
    boxes: Vec<TextBox>,
    original: Vec<String>,
    focus: usize,
    /// Fields left once (or all, once a save was tried): their mistakes are shown.
    shown: Vec<bool>,
    pub stage: Stage,
    /// The texts the PSW chose to keep with their identifying details: not asked again.
    kept_anyway: Option<Vec<String>>,
    /// A save was tried with mistakes: the form says so above the fields until they are put
    /// right (a notice would stay after they were).
    tried: bool,
}

impl Form {
    pub fn new(kind: EntryKind, editing: Option<usize>, texts: Vec<String>) -> Form {
        let boxes = kind
            .fields()
            .iter()
            .zip(&texts)
            .map(|(field, text)| TextBox::new(text, Lines::One).with_placeholder(field.hint()))
            .collect();
        Form {
            kind,
            editing,
            boxes,
            shown: vec![false; texts.len()],
            original: texts,
            focus: 0,
            stage: Stage::Typing,
            kept_anyway: None,
            tried: false,
        }
    }

    pub fn context(&self) -> Context {
        match self.stage {
            Stage::Typing => Context::EvidenceForm,
            Stage::Leaving => Context::EvidenceLeave,
            Stage::Details(_) => Context::EvidenceDetails,
        }
    }

    pub fn texts(&self) -> Vec<String> {
        self.boxes.iter().map(TextBox::text).collect()
    }

    fn changed(&self) -> bool {
        self.texts() != self.original
    }

    /// What was typed and not saved, field by field, to print once the terminal is restored
    /// when psw-coach is closed on the form (Ctrl-C, a closed window): the form keeps no draft,
    /// so its words are given back rather than lost (the twelfth walk's row 2). `None` when
    /// nothing was changed.
    pub fn unsaved_words(&self) -> Option<String> {
        if !self.changed() {
            return None;
        }
        let noun = self.kind.noun();
        let save =
            crate::tui::keymap::label(Context::EvidenceForm, Action::Save).unwrap_or_default();
        let mut out = format!(
            "Your {noun} was not saved: psw-coach was closed before {save}. Here is what you \
             typed, to type in again:\n"
        );
        for (field, text) in self.fields().iter().zip(self.texts()) {
            if !text.trim().is_empty() {
                out.push_str(&format!("\n{}: {}", field.label(), text.trim()));
            }
        }
        Some(out)
    }

    /// Whether the previous value and its date are as they were when the form opened.
    fn previous_untouched(&self) -> bool {
        let texts = self.texts();
        self.fields()
            .iter()
            .enumerate()
            .filter(|(_, f)| matches!(f, Field::PreviousValue | Field::PreviousAsAt))
            .all(|(i, _)| texts.get(i) == self.original.get(i))
    }

    fn fields(&self) -> &'static [Field] {
        self.kind.fields()
    }

    fn move_to(&mut self, to: usize) {
        self.shown[self.focus] = true;
        self.focus = to.min(self.boxes.len().saturating_sub(1));
        // A short field (a value, a date) is usually typed again whole: what is there is
        // selected, so the first key replaces it; Backspace or an arrow keeps it to edit.
        let field = self.fields()[self.focus];
        if let Some(text_box) = self.boxes.get_mut(self.focus) {
            text_box.keep_selection_text();
            if !field.is_long() && !text_box.is_empty() {
                text_box.select_all();
            }
        }
    }

    /// The mistakes in the fields as they stand, by field.
    fn problems(&self, register: &Register, today: NaiveDate) -> Vec<FieldProblem> {
        let texts = self.texts();
        match self.kind {
            EntryKind::Figure => entry::check_figure(&texts, today, register, self.editing).err(),
            EntryKind::Story => entry::check_story(&texts).err(),
        }
        .unwrap_or_default()
    }

    pub fn on_action(
        &mut self,
        action: Action,
        register: &Register,
        lexicon: &Lexicon,
        today: NaiveDate,
    ) -> Option<Next> {
        let last = self.boxes.len().saturating_sub(1);
        Some(match (&self.stage, action) {
            (Stage::Typing, Action::NextPart) => {
                self.move_to((self.focus + 1).min(last));
                Next::Stay
            }
            (Stage::Typing, Action::PreviousPart) => {
                self.move_to(self.focus.saturating_sub(1));
                Next::Stay
            }
            (Stage::Typing, Action::Back) if self.changed() => {
                self.stage = Stage::Leaving;
                Next::Stay
            }
            (Stage::Typing, Action::Back) | (Stage::Leaving, Action::Confirm) => Next::Close,
            (Stage::Leaving, Action::Cancel) => {
                self.stage = Stage::Typing;
                Next::Stay
            }
            (Stage::Typing | Stage::Leaving, Action::Save) => {
                self.save(register, lexicon, today, false)
            }
            (Stage::Details(found), Action::EditFirst) => {
                let first = found.first().map(|(field, _)| *field);
                self.stage = Stage::Typing;
                if let Some(i) = self.fields().iter().position(|f| Some(*f) == first) {
                    self.move_to(i);
                }
                Next::Stay
            }
            (Stage::Details(_), Action::KeepAnyway) => {
                self.stage = Stage::Typing;
                self.save(register, lexicon, today, true)
            }
            (Stage::Typing, _) => {
                let edit = self.boxes.get_mut(self.focus)?.on_action(action)?;
                match edit.notice {
                    Some(notice) => Next::Notify(notice),
                    None => Next::Stay,
                }
            }
            _ => return None,
        })
    }

    pub fn on_text(&mut self, text: &str) -> Option<Notice> {
        if self.stage != Stage::Typing {
            return None;
        }
        self.boxes.get_mut(self.focus)?.paste(text).notice
    }

    /// Checks every field, then (a story) its identifying details, then hands the register with
    /// this entry in it to be written.
    fn save(
        &mut self,
        register: &Register,
        lexicon: &Lexicon,
        today: NaiveDate,
        keep_anyway: bool,
    ) -> Next {
        let texts = self.texts();
        let mut change = None;
        let problems = match self.kind {
            EntryKind::Figure => {
                match entry::check_figure(&texts, today, register, self.editing) {
                    Ok(mut figure) => {
                        let old = self.editing.and_then(|i| register.figures.get(i));
                        // A new value typed over an old one keeps the old as the previous
                        // value, as a re-import does, unless the PSW gave it.
                        if let Some(old) = old
                            && self.previous_untouched()
                        {
                            figure.follow(old);
                        }
                        change = Some(Change::Figure {
                            old: old.cloned(),
                            new: Some(figure),
                        });
                        Vec::new()
                    }
                    Err(problems) => problems,
                }
            }
            EntryKind::Story => match entry::check_story(&texts) {
                Ok(story) => {
                    if keep_anyway {
                        self.kept_anyway = Some(texts.clone());
                    }
                    let found = entry::story_details(lexicon, &story);
                    if !found.is_empty() && self.kept_anyway.as_ref() != Some(&texts) {
                        self.stage = Stage::Details(
                            found
                                .into_iter()
                                .map(|(field, c)| {
                                    (
                                        field,
                                        format!(
                                            "{} ({}), in {}",
                                            crate::text::one_line(&c.text),
                                            c.kind.label(),
                                            field.label()
                                        ),
                                    )
                                })
                                .collect(),
                        );
                        return Next::Stay;
                    }
                    change = Some(Change::Story {
                        old: self.editing.and_then(|i| register.stories.get(i)).cloned(),
                        new: Some(story),
                    });
                    Vec::new()
                }
                Err(problems) => problems,
            },
        };
        if let Some((field, _)) = problems.first() {
            self.stage = Stage::Typing;
            self.shown.iter_mut().for_each(|s| *s = true);
            if let Some(i) = self.fields().iter().position(|f| f == field) {
                self.move_to(i);
            }
            self.tried = true;
            return Next::Stay;
        }
        match change {
            Some(change) => Next::Save(Box::new(change)),
            None => Next::Stay,
        }
    }

    /// The register file could not be written: stay, with everything typed still here.
    pub fn save_failed(&mut self) {
        self.stage = Stage::Typing;
    }

    pub fn on_resize(&mut self) {
        self.boxes.iter_mut().for_each(TextBox::refit);
    }

    /// Draws the form inside `area` (the screen's bordered body); returns the insertion point.
    pub fn render(
        &self,
        register: &Register,
        today: NaiveDate,
        area: Rect,
        buf: &mut Buffer,
        theme: &Theme,
    ) -> Option<Position> {
        let title = match (self.kind, self.editing) {
            (EntryKind::Figure, None) => " Add a figure ",
            (EntryKind::Figure, Some(_)) => " Change a figure ",
            (EntryKind::Story, None) => " Add a story ",
            (EntryKind::Story, Some(_)) => " Change a story ",
        };
        let block = Block::bordered()
            .title(Span::styled(title, theme.title))
            .border_style(theme.border);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width < LABEL_WIDTH + 10 || inner.height < 3 {
            return None;
        }
        let problems = self.problems(register, today);
        let value_width = inner.width - LABEL_WIDTH;
        let intro = match self.kind {
            EntryKind::Figure => {
                "What it measures, its value, the day it was true and where it comes from."
            }
            EntryKind::Story => {
                "In the three parts assessors press for; describe people without naming them."
            }
        };
        // Each field's rows: its box (a long one over a few rows while typed in), then its
        // mistake, if it has one and has been left once.
        let long_height = |i: usize| {
            let text = self.boxes[i].text();
            let width = usize::from(value_width.saturating_sub(1)).max(1);
            widgets::wrapped_height(&text, width).clamp(1, LONG_ROWS)
        };
        let problem_rows = |p: &Option<String>| {
            p.as_ref().map_or(0, |p| {
                widgets::wrapped_height(p, usize::from(value_width)).min(4)
            })
        };
        let mut rows: Vec<(usize, u16, Option<String>)> = Vec::new();
        for (i, field) in self.fields().iter().enumerate() {
            let height = if i == self.focus && field.is_long() {
                long_height(i)
            } else {
                1
            };
            let problem = problems
                .iter()
                .find(|(f, _)| f == field)
                .filter(|_| self.shown[i])
                .map(|(_, p)| p.clone());
            rows.push((i, height, problem));
        }
        // With room to spare (a taller window), every long field shows more of itself.
        let expanded: Vec<(usize, u16, Option<String>)> = rows
            .iter()
            .map(|(i, h, p)| {
                let long = self.fields()[*i].is_long();
                (*i, if long { long_height(*i) } else { *h }, p.clone())
            })
            .collect();
        let total = |rows: &[(usize, u16, Option<String>)]| -> u16 {
            rows.iter().map(|(_, h, p)| h + problem_rows(p)).sum()
        };
        if total(&expanded) <= inner.height.saturating_sub(1) {
            rows = expanded;
        }
        let room = inner.height.saturating_sub(1);
        // Scroll so the field being typed in, and its mistake, are in view.
        let mut first = 0;
        let used = |from: usize, to: usize| -> u16 {
            rows[from..=to]
                .iter()
                .map(|(_, h, p)| h + problem_rows(p))
                .sum()
        };
        while first < self.focus && used(first, self.focus) > room {
            first += 1;
        }
        let (intro, style) = match problems.len() {
            0 => (intro.to_string(), theme.dim),
            _ if !self.tried => (intro.to_string(), theme.dim),
            1 => (
                "Not saved yet: one thing to put right, said beside its field.".to_string(),
                theme.warn,
            ),
            n => (
                format!("Not saved yet: {n} things to put right, said beside their fields."),
                theme.warn,
            ),
        };
        Line::styled(widgets::cut_line(&intro, usize::from(inner.width)), style)
            .render(Rect { height: 1, ..inner }, buf);
        let mut y = inner.y + 1;
        let bottom = inner.bottom();
        let mut cursor = None;
        for (i, height, problem) in &rows[first..] {
            if y >= bottom {
                break;
            }
            let field = self.fields()[*i];
            let chosen = *i == self.focus && self.stage == Stage::Typing;
            let mark = if *i == self.focus { "> " } else { "  " };
            Line::from(vec![
                Span::styled(mark, theme.title),
                Span::styled(
                    field.label(),
                    if *i == self.focus {
                        theme.title
                    } else {
                        theme.text
                    },
                ),
            ])
            .render(
                Rect {
                    x: inner.x,
                    y,
                    width: LABEL_WIDTH,
                    height: 1,
                },
                buf,
            );
            let height = (*height).min(bottom - y);
            let at = Rect {
                x: inner.x + LABEL_WIDTH,
                y,
                width: value_width,
                height,
            };
            if chosen {
                cursor = if field.is_long() {
                    self.boxes[*i].render(None, theme, at, buf)
                } else {
                    // Shown whole as selected until typing replaces it, as in Settings.
                    let style = if self.boxes[*i].has_selection() {
                        theme.selected
                    } else {
                        theme.text
                    };
                    self.boxes[*i].render_line(style, theme, at, buf)
                };
            } else if height > 1 {
                let text = crate::display::visible(&self.boxes[*i].text()).into_owned();
                Paragraph::new(text)
                    .style(theme.text)
                    .wrap(Wrap { trim: true })
                    .render(at, buf);
            } else {
                let text = crate::text::one_line(&self.boxes[*i].text());
                Line::styled(
                    widgets::cut_line(&text, usize::from(value_width)),
                    theme.text,
                )
                .render(at, buf);
            }
            y += height;
            if let Some(problem) = problem {
                let lines = problem_rows(&Some(problem.clone())).min(bottom.saturating_sub(y));
                if lines > 0 {
                    Paragraph::new(crate::display::visible(problem).into_owned())
                        .style(theme.bad)
                        .wrap(Wrap { trim: true })
                        .render(
                            Rect {
                                x: inner.x + LABEL_WIDTH,
                                y,
                                width: value_width,
                                height: lines,
                            },
                            buf,
                        );
                }
                y += lines;
            }
        }
        match &self.stage {
            Stage::Typing => {}
            Stage::Leaving => {
                panel(
                    " Leave without saving? ",
                    vec![Line::from(format!(
                        "This {} has changes that are not in the register yet.",
                        self.kind.noun()
                    ))],
                    Context::EvidenceLeave,
                    area,
                    buf,
                    theme,
                );
            }
            Stage::Details(found) => {
                let mut lines = vec![Line::styled("This story may identify someone:", theme.warn)];
                lines.extend(
                    found
                        .iter()
                        .take(5)
                        .map(|(_, l)| Line::from(format!("  • {l}"))),
                );
                if found.len() > 5 {
                    lines.push(Line::from(format!("  … and {} more", found.len() - 5)));
                }
                lines.push(Line::from(
                    "The register stays on this computer, but it is safer to anonymise.",
                ));
                panel(
                    " Check before saving ",
                    lines,
                    Context::EvidenceDetails,
                    area,
                    buf,
                    theme,
                );
            }
        }
        cursor.filter(|_| self.stage == Stage::Typing)
    }
}

/// A panel over the form: its sentences, then its keys from the key map.
fn panel(
    title: &str,
    mut lines: Vec<Line<'static>>,
    context: Context,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    lines.push(Line::default());
    widgets::panel(title, lines, context, theme.warn, area, buf, theme);
}
