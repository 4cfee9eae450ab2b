//! The home screen: what is loaded, and what to practise.

use crate::bank::{Kind, Library, QualityStatement};
use crate::drill::{Plan, RehearseOptions};
use crate::notes::AnswerStyle;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::component::{Effect, Notice, Outcome, TodayInfo};
use crate::tui::frame::{Areas, ScreenFrame};
use crate::tui::keymap::{Action, Context};
use crate::tui::route::Route;
use crate::tui::text_box::{Lines, TextBox};
use crate::tui::theme::Theme;
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap,
};
use std::rc::Rc;

/// The choices on the home screen, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Mock,
    Topic,
    Statement,
    Random,
    Weakest,
    Least,
    Figures,
    Spoken,
    Pair,
    Today,
    Review,
    Progress,
    Settings,
    Quit,
}

pub const ITEMS: [Item; 14] = [
    Item::Mock,
    Item::Topic,
    Item::Statement,
    Item::Random,
    Item::Weakest,
    Item::Least,
    Item::Figures,
    Item::Today,
    Item::Review,
    Item::Progress,
    Item::Settings,
    Item::Spoken,
    Item::Pair,
    Item::Quit,
];

impl Item {
    fn label(self, style: AnswerStyle, pair: bool) -> &'static str {
        match self {
            Item::Mock => "Mock interview",
            Item::Topic => "One topic…",
            Item::Statement => "One quality statement…",
            Item::Random => "Five at random",
            Item::Weakest => "Five weakest",
            Item::Least => "Five practised least",
            Item::Figures => "Know your figures",
            Item::Spoken => match style {
                AnswerStyle::Written => "Style: written",
                AnswerStyle::Spoken => "Style: spoken",
                AnswerStyle::Recorded => "Style: spoken, recorded",
            },
            Item::Pair if pair => "Pair practice: on",
            Item::Pair => "Pair practice: off",
            Item::Today => "Today's practice",
            Item::Review => "Review past answers",
            Item::Progress => "Progress",
            Item::Settings => "Settings",
            Item::Quit => "Quit",
        }
    }

    /// What choosing this does, in a sentence, shown under the menu.
    fn describe(self, style: AnswerStyle, pair: bool) -> String {
        let enter = key(Action::Choose);
        match self {
            Item::Mock => {
                "As on the day: your role, what you are proud of, pressures, four focused questions on different topics, then a closing one.".to_string()
            }
            Item::Topic => {
                "Choose a topic, such as waiting times or workforce, and practise its questions.".to_string()
            }
            Item::Statement => {
                "Choose one of CQC's nine quality statements and practise the questions tagged with it.".to_string()
            }
            Item::Random => "Five questions drawn at random from every bank.".to_string(),
            Item::Weakest => {
                "Five questions the evidence says are weakest: low ratings (yours or a colleague's), gaps the insights found, cues missed, long unpractised or never tried.".to_string()
            }
            Item::Least => {
                "Five questions you have never practised, or practised longest ago.".to_string()
            }
            Item::Figures => {
                "Ten quick-fire questions on the figures in your evidence register; the ones you miss come first next time.".to_string()
            }
            Item::Spoken => match style {
                AnswerStyle::Written => format!(
                    "You type each answer. {enter} switches to spoken: answer aloud, then jot key points."
                ),
                AnswerStyle::Spoken => format!(
                    "You answer aloud while the timer runs, then jot down key points. {enter}: recorded, transcribed on this computer."
                ),
                AnswerStyle::Recorded => format!(
                    "You answer aloud; each part is recorded and transcribed on this computer, and you can correct it. {enter}: written."
                ),
            },
            Item::Pair if pair => {
                format!(
                    "A colleague asks and gives feedback; you answer aloud. Choose a plan above. {enter}: practise alone."
                )
            }
            Item::Pair => {
                format!(
                    "{enter} switches to pair practice: a colleague plays the assessor at the keyboard; you answer aloud."
                )
            }
            Item::Today => {
                "The questions suggested for today: quality statements you have not practised yet, then your weakest. Progress shows why each was chosen.".to_string()
            }
            Item::Review => {
                "Every past session, newest first. Filter by topic, quality statement, rating or words, read answers back, compare attempts and refine one.".to_string()
            }
            Item::Progress => {
                "What you have covered (the nine quality statements and every topic), practice days, time against target and your ratings over twelve weeks.".to_string()
            }
            Item::Settings => {
                "The on-site date (for the countdown), answer style, probes, colour theme, questions a day and keeping recordings.".to_string()
            }
            Item::Quit => "Leave psw-coach. Your notes stay on this computer.".to_string(),
        }
    }
}

