//! A note read back on screen: its plan's title, one question with its answers, follow-ups, cues
//! and reflection, wrapped with hanging indents. Shared by review, a session read back, the
//! attempts at one question, refine and progress, so no screen imports another for it.

use ratatui::text::{Line, Span};

use crate::bank::topic_title;
use crate::notes::NoteQuestion;
use crate::text::{one_line, wrap_units, wrap_words};
use crate::tui::theme::Theme;

/// A saved plan label as a title: "Mock interview", "Topic: Waiting times", "Refined answer".
pub fn plan_title(label: &str) -> String {
    if label.starts_with("refine ") {
        return "Refined answer".to_string();
    }
    crate::drill::Plan::title_of(label)
}

/// Lines for a label and a text that wraps under itself with a hanging indent.
pub fn hanging(
    lines: &mut Vec<Line<'static>>,
    width: usize,
    lead: Vec<Span<'static>>,
    text: &str,
    style: ratatui::style::Style,
) {
    hanging_units(lines, width, lead, text.split_whitespace(), style);
}

/// A part's or follow-up's heading with its time, "What have you done? (3 s)", wrapped under
/// itself with the time kept whole: in the attempts' narrow panels "(3" ended one line and "s)"
/// began the next at the left edge (the eleventh walk's row 6).
fn timed_heading(
    lines: &mut Vec<Line<'static>>,
    width: usize,
    lead: Vec<Span<'static>>,
    ask: &str,
    said: &str,
    style: ratatui::style::Style,
) {
    let ask = one_line(ask);
    let said = format!("({said})");
    let units = ask.split_whitespace().chain(std::iter::once(said.as_str()));
    hanging_units(lines, width, lead, units, style);
}

fn hanging_units<'a>(
    lines: &mut Vec<Line<'static>>,
    width: usize,
    lead: Vec<Span<'static>>,
    units: impl IntoIterator<Item = &'a str>,
    style: ratatui::style::Style,
) {
    use unicode_width::UnicodeWidthStr;
    let first: usize = lead.iter().map(|s| s.content.width()).sum();
    // A long label ("Follow-up, skipped: ") in a narrow panel left three or four words a line
    // under it (the twelfth walk's row 9): past half the width, the text wraps three columns in
    // from where the label starts instead.
    let indent = if first * 2 > width {
        let spaces = lead
            .iter()
            .flat_map(|s| s.content.chars())
            .take_while(|c| *c == ' ')
            .count();
        spaces + 3
    } else {
        first
    };
    let mut wrapped = wrap_units(units, width.max(first + 10), first, indent).into_iter();
    let mut spans = lead;
    spans.push(Span::styled(wrapped.next().unwrap_or_default(), style));
    lines.push(Line::from(spans));
    lines.extend(wrapped.map(|l| Line::styled(l, style)));
}

