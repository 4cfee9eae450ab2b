//! The end of pair practice: initials, saving, and swapping roles for another round.

use super::render::render_text_field;
use super::{Focus, PairScreen, SWAP_PLANS};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

pub(super) fn render_end(
    s: &PairScreen,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    // What the note keeps and review counts: a question only moved to, with nothing marked, is
    // among those not reached (the thirteenth walk's row 6).
    let reached: Vec<_> = s.session.kept().collect();
    // Saved part way (Ctrl-S, or save and finish from the pause) is not complete: it says how
    // far it got, as a rehearsal alone does (the eleventh walk's row 7). So does a session
    // saved during its last question, before both had rated it: every question was reached,
    // and it said "complete".
    let planned = s.session.len();
    let unrated = reached
        .iter()
        .filter(|(_, item)| !item.rated_by_both())
        .count();
    let (state, count) = if reached.len() < planned || unrated > 0 {
        ("saved", format!("{} of {planned}", reached.len()))
    } else {
        ("complete", reached.len().to_string())
    };
    let unrated = crate::notes::summary::not_yet_rated_by_both(unrated);
    let mut lines = vec![
        Line::styled(
            format!(
                "Pair practice {state} · {count} question{}{unrated} · {}",
                if planned.max(reached.len()) == 1 {
                    ""
                } else {
                    "s"
                },
                // As the note counts it: the asking and answering, not the feedback.
                crate::text::answering(
                    reached
                        .iter()
                        .map(|(i, _)| s.session.question_time(*i).as_secs())
                        .sum()
                )
            ),
            theme.title,
        ),
        Line::raw(""),
    ];
    let rating = |r: Option<u8>| r.map_or("-".to_string(), |r| r.to_string());
    // The ratings and ticks take 38 columns; the question gets what is left.
    let room = usize::from(area.width).saturating_sub(44).max(10);
    for (i, item) in &reached {
        let ask = widgets::cut_line(&item.question.ask, room);
        lines.push(Line::styled(
            format!(
                "{:>2}. {ask:<room$} interviewer {} · own {} · heard {}/3",
                i + 1,
                rating(item.interviewer_rating),
                rating(item.psw_rating),
                item.parts_heard()
            ),
            theme.text,
        ));
    }
    let left = planned.saturating_sub(reached.len());
    if left > 0 {
        lines.push(Line::styled(
            format!(
                "{left} more question{} not reached: not counted and not saved.",
                if left == 1 { "" } else { "s" }
            ),
            theme.dim,
        ));
    }
    lines.push(Line::raw(""));
    if let Some(path) = &s.saved {
        lines.push(Line::styled(
            format!("Saved as {}", path.display()),
            theme.good,
        ));
        // By its number, which fits on one line; by name when the notes could not be listed.
        let name = match s.saved_number {
            Some(n) => n.to_string(),
            None => path
                .file_stem()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default(),
        };
        lines.push(Line::styled(
            format!("To send it: psw-coach notes export {name} --out feedback.md"),
            theme.dim,
        ));
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            "Swap roles and go again: whoever answered now asks the questions.",
            theme.title,
        ));
        // The choice is marked with ">" as on home, not by colour alone, and the cursor sits on
        // it for screen magnifiers.
        let above = widgets::lines_height(&lines, area.width.into());
        for (i, (_, label)) in SWAP_PLANS.iter().enumerate() {
            let (mark, style) = if i == s.swap_choice {
                (">", theme.selected)
            } else {
                (" ", theme.text)
            };
            lines.push(Line::styled(format!("{mark} {label}  "), style));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
        let row = above.saturating_add(u16::try_from(s.swap_choice).unwrap_or(0));
        return (row < area.height).then(|| Position::new(area.x, area.y + row));
    }
    lines.push(Line::styled(
        "Initials, if you would like them in the note (both optional):",
        theme.title,
    ));
    let text_height = widgets::lines_height(&lines, area.width.into());
    let [top, boxes, rest] = Layout::vertical([
        Constraint::Length(text_height.min(area.height.saturating_sub(3))),
        Constraint::Length(3),
        Constraint::Fill(1),
    ])
    .areas(area);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(top, buf);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(boxes);
    let a = render_text_field(s, Focus::Initials(0), "Interviewer", theme, left, buf);
    let b = render_text_field(s, Focus::Initials(1), "PSW", theme, right, buf);
    Paragraph::new(Line::styled(
        format!(
            "{} saves the session as a note. {} moves between the boxes.",
            keymap::label(Context::PairInitials, Action::Save).unwrap_or_default(),
            keymap::label(Context::PairInitials, Action::NextPart).unwrap_or_default()
        ),
        theme.dim,
    ))
    .render(rest, buf);
    a.or(b)
}