/// A list to choose a topic or quality statement from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picker {
    Topic(usize),
    Statement(usize),
}

pub struct HomeScreen {
    library: Rc<Library>,
    selected: usize,
    picker: Option<Picker>,
    style: AnswerStyle,
    /// What has been typed in the picker: only the names holding it (in any case) are listed.
    /// The one text box, so its editing keys (arrows, Backspace, Delete, undo, paste) are those
    /// of every other box.
    filter: TextBox,
    /// The plans start pair practice, a colleague asking, rather than a rehearsal alone.
    pair: bool,
    /// The welcome shows until the first rehearsal starts.
    welcome: bool,
    /// The countdown and today's practice, once the history has been read.
    today: Option<TodayInfo>,
}

impl HomeScreen {
    pub fn new(library: Rc<Library>, welcome: bool) -> HomeScreen {
        HomeScreen {
            library,
            selected: 0,
            picker: None,
            style: AnswerStyle::Written,
            filter: TextBox::new("", Lines::One),
            pair: false,
            welcome,
            today: None,
        }
    }

    /// Written, spoken, or spoken and recorded: the saved setting.
    pub fn set_style(&mut self, style: AnswerStyle) {
        self.style = style;
    }

    fn start(&mut self, plan: Plan) -> Vec<Effect> {
        self.welcome = false;
        if self.pair {
            // A topic or statement lets the interviewer pick the questions from its list.
            if matches!(plan, Plan::Topic(..) | Plan::Statement(..)) {
                return vec![Effect::Open(Route::PickQuestions(plan))];
            }
            return vec![Effect::StartPair(Box::new(
                crate::drill::pair::PairStart::new(plan, None),
            ))];
        }
        vec![Effect::StartPlan(RehearseOptions {
            plan,
            seed: None,
            spoken: self.style.is_aloud(),
            record: self.style == AnswerStyle::Recorded,
            probes: None,
        })]
    }

    fn list_len(&self) -> usize {
        match self.picker {
            None => ITEMS.len(),
            Some(_) => self.choices().len(),
        }
    }

    /// The picker's names, each with its question count and the plan it starts, narrowed to
    /// those holding what has been typed.
    fn choices(&self) -> Vec<(String, usize, Plan)> {
        let count = crate::drill::plan::DEFAULT_COUNT;
        let all: Vec<(String, usize, Plan)> = match self.picker {
            None => Vec::new(),
            Some(Picker::Topic(_)) => topics(&self.library)
                .into_iter()
                .map(|(t, n)| (crate::bank::topic_title(&t), n, Plan::Topic(t, count)))
                .collect(),
            Some(Picker::Statement(_)) => statement_counts(&self.library)
                .into_iter()
                .map(|(s, n)| (s.title().to_string(), n, Plan::Statement(s, count)))
                .collect(),
        };
        let wanted = self.filter.text().trim().to_lowercase();
        all.into_iter()
            .filter(|(title, _, _)| title.to_lowercase().contains(&wanted))
            .collect()
    }

    fn close_picker(&mut self) {
        self.picker = None;
        self.clear_filter();
    }

    fn clear_filter(&mut self) {
        self.filter = TextBox::new("", Lines::One);
    }

