//! Every attempt at one question: the latest beside the best, the rating trend, and from here try
//! it again now (`n`) or refine an answer (`e`) into a new note marked as the best.

use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Sparkline, StatefulWidget,
    Widget, Wrap,
};

use crate::bank::Library;
use crate::notes::Note;
use crate::review::{AttemptsView, History, QuestionKey, read_attempt};
use crate::text::one_line;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::component::{Effect, Notice};
use crate::tui::frame::{Areas, ScreenFrame};
use crate::tui::keymap::{Action, Context};
use crate::tui::note_view::question_lines;
use crate::tui::route::Route;
use crate::tui::theme::Theme;
use crate::tui::widgets;

pub struct AttemptsScreen {
    history: Rc<History>,
    library: Rc<Library>,
    view: Option<AttemptsView>,
    /// The attempt shown beside the latest (starts on the best).
    selected: usize,
    /// The notes of the latest and the selected attempt, read when chosen.
    latest: Option<(Note, usize)>,
    other: Option<(Note, usize)>,
    problem: Option<String>,
    scroll: u16,
}

impl AttemptsScreen {
    pub fn new(history: Rc<History>, key: QuestionKey, library: Rc<Library>) -> AttemptsScreen {
        let view = AttemptsView::of(&history, key);
        let mut screen = AttemptsScreen {
            // Beside the latest: the best, or when the latest is the best, the one before it.
            selected: view.as_ref().map_or(0, |v| {
                if v.best == v.latest {
                    v.latest.saturating_sub(1)
                } else {
                    v.best
                }
            }),
            latest: None,
            other: None,
            problem: None,
            scroll: 0,
            history,
            library,
            view,
        };
        screen.read();
        screen
    }

    /// Chooses the attempt at `from` (a session and the answer's place in its note), the one the
    /// PSW was reading: `e` refines the chosen attempt, and chosen beside the latest by default,
    /// `a` then `e` on a refined answer (the latest and best) opened the earlier one to refine,
    /// not the words just read (walk 9). The latest chosen shows alone, as `↑` to it does.
    pub fn choosing(mut self, from: Option<(usize, usize)>) -> AttemptsScreen {
        let Some((session, position)) = from else {
            return self;
        };
        let Some(view) = &self.view else {
            return self;
        };
        let found = (0..view.attempts.len()).find(|&i| {
            let a = view.get(&self.history, i);
            a.session as usize == session && usize::from(a.position) == position
        });
        if let Some(i) = found {
            self.selected = i;
            self.read();
        }
        self
    }

    fn read(&mut self) {
        let Some(view) = &self.view else { return };
        self.problem = None;
        let latest = read_attempt(&self.history, view.latest(&self.history));
        let other = read_attempt(&self.history, view.get(&self.history, self.selected));
        match (latest, other) {
            (Ok(l), Ok(o)) => {
                self.latest = Some(l);
                self.other = Some(o);
            }
            (Err(p), _) | (_, Err(p)) => self.problem = Some(p.to_string()),
        }
    }

    fn ask(&self) -> String {
        self.view
            .as_ref()
            .map(|v| self.history.question(v.key).ask.clone())
            .unwrap_or_default()
    }
}

