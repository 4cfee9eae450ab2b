//! `evidence.yaml`: the register on disk, readable and editable by hand.
//!
//! Read through the located YAML tree so every mistake is reported as `file:line:column`, and a file
//! with a mistake is never written over: the PSW's hand edits are worth more than any change made in
//! the app, so saving waits until the file reads again.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::model::{Figure, Previous, Register, Story};
use super::reading::parse_value;
use crate::bank::QualityStatement;
use crate::paths::{ReadError, read_text_file};
use crate::yaml::{Node, Pos, parse_spanned};

pub const FILE_NAME: &str = "evidence.yaml";
/// Far more than any register: 5,000 figures take about 1 MB. The same limit as every file the PSW
/// gives psw-coach (`paths::MAX_TEXT_BYTES`).
pub const MAX_BYTES: u64 = crate::paths::MAX_TEXT_BYTES;

pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

/// A mistake in the register file, shown as `file:line:column: what is wrong`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path.display(),
                self.line,
                self.column,
                self.message
            )
        }
    }
}

impl std::error::Error for FileError {}

impl FileError {
    /// The mistake with the file's name rather than its whole path (`evidence.yaml:3:12: ...`),
    /// as the app shows it: the data folder is named by `--version`, and a path in a sentence on
    /// screen pushes the mistake itself out of sight.
    pub fn located(&self) -> String {
        match self.line {
            0 => format!("{FILE_NAME}: {}", self.message),
            line => format!("{FILE_NAME}:{line}:{}: {}", self.column, self.message),
        }
    }
}

/// Reads the register in `data_dir`. No file yet is an empty register.
pub fn load(data_dir: &Path) -> Result<Register, FileError> {
    load_file(&path(data_dir))
}

pub fn load_file(file: &Path) -> Result<Register, FileError> {
    let text = match read_text_file(file, MAX_BYTES) {
        Ok(text) => text,
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Register::default());
        }
        Err(e) => {
            return Err(FileError {
                path: file.to_path_buf(),
                line: e.line(),
                column: e.column(),
                message: e.plain(),
            });
        }
    };
    parse(&text).map_err(|(pos, message)| FileError {
        path: file.to_path_buf(),
        line: pos.line,
        column: pos.column,
        message,
    })
}

type Located<T> = Result<T, (Pos, String)>;

/// Reads the register from its text.
pub fn parse(text: &str) -> Located<Register> {
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Ok(Register::default());
    }
    let root = parse_spanned(text).map_err(|e| (e.pos, e.message))?;
    // The YAML reader refuses a file that does not start with named fields; should one ever get
    // through, the PSW is told what the register holds rather than the app stopping.
    let Node::Map { entries, .. } = root else {
        return Err((
            Pos { line: 1, column: 1 },
            "the register starts with named fields: `figures:` and `stories:`".to_string(),
        ));
    };
    let mut register = Register::default();
    for (key, node) in &entries {
        match key.text.as_str() {
            "version" => {}
            "figures" => {
                for item in list(node, "figures")? {
                    register.figures.push(figure(item)?);
                }
            }
            "stories" => {
                for item in list(node, "stories")? {
                    register.stories.push(story(item)?);
                }
            }
            other => {
                return Err((
                    key.pos,
                    format!(
                        "`{other}` is not part of the register: it holds `figures:` and `stories:`"
                    ),
                ));
            }
        }
    }
    Ok(register)
}

fn list<'a>(node: &'a Node, what: &str) -> Located<&'a [Node]> {
    match node {
        Node::Seq { items, .. } => Ok(items),
        Node::Scalar { text, .. } if text.is_empty() || text == "[]" || text == "~" => Ok(&[]),
        other => Err((
            other.pos(),
            format!(
                "`{what}:` should be a list (each entry starting `- `), not {}",
                other.describe()
            ),
        )),
    }
}

fn fields<'a>(node: &'a Node, what: &str) -> Located<&'a [(crate::yaml::MapKey, Node)]> {
    match node {
        Node::Map { entries, .. } => Ok(entries),
        other => Err((
            other.pos(),
            format!(
                "each {what} should be a set of named fields such as `measure:`, not {}",
                other.describe()
            ),
        )),
    }
}

