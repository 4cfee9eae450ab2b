//! The evidence screen: the register's figures and stories, filtered by quality statement or
//! topic; adding or changing one in a form (`form.rs`), and deleting one (asks first). A register
//! file with a mistake is reported with its line and column, and nothing is written until it is
//! fixed.

mod form;

use crate::bank::QualityStatement;
use crate::evidence::entry::{self, EntryKind};
use crate::evidence::model::figure_line;
use crate::evidence::{Change, Place, Register};
use crate::insight::Lexicon;
use crate::tui::component::{Ctx, Effect, Notice, Outcome, Screen, ScreenId};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::widgets;
use chrono::NaiveDate;
use form::{Form, Next};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Figure(usize),
    Story(usize),
}

/// Rows moved by a page up or down: fewer than the list shows at 80x24, so one stays in view.
const PAGE: usize = 10;

/// A change asked of the app, until it says the file was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    Delete,
    Entry,
}

pub struct EvidenceScreen {
    /// The register as it is in the file.
    register: Register,
    /// The register file's mistake, with its place: the screen shows it and changes nothing.
    problem: Option<String>,
    statement: Option<QualityStatement>,
    topic: Option<String>,
    selected: usize,
    confirming: bool,
    /// Asking whether to add a figure or a story.
    adding: bool,
    form: Option<Form>,
    pending: Option<Pending>,
    lexicon: Rc<Lexicon>,
    today: NaiveDate,
    /// Settings' age limit: a figure older than this many months is marked out of date, as
    /// `evidence list`, progress and the prep pack mark it.
    stale_months: u32,
}

impl EvidenceScreen {
    /// The screen on the register as read (or the mistake that stopped it reading), with the
    /// lexicon a story's identifying details are found with and today's date, after which no
    /// figure can be true and against which a figure older than `stale_months` is out of date.
    pub fn new(
        register: Result<Register, String>,
        lexicon: Rc<Lexicon>,
        today: NaiveDate,
        stale_months: u32,
    ) -> EvidenceScreen {
        let (register, problem) = match register {
            Ok(r) => (r, None),
            Err(e) => (Register::default(), Some(e)),
        };
        EvidenceScreen {
            register,
            problem,
            statement: None,
            topic: None,
            selected: 0,
            confirming: false,
            adding: false,
            form: None,
            pending: None,
            lexicon,
            today,
            stale_months,
        }
    }

    /// How the age limit is said: "older than 3 months", as `evidence list` says it.
    fn older_than(&self) -> String {
        let months = self.stale_months;
        format!(
            "older than {months} month{}",
            if months == 1 { "" } else { "s" }
        )
    }

    /// A register with a mistake is never written: adding, changing and deleting wait until it
    /// is fixed.
    fn refuse_while_broken(&self) -> Option<Vec<Effect>> {
        self.problem.as_ref().map(|_| {
            vec![Effect::Notify(Notice::warning(
                "Fix the mistake in evidence.yaml first: nothing is changed until it reads.",
            ))]
        })
    }

    fn open_form(&mut self, kind: EntryKind, editing: Option<usize>) {
        let texts = match (kind, editing) {
            (EntryKind::Figure, Some(i)) => entry::figure_texts(&self.register.figures[i]),
            (EntryKind::Story, Some(i)) => entry::story_texts(&self.register.stories[i]),
            (kind, None) => vec![String::new(); kind.fields().len()],
        };
        self.form = Some(Form::new(kind, editing, texts));
    }

