//! A figure or story typed in the app: its fields as text, each checked on its own so a mistake is
//! said beside the field that holds it, then turned into the register's own types.
//!
//! The CSV import checks the same fields with the same words ([`value`], [`as_at`],
//! [`statements`]), so a PSW reads one message for one mistake wherever it was made.

use chrono::NaiveDate;

use super::file::{date, split_list, statement, unknown_statement};
use super::model::{Figure, Previous, Register, Story, UnitKind, measure_key, show_date};
use super::reading::{mentions, parse_value};
use crate::bank::QualityStatement;
use crate::insight::{Confidential, Lexicon};

/// One field of the form, for a figure or a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Measure,
    Value,
    Unit,
    AsAt,
    Source,
    PreviousValue,
    PreviousAsAt,
    Owner,
    Title,
    Done,
    Difference,
    HowWeKnow,
    People,
    Statements,
    Questions,
    Topics,
}

/// Whether an entry is a figure or a story, which decides its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Figure,
    Story,
}

const FIGURE_FIELDS: [Field; 10] = [
    Field::Measure,
    Field::Value,
    Field::Unit,
    Field::AsAt,
    Field::Source,
    Field::PreviousValue,
    Field::PreviousAsAt,
    Field::Owner,
    Field::Statements,
    Field::Topics,
];

const STORY_FIELDS: [Field; 8] = [
    Field::Title,
    Field::Done,
    Field::Difference,
    Field::HowWeKnow,
    Field::People,
    Field::Statements,
    Field::Questions,
    Field::Topics,
];

impl EntryKind {
    /// The fields of this kind, in the order the form asks them.
    pub fn fields(self) -> &'static [Field] {
        match self {
            EntryKind::Figure => &FIGURE_FIELDS,
            EntryKind::Story => &STORY_FIELDS,
        }
    }

    /// "figure" or "story", inside a sentence.
    pub fn noun(self) -> &'static str {
        match self {
            EntryKind::Figure => "figure",
            EntryKind::Story => "story",
        }
    }
}

impl Field {
    /// The field's name on the form.
    pub fn label(self) -> &'static str {
        match self {
            Field::Measure => "What it measures",
            Field::Value => "Value",
            Field::Unit => "Unit",
            Field::AsAt => "As at",
            Field::Source => "Source",
            Field::PreviousValue => "Previous value",
            Field::PreviousAsAt => "Previous as at",
            Field::Owner => "Owner",
            Field::Title => "Title",
            Field::Done => "What was done",
            Field::Difference => "Difference made",
            Field::HowWeKnow => "How we know",
            Field::People => "Who it is about",
            Field::Statements => "Quality statements",
            Field::Questions => "Questions",
            Field::Topics => "Topics",
        }
    }

    /// What to type, shown dimmed while the field is empty.
    pub fn hint(self) -> &'static str {
        match self {
            Field::Measure => "in your words: people waiting for a Care Act assessment",
            Field::Value => "310, 9%, £2.3m or 28 days",
            Field::Unit => "people, percent, days, weeks, pounds (blank: a count)",
            Field::AsAt => "the day it was true: 31/10/2026 or 2026-10-31",
            Field::Source => "the report or system it comes from",
            Field::PreviousValue => "optional: the value before, for \"down from\"",
            Field::PreviousAsAt => "optional: when the previous value was true",
            Field::Owner => "optional: who keeps this figure",
            Field::Title => "a few words to find it by",
            Field::Done => "what we did",
            Field::Difference => "what changed for people",
            Field::HowWeKnow => "the evidence: audit, feedback, data",
            Field::People => "without names: a man in his eighties living alone",
            Field::Statements => "the start of a name is enough: assessing, equity, governance",
            Field::Questions => "optional: question ids from the banks",
            Field::Topics => "optional: waiting times, workforce",
        }
    }

    /// A field that holds sentences rather than a word or a number: shown over a few rows while
    /// it is typed in.
    pub fn is_long(self) -> bool {
        matches!(
            self,
            Field::Measure | Field::Done | Field::Difference | Field::HowWeKnow | Field::People
        )
    }
}