    fn cursor(&mut self) -> &mut usize {
        match &mut self.picker {
            None => &mut self.selected,
            Some(Picker::Topic(i) | Picker::Statement(i)) => i,
        }
    }
}

impl Screen for HomeScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Home
    }

    fn on_settings(&mut self, settings: &crate::review::Settings) {
        self.style = settings.answer_style;
    }

    fn context(&self) -> Context {
        if self.picker.is_some() {
            Context::HomePicker
        } else {
            Context::Home
        }
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let last = self.list_len().saturating_sub(1);
        match action {
            Action::Up => *self.cursor() = self.cursor().saturating_sub(1),
            Action::Down => *self.cursor() = (*self.cursor() + 1).min(last),
            Action::Top => *self.cursor() = 0,
            Action::Bottom => *self.cursor() = last,
            // Esc first clears what was typed, then leaves the list.
            Action::Back if !self.filter.is_empty() => {
                self.clear_filter();
                *self.cursor() = 0;
            }
            Action::Back if self.picker.is_some() => self.close_picker(),
            Action::Type(_) | Action::Undo | Action::Redo if self.picker.is_some() => {
                let edit = self.filter.on_action(action)?;
                if edit.changed {
                    // The best match is the first: start there.
                    *self.cursor() = 0;
                }
                return Some(edit.effects());
            }
            // There is nothing behind the menu: say how to leave rather than leave at once.
            // The evidence register: a key rather than a row, so the menu still fits at 80x24.
            Action::Evidence if self.picker.is_none() => {
                return Some(vec![Effect::OpenEvidence]);
            }
            Action::Back => {
                return Some(vec![Effect::Notify(Notice::info(format!(
                    "To leave psw-coach, press {} (or choose Quit).",
                    key(Action::Quit)
                )))]);
            }
            Action::Choose => {
                let plan = match &self.picker {
                    None => match ITEMS[self.selected] {
                        Item::Topic => {
                            self.picker = Some(Picker::Topic(0));
                            None
                        }
                        Item::Statement => {
                            self.picker = Some(Picker::Statement(0));
                            None
                        }
                        Item::Spoken => {
                            // The saved setting, the same as in Settings.
                            self.style = self.style.next();
                            // Saving it says at once when this copy cannot record.
                            return Some(vec![Effect::SetAnswerStyle(self.style)]);
                        }
                        Item::Quit => return Some(vec![Effect::Quit]),
                        Item::Pair => {
                            self.pair = !self.pair;
                            None
                        }
                        Item::Today => match &self.today {
                            // With the pair switch on, today's set is practised with a colleague.
                            Some(t) if !t.remaining.is_empty() => {
                                Some(Plan::Today(t.remaining.clone()))
                            }
                            _ => return Some(vec![Effect::OpenProgress]),
                        },
                        Item::Review => return Some(vec![Effect::OpenReview]),
                        Item::Progress => return Some(vec![Effect::OpenProgress]),
                        Item::Settings => return Some(vec![Effect::OpenSettings]),
                        Item::Mock => Some(Plan::Mock),
                        Item::Random => Some(Plan::Random(5)),
                        Item::Weakest => Some(Plan::Weakest(5)),
                        Item::Least => Some(Plan::Least(5)),
                        Item::Figures => Some(Plan::Figures(crate::evidence::drill::DEFAULT_COUNT)),
                    },
                    Some(Picker::Topic(i) | Picker::Statement(i)) => {
                        self.choices().get(*i).map(|(_, _, plan)| plan.clone())
                    }
                };
                if let Some(plan) = plan {
                    // Back from the rehearsal is the menu, not the list it was chosen from.
                    self.close_picker();
                    return Some(self.start(plan));
                }
            }
            _ => return None,
        }
        Some(Vec::new())
    }

    /// Letters typed (or pasted) in the picker narrow it.
    fn on_text(&mut self, text: &str) -> Vec<Effect> {
        if self.picker.is_none() {
            return Vec::new();
        }
        let edit = self.filter.paste(text);
        if edit.changed {
            *self.cursor() = 0;
        }
        edit.effects()
    }

    fn on_outcome(&mut self, outcome: Outcome) -> Vec<Effect> {
        if let Outcome::Today(info) = outcome {
            self.today = Some(info);
        }
        Vec::new()
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        render(self, ctx, area, buf)
    }
}

