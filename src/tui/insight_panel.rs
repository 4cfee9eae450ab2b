//! After each question: what the answer covered, with hedges and unexplained acronyms marked in it.

use super::theme::Theme;
use crate::insight::Report;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// How the panels were last drawn: how far they can scroll, and how many lines a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Drawn {
    /// The furthest either panel can scroll.
    pub max_scroll: u16,
    /// Lines the panels show at once: PgUp/PgDn move by this, so nothing is jumped over.
    pub page: u16,
}

/// The left panel's width in `area` when the panels sit side by side, else `None`.
fn side_by_side(area_width: u16) -> Option<u16> {
    // The three ticks ("Done ✓  Difference ✗  How you know ✓") keep to one line: 38 columns
    // inside the border, which 45% of an 80-column window is not.
    (area_width >= 70).then(|| (area_width * 45 / 100).max(40))
}

/// Rows (borders included) the panel of findings needs at `area_width` to show the findings
/// lines and the whole of the first piece of advice, the least a PSW must see unasked.
pub fn wanted_height(report: &Report, theme: &Theme, area_width: u16) -> u16 {
    let width = side_by_side(area_width).unwrap_or(area_width);
    let lines = findings(report, theme);
    let shown = lines.len().min(findings_count(report) + 1);
    let lines = keep_units(lines[..shown].to_vec(), width.saturating_sub(2));
    super::widgets::lines_height(&lines, usize::from(width.saturating_sub(2))).saturating_add(2)
}

/// The panel's lines of one style wrapped to `width` here, each time kept with its unit ("the 2
/// min 30 s target" was cut after "30"); lines of several styles (the ticks) are short already.
fn keep_units(lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width).max(10);
    lines
        .into_iter()
        .flat_map(|line| match line.spans.as_slice() {
            [span] => {
                super::widgets::wrap_keeping_units(&span.content, textwrap::Options::new(width))
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, span.style)).style(line.style))
                    .collect()
            }
            _ => vec![line],
        })
        .collect()
}

/// The findings lines before the advice: the three kinds of tick line, plus the warning about
/// identifying details when there is one.
fn findings_count(report: &Report) -> usize {
    3 + usize::from(!report.confidentiality.is_empty())
}