fn text(node: &Node, field: &str) -> Located<String> {
    match node {
        Node::Scalar { text, .. } => Ok(text.trim().to_string()),
        other => Err((
            other.pos(),
            format!(
                "`{field}:` should be a single value, not {}",
                other.describe()
            ),
        )),
    }
}

fn words(node: &Node, field: &str) -> Located<Vec<String>> {
    match node {
        Node::Seq { items, .. } => items.iter().map(|i| text(i, field)).collect(),
        Node::Scalar { text, .. } => Ok(split_list(text)),
        other => Err((
            other.pos(),
            format!("`{field}:` should be a list, not {}", other.describe()),
        )),
    }
}

/// "assessing-needs; governance" or "assessing-needs, governance" as a list.
pub fn split_list(text: &str) -> Vec<String> {
    text.split([',', ';', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "[]")
        .map(str::to_string)
        .collect()
}

fn statements(node: &Node) -> Located<Vec<QualityStatement>> {
    let names = words(node, "statements")?;
    names
        .iter()
        .map(|n| statement(n).ok_or_else(|| (node.pos(), unknown_statement(n))))
        .collect()
}

/// A quality statement by its slug or its title, as a PSW may type either.
pub fn statement(name: &str) -> Option<QualityStatement> {
    let wanted = name.trim().to_lowercase();
    QualityStatement::ALL
        .into_iter()
        .find(|q| q.slug() == wanted || q.title().to_lowercase() == wanted)
}

pub fn unknown_statement(name: &str) -> String {
    let slugs: Vec<&str> = QualityStatement::ALL.iter().map(|q| q.slug()).collect();
    format!(
        "`{name}` is not one of CQC's quality statements; use one of {}",
        slugs.join(", ")
    )
}

pub fn date(text: &str) -> Option<NaiveDate> {
    crate::review::settings::parse_date(text)
}

fn figure(node: &Node) -> Located<Figure> {
    let entries = fields(node, "figure")?;
    let mut measure = None;
    let mut value = None;
    let mut unit = String::new();
    let mut as_at = None;
    let mut source = None;
    let mut previous = None;
    let mut owner = None;
    let mut statements_ = Vec::new();
    let mut topics = Vec::new();
    for (key, v) in entries {
        match key.text.as_str() {
            "measure" => measure = Some(text(v, "measure")?),
            "value" => {
                let t = text(v, "value")?;
                let (n, u) = parse_value(&t).ok_or_else(|| {
                    (
                        v.pos(),
                        format!("`{t}` is not a number (write it as 310, 9.5 or 1,150)"),
                    )
                })?;
                value = Some(n);
                if unit.is_empty() {
                    unit = u.to_string();
                }
            }
            "unit" => unit = text(v, "unit")?,
            "as_at" => {
                let t = text(v, "as_at")?;
                as_at = Some(date(&t).ok_or_else(|| {
                    (
                        v.pos(),
                        format!("`{t}` is not a date (write it as 2026-10-31)"),
                    )
                })?);
            }
            "source" => source = Some(text(v, "source")?),
            "previous" => previous = Some(previous_of(v)?),
            "owner" => owner = Some(text(v, "owner")?).filter(|o| !o.is_empty()),
            "statements" => statements_ = statements(v)?,
            "topics" => topics = words(v, "topics")?,
            other => {
                return Err((
                    key.pos,
                    format!(
                        "`{other}` is not a field of a figure (measure, value, unit, as_at, source, \
                         previous, owner, statements, topics)"
                    ),
                ));
            }
        }
    }
    let pos = node.pos();
    let need = |what: &str| (pos, format!("this figure has no `{what}:`"));
    let measure = measure
        .filter(|m| !m.is_empty())
        .ok_or_else(|| need("measure"))?;
    Ok(Figure {
        measure,
        value: value.ok_or_else(|| need("value"))?,
        unit,
        as_at: as_at.ok_or_else(|| need("as_at"))?,
        source: source.unwrap_or_default(),
        previous,
        owner,
        statements: statements_,
        topics,
    })
}

fn previous_of(node: &Node) -> Located<Previous> {
    let entries = fields(node, "previous value")?;
    let mut value = None;
    let mut as_at = None;
    for (key, v) in entries {
        match key.text.as_str() {
            "value" => {
                let t = text(v, "value")?;
                value = Some(
                    parse_value(&t)
                        .map(|(n, _)| n)
                        .ok_or_else(|| (v.pos(), format!("`{t}` is not a number")))?,
                );
            }
            "as_at" => {
                let t = text(v, "as_at")?;
                as_at = Some(date(&t).ok_or_else(|| {
                    (
                        v.pos(),
                        format!("`{t}` is not a date (write it as 2026-04-30)"),
                    )
                })?);
            }
            other => {
                return Err((
                    key.pos,
                    format!("`{other}` is not a field of a previous value (value, as_at)"),
                ));
            }
        }
    }
    Ok(Previous {
        value: value.ok_or((
            node.pos(),
            "this previous value has no `value:`".to_string(),
        ))?,
        as_at,
    })
}

fn story(node: &Node) -> Located<Story> {
    let entries = fields(node, "story")?;
    let mut story = Story::default();
    for (key, v) in entries {
        match key.text.as_str() {
            "title" => story.title = text(v, "title")?,
            "done" => story.done = text(v, "done")?,
            "difference" => story.difference = text(v, "difference")?,
            "how_we_know" => story.how_we_know = text(v, "how_we_know")?,
            "people" => story.people = text(v, "people")?,
            "statements" => story.statements = statements(v)?,
            "questions" => story.questions = words(v, "questions")?,
            "topics" => story.topics = words(v, "topics")?,
            other => {
                return Err((
                    key.pos,
                    format!(
                        "`{other}` is not a field of a story (title, done, difference, \
                         how_we_know, people, statements, questions, topics)"
                    ),
                ));
            }
        }
    }
    if story.title.is_empty() {
        return Err((node.pos(), "this story has no `title:`".to_string()));
    }
    Ok(story)
}

const HEADER: &str = "# psw-coach evidence register: your figures and stories. Edit it here or in the app \
(Evidence on the home screen).\n\
# A figure: measure, value, unit, as_at (YYYY-MM-DD), source; optionally previous {value, as_at}, owner,\n\
# statements (quality statement slugs such as assessing-needs) and topics.\n\
# A story: title, done, difference, how_we_know, people (never names), statements, questions, topics.\n";

/// A whole number is written without ".0", so the file reads as the PSW typed it.
fn number<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        s.serialize_i64(*value as i64)
    } else {
        s.serialize_f64(*value)
    }
}