/// The countdown and today's practice above the banks; returns the room left below it.
fn render_today(home: &HomeScreen, theme: &Theme, area: Rect, buf: &mut Buffer) -> Rect {
    let Some(today) = &home.today else {
        return area;
    };
    let mut lines = Vec::new();
    if let Some(h) = &today.headline {
        lines.push(Line::styled(h.clone(), theme.title));
    }
    lines.push(Line::styled(today.summary.clone(), theme.text));
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    let height = widgets::lines_height(&lines, width) + 2;
    let [top, rest] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(area);
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .title(" Today ")
                .border_style(theme.border),
        )
        .render(top, buf);
    rest
}

/// Topics in the loaded banks with how many questions each has, most first then by name.
pub fn topics(library: &Library) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for q in library.questions() {
        match counts.iter_mut().find(|(t, _)| *t == q.topic) {
            Some((_, n)) => *n += 1,
            None => counts.push((q.topic.clone(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

pub fn statement_counts(library: &Library) -> Vec<(QualityStatement, usize)> {
    QualityStatement::ALL
        .iter()
        .map(|s| {
            (
                *s,
                library
                    .questions()
                    .filter(|q| q.quality_statements.contains(s))
                    .count(),
            )
        })
        .collect()
}

/// Draws the screen; returns where the insertion point is while typing in the picker.
fn render(home: &HomeScreen, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = ctx.theme;
    let state = home;
    let welcome_height = if home.welcome { 6 } else { 0 };
    let skipped = skipped_rows(&home.library.skipped, area.width);
    let skipped_height = skipped.len() as u16;
    let Areas {
        head: [welcome],
        body,
        tail: [skipped_area],
    } = ScreenFrame {
        context: home.context(),
        title: Line::from(vec![
            Span::styled("psw-coach", theme.title),
            Span::styled(" · rehearse your CQC assessment interview", theme.text),
        ]),
        head: [Constraint::Length(welcome_height)],
        body: Constraint::Min(5),
        tail: [Constraint::Length(skipped_height)],
    }
    .draw(area, buf, ctx)?;

    if home.welcome {
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled("Welcome. ", theme.title),
                Span::raw("This coach helps you rehearse your CQC interview."),
            ]),
            Line::from("Assessors press every topic with three questions:"),
            Line::styled(
                "  What have you done? · What difference has it made? · How do you know?",
                theme.question,
            ),
            Line::from("Each answer is timed in those parts and kept as a private note here."),
            Line::from(format!(
                "To begin, press {} on “Mock interview”. Press {} for help at any time.",
                key(Action::Choose),
                key(Action::Help)
            )),
        ])
        .wrap(Wrap { trim: false })
        .block(
            Block::new()
                .borders(Borders::BOTTOM)
                .border_style(theme.border),
        )
        .render(welcome, buf);
    }

    let [left, side_area] =
        Layout::horizontal([Constraint::Length(30), Constraint::Min(10)]).areas(body);
    let [menu_area, about_area] = Layout::vertical([
        Constraint::Length(ITEMS.len() as u16 + 2),
        Constraint::Min(0),
    ])
    .areas(left);
    let items: Vec<ListItem> = ITEMS
        .iter()
        .map(|i| ListItem::new(i.label(home.style, home.pair)))
        .collect();
    let about = &ITEMS[state.selected].describe(home.style, home.pair);
    let about_box = || {
        Paragraph::new(about.as_str())
            .style(theme.text)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().border_style(theme.border))
    };
    let about_height = |width: u16| {
        widgets::wrapped_height(about, usize::from(width.saturating_sub(2))).saturating_add(2)
    };
    // Under the menu when it fits there whole. On a short screen (80x24 with the welcome) it goes
    // beside the menu instead, at the top of the wider column, so no line of it is ever cut off.
    // In a wide window (200x50) it goes beside the menu too, where its lines are long enough to
    // read at a glance, and the menu's column holds the menu alone.
    let wide = body.width >= 120;
    let about_beside = (wide || about_area.height < about_height(about_area.width))
        && state.picker.is_none()
        && side_area.height >= about_height(side_area.width) + 3;
    if !about_beside {
        about_box().render(about_area, buf);
    }
    let mut list_state = ListState::default().with_selected(Some(state.selected));
    let focus_menu = state.picker.is_none();
    // A short window (a notice under the menu at 80x24) hides the last items, "Quit" among them:
    // say so on the border, as the list scrolls to keep the highlighted item in view (walk item 42).
    let mark = list_mark(state.selected, menu_area.height, ITEMS.len());
    let menu_block = Block::bordered()
        .title(" Practise ")
        .border_style(if focus_menu {
            theme.title
        } else {
            theme.border
        });
    let menu_block = match mark {
        Some(mark) => menu_block.title_bottom(Line::from(mark).right_aligned()),
        None => menu_block,
    };
    StatefulWidget::render(
        List::new(items)
            .block(menu_block)
            .highlight_style(if focus_menu {
                theme.selected
            } else {
                theme.text
            })
            .highlight_symbol("> "),
        menu_area,
        buf,
        &mut list_state,
    );

    let cursor = match &state.picker {
        Some(picker) => render_picker(home, theme, picker, side_area, buf),
        None => {
            let side_area = if about_beside {
                let [top, rest] = Layout::vertical([
                    Constraint::Length(about_height(side_area.width)),
                    Constraint::Min(0),
                ])
                .areas(side_area);
                about_box().render(top, buf);
                rest
            } else {
                side_area
            };
            let side_area = render_today(home, theme, side_area, buf);
            render_banks(home, theme, side_area, buf);
            None
        }
    };

    let lines: Vec<Line> = skipped
        .into_iter()
        .map(|l| Line::styled(l, theme.warn))
        .collect();
    Paragraph::new(lines).render(skipped_area, buf);
    cursor
}

