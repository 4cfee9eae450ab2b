//! The register's figures and stories, as the PSW keeps them.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::bank::QualityStatement;

/// One figure the PSW may quote: what it measures, in their words, and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// What it measures, in the PSW's words ("people waiting for a Care Act assessment").
    pub measure: String,
    pub value: f64,
    /// "percent", "days", "weeks", "pounds", or a count's noun ("people", "assessments").
    pub unit: String,
    /// The day the figure was true.
    pub as_at: NaiveDate,
    /// Which report or system it comes from.
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<Previous>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    pub statements: Vec<QualityStatement>,
    pub topics: Vec<String>,
}

/// The value a figure had before, for "down from 35 in April".
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Previous {
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_at: Option<NaiveDate>,
}

/// A case or piece of work told as evidence, in the three parts assessors press for.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Story {
    pub title: String,
    pub done: String,
    pub difference: String,
    pub how_we_know: String,
    /// Who it is about, described without identifying them ("a man in his eighties").
    pub people: String,
    pub statements: Vec<QualityStatement>,
    /// Question ids from the banks this story answers.
    pub questions: Vec<String>,
    pub topics: Vec<String>,
}

/// Everything in `evidence.yaml`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Register {
    pub figures: Vec<Figure>,
    pub stories: Vec<Story>,
}

/// What kind of quantity a unit is, which decides what it can be compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Percent,
    /// A length of time, held in days.
    Days,
    Money,
    Count,
}

impl UnitKind {
    /// The kind of a unit as a PSW writes it.
    pub fn of(unit: &str) -> UnitKind {
        let u = unit.trim().to_lowercase();
        match u.as_str() {
            "%" | "percent" | "per cent" | "percentage" | "pc" => UnitKind::Percent,
            "day" | "days" | "week" | "weeks" | "month" | "months" => UnitKind::Days,
            "£" | "pounds" | "pound" | "gbp" | "£m" | "£k" => UnitKind::Money,
            _ => UnitKind::Count,
        }
    }
}

/// Days in one of a duration unit, so "six weeks" compares with "42 days".
pub fn days_per(unit: &str) -> f64 {
    match unit.trim().to_lowercase().as_str() {
        "week" | "weeks" => 7.0,
        "month" | "months" => 30.4,
        _ => 1.0,
    }
}

impl Figure {
    pub fn kind(&self) -> UnitKind {
        UnitKind::of(&self.unit)
    }

    /// The value in the unit's base (days for durations, pounds for money).
    pub fn base_value(&self) -> f64 {
        match self.kind() {
            UnitKind::Days => self.value * days_per(&self.unit),
            UnitKind::Money => match self.unit.trim().to_lowercase().as_str() {
                "£m" => self.value * 1_000_000.0,
                "£k" => self.value * 1_000.0,
                _ => self.value,
            },
            _ => self.value,
        }
    }

    /// The value as a PSW would say it: "310 people", "9%", "28 days", "£2.3m".
    pub fn shown(&self) -> String {
        show_value(self.value, &self.unit)
    }

    /// Whether the figure is older than `months` on `today`.
    pub fn is_stale(&self, today: NaiveDate, months: u32) -> bool {
        match today.checked_sub_months(Months::new(months)) {
            Some(limit) => self.as_at < limit,
            None => false,
        }
    }

    /// A new value for the figure `old` was: when the date moved on and the value changed, the
    /// old value becomes the previous one ("down from 35 in April"); else the old previous
    /// value stays. Only for a figure whose previous value was not given with it.
    pub fn follow(&mut self, old: &Figure) {
        self.previous = if self.as_at > old.as_at && self.value != old.value {
            Some(Previous {
                value: old.value,
                as_at: Some(old.as_at),
            })
        } else {
            old.previous
        };
    }

    /// A key that stays the same when the measure is retyped with other capitals or spacing, so a
    /// re-import updates the figure instead of adding a second one.
    pub fn key(&self) -> String {
        measure_key(&self.measure)
    }
}

pub fn measure_key(measure: &str) -> String {
    measure
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A number without needless decimals, with thousands separated: 1150 -> "1,150", 2.30 -> "2.3".
pub fn show_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let whole = rounded.trunc();
    let frac = rounded - whole;
    let digits = format!("{}", whole.abs() as u64);
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    if frac.abs() < 1e-9 {
        format!("{sign}{grouped}")
    } else {
        let decimals = format!("{:.2}", frac.abs());
        let decimals = decimals.trim_start_matches('0').trim_end_matches('0');
        format!("{sign}{grouped}{decimals}")
    }
}