#[derive(Serialize)]
struct FigureOut<'a> {
    measure: &'a str,
    #[serde(serialize_with = "number")]
    value: f64,
    #[serde(skip_serializing_if = "str::is_empty")]
    unit: &'a str,
    as_at: NaiveDate,
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous: Option<PreviousOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    statements: &'a [QualityStatement],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    topics: &'a [String],
}

#[derive(Serialize)]
struct PreviousOut {
    #[serde(serialize_with = "number")]
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    as_at: Option<NaiveDate>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    version: u32,
    figures: Vec<FigureOut<'a>>,
    stories: &'a [Story],
}

/// The register as the text of `evidence.yaml`.
pub fn to_text(register: &Register) -> String {
    let out = FileOut {
        version: 1,
        figures: register
            .figures
            .iter()
            .map(|f| FigureOut {
                measure: &f.measure,
                value: f.value,
                unit: &f.unit,
                as_at: f.as_at,
                source: &f.source,
                previous: f.previous.map(|p| PreviousOut {
                    value: p.value,
                    as_at: p.as_at,
                }),
                owner: f.owner.as_deref(),
                statements: &f.statements,
                topics: &f.topics,
            })
            .collect(),
        stories: &register.stories,
    };
    let body = crate::yaml::to_string(&out).unwrap_or_default();
    format!("{HEADER}{body}")
}