/// The rows under home's body for the banks that were skipped, wrapped at `width`: each as many
/// rows as it needs to be read whole, up to six in all (three each for two banks, two each for
/// three or more: the first three are shown), so a lone bank's advice is never cut at 80x24 and
/// the body keeps its rows.
fn skipped_rows(skipped: &[crate::bank::SkippedBank], width: u16) -> Vec<String> {
    let shown = skipped.len().min(3);
    if shown == 0 {
        return Vec::new();
    }
    skipped
        .iter()
        .take(shown)
        .flat_map(|s| {
            crate::tui::widgets::wrap_cut(&skipped_line(s), usize::from(width), 6 / shown)
        })
        .collect()
}

/// A skipped bank in the rows home gives it: what to do comes before the detail, which is what a
/// narrow window cuts ("…"), so the way to see every problem is never lost.
fn skipped_line(bank: &crate::bank::SkippedBank) -> String {
    let Some(first) = bank.problems.first() else {
        return format!("Skipped {}.", bank.source);
    };
    let count = match bank.problems.len() {
        1 => "1 problem".to_string(),
        n => format!("{n} problems"),
    };
    format!(
        "Skipped {} ({count}; psw-coach banks check lists them): line {}, column {}: {}",
        bank.source, first.line, first.column, first.message
    )
}

