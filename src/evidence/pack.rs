//! The register as the prep pack opens with it: the figures (value, as at, source), then the
//! stories by quality statement, so the night before the PSW reads what they will be asked to back
//! up before the answers that rest on it.

use chrono::NaiveDate;

use super::model::{Register, Story, show_date};
use crate::bank::QualityStatement;

/// The Markdown section, or "" when the register holds nothing the filter keeps.
pub fn section(
    register: &Register,
    statement: Option<QualityStatement>,
    topic: Option<&str>,
    today: NaiveDate,
    stale_months: u32,
) -> String {
    let keep = |statements: &[QualityStatement], topics: &[String]| {
        statement.is_none_or(|s| statements.contains(&s))
            && topic.is_none_or(|t| topics.iter().any(|x| x == t))
    };
    let figures: Vec<_> = register
        .figures
        .iter()
        .filter(|f| keep(&f.statements, &f.topics))
        .collect();
    let stories: Vec<&Story> = register
        .stories
        .iter()
        .filter(|s| keep(&s.statements, &s.topics))
        .collect();
    let mut md = String::new();
    if !figures.is_empty() {
        md.push_str("## Your figures\n\n");
        md.push_str(
            "From your evidence register: say each with when it was true and where it comes from.\n\n",
        );
        md.push_str("| What it measures | Value | As at | Source |\n| --- | --- | --- | --- |\n");
        let mut stale = 0;
        for f in &figures {
            let old = f.is_stale(today, stale_months);
            stale += usize::from(old);
            md.push_str(&format!(
                "| {} | {} | {}{} | {} |\n",
                cell(&f.measure),
                cell(&f.shown()),
                show_date(f.as_at),
                if old { " (out of date)" } else { "" },
                if f.source.trim().is_empty() {
                    "no source named".to_string()
                } else {
                    cell(&f.source)
                }
            ));
        }
        if stale > 0 {
            md.push_str(&format!(
                "\n{stale} figure{} older than {stale_months} month{}: check {} before the visit.\n",
                if stale == 1 { " is" } else { "s are" },
                if stale_months == 1 { "" } else { "s" },
                if stale == 1 { "it" } else { "them" }
            ));
        }
        md.push('\n');
    }
    if !stories.is_empty() {
        md.push_str("## Your stories, by quality statement\n");
        let mut groups: Vec<(Option<QualityStatement>, Vec<&Story>)> = Vec::new();
        for s in &stories {
            let at = statement.or_else(|| s.statements.first().copied());
            match groups.iter_mut().find(|(g, _)| *g == at) {
                Some((_, list)) => list.push(s),
                None => groups.push((at, vec![s])),
            }
        }
        groups.sort_by_key(|(g, _)| g.map_or(usize::MAX, |s| s as usize));
        for (group, list) in groups {
            let title = group.map_or("Other stories", |s| s.title());
            md.push_str(&format!("\n### {title}\n"));
            for s in list {
                md.push_str(&format!("\n**{}**", inline(&s.title)));
                if !s.people.trim().is_empty() {
                    md.push_str(&format!(" ({})", inline(&s.people)));
                }
                md.push_str("\n\n");
                for (label, text) in [
                    ("What we did", &s.done),
                    ("The difference it made", &s.difference),
                    ("How we know", &s.how_we_know),
                ] {
                    let text = if text.trim().is_empty() {
                        "*not written yet*".to_string()
                    } else {
                        inline(text)
                    };
                    md.push_str(&format!("- {label}: {text}\n"));
                }
            }
        }
        md.push('\n');
    }
    md
}

/// Text for one table cell: one line, and a `|` that cannot end the cell.
fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

/// Text on one line with Markdown's emphasis and code marks shown as typed.
fn inline(text: &str) -> String {
    let mut out = String::new();
    for c in crate::text::one_line(text).chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::file::parse;

    const REGISTER: &str = "figures:\n  - measure: people waiting for a Care Act assessment\n    value: 310\n    unit: people\n    as_at: 2026-10-31\n    source: monthly performance report\n    statements: [assessing-needs]\n    topics: [waiting-times]\n  - measure: social worker vacancy rate | all teams\n    value: 9\n    unit: percent\n    as_at: 2026-06-30\n    source: workforce dashboard\n    statements: [governance]\nstories:\n  - title: Waiting well\n    done: We set up a team to contact everyone waiting\n    difference: Nobody waits without a named contact now\n    how_we_know: The monthly audit of contact records\n    people: an older man living alone\n    statements: [assessing-needs]\n";

    fn today() -> NaiveDate {
        "2026-12-05".parse().unwrap()
    }

    #[test]
    fn the_pack_opens_with_the_figures_then_the_stories_by_statement() {
        let register = parse(REGISTER).unwrap();
        let md = section(&register, None, None, today(), 3);
        assert!(md.starts_with("## Your figures\n"), "{md}");
        assert!(
            md.contains(
                "| people waiting for a Care Act assessment | 310 people | 31 October 2026 | monthly performance report |"
            ),
            "{md}"
        );
        assert!(
            md.contains(
                "| social worker vacancy rate \\| all teams | 9% | 30 June 2026 (out of date) |"
            ),
            "{md}"
        );
        assert!(md.contains("1 figure is older than 3 months"), "{md}");
        let stories = md.find("## Your stories, by quality statement").unwrap();
        assert!(stories > md.find("## Your figures").unwrap());
        assert!(
            md.contains("**Waiting well** (an older man living alone)\n\n- What we did: We set up"),
            "{md}"
        );
    }

    #[test]
    fn a_filter_keeps_only_its_figures_and_an_empty_register_adds_nothing() {
        let register = parse(REGISTER).unwrap();
        let md = section(
            &register,
            Some(QualityStatement::Governance),
            None,
            today(),
            3,
        );
        assert!(md.contains("vacancy rate"), "{md}");
        assert!(!md.contains("Care Act"), "{md}");
        assert!(!md.contains("Your stories"), "{md}");
        assert_eq!(section(&Register::default(), None, None, today(), 3), "");
    }
}
