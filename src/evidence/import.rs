//! `psw-coach evidence import FILE.csv`: figures from a spreadsheet.
//!
//! The header names the columns (`measure,value,unit,as_at,source,statements`, in any order, others
//! allowed and ignored). Each bad row is reported as `FILE:LINE:COLUMN: what is wrong` and the good
//! rows are kept. A figure whose measure is already in the register is updated, not added twice,
//! and its old value becomes the previous value when the date moved on.
//!
//! The `csv` crate does the reading: quoted fields with commas and line breaks inside them, and
//! Excel's byte-order mark, are a solved problem that a hand-written splitter gets wrong.

use std::collections::HashMap;

use super::entry;
use super::file::split_list;
use super::model::{Figure, Register};

/// Columns a figure cannot do without.
const REQUIRED: [&str; 4] = ["measure", "value", "as_at", "source"];
const KNOWN: [&str; 8] = [
    "measure",
    "value",
    "unit",
    "as_at",
    "source",
    "statements",
    "topics",
    "owner",
];

/// A row or header that could not be used, with where it is (line and column from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// What an import did.
#[derive(Debug, Default, PartialEq)]
pub struct Imported {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub errors: Vec<RowError>,
}

/// Reads `text` as CSV and merges its good rows into `register`. A header that cannot be used is
/// one error and nothing is merged.
pub fn import(text: &str, register: &mut Register) -> Imported {
    let mut result = Imported::default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            result.errors.push(csv_error(text, &e));
            return result;
        }
    };
    let names: Vec<String> = header
        .iter()
        .map(|h| h.trim().to_lowercase().replace(' ', "_"))
        .collect();
    let mut columns: HashMap<&str, usize> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        if let Some(known) = KNOWN.iter().find(|k| **k == name.as_str())
            && columns.insert(known, i).is_some()
        {
            result.errors.push(RowError {
                line: 1,
                column: column_of(text, 0, i),
                message: format!("the column `{known}` is named twice in the header"),
            });
            return result;
        }
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|c| !columns.contains_key(*c))
        .copied()
        .collect();
    if !missing.is_empty() {
        result.errors.push(RowError {
            line: 1,
            column: 1,
            message: format!(
                "the first line must name the columns; {} {} missing (expected \
                 measure,value,unit,as_at,source,statements)",
                missing.join(", "),
                if missing.len() == 1 { "is" } else { "are" }
            ),
        });
        return result;
    }
    let mut index: HashMap<String, usize> = register
        .figures
        .iter()
        .enumerate()
        .map(|(i, f)| (f.key(), i))
        .collect();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                result.errors.push(csv_error(text, &e));
                continue;
            }
        }
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let (line, byte) = record
            .position()
            .map_or((0, 0), |p| (p.line() as usize, p.byte() as usize));
        let field = |name: &str| -> (&str, usize) {
            match columns.get(name) {
                Some(&i) => (record.get(i).unwrap_or(""), i),
                None => ("", 0),
            }
        };
        let fail = |i: usize, message: String| RowError {
            line,
            column: column_of(text, byte, i),
            message,
        };
        match row(&field) {
            Ok(figure) => {
                let key = figure.key();
                match index.get(&key) {
                    Some(&i) => {
                        let old = &mut register.figures[i];
                        if same(old, &figure) {
                            result.unchanged += 1;
                        } else {
                            let mut figure = figure;
                            if figure.previous.is_none() {
                                figure.follow(old);
                            }
                            if figure.owner.is_none() {
                                figure.owner = old.owner.clone();
                            }
                            if !columns.contains_key("topics") {
                                figure.topics = old.topics.clone();
                            }
                            *old = figure;
                            result.updated += 1;
                        }
                    }
                    None => {
                        index.insert(key, register.figures.len());
                        register.figures.push(figure);
                        result.added += 1;
                    }
                }
            }
            Err((i, message)) => result.errors.push(fail(i, message)),
        }
    }
    result
}

fn same(a: &Figure, b: &Figure) -> bool {
    a.measure == b.measure
        && a.value == b.value
        && a.unit == b.unit
        && a.as_at == b.as_at
        && a.source == b.source
        && a.statements == b.statements
}

type Field<'a> = dyn Fn(&str) -> (&'a str, usize) + 'a;