impl Screen for AttemptsScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Attempts
    }

    /// A refined answer was saved: it shows at once, as the latest, beside the best (or the
    /// one before it when it is the best).
    fn on_history(&mut self, history: &Rc<History>) {
        let Some(view) = &self.view else { return };
        let id = self.history.question(view.key).id.clone();
        let Some(key) = history.key(&id) else { return };
        let library = Rc::clone(&self.library);
        *self = AttemptsScreen::new(Rc::clone(history), key, library);
    }

    fn context(&self) -> Context {
        Context::Attempts
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let count = self.view.as_ref().map_or(0, |v| v.attempts.len());
        let last = count.saturating_sub(1);
        match action {
            Action::Back => return Some(vec![Effect::Close]),
            // The list shows the newest at the top: down goes to older attempts.
            Action::Down => {
                self.selected = self.selected.saturating_sub(1);
                self.read();
            }
            Action::Up => {
                self.selected = (self.selected + 1).min(last);
                self.read();
            }
            Action::Top => {
                self.selected = last;
                self.read();
            }
            Action::Bottom => {
                self.selected = 0;
                self.read();
            }
            Action::PageUp => self.scroll = self.scroll.saturating_sub(5),
            Action::PageDown => self.scroll = self.scroll.saturating_add(5),
            Action::TryAgain => {
                let Some(v) = &self.view else {
                    return Some(Vec::new());
                };
                return Some(vec![Effect::TryQuestion(
                    self.history.question(v.key).id.clone(),
                )]);
            }
            Action::Refine => {
                let Some((note, position)) = &self.other else {
                    return Some(vec![Effect::Notify(Notice::problem(
                        "That answer could not be read, so it cannot be refined.",
                    ))]);
                };
                return Some(vec![Effect::Open(Route::Refine {
                    original: Box::new(note.clone()),
                    position: *position,
                })]);
            }
            _ => return None,
        }
        let _ = &self.library;
        Some(Vec::new())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let theme = ctx.theme;
        let ask = one_line(&self.ask());
        let ask_height = widgets::question_height(&ask, area.width);
        let Areas {
            head: [question, trend, list],
            body,
            ..
        } = ScreenFrame {
            context: self.context(),
            title: Line::styled("Attempts at one question", theme.title),
            head: [
                Constraint::Length(ask_height),
                Constraint::Length(2),
                Constraint::Length(4),
            ],
            body: Constraint::Min(4),
            tail: [],
        }
        .draw(area, buf, ctx)?;
        widgets::render_question(&ask, theme, question, buf);
        let Some(view) = &self.view else {
            Paragraph::new(format!(
                "No attempts at this question yet. Press {} to try it now.",
                key(Action::TryAgain)
            ))
            .style(theme.text)
            .render(body, buf);
            return None;
        };
        let h = &self.history;
        let ratings = view.trend(h);
        // A column per rating, the latest at the right; at most a fifth of the width, so the
        // words beside it (up to 60 columns with six ratings) are whole at 80 columns.
        let columns = ratings.len().clamp(1, 30).min(usize::from(trend.width / 5));
        let [words, _, spark] = Layout::horizontal([
            Constraint::Min(20),
            Constraint::Length(2),
            Constraint::Length(columns as u16),
        ])
        .areas(trend);
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled("Rating trend: ", theme.key),
                Span::styled(view.trend_words(h), theme.text),
            ]),
            Line::styled(
                // With one attempt there is none to put beside it: the next step is another.
                if view.attempts.len() == 1 {
                    format!(
                        "1 attempt so far · {} tries it again, {} refines this one",
                        key(Action::TryAgain),
                        key(Action::Refine)
                    )
                } else {
                    format!(
                        "{} attempts · {} chooses the one beside the latest",
                        view.attempts.len(),
                        key(Action::Up)
                    )
                },
                theme.dim,
            ),
        ])
        .render(words, buf);
        let data: Vec<u64> = ratings[ratings.len().saturating_sub(columns)..]
            .iter()
            .map(|r| u64::from(*r))
            .collect();
        Sparkline::default()
            .data(&data)
            .max(5)
            .style(theme.good)
            .render(spark, buf);

        render_list(self, view, list, buf, theme);
        if let Some(problem) = &self.problem {
            Paragraph::new(format!(
                "This attempt's note could not be read: {}",
                one_line(problem)
            ))
            .style(theme.warn)
            .wrap(Wrap { trim: true })
            .render(body, buf);
        } else if let (Some((ln, lp)), Some((on, op))) = (&self.latest, &self.other) {
            let same = self.selected == view.latest;
            let columns: Vec<(&str, &Note, usize)> = if same || area.width < 70 {
                vec![("Latest", ln, *lp)]
            } else {
                let label = if self.selected == view.best {
                    "Best"
                } else {
                    "Earlier"
                };
                vec![("Latest", ln, *lp), (label, on, *op)]
            };
            let areas = Layout::horizontal(vec![
                Constraint::Ratio(1, columns.len() as u32);
                columns.len()
            ])
            .split(body);
            for ((label, note, position), area) in columns.into_iter().zip(areas.iter()) {
                let mut lines = Vec::new();
                if let Some(q) = note.questions.get(position) {
                    // The question is already at the top of the screen.
                    question_lines(
                        &mut lines,
                        position,
                        q,
                        false,
                        theme,
                        usize::from(area.width.saturating_sub(2)),
                        false,
                    );
                }
                Paragraph::new(lines)
                    .wrap(Wrap { trim: false })
                    .scroll((self.scroll, 0))
                    .block(
                        Block::bordered()
                            .border_style(theme.border)
                            .title(format!(" {label} · {} ", note.started.format("%-d %b %Y"))),
                    )
                    .render(*area, buf);
            }
        }
        None
    }
}

fn render_list(
    s: &AttemptsScreen,
    view: &AttemptsView,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let h = &s.history;
    let height = usize::from(area.height).max(1);
    let count = view.attempts.len();
    // Newest at the top; keep the selected one in view.
    let order: Vec<usize> = (0..count).rev().collect();
    let at = order.iter().position(|&i| i == s.selected).unwrap_or(0);
    let first = at.saturating_sub(height - 1);
    // More attempts than rows: a scroll bar at the right edge, with ↑ and ↓ at its ends, says
    // there are more and where the rows shown sit among them.
    let area = if count > height {
        let mut bar = ScrollbarState::new(count - height + 1)
            .position(first)
            .viewport_content_length(1);
        StatefulWidget::render(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(Some("↑"))
                .end_symbol(Some("↓"))
                .style(theme.dim),
            area,
            buf,
            &mut bar,
        );
        Rect {
            width: area.width.saturating_sub(2),
            ..area
        }
    } else {
        area
    };
    for (row, &i) in order.iter().skip(first).take(height).enumerate() {
        let a = view.get(h, i);
        let mut marks = Vec::new();
        if i == view.latest {
            marks.push("latest");
        }
        if i == view.best {
            marks.push("best");
        }
        if a.refined {
            marks.push("refined");
        }
        let cues = a
            .cues
            .map_or_else(String::new, |(t, of)| format!(" · cues {t}/{of}"));
        let rating = a
            .rating
            .map_or_else(|| "not rated".to_string(), |r| format!("rated {r}"));
        let text = format!(
            " {} · {} · {rating}{cues}{}",
            // With the time: four attempts on one day are four different rows. The target is the
            // same in every row, and in the panels below.
            a.started.format("%a %-d %b %Y %H:%M"),
            crate::text::duration(u64::from(a.seconds)),
            if marks.is_empty() {
                String::new()
            } else {
                format!(" · {}", marks.join(", "))
            }
        );
        let style = if i == s.selected {
            theme.selected
        } else {
            theme.text
        };
        Paragraph::new(widgets::cut_line(&text, usize::from(area.width)))
            .style(style)
            .render(Rect::new(area.x, area.y + row as u16, area.width, 1), buf);
    }
}

/// The key for `action` here, as a sentence names it, from the key map.
fn key(action: Action) -> &'static str {
    crate::tui::keymap::label(Context::Attempts, action).unwrap_or_default()
}
