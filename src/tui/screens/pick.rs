//! Pair practice: the interviewer picks the questions to ask from a list, filtered by the topic or
//! quality statement chosen on the home screen. With none ticked, the plan's own choice is used.

use crate::bank::model::Question;
use crate::drill::Plan;
use crate::drill::pair::PairStart;
use crate::tui::component::{Ctx, Effect, Screen, ScreenId};
use crate::tui::frame::{Areas, ScreenFrame};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{
    Block, Clear, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap,
};

pub struct PickScreen {
    /// The plan the list comes from ("Topic: Waiting times, 5 questions"), used when none is ticked.
    plan: Plan,
    questions: Vec<Question>,
    ticked: Vec<bool>,
    selected: usize,
}

impl PickScreen {
    /// The questions `plan` draws from (a topic or a quality statement), in bank order.
    pub fn new(plan: Plan, all: &[Question]) -> PickScreen {
        let questions: Vec<Question> = all
            .iter()
            .filter(|q| match &plan {
                Plan::Topic(topic, _) => &q.topic == topic,
                Plan::Statement(statement, _) => q.quality_statements.contains(statement),
                _ => true,
            })
            .cloned()
            .collect();
        PickScreen {
            ticked: vec![false; questions.len()],
            questions,
            plan,
            selected: 0,
        }
    }

    fn chosen(&self) -> Vec<String> {
        self.questions
            .iter()
            .zip(&self.ticked)
            .filter(|(_, t)| **t)
            .map(|(q, _)| q.id.clone())
            .collect()
    }
}

impl Screen for PickScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Pair
    }

    fn context(&self) -> Context {
        Context::PairPick
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let last = self.questions.len().saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::Toggle => {
                // Space ticks and leaves the highlight where it is, as on every other list.
                if let Some(t) = self.ticked.get_mut(self.selected) {
                    *t = !*t;
                }
            }
            Action::Choose => {
                // Named by the plan the list came from; the ticked questions are the ones asked.
                return Some(vec![Effect::StartPair(Box::new(PairStart::chosen(
                    self.plan.clone(),
                    self.chosen(),
                )))]);
            }
            Action::Back => return Some(vec![Effect::Close]),
            _ => return None,
        }
        Some(Vec::new())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let theme = ctx.theme;
        Clear.render(area, buf);
        let Areas {
            head: [help],
            body: list,
            ..
        } = ScreenFrame {
            context: self.context(),
            title: Line::styled(
                format!("Pair practice · pick the questions · {}", self.plan.title()),
                theme.title,
            ),
            head: [Constraint::Length(2)],
            body: Constraint::Fill(1),
            tail: [],
        }
        .draw(area, buf, ctx)?;
        let ticked = self.ticked.iter().filter(|t| **t).count();
        let fallback = match &self.plan {
            Plan::Topic(_, n) | Plan::Statement(_, n) => format!("up to {n} of these at random"),
            other => other.title().to_lowercase(),
        };
        let key = |action| keymap::label(Context::PairPick, action).unwrap_or_default();
        Paragraph::new(format!(
            "{} ticks a question to ask ({ticked} ticked). {} starts with the ticked ones \
             in this order or, with none ticked, {fallback}.",
            key(Action::Toggle),
            key(Action::Choose)
        ))
        .style(theme.dim)
        .wrap(Wrap { trim: true })
        .render(help, buf);
        // Each question whole, wrapped under its own column, so the interviewer can read it.
        let lead = 18usize;
        let width = usize::from(list.width.saturating_sub(2))
            .saturating_sub(lead)
            .max(10);
        let mut heights = Vec::with_capacity(self.questions.len());
        let items: Vec<ListItem> = self
            .questions
            .iter()
            .zip(&self.ticked)
            .map(|(q, t)| {
                let lines: Vec<Line> = textwrap::wrap(&q.ask, width)
                    .into_iter()
                    .enumerate()
                    .map(|(i, part)| {
                        let first = if i == 0 {
                            format!("{} {:<13} ", if *t { "[x]" } else { "[ ]" }, q.kind.label())
                        } else {
                            " ".repeat(lead)
                        };
                        Line::raw(format!("{first}{part}"))
                    })
                    .collect();
                heights.push(lines.len());
                ListItem::new(lines)
            })
            .collect();
        let mut state = ListState::default().with_selected(Some(self.selected));
        StatefulWidget::render(
            List::new(items)
                .block(Block::bordered().border_style(theme.border))
                .highlight_style(theme.selected),
            list,
            buf,
            &mut state,
        );
        // A topic's twelve questions do not all fit at 80x24: the border says so, as every other
        // list does, rather than the list stopping unmarked with rows to spare.
        let offset = state.offset();
        let rows = usize::from(list.height.saturating_sub(2));
        let mut used = 0;
        let shown = heights[offset.min(heights.len())..]
            .iter()
            .take_while(|h| {
                used += **h;
                used <= rows
            })
            .count();
        if let Some(mark) = widgets::more_mark(offset > 0, offset + shown < self.questions.len()) {
            let width = mark.chars().count() as u16;
            if list.width > width + 2 && list.height > 1 {
                buf.set_string(
                    list.right() - 1 - width,
                    list.bottom() - 1,
                    mark,
                    theme.border,
                );
            }
        }
        None
    }
}
