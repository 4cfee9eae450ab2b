//! Review: every past session, newest first, by topic or weakest first, filtered by topic, quality
//! statement, rating, kind or
//! words typed. Enter opens a session to read it back.

use std::collections::HashSet;
use std::rc::Rc;
use std::time::Duration;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Gauge, Paragraph, Widget, Wrap};

use crate::bank::model::QualityStatement;
use crate::bank::topic_title;
use crate::review::{Filter, History, Loader, Order, RatingBand, SessionKind};
use crate::text::one_line;
use crate::tui::component::Effect;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::frame::{Areas, ScreenFrame};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::note_view::plan_title;
use crate::tui::route::Route;
use crate::tui::text_box::{Lines, TextBox};
use crate::tui::widgets;

pub struct ReviewScreen {
    state: State,
}

enum State {
    Loading(Box<Loader>),
    Ready(Box<Ready>),
}

struct Ready {
    history: Rc<History>,
    filter: Filter,
    order: Order,
    /// Sessions shown, in `order`, as indexes into `history.sessions`.
    rows: Vec<usize>,
    selected: usize,
    /// Typing a search: the words so far.
    typing: Option<TextBox>,
    /// Sessions holding the searched words.
    hits: Option<HashSet<usize>>,
    show_skipped: bool,
}

impl ReviewScreen {
    pub fn new(loader: Loader) -> ReviewScreen {
        let mut screen = ReviewScreen {
            state: State::Loading(Box::new(loader)),
        };
        screen.poll();
        screen
    }

    /// The loaded history, for screens opened from here.
    pub fn history(&self) -> Option<Rc<History>> {
        match &self.state {
            State::Ready(r) => Some(r.history.clone()),
            State::Loading(_) => None,
        }
    }

    fn poll(&mut self) {
        if let State::Loading(loader) = &mut self.state
            && let Some(history) = loader.poll()
        {
            let history = Rc::new(history);
            let rows = history.matching(&Filter::default(), None);
            self.state = State::Ready(Box::new(Ready {
                history,
                filter: Filter::default(),
                order: Order::default(),
                rows,
                selected: 0,
                typing: None,
                hits: None,
                show_skipped: false,
            }));
        }
    }
}