/// The fields of a figure as text, in [`EntryKind::fields`] order, for editing.
pub fn figure_texts(f: &Figure) -> Vec<String> {
    // Every digit kept, so an edit that changes nothing changes nothing.
    let number = |v: f64| format!("{v}");
    let value = match f.kind() {
        UnitKind::Percent => format!("{}%", number(f.value)),
        _ => number(f.value),
    };
    let unit = match f.kind() {
        UnitKind::Percent => String::new(),
        _ => f.unit.clone(),
    };
    vec![
        f.measure.clone(),
        value,
        unit,
        show_date(f.as_at),
        f.source.clone(),
        f.previous.map(|p| number(p.value)).unwrap_or_default(),
        f.previous
            .and_then(|p| p.as_at)
            .map(show_date)
            .unwrap_or_default(),
        f.owner.clone().unwrap_or_default(),
        statement_text(&f.statements),
        f.topics.join(", "),
    ]
}

/// The fields of a story as text, in [`EntryKind::fields`] order, for editing.
pub fn story_texts(s: &Story) -> Vec<String> {
    vec![
        s.title.clone(),
        s.done.clone(),
        s.difference.clone(),
        s.how_we_know.clone(),
        s.people.clone(),
        statement_text(&s.statements),
        s.questions.join(", "),
        s.topics.join(", "),
    ]
}

fn statement_text(statements: &[QualityStatement]) -> String {
    statements
        .iter()
        .map(|s| s.slug())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A mistake, with the field it is in.
pub type FieldProblem = (Field, String);

/// The value as a number and the unit it was written with ("" for none), or what is wrong.
pub fn value(text: &str) -> Result<(f64, &'static str), String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("the value is empty".to_string());
    }
    parse_value(text)
        .ok_or_else(|| format!("`{text}` is not a number (write it as 310, 9.5 or 1,150)"))
}

/// The day a figure was true, or what is wrong.
pub fn as_at(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("the date (as_at) is empty: say when the figure was true".to_string());
    }
    // Written the way asked but no day in the calendar (31/13/2026): "write it as 31/10/2026"
    // would show the PSW the way they already wrote it.
    if crate::review::settings::is_no_such_day(text) {
        return Err(format!(
            "`{text}` is not a day in the calendar: check the day and the month"
        ));
    }
    date(text).or_else(|| month_end(text)).ok_or_else(|| {
        format!("`{text}` is not a date (write it as 31/10/2026, 31 October 2026 or October 2026)")
    })
}

/// A month and year ("March 2024", "Mar 2024"), as figures are often dated and as Know your
/// figures asks for "the month it was true": the last day of that month, as a month's figure is
/// reported ("as at 31 March 2024").
fn month_end(text: &str) -> Option<NaiveDate> {
    let mut words = text.split_whitespace();
    let (month, year) = (words.next()?, words.next()?);
    if words.next().is_some() || year.len() != 4 {
        return None;
    }
    let month = crate::text::month_number(month)?;
    let year: i32 = year.parse().ok()?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next?.pred_opt()
}

/// Quality statements by slug or title, or the first that is not one.
pub fn statements(text: &str) -> Result<Vec<QualityStatement>, String> {
    let mut out = Vec::new();
    for name in split_list(text) {
        let found = statement(&name)
            .or_else(|| by_start(&name))
            .ok_or_else(|| unknown_statement(&name))?;
        if !out.contains(&found) {
            out.push(found);
        }
    }
    Ok(out)
}