    fn form_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let form = self.form.as_mut()?;
        let next = form.on_action(action, &self.register, &self.lexicon, self.today)?;
        Some(match next {
            Next::Stay => Vec::new(),
            Next::Close => {
                self.form = None;
                Vec::new()
            }
            Next::Notify(notice) => vec![Effect::Notify(notice)],
            Next::Save(change) => {
                self.pending = Some(Pending::Entry);
                vec![Effect::SaveRegister(change)]
            }
        })
    }

    fn rows(&self) -> Vec<Row> {
        let keep = |statements: &[QualityStatement], topics: &[String]| {
            self.statement.is_none_or(|s| statements.contains(&s))
                && self.topic.as_ref().is_none_or(|t| topics.contains(t))
        };
        let figures = self
            .register
            .figures
            .iter()
            .enumerate()
            .filter(|(_, f)| keep(&f.statements, &f.topics))
            .map(|(i, _)| Row::Figure(i));
        let stories = self
            .register
            .stories
            .iter()
            .enumerate()
            .filter(|(_, s)| keep(&s.statements, &s.topics))
            .map(|(i, _)| Row::Story(i));
        figures.chain(stories).collect()
    }

    fn topics(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .register
            .figures
            .iter()
            .flat_map(|f| f.topics.clone())
            .chain(self.register.stories.iter().flat_map(|s| s.topics.clone()))
            .collect();
        all.sort();
        all.dedup();
        all
    }

    fn delete(&mut self) -> Vec<Effect> {
        self.confirming = false;
        let Some(row) = self.rows().get(self.selected).copied() else {
            return Vec::new();
        };
        let change = match row {
            Row::Figure(i) => Change::Figure {
                old: Some(self.register.figures[i].clone()),
                new: None,
            },
            Row::Story(i) => Change::Story {
                old: Some(self.register.stories[i].clone()),
                new: None,
            },
        };
        self.pending = Some(Pending::Delete);
        vec![Effect::SaveRegister(Box::new(change))]
    }
}