fn render_banks(home: &HomeScreen, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let library = &home.library;
    let total = library.questions().count();
    let mut lines = vec![Line::styled(
        format!(
            "{} question{} in {} bank{}",
            total,
            if total == 1 { "" } else { "s" },
            library.banks.len(),
            if library.banks.len() == 1 { "" } else { "s" }
        ),
        theme.title,
    )];
    let inner = area.width.saturating_sub(2) as usize;
    for bank in &library.banks {
        lines.push(Line::from(widgets::cut_line(
            &format!("• {} ({})", bank.title, bank.questions.len()),
            inner,
        )));
    }
    let per_kind: Vec<String> = Kind::ALL
        .iter()
        .map(|k| {
            let n = library.questions().filter(|q| q.kind == *k).count();
            format!("{n} {}", k.label().to_lowercase())
        })
        .collect();
    lines.push(Line::from(widgets::cut_line(&per_kind.join(" · "), inner)));
    lines.push(Line::styled("Topics", theme.title));
    let topics: Vec<(String, usize)> = topics(library)
        .into_iter()
        .map(|(t, n)| (crate::bank::topic_title(&t), n))
        .collect();
    lines.extend(count_table(&topics, inner).into_iter().map(Line::from));
    // A wide window has room for the quality statements as well, with their counts.
    if inner >= 100 {
        let statements: Vec<(String, usize)> = statement_counts(library)
            .into_iter()
            .map(|(s, n)| (s.title().to_string(), n))
            .collect();
        lines.push(Line::styled("Quality statements", theme.title));
        lines.extend(count_table(&statements, inner).into_iter().map(Line::from));
    }
    // In a wide window, as tall as what it holds, so it does not end in a large empty box.
    let area = if inner >= 100 {
        let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
        Rect {
            height: area.height.min(height),
            ..area
        }
    } else {
        area
    };
    // The panel is not scrolled: when its topics go past its foot (80x24 with the welcome shows
    // one row of them), the border says where every one is listed, rather than stopping unmarked.
    let block = Block::bordered()
        .title(" Question banks ")
        .border_style(theme.border);
    let block = if lines.len() > usize::from(area.height.saturating_sub(2)) {
        let topic = Item::Topic.label(AnswerStyle::Written, false);
        block.title_bottom(
            Line::styled(format!(" the rest: see {topic} "), theme.dim).right_aligned(),
        )
    } else {
        block
    };
    Paragraph::new(lines).block(block).render(area, buf);
}

/// The mark on the border of a bordered list `height` rows high (borders included) when some of
/// its `len` items are out of view. A list drawn afresh each frame scrolls only as far as it
/// must to keep the `selected` item in view, so the items above are those before it less a
/// screenful.
fn list_mark(selected: usize, height: u16, len: usize) -> Option<&'static str> {
    let rows = usize::from(height.saturating_sub(2)).max(1);
    let offset = (selected + 1).saturating_sub(rows);
    widgets::more_mark(offset > 0, offset + rows < len)
}

/// Names with their question counts in rows of columns across `inner` columns. Narrow: two
/// columns of half the width each, a name too long ending in "…". Wide: columns as wide as the
/// longest name, as many as fit (at most four), so each count sits beside its name rather than
/// at the far side of a 90-column cell.
fn count_table(items: &[(String, usize)], inner: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let (column, per_line) = if inner >= 100 {
        let longest = items.iter().map(|(t, _)| t.width()).max().unwrap_or(0);
        let column = (longest + 7).min(inner);
        (column, (inner / column.max(1)).clamp(1, 4))
    } else if inner >= 46 {
        (inner / 2, 2)
    } else {
        (inner, 1)
    };
    let name_width = column.saturating_sub(5);
    items
        .chunks(per_line)
        .map(|chunk| {
            chunk
                .iter()
                .map(|(t, n)| {
                    let name = widgets::cut_line(t, name_width);
                    let pad = name_width.saturating_sub(name.width());
                    format!("{name}{}{n:>3}  ", " ".repeat(pad))
                })
                .collect()
        })
        .collect()
}