/// The one quality statement whose slug or title starts with `name` ("assessing", "govern").
fn by_start(name: &str) -> Option<QualityStatement> {
    let wanted = name.trim().to_lowercase();
    if wanted.len() < 3 {
        return None;
    }
    let dashed = wanted.split_whitespace().collect::<Vec<_>>().join("-");
    let mut found = QualityStatement::ALL
        .into_iter()
        .filter(|q| q.slug().starts_with(&dashed) || q.title().to_lowercase().starts_with(&wanted));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Topics as the banks write them: "Waiting times" is `waiting-times`.
fn topics(text: &str) -> Vec<String> {
    split_list(text)
        .iter()
        .map(|t| {
            t.to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect()
}

/// A figure from the form's texts (in [`EntryKind::fields`] order), or every mistake in it.
/// `today` rules out a date to come; `register` and `editing` (the figure's place, when it is
/// one being changed) rule out a second figure for a measure the register already holds, which
/// would leave a re-import not knowing which to update.
pub fn check_figure(
    texts: &[String],
    today: NaiveDate,
    register: &Register,
    editing: Option<usize>,
) -> Result<Figure, Vec<FieldProblem>> {
    let get = |field: Field| -> &str {
        FIGURE_FIELDS
            .iter()
            .position(|f| *f == field)
            .and_then(|i| texts.get(i))
            .map_or("", |t| t.trim())
    };
    let mut problems = Vec::new();
    let measure = get(Field::Measure).split_whitespace().collect::<Vec<_>>();
    let measure = measure.join(" ");
    if measure.is_empty() {
        problems.push((
            Field::Measure,
            "the measure is empty: say what the figure measures".to_string(),
        ));
    } else if let Some(i) = register
        .figures
        .iter()
        .position(|f| f.key() == measure_key(&measure))
        && Some(i) != editing
    {
        problems.push((
            Field::Measure,
            "the register already has a figure for this measure: change that one instead"
                .to_string(),
        ));
    }
    let mut unit = get(Field::Unit).to_string();
    let value = match value(get(Field::Value)) {
        Ok((v, written)) => {
            if mentions(get(Field::Value)).1.len() > 1 {
                problems.push((
                    Field::Value,
                    "one figure only here; the date goes in As at".to_string(),
                ));
            }
            unit_agrees(&mut unit, written, &mut problems);
            Some(v)
        }
        Err(e) => {
            problems.push((Field::Value, e));
            None
        }
    };
    if unit.chars().any(|c| c.is_ascii_digit()) {
        problems.push((
            Field::Unit,
            "the unit is a word (people, percent, days, pounds), not a number".to_string(),
        ));
    }
    let as_at = match as_at(get(Field::AsAt)) {
        Ok(d) if d > today => {
            problems.push((
                Field::AsAt,
                format!(
                    "{} is after today: give the day the figure was true",
                    show_date(d)
                ),
            ));
            None
        }
        Ok(d) => Some(d),
        Err(e) => {
            problems.push((Field::AsAt, e));
            None
        }
    };
    let source = get(Field::Source);
    if source.is_empty() {
        problems.push((
            Field::Source,
            "the source is empty: name the report or system the figure comes from".to_string(),
        ));
    }
    let previous = previous(
        get(Field::PreviousValue),
        get(Field::PreviousAsAt),
        as_at,
        &mut problems,
    );
    let statements = statements(get(Field::Statements)).unwrap_or_else(|e| {
        problems.push((Field::Statements, e));
        Vec::new()
    });
    match (value, as_at) {
        (Some(value), Some(as_at)) if problems.is_empty() => Ok(Figure {
            measure,
            value,
            unit,
            as_at,
            source: source.to_string(),
            previous,
            owner: Some(get(Field::Owner).to_string()).filter(|o| !o.is_empty()),
            statements,
            topics: topics(get(Field::Topics)),
        }),
        _ => Err(problems),
    }
}

/// The value's own unit ("9%", "£2.3m", "six weeks") and the unit field must agree; a blank unit
/// takes the value's.
fn unit_agrees(unit: &mut String, written: &'static str, problems: &mut Vec<FieldProblem>) {
    if written.is_empty() {
        return;
    }
    let said = UnitKind::of(written);
    if unit.is_empty() {
        // Durations are held in days once read ("six weeks" is 42 days).
        *unit = written.to_string();
    } else if UnitKind::of(unit) != said {
        let what = match said {
            UnitKind::Percent => "a percentage",
            UnitKind::Money => "money",
            UnitKind::Days => "a length of time",
            UnitKind::Count => "a count",
        };
        problems.push((
            Field::Unit,
            format!("the value is {what} but the unit says `{unit}`: leave the unit blank or make them agree"),
        ));
    } else {
        // Read in the kind's base ("6 weeks" as 42 days, "£2.3m" as pounds): the unit follows.
        *unit = written.to_string();
    }
}

fn previous(
    value_text: &str,
    date_text: &str,
    as_at_now: Option<NaiveDate>,
    problems: &mut Vec<FieldProblem>,
) -> Option<Previous> {
    if value_text.is_empty() {
        if !date_text.is_empty() {
            problems.push((
                Field::PreviousValue,
                "a previous date needs the previous value too".to_string(),
            ));
        }
        return None;
    }
    let value = match value(value_text) {
        Ok((v, _)) => Some(v),
        Err(e) => {
            problems.push((Field::PreviousValue, e));
            None
        }
    };
    let when = if date_text.is_empty() {
        None
    } else {
        match as_at(date_text) {
            Ok(d) if as_at_now.is_some_and(|now| d >= now) => {
                problems.push((
                    Field::PreviousAsAt,
                    "the previous value's date should be before As at".to_string(),
                ));
                None
            }
            Ok(d) => Some(d),
            Err(e) => {
                problems.push((Field::PreviousAsAt, e));
                None
            }
        }
    };
    value.map(|value| Previous { value, as_at: when })
}

/// A story from the form's texts (in [`EntryKind::fields`] order), or every mistake in it.
pub fn check_story(texts: &[String]) -> Result<Story, Vec<FieldProblem>> {
    let get = |field: Field| -> String {
        STORY_FIELDS
            .iter()
            .position(|f| *f == field)
            .and_then(|i| texts.get(i))
            .map_or(String::new(), |t| t.trim().to_string())
    };
    let mut problems = Vec::new();
    let title = get(Field::Title);
    if title.is_empty() {
        problems.push((
            Field::Title,
            "the title is empty: a few words to know the story by".to_string(),
        ));
    }
    let statements = statements(&get(Field::Statements)).unwrap_or_else(|e| {
        problems.push((Field::Statements, e));
        Vec::new()
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Story {
        title,
        done: get(Field::Done),
        difference: get(Field::Difference),
        how_we_know: get(Field::HowWeKnow),
        people: get(Field::People),
        statements,
        questions: split_list(&get(Field::Questions)),
        topics: topics(&get(Field::Topics)),
    })
}

/// Details in a story that could identify someone, by field: the check notes get before they are
/// kept ([`crate::insight::identifying_details`]).
pub fn story_details(lexicon: &Lexicon, story: &Story) -> Vec<(Field, Confidential)> {
    [
        (Field::Title, &story.title),
        (Field::Done, &story.done),
        (Field::Difference, &story.difference),
        (Field::HowWeKnow, &story.how_we_know),
        (Field::People, &story.people),
    ]
    .into_iter()
    .flat_map(|(field, text)| {
        crate::insight::identifying_details(lexicon, text)
            .into_iter()
            .map(move |c| (field, c))
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        "2026-12-05".parse().unwrap()
    }

    fn texts(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    fn figure_form(value: &str, unit: &str, as_at: &str) -> Vec<String> {
        texts(&[
            "people waiting for a Care Act assessment",
            value,
            unit,
            as_at,
            "monthly performance report",
            "",
            "",
            "",
            "assessing, safe path",
            "Waiting times",
        ])
    }

    fn problems(result: Result<Figure, Vec<FieldProblem>>) -> Vec<FieldProblem> {
        result.expect_err("should not be kept")
    }

    #[test]
    fn a_figure_typed_as_a_psw_would_is_kept() {
        let f = check_figure(
            &figure_form("310", "people", "31/10/2026"),
            today(),
            &Register::default(),
            None,
        )
        .unwrap();
        assert_eq!(f.value, 310.0);
        assert_eq!(f.unit, "people");
        assert_eq!(f.as_at, "2026-10-31".parse().unwrap());
        assert_eq!(
            f.statements,
            vec![
                QualityStatement::AssessingNeeds,
                QualityStatement::SafePathways
            ]
        );
        assert_eq!(f.topics, vec!["waiting-times".to_string()]);
        let f = check_figure(
            &figure_form("9%", "", "2026-10-31"),
            today(),
            &Register::default(),
            None,
        )
        .unwrap();
        assert_eq!((f.value, f.unit.as_str()), (9.0, "percent"));
    }

    #[test]
    fn each_mistake_is_said_beside_its_field() {
        let found = problems(check_figure(
            &figure_form("lots", "people", "yesterday"),
            today(),
            &Register::default(),
            None,
        ));
        let fields: Vec<Field> = found.iter().map(|p| p.0).collect();
        assert_eq!(fields, vec![Field::Value, Field::AsAt], "{found:?}");
        assert!(found[0].1.contains("`lots` is not a number"));
        assert!(found[1].1.contains("`yesterday` is not a date"));
    }

    /// The eleventh walk, row 5: "end of October" was told "write it as 2026-10-31 or
    /// 31/10/2026", and a month and year, which the form reads, was not offered. Each way the
    /// message gives is read.
    #[test]
    fn a_date_not_read_is_told_the_ways_a_psw_writes_one() {
        let said = as_at("end of October").unwrap_err();
        assert!(
            said.ends_with("(write it as 31/10/2026, 31 October 2026 or October 2026)"),
            "{said}"
        );
        for way in ["31/10/2026", "31 October 2026", "October 2026"] {
            assert_eq!(
                as_at(way),
                Ok(NaiveDate::from_ymd_opt(2026, 10, 31).unwrap()),
                "{way}"
            );
        }
    }

    /// Walk 8: "31/13/2026" on the add-a-figure form (and in an imported sheet) was told "is not
    /// a date (write it as 2026-10-31 or 31/10/2026)", the way it was already written.
    #[test]
    fn a_date_written_right_that_is_no_day_says_to_check_the_day_and_month() {
        for typed in ["31/13/2026", "31/02/2027", "2026-02-30"] {
            let said = as_at(typed).unwrap_err();
            assert_eq!(
                said,
                format!("`{typed}` is not a day in the calendar: check the day and the month")
            );
        }
        assert!(
            as_at("yesterday")
                .unwrap_err()
                .contains("write it as 31/10/2026")
        );
    }

    /// Walk 9, row 23: "March 2024" in Previous as at was "not a date (write it as
    /// 2026-10-31…)", where figures are dated by the month and Know your figures asks for "the
    /// month it was true". A month and year is that month's last day.
    #[test]
    fn a_month_and_year_is_taken_as_the_months_last_day() {
        for (typed, day) in [
            ("March 2024", (2024, 3, 31)),
            ("mar 2024", (2024, 3, 31)),
            ("February 2024", (2024, 2, 29)),
            ("December 2025", (2025, 12, 31)),
        ] {
            assert_eq!(
                as_at(typed),
                Ok(NaiveDate::from_ymd_opt(day.0, day.1, day.2).unwrap()),
                "{typed}"
            );
        }
        for typed in ["March", "March 24", "Marching 2024", "March 2024 and on"] {
            assert!(as_at(typed).is_err(), "{typed}");
        }
    }

    #[test]
    fn a_unit_that_disagrees_with_the_value_is_named() {
        let found = problems(check_figure(
            &figure_form("9%", "weeks", "2026-10-31"),
            today(),
            &Register::default(),
            None,
        ));
        assert_eq!(found[0].0, Field::Unit);
        assert!(found[0].1.contains("a percentage"), "{found:?}");
        let found = problems(check_figure(
            &figure_form("310", "12", "2026-10-31"),
            today(),
            &Register::default(),
            None,
        ));
        assert_eq!(found[0].0, Field::Unit);
    }

    #[test]
    fn a_date_to_come_and_a_second_figure_for_one_measure_are_refused() {
        let found = problems(check_figure(
            &figure_form("310", "people", "2027-01-31"),
            today(),
            &Register::default(),
            None,
        ));
        assert!(found[0].1.contains("31 January 2027 is after today"));
        let mut register = Register::default();
        let kept = check_figure(
            &figure_form("310", "people", "2026-10-31"),
            today(),
            &register,
            None,
        )
        .unwrap();
        register.figures.push(kept);
        let again = figure_form("320", "people", "2026-11-30");
        assert_eq!(
            problems(check_figure(&again, today(), &register, None))[0].0,
            Field::Measure
        );
        // Editing that same figure is no second one.
        assert!(check_figure(&again, today(), &register, Some(0)).is_ok());
    }

    #[test]
    fn a_figure_reads_back_through_its_own_texts() {
        let mut form = figure_form("£2.3m", "", "2026-10-31");
        form[5] = "2,900,000".into();
        form[6] = "30/04/2026".into();
        let f = check_figure(&form, today(), &Register::default(), None).unwrap();
        let again = check_figure(&figure_texts(&f), today(), &Register::default(), None).unwrap();
        assert_eq!(again, f);
        let weeks = check_figure(
            &figure_form("6", "weeks", "2026-10-31"),
            today(),
            &Register::default(),
            None,
        )
        .unwrap();
        assert_eq!(weeks.base_value(), 42.0);
        assert_eq!(
            check_figure(&figure_texts(&weeks), today(), &Register::default(), None).unwrap(),
            weeks
        );
    }

    #[test]
    fn a_story_needs_a_title_and_its_details_are_found_by_field() {
        let mut form = texts(&["", "We met Mrs Patel at home", "", "", "", "", "", ""]);
        assert_eq!(check_story(&form).unwrap_err()[0].0, Field::Title);
        form[0] = "Home first".into();
        let story = check_story(&form).unwrap();
        let found = story_details(&Lexicon::bundled(), &story);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Field::Done);
        assert_eq!(found[0].1.text, "Mrs Patel");
        assert_eq!(story_texts(&story), form);
    }
}
