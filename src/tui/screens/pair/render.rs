//! Drawing pair practice: the frame around every step (the message under it, the footer, any
//! panel over it) and the pieces the steps share.

use super::asking::render_asking;
use super::compare::render_compare;
use super::end::render_end;
use super::feedback::{render_feedback, render_hand_over};
use super::{Focus, Overlay, PairScreen};
use crate::drill::pair::{Pace, PairStage};
use crate::tui::component::{Ctx, Screen};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::theme::Theme;
use crate::tui::widgets;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

/// The step on screen, the message under it and the footer, with any panel over them.
pub(super) fn render(s: &PairScreen, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
    Clear.render(area, buf);
    let theme = ctx.theme;
    // The message under the screen, wrapped rather than cut (a disk error names a folder).
    let (text, style) = if let Some(problem) = s.draft.problem() {
        (
            format!("{problem} Everything stays on screen; psw-coach keeps trying."),
            theme.bad,
        )
    } else if let Some(message) = &s.message {
        (message.clone(), theme.warn)
    } else if let Some(problem) = s.recorder.as_ref().and_then(|r| r.problem()) {
        (problem.to_string(), theme.warn)
    } else if let Some(notice) = ctx.notice {
        (notice.text.clone(), widgets::notice_style(notice, theme))
    } else {
        (String::new(), theme.text)
    };
    // No row for a message when there is none: a small window needs every row for the list.
    let status_height = if text.is_empty() {
        0
    } else {
        widgets::wrapped_height(&text, area.width.into()).clamp(1, 5)
    };
    let [body, status, footer] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(status_height),
        Constraint::Length(1),
    ])
    .areas(area);
    let cursor = match s.session.stage() {
        PairStage::Asking => render_asking(s, theme, body, buf),
        PairStage::Feedback => render_feedback(s, theme, body, buf),
        PairStage::HandOver => {
            render_hand_over(s, theme, body, buf);
            None
        }
        PairStage::Compare => {
            render_compare(s, theme, body, buf);
            None
        }
        PairStage::Finished => render_end(s, theme, body, buf),
    };
    Paragraph::new(Line::styled(text, style))
        .wrap(Wrap { trim: true })
        .render(status, buf);
    let mut keys = keymap::footer(s.context());
    if s.context() == Context::PairCompare && s.on_last_question() {
        // After the last question there is no next one: Enter goes on to the initials.
        let next = keymap::label(Context::PairCompare, Action::NextQuestion);
        for (key, what) in &mut keys {
            if Some(*key) == next {
                *what = "initials and save";
            }
        }
    }
    widgets::key_line_within(&keys, theme, footer.width).render(footer, buf);
    if let Some(overlay) = &s.overlay {
        render_overlay(overlay, theme, body, buf);
        return None;
    }
    cursor
}

// ---- pieces the steps share ----

/// The top line, fitted to `width` columns: a long topic gives way with "…" so the step ("Your
/// feedback") stays whole ("Pressures and plan" was cut, unmarked, at 60 columns).
pub(super) fn header(s: &PairScreen, step: &str, theme: &Theme, width: u16) -> Line<'static> {
    let mut spans = vec![Span::styled("Pair practice", theme.title)];
    let step = if step.is_empty() {
        String::new()
    } else {
        format!(" · {step}")
    };
    if let Some(q) = s.session.question() {
        let lead = format!(
            " · Question {} of {} · {} · ",
            s.session.index() + 1,
            s.session.len(),
            q.kind.label(),
        );
        let used = ["Pair practice", lead.as_str(), step.as_str()]
            .iter()
            .map(|t| t.chars().count())
            .sum::<usize>();
        let room = usize::from(width).saturating_sub(used);
        let text = if room >= 6 {
            format!(
                "{lead}{}",
                widgets::cut_line(&crate::bank::topic_title(&q.topic), room)
            )
        } else {
            // Too narrow for any of the topic: the question's number and kind, whole.
            lead.trim_end_matches(" · ").to_string()
        };
        spans.push(Span::styled(text, theme.text));
    }
    if !step.is_empty() {
        spans.push(Span::styled(step, theme.text));
    }
    Line::from(spans)
}

pub(super) fn pace_style(pace: Pace, theme: &Theme) -> Style {
    match pace {
        Pace::OnTime => theme.good,
        Pace::NearlyTime => theme.warn,
        Pace::OverTime => theme.bad,
    }
}

/// "Answer took 2 min 41 s · red: over the 2 min 30 s target by 11 s", in the pace's colour.
pub(super) fn took_line(
    elapsed: std::time::Duration,
    target: std::time::Duration,
    theme: &Theme,
) -> Line<'static> {
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
}

pub(super) fn tick(on: bool) -> &'static str {
    if on { "[x]" } else { "[ ]" }
}