impl Screen for EvidenceScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Evidence
    }

    fn context(&self) -> Context {
        if let Some(form) = &self.form {
            form.context()
        } else if self.confirming {
            Context::EvidenceConfirm
        } else if self.adding {
            Context::EvidenceAdd
        } else {
            Context::EvidenceList
        }
    }

    /// The list and the form are two pages: a notice given on one is not left on the other.
    fn page(&self) -> u8 {
        u8::from(self.form.is_some())
    }

    fn on_terminate(&mut self) -> Vec<Effect> {
        self.form
            .as_ref()
            .and_then(|f| f.unsaved_words())
            .map(Effect::Farewell)
            .into_iter()
            .collect()
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        if self.form.is_some() {
            return self.form_action(action);
        }
        let last = self.rows().len().saturating_sub(1);
        if self.adding {
            self.adding = false;
            match action {
                Action::AddFigure => self.open_form(EntryKind::Figure, None),
                Action::AddStory => self.open_form(EntryKind::Story, None),
                Action::Cancel => {}
                _ => self.adding = true,
            }
            return Some(Vec::new());
        }
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            Action::PageDown => self.selected = (self.selected + PAGE).min(last),
            Action::FilterStatement => {
                let all = QualityStatement::ALL;
                self.statement = match self.statement {
                    None => all.first().copied(),
                    Some(s) => all.get(s as usize + 1).copied(),
                };
                self.selected = 0;
            }
            Action::FilterTopic => {
                let topics = self.topics();
                self.topic = match &self.topic {
                    None => topics.first().cloned(),
                    Some(t) => topics
                        .iter()
                        .position(|x| x == t)
                        .and_then(|i| topics.get(i + 1).cloned()),
                };
                self.selected = 0;
            }
            Action::ClearFilters => {
                self.statement = None;
                self.topic = None;
                self.selected = 0;
            }
            Action::AskDiscard | Action::Add | Action::Choose if self.problem.is_some() => {
                return self.refuse_while_broken();
            }
            Action::AskDiscard => self.confirming = !self.rows().is_empty(),
            Action::Add => self.adding = true,
            Action::Choose => match self.rows().get(self.selected).copied() {
                Some(Row::Figure(i)) => self.open_form(EntryKind::Figure, Some(i)),
                Some(Row::Story(i)) => self.open_form(EntryKind::Story, Some(i)),
                None => self.adding = true,
            },
            Action::Confirm if self.confirming => return Some(self.delete()),
            Action::Cancel => self.confirming = false,
            Action::Back => return Some(vec![Effect::Close]),
            _ => return None,
        }
        Some(Vec::new())
    }

    fn on_text(&mut self, text: &str) -> Vec<Effect> {
        self.form
            .as_mut()
            .and_then(|f| f.on_text(text))
            .map(Effect::Notify)
            .into_iter()
            .collect()
    }

    fn on_outcome(&mut self, outcome: Outcome) -> Vec<Effect> {
        let Outcome::RegisterSaved(result) = outcome else {
            return Vec::new();
        };
        let Some(pending) = self.pending.take() else {
            return Vec::new();
        };
        let notice = match (result, pending) {
            (Ok(kept), Pending::Delete) => {
                self.register = *kept.register;
                self.selected = self.selected.min(self.rows().len().saturating_sub(1));
                Notice::info("Deleted, and the register saved.")
            }
            (Ok(kept), Pending::Entry) => {
                self.register = *kept.register;
                let Some(form) = self.form.take() else {
                    return Vec::new();
                };
                let row = match kept.place {
                    Place::Figure(i) => Some(Row::Figure(i)),
                    Place::Story(i) => Some(Row::Story(i)),
                    Place::Gone => None,
                };
                if row.is_some_and(|r| !self.rows().contains(&r)) {
                    // A filter would hide it: show everything, so the PSW sees what they kept.
                    self.statement = None;
                    self.topic = None;
                }
                self.selected = row
                    .and_then(|r| self.rows().iter().position(|x| *x == r))
                    .unwrap_or(0);
                Notice::info(format!(
                    "The {} is saved in the register.",
                    form.kind.noun()
                ))
            }
            (Err(problem), _) => match &mut self.form {
                // The form stays open with every field as typed: say so, and the key to retry.
                Some(form) => {
                    form.save_failed();
                    let save = keymap::label(Context::EvidenceForm, Action::Save).unwrap_or("");
                    Notice::problem(format!(
                        "{problem} What you typed is still here: {save} saves it."
                    ))
                }
                None => Notice::problem(problem),
            },
        };
        vec![Effect::Notify(notice)]
    }

    fn on_resize(&mut self) {
        if let Some(form) = &mut self.form {
            form.on_resize();
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let theme = ctx.theme;
        let [body, status, footer] = Layout::vertical([
            Constraint::Min(3),
            Constraint::Length(widgets::notice_height(ctx.notice, area.width)),
            Constraint::Length(1),
        ])
        .areas(area);
        if let Some(form) = &self.form {
            let cursor = form.render(&self.register, self.today, body, buf, theme);
            widgets::render_notice(ctx.notice, status, buf, theme);
            widgets::footer(self.context(), theme).render(footer, buf);
            return cursor;
        }
        let width = usize::from(body.width.saturating_sub(2)).max(10);
        let mut lines: Vec<Line> = Vec::new();
        if let Some(problem) = &self.problem {
            lines.push(Line::styled(
                crate::display::visible(problem).into_owned(),
                theme.bad,
            ));
            lines.push(Line::styled(
                "The register is left as it is: fix that line in a text editor, then open this again.",
                theme.text,
            ));
        }
        let mut filter = Vec::new();
        if let Some(s) = self.statement {
            filter.push(format!("quality statement: {}", s.title()));
        }
        if let Some(t) = &self.topic {
            filter.push(format!("topic: {}", crate::bank::topic_title(t)));
        }
        let rows = self.rows();
        if self.problem.is_none() {
            lines.push(Line::styled(
                format!(
                    "{} figure{} and {} stor{}{}",
                    self.register.figures.len(),
                    if self.register.figures.len() == 1 {
                        ""
                    } else {
                        "s"
                    },
                    self.register.stories.len(),
                    if self.register.stories.len() == 1 {
                        "y"
                    } else {
                        "ies"
                    },
                    if filter.is_empty() {
                        String::new()
                    } else {
                        format!(" · showing {} ({})", rows.len(), filter.join(", "))
                    }
                ),
                theme.dim,
            ));
            let old = self
                .register
                .figures
                .iter()
                .filter(|f| f.is_stale(self.today, self.stale_months))
                .count();
            if old > 0 {
                lines.push(Line::styled(
                    format!(
                        "{old} figure{} out of date ({}): check {} before the visit.",
                        if old == 1 { "" } else { "s" },
                        self.older_than(),
                        if old == 1 { "it" } else { "them" }
                    ),
                    theme.warn,
                ));
            }
            let label = |action| keymap::label(Context::EvidenceList, action).unwrap_or("");
            lines.push(Line::styled(
                format!(
                    "{} adds a figure or a story, {} changes the one highlighted; to add many at \
                     once, run psw-coach evidence import FILE.csv.",
                    label(Action::Add),
                    label(Action::Choose)
                ),
                theme.dim,
            ));
            if self.register.figures.is_empty() && self.register.stories.is_empty() {
                // The shared empty-register sentence points here; on this screen, say what to press.
                lines.push(Line::from(""));
                lines.push(Line::styled(
                    format!(
                        "Nothing here yet. Press {} to add your first figure (what it measures, the \
                         value, the date it was true and where it comes from) or a story; the \
                         figures drill and the checks on your answers then use them.",
                        label(Action::Add)
                    ),
                    theme.text,
                ));
            }
        }
        // Keep the highlighted row in view.
        let room = usize::from(body.height.saturating_sub(2)).saturating_sub(lines.len() + 3);
        let first = self.selected.saturating_sub(room.saturating_sub(1));
        for (n, row) in rows.iter().enumerate().skip(first).take(room.max(1)) {
            let chosen = n == self.selected;
            // The mark comes before the figure, so a row cut at 80 columns still shows it.
            let stale = matches!(row, Row::Figure(i)
                if self.register.figures[*i].is_stale(self.today, self.stale_months));
            let text = match row {
                Row::Figure(i) if stale => format!(
                    "Figure  (out of date) {}",
                    figure_line(&self.register.figures[*i])
                ),
                Row::Figure(i) => format!("Figure  {}", figure_line(&self.register.figures[*i])),
                Row::Story(i) => {
                    let s = &self.register.stories[*i];
                    format!(
                        "Story   {} ({})",
                        s.title,
                        if s.is_strong() {
                            "all three parts told"
                        } else {
                            "a part still thin"
                        }
                    )
                }
            };
            lines.push(Line::from(vec![
                Span::styled(if chosen { "> " } else { "  " }, theme.title),
                Span::styled(
                    widgets::cut_line(&crate::text::one_line(&text), width.saturating_sub(2)),
                    match (chosen, stale) {
                        (true, _) => theme.selected,
                        (false, true) => theme.warn,
                        (false, false) => theme.text,
                    },
                ),
            ]));
        }
        if self.adding {
            lines.push(Line::default());
            let key = |action| keymap::label(Context::EvidenceAdd, action).unwrap_or("");
            lines.push(Line::styled(
                format!(
                    "What would you like to add? {} a figure, {} a story",
                    key(Action::AddFigure),
                    key(Action::AddStory)
                ),
                theme.warn,
            ));
        }
        if self.confirming
            && let Some(row) = rows.get(self.selected)
        {
            let what = match row {
                Row::Figure(i) => self.register.figures[*i].measure.clone(),
                Row::Story(i) => self.register.stories[*i].title.clone(),
            };
            lines.push(Line::default());
            lines.push(Line::styled(
                widgets::cut_line(
                    &format!(
                        "Delete \"{}\" from the register? {} yes, {} no",
                        one(&what),
                        keymap::label(Context::EvidenceConfirm, Action::Confirm).unwrap_or(""),
                        keymap::label(Context::EvidenceConfirm, Action::Cancel).unwrap_or("")
                    ),
                    width,
                ),
                theme.warn,
            ));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::bordered()
                    .title(Span::styled(" Your evidence register ", theme.title))
                    .border_style(theme.border),
            )
            .render(body, buf);
        widgets::render_notice(ctx.notice, status, buf, theme);
        widgets::footer(self.context(), theme).render(footer, buf);
        None
    }
}

fn one(text: &str) -> String {
    crate::text::one_line(text)
}
