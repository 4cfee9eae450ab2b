//! The home screen: what is loaded, and what to practise.

use super::app::App;
use super::widgets::key_line;
use crate::bank::{Kind, Library, QualityStatement};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap,
};

/// The choices on the home screen, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Mock,
    Topic,
    Statement,
    Random,
    Weakest,
    Spoken,
    Quit,
}

pub const ITEMS: [Item; 7] = [
    Item::Mock,
    Item::Topic,
    Item::Statement,
    Item::Random,
    Item::Weakest,
    Item::Spoken,
    Item::Quit,
];

impl Item {
    fn label(self, spoken: bool) -> String {
        match self {
            Item::Mock => "Mock interview (7 questions, like the real one)".into(),
            Item::Topic => "Practise one topic…".into(),
            Item::Statement => "Practise one quality statement…".into(),
            Item::Random => "Five questions at random".into(),
            Item::Weakest => "Five you have practised least".into(),
            Item::Spoken => format!(
                "Answer style: {} (Enter to change)",
                if spoken {
                    "spoken aloud, then key points"
                } else {
                    "written"
                }
            ),
            Item::Quit => "Quit".into(),
        }
    }
}

/// A list to choose a topic or quality statement from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picker {
    Topic(usize),
    Statement(usize),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HomeState {
    pub selected: usize,
    pub picker: Option<Picker>,
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

pub fn render(app: &App, state: &HomeState, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let welcome_height = if app.welcome { 7 } else { 0 };
    let skipped_height = app.library.skipped.len().min(3) as u16;
    let [title, welcome, body, skipped, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(welcome_height),
        Constraint::Min(5),
        Constraint::Length(skipped_height),
        Constraint::Length(u16::from(app.status.is_some())),
        Constraint::Length(1),
    ])
    .areas(area);

    Line::from(vec![
        Span::styled("psw-coach", theme.title),
        Span::styled(" · rehearse your CQC assessment interview", theme.text),
    ])
    .render(title, buf);

    if app.welcome {
        Paragraph::new(vec![
            Line::styled("Welcome.", theme.title),
            Line::from("This coach helps you rehearse the CQC interview. Inspectors ask three things of every topic:"),
            Line::styled("  What have you done?  What difference has it made?  How do you know?", theme.question),
            Line::from("Each answer is timed in those three parts and kept as a private note on this computer."),
            Line::from("To begin, press Enter on “Mock interview”. Press ? at any time for help."),
        ])
        .wrap(Wrap { trim: false })
        .block(Block::new().borders(Borders::BOTTOM).border_style(theme.border))
        .render(welcome, buf);
    }

    let [menu_area, side_area] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(body);
    let items: Vec<ListItem> = ITEMS
        .iter()
        .map(|i| ListItem::new(i.label(app.spoken)))
        .collect();
    let mut list_state = ListState::default().with_selected(Some(state.selected));
    let focus_menu = state.picker.is_none();
    StatefulWidget::render(
        List::new(items)
            .block(
                Block::bordered()
                    .title(" What would you like to practise? ")
                    .border_style(if focus_menu {
                        theme.title
                    } else {
                        theme.border
                    }),
            )
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

    match &state.picker {
        Some(picker) => render_picker(app, picker, side_area, buf),
        None => render_banks(app, side_area, buf),
    }

    let lines: Vec<Line> = app
        .library
        .skipped
        .iter()
        .take(3)
        .map(|s| Line::styled(s.summary(), theme.warn))
        .collect();
    Paragraph::new(lines).render(skipped, buf);
    if let Some(message) = &app.status {
        Line::styled(message.as_str(), theme.warn).render(status, buf);
    }
    let keys: &[(&str, &str)] = if state.picker.is_some() {
        &[
            ("↑↓", "choose"),
            ("Enter", "start"),
            ("Esc", "back"),
            ("?", "help"),
        ]
    } else {
        &[
            ("↑↓/j k", "move"),
            ("Enter", "choose"),
            ("?", "help"),
            ("q", "quit"),
        ]
    };
    key_line(keys, theme).render(footer, buf);
}

fn render_banks(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let library = &app.library;
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
    for bank in &library.banks {
        lines.push(Line::from(format!(
            "• {} ({})",
            bank.title,
            bank.questions.len()
        )));
    }
    let per_kind: Vec<String> = Kind::ALL
        .iter()
        .map(|k| {
            let n = library.questions().filter(|q| q.kind == *k).count();
            format!("{n} {}", k.slug())
        })
        .collect();
    lines.push(Line::from(per_kind.join(" · ")));
    lines.push(Line::styled("Topics", theme.title));
    let topics = topics(library);
    for chunk in topics.chunks(2) {
        let cells: Vec<String> = chunk
            .iter()
            .map(|(t, n)| format!("{:<22}{:>3}", t, n))
            .collect();
        lines.push(Line::from(cells.join("  ")));
    }
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .title(" Question banks ")
                .border_style(theme.border),
        )
        .render(area, buf);
}

fn render_picker(app: &App, picker: &Picker, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let (title, labels, selected) = match picker {
        Picker::Topic(i) => (
            " Choose a topic ",
            topics(&app.library)
                .into_iter()
                .map(|(t, n)| format!("{t} ({n})"))
                .collect::<Vec<_>>(),
            *i,
        ),
        Picker::Statement(i) => (
            " Choose a quality statement ",
            statement_counts(&app.library)
                .into_iter()
                .map(|(s, n)| format!("{} ({n})", s.title()))
                .collect(),
            *i,
        ),
    };
    let mut state = ListState::default().with_selected(Some(selected));
    StatefulWidget::render(
        List::new(labels)
            .block(Block::bordered().title(title).border_style(theme.title))
            .highlight_style(theme.selected)
            .highlight_symbol("> "),
        area,
        buf,
        &mut state,
    );
}
