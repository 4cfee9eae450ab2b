//! Drawing a rehearsal: the question, the part and its timers, the answer box with the earlier
//! parts above it, the progress bar, the status line and the footer; and the screen once every
//! question is done but the note is not saved.

use super::RehearseScreen;
use super::overlay::render_overlay;
use super::rating::render_rating;
use crate::drill::Stage;
use crate::notes::AnswerStyle;
use crate::tui::component::{Ctx, Screen};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets::{self, clock, wrapped_height};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

/// The key that shows and hides the earlier parts, as the key map names it.
fn toggle_earlier() -> &'static str {
    keymap::label(Context::Answer, Action::ToggleEarlier).unwrap_or_default()
}

/// What goes under the answer: a message in full (up to five rows), and the delivery of each
/// recorded part, which gives way to the coaching on the rating step.
pub(super) struct Status {
    /// A draft that could not be written, else the app's latest message, with what the
    /// recorder is doing under it.
    text: Option<(String, ratatui::style::Style)>,
    /// How each recorded part was said, a line each.
    delivery: Vec<String>,
}

/// The line under the answer: a draft that could not be written, else the app's latest message.
pub(super) fn status_text(r: &RehearseScreen, ctx: &Ctx) -> Status {
    if let (true, Some(problem)) = (r.session.is_finished(), &r.save_problem) {
        let text = format!(
            "{problem} Press {} to try again.",
            keymap::label(Context::Unsaved, Action::Save).unwrap_or_default()
        );
        return Status {
            text: Some((text, ctx.theme.bad)),
            delivery: Vec::new(),
        };
    }
    if let Some(problem) = r.draft.problem() {
        let text = format!(
            "{problem} Your answer is still on screen and psw-coach keeps trying; {} \
             saves it as a note once that is put right.",
            keymap::label(Context::Answer, Action::Save).unwrap_or_default()
        );
        return Status {
            text: Some((text, ctx.theme.bad)),
            delivery: Vec::new(),
        };
    }
    // What the recorder is doing stays in view under any other message.
    let (recording, delivery) = r.recorder.as_ref().map_or_else(Default::default, |rec| {
        (rec.state_lines(&r.session), rec.delivery_lines(&r.session))
    });
    let message = match r.reading {
        Some(_) => Some((super::READING.to_string(), ctx.theme.text)),
        None => r
            .opening
            .as_ref()
            .or(ctx.notice)
            .map(|n| (n.text.clone(), widgets::notice_style(n, ctx.theme))),
    };
    // While answering, the part just said sits with the rest of the message; on the rating step
    // each part's line is laid out apart, to give way to the coaching.
    let (recording, delivery) = if r.session.stage() == Stage::Rating {
        (recording, delivery)
    } else {
        ([recording, delivery].concat(), Vec::new())
    };
    let text = match (message, recording.is_empty()) {
        (message, true) => message,
        (None, false) => Some((recording.join("\n"), ctx.theme.text)),
        (Some((text, style)), false) => Some((format!("{text}\n{}", recording.join("\n")), style)),
    };
    Status { text, delivery }
}

