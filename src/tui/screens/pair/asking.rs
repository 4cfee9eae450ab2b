//! The interviewer's screen while the PSW answers: the question, the timers, the parts heard,
//! the probe ladder and cues, and the observations.

use super::render::{boxed, header, pace_style, parts_line, render_text_field, tick};
use super::{Focus, PairScreen};
use crate::drill::clock::minutes_and_seconds as clock;
use crate::drill::pair::{Pace, Rung, part_for_gap};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

pub(super) fn render_asking(
    s: &PairScreen,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let item = s.session.current()?;
    let q = &item.question;
    // Below 30 rows the question goes without its box and the observations show one line, so
    // the probes, their "when to use" and every listen-for cue fit at 80x24.
    let small = area.height < 30;
    let read_out = Line::from(vec![
        Span::styled("Read this out: ", theme.title),
        Span::styled(q.ask.clone(), theme.question),
    ]);
    let question_height = if small {
        widgets::lines_height(std::slice::from_ref(&read_out), area.width.into())
            .min(area.height / 3)
            .max(1)
    } else {
        let width = area.width.saturating_sub(2).max(1) as usize;
        (widgets::wrapped_height(&q.ask, width) + 2)
            .min(area.height / 3)
            .max(3)
    };
    let tip_text = match (&q.tip, s.session.tip_shown()) {
        (Some(tip), true) => format!("Tip: {tip}"),
        (Some(_), false) => format!(
            "Tip hidden: press {} if the PSW asks for help.",
            keymap::label(Context::PairAsking, Action::ToggleTip).unwrap_or_default()
        ),
        (None, _) => "No tip for this question.".to_string(),
    };
    let tip_height = widgets::wrapped_height(&tip_text, area.width.into()).min(3);
    let figures = figures_line(&s.register, q, area.width, small);
    let figures_height = figures.as_ref().map_or(0, |f| {
        widgets::wrapped_height(f, area.width.into()).min(if small { 1 } else { 3 })
    });
    let notes_height = if small { 3 } else { (area.height / 4).max(4) };
    let [head, question, timer, parts, tip, figures_area, list, notes] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(question_height),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(tip_height),
        Constraint::Length(figures_height),
        Constraint::Fill(1),
        Constraint::Length(notes_height),
    ])
    .areas(area);

    header(s, "", theme, head.width).render(head, buf);
    if small {
        Paragraph::new(read_out)
            .wrap(Wrap { trim: true })
            .render(question, buf);
    } else {
        Paragraph::new(q.ask.clone())
            .style(theme.question)
            .wrap(Wrap { trim: true })
            .block(boxed("Read this out", false, theme))
            .render(question, buf);
    }

    let elapsed = s.session.question_elapsed();
    let target = s.session.question_target();
    let pace = Pace::of(elapsed, target);
    let mut timer_spans = vec![
        Span::styled(
            format!("Question {} · ", clock(elapsed.as_secs())),
            theme.text,
        ),
        Span::styled(Pace::describe(elapsed, target), pace_style(pace, theme)),
        Span::styled(
            format!(
                " · Session {}",
                clock(s.session.session_elapsed().as_secs())
            ),
            theme.text,
        ),
    ];
    if s.session.is_paused() {
        timer_spans.push(Span::styled(" · PAUSED", theme.warn));
    }
    if let Some(line) = s.recorder.as_ref().and_then(|r| r.recording_line()) {
        timer_spans.push(Span::styled(format!(" · {line}"), theme.bad));
    }
    Line::from(timer_spans).render(timer, buf);
    parts_line(&item.parts, theme, true).render(parts, buf);
    Paragraph::new(tip_text)
        .style(if s.session.tip_shown() {
            theme.text
        } else {
            theme.dim
        })
        .wrap(Wrap { trim: true })
        .render(tip, buf);
    if let Some(figures) = figures {
        Paragraph::new(figures)
            .style(theme.text)
            .wrap(Wrap { trim: true })
            .render(figures_area, buf);
    }

    // The ladder and the cues, one list; the highlighted row is kept in view.
    // The moving and ticking keys named from the key map, so the title can never disagree.
    let title = format!(
        "Probes ({} {}: asked) and what to listen for (heard)",
        keymap::label(Context::PairAsking, Action::Up).unwrap_or_default(),
        keymap::label(Context::PairAsking, Action::Toggle).unwrap_or_default()
    );
    let block = boxed(&title, s.focus == Focus::Marks, theme);
    let inner = block.inner(list);
    block.render(list, buf);
    let inner_width = inner.width.max(1) as usize;
    let highlighted = |row: usize| row == s.cursor && s.focus == Focus::Marks;
    // Each entry: its text, its style, and its row in the key handling (None for the heading).
    let mut entries: Vec<Entry> = Vec::new();
    let mut row = 0usize;
    for (i, probe) in item.probes.iter().enumerate() {
        let asked = item.probes_asked.get(i).copied().unwrap_or(false);
        let heard = probe
            .gap
            .and_then(part_for_gap)
            .is_some_and(|part| item.parts[part]);
        // "heard already" goes before the probe, where a line cut short still shows it.
        let mut text = format!(
            "{} {}{}: {}",
            tick(asked),
            probe.rung.label(),
            if heard { " (heard already)" } else { "" },
            probe.ask
        );
        if probe.rung == Rung::Deeper
            && let Some(condition) = probe.condition()
        {
            text.push_str(&format!(" ({condition})"));
        }
        let style = if highlighted(row) {
            theme.selected
        } else if asked {
            theme.good
        } else if heard {
            // Not needed now: drawn quietly so the probes still worth asking stand out.
            theme.dim
        } else {
            theme.text
        };
        entries.push((text, style, Some(row)));
        row += 1;
    }
    if !q.listen_for.is_empty() {
        entries.push((
            format!(
                "Listen for ({} of {} heard):",
                item.cues_heard(),
                q.listen_for.len()
            ),
            theme.title,
            None,
        ));
    }
    for (i, cue) in q.listen_for.iter().enumerate() {
        let heard = item.cues_ticked.get(i).copied().unwrap_or(false);
        let style = if highlighted(row) {
            theme.selected
        } else if heard {
            theme.good
        } else {
            theme.text
        };
        entries.push((format!("{} {cue}", tick(heard)), style, Some(row)));
        row += 1;
    }
    // When every entry fits whole, the list is one; otherwise what to listen for is pinned at
    // the foot, always in view, and the follow-ups scroll above it, each one whole so every
    // "when to use it" can be read (issue 18 item 17).
    let height = usize::from(inner.height);
    let cues = entries.split_off(item.probes.len().min(entries.len()));
    let wrap = |text: &str| widgets::wrap_hanging(text, inner_width, "    ");
    let all_whole: usize = entries
        .iter()
        .chain(&cues)
        .map(|(text, ..)| wrap(text).len())
        .sum();
    if all_whole <= height {
        entries.extend(cues);
        render_entries(entries, s.cursor, inner, true, theme.dim, buf);
    } else {
        let highlighted_extra = cues
            .iter()
            .find(|(.., row)| *row == Some(s.cursor))
            .map_or(0, |(text, ..)| wrap(text).len().saturating_sub(1));
        let cue_height =
            (cues.len() + highlighted_extra).min(height.saturating_sub(entries.len().min(3)));
        let [probes_area, cues_area] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(u16::try_from(cue_height).unwrap_or(u16::MAX)),
        ])
        .areas(inner);
        render_entries(entries, s.cursor, probes_area, true, theme.dim, buf);
        render_entries(cues, s.cursor, cues_area, false, theme.dim, buf);
    }

    let title = format!(
        "Observations ({} to type, {} again to tick)",
        keymap::label(Context::PairAsking, Action::NextPart).unwrap_or_default(),
        keymap::label(Context::PairObservations, Action::Back).unwrap_or_default()
    );
    render_text_field(s, Focus::Observations, &title, theme, notes, buf)
}