/// Writes the register whole, privately, in the data folder. Refuses while the file on disk does not
/// read, so a hand edit with a mistake in it is never lost.
pub fn save(data_dir: &Path, register: &Register) -> Result<PathBuf, String> {
    if let Err(e) = load(data_dir) {
        return Err(format!(
            "The register was not saved, so your hand edits are kept: {}. Fix that line, then \
             try again.",
            e.located()
        ));
    }
    crate::notes::store::replace_private(data_dir, FILE_NAME, to_text(register).as_bytes())
        .map_err(|e| crate::notes::store::not_written("the register", &path(data_dir), &e))
}

/// One change made in the app: a figure or story added (`old` none), changed, or deleted (`new`
/// none). It is made to the register as the file holds it when it is saved, so an edit made to
/// the file by hand in the meantime is kept rather than written over.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Figure {
        old: Option<Figure>,
        new: Option<Figure>,
    },
    Story {
        old: Option<Story>,
        new: Option<Story>,
    },
}

/// Where a changed entry went: its place among the figures or the stories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Figure(usize),
    Story(usize),
    Gone,
}

impl Register {
    /// Makes `change`; refused, in words, when the entry it changes is no longer as it was (it was
    /// edited or removed in the file meanwhile) or an added figure's measure is in the file already.
    pub fn apply(&mut self, change: &Change) -> Result<Place, String> {
        let moved = |what: &str| {
            format!(
                "This {what} was changed or removed in {FILE_NAME} since the register was opened \
                 here, so it was not saved over. Go back and open the register again to see it."
            )
        };
        match change {
            Change::Figure { old, new } => {
                let at = match old {
                    Some(old) => Some(
                        self.figures
                            .iter()
                            .position(|f| f == old)
                            .ok_or_else(|| moved("figure"))?,
                    ),
                    None => None,
                };
                if let Some(new) = new
                    && self
                        .figures
                        .iter()
                        .enumerate()
                        .any(|(i, f)| Some(i) != at && f.key() == new.key())
                {
                    return Err(format!(
                        "{FILE_NAME} already has a figure for \"{}\": change that one instead.",
                        crate::text::one_line(&new.measure)
                    ));
                }
                Ok(match (at, new) {
                    (Some(i), Some(new)) => {
                        self.figures[i] = new.clone();
                        Place::Figure(i)
                    }
                    (Some(i), None) => {
                        self.figures.remove(i);
                        Place::Gone
                    }
                    (None, Some(new)) => {
                        self.figures.push(new.clone());
                        Place::Figure(self.figures.len() - 1)
                    }
                    (None, None) => Place::Gone,
                })
            }
            Change::Story { old, new } => {
                let at = match old {
                    Some(old) => Some(
                        self.stories
                            .iter()
                            .position(|s| s == old)
                            .ok_or_else(|| moved("story"))?,
                    ),
                    None => None,
                };
                Ok(match (at, new) {
                    (Some(i), Some(new)) => {
                        self.stories[i] = new.clone();
                        Place::Story(i)
                    }
                    (Some(i), None) => {
                        self.stories.remove(i);
                        Place::Gone
                    }
                    (None, Some(new)) => {
                        self.stories.push(new.clone());
                        Place::Story(self.stories.len() - 1)
                    }
                    (None, None) => Place::Gone,
                })
            }
        }
    }
}