/// The rows of the status: the message wrapped, up to five rows, cut with "…" past that; then
/// the delivery lines, whole when `delivery_room` holds them, else one row each cut with "…",
/// the last row saying where they are in full when some are cut or left out. Returns the rows
/// and, when anything of the delivery was cut, its lines for the coaching panel to hold whole.
fn status_rows(
    status: &Status,
    ctx: &Ctx,
    width: usize,
    delivery_room: usize,
) -> (Vec<Line<'static>>, Vec<String>) {
    let mut rows: Vec<Line> = Vec::new();
    if let Some((text, style)) = &status.text {
        rows.extend(
            widgets::wrap_cut(text, width, STATUS_ROWS)
                .into_iter()
                .map(|l| Line::styled(l, *style)),
        );
    }
    let style = ctx.theme.text;
    let whole: Vec<String> = status
        .delivery
        .iter()
        .flat_map(|line| textwrap::wrap(line, width.max(1)))
        .map(|l| l.into_owned())
        .collect();
    if whole.len() <= delivery_room {
        rows.extend(whole.into_iter().map(|l| Line::styled(l, style)));
        return (rows, Vec::new());
    }
    let folded: Vec<String> = status
        .delivery
        .iter()
        .map(|line| {
            let row = widgets::wrap_cut(line, width, 1).remove(0);
            // A cut just after a separator reads as "·…": the mark alone says it goes on.
            match row.strip_suffix(" ·…") {
                Some(kept) => format!("{kept}…"),
                None => row,
            }
        })
        .collect();
    let shown = if folded.len() < delivery_room {
        folded.len()
    } else {
        delivery_room.saturating_sub(1)
    };
    let left_out: Vec<&str> = status.delivery[shown..]
        .iter()
        .map(|line| line.split(": ").next().unwrap_or_default())
        .collect();
    // The rating step's contexts all scroll the coaching with the same key.
    let page_down = keymap::key_name(Context::Cues, Action::PageDown).unwrap_or_default();
    let where_whole = if left_out.is_empty() {
        format!("Each part in full at the end of What it covered ({page_down}).")
    } else {
        format!(
            "… {}: in full at the end of What it covered ({page_down}).",
            left_out.join(", ")
        )
    };
    rows.extend(
        folded
            .into_iter()
            .take(shown)
            .map(|l| Line::styled(l, style)),
    );
    rows.push(Line::styled(
        widgets::cut_line(&where_whole, width),
        ctx.theme.dim,
    ));
    (rows, status.delivery.clone())
}

/// The most rows a message under the answer takes: a disk problem names the path, the cause and
/// what to do, and the instruction at its end must not be cut at 80 columns.
const STATUS_ROWS: usize = 5;