fn row<'a>(field: &Field<'a>) -> Result<Figure, (usize, String)> {
    let (measure, mi) = field("measure");
    if measure.is_empty() {
        return Err((
            mi,
            "the measure is empty: say what the figure measures".to_string(),
        ));
    }
    let (value_text, vi) = field("value");
    let (value, parsed_unit) = entry::value(value_text).map_err(|e| (vi, e))?;
    let (unit, _) = field("unit");
    let unit = if unit.is_empty() { parsed_unit } else { unit };
    let (as_at_text, ai) = field("as_at");
    let as_at = entry::as_at(as_at_text).map_err(|e| (ai, e))?;
    let (source, si) = field("source");
    if source.is_empty() {
        return Err((
            si,
            "the source is empty: name the report or system the figure comes from".to_string(),
        ));
    }
    let (statements_text, sti) = field("statements");
    let statements = entry::statements(statements_text).map_err(|e| (sti, e))?;
    let (topics, _) = field("topics");
    let (owner, _) = field("owner");
    Ok(Figure {
        measure: measure.split_whitespace().collect::<Vec<_>>().join(" "),
        value,
        unit: unit.to_string(),
        as_at,
        source: source.to_string(),
        previous: None,
        owner: Some(owner.to_string()).filter(|o| !o.is_empty()),
        statements,
        topics: split_list(topics),
    })
}

fn csv_error(text: &str, e: &csv::Error) -> RowError {
    let (line, byte) = e
        .position()
        .map_or((1, 0), |p| (p.line() as usize, p.byte() as usize));
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => {
            "this row is not plain text (UTF-8); save the sheet as CSV UTF-8".to_string()
        }
        _ => format!("this row could not be read as CSV ({e})"),
    };
    RowError {
        line,
        column: column_of(text, byte, 0),
        message,
    }
}

/// The column (in characters, from 1) where field `field` of the record starting at `byte` begins.
fn column_of(text: &str, byte: usize, field: usize) -> usize {
    let rest = text.get(byte..).unwrap_or("");
    let mut quoted = false;
    let mut seen = 0;
    let mut column = 1;
    for c in rest.chars() {
        if seen == field {
            return column;
        }
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => seen += 1,
            '\n' if !quoted => break,
            _ => {}
        }
        column += 1;
    }
    column
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHEET: &str = "source,measure,value,unit,as_at,statements,notes\n\
monthly performance report,people waiting for a Care Act assessment,310,people,2026-10-31,assessing-needs,checked\n\
workforce dashboard,social worker vacancy rate,9%,,31/10/2026,governance,\n\
workforce dashboard,agency rate,lots,percent,2026-10-31,governance,\n\
workforce dashboard,caseload,22,cases,yesterday,governance,\n\
\"performance report, monthly\",\"contacts, each month\",\"2,150\",contacts,2026-10-31,\"assessing-needs; governance\",\n\
audit,audits good,71,percent,2026-10-15,wellbeing,\n";

    #[test]
    fn good_rows_are_kept_and_bad_rows_located() {
        let mut register = Register::default();
        let result = import(SHEET, &mut register);
        assert_eq!(result.added, 3);
        let errors: Vec<String> = result.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0].starts_with("4:33: `lots` is not a number"),
            "{}",
            errors[0]
        );
        assert!(
            errors[1].starts_with("5:39: `yesterday` is not a date"),
            "{}",
            errors[1]
        );
        assert!(
            errors[2].starts_with("7:41: `wellbeing` is not one of"),
            "{}",
            errors[2]
        );
        let vacancy = &register.figures[1];
        assert_eq!((vacancy.value, vacancy.unit.as_str()), (9.0, "percent"));
        assert_eq!(register.figures[2].measure, "contacts, each month");
        assert_eq!(register.figures[2].value, 2150.0);
        assert_eq!(register.figures[2].statements.len(), 2);
    }

    #[test]
    fn a_reimport_updates_rather_than_duplicates() {
        let mut register = Register::default();
        import(SHEET, &mut register);
        let again = import(SHEET, &mut register);
        assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 3));
        let newer = "measure,value,as_at,source\nPeople waiting for a Care Act  assessment,290,2026-11-30,monthly performance report\n";
        let result = import(newer, &mut register);
        assert_eq!((result.added, result.updated), (0, 1));
        let f = &register.figures[0];
        assert_eq!(f.value, 290.0);
        assert_eq!(f.previous.unwrap().value, 310.0);
        assert_eq!(register.figures.len(), 3);
    }

    #[test]
    fn a_missing_header_is_one_error() {
        let mut register = Register::default();
        let result = import(
            "people waiting,310,people,2026-10-31,report,\n",
            &mut register,
        );
        assert_eq!(result.added, 0);
        assert_eq!(result.errors.len(), 1);
        assert!(result.errors[0].message.contains("must name the columns"));
        assert!(register.figures.is_empty());
    }
}