/// Makes `change` to the register in `data_dir` as the file holds it now, and writes it; returns
/// the register as written and where the entry went. Refused while the file has a mistake.
pub fn save_change(data_dir: &Path, change: &Change) -> Result<(Register, Place), String> {
    let mut register = load(data_dir).map_err(|e| {
        format!(
            "The register was not saved, so your hand edits are kept: {}. Fix that line, then \
             try again.",
            e.located()
        )
    })?;
    let place = register.apply(change)?;
    save(data_dir, &register)?;
    Ok((register, place))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A register file edited by hand can hold anything: reading it never stops the app,
        /// and a mistake names a line within the file.
        #[test]
        fn any_register_text_reads_or_names_a_line_without_panicking(
            text in "(figures:|stories:|- |  value: |---|\\.\\.\\.|\\[|\\{|#|:|\\n|\\PC){0,40}"
        ) {
            if let Err((pos, message)) = parse(&text) {
                proptest::prop_assert!(!message.is_empty());
                proptest::prop_assert!(pos.line >= 1 && pos.line <= text.lines().count().max(1) + 1);
            }
        }
    }

    const SAMPLE: &str = "figures:\n  - measure: people waiting for a Care Act assessment\n    value: 310\n    unit: people\n    as_at: 2026-10-31\n    source: monthly performance report\n    previous: { value: 265, as_at: 2026-04-30 }\n    statements: [assessing-needs]\n    topics: [waiting-times]\nstories:\n  - title: Waiting well\n    done: We set up a team to contact everyone waiting\n    difference: Nobody waits without a named contact now\n    how_we_know: The monthly audit of contact records\n    people: an older man living alone\n    statements: [assessing-needs]\n";

    #[test]
    fn the_register_survives_a_round_trip_through_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let register = parse(SAMPLE).unwrap();
        assert_eq!(register.figures[0].value, 310.0);
        assert_eq!(register.figures[0].previous.unwrap().value, 265.0);
        save(dir.path(), &register).unwrap();
        let back = load(dir.path()).unwrap();
        assert_eq!(back, register);
        let written = std::fs::read_to_string(path(dir.path())).unwrap();
        assert!(written.contains("value: 310\n"), "{written}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path(dir.path()))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_mistake_is_located_and_the_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let broken = SAMPLE.replace("value: 310", "value: lots");
        std::fs::write(path(dir.path()), &broken).unwrap();
        let err = load(dir.path()).unwrap_err();
        assert_eq!((err.line, err.column), (3, 12), "{err}");
        assert!(
            err.to_string()
                .contains("evidence.yaml:3:12: `lots` is not a number")
        );
        assert!(save(dir.path(), &Register::default()).is_err());
        assert_eq!(std::fs::read_to_string(path(dir.path())).unwrap(), broken);
    }

    #[test]
    fn unknown_statements_and_fields_are_named() {
        let err = parse(&SAMPLE.replace("[assessing-needs]\n    topics", "[waiting]\n    topics"))
            .unwrap_err();
        assert!(
            err.1
                .contains("`waiting` is not one of CQC's quality statements")
        );
        let err = parse(
            &SAMPLE
                .replace("owner", "x")
                .replace("    source:", "    sauce:"),
        )
        .unwrap_err();
        assert_eq!(err.0.line, 6);
    }

    #[test]
    fn a_change_keeps_a_hand_edit_made_meanwhile_and_refuses_an_entry_edited_by_hand() {
        let dir = tempfile::tempdir().unwrap();
        let opened = parse(SAMPLE).unwrap();
        let mut changed = opened.figures[0].clone();
        changed.value = 320.0;
        // By hand, meanwhile: a second story added.
        let by_hand =
            format!("{SAMPLE}  - title: Carers first\n    done: We asked carers what they need\n");
        std::fs::write(path(dir.path()), &by_hand).unwrap();
        let (kept, place) = save_change(
            dir.path(),
            &Change::Figure {
                old: Some(opened.figures[0].clone()),
                new: Some(changed.clone()),
            },
        )
        .unwrap();
        assert_eq!(place, Place::Figure(0));
        assert_eq!(kept.figures[0].value, 320.0);
        assert_eq!(kept.stories.len(), 2, "the hand edit is kept");
        assert_eq!(load(dir.path()).unwrap(), kept);
        // The figure as the screen knew it is no longer in the file: nothing is written over.
        let before = std::fs::read_to_string(path(dir.path())).unwrap();
        let err = save_change(
            dir.path(),
            &Change::Figure {
                old: Some(opened.figures[0].clone()),
                new: None,
            },
        )
        .unwrap_err();
        assert!(
            err.contains("was changed or removed in evidence.yaml"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(path(dir.path())).unwrap(), before);
    }

    #[cfg(unix)]
    #[test]
    fn never_writes_through_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere.yaml");
        std::fs::write(&elsewhere, "").unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::os::unix::fs::symlink(&elsewhere, path(&data)).unwrap();
        assert!(save(&data, &parse(SAMPLE).unwrap()).is_err());
        assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "");
    }
}