pub(super) fn render(
    r: &RehearseScreen,
    ctx: &Ctx,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let theme = ctx.theme;
    let session = &r.session;
    let Some(question) = session.question() else {
        render_finished(r, ctx, area, buf);
        return None;
    };
    let wide = area.width >= 60;
    let inner_width = usize::from(area.width.max(1));
    let question_height = (wrapped_height(&question.ask, inner_width) + 2).min(6);
    let rating = session.stage() == Stage::Rating;
    // The tip is for answering; on the rating step its rows go to the coaching.
    let tip_height = match &question.tip {
        // Three rows in a 24-row window: five of the bundled bank's tips need them at 80 columns
        // and were cut mid-sentence with no mark (walk 6); a tip longer still ends in "…".
        Some(tip) if wide && area.height >= 20 && !rating => {
            let most = if area.height >= 24 { 3 } else { 2 };
            wrapped_height(&format!("Tip: {tip}"), inner_width).min(most)
        }
        _ => 0,
    };
    let part_title = part_title(r);
    // On the rating step the short heading and the timer share a row when they fit, for the
    // coaching's sake.
    let part_height = if rating
        && part_title.chars().count() + 3 + timer_span(r, wide).content.chars().count()
            <= inner_width
    {
        1
    } else {
        wrapped_height(&part_title, inner_width).min(3)
            + follow_up_why(r).map_or(0, |why| wrapped_height(&why, inner_width).min(2))
            + 1
    };
    let status = status_text(r, ctx);
    let fixed = 1 + question_height + tip_height + part_height + 1 + 1;
    let message_rows = status.text.as_ref().map_or(0, |(text, _)| {
        widgets::wrap_cut(text, inner_width, STATUS_ROWS).len()
    });
    // On the rating step the coaching keeps the rows it needs to be read (walk item 38): the
    // delivery lines have what is left.
    let delivery_room = match (&r.insight, rating) {
        (Some((_, report)), true) => {
            let cues = if r.session.cues().is_empty() { 0 } else { 3 };
            let coaching = crate::tui::insight_panel::wanted_height(report, theme, area.width)
                .max(3)
                + cues
                + 3;
            usize::from(area.height.saturating_sub(fixed + coaching))
                .saturating_sub(message_rows)
                .max(1)
        }
        _ => STATUS_ROWS.saturating_sub(message_rows),
    };
    let (status_rows, delivery_whole) = status_rows(&status, ctx, inner_width, delivery_room);
    let status_height = u16::try_from(status_rows.len()).unwrap_or(u16::MAX);
    let [
        top,
        question_area,
        tip_area,
        part_area,
        editor_area,
        gauge_area,
        status_area,
        footer,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(question_height),
        Constraint::Length(tip_height),
        Constraint::Length(part_height),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(status_height),
        Constraint::Length(1),
    ])
    .areas(area);

    let lead = format!("Question {} of {}", session.index() + 1, session.len());
    let session_clock = format!("   Session {}", clock(session.session_elapsed().as_secs()));
    let paused = if session.is_paused() { "  PAUSED" } else { "" };
    let mut heading = vec![Span::styled(lead.clone(), theme.title)];
    if wide {
        // The session's time stays whole ("Session 0" was "Session 0:05" cut at 60 columns):
        // the kind and topic give way, ending in "…".
        let detail = format!(
            " · {} · {}",
            question.kind.label(),
            crate::bank::topic_title(&question.topic)
        );
        let room = usize::from(area.width).saturating_sub(
            [lead.as_str(), session_clock.as_str(), paused]
                .iter()
                .map(|t| t.chars().count())
                .sum(),
        );
        if room >= 8 {
            heading.push(Span::styled(widgets::cut_line(&detail, room), theme.dim));
        }
    }
    heading.push(Span::styled(session_clock, theme.text));
    if !paused.is_empty() {
        heading.push(Span::styled(paused, theme.warn));
    }
    Line::from(heading).render(top, buf);

    Paragraph::new(question.ask.as_str())
        .style(theme.question)
        .wrap(Wrap { trim: true })
        .block(
            Block::new()
                .borders(Borders::TOP | Borders::BOTTOM)
                .border_style(theme.border),
        )
        .render(question_area, buf);
    if let Some(tip) = &question.tip {
        let rows = widgets::wrap_cut(&format!("Tip: {tip}"), inner_width, usize::from(tip_height));
        let lines: Vec<Line> = rows
            .into_iter()
            .enumerate()
            .map(|(i, row)| match row.strip_prefix("Tip: ") {
                Some(rest) if i == 0 => Line::from(vec![
                    Span::styled("Tip: ", theme.key),
                    Span::styled(rest.to_string(), theme.dim),
                ]),
                _ => Line::styled(row, theme.dim),
            })
            .collect();
        Paragraph::new(lines).render(tip_area, buf);
    }

    render_part_line(r, theme, wide, part_title, part_area, buf);

    let cursor = if session.stage() == Stage::Rating {
        render_rating(r, theme, &delivery_whole, editor_area, buf)
    } else {
        let title = match session.style() {
            AnswerStyle::Spoken => " Key points ",
            AnswerStyle::Written | AnswerStyle::Recorded => " Your answer ",
        };
        let box_area = render_earlier(r, theme, editor_area, buf);
        let block = Block::bordered().title(title).border_style(theme.border);
        r.editor.render(Some(block), theme, box_area, buf)
    };

    // The words beside the bar, not on it, where the fill would run through them.
    let answered = format!("{} of {} answered ", session.answered(), session.len());
    let [label_area, bar_area] = Layout::horizontal([
        Constraint::Length(answered.len() as u16),
        Constraint::Min(0),
    ])
    .areas(gauge_area);
    Line::styled(answered, theme.text).render(label_area, buf);
    // Drawn as whole blocks: ratatui's gauge keeps a cell for its label in the middle even when
    // the label is empty, which shows as a gap in the bar without colour (NO_COLOR).
    let filled = (session.progress().clamp(0.0, 1.0) * f64::from(bar_area.width)).round() as usize;
    Line::styled("█".repeat(filled), theme.good).render(bar_area, buf);
    render_status_and_footer(r, status_rows, [status_area, footer], theme, buf);

    match &r.overlay {
        Some(overlay) => {
            render_overlay(overlay, theme, area, buf);
            None
        }
        None => cursor,
    }
}

/// The status rows (from [`status_rows`]) and the footer under it: the foot of the screen while
/// answering and once every question is done alike.
fn render_status_and_footer(
    r: &RehearseScreen,
    rows: Vec<Line<'static>>,
    [status_area, footer]: [Rect; 2],
    theme: &Theme,
    buf: &mut Buffer,
) {
    Paragraph::new(rows).render(status_area, buf);
    widgets::footer(r.context(), theme).render(footer, buf);
}

