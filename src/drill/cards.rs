//! Printable interviewer cards: one per question, for pairs with no second screen.
//!
//! The output is Markdown that reads as well printed straight from a text file as rendered: lines
//! are wrapped at [`WIDTH`] columns, every card sits between rules, and anything in a bank's text
//! that Markdown would misread (a line starting `- ` or `#`, a stray `*`) is escaped.

use unicode_width::UnicodeWidthStr;

use crate::bank::model::{Question, StatementNote, topic_title};

use super::anchor::Shape;
use super::ladder::{Rung, ladder};
use super::pair::PARTS;

/// Fits A4 and US letter in a 10-12 point monospaced font with ordinary margins.
pub const WIDTH: usize = 76;

/// The cards for `questions`, in order, under a heading naming the plan. `command` is how to get
/// the same questions on screen, printed for the pair who want both. `notes` say what good looks
/// like for each quality statement; each card gives those of its own statements.
pub fn cards(
    plan_title: &str,
    command: Option<&str>,
    questions: &[Question],
    notes: &[StatementNote],
) -> String {
    cards_with_figures(
        plan_title,
        command,
        questions,
        notes,
        &crate::evidence::Register::default(),
    )
}

/// [`cards`], each card with the figures from the PSW's evidence register its question touches,
/// so the colleague can check them while listening.
pub fn cards_with_figures(
    plan_title: &str,
    command: Option<&str>,
    questions: &[Question],
    notes: &[StatementNote],
    register: &crate::evidence::Register,
) -> String {
    let mut out = String::new();
    heading(&mut out, 1, "Interviewer cards");
    paragraph(
        &mut out,
        "",
        &format!(
            "**Plan:** {}, {} {}.",
            crate::text::one_line(plan_title),
            questions.len(),
            if questions.len() == 1 {
                "card"
            } else {
                "cards"
            }
        ),
    );
    if let Some(command) = command {
        // An indented code block is never wrapped or reflowed, so the command can be copied.
        out.push_str("The same questions on screen:\n\n    ");
        out.push_str(&crate::text::one_line(command));
        out.push_str("\n\n");
    }
    paragraph(
        &mut out,
        "",
        "Read each question out as written. Tick the three parts and \
             the points a strong answer gives as you hear them. Climb the probes only as far as \
             you need: plain first, then deeper, then ask for the evidence. Move on at the \
             target time. Afterwards give a rating from 1 (weak) to 5 (strong) and one thing \
             each to keep, stop and start; ask the PSW to rate themselves before you show yours.",
    );
    // The shapes of an anchored follow-up, once for the whole set: the colleague listens for them
    // and presses in the PSW's own words, before any probe printed on a card. Only the few pressed
    // most come before card 1; the rest follow the last card. All 24 before card 1 were a page of
    // rules for a colleague about to read two cards (the twelfth walk's row 12).
    heading(&mut out, 2, "Press on what they say");
    paragraph(
        &mut out,
        "",
        "Assessors quote the answer back and press on it. Before the probes on a card, listen for \
         these and ask in the PSW's own words:",
    );
    for shape in PRESS_FIRST {
        list_item(&mut out, "- ", &escape(shape.prompt()));
    }
    out.push('\n');
    paragraph(
        &mut out,
        "",
        &format!(
            "{} more kinds of answer to press on are listed after the last card, under *More to \
             press on*.",
            pressed_later().count()
        ),
    );
    // Where "What good looks like" comes from, once for the whole set rather than on every card.
    let mut sources: Vec<String> = Vec::new();
    for n in notes {
        let source = format!("{} (as of {})", n.source, n.as_of.format("%-d %B %Y"));
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    for source in sources {
        paragraph(
            &mut out,
            "",
            &format!("*What good looks like* on each card: {}.", escape(&source)),
        );
    }
    for (i, q) in questions.iter().enumerate() {
        out.push_str("---\n\n");
        let figures: Vec<String> = register
            .touching(&q.topic, &q.quality_statements, FIGURES_PER_CARD)
            .into_iter()
            .map(crate::evidence::model::figure_line)
            .collect();
        card(&mut out, i + 1, questions.len(), q, notes, &figures);
    }
    out.push_str("---\n\n");
    heading(&mut out, 2, "More to press on");
    paragraph(
        &mut out,
        "",
        "Other kinds of answer to quote back and press on, in the order the coach presses them:",
    );
    for shape in pressed_later() {
        list_item(&mut out, "- ", &escape(shape.prompt()));
    }
    out
}

/// The kinds of answer printed before card 1: the weak spot an answer names and the few its main
/// result leaves out (pressed first on strong and middling answers), what is still open, and a
/// vague answer's claim with nothing behind it. One of these fits most answers.
const PRESS_FIRST: [Shape; 4] = [
    Shape::WeakSpot,
    Shape::SetApart,
    Shape::Unresolved,
    Shape::Claim,
];

/// Every other kind, in the order the coach presses them, printed after the last card.
fn pressed_later() -> impl Iterator<Item = Shape> {
    Shape::ALL.into_iter().filter(|s| !PRESS_FIRST.contains(s))
}

/// Enough figures to check while listening, not a table to read.
const FIGURES_PER_CARD: usize = 5;

fn card(
    out: &mut String,
    number: usize,
    count: usize,
    q: &Question,
    notes: &[StatementNote],
    figures: &[String],
) {
    heading(
        out,
        2,
        &format!(
            "Card {number} of {count}: {}, {}",
            q.kind.label(),
            topic_title(&q.topic)
        ),
    );
    let statements: Vec<&str> = q.quality_statements.iter().map(|s| s.title()).collect();
    // No question id: it means nothing to the colleague reading the card.
    let mut facts = format!(
        "**Target: {}**",
        crate::text::duration(q.target_seconds.into())
    );
    if !statements.is_empty() {
        facts.push_str(&format!(". Quality statements: {}", statements.join("; ")));
    }
    paragraph(out, "", &facts);

    heading(out, 3, "Ask");
    paragraph(out, "> ", &escape(&q.ask));

    heading(out, 3, "The three parts");
    for part in PARTS {
        list_item(out, "- [ ] ", part.label);
    }
    out.push('\n');

    if !q.listen_for.is_empty() {
        heading(out, 3, "Listen for");
        for cue in &q.listen_for {
            list_item(out, "- [ ] ", &escape(cue));
        }
        out.push('\n');
    }

    if !figures.is_empty() {
        heading(out, 3, "Their figures (from their evidence register)");
        for f in figures {
            list_item(out, "- [ ] ", &escape(f));
        }
        out.push('\n');
    }

    let good: Vec<&StatementNote> = q
        .quality_statements
        .iter()
        .filter_map(|s| notes.iter().find(|n| n.statement == *s))
        .collect();
    if !good.is_empty() {
        heading(out, 3, "What good looks like");
        for n in good {
            paragraph(
                out,
                "",
                &format!(
                    "**{}:** {}",
                    escape(&n.title),
                    escape(&n.what_good_looks_like)
                ),
            );
        }
    }

    heading(out, 3, "Probes");
    paragraph(
        out,
        "",
        "*From the answer first:* press on their own figures and words (see *Press on what they \
         say*), then climb these.",
    );
    for (i, probe) in ladder(q).iter().enumerate() {
        let rung = match probe.condition() {
            Some(condition) if probe.rung == Rung::Deeper => {
                format!("{}, {}", probe.rung.label(), escape(&condition))
            }
            _ => probe.rung.label().to_string(),
        };
        let text = format!("{rung}: {}", escape(&probe.ask));
        list_item(out, &format!("{}. ", i + 1), &text);
    }
    out.push('\n');

    if let Some(tip) = &q.tip {
        paragraph(
            out,
            "",
            &format!("*Tip, if they ask for help:* {}", escape(tip)),
        );
    }
    paragraph(
        out,
        "",
        "**Rating:** 1 - 2 - 3 - 4 - 5  \n**Keep:**  \n**Stop:**  \n**Start:**",
    );
}

fn heading(out: &mut String, level: usize, text: &str) {
    out.push_str(&"#".repeat(level));
    out.push(' ');
    out.push_str(text);
    out.push_str("\n\n");
}

/// A paragraph followed by a blank line.
fn paragraph(out: &mut String, prefix: &str, text: &str) {
    list_item(out, prefix, text);
    out.push('\n');
}

/// Wraps `text` at [`WIDTH`], the first line after `prefix` and the rest indented to match (or
/// repeating it, for a quote). Hard line breaks in `text` are kept.
fn list_item(out: &mut String, prefix: &str, text: &str) {
    let indent = if prefix.starts_with('>') {
        prefix.to_string()
    } else {
        " ".repeat(prefix.width())
    };
    let width = WIDTH.saturating_sub(prefix.width()).max(20);
    let mut first = true;
    for source_line in text.split('\n') {
        for line in wrap(source_line, width) {
            out.push_str(if first { prefix } else { &indent });
            // A wrapped line that happens to start like Markdown syntax would change the layout.
            if !first && starts_like_syntax(&line) {
                out.push('\\');
            }
            first = false;
            out.push_str(&line);
            out.push('\n');
        }
    }
}

/// [`crate::text::wrap_words`], keeping Markdown's hard line break (two trailing spaces).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = crate::text::wrap_words(text, width, 0, 0);
    if let Some(last) = lines.last_mut().filter(|_| text.ends_with("  ")) {
        last.push_str("  ");
    }
    lines
}