fn findings(report: &Report, theme: &Theme) -> Vec<Line<'static>> {
    // One line of ticks: each label with ✓ or ✗, two spaces apart.
    let ticks = |marks: [(bool, &str); 3]| -> Line<'static> {
        let mut spans = Vec::new();
        for (i, (yes, label)) in marks.into_iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw("  "));
            }
            spans.push(if yes {
                Span::styled(format!("{label} ✓"), theme.good)
            } else {
                Span::styled(format!("{label} ✗"), theme.warn)
            });
        }
        Line::from(spans)
    };
    let mut lines = vec![
        ticks([
            (report.covers.done, "Done"),
            (report.covers.difference, "Difference"),
            (report.covers.evidence, "How you know"),
        ]),
        ticks([
            (report.then_now_next.then, "Then"),
            (report.then_now_next.now, "Now"),
            (report.then_now_next.next, "Next"),
        ]),
        Line::styled(
            if report.key_points {
                format!("{} words of key points", report.word_count)
            } else if let Some(spoken) = report.spoken {
                // Recorded: measured, so said without "about".
                format!(
                    "{} words, {} speaking, as recorded",
                    report.word_count,
                    crate::text::duration(u64::from(spoken.seconds))
                )
            } else {
                format!(
                    "{} words, about {} to say",
                    report.word_count,
                    crate::text::duration(u64::from(report.speaking_seconds))
                )
            },
            theme.text,
        ),
    ];
    if !report.confidentiality.is_empty() {
        lines.push(Line::styled(
            format!(
                "May identify someone: {}",
                report
                    .confidentiality
                    .iter()
                    .map(|c| c.text.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            theme.bad,
        ));
    }
    for s in &report.suggestions {
        lines.push(Line::styled(format!("• {s}"), theme.text));
    }
    lines
}

/// `delivery`: how each recorded part was said, put after the advice when the screen had no room
/// for it elsewhere (walk item 38), so it can be scrolled to.
pub fn render(
    text: &str,
    report: &Report,
    delivery: &[String],
    theme: &Theme,
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
) -> Drawn {
    let [left, right] = if let Some(left) = side_by_side(area.width) {
        Layout::horizontal([Constraint::Length(left), Constraint::Min(0)]).areas(area)
    } else {
        Layout::vertical([Constraint::Min(3), Constraint::Min(3)]).areas(area)
    };
    let mut lines = findings(report, theme);
    if !delivery.is_empty() {
        lines.push(Line::styled("How you said it:", theme.title));
        lines.extend(delivery.iter().map(|d| Line::styled(d.clone(), theme.text)));
    }
    let lines = keep_units(lines, left.width.saturating_sub(2));
    // Both panels scroll together with PgUp/PgDn, each stopping at its own end, so advice longer
    // than a small window can always be read.
    let overflow = |lines: &[Line], panel: Rect| {
        super::widgets::lines_height(lines, usize::from(panel.width.saturating_sub(2)))
            .saturating_sub(panel.height.saturating_sub(2))
    };
    let left_max = overflow(&lines, left);
    let left_title = if left_max > 0 {
        " What it covered · PgUp/PgDn "
    } else {
        " What your answer covered "
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .scroll((scroll.min(left_max), 0))
        .block(with_more_mark(
            Block::bordered()
                .title(left_title)
                .border_style(theme.border),
            scroll.min(left_max),
            left_max,
        ))
        .render(left, buf);

    let marks: Vec<(usize, usize, Style)> = report
        .hedges
        .iter()
        .map(|f| (f.start, f.end, theme.highlight_hedge))
        .chain(
            report
                .unexplained_acronyms
                .iter()
                .map(|f| (f.start, f.end, theme.highlight_acronym)),
        )
        .collect();
    let mut body = Vec::new();
    if !marks.is_empty() {
        // A key to the marks, drawn in the marks' own styles, so it works without colour too.
        body.push(Line::from(vec![
            Span::styled("softener", theme.highlight_hedge),
            Span::styled(" (\"I think\", \"just\")  ", theme.dim),
            Span::styled("ACRONYM", theme.highlight_acronym),
            Span::styled(" to spell out", theme.dim),
        ]));
    }
    if text.trim().is_empty() {
        // Empty parts joined by blank lines are still nothing: the panel said "↓ more" and
        // scrolled through empty rows.
        body.push(Line::styled("Nothing typed for this answer.", theme.dim));
    } else {
        body.extend(highlighted(text, marks, theme.text));
    }
    let right_max = overflow(&body, right);
    Paragraph::new(body)
        .wrap(Wrap { trim: false })
        .scroll((scroll.min(right_max), 0))
        .block(with_more_mark(
            Block::bordered()
                .title(if report.key_points {
                    // Spoken: what was jotted is key points, as the advice beside it calls them
                    // (the tenth walk's row 11).
                    " Your key points (PgUp/PgDn scroll) "
                } else {
                    " Your answer (PgUp/PgDn scroll) "
                })
                .border_style(theme.border),
            scroll.min(right_max),
            right_max,
        ))
        .render(right, buf);
    Drawn {
        max_scroll: left_max.max(right_max),
        page: left.height.min(right.height).saturating_sub(2).max(1),
    }
}

/// A panel scrolled to `at` of `max` says on its bottom border when more is above or below: at
/// 80x24 the advice stopped mid-phrase ("• Add how you know: a figure, an audit") with only the
/// title's "PgUp/PgDn" to say there was more.
fn with_more_mark(block: Block<'_>, at: u16, max: u16) -> Block<'_> {
    match super::widgets::more_mark(at > 0, at < max) {
        Some(mark) => block.title_bottom(Line::from(mark).right_aligned()),
        None => block,
    }
}

/// Splits `text` into lines of spans, styling the marked byte ranges. Overlaps and ranges that do
/// not fall on character boundaries are ignored rather than trusted.
pub fn highlighted(
    text: &str,
    mut marks: Vec<(usize, usize, Style)>,
    plain: Style,
) -> Vec<Line<'static>> {
    marks.sort_by_key(|m| m.0);
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let end = offset + line.len();
        let mut spans = Vec::new();
        let mut at = offset;
        for &(s, e, style) in &marks {
            if s < at || e > end || s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e)
            {
                continue;
            }
            if s > at {
                spans.push(Span::styled(text[at..s].to_string(), plain));
            }
            spans.push(Span::styled(text[s..e].to_string(), style));
            at = e;
        }
        if at < end {
            spans.push(Span::styled(text[at..end].to_string(), plain));
        }
        lines.push(Line::from(spans));
        offset = end + 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    /// "the 2 min 30" at the end of a row and "s target fits about 350 words" at the start of the
    /// next: at no width is a time cut from its unit in the coaching.
    #[test]
    fn a_time_in_the_coaching_stays_with_its_unit_at_every_width() {
        let lexicon = crate::insight::Lexicon::bundled();
        let mut report = crate::insight::analyse(&lexicon, "I set up a forum.", Some(150));
        report.suggestions = vec![
            "You have room for more: the 2 min 30 s target fits about 350 words, so say more of \
             what the change meant for the person."
                .into(),
        ];
        let theme = crate::tui::theme::MONOCHROME;
        for width in 40..=120u16 {
            let area = Rect::new(0, 0, width, 30);
            let mut buf = Buffer::empty(area);
            render("I set up a forum.", &report, &[], &theme, 0, area, &mut buf);
            let rows: Vec<String> = (0..30)
                .map(|y| {
                    (0..width)
                        .map(|x| buf[(x, y)].symbol().to_string())
                        .collect()
                })
                .collect();
            for row in &rows {
                assert!(
                    !row.starts_with("│s ") && !row.starts_with("│min "),
                    "width {width}:\n{}",
                    rows.join("\n")
                );
            }
        }
    }

    /// Walk 8: an answer whose parts were all left empty (spoken, nothing jotted) showed an empty
    /// "Your answer" panel with " ↓ more " on its border, and PgDn scrolled it through blank rows.
    #[test]
    fn an_empty_answer_says_so_with_no_more_mark() {
        let lexicon = crate::insight::Lexicon::bundled();
        let text = "\n\n".repeat(6);
        let report = crate::insight::analyse(&lexicon, &text, Some(150));
        let theme = crate::tui::theme::MONOCHROME;
        let area = Rect::new(0, 0, 80, 9);
        let mut buf = Buffer::empty(area);
        let drawn = render(&text, &report, &[], &theme, 0, area, &mut buf);
        // The right-hand column, where the coaching is drawn.
        let right_of = |buf: &Buffer| -> String {
            (0..9)
                .map(|y| {
                    (40..80)
                        .map(|x| buf[(x, y)].symbol().to_string())
                        .collect::<String>()
                        + "\n"
                })
                .collect()
        };
        let right = right_of(&buf);
        assert!(right.contains("Nothing typed"), "{right}");
        assert!(!right.contains("more"), "{right}");
        let left_max = drawn.max_scroll;
        let mut buf = Buffer::empty(area);
        render(&text, &report, &[], &theme, left_max, area, &mut buf);
        let right = right_of(&buf);
        assert!(right.contains("Nothing typed"), "scrolled: {right}");
    }

    #[test]
    fn marks_split_lines_and_skip_overlaps() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let lines = highlighted(
            "I just think\nwe did",
            vec![(2, 6, bold), (3, 8, bold), (13, 15, bold)],
            Style::new(),
        );
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].spans[1].content, "just");
        assert_eq!(lines[0].spans.len(), 3);
        assert_eq!(lines[1].spans[0].content, "we");
    }

    #[test]
    fn marks_inside_a_character_are_ignored() {
        let lines = highlighted("é", vec![(0, 1, Style::new())], Style::new());
        assert_eq!(lines[0].spans[0].content, "é");
    }
}