/// Draws the picker; returns where the insertion point is once something is typed.
fn render_picker(
    home: &HomeScreen,
    theme: &Theme,
    picker: &Picker,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let (title, what, selected) = match picker {
        Picker::Topic(i) => (" Choose a topic ", "topic", *i),
        Picker::Statement(i) => (" Choose a quality statement ", "quality statement", *i),
    };
    let choices = home.choices();
    // The borders and the "> " mark take four columns; a longer label ends in "…".
    let room = area.width.saturating_sub(4) as usize;
    let labels: Vec<String> = choices
        .iter()
        .map(|(t, n, _)| widgets::cut_line(&format!("{t} ({n})"), room))
        .collect();
    let mut block = Block::bordered().title(title).border_style(theme.title);
    if home.filter.is_empty() {
        block = block.title_bottom(Line::styled(" Type to narrow the list ", theme.dim));
    }
    // 22 topics in 20 rows at 80x24: the last two were out of view with nothing to say so.
    if let Some(mark) = list_mark(selected, area.height, choices.len()) {
        block = block.title_bottom(Line::from(mark).right_aligned());
    }
    if choices.is_empty() {
        Paragraph::new(format!(
            "No {what} has “{}” in its name. Backspace widens the list; {} clears it.",
            crate::display::visible(&home.filter.text()),
            crate::tui::keymap::label(Context::HomePicker, Action::Back).unwrap_or_default()
        ))
        .style(theme.text)
        .wrap(Wrap { trim: true })
        .block(block)
        .render(area, buf);
    } else {
        let mut state = ListState::default().with_selected(Some(selected));
        StatefulWidget::render(
            List::new(labels)
                .block(block)
                .highlight_style(theme.selected)
                .highlight_symbol("> "),
            area,
            buf,
            &mut state,
        );
    }
    render_typed(&home.filter, theme, area, buf)
}

/// What was typed shows at the foot of the picker, where the list narrows from, as “Narrowed to
/// “car” · Backspace widens”, drawn by the text box so the insertion point shows where the next
/// letter goes. Returns that point.
fn render_typed(filter: &TextBox, theme: &Theme, area: Rect, buf: &mut Buffer) -> Option<Position> {
    use unicode_width::UnicodeWidthStr;
    if filter.is_empty() || area.width < 4 || area.height < 2 {
        return None;
    }
    let (open, close, hint) = (" Narrowed to “", "”", " · Backspace widens ");
    let row = area.bottom() - 1;
    let mut x = area.x + 1;
    let right = area.right() - 1;
    let room = |x: u16| right.saturating_sub(x);
    let width = |s: &str| u16::try_from(s.width()).unwrap_or(u16::MAX);
    let typed = width(&crate::display::visible(&filter.text()));
    x = buf
        .set_stringn(x, row, open, usize::from(room(x)), theme.key)
        .0;
    // The box takes the text and a cell after it for the insertion point at the end, which the
    // closing quote then shares; a text too long for the row shows the part around the
    // insertion point, with "…" where text is out of sight.
    let (shown, after) = if typed.saturating_add(width(close)) <= room(x) {
        (typed + 1, x + typed)
    } else {
        let shown = room(x).saturating_sub(width(close));
        (shown, x + shown)
    };
    let cursor = filter.render_line(theme.key, theme, Rect::new(x, row, shown, 1), buf);
    let end = buf
        .set_stringn(after, row, close, usize::from(room(after)), theme.key)
        .0;
    if room(end) >= width(hint) {
        buf.set_stringn(end, row, hint, usize::from(room(end)), theme.key);
    }
    if let Some(at) = cursor {
        buf[at].set_style(
            theme
                .selected
                .add_modifier(ratatui::style::Modifier::REVERSED),
        );
    }
    cursor
}

/// The key for `action` on the menu, as a sentence names it, from the key map.
fn key(action: Action) -> &'static str {
    crate::tui::keymap::label(Context::Home, action).unwrap_or_default()
}