/// One row of the probe and cue list: its text, its style, and its row in the key handling
/// (`None` for the cues' heading).
type Entry = (String, Style, Option<usize>);

/// `entries` in `area`. With `every_whole` (the follow-ups) each is wrapped whole and the list
/// scrolls. Otherwise (the cues pinned under them) each is one line to start with, so they all
/// show at a glance; then whole (the highlighted one first, then from the top) while the rows
/// left allow. The highlighted entry is kept in view.
fn render_entries(
    entries: Vec<Entry>,
    cursor: usize,
    area: Rect,
    every_whole: bool,
    hint_style: Style,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width).max(1);
    let wrap = |text: &str| widgets::wrap_hanging(text, width, "    ");
    let mut spare = usize::from(area.height).saturating_sub(entries.len());
    let mut whole = vec![every_whole; entries.len()];
    let cursor_entry = entries.iter().position(|(.., row)| *row == Some(cursor));
    for i in cursor_entry.into_iter().chain(0..entries.len()) {
        let extra = wrap(&entries[i].0).len().saturating_sub(1);
        if !whole[i] && (extra <= spare || Some(i) == cursor_entry) {
            whole[i] = true;
            spare = spare.saturating_sub(extra);
        }
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_top = 0u16;
    let mut cursor_bottom = 0u16;
    for ((text, style, entry_row), whole) in entries.into_iter().zip(whole) {
        let rows = if whole {
            wrap(&text)
        } else {
            vec![widgets::cut_line(&text, width)]
        };
        if entry_row == Some(cursor) {
            cursor_top = u16::try_from(lines.len()).unwrap_or(u16::MAX);
            cursor_bottom = cursor_top.saturating_add(u16::try_from(rows.len()).unwrap_or(1));
        }
        lines.extend(rows.into_iter().map(|r| Line::styled(r, style)));
    }
    // When they do not all fit, the last row says how many more there are and how to reach them.
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let overflows = total > area.height && area.height > 1;
    let [shown, more] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(u16::from(overflows)),
    ])
    .areas(area);
    let scroll = cursor_bottom.saturating_sub(shown.height).min(cursor_top);
    Paragraph::new(lines).scroll((scroll, 0)).render(shown, buf);
    if overflows {
        let below = total.saturating_sub(scroll.saturating_add(shown.height));
        // The mark first, then the key that moves there, from the key map.
        let key = |action| keymap::key_name(Context::PairAsking, action).unwrap_or_default();
        let hint = if below > 0 {
            format!(
                "{} {below} more line{} below ({} to reach)",
                "↓",
                if below == 1 { "" } else { "s" },
                key(Action::Down)
            )
        } else {
            format!("{} {scroll} more above ({} to reach)", "↑", key(Action::Up))
        };
        Line::styled(hint, hint_style).render(more, buf);
    }
}

/// The figures from the PSW's register this question touches, for the colleague to check while
/// listening; one line cut to the window when rows are short.
fn figures_line(
    register: &crate::evidence::Register,
    q: &crate::bank::model::Question,
    width: u16,
    small: bool,
) -> Option<String> {
    let figures = register.touching(&q.topic, &q.quality_statements, 3);
    if figures.is_empty() {
        return None;
    }
    let lines: Vec<String> = figures
        .into_iter()
        .map(crate::evidence::model::figure_line)
        .collect();
    let text = format!("Their figures: {}", lines.join("; "));
    Some(if small {
        widgets::cut_line(&text, width.into())
    } else {
        text
    })
}
