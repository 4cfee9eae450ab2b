//! Know your figures: quick-fire questions from the evidence register, one typed answer each,
//! judged at once within a tolerance shown beside the question; missed figures come first next
//! time. In pair practice the colleague reads the question out and types what they hear.

use std::time::Duration;

use crate::drill::Clock;
use crate::evidence::Register;
use crate::evidence::drill::{self, FigureRecords, Run, Verdict};
use crate::tui::component::{Ctx, Effect, Screen, ScreenId};
use crate::tui::keymap::{Action, Context};
use crate::tui::text_box::{Lines, TextBox};
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// The longest answer taken: a figure and a date, with room to spare.
const MAX_ANSWER: usize = 200;

pub struct FiguresScreen {
    register: Register,
    history: FigureRecords,
    run: Run,
    /// How many figures were asked for, for "again".
    count: usize,
    typed: TextBox,
    /// The last answer's figure and verdict, shown above the next question.
    last: Option<(String, Verdict)>,
    clock: Box<dyn Clock>,
    started: Duration,
    /// The time taken, fixed when the last figure is answered.
    took: Option<Duration>,
    /// A colleague asks and types what they hear.
    pair: bool,
}

impl FiguresScreen {
    pub fn new(
        register: Register,
        history: FigureRecords,
        count: usize,
        clock: Box<dyn Clock>,
        pair: bool,
    ) -> FiguresScreen {
        let run = Run::new(&register, &history, count);
        let started = clock.now();
        FiguresScreen {
            register,
            history,
            run,
            count,
            typed: TextBox::new("", Lines::One),
            last: None,
            clock,
            started,
            took: None,
            pair,
        }
    }

    fn elapsed(&self) -> Duration {
        self.took
            .unwrap_or_else(|| self.clock.now().saturating_sub(self.started))
    }

    fn check(&mut self) -> Vec<Effect> {
        let Some(measure) = self.run.current(&self.register).map(|f| f.measure.clone()) else {
            return Vec::new();
        };
        let today = self.clock.local_now().date_naive();
        let text = std::mem::take(&mut self.typed).text();
        let Some(verdict) = self
            .run
            .answer(&self.register, &mut self.history, &text, today)
        else {
            return Vec::new();
        };
        self.last = Some((measure, verdict));
        if self.run.is_done() {
            self.took = Some(self.clock.now().saturating_sub(self.started));
        }
        // Kept after every answer, so a drill stopped half way still brings its misses back.
        vec![Effect::SaveFigureDrill(Box::new(self.history.clone()))]
    }

    /// Characters still free in the answer (a figure and a date need far fewer).
    fn room(&self) -> usize {
        MAX_ANSWER.saturating_sub(self.typed.text().chars().count())
    }

    fn again(&mut self) {
        self.run = Run::new(&self.register, &self.history, self.count);
        self.last = None;
        self.typed = TextBox::new("", Lines::One);
        self.started = self.clock.now();
        self.took = None;
    }
}

impl Screen for FiguresScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Figures
    }

    fn context(&self) -> Context {
        if self.run.is_done() {
            Context::FiguresDone
        } else {
            Context::FiguresDrill
        }
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        match action {
            Action::Choose => return Some(self.check()),
            Action::Back => return Some(vec![Effect::Close]),
            Action::Again => self.again(),
            Action::Type(_) | Action::Undo | Action::Redo => {
                if self.run.is_done() {
                    return None;
                }
                if let Action::Type(key) = action
                    && matches!(key.code, crossterm::event::KeyCode::Char(_))
                    && self.room() == 0
                {
                    return Some(Vec::new());
                }
                return Some(self.typed.on_action(action)?.effects());
            }
            _ => return None,
        }
        Some(Vec::new())
    }

    fn on_text(&mut self, text: &str) -> Vec<Effect> {
        if self.run.is_done() {
            return Vec::new();
        }
        // A pasted answer is one line: the box makes its line breaks spaces.
        let text: String = text.chars().take(self.room()).collect();
        self.typed.paste(&text).effects()
    }

    fn wait(&self) -> Option<Duration> {
        // The clock on screen moves once a second.
        (!self.run.is_done()).then_some(Duration::from_secs(1))
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        render(self, ctx, area, buf)
    }
}

fn render(state: &FiguresScreen, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = ctx.theme;
    let [body, footer] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let width = usize::from(body.width.saturating_sub(2)).max(10);
    let total = state.run.order.len();
    let asked = state.run.verdicts.len();
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor = None;
    // Where the answer box goes, drawn over its row once the text around it is drawn.
    let mut answer_row = None;
    if let Some((measure, verdict)) = &state.last {
        // The verdict says "Right" or "Not quite" in words; colour only repeats it.
        let style = if verdict.right { theme.good } else { theme.bad };
        lines.push(Line::styled(
            widgets::cut_line(&format!("Last figure: {measure}"), width),
            theme.dim,
        ));
        for l in widgets::wrap_hanging(&verdict.message, width, "") {
            lines.push(Line::styled(l, style));
        }
        lines.push(Line::default());
    }
    match state.run.current(&state.register) {
        Some(figure) => {
            if state.pair {
                lines.push(Line::styled(
                    "Read the question out, then type what they say.",
                    theme.dim,
                ));
            }
            for l in widgets::wrap_hanging(&drill::ask(figure), width, "") {
                lines.push(Line::styled(l, theme.question));
            }
            lines.push(Line::styled(drill::tolerance_text(figure), theme.dim));
            lines.push(Line::default());
            let prompt = "Answer: ";
            answer_row = Some((lines.len() as u16, prompt));
            lines.push(Line::styled(prompt, theme.key));
        }
        None => {
            let summary = state.run.summary(&state.register, state.elapsed());
            for l in widgets::wrap_hanging(&summary, width, "") {
                lines.push(Line::styled(l, theme.text));
            }
            lines.push(Line::default());
            lines.push(Line::styled(
                if state.run.right() == total {
                    "Every figure right. Drill again another day to keep them fresh."
                } else {
                    "Drill again and the figures you missed come first."
                },
                theme.dim,
            ));
        }
    }
    let title = if state.run.is_done() {
        " Know your figures: done ".to_string()
    } else {
        format!(
            " Know your figures: {} of {total} · {} right · {} ",
            (asked + 1).min(total),
            state.run.right(),
            widgets::clock(state.elapsed().as_secs())
        )
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .title(Span::styled(title, theme.title))
                .border_style(theme.border),
        )
        .render(body, buf);
    if let Some((row, prompt)) = answer_row
        && row + 1 < body.height.saturating_sub(1)
    {
        // The end of a long answer stays in view, after a "…".
        let x = body.x + 1 + prompt.len() as u16;
        let field = Rect::new(x, body.y + 1 + row, body.right().saturating_sub(x + 1), 1);
        cursor = state.typed.render_line(theme.text, theme, field, buf);
    }
    widgets::footer(state.context(), theme).render(footer, buf);
    cursor
}