impl Ready {
    fn refilter(&mut self) {
        self.rows = self.history.matching(&self.filter, self.hits.as_ref());
        self.history.order(&mut self.rows, self.order, &self.filter);
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    /// Topics practised, in title order, for the topic filter to step through.
    fn topics(&self) -> Vec<String> {
        let mut topics = self.history.topics().to_vec();
        topics.sort_by_key(|t| topic_title(t));
        topics
    }
}

/// The next of `options` after `current`, and back to none after the last.
fn step<T: Clone + PartialEq>(current: &Option<T>, options: &[T]) -> Option<T> {
    match current {
        None => options.first().cloned(),
        Some(c) => {
            let i = options.iter().position(|o| o == c);
            i.and_then(|i| options.get(i + 1)).cloned()
        }
    }
}

impl Screen for ReviewScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Review
    }

    /// A refined answer was saved: the list shows it now, keeping the filter, the search and
    /// the session the PSW had chosen (found again by its file, as the new note moves indexes).
    /// The search is run again, so a refined answer holding the words is among those found: kept
    /// as it was, the list said "1 of 3 sessions" and left the new note out (walk 9).
    fn on_history(&mut self, history: &Rc<History>) {
        let State::Ready(r) = &mut self.state else {
            return;
        };
        let path_of = |h: &History, i: usize| h.sessions.get(i).map(|s| s.path.clone());
        let chosen = r.rows.get(r.selected).and_then(|&i| path_of(&r.history, i));
        r.history = Rc::clone(history);
        r.hits = r
            .filter
            .text
            .as_deref()
            .map(|words| history.search(words, &|_, _| {}));
        r.refilter();
        if let Some(at) =
            chosen.and_then(|p| r.rows.iter().position(|&i| history.sessions[i].path == p))
        {
            r.selected = at;
        }
    }

    fn context(&self) -> Context {
        match &self.state {
            State::Ready(r) if r.typing.is_some() => Context::ReviewSearch,
            _ => Context::Review,
        }
    }

    fn tick(&mut self) -> Vec<Effect> {
        self.poll();
        Vec::new()
    }

    fn wait(&self) -> Option<Duration> {
        match self.state {
            State::Loading(_) => Some(Duration::from_millis(50)),
            State::Ready(_) => None,
        }
    }

    fn on_text(&mut self, text: &str) -> Vec<Effect> {
        if let State::Ready(r) = &mut self.state
            && let Some(words) = &mut r.typing
        {
            return words.paste(text).effects();
        }
        Vec::new()
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        self.poll();
        let State::Ready(r) = &mut self.state else {
            return match action {
                Action::Back => Some(vec![Effect::Close]),
                _ => Some(Vec::new()),
            };
        };
        if let Some(words) = &mut r.typing {
            if let Some(edit) = words.on_action(action) {
                return Some(edit.effects());
            }
            match action {
                Action::Choose => {
                    let words = r.typing.take().map(|w| w.text()).unwrap_or_default();
                    let words = words.trim().to_string();
                    if words.is_empty() {
                        r.filter.text = None;
                        r.hits = None;
                    } else {
                        r.hits = Some(r.history.search(&words, &|_, _| {}));
                        r.filter.text = Some(words);
                    }
                    r.refilter();
                }
                Action::Back => r.typing = None,
                _ => return None,
            }
            return Some(Vec::new());
        }
        let last = r.rows.len().saturating_sub(1);
        match action {
            Action::Up => r.selected = r.selected.saturating_sub(1),
            Action::Down => r.selected = (r.selected + 1).min(last),
            Action::PageUp => r.selected = r.selected.saturating_sub(10),
            Action::PageDown => r.selected = (r.selected + 10).min(last),
            Action::Top => r.selected = 0,
            Action::Bottom => r.selected = last,
            Action::Back => return Some(vec![Effect::Close]),
            // The top of the list in the new order: weakest first is read from its weakest.
            Action::Sort => {
                r.order = r.order.next();
                r.refilter();
                r.selected = 0;
            }
            Action::FilterTopic => {
                r.filter.topic = step(&r.filter.topic, &r.topics());
                r.refilter();
            }
            Action::FilterStatement => {
                r.filter.statement = step(&r.filter.statement, &QualityStatement::ALL);
                r.refilter();
            }
            Action::FilterRating => {
                r.filter.rating = step(&r.filter.rating, &RatingBand::ALL);
                r.refilter();
            }
            Action::FilterKind => {
                r.filter.kind = step(&r.filter.kind, &[SessionKind::Rehearse, SessionKind::Pair]);
                r.refilter();
            }
            Action::Search => {
                r.typing = Some(TextBox::new(
                    r.filter.text.as_deref().unwrap_or_default(),
                    Lines::One,
                ));
            }
            Action::ClearFilters => {
                r.filter = Filter::default();
                r.hits = None;
                r.refilter();
            }
            Action::ShowSkipped => r.show_skipped = !r.show_skipped,
            Action::Choose => {
                let Some(&session) = r.rows.get(r.selected) else {
                    return Some(Vec::new());
                };
                let focus = r.history.first_match(session, &r.filter);
                return Some(vec![Effect::Open(Route::Session {
                    history: r.history.clone(),
                    session,
                    focus,
                    find: r.filter.text.clone(),
                })]);
            }
            Action::Progress => return Some(vec![Effect::OpenProgress]),
            _ => return None,
        }
        Some(Vec::new())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let theme = ctx.theme;
        let title = match &self.state {
            State::Loading(_) => Line::styled("Review your practice", theme.title),
            State::Ready(r) => {
                let sessions = r.history.sessions.len();
                Line::from(vec![
                    Span::styled("Review your practice", theme.title),
                    Span::styled(
                        format!(
                            " · {} of {sessions} session{}, {}",
                            r.rows.len(),
                            if sessions == 1 { "" } else { "s" },
                            r.order.label()
                        ),
                        theme.text,
                    ),
                ])
            }
        };
        let Areas { body, .. } = ScreenFrame::body_only(self.context(), title, Constraint::Min(3))
            .draw(area, buf, ctx)?;
        let r = match &self.state {
            State::Loading(loader) => {
                let (read, total) = loader.progress();
                let [label, gauge, _] = Layout::vertical([
                    Constraint::Length(2),
                    Constraint::Length(1),
                    Constraint::Min(0),
                ])
                .areas(body);
                Paragraph::new(format!("Reading your notes… {read} of {total}"))
                    .style(theme.text)
                    .render(label, buf);
                let ratio = if total == 0 {
                    0.0
                } else {
                    read as f64 / total as f64
                };
                Gauge::default()
                    .ratio(ratio.clamp(0.0, 1.0))
                    .gauge_style(theme.good)
                    .label(format!("{}%", (ratio * 100.0) as u32))
                    .render(gauge, buf);
                return None;
            }
            State::Ready(r) => r,
        };
        let h = &r.history;

        // Each note not read, by its name in the notes folder and why, wrapped: given whole, the
        // path took most of 80 columns and the reason was cut off at the edge.
        let why: Vec<String> = h.skipped.iter().map(skipped_line).collect();
        let skipped_height = if r.show_skipped {
            let room = usize::from(body.width.saturating_sub(2)).max(1);
            let rows: usize = why
                .iter()
                .map(|w| (w.chars().count() + 2).div_ceil(room))
                .sum();
            (rows as u16 + 1).min(body.height / 2)
        } else {
            u16::from(!h.skipped.is_empty())
        };
        let [filters, list, skipped] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(skipped_height),
        ])
        .areas(body);

        let mut cursor = None;
        let width = usize::from(filters.width);
        if let Some(words) = &r.typing {
            let label = "Find in your answers: ";
            let [label_area, field] =
                Layout::horizontal([Constraint::Length(label.len() as u16), Constraint::Min(0)])
                    .areas(filters);
            Line::styled(label, theme.key).render(label_area, buf);
            // Words longer than the line show their end, where the typing is, after a "…".
            cursor = words.render_line(theme.text, theme, field, buf);
        } else if r.filter.is_empty() {
            // With nothing saved yet the filter keys have nothing to narrow: pressed, they did
            // nothing with no word of why, under a line inviting them.
            let line = if h.sessions.is_empty() {
                "Nothing to filter yet: your sessions will be listed here."
            } else {
                "Showing every session. Filter with the keys below."
            };
            Line::styled(widgets::cut_line(line, width), theme.dim).render(filters, buf);
        } else {
            let label = "Showing: ";
            // How to see every session again, kept in view however long the filters (the
            // eleventh walk's row 16: the footer has no room for it, and nothing said).
            let clear = format!(
                " · {} shows every session",
                keymap::label(Context::Review, Action::ClearFilters).unwrap_or_default()
            );
            let room = width.saturating_sub(label.len() + clear.chars().count());
            Line::from(vec![
                Span::styled(label, theme.key),
                Span::styled(widgets::cut_line(&r.filter.describe(), room), theme.text),
                Span::styled(clear, theme.dim),
            ])
            .render(filters, buf);
        }

        if r.rows.is_empty() {
            let key = |action| keymap::label(Context::Review, action).unwrap_or_default();
            let text = if h.sessions.is_empty() {
                format!(
                    "No rehearsals yet. Go back ({}) and start one: each answer you give is kept here.",
                    key(Action::Back)
                )
            } else {
                format!(
                    "No session matches. Press {} to clear the filters.",
                    key(Action::ClearFilters)
                )
            };
            Paragraph::new(text)
                .style(theme.text)
                .wrap(Wrap { trim: true })
                .block(Block::bordered().border_style(theme.border))
                .render(list, buf);
        } else {
            render_rows(r, list, buf, theme);
        }

        if !h.skipped.is_empty() {
            let mut lines = vec![Line::styled(
                format!(
                    "{} note{} could not be read and {} skipped{}",
                    h.skipped.len(),
                    if h.skipped.len() == 1 { "" } else { "s" },
                    if h.skipped.len() == 1 { "was" } else { "were" },
                    if r.show_skipped {
                        ":"
                    } else {
                        " (u shows why)"
                    }
                ),
                theme.warn,
            )];
            if r.show_skipped {
                lines.extend(
                    why.iter()
                        .map(|w| Line::styled(format!("  {w}"), theme.text)),
                );
            }
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .render(skipped, buf);
        }
        cursor
    }
}