pub fn show_value(value: f64, unit: &str) -> String {
    let u = unit.trim();
    match UnitKind::of(u) {
        UnitKind::Percent => format!("{}%", show_number(value)),
        UnitKind::Money => {
            let pounds = match u.to_lowercase().as_str() {
                "£m" => value * 1_000_000.0,
                "£k" => value * 1_000.0,
                _ => value,
            };
            if pounds.abs() >= 1_000_000.0 {
                format!("£{}m", show_number(pounds / 1_000_000.0))
            } else {
                format!("£{}", show_number(pounds))
            }
        }
        UnitKind::Days | UnitKind::Count if u.is_empty() => show_number(value),
        UnitKind::Days | UnitKind::Count => format!("{} {u}", show_number(value)),
    }
}

/// "31 October 2026", as a PSW writes a date.
pub fn show_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

impl Register {
    /// The figures a question touches, so a colleague can check them while listening: those of
    /// its topic first, then those of its quality statements, at most `limit`.
    pub fn touching(
        &self,
        topic: &str,
        statements: &[QualityStatement],
        limit: usize,
    ) -> Vec<&Figure> {
        let by_topic = self
            .figures
            .iter()
            .filter(|f| f.topics.iter().any(|t| t == topic));
        let by_statement = self.figures.iter().filter(|f| {
            !f.topics.iter().any(|t| t == topic)
                && f.statements.iter().any(|s| statements.contains(s))
        });
        by_topic.chain(by_statement).take(limit).collect()
    }
}

/// One figure on a line, for a card or the interviewer's screen: "people waiting for a Care Act
/// assessment: 310 people as at 31 October 2026 (monthly performance report)".
pub fn figure_line(f: &Figure) -> String {
    let source = if f.source.trim().is_empty() {
        String::new()
    } else {
        format!(" ({})", f.source.trim())
    };
    format!(
        "{}: {} as at {}{source}",
        crate::text::one_line(&f.measure),
        f.shown(),
        show_date(f.as_at)
    )
}

impl Story {
    /// A story is strong when all three parts are told in more than a few words.
    pub fn is_strong(&self) -> bool {
        [&self.done, &self.difference, &self.how_we_know]
            .iter()
            .all(|part| part.split_whitespace().count() >= 5)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: f64, unit: &str, as_at: &str) -> Figure {
        Figure {
            measure: "x".into(),
            value,
            unit: unit.into(),
            as_at: as_at.parse().unwrap(),
            source: "s".into(),
            previous: None,
            owner: None,
            statements: vec![],
            topics: vec![],
        }
    }

    #[test]
    fn values_are_shown_as_a_psw_says_them() {
        assert_eq!(figure(310.0, "people", "2026-10-31").shown(), "310 people");
        assert_eq!(figure(9.0, "percent", "2026-10-31").shown(), "9%");
        assert_eq!(figure(2_300_000.0, "pounds", "2026-10-31").shown(), "£2.3m");
        assert_eq!(figure(1150.0, "", "2026-10-31").shown(), "1,150");
        assert_eq!(figure(12.5, "percent", "2026-10-31").shown(), "12.5%");
    }

    #[test]
    fn stale_means_older_than_the_limit() {
        let today: NaiveDate = "2026-12-04".parse().unwrap();
        assert!(figure(1.0, "", "2026-09-03").is_stale(today, 3));
        assert!(!figure(1.0, "", "2026-09-04").is_stale(today, 3));
        assert!(!figure(1.0, "", "2026-09-03").is_stale(today, 6));
    }

    #[test]
    fn durations_compare_in_days() {
        assert_eq!(figure(6.0, "weeks", "2026-10-31").base_value(), 42.0);
        assert_eq!(UnitKind::of("Per cent"), UnitKind::Percent);
    }

    #[test]
    fn a_strong_story_tells_all_three_parts() {
        let mut s = Story {
            done: "We rebuilt the duty rota with the team".into(),
            difference: "People now hear back within two days".into(),
            how_we_know: "Monthly audit of contact records shows it".into(),
            ..Story::default()
        };
        assert!(s.is_strong());
        s.how_we_know = "audit".into();
        assert!(!s.is_strong());
    }
}