/// "Heard: [x] 1 Done  [ ] 2 Difference  [x] 3 How they know"
pub(super) fn parts_line(parts: &[bool; 3], theme: &Theme, keys: bool) -> Line<'static> {
    const SHORT: [&str; 3] = ["Done", "Difference", "How they know"];
    let mut spans = vec![Span::styled("Heard: ", theme.title)];
    for (i, label) in SHORT.iter().enumerate() {
        let style = if parts[i] { theme.good } else { theme.text };
        let key = if keys {
            format!("{} ", i + 1)
        } else {
            String::new()
        };
        spans.push(Span::styled(
            format!("{} {key}{label}  ", tick(parts[i])),
            style,
        ));
    }
    Line::from(spans)
}

pub(super) fn boxed<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    Block::bordered().title(title).border_style(if focused {
        theme.selected
    } else {
        theme.border
    })
}

/// A text field drawn from the session when it is not the one being typed in.
pub(super) fn render_text_field(
    s: &PairScreen,
    focus: Focus,
    title: &str,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let focused = s.focus == focus && s.overlay.is_none();
    let mut block = boxed(title, focused, theme);
    // Observations squeezed to three rows keep two lines of notes under their heading.
    if focus == Focus::Observations && area.height <= 3 {
        block = block.borders(ratatui::widgets::Borders::TOP);
    }
    if focused {
        let at = s.editor.render(Some(block.clone()), theme, area, buf);
        // While typing, as when not: the heading says when earlier lines are out of sight
        // above (walk 9: at 80x24 the first observation's start was hidden with no mark).
        if let Some(mark) = widgets::more_mark(s.editor.scrolled_down(), false) {
            block
                .title(Line::from(mark).right_aligned())
                .render(area, buf);
        }
        return at;
    }
    let text = s.field_text(focus);
    let para = if text.is_empty() {
        Paragraph::new(Line::styled(PairScreen::placeholder(focus), theme.dim))
    } else {
        Paragraph::new(text.clone())
    };
    // The end of a long text is what was typed last, so that is what shows, with a mark that
    // more is above. Each line is wrapped on its own, as the paragraph draws it: counted as one
    // run of words, five short observations took two rows, so the first two showed and the
    // newest were out of sight with nothing to say so.
    let inner = block.inner(area);
    let height: u16 = text
        .lines()
        .map(|line| widgets::wrapped_height(line, inner.width.into()))
        .sum();
    let scroll = height.saturating_sub(inner.height);
    if let Some(mark) = widgets::more_mark(scroll > 0, false) {
        block = block.title(Line::from(mark).right_aligned());
    }
    para.wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .block(block)
        .render(area, buf);
    None
}

/// The rating keys of `context` (a step that rates) as a sentence names them, "1 (weak) to 5
/// (strong)", from the key map, so a rebinding changes the words too.
pub(super) fn rate_keys(context: Context) -> String {
    let key = |n| keymap::key_name(context, Action::Rate(n)).unwrap_or_default();
    format!("{} (weak) to {} (strong)", key(1), key(5))
}

/// A rating as five marks, or how to give one with the keys of `context`.
pub(super) fn rating_line(
    label: &str,
    rating: Option<u8>,
    focused: bool,
    context: Context,
    theme: &Theme,
) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{label} "), theme.title)];
    for n in 1..=5u8 {
        let style = if rating == Some(n) {
            theme.selected
        } else {
            theme.dim
        };
        spans.push(Span::styled(format!(" {n} "), style));
    }
    spans.push(Span::styled(
        match rating {
            Some(r) => format!("  {r} of 5"),
            None => format!("  not yet: press {}", rate_keys(context)),
        },
        if focused { theme.key } else { theme.text },
    ));
    Line::from(spans)
}

pub(super) fn render_overlay(overlay: &Overlay, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (title, lines): (&str, Vec<String>) = match overlay {
        Overlay::Menu => {
            // The menu's own keys, from the key map: the same as a rehearsal's pause menu.
            let mut lines = vec!["The clocks are stopped.".to_string(), String::new()];
            lines.extend(
                keymap::bindings(Context::PairMenu)
                    .iter()
                    .filter(|b| b.footer && b.action != Action::Help)
                    .map(|b| format!("{}  {}", b.key_label, b.help)),
            );
            ("Paused", lines)
        }
        Overlay::ConfirmDiscard => (
            "Discard?",
            vec![
                "Throw this pair session away? Nothing will be saved.".into(),
                String::new(),
                format!(
                    "{}  yes, discard      {}  no, keep it",
                    keymap::label(Context::PairConfirmDiscard, Action::Confirm).unwrap_or_default(),
                    keymap::label(Context::PairConfirmDiscard, Action::Cancel).unwrap_or_default()
                ),
            ],
        ),
        Overlay::SaveFailed(problem) => (
            "Could not save",
            vec![
                problem.to_string(),
                String::new(),
                format!(
                    "Everything stays on screen. Fix the cause, then {} tries again.",
                    keymap::label(Context::SaveFailed, Action::Save).unwrap_or_default()
                ),
            ],
        ),
    };
    let width = area.width.saturating_sub(4).min(64);
    let text: Vec<Line> = lines.into_iter().map(Line::raw).collect();
    let height = widgets::lines_height(&text, width.saturating_sub(2).into()) + 2;
    let panel = widgets::centred(area, width, height);
    Clear.render(panel, buf);
    Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title(title).border_style(theme.title))
        .render(panel, buf);
}
