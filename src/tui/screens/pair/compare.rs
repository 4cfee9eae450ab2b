//! Both ratings side by side, with everything the interviewer marked.

use super::PairScreen;
use super::render::{header, parts_line, tick, took_line};
use crate::drill::pair::Feedback;
use crate::tui::keymap::{self, Action, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// Both ratings side by side with everything the interviewer marked, for a window `width`
/// columns wide. What the PSW takes away (Keep / Stop / Start and the observations) comes first,
/// so it is on screen without scrolling in a small window.
pub fn comparison_lines(s: &PairScreen, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let Some(item) = s.session.current() else {
        return Vec::new();
    };
    let q = &item.question;
    let rating = |r: Option<u8>| r.map_or("not given".to_string(), |r| format!("{r} of 5"));
    let mut lines = vec![
        header(
            s,
            "Both ratings",
            theme,
            u16::try_from(width).unwrap_or(u16::MAX),
        ),
        Line::styled(q.ask.clone(), theme.dim),
        Line::raw(""),
        Line::from(vec![
            Span::styled(format!("{:<22}", "Interviewer's rating"), theme.title),
            Span::styled(
                format!("{:<14}", rating(item.interviewer_rating)),
                theme.key,
            ),
            Span::styled(format!("{:<18}", "PSW's own rating"), theme.title),
            Span::styled(rating(item.psw_rating), theme.key),
        ]),
    ];
    let verdict = match (item.interviewer_rating, item.psw_rating) {
        (Some(a), Some(b)) if a == b => format!("You agree: both {a} of 5."),
        (Some(a), Some(b)) if b > a => format!(
            "The PSW rated themselves {} higher than the interviewer did: talk about what the \
             interviewer did not hear.",
            b - a
        ),
        (Some(a), Some(b)) => format!(
            "The PSW rated themselves {} lower than the interviewer did: talk about what went \
             better than it felt.",
            a - b
        ),
        _ => String::new(),
    };
    lines.push(Line::styled(verdict, theme.text));
    // The footer's "Enter next question" has no next question to go to after the last one.
    if s.on_last_question() {
        lines.push(Line::styled(
            format!(
                "That was the last question: {} goes on to your initials and saves the session.",
                keymap::label(Context::PairCompare, Action::NextQuestion).unwrap_or_default()
            ),
            theme.dim,
        ));
    }
    let elapsed = s.session.question_time(s.session.index());
    let target = s.session.question_target();
    lines.push(took_line(elapsed, target, theme));
    lines.push(parts_line(&item.parts, theme, false));
    // Keep / Stop / Start first: it is what the PSW takes away.
    for (which, text) in [
        (Feedback::Keep, item.keep.as_str()),
        (Feedback::Stop, item.stop.as_str()),
        (Feedback::Start, item.start.as_str()),
    ] {
        if text.trim().is_empty() {
            continue;
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{:<6}", which.label()), theme.title),
            Span::styled(text.to_string(), theme.text),
        ]));
    }
    let indented = |lines: &mut Vec<Line<'static>>, text: &str, hang: &str, style: Style| {
        for row in widgets::wrap_hanging(text, width, hang) {
            lines.push(Line::styled(row, style));
        }
    };
    if !item.observations.trim().is_empty() {
        lines.push(Line::styled("Observations", theme.title));
        for l in item.observations.lines() {
            indented(&mut lines, &format!("  {l}"), "  ", theme.text);
        }
    }
    if !q.listen_for.is_empty() {
        lines.push(Line::styled(
            format!(
                "What assessors listen for: {} of {} heard",
                item.cues_heard(),
                q.listen_for.len()
            ),
            theme.title,
        ));
        for (i, cue) in q.listen_for.iter().enumerate() {
            let heard = item.cues_ticked.get(i).copied().unwrap_or(false);
            indented(
                &mut lines,
                &format!("  {} {cue}", tick(heard)),
                "      ",
                if heard { theme.good } else { theme.text },
            );
        }
    }
    let asked: Vec<&str> = item
        .probes
        .iter()
        .zip(&item.probes_asked)
        .filter(|(_, a)| **a)
        .map(|(p, _)| p.ask.as_str())
        .collect();
    if asked.is_empty() {
        lines.push(Line::styled("Follow-ups asked: none", theme.title));
    } else {
        lines.push(Line::styled("Follow-ups asked", theme.title));
        for ask in asked {
            indented(&mut lines, &format!("  {ask}"), "  ", theme.text);
        }
    }
    lines
}

pub(super) fn render_compare(s: &PairScreen, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lines = comparison_lines(s, theme, area.width.into());
    let height = widgets::lines_height(&lines, area.width.into());
    // When it does not all fit, the last row says there is more and how to reach it.
    let overflows = height > area.height && area.height > 2;
    let [text, more] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(u16::from(overflows))])
            .areas(area);
    let max = height.saturating_sub(text.height);
    s.compare_max.set(max);
    let scroll = s.scroll.min(max);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .render(text, buf);
    if overflows {
        let keys = format!(
            "{} or {} scroll",
            keymap::label(Context::PairCompare, Action::Up).unwrap_or_default(),
            keymap::label(Context::PairCompare, Action::PageDown).unwrap_or_default()
        );
        // A mark, then the keys from the key map.
        let hint = if scroll < max {
            format!("{} more below: {keys}", "↓")
        } else {
            format!("{} more above: {keys}", "↑")
        };
        Line::styled(hint, theme.dim).render(more, buf);
    }
}
