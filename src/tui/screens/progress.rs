//! Progress at a glance: the countdown and today's practice, the nine quality statements as a
//! coverage map, then (Tab) practice days over twelve weeks, topics, time against target and the
//! rating trend, and what good looks like for each statement beside how much of it is practised.

use std::rc::Rc;

use chrono::{Datelike, Duration, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::symbols;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph, Widget, Wrap};

use crate::bank::Library;
use crate::bank::model::{QualityStatement, Question};
use crate::review::countdown::{self, Countdown, TodayPlan, short_title};
use crate::review::coverage::WEEKS;
use crate::review::{Coverage, CoverageRow, History, Progress, Settings};
use crate::text::one_line;
use crate::tui::component::Effect;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::frame::{Areas, ScreenFrame};
use crate::tui::keymap::{Action, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    Coverage,
    Topics,
    Trends,
    Good,
    Evidence,
}

pub struct ProgressScreen {
    library: Rc<Library>,
    today: NaiveDate,
    on_site: Option<NaiveDate>,
    coverage: Coverage,
    progress: Progress,
    plan: TodayPlan,
    page: Page,
    /// The statement whose "what good looks like" note is shown (index into the nine).
    good_at: usize,
    /// The first topic shown on the topics page, when they do not all fit (↑↓ move it), and how
    /// many rows of topics the page last had, so ↓ stops where the last topic shows.
    topics_from: usize,
    topics_room: std::cell::Cell<usize>,
    /// The PSW's evidence register and when its figures count as out of date.
    register: Rc<crate::evidence::Register>,
    stale_months: u32,
}

impl ProgressScreen {
    pub fn new(
        library: Rc<Library>,
        history: &History,
        settings: &Settings,
        today: NaiveDate,
    ) -> ProgressScreen {
        let questions: Vec<Question> = library.questions().cloned().collect();
        ProgressScreen {
            coverage: Coverage::compute(&questions, history)
                .with_notes(|s| library.statement_note(s)),
            progress: Progress::compute(history, today),
            plan: countdown::plan_today(
                &questions,
                history,
                today,
                settings.on_site_date,
                usize::from(settings.daily_questions),
            ),
            on_site: settings.on_site_date,
            library,
            today,
            page: Page::Coverage,
            good_at: 0,
            topics_from: 0,
            topics_room: std::cell::Cell::new(usize::MAX),
            register: Rc::default(),
            stale_months: u32::from(settings.stale_after_months),
        }
    }

    /// Adds a page (Tab, after trends) on the evidence register: strong stories by quality statement, and the
    /// figures out of date.
    pub fn with_register(mut self, register: Rc<crate::evidence::Register>) -> ProgressScreen {
        self.register = register;
        self
    }

    fn ask(&self, id: &str) -> String {
        self.library
            .question(id)
            .map_or_else(|| id.to_string(), |q| one_line(&q.ask))
    }
}

