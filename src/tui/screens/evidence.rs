//! The evidence screen: the register's figures and stories, filtered by quality statement or
//! topic, and deleting one (asks first). A register file with a mistake is reported with its line
//! and column, and nothing is written until it is fixed.

use crate::bank::QualityStatement;
use crate::evidence::Register;
use crate::evidence::model::figure_line;
use crate::tui::component::{Ctx, Effect, Screen, ScreenId};
use crate::tui::keymap::{Action, Context};
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Figure(usize),
    Story(usize),
}

pub struct EvidenceScreen {
    register: Register,
    /// The register file's mistake, with its place: the screen shows it and changes nothing.
    problem: Option<String>,
    statement: Option<QualityStatement>,
    topic: Option<String>,
    selected: usize,
    confirming: bool,
}

impl EvidenceScreen {
    pub fn new(register: Result<Register, String>) -> EvidenceScreen {
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
        }
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
        match row {
            Row::Figure(i) => {
                self.register.figures.remove(i);
            }
            Row::Story(i) => {
                self.register.stories.remove(i);
            }
        }
        self.selected = self.selected.min(self.rows().len().saturating_sub(1));
        vec![Effect::SaveRegister(Box::new(self.register.clone()))]
    }
}

impl Screen for EvidenceScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Evidence
    }

    fn context(&self) -> Context {
        if self.confirming {
            Context::EvidenceConfirm
        } else {
            Context::EvidenceList
        }
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let last = self.rows().len().saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
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
            // A register with a mistake is never written: deleting waits until it is fixed.
            Action::AskDiscard if self.problem.is_some() => {
                return Some(vec![Effect::Notify(
                    crate::tui::component::Notice::warning(
                        "Fix the mistake in evidence.yaml first: nothing is changed until it reads.",
                    ),
                )]);
            }
            Action::AskDiscard => self.confirming = !self.rows().is_empty(),
            Action::Confirm if self.confirming => return Some(self.delete()),
            Action::Cancel => self.confirming = false,
            Action::Back => return Some(vec![Effect::Close]),
            _ => return None,
        }
        Some(Vec::new())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let theme = ctx.theme;
        let [body, status, footer] = Layout::vertical([
            Constraint::Min(3),
            Constraint::Length(widgets::notice_height(ctx.notice, area.width)),
            Constraint::Length(1),
        ])
        .areas(area);
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
            // Adding and editing on this screen are not built yet: say where they are done.
            lines.push(Line::styled(
                "To add or change one: `psw-coach evidence import FILE.csv`, or evidence.yaml in a text editor.",
                theme.dim,
            ));
            if self.register.figures.is_empty() && self.register.stories.is_empty() {
                lines.push(Line::styled(
                    crate::evidence::drill::EMPTY_REGISTER,
                    theme.text,
                ));
            }
        }
        // Keep the highlighted row in view.
        let room = usize::from(body.height.saturating_sub(2)).saturating_sub(lines.len() + 3);
        let first = self.selected.saturating_sub(room.saturating_sub(1));
        for (n, row) in rows.iter().enumerate().skip(first).take(room.max(1)) {
            let chosen = n == self.selected;
            let text = match row {
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
                    if chosen { theme.selected } else { theme.text },
                ),
            ]));
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
                    &format!("Delete \"{}\" from the register? y yes, n no", one(&what)),
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