/// A note that could not be read, as the list of them says it: its name in the notes folder (all
/// are there), the line where there is one, and why.
fn skipped_line(problem: &crate::notes::NoteProblem) -> String {
    let name = problem.path.file_name().map_or_else(
        || problem.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let line = match problem.line {
        0 => String::new(),
        n => format!(":{n}"),
    };
    one_line(&format!("{name}{line}: {}", problem.message))
}

fn render_rows(r: &Ready, area: Rect, buf: &mut Buffer, theme: &crate::tui::theme::Theme) {
    let wide = area.width >= 72;
    // The year where there is room for it beside the time taken, written out.
    let year = area.width >= 84;
    // Narrow, the plan takes the width the other columns leave (at 60 columns every plan was cut
    // to 16, "1 chosen questi…", with 20 columns empty at the right); never less than 16.
    let plan_width = usize::from(area.width.saturating_sub(2))
        .saturating_sub(27)
        .max(16);
    // Wide, the plan takes what the other columns leave too, never less than 24: at 120 columns
    // "Quality statement: Safe…" was cut with 40 columns empty at the right (walk 9). The other
    // columns, the spaces between them and a margin take 38, the date 16 or 21 more.
    let date_width = if year { 21 } else { 16 };
    // By topic, each row says its topic before its plan, so the groups can be seen.
    let by_topic = r.order == Order::Topic;
    // By topic under 100 columns the time taken (13 columns) goes, and its room goes to the
    // plan: with the topic before it, 24 columns left little of a question at 80 (the
    // thirteenth walk's row 9). The other orders, and the session itself, still give it.
    let timed = !(by_topic && area.width < 100);
    let time_width = if timed { 0 } else { 13 };
    let wide_plan = usize::from(area.width.saturating_sub(2))
        .saturating_sub(38 + date_width - time_width)
        .max(24);
    let plan_label = if by_topic { "Topic: plan" } else { "Plan" };
    let header = if wide {
        format!(
            " {:<date_width$}  {:<width$}Kind   Qs  {}Rating ",
            "Date",
            plan_label,
            if timed { "Time         " } else { "" },
            width = wide_plan + 1
        )
    } else {
        format!(
            " Date          {:<width$}Qs Rating ",
            plan_label,
            width = plan_width + 2
        )
    };
    let mut block = Block::bordered()
        .border_style(theme.border)
        .title(Line::styled(header, theme.dim));
    // Says whose the two ratings of a pair session are, where there is one to read.
    if r.rows
        .iter()
        .any(|&i| r.history.sessions[i].kind == SessionKind::Pair)
    {
        block = block.title_bottom(
            Line::styled(" Pair ratings: own/colleague's ", theme.dim).right_aligned(),
        );
    }
    let height = usize::from(area.height.saturating_sub(2)).max(1);
    // Keep the selected row in view, scrolling a page at a time.
    let first = r.selected / height * height;
    // Thirty-five sessions at 80x24 filled the list and stopped with no mark, as the other lists
    // did before they said so: the border says when sessions are above or below the page.
    if let Some(mark) = widgets::more_mark(first > 0, first + height < r.rows.len()) {
        block = block.title_bottom(Line::styled(mark, theme.border).right_aligned());
    }
    let inner = block.inner(area);
    block.render(area, buf);
    // By topic: the topic of the row above, to name each topic once.
    let mut above = None;
    for (line, &i) in r.rows.iter().skip(first).take(height).enumerate() {
        let s = &r.history.sessions[i];
        let own = s
            .average_rating()
            .map_or_else(|| "  -".to_string(), |a| format!("{a:>3.1}"));
        // A pair session has two ratings: the PSW's own, then the colleague's.
        let rating = match (s.kind, r.history.colleague_rating(s)) {
            (SessionKind::Pair, Some(c)) => format!("{own}/{c:.1}"),
            (SessionKind::Pair, None) => format!("{own}/-"),
            _ => own,
        };
        let plan = row_title(&r.history, s);
        let topic = by_topic.then(|| r.history.topic_of(s, &r.filter));
        // Each topic is named once, on the first of its rows on the page; the rows under it are
        // indented and keep that room for their question (at 80 columns "Carers: How long do
        // car…" left little of it, the thirteenth walk's row 9).
        let named_above = line > 0 && topic.is_some() && topic == above;
        let plan = match &topic {
            // "Carers: Topic: Carers" said the topic twice (the thirteenth walk).
            Some(Some(topic)) if plan.strip_prefix("Topic: ") == Some(topic.as_str()) => {
                if named_above {
                    "  topic practice".to_string()
                } else {
                    format!("{topic}: topic practice")
                }
            }
            _ if named_above => format!("  {plan}"),
            Some(Some(topic)) => format!("{topic}: {plan}"),
            Some(None) => format!("Several topics: {plan}"),
            None => plan,
        };
        above = topic;
        let text = if wide {
            format!(
                "{}  {:<wide_plan$} {:<5}  {:>2}  {}{rating}",
                s.started.format(if year {
                    "%a %e %b %Y %H:%M"
                } else {
                    "%a %e %b %H:%M"
                }),
                widgets::cut_line(&plan, wide_plan),
                s.kind.label(),
                s.questions,
                if timed {
                    format!("{:<11}  ", crate::text::duration(s.seconds))
                } else {
                    String::new()
                },
            )
        } else {
            format!(
                "{}  {:<plan_width$} {:>2}  {rating}",
                s.started.format("%e %b %H:%M"),
                widgets::cut_line(&plan, plan_width),
                s.questions
            )
        };
        let style = if first + line == r.selected {
            theme.selected
        } else {
            theme.text
        };
        let row = Rect::new(inner.x, inner.y + line as u16, inner.width, 1);
        Paragraph::new(format!(" {text}"))
            .style(style)
            .render(row, buf);
    }
}

/// A session's name in the list: its plan's title, or for one question practised on its own or
/// a refined answer the question itself (`notes::summary::one_question_name`, as `notes list`
/// names it).
fn row_title(history: &History, s: &crate::review::PastSession) -> String {
    let title = plan_title(&s.plan);
    if s.attempts.len() != 1 {
        return title;
    }
    history
        .attempts
        .get(s.attempts.start as usize)
        .and_then(|a| history.questions.get(a.question.0 as usize))
        .and_then(|q| crate::notes::summary::one_question_name(&s.plan, &q.ask))
        .unwrap_or(title)
}

#[cfg(test)]
mod row_title_tests {
    use super::*;
    use crate::review::fixtures::{history_of, note_at};

    /// The twelfth walk's row 5: one question practised on its own is named by the question,
    /// a refined answer as "Refined: " and the question, and a mock interview by its plan.
    #[test]
    fn one_question_practised_on_its_own_is_named_by_the_question_in_the_list() {
        let history = history_of(&[
            note_at(
                "2026-11-02T18:00:00+00:00",
                "question wt-01",
                &[("wt-01", 2)],
            ),
            note_at("2026-11-09T18:00:00+00:00", "refine wt-02", &[("wt-02", 4)]),
            note_at(
                "2026-11-16T18:00:00+00:00",
                "mock",
                &[("qa-01", 3), ("sg-01", 3)],
            ),
        ]);
        let screen = ReviewScreen::new(crate::review::Loader::ready(history));
        let shown = crate::tui::drawn::screen_text(&screen, 100, 12);
        assert!(shown.contains("Tell us about wt-01?"), "{shown}");
        assert!(shown.contains("Refined: Tell us about wt-02?"), "{shown}");
        assert!(shown.contains("Mock interview"), "{shown}");
        assert!(!shown.contains("1 chosen question"), "{shown}");
    }

    /// The thirteenth walk: by topic, a session practised as a topic read "Carers: Topic: Carers";
    /// and each row put its topic before a one-question session's question (row 9), where the
    /// topic is named once, on the first of its rows, and the rows under it are indented.
    #[test]
    fn by_topic_a_topic_session_names_its_topic_once() {
        let history = history_of(&[
            note_at("2026-11-02T18:00:00+00:00", "topic carers", &[("ca-01", 3)]),
            note_at(
                "2026-11-09T18:00:00+00:00",
                "question ca-01",
                &[("ca-01", 4)],
            ),
        ]);
        let mut screen = ReviewScreen::new(crate::review::Loader::ready(history));
        screen.on_action(Action::Sort);
        let shown = crate::tui::drawn::screen_text(&screen, 100, 12);
        assert!(shown.contains("Carers: Tell us about ca-01?"), "{shown}");
        assert!(shown.contains("18:00    topic practice"), "{shown}");
        assert_eq!(shown.matches("Carers").count(), 1, "{shown}");
        assert!(!shown.contains("Topic: Carers"), "{shown}");
    }

    /// The thirteenth walk's row 9: by topic at 80 columns, one-question sessions showed
    /// "Carers: How long do car…". The topic is named once and the time column gives its room
    /// to the question, under 100 columns and in this order only.
    #[test]
    fn by_topic_at_80_columns_the_question_has_the_room() {
        let mut notes = Vec::new();
        for (day, id, ask) in [
            (
                2,
                "carers-02",
                "How long do carers wait for a carer's assessment?",
            ),
            (
                3,
                "carers-01",
                "How does the council identify carers who are not yet known to it?",
            ),
            (
                4,
                "wt-01",
                "Where are waiting times for Care Act assessments now?",
            ),
        ] {
            let mut n = note_at(
                &format!("2026-11-0{day}T18:00:00+00:00"),
                &format!("question {id}"),
                &[(id, 3)],
            );
            n.questions[0].topic = if id.starts_with("carers") {
                "carers"
            } else {
                "waiting-times"
            }
            .into();
            n.questions[0].ask = ask.into();
            notes.push(n);
        }
        let mut screen = ReviewScreen::new(crate::review::Loader::ready(history_of(&notes)));
        screen.on_action(Action::Sort);
        let shown = crate::tui::drawn::screen_text(&screen, 80, 24);
        assert!(
            shown.contains("    How long do carers wait for a care…"),
            "{shown}"
        );
        assert!(!shown.contains("Time"), "{shown}");
        insta::assert_snapshot!("review_list_by_topic_80x24", shown);
    }
}