pub fn question_lines(
    lines: &mut Vec<Line<'static>>,
    i: usize,
    q: &NoteQuestion,
    focused: bool,
    theme: &Theme,
    width: usize,
    with_ask: bool,
) {
    let marker = if focused { "▶ " } else { "  " };
    if with_ask {
        hanging(
            lines,
            width,
            vec![
                Span::styled(marker, theme.key),
                Span::styled(format!("{}. ", i + 1), theme.question),
            ],
            &one_line(&q.ask),
            theme.question,
        );
    }
    let mut facts = vec![
        topic_title(&q.topic),
        format!(
            "{}{}",
            crate::text::of_target(q.total_seconds, u64::from(q.target_seconds)),
            if q.total_seconds > u64::from(q.target_seconds) && q.target_seconds > 0 {
                ", over target"
            } else {
                ""
            }
        ),
        q.rating.filter(|r| (1..=5).contains(r)).map_or_else(
            || "not rated".to_string(),
            |r| format!("you rated it {r} of 5"),
        ),
    ];
    if let Some(p) = &q.pair
        && let Some(r) = p.rating
    {
        facts.push(format!("colleague rated it {r} of 5"));
    }
    if q.best {
        facts.push("your best".to_string());
    }
    if q.refined_from.is_some() {
        facts.push("refined".to_string());
    }
    hanging(
        lines,
        width,
        vec![Span::raw("   ")],
        &facts.join(" · "),
        theme.dim,
    );
    for a in &q.answers {
        timed_heading(
            lines,
            width,
            vec![Span::styled("   ", theme.key)],
            &a.ask,
            &crate::text::duration(a.seconds),
            theme.key,
        );
        text_lines(lines, &a.text, theme, width);
    }
    // A heading too long for the width wraps under its own start, not at the left edge.
    for f in &q.follow_ups {
        if f.skipped {
            hanging(
                lines,
                width,
                vec![Span::styled("   Follow-up, skipped: ", theme.dim)],
                &one_line(&f.ask),
                theme.dim,
            );
        } else {
            timed_heading(
                lines,
                width,
                vec![Span::styled("   Follow-up: ", theme.key)],
                &f.ask,
                &f.time_said(),
                theme.key,
            );
            text_lines(lines, &f.text, theme, width);
        }
    }
    if !q.cues.is_empty() {
        // Wrapped under itself: in the attempts' 38-column panels "covered" went on at the left
        // edge, outside the answer's indent (the thirteenth walk).
        hanging(
            lines,
            width,
            vec![Span::raw("   ")],
            &format!(
                "What assessors listen for: {} of {} covered",
                q.cues_ticked(),
                q.cues.len()
            ),
            theme.key,
        );
        for c in &q.cues {
            let (mark, style) = if c.ticked {
                ("✓ ", theme.good)
            } else {
                ("✗ ", theme.bad)
            };
            hanging(
                lines,
                width,
                vec![Span::raw("     "), Span::styled(mark, style)],
                &one_line(&c.text),
                theme.text,
            );
        }
    }
    // Pair practice: what the colleague heard, asked and said, which the note keeps and review
    // showed none of (only their rating).
    if let Some(p) = &q.pair {
        hanging(
            lines,
            width,
            vec![Span::raw("   ")],
            &crate::notes::format::pair_text(p),
            theme.dim,
        );
        for asked in &p.probes_asked {
            hanging(
                lines,
                width,
                vec![Span::styled("   Asked: ", theme.key)],
                &one_line(asked),
                theme.text,
            );
        }
        for (label, said) in [
            ("   Observations: ", &p.observations),
            ("   Keep: ", &p.keep),
            ("   Stop: ", &p.stop),
            ("   Start: ", &p.start),
        ] {
            if !said.trim().is_empty() {
                hanging(
                    lines,
                    width,
                    vec![Span::styled(label, theme.key)],
                    &one_line(said),
                    theme.text,
                );
            }
        }
    }
    if let Some(c) = &q.coaching {
        // Wrapped by item, under the first, so a narrow window keeps the indent.
        let lead = "   Insights: ";
        let mut spans = vec![Span::styled(lead, theme.key)];
        let mut used = lead.len();
        for (has, word) in [
            (c.done, "done"),
            (c.difference, "difference"),
            (c.evidence, "how you know"),
            (c.people, "people"),
            (c.next, "next step"),
            (c.example, "example"),
            (c.own_part, "own part"),
        ] {
            let (mark, style) = if has {
                ("✓ ", theme.good)
            } else {
                ("✗ ", theme.bad)
            };
            let item = 2 + word.len();
            if used > lead.len() && used + 2 + item > width {
                lines.push(Line::from(std::mem::take(&mut spans)));
                spans.push(Span::raw(" ".repeat(lead.len())));
                used = lead.len();
            }
            if used > lead.len() {
                spans.push(Span::raw("  "));
                used += 2;
            }
            used += item;
            spans.push(Span::styled(mark, style));
            spans.push(Span::styled(word, theme.text));
        }
        lines.push(Line::from(spans));
    }
    if let Some(r) = q.reflection.as_deref().filter(|r| !r.trim().is_empty()) {
        hanging(
            lines,
            width,
            vec![Span::styled("   Next time: ", theme.key)],
            &one_line(r),
            theme.text,
        );
    }
    lines.push(Line::raw(""));
}

fn text_lines(lines: &mut Vec<Line<'static>>, text: &str, theme: &Theme, width: usize) {
    if text.trim().is_empty() {
        lines.push(Line::styled("      (nothing typed)", theme.dim));
        return;
    }
    for l in text.lines() {
        for (i, w) in wrap_words(&one_line(l), width.max(16), 6, 6)
            .into_iter()
            .enumerate()
        {
            let w = if i == 0 { format!("      {w}") } else { w };
            lines.push(Line::styled(w, theme.text));
        }
    }
}