/// Every question done but the note not saved (the save failed): the answers stay on screen.
fn render_finished(r: &RehearseScreen, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    let status = status_text(r, ctx);
    let width = usize::from(area.width.max(1));
    let (rows, _) = status_rows(&status, ctx, width, 0);
    let status_height = u16::try_from(rows.len()).unwrap_or(u16::MAX);
    let [title, body, status_area, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(status_height),
        Constraint::Length(1),
    ])
    .areas(area);
    Line::styled(
        "Every question is done, but the note is not saved yet",
        theme.title,
    )
    .render(title, buf);
    let text = crate::notes::transcript::transcript(&r.session.to_note());
    let lines: Vec<Line> = text.lines().map(|l| Line::from(l.to_string())).collect();
    let content = widgets::lines_height(&lines, usize::from(body.width.saturating_sub(2)));
    let max_scroll = content.saturating_sub(body.height.saturating_sub(2));
    r.panel_drawn.set(crate::tui::insight_panel::Drawn {
        max_scroll,
        page: body.height.saturating_sub(2).max(1),
    });
    let scroll = r.panel_scroll.min(max_scroll);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .block(
            Block::bordered()
                .title(" Your answers ")
                .border_style(theme.border),
        )
        .render(body, buf);
    render_status_and_footer(r, rows, [status_area, footer], theme, buf);
    if let Some(overlay) = &r.overlay {
        render_overlay(overlay, theme, area, buf);
    }
}

/// The earlier parts of this answer, dimmed, above the box; returns the room left for the box.
fn render_earlier(r: &RehearseScreen, theme: &Theme, area: Rect, buf: &mut Buffer) -> Rect {
    if r.earlier.is_empty() || area.height < 10 {
        return area;
    }
    let width = usize::from(area.width.max(1));
    let [label, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    if !r.show_earlier {
        Line::styled(
            format!(
                "Earlier parts hidden ({}) · {} shows them",
                r.earlier.len(),
                toggle_earlier()
            ),
            theme.dim,
        )
        .render(label, buf);
        return rest;
    }
    // Wrapped here, row by row, so the first row in view can say that more is above it.
    let mut rows: Vec<Line> = Vec::new();
    for part in &r.earlier {
        let title = theme.dim.add_modifier(Modifier::BOLD);
        let text = std::iter::once((part.title.as_str(), title))
            .chain(part.text.split('\n').map(|line| (line, theme.dim)));
        for (line, style) in text {
            // Words are kept whole, as the box wraps them: "strengths-based" is not split.
            let options =
                textwrap::Options::new(width).word_splitter(textwrap::WordSplitter::NoHyphenation);
            let wrapped = textwrap::wrap(line, options);
            if wrapped.is_empty() {
                rows.push(Line::default());
            }
            rows.extend(
                wrapped
                    .into_iter()
                    .map(|row| Line::styled(row.into_owned(), style)),
            );
        }
    }
    let room = usize::from((area.height / 3).max(2));
    let height = rows.len().min(room);
    let [earlier, rest] = Layout::vertical([
        Constraint::Length(u16::try_from(height + 1).unwrap_or(u16::MAX)),
        Constraint::Min(0),
    ])
    .areas(area);
    let [label, text] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(earlier);
    Line::styled(
        format!("Earlier parts ({} hides them)", toggle_earlier()),
        theme.dim,
    )
    .render(label, buf);
    // The end of the last part is what the PSW is continuing from, so that stays in view; when
    // the start is out of view, the first row shown begins with "…" and keeps its own end, so it
    // reads on into the next row.
    let cut = rows.len() - height;
    let mut shown = rows.split_off(cut);
    if let (true, Some(first)) = (cut > 0, shown.first_mut()) {
        let style = first.style;
        let row: String = first.spans.iter().map(|s| s.content.as_ref()).collect();
        *first = Line::styled(widgets::elide_start(&row, width), style);
    }
    Paragraph::new(shown).render(text, buf);
    rest
}

pub(super) fn part_title(r: &RehearseScreen) -> String {
    let session = &r.session;
    match (session.stage(), session.prompt_position()) {
        (Stage::Prompt(_), Some((n, of))) => format!("Part {n} of {of}: {}", session.stage_title()),
        // A second follow-up is numbered, so the PSW knows the assessor is pressing further.
        (Stage::FollowUp, _) => match session.follow_up_position() {
            Some((n, _)) if n > 1 => format!("Follow-up {n}: {}", session.stage_title()),
            _ => format!("Follow-up: {}", session.stage_title()),
        },
        _ => session.stage_title(),
    }
}

/// The question's timer against its target, in words as well as colour.
pub(super) fn timer_span(r: &RehearseScreen, wide: bool) -> Span<'static> {
    let session = &r.session;
    let theme = &r.theme;
    let question_secs = session.question_elapsed().as_secs();
    let target = session.question_target().as_secs();
    let over = question_secs.saturating_sub(target);
    // Once the answer is given the clock has stopped: a time taken reads in words, as it does in
    // the note and the summary ("1 min 05 s of 2 min target"); only a running clock says 1:05.
    if matches!(session.stage(), Stage::Rating | Stage::Finished) {
        let words = crate::text::of_target(question_secs, target);
        return match (session.is_over_target(), wide) {
            (true, true) => Span::styled(
                format!(
                    "Question {words} target, over by {}",
                    crate::text::duration(over)
                ),
                theme.bad,
            ),
            (true, false) => Span::styled(
                format!("{words}, over by {}", crate::text::duration(over)),
                theme.bad,
            ),
            (false, true) => Span::styled(format!("Question {words} target"), theme.good),
            (false, false) => Span::styled(format!("{words} target"), theme.good),
        };
    }
    match (session.is_over_target(), wide) {
        (true, true) => Span::styled(
            format!(
                "Question {} — over the {} target by {}",
                clock(question_secs),
                clock(target),
                clock(over)
            ),
            theme.bad,
        ),
        (true, false) => Span::styled(
            format!("{} OVER target by {}", clock(question_secs), clock(over)),
            theme.bad,
        ),
        (false, true) => Span::styled(
            format!(
                "Question {} of {} target",
                clock(question_secs),
                clock(target)
            ),
            theme.good,
        ),
        (false, false) => Span::styled(
            format!("{} of {} target", clock(question_secs), clock(target)),
            theme.good,
        ),
    }
}