impl Screen for ProgressScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Progress
    }

    fn context(&self) -> Context {
        if self.page == Page::Good {
            Context::ProgressGood
        } else {
            Context::Progress
        }
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        match action {
            Action::Back => return Some(vec![Effect::Close]),
            Action::NextPart => {
                self.page = match self.page {
                    Page::Coverage => Page::Topics,
                    Page::Topics => Page::Trends,
                    Page::Trends => Page::Evidence,
                    Page::Evidence => Page::Good,
                    Page::Good => Page::Coverage,
                }
            }
            Action::PreviousPart => {
                self.page = match self.page {
                    Page::Coverage => Page::Good,
                    Page::Good => Page::Evidence,
                    Page::Evidence => Page::Trends,
                    Page::Topics => Page::Coverage,
                    Page::Trends => Page::Topics,
                }
            }
            // On the what-good-looks-like page, the statement just chosen (the rows are the nine
            // in the framework's order).
            Action::Choose if self.page == Page::Good => {
                if let Some(&statement) = QualityStatement::ALL.get(self.good_at) {
                    return Some(vec![Effect::PractiseStatement(statement)]);
                }
            }
            Action::Choose => {
                let ids = self.plan.remaining();
                if ids.is_empty() {
                    return Some(vec![Effect::Notify(crate::tui::component::Notice::info(
                        "Today's practice is done. Well done: come back tomorrow for the next set.",
                    ))]);
                }
                return Some(vec![Effect::StartToday(ids)]);
            }
            // On the topics page, ↑↓ scroll the topics when they do not all fit (the last row
            // says how many more there are); drawing keeps the last topic at the bottom.
            Action::Up if self.page == Page::Topics => {
                self.topics_from = self.topics_from.saturating_sub(1)
            }
            Action::Down if self.page == Page::Topics => {
                let last_start = self
                    .coverage
                    .topics
                    .len()
                    .saturating_sub(self.topics_room.get().max(1));
                self.topics_from = (self.topics_from + 1).min(last_start)
            }
            // The chosen statement of the what-good-looks-like page; kept while other pages show.
            Action::Up => self.good_at = self.good_at.saturating_sub(1),
            Action::Down => {
                self.good_at =
                    (self.good_at + 1).min(self.coverage.statements.len().saturating_sub(1))
            }
            Action::Settings => return Some(vec![Effect::OpenSettings]),
            _ => return None,
        }
        Some(Vec::new())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let theme = ctx.theme;
        let p = &self.progress;
        let next_page = format!(
            "  {}: {}",
            key(Action::NextPart),
            match self.page {
                Page::Coverage => "topics",
                Page::Topics => "trends",
                Page::Trends => "your evidence",
                Page::Evidence => "what good looks like",
                Page::Good => "statements and today",
            }
        );
        let days = format!(
            "{} day{}",
            p.days_practised,
            if p.days_practised == 1 { "" } else { "s" }
        );
        let streak = if p.streak > 1 {
            format!(" · {}-day streak", p.streak)
        } else {
            String::new()
        };
        let statements = format!(" · {}/9 statements", self.coverage.statements_covered());
        // The page Tab goes to next is the next step, so it stays whole at 80 columns ("Tab: what
        // good lo…" was cut): the figures before it are said more shortly when the row is short.
        let room = usize::from(area.width)
            .saturating_sub("Your progress".len())
            .saturating_sub(next_page.chars().count());
        let figures = [
            format!("{statements} · {days} practised in 12 weeks{streak}"),
            format!("{statements} · {days} in 12 weeks{streak}"),
            format!("{statements} · {days} in 12 weeks"),
            statements.clone(),
        ]
        .into_iter()
        .find(|f| f.chars().count() <= room)
        .unwrap_or(statements);
        let title = Line::from(vec![
            Span::styled("Your progress", theme.title),
            Span::styled(figures, theme.text),
            Span::styled(next_page, theme.dim),
        ]);
        let Areas { body, .. } = ScreenFrame::body_only(self.context(), title, Constraint::Min(8))
            .draw(area, buf, ctx)?;
        match self.page {
            Page::Coverage => self.render_coverage(body, buf, theme),
            Page::Topics => {
                let from = self.topics_from;
                let room = coverage_map(
                    " Topics ",
                    &self.coverage.topics,
                    false,
                    from,
                    body,
                    buf,
                    theme,
                );
                self.topics_room.set(room);
            }
            Page::Trends => self.render_trends(body, buf, theme),
            Page::Good => self.render_good(body, buf, theme),
            Page::Evidence => crate::tui::evidence_panel::render(
                &self.register,
                self.today,
                self.stale_months,
                body,
                buf,
                theme,
            ),
        }
        None
    }
}

impl ProgressScreen {
    fn render_coverage(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let today_height =
            (self.plan.picks.len() as u16 + 3).min(area.height.saturating_sub(11).max(4));
        let [today, map] =
            Layout::vertical([Constraint::Length(today_height), Constraint::Min(4)]).areas(area);
        self.render_today(today, buf, theme);
        if area.width >= 120 {
            let [s, t] =
                Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                    .areas(map);
            coverage_map(
                " Quality statements ",
                &self.coverage.statements,
                true,
                0,
                s,
                buf,
                theme,
            );
            coverage_map(" Topics ", &self.coverage.topics, false, 0, t, buf, theme);
        } else {
            coverage_map(
                " Quality statements ",
                &self.coverage.statements,
                true,
                0,
                map,
                buf,
                theme,
            );
        }
    }

    /// The nine statements (↑↓ chooses one) and, below, what good looks like for the chosen one,
    /// with where that comes from: so the PSW reads the standard beside their own coverage.
    fn render_good(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let rows = &self.coverage.statements;
        let [list, note] = Layout::vertical([
            Constraint::Length(rows.len() as u16 + 2),
            Constraint::Min(4),
        ])
        .areas(area);
        let block = Block::bordered()
            .border_style(theme.border)
            .title(Line::styled(
                format!(
                    " What good looks like · {} chooses a statement ",
                    key(Action::Up)
                ),
                theme.title,
            ));
        let inner = block.inner(list);
        block.render(list, buf);
        let lines: Vec<Line> = rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let chosen = i == self.good_at;
                let practised = if row.covered() {
                    format!("{}/{} practised", row.practised, row.questions)
                } else {
                    format!("not practised yet (0/{})", row.questions)
                };
                let name_width =
                    usize::from(inner.width).saturating_sub(practised.chars().count() + 3);
                Line::from(vec![
                    Span::styled(if chosen { "▶ " } else { "  " }, theme.title),
                    Span::styled(
                        format!(
                            "{:<name_width$} ",
                            widgets::cut_line(&row.title, name_width)
                        ),
                        if chosen { theme.title } else { theme.text },
                    ),
                    Span::styled(
                        practised,
                        if row.covered() { theme.dim } else { theme.warn },
                    ),
                ])
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);

