//! The interviewer's feedback (rating, Keep / Stop / Start) and the hand-over, where the PSW
//! rates themselves blind.

use super::render::{
    boxed, header, parts_line, rate_keys, rating_line, render_text_field, took_line,
};
use super::{Focus, PairScreen};
use crate::drill::pair::Feedback;
use crate::tui::keymap::{self, Action, Context};
use crate::tui::recorder::pair::HeardAnswer;
use crate::tui::theme::Theme;
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

pub(super) fn render_feedback(
    s: &PairScreen,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let item = s.session.current()?;
    let width = area.width.max(1) as usize;
    let ask_height = widgets::wrapped_height(&item.question.ask, width).min(3);
    let box_height = if area.height >= 30 { 5 } else { 3 };
    let [
        head,
        ask,
        timer,
        parts,
        marks,
        rating,
        keep,
        stop,
        start,
        notes,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(ask_height),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(box_height),
        Constraint::Length(box_height),
        Constraint::Length(box_height),
        Constraint::Fill(1),
    ])
    .areas(area);
    header(s, "Your feedback", theme, head.width).render(head, buf);
    Paragraph::new(item.question.ask.clone())
        .style(theme.dim)
        .wrap(Wrap { trim: true })
        .render(ask, buf);
    let elapsed = s.session.question_elapsed();
    let target = s.session.question_target();
    took_line(elapsed, target, theme).render(timer, buf);
    parts_line(&item.parts, theme, false).render(parts, buf);
    Line::styled(
        format!(
            "Cues heard {} of {} · follow-ups asked {} · {} goes back to listening",
            item.cues_heard(),
            item.cues_ticked.len(),
            item.probes_asked_count(),
            keymap::label(Context::PairRating, Action::Back).unwrap_or_default()
        ),
        theme.dim,
    )
    .render(marks, buf);
    rating_line(
        "Your rating:",
        item.interviewer_rating,
        s.focus == Focus::Rating,
        Context::PairRating,
        theme,
    )
    .render(rating, buf);
    let mut cursor = None;
    for (which, area) in [
        (Feedback::Keep, keep),
        (Feedback::Stop, stop),
        (Feedback::Start, start),
    ] {
        let title = format!("{}: {}", which.label(), which.hint());
        if let Some(at) = render_text_field(s, Focus::Text(which), &title, theme, area, buf) {
            cursor = Some(at);
        }
    }
    let observed = !item.observations.trim().is_empty();
    let heard = s
        .recorder
        .as_ref()
        .and_then(|r| r.heard(&s.session, s.session.index()));
    // What the PSW said comes first; the observations share the room when there is enough.
    let (heard_area, notes) = match &heard {
        Some(_) if observed && notes.height >= 10 => {
            let [a, b] = Layout::vertical([Constraint::Fill(3), Constraint::Fill(2)]).areas(notes);
            (Some(a), b)
        }
        Some(_) => (Some(notes), Rect::default()),
        None => (None, notes),
    };
    if let (Some(heard), Some(area)) = (&heard, heard_area) {
        render_heard(s, heard, theme, area, buf);
    }
    if notes.height >= 3 && observed {
        render_text_field(
            s,
            Focus::Observations,
            "Your observations",
            theme,
            notes,
            buf,
        );
    }
    cursor
}

/// The PSW's answer as transcribed, for the colleague to give feedback on: the delivery on one
/// line, then the words, scrolled with PgUp/PgDn when they do not fit.
fn render_heard(s: &PairScreen, heard: &HeardAnswer, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height < 3 {
        return;
    }
    let inner_width = usize::from(area.width.saturating_sub(2)).max(1);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(delivery) = &heard.delivery {
        lines.extend(
            widgets::wrap_hanging(delivery, inner_width, "")
                .into_iter()
                .map(|l| Line::styled(l, theme.dim)),
        );
    }
    for paragraph in heard.text.split("\n\n") {
        lines.extend(
            widgets::wrap_hanging(paragraph, inner_width, "")
                .into_iter()
                .map(|l| Line::styled(l, theme.text)),
        );
    }
    let rows = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let max = rows.saturating_sub(area.height.saturating_sub(2));
    s.heard_max.set(max);
    let title = if max > 0 {
        format!(
            "What the PSW said, transcribed ({} to scroll)",
            keymap::label(Context::PairRating, Action::PageDown).unwrap_or_default()
        )
    } else {
        "What the PSW said, transcribed on this computer".to_string()
    };
    Paragraph::new(lines)
        .scroll((s.heard_scroll.min(max), 0))
        .block(boxed(&title, false, theme))
        .render(area, buf);
}

pub(super) fn render_hand_over(s: &PairScreen, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(item) = s.session.current() else {
        return;
    };
    let mut lines = vec![
        header(s, "Hand-over", theme, area.width),
        Line::raw(""),
        Line::styled("Please hand the keyboard to the PSW.", theme.title),
        Line::raw(""),
        Line::styled(
            "The interviewer's rating is saved and hidden until you have given yours.",
            theme.text,
        ),
        Line::raw(""),
        Line::styled("How well do you think that answer went?", theme.question),
        Line::styled(item.question.ask.clone(), theme.dim),
        Line::raw(""),
        rating_line(
            "Your own rating:",
            item.psw_rating,
            true,
            Context::PairHandOver,
            theme,
        ),
        Line::raw(""),
        Line::styled(
            format!(
                "Press {}, then {} to see both ratings side by side.",
                rate_keys(Context::PairHandOver),
                keymap::label(Context::PairHandOver, Action::Choose).unwrap_or_default()
            ),
            theme.text,
        ),
    ];
    if area.height < 16 {
        lines.retain(|l| !l.spans.is_empty() || l.width() > 0);
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