#[cfg(test)]
mod tests {

    /// A question as the note view draws it 40 columns wide, one string a row.
    fn drawn_at_40(q: &crate::notes::NoteQuestion) -> Vec<String> {
        let mut lines = Vec::new();
        super::question_lines(
            &mut lines,
            0,
            q,
            false,
            &crate::tui::theme::MONOCHROME,
            40,
            false,
        );
        lines.iter().map(|l| l.to_string()).collect()
    }

    /// Item 23 of issue 18: a follow-up heading too long for the width keeps its indent.
    #[test]
    fn a_wrapped_follow_up_heading_keeps_its_indent() {
        let q = crate::notes::NoteQuestion {
            follow_ups: vec![crate::notes::FollowUpAnswer {
                answered_in_refine: false,
                ask: "How do you know the changes you made to the waiting list reached everyone \
                      waiting, including people who do not speak English?"
                    .into(),
                seconds: 30,
                text: "We asked them.".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let text = drawn_at_40(&q);
        let at = text
            .iter()
            .position(|l| l.starts_with("   Follow-up: How"))
            .expect("heading");
        assert!(text[at + 1].starts_with("             "), "{text:#?}");
    }

    /// The thirteenth walk: the listen-for heading wrapped to the left edge in a narrow panel.
    #[test]
    fn the_listen_for_heading_wraps_inside_the_answers_indent() {
        let q = crate::notes::NoteQuestion {
            cues: vec![crate::notes::model::Cue {
                text: "The wait as a figure".into(),
                ticked: false,
            }],
            ..Default::default()
        };
        let text = drawn_at_40(&q);
        assert!(text.iter().all(|l| l.chars().count() <= 40), "{text:#?}");
        let at = text
            .iter()
            .position(|l| l.starts_with("   What assessors listen for: 0 of 1"))
            .expect("heading");
        assert_eq!(text[at + 1].trim_end(), "   covered", "{text:#?}");
    }

    /// The eleventh walk, row 6: in the attempts' narrow panels a part's heading wrapped inside
    /// its time, "(3" at the end of one row and "s)" at the left edge of the next.
    #[test]
    fn a_parts_heading_wraps_under_itself_with_its_time_whole() {
        let q = crate::notes::NoteQuestion {
            answers: vec![crate::notes::PromptAnswer {
                ask: "How you stay close to practice now".into(),
                seconds: 3,
                text: "Every month I shadow a duty shift.".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let text = drawn_at_40(&q);
        assert!(text.iter().all(|l| l.chars().count() <= 40), "{text:#?}");
        let at = text
            .iter()
            .position(|l| l.starts_with("   How you stay close"))
            .expect("heading");
        assert_eq!(text[at + 1].trim_end(), "   (3 s)", "{text:#?}");
    }

    /// The twelfth walk's row 9: in the attempts' 38-column panels a skipped follow-up wrapped
    /// under its 22-column label, three or four words a line. It wraps six columns in instead.
    #[test]
    fn a_long_label_in_a_narrow_panel_wraps_its_text_near_the_left() {
        let q = crate::notes::NoteQuestion {
            follow_ups: vec![crate::notes::FollowUpAnswer {
                ask: "What is the average wait and the longest wait for a carer's assessment, \
                      and how has it changed?"
                    .into(),
                skipped: true,
                ..Default::default()
            }],
            ..Default::default()
        };
        let text = drawn_at_40(&q);
        let at = text
            .iter()
            .position(|l| l.starts_with("   Follow-up, skipped: What is"))
            .expect("follow-up");
        assert!(
            text[at + 1].starts_with("      average wait and the longest wait"),
            "{text:#?}"
        );
    }

    /// Item 23 of issue 18: the "Insights:" line wraps under its first item in a narrow window.
    #[test]
    fn a_wrapped_insights_line_keeps_its_indent() {
        let q = crate::notes::NoteQuestion {
            coaching: Some(Default::default()),
            ..Default::default()
        };
        let text = drawn_at_40(&q);
        let at = text
            .iter()
            .position(|l| l.starts_with("   Insights: "))
            .expect("insights");
        assert!(text[at].trim_end().chars().count() <= 40, "{text:#?}");
        assert!(text[at + 1].starts_with("             ✗"), "{text:#?}");
    }
}