        let Some(row) = rows.get(self.good_at) else {
            return;
        };
        let block = Block::bordered()
            .border_style(theme.border)
            .title(Line::styled(format!(" {} ", row.title), theme.title));
        let inner = block.inner(note);
        block.render(note, buf);
        let text = match &row.good {
            Some(good) => vec![
                Line::styled(one_line(&good.what_good_looks_like), theme.text),
                Line::styled(
                    format!(
                        "Source: {} · as of {}",
                        one_line(&good.source),
                        good.as_of.format("%-d %b %Y")
                    ),
                    theme.dim,
                ),
            ],
            None => vec![Line::styled(
                "None of your question banks says what good looks like for this statement.",
                theme.dim,
            )],
        };
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }

    fn render_today(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let headline = match self.on_site {
            Some(d) => Countdown {
                on_site: d,
                today: self.today,
            }
            .headline(),
            None => format!(
                "No on-site date yet: press {} to set it for a countdown",
                key(Action::Settings)
            ),
        };
        let plan = &self.plan;
        let width = usize::from(area.width.saturating_sub(2));
        // Short enough to be whole at 80 columns, key and all ("... · Enter starts th" was cut
        // there); narrower, it ends in "…".
        let today = Line::from(vec![
            Span::styled(
                format!(
                    "Today: {} question{}",
                    plan.picks.len(),
                    if plan.picks.len() == 1 { "" } else { "s" }
                ),
                theme.key,
            ),
            Span::styled(
                format!(
                    ", {} done{}",
                    plan.done(),
                    if plan.still_to_practise.is_empty() {
                        String::new()
                    } else {
                        format!(
                            " · {} statement{} to practise",
                            plan.still_to_practise.len(),
                            if plan.still_to_practise.len() == 1 {
                                ""
                            } else {
                                "s"
                            }
                        )
                    }
                ),
                theme.text,
            ),
            Span::styled(format!(" · {} starts them", key(Action::Choose)), theme.dim),
        ]);
        let mut lines = vec![widgets::cut_spans(today, width)];
        for pick in &plan.picks {
            let (mark, style) = if pick.done {
                ("✓ ", theme.good)
            } else {
                ("• ", theme.key)
            };
            let why = format!(" · {}", pick.short_why());
            let room = width.saturating_sub(2 + why.chars().count()).max(24);
            let ask = widgets::cut_line(&self.ask(&pick.id), room);
            lines.push(Line::from(vec![
                Span::styled(mark, style),
                Span::styled(ask, if pick.done { theme.dim } else { theme.text }),
                Span::styled(why, theme.dim),
            ]));
        }
        Paragraph::new(lines)
            .block(
                Block::bordered()
                    .border_style(theme.border)
                    .title(Line::styled(format!(" {headline} "), theme.title)),
            )
            .render(area, buf);
    }

    fn render_trends(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let [top, bottom] =
            Layout::vertical([Constraint::Length(11), Constraint::Min(6)]).areas(area);
        let [cal, rating] =
            Layout::horizontal([Constraint::Length(44), Constraint::Min(20)]).areas(top);
        calendar(&self.progress, self.today, cal, buf, theme);
        rating_chart(&self.progress, rating, buf, theme);
        timing_chart(&self.progress, bottom, buf, theme);
    }
}