/// Which part (wrapped, as the question is), and the two timers, in words as well as colour.
/// Under each follow-up, why it was asked: "Why: you said \"94%\": asking about the other 6%",
/// "Why: a follow-up assessors often ask on this question".
fn follow_up_why(r: &RehearseScreen) -> Option<String> {
    if r.session.stage() != Stage::FollowUp {
        return None;
    }
    let style = r.session.style();
    Some(format!("Why: {}", r.session.follow_up()?.why_in(style)))
}

fn render_part_line(
    r: &RehearseScreen,
    theme: &Theme,
    wide: bool,
    part: String,
    area: Rect,
    buf: &mut Buffer,
) {
    let session = &r.session;
    let timer = timer_span(r, wide);
    let this_part = match (session.stage(), wide) {
        (Stage::Prompt(_) | Stage::FollowUp, true) => {
            format!("This part {}   ", clock(session.stage_elapsed().as_secs()))
        }
        (Stage::Prompt(_) | Stage::FollowUp, false) => {
            format!("Part {} · ", clock(session.stage_elapsed().as_secs()))
        }
        _ => String::new(),
    };
    if area.height == 1 {
        Line::from(vec![
            Span::styled(part, theme.title),
            Span::raw("   "),
            Span::styled(this_part, theme.text),
            timer,
        ])
        .render(area, buf);
        return;
    }
    let [title_area, timer_area] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let mut lines = vec![Line::styled(part, theme.title)];
    lines.extend(follow_up_why(r).map(|why| Line::styled(why, theme.dim)));
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(title_area, buf);
    Line::from(vec![Span::styled(this_part, theme.text), timer]).render(timer_area, buf);
}
