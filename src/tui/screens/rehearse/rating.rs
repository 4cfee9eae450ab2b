//! Drawing the rating step: the coaching, what assessors listen for, the rating and the
//! reflection, with a compact form for a short window.

use super::{Focus, RehearseScreen};
use crate::tui::checklist::Checklist;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// `delivery`: each recorded part's delivery, held at the end of the coaching when the status
/// under the screen had to cut it (empty otherwise).
pub(super) fn render_rating(
    r: &RehearseScreen,
    theme: &Theme,
    delivery: &[String],
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    if area.height < 8 {
        return render_rating_compact(r, theme, area, buf);
    }
    let cues = r.session.cues();
    // The coaching comes first: the findings lines and the whole of the first piece of advice
    // are shown without a key press. The checklist takes one line a cue (every cue in full while
    // it has the keys) from what is left, keeping at least one cue in view; the coaching panel
    // takes any rows the checklist does not need.
    let below = area.height.saturating_sub(3);
    let coaching = r.insight.as_ref().map_or(3, |(_, report)| {
        crate::tui::insight_panel::wanted_height(report, theme, area.width).max(3)
    });
    let checklist_height = if cues.is_empty() || below < 6 {
        0
    } else {
        let full = Checklist::height(&cues, area.width);
        let one_line_each = u16::try_from(cues.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let wanted = if r.focus == Focus::Cues {
            full.min(r.checklist.focused_height(&cues, area.width))
        } else {
            full.min(one_line_each)
        };
        wanted.min(below.saturating_sub(coaching).max(3))
    };
    let [panel, checklist_area, rating] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(checklist_height),
        Constraint::Length(3),
    ])
    .areas(area);
    if let Some((text, report)) = &r.insight {
        let drawn = crate::tui::insight_panel::render(
            text,
            report,
            delivery,
            theme,
            r.panel_scroll,
            panel,
            buf,
        );
        r.panel_drawn.set(drawn);
    }
    let checklist_cursor =
        r.checklist
            .render(&cues, r.focus == Focus::Cues, theme, checklist_area, buf);
    let stars: Vec<Span> = (1..=5u8)
        .map(|n| {
            if r.session.rating() == Some(n) {
                Span::styled(format!("[{n}]"), theme.selected)
            } else {
                Span::styled(format!(" {n} "), theme.text)
            }
        })
        .collect();
    let [stars_area, reflection_area] =
        Layout::horizontal([Constraint::Length(30), Constraint::Min(10)]).areas(rating);
    let focused = |f: Focus| {
        if r.focus == f {
            theme.title
        } else {
            theme.border
        }
    };
    let mut line = vec![Span::styled("Rating ", theme.text)];
    line.extend(stars);
    Paragraph::new(Line::from(line))
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .title(" 1 weak · 5 strong ")
                .border_style(focused(Focus::Stars)),
        )
        .render(stars_area, buf);
    let cursor = r.editor.render(
        Some(
            Block::bordered()
                .title(" Reflection ")
                .border_style(focused(Focus::Reflection)),
        ),
        theme,
        reflection_area,
        buf,
    );
    match r.focus {
        Focus::Cues => checklist_cursor,
        Focus::Reflection => cursor,
        Focus::Stars => Some(Position::new(stars_area.x + 1, stars_area.y + 1)),
    }
}

/// A short window: the three ticks, the highlighted listen-for point, the rating and the
/// reflection, one line each.
fn render_rating_compact(
    r: &RehearseScreen,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let cues = r.session.cues();
    // With only three rows, the cue line takes the ticks' place while the checklist has the keys.
    let show_cue = !cues.is_empty() && (area.height >= 4 || r.focus == Focus::Cues);
    let cue_height = u16::from(show_cue);
    let ticks_height = u16::from(area.height >= 4 || !show_cue);
    let [ticks, cue_line, stars, reflection] = Layout::vertical([
        Constraint::Length(ticks_height),
        Constraint::Length(cue_height),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    if cue_height > 0 {
        let at = r.checklist.selected().min(cues.len() - 1);
        let (cue, ticked) = cues[at];
        let covered = cues.iter().filter(|(_, t)| *t).count();
        let text = format!(
            "{covered}/{} {} {}. {cue}",
            cues.len(),
            if ticked { "[x]" } else { "[ ]" },
            at + 1
        );
        let width = usize::from(cue_line.width);
        let text = if text.chars().count() > width {
            text.chars()
                .take(width.saturating_sub(1))
                .collect::<String>()
                + "…"
        } else {
            text
        };
        let style = if r.focus == Focus::Cues {
            theme.selected
        } else {
            theme.text
        };
        Line::styled(text, style).render(cue_line, buf);
    }
    if let (Some((_, report)), true) = (&r.insight, ticks_height > 0) {
        let mark = |yes: bool| if yes { "✓" } else { "✗" };
        Line::styled(
            format!(
                "{} done {} difference {} how you know",
                mark(report.covers.done),
                mark(report.covers.difference),
                mark(report.covers.evidence)
            ),
            theme.text,
        )
        .render(ticks, buf);
    }
    let rating = r
        .session
        .rating()
        .map(|n| format!("Rating {n} of 5"))
        .unwrap_or_else(|| "Rate it 1 (weak) to 5".to_string());
    Line::styled(rating, theme.key).render(stars, buf);
    let cursor = r.editor.render(None, theme, reflection, buf);
    match r.focus {
        Focus::Cues => (cue_height > 0).then(|| Position::new(cue_line.x, cue_line.y)),
        Focus::Stars => Some(Position::new(stars.x, stars.y)),
        Focus::Reflection => cursor,
    }
}