/// A row per statement or topic: covered or not, a bar of questions practised, average, last;
/// from the row `from` on. When the rows do not all fit, the last line says how many more there
/// are and which key reaches them, and the last row is kept at the bottom.
fn coverage_map(
    title: &str,
    rows: &[CoverageRow],
    statements: bool,
    from: usize,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) -> usize {
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Line::styled(title.to_string(), theme.title));
    let inner = block.inner(area);
    block.render(area, buf);
    let name_of = |row: &CoverageRow| {
        if statements {
            crate::bank::model::QualityStatement::from_slug(&row.slug)
                .map_or_else(|| row.title.clone(), |s| short_title(s).to_string())
        } else {
            row.title.clone()
        }
    };
    // Names as long as the longest, where the window allows: after the name come the mark, the
    // bar, "10/10", "★3.2" and "30 Nov" (29 columns). A name that still does not fit ends in "…"
    // rather than mid-word with nothing to say it was cut.
    let longest = rows
        .iter()
        .map(|r| name_of(r).chars().count())
        .max()
        .unwrap_or(0);
    let name_width = longest
        .min(usize::from(inner.width).saturating_sub(29))
        .max(12);
    let bar_width = 8usize;
    let height = usize::from(inner.height);
    let overflows = rows.len() > height && height > 1;
    let room = if overflows { height - 1 } else { height };
    let from = from.min(rows.len().saturating_sub(room));
    let mut lines = Vec::new();
    for row in rows.iter().skip(from).take(room) {
        let name = widgets::cut_line(&name_of(row), name_width);
        let (mark, style) = if row.covered() {
            ("✓ ", theme.good)
        } else {
            ("✗ ", theme.bad)
        };
        let mut spans = vec![
            Span::styled(mark, style),
            Span::styled(format!("{name:<name_width$} "), theme.text),
        ];
        if row.covered() {
            let filled = (row.percent() as usize * bar_width)
                .div_ceil(100)
                .min(bar_width);
            spans.push(Span::styled("█".repeat(filled), theme.good));
            spans.push(Span::styled("░".repeat(bar_width - filled), theme.dim));
            spans.push(Span::styled(
                format!(" {:>2}/{:<2}", row.practised, row.questions),
                theme.text,
            ));
            spans.push(Span::styled(
                row.average
                    .map_or_else(|| "  -  ".to_string(), |a| format!(" ★{a:.1}")),
                theme.text,
            ));
            if let Some(last) = row.last {
                spans.push(Span::styled(
                    format!(" {}", last.format("%-d %b")),
                    theme.dim,
                ));
            }
        } else {
            spans.push(Span::styled(
                format!("not practised yet (0/{})", row.questions),
                theme.warn,
            ));
        }
        lines.push(Line::from(spans));
    }
    if overflows {
        let below = rows.len() - from - room;
        let name =
            |action| crate::tui::keymap::key_name(Context::Progress, action).unwrap_or_default();
        // The mark first, then the key that moves there, from the key map.
        let hint = if below > 0 {
            format!(
                "{} {below} more below ({} to reach)",
                "↓",
                name(Action::Down)
            )
        } else {
            format!("{} {from} more above ({} to reach)", "↑", name(Action::Up))
        };
        lines.push(Line::styled(hint, theme.dim));
    }
    Paragraph::new(lines).render(inner, buf);
    room
}

/// Twelve weeks as columns, Monday to Sunday as rows; a cell's mark says how many answers.
fn calendar(p: &Progress, today: NaiveDate, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Line::styled(" Practice days, last 12 weeks ", theme.title));
    let inner = block.inner(area);
    block.render(area, buf);
    let mut lines = Vec::new();
    // Each month's name over the week holding its 1st (the first week: its own month), so the
    // current month is named even when it began in this week. A name fills its column, so the
    // first week's is left out when the second week names a month: "SepOct" read as one word.
    let first_of_month = |w: usize| {
        let monday = p.first_monday + Duration::weeks(w as i64);
        (0..7)
            .map(|d| monday + Duration::days(d))
            .find(|day| day.day() == 1)
    };
    let mut header = String::from("    ");
    for w in 0..p.calendar.len() {
        let named = match first_of_month(w) {
            Some(day) => Some(day),
            None if w == 0 && first_of_month(1).is_none() => Some(p.first_monday),
            None => None,
        };
        header.push_str(&match named {
            Some(day) => format!("{:<3}", day.format("%b")),
            None => "   ".to_string(),
        });
    }
    lines.push(Line::styled(header, theme.dim));
    for (d, name) in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        .iter()
        .enumerate()
    {
        let mut spans = vec![Span::styled(format!("{name} "), theme.dim)];
        for week in &p.calendar {
            let (mark, style) = match week[d] {
                None => ("   ", Style::new()),
                Some(0) => (" · ", theme.dim),
                Some(1..=4) => (" ▪ ", theme.good),
                Some(_) => (" ■ ", theme.good),
            };
            spans.push(Span::styled(mark, style));
        }
        lines.push(Line::from(spans));
    }
    let _ = today;
    lines.push(Line::styled(
        "· none  ▪ 1-4 answers  ■ 5 or more",
        theme.dim,
    ));
    Paragraph::new(lines).render(inner, buf);
}

