//! The interviewer's feedback (rating, Keep / Stop / Start) and the hand-over, where the PSW
//! rates themselves blind.

use super::render::{header, pace_style, parts_line, rating_line, render_text_field};
use super::{Focus, PairScreen};
use crate::drill::pair::{Feedback, Pace};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
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
    header(s, "Your feedback", theme).render(head, buf);
    Paragraph::new(item.question.ask.clone())
        .style(theme.dim)
        .wrap(Wrap { trim: true })
        .render(ask, buf);
    let elapsed = s.session.question_elapsed();
    let target = s.session.question_target();
    Line::from(vec![
        Span::styled(
            format!(
                "Answer took {} · ",
                crate::text::duration(elapsed.as_secs())
            ),
            theme.text,
        ),
        Span::styled(
            Pace::describe_taken(elapsed, target),
            pace_style(Pace::of(elapsed, target), theme),
        ),
    ])
    .render(timer, buf);
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
    if notes.height >= 3 && !item.observations.trim().is_empty() {
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

pub(super) fn render_hand_over(s: &PairScreen, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(item) = s.session.current() else {
        return;
    };
    let mut lines = vec![
        header(s, "Hand-over", theme),
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
        rating_line("Your own rating:", item.psw_rating, true, theme),
        Line::raw(""),
        Line::styled(
            format!(
                "Press 1 (weak) to 5 (strong), then {} to see both ratings side by side.",
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
