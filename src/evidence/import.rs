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
    /// The header could not be used, so no row was read.
    pub header_failed: bool,
}

/// A spreadsheet file's bytes as text, and a line to tell the PSW when it was not UTF-8. Excel on
/// Windows saves "CSV (Comma delimited)" in the Windows encoding, where a £ sign or an accent is
/// not UTF-8, and "Unicode Text" in UTF-16: both are read rather than refused, since a PSW cannot
/// be expected to know which Save As choice writes UTF-8. A workbook (.xlsx, .xls) is not a CSV
/// at all, and is named as one, with the Save As choice that makes one.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<&'static str>), String> {
    const SAVE_AS: &str = "in Excel choose File, Save As, and \"CSV UTF-8 (Comma delimited)\", then \
                           import the file it makes";
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(format!(
            "this is an Excel workbook (.xlsx), not a CSV file: {SAVE_AS}"
        ));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(format!(
            "this is an older Excel workbook (.xls), not a CSV file: {SAVE_AS}"
        ));
    }
    let utf16 = |big: bool| {
        let units = bytes[2..].chunks_exact(2).map(|p| {
            if big {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
    };
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Ok((utf16(false), None));
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok((utf16(true), None));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), None)),
        Err(_) => Ok((
            bytes.iter().map(|&b| windows_1252(b)).collect(),
            Some(
                "The file was not saved as UTF-8, so it was read as Windows text (what Excel's \
                 \"CSV (Comma delimited)\" writes): check that £ signs and accents came out right \
                 with psw-coach evidence list.",
            ),
        )),
    }
}

/// A byte of the Windows encoding (code page 1252) as the character it stands for: Latin-1 but for
/// 0x80 to 0x9F, which hold the euro sign, curly quotes and dashes.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// The character that separates the columns: a comma, unless the header line has none and holds a
/// tab (Excel's "Unicode Text" is tab-separated).
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    if !header.contains(',') && header.contains('\t') {
        b'\t'
    } else {
        b','
    }
}

/// Reads `text` as CSV and merges its good rows into `register`. A header that cannot be used is
/// one error and nothing is merged.
pub fn import(text: &str, register: &mut Register) -> Imported {
    let mut result = Imported::default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            result.errors.push(csv_error(text, &e, delimiter));
            result.header_failed = true;
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
                column: column_of(text, 0, i, delimiter),
                message: format!("the column `{known}` is named twice in the header"),
            });
            result.header_failed = true;
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
        result.header_failed = true;
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
                result.errors.push(csv_error(text, &e, delimiter));
                continue;
            }
        }
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let (line, byte) = record
            .position()
            .map_or((0, 0), |p| (p.line() as usize, p.byte() as usize));
        // More cells than the header names is a comma the sheet did not mean as a column break
        // ("1,234" typed into a file by hand); reading on would call the next cell a mistake
        // ("`%` is not a date") and send the PSW to the wrong place.
        if record.iter().skip(header.len()).any(|c| !c.is_empty()) {
            result.errors.push(RowError {
                line,
                column: column_of(text, byte, header.len(), delimiter),
                message: format!(
                    "this row has {} cells where the first line names {}: a number with a comma \
                     in it (1,234) needs quotes around it (\"1,234\"), or write it without the \
                     comma (1234)",
                    record.len(),
                    header.len()
                ),
            });
            continue;
        }
        let field = |name: &str| -> (&str, usize) {
            match columns.get(name) {
                Some(&i) => (record.get(i).unwrap_or(""), i),
                None => ("", 0),
            }
        };
        let fail = |i: usize, message: String| RowError {
            line,
            column: column_of(text, byte, i, delimiter),
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

fn csv_error(text: &str, e: &csv::Error, delimiter: u8) -> RowError {
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
        column: column_of(text, byte, 0, delimiter),
        message,
    }
}

/// The column (in characters, from 1) where field `field` of the record starting at `byte` begins.
fn column_of(text: &str, byte: usize, field: usize, delimiter: u8) -> usize {
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
            c if c == char::from(delimiter) && !quoted => seen += 1,
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

    #[test]
    fn a_sheet_saved_by_excel_in_any_of_its_encodings_is_read_and_a_workbook_is_named() {
        // "CSV (Comma delimited)" on Windows: a £ sign (0xA3) and an é (0xE9) are not UTF-8.
        let windows = b"measure,value,unit,as_at,source\nSpend on caf\xe9 support,\xa31.2m,,2026-10-31,Finance \x96 Q2\n";
        let (text, said) = decode(windows).unwrap();
        assert!(said.is_some_and(|s| s.contains("Windows")), "{said:?}");
        let mut register = Register::default();
        let result = import(&text, &mut register);
        assert_eq!((result.added, result.errors.len()), (1, 0), "{result:?}");
        let f = &register.figures[0];
        assert_eq!(f.measure, "Spend on café support");
        assert_eq!(f.source, "Finance – Q2");
        assert_eq!(f.value, 1_200_000.0);
        // "Unicode Text": UTF-16 with its mark, tab-separated.
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "measure\tvalue\tas_at\tsource\r\nCarers assessed\t1420\t2026-03-31\tReturn\r\n"
            .encode_utf16()
        {
            utf16.extend(unit.to_le_bytes());
        }
        let (text, said) = decode(&utf16).unwrap();
        assert_eq!(said, None);
        let result = import(&text, &mut register);
        assert_eq!((result.added, result.errors.len()), (1, 0), "{result:?}");
        assert_eq!(register.figures[1].value, 1420.0);
        // A workbook is not a CSV: the message says which Save As choice makes one.
        let workbook = decode(b"PK\x03\x04\x14\x00rest of a zip").unwrap_err();
        assert!(workbook.contains("Excel workbook (.xlsx)"), "{workbook}");
        assert!(
            workbook.contains("CSV UTF-8 (Comma delimited)"),
            "{workbook}"
        );
        // Plain UTF-8 is read as it is, with nothing to say.
        assert_eq!(decode("a,£".as_bytes()).unwrap(), ("a,£".to_string(), None));
    }

    #[test]
    fn a_row_with_more_cells_than_the_header_says_so_rather_than_blaming_the_next_cell() {
        let sheet = "measure,value,unit,as_at,source\n\
Reviews completed,1,234,reviews,2026-10-31,Review report\n\
Reviews due,1300,reviews,2026-10-31,Review report,,\n";
        let mut register = Register::default();
        let result = import(sheet, &mut register);
        let errors: Vec<String> = result.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("2:44: this row has 6 cells where the first line names 5"),
            "{}",
            errors[0]
        );
        assert!(errors[0].contains("(1,234) needs quotes"), "{}", errors[0]);
        // Empty cells past the header (a trailing comma) are not a mistake.
        assert_eq!(result.added, 1);
        assert!(!result.header_failed);
    }
}