/// The latest answers' time against their target (1.0 is on target), with the target line.
fn timing_chart(p: &Progress, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if p.timing.is_empty() {
        // "0 of the latest 0 within it" over "No timed answers yet." said nothing of what to do.
        Paragraph::new(
            "No timed answers yet. Every answer you rehearse is timed against its target, and \
             shows here once it is saved.",
        )
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .border_style(theme.border)
                .title(" Time per answer against its target "),
        )
        .render(area, buf);
        return;
    }
    let title = format!(
        " Time per answer against its target: {} of the latest {} within it ",
        p.within_target,
        p.timing.len()
    );
    let points: Vec<(f64, f64)> = p
        .timing
        .iter()
        .enumerate()
        .map(|(i, r)| (i as f64, r.min(2.0) * 100.0))
        .collect();
    let target: Vec<(f64, f64)> = vec![
        (0.0, 100.0),
        (p.timing.len().saturating_sub(1).max(1) as f64, 100.0),
    ];
    let max_x = p.timing.len().saturating_sub(1).max(1) as f64;
    Chart::new(vec![
        Dataset::default()
            .name("target")
            .marker(symbols::Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.warn)
            .data(&target),
        Dataset::default()
            .name("% of target")
            .marker(symbols::Marker::Dot)
            .graph_type(GraphType::Scatter)
            .style(theme.good)
            .data(&points),
    ])
    .block(
        Block::bordered()
            .border_style(theme.border)
            .title(Line::styled(title, theme.title)),
    )
    .x_axis(
        Axis::default()
            .bounds([0.0, max_x])
            .labels(vec![Span::raw("older"), Span::raw("latest")])
            .style(theme.dim),
    )
    .y_axis(
        Axis::default()
            .bounds([0.0, 200.0])
            .labels(vec![Span::raw("0%"), Span::raw("100%"), Span::raw("200%")])
            .style(theme.dim),
    )
    .render(area, buf);
}

/// Average rating per week over the twelve weeks, as a line on a 1 to 5 scale.
fn rating_chart(p: &Progress, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let points: Vec<(f64, f64)> = p
        .weekly_rating
        .iter()
        .enumerate()
        .filter_map(|(w, r)| r.map(|r| (w as f64, r)))
        .collect();
    let Some(&(week, latest)) = points.last() else {
        // Wrapped: at 80x24 it stopped at "these twelve w", and said nothing of what to do.
        Paragraph::new(
            "No rated answers in these twelve weeks yet. Rate an answer from 1 to 5 after you \
             give it, and your weekly average shows here.",
        )
        .style(theme.dim)
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .border_style(theme.border)
                .title(Line::styled(" Average rating by week ", theme.title)),
        )
        .render(area, buf);
        return;
    };
    // The latest week's value in words, and which week it is: the chart alone gave one dot with
    // no number when only one week had ratings.
    let when = if week as usize + 1 == WEEKS {
        "this week".to_string()
    } else {
        format!(
            "week of {}",
            (p.first_monday + Duration::weeks(week as i64)).format("%-d %b")
        )
    };
    let room = usize::from(area.width.saturating_sub(2));
    let title = [
        format!(" Average rating by week · {when}: {latest:.1} of 5 "),
        format!(" Rating by week · {when}: {latest:.1} "),
        format!(" Rating {when}: {latest:.1} "),
    ]
    .into_iter()
    .find(|t| t.chars().count() <= room)
    .unwrap_or_else(|| widgets::cut_line(&format!(" {when}: {latest:.1} "), room));
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Line::styled(title, theme.title));
    if points.len() < 2 {
        Paragraph::new(format!(
            "{latest:.1} of 5 on average {when}, the only week with rated answers so far. The line \
             starts once a second week has them."
        ))
        .style(theme.text)
        .wrap(Wrap { trim: true })
        .block(block)
        .render(area, buf);
        return;
    }
    Chart::new(vec![
        Dataset::default()
            .marker(symbols::Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.good)
            .data(&points),
    ])
    .block(block)
    .x_axis(
        Axis::default()
            .bounds([0.0, (WEEKS - 1) as f64])
            .labels(vec![Span::raw("12 weeks ago"), Span::raw("this week")])
            .style(theme.dim),
    )
    .y_axis(
        Axis::default()
            .bounds([1.0, 5.0])
            .labels(vec![Span::raw("1"), Span::raw("3"), Span::raw("5")])
            .style(theme.dim),
    )
    .render(area, buf);
}

/// The key for `action` here, as a sentence names it, from the key map.
fn key(action: Action) -> &'static str {
    crate::tui::keymap::label(Context::Progress, action).unwrap_or_default()
}