fn starts_like_syntax(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('#' | '>' | '=' | '|') => true,
        Some('-' | '+' | '*') => matches!(chars.next(), None | Some(' ')),
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(". ") || rest.starts_with(") ")
        }
        _ => false,
    }
}

/// Bank text as Markdown: control characters dropped, characters with meaning escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::text::one_line(text).chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '<' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::model::{FollowUp, Kind, QualityStatement};

    fn question() -> Question {
        Question {
            kind: Kind::Focused,
            topic: "waiting-times".into(),
            quality_statements: vec![QualityStatement::AssessingNeeds, QualityStatement::Equity],
            ask: "How do you keep people safe while they wait for an assessment, and how do you \
                  know the approach is working for everyone on the list?"
                .into(),
            follow_ups: vec![
                FollowUp {
                    ask: "Who owns the waiting list day to day?".into(),
                    when: vec!["waiting list".into()],
                    gap: None,
                },
                FollowUp {
                    ask: "What do people waiting tell you?".into(),
                    when: vec![],
                    gap: None,
                },
            ],
            listen_for: vec![
                "A risk-based triage with a named owner".into(),
                "Contact while people wait".into(),
            ],
            target_seconds: 150,
            tip: Some("Give the longest wait as a figure.".into()),
            ..Question::example("waiting-times-02")
        }
    }

    #[test]
    fn a_card_holds_question_parts_cues_probes_target_and_tip() {
        let text = cards(
            "Topic: Waiting times",
            Some("psw-coach pair --plan \"topic waiting-times\" --seed 7"),
            &[question()],
            &crate::bank::Library::load(None, &[]).statement_notes(),
        );
        // What good looks like for the card's own statements (assessing needs, equity), and no other.
        assert!(text.contains("### What good looks like"), "{text}");
        assert!(
            text.contains("**Equity in experience and outcomes:**"),
            "{text}"
        );
        assert!(!text.contains("**Safeguarding:**"), "{text}");
        // The shapes of an assessor's follow-up, once, for the colleague to press in the PSW's words.
        assert_eq!(
            text.matches("## Press on what they say").count(),
            1,
            "{text}"
        );
        let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flowing.contains("ask what lies behind the rest"), "{text}");
        assert!(text.contains("*From the answer first:*"), "{text}");
        // No question id for the colleague to puzzle over (issue 18 item 22).
        assert!(!text.contains("waiting-times-02"), "{text}");
        for line in text.lines() {
            assert!(line.width() <= WIDTH, "too wide: {line:?}");
        }
        insta::assert_snapshot!(text);
    }

    /// The twelfth walk's row 12: the cards opened on 24 kinds of answer to press on. A few come
    /// before card 1, and every kind is still printed once, the rest after the last card.
    #[test]
    fn the_cards_open_on_a_few_kinds_to_press_on_and_keep_the_rest_for_after() {
        let text = cards("Mock interview", None, &[question(), question()], &[]);
        let (before, after) = text.split_once("## Card 1 of 2").unwrap();
        let items = |t: &str| t.lines().filter(|l| l.starts_with("- ")).count();
        assert_eq!(items(before), PRESS_FIRST.len(), "{before}");
        assert!(before.contains("20 more kinds of answer"), "{before}");
        let (_, rest) = after.split_once("## More to press on").unwrap();
        assert_eq!(items(rest), Shape::ALL.len() - PRESS_FIRST.len(), "{rest}");
        let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for shape in Shape::ALL {
            let prompt = escape(shape.prompt());
            let prompt = prompt.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(
                flowing.matches(&prompt).count(),
                1,
                "{shape:?} once:\n{text}"
            );
        }
    }

    #[test]
    fn every_line_fits_the_page() {
        let mut q = question();
        q.ask = "word ".repeat(60);
        q.listen_for = vec!["listen ".repeat(40)];
        let text = cards("Mock interview", None, &[q.clone(), q], &[]);
        for line in text.lines() {
            assert!(line.width() <= WIDTH, "too wide: {line:?}");
        }
        assert_eq!(
            text.matches("\n---\n").count(),
            3,
            "one rule before each card, and one before the kinds to press on after them"
        );
        assert!(text.contains("## Card 2 of 2"));
    }

    #[test]
    fn bank_text_cannot_break_the_layout_or_reach_a_terminal_raw() {
        let mut q = question();
        q.ask = "Tell me *everything* about [this] \u{1b}[2J and <b>that</b>".into();
        q.listen_for = vec![format!(
            "{} - a dash that wraps onto a new line",
            "x".repeat(69)
        )];
        let text = cards("Mock", None, &[q], &[]);
        assert!(!text.contains('\u{1b}'));
        assert!(text.contains(r"\*everything\* about \[this\]"));
        assert!(text.contains(r"\<b>that\</b>"));
        assert!(
            text.contains("\n      \\- a dash"),
            "a wrapped line starting with '- ' is escaped:\n{text}"
        );
    }
}
