//! The one module that knows which YAML libraries the project uses.
//!
//! serde_yaml is published as deprecated, so nothing else in the crate names it: a swap touches this
//! file only. Question banks need the line and column of every value (for `PATH:LINE:COL` messages
//! about duplicate ids or unknown quality statements, found after parsing), which serde_yaml cannot
//! give, so banks are read into [`Node`], a small tree that keeps positions, built with marked-yaml.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A place in a text, both counted from 1 as editors show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// A YAML value that remembers where it was written.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Scalar {
        text: String,
        pos: Pos,
    },
    Map {
        entries: Vec<(MapKey, Node)>,
        pos: Pos,
    },
    Seq {
        items: Vec<Node>,
        pos: Pos,
    },
}

/// A mapping key and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct MapKey {
    pub text: String,
    pub pos: Pos,
}

impl Node {
    pub fn pos(&self) -> Pos {
        match self {
            Node::Scalar { pos, .. } | Node::Map { pos, .. } | Node::Seq { pos, .. } => *pos,
        }
    }

    /// What a person would call this kind of value, for error messages.
    pub fn describe(&self) -> &'static str {
        match self {
            Node::Scalar { .. } => "a single value",
            Node::Map { .. } => "a set of named fields",
            Node::Seq { .. } => "a list",
        }
    }
}

/// A problem reading YAML, with where it is when the parser knows.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    pub message: String,
    pub pos: Pos,
}

impl std::fmt::Display for YamlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.pos.line, self.pos.column, self.message)
    }
}

/// Reads a YAML document whose top level is a mapping into a [`Node`] tree.
pub fn parse_spanned(text: &str) -> Result<Node, YamlError> {
    use marked_yaml::{LoadError, LoaderOptions};
    // Editors on Windows may start a file with a byte-order mark; it is not part of the first field.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_depth(text)?;
    check_one_document(text)?;
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .prevent_coercion(true);
    match marked_yaml::parse_yaml_with_options(0, text, options) {
        Ok(node) => Ok(convert(&node)),
        Err(err) => {
            let (message, marker) = match &err {
                LoadError::TopLevelMustBeMapping(m) => (
                    "the file must start with named fields such as `id:` and `questions:`"
                        .to_string(),
                    Some(*m),
                ),
                LoadError::DuplicateKey(inner) => {
                    let first = inner.prev_key.span().start().map(|m| m.line()).unwrap_or(0);
                    (
                        format!(
                            "the field `{}` is written twice in the same place (first on line {first})",
                            inner.key.as_str()
                        ),
                        inner.key.span().start().copied(),
                    )
                }
                LoadError::ScanError(m, scan) if scan.info().contains("simple key expect") => {
                    match field_without_colon(text, m.line()) {
                        Some((message, pos)) => return Err(YamlError { message, pos }),
                        None => (plain_syntax_message(scan.info()), Some(*m)),
                    }
                }
                LoadError::ScanError(m, scan) if is_list_in_brackets(scan.info()) => {
                    match unclosed_bracket_before(text, m.line()) {
                        Some(pos) => {
                            return Err(YamlError {
                                message: "YAML syntax: the list in square brackets that starts \
                                          here is not closed: end it with `]` on this line"
                                    .to_string(),
                                pos,
                            });
                        }
                        None => (plain_syntax_message(scan.info()), Some(*m)),
                    }
                }
                LoadError::ScanError(m, scan) => (plain_syntax_message(scan.info()), Some(*m)),
                LoadError::MappingKeyMustBeScalar(m) => {
                    ("a field name must be plain text".to_string(), Some(*m))
                }
                LoadError::UnexpectedAnchor(m) | LoadError::UnexpectedTag(m) => (
                    "YAML anchors and tags (`&`, `*`, `!`) are not supported in this file"
                        .to_string(),
                    Some(*m),
                ),
                other => (other.to_string(), None),
            };
            Err(YamlError {
                message,
                pos: marker.map(pos_of).unwrap_or(Pos { line: 1, column: 1 }),
            })
        }
    }
}

/// Refuses a second YAML document (a `---` line after the first one's fields): the parser reads
/// only the first, so the rest of the file would be dropped without a word.
fn check_one_document(text: &str) -> Result<(), YamlError> {
    let mut content = false;
    for (n, line) in text.lines().enumerate() {
        let marker = line.trim_end();
        if (marker == "---" || line.starts_with("--- ")) && content {
            return Err(YamlError {
                message: "a second document starts here (a `---` line), and only one is read from \
                          a file: put each bank in a file of its own"
                    .to_string(),
                pos: Pos {
                    line: n + 1,
                    column: 1,
                },
            });
        }
        if marker == "..." {
            continue;
        }
        let trimmed = line.trim_start();
        if !trimmed.is_empty() && !trimmed.starts_with('#') && marker != "---" {
            content = true;
        }
    }
    Ok(())
}

/// How deeply lists and fields may nest. A question bank needs five or six levels; the tree is
/// built and checked by recursion, so a file nested thousands deep would overflow the stack and
/// abort the whole program (a 60 KB file of nested `- ` did).
pub const MAX_DEPTH: usize = 64;

/// Finds block nesting deeper than [`MAX_DEPTH`] before the parser sees it. It counts each new,
/// deeper indentation and each `- ` or `? ` that opens a level within a line, which can only
/// overcount (a block of text indented in many steps), never miss a level. Flow nesting (`[[[`)
/// is limited by the parser itself.
fn check_depth(text: &str) -> Result<(), YamlError> {
    let mut levels: Vec<usize> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[indent..];
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        while levels.last().is_some_and(|&top| top >= indent) {
            levels.pop();
        }
        levels.push(indent);
        let mut column = indent;
        let mut rest = rest;
        loop {
            if levels.len() > MAX_DEPTH {
                return Err(YamlError {
                    message: format!(
                        "lists and fields are nested more than {MAX_DEPTH} levels deep here; a \
                         bank needs only a few levels, so check the indentation"
                    ),
                    pos: Pos {
                        line: n + 1,
                        column: column + 1,
                    },
                });
            }
            let Some(after) = rest
                .strip_prefix("- ")
                .or_else(|| rest.strip_prefix("? "))
                .or_else(|| (rest == "-" || rest == "?").then_some(""))
            else {
                break;
            };
            let skipped = rest.len() - after.trim_start_matches(' ').len();
            column += skipped;
            rest = &rest[skipped..];
            if rest.is_empty() || rest.starts_with('#') {
                break;
            }
            levels.push(column);
        }
    }
    Ok(())
}

/// Finds flow nesting (`[[[`, `{{{`) deeper than [`MAX_DEPTH`] without parsing. Every bracket
/// counts, even one in quotes or a comment: telling those apart needs a parser, and a check that
/// could be fooled into undercounting would let the hang back in. It can only overcount (a `[`
/// left open in some text), and no file psw-coach reads needs more than a few levels.
fn check_flow_depth(text: &str) -> Result<(), YamlError> {
    let mut depth = 0usize;
    for (n, line) in text.lines().enumerate() {
        for (column, c) in line.chars().enumerate() {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => continue,
            }
            if depth > MAX_DEPTH {
                return Err(YamlError {
                    message: format!(
                        "brackets `[ ]` or braces `{{ }}` are nested more than {MAX_DEPTH} levels \
                         deep here, so the file was not read"
                    ),
                    pos: Pos {
                        line: n + 1,
                        column: column + 1,
                    },
                });
            }
        }
    }
    Ok(())
}

/// A field written without its colon (`kind focused`): the parser says "simple key expect ':'"
/// at the next line, where it noticed (the eleventh walk's row 2). This names the line before,
/// the one missing its colon, and shows it written with one.
fn field_without_colon(text: &str, noticed: usize) -> Option<(String, Pos)> {
    let before: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .take(noticed.saturating_sub(1))
        .collect();
    let &(n, line) = before.iter().rev().find(|(_, l)| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    })?;
    let indent = line.len() - line.trim_start().len();
    let written = line.trim().trim_start_matches("- ").trim_start();
    let (name, rest) = written.split_once(char::is_whitespace)?;
    let example = format!("{name}: {}", rest.trim());
    Some((
        format!(
            "YAML syntax: this line has no `: ` (a colon and a space) after its field name: \
             write it as `{example}`; if it is more of the text on the line above, put that whole \
             text in quotes"
        ),
        Pos {
            line: n + 1,
            column: indent + 1,
        },
    ))
}

/// A `[` left open on a line before `noticed` (the parser reads on into the next lines and
/// notices only at the next field's `:`, so it named a line with no bracket on it: the twelfth
/// walk's row 6). The nearest such `[`, outside quotes and comments.
fn unclosed_bracket_before(text: &str, noticed: usize) -> Option<Pos> {
    let lines: Vec<&str> = text.lines().take(noticed.saturating_sub(1)).collect();
    lines.iter().enumerate().rev().find_map(|(n, line)| {
        let mut open: Vec<usize> = Vec::new();
        let mut quote: Option<char> = None;
        for (column, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[') => open.push(column),
                (None, ']') => {
                    open.pop();
                }
                _ => {}
            }
        }
        open.last().map(|&column| Pos {
            line: n + 1,
            column: column + 1,
        })
    })
}

/// Whether the parser's words are about a list in square brackets.
fn is_list_in_brackets(info: &str) -> bool {
    info.contains("flow sequence") || info.contains("':' indicator") || info.contains("','")
}

/// The parser's own words, with advice a person who is not a programmer can act on.
fn plain_syntax_message(info: &str) -> String {
    let advice = if info.contains("mapping values are not allowed") {
        "a `: ` (colon and space) where YAML did not expect one. If it is part of the text, put the \
         whole text in quotes; if it starts a field, check this line lines up with the fields above it"
    } else if info.contains("did not find expected '-'")
        || info.contains("did not find expected key")
    {
        "the indentation is off: line this up with the fields above it, using spaces"
    } else if info.contains("trailing content after") {
        // The quotes were closed, too early: 'what's the plan?' ends at the apostrophe. Saying
        // they were never closed sent the PSW looking for a missing mark.
        "the quoted text ends too early, so words are left after it: an apostrophe or quotation \
         mark inside the quotes closes them. Put text with an apostrophe (what's) in double quotes \
         \"...\", or leave the quotes off"
    } else if info.contains("quoted scalar") {
        "a quotation mark is opened but never closed"
    } else if is_list_in_brackets(info) {
        "a list in square brackets `[ ]` is not closed, or holds a stray `:`"
    } else if info.contains("recursion limit") {
        "brackets `[ ]` or braces `{ }` are nested too deeply; a bank needs only a few levels"
    } else if info.contains("unexpected character") || info.contains("cannot start any token") {
        "a character that cannot start a value here (such as ` @ or %): put the text in quotes"
    } else {
        return format!("YAML syntax: {info}");
    };
    // The parser's own words ("while parsing a block mapping, did not find expected key",
    // "double-quoted scalar" for single quotes) only followed the advice as jargon (walk 5, row 16).
    format!("YAML syntax: {advice}")
}

fn pos_of(m: marked_yaml::Marker) -> Pos {
    Pos {
        line: m.line(),
        column: m.column(),
    }
}

fn start_of(span: &marked_yaml::Span) -> Pos {
    span.start().copied().map(pos_of).unwrap_or_default()
}

fn convert(node: &marked_yaml::Node) -> Node {
    match node {
        marked_yaml::Node::Scalar(s) => Node::Scalar {
            text: s.as_str().to_string(),
            pos: start_of(s.span()),
        },
        marked_yaml::Node::Sequence(seq) => Node::Seq {
            items: seq.iter().map(convert).collect(),
            pos: start_of(seq.span()),
        },
        marked_yaml::Node::Mapping(map) => Node::Map {
            entries: map
                .iter()
                .map(|(k, v)| {
                    (
                        MapKey {
                            text: k.as_str().to_string(),
                            pos: start_of(k.span()),
                        },
                        convert(v),
                    )
                })
                .collect(),
            pos: start_of(map.span()),
        },
    }
}

/// Reads YAML straight into a typed value (note front matter, the insight lexicon, settings).
/// Nesting deeper than [`MAX_DEPTH`] is refused before the parser sees it: serde_yaml took 18-30 s
/// over 100,000 nested `[` in a lexicon or a note's front matter before giving up.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    check_depth(text)?;
    check_flow_depth(text)?;
    serde_yaml::from_str(text).map_err(|e| {
        let pos = e
            .location()
            .map(|l| Pos {
                line: l.line(),
                column: l.column(),
            })
            .unwrap_or(Pos { line: 1, column: 1 });
        YamlError {
            message: e.to_string(),
            pos,
        }
    })
}

/// Writes a value as YAML.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_line_and_column_of_values() {
        let node = parse_spanned("id: a\nquestions:\n  - id: q1\n").unwrap();
        let Node::Map { entries, .. } = node else {
            panic!("expected a map")
        };
        assert_eq!(entries[1].0.text, "questions");
        let Node::Seq { items, .. } = &entries[1].1 else {
            panic!("expected a list")
        };
        let Node::Map { entries: q, .. } = &items[0] else {
            panic!("expected a map")
        };
        assert_eq!(q[0].1.pos(), Pos { line: 3, column: 9 });
    }

    #[test]
    fn deep_nesting_is_a_located_error_not_a_crash() {
        // 30,000 nested `- ` on one line overflowed the stack and aborted the process.
        let text = format!("id: x\nquestions:\n  {}a\n", "- ".repeat(30_000));
        let err = parse_spanned(&text).unwrap_err();
        assert_eq!(err.pos.line, 3);
        assert_eq!(err.pos.column, 3 + 2 * (MAX_DEPTH - 1));
        assert!(
            err.message.contains("nested more than 64"),
            "{}",
            err.message
        );

        let stairs: String = (0..30_000)
            .map(|i| format!("{}a:\n", " ".repeat(i)))
            .collect();
        let err = parse_spanned(&format!("id: x\nq:\n{stairs}")).unwrap_err();
        assert_eq!(err.pos.line, 3 + MAX_DEPTH, "{err}");

        let flow = format!("id: x\nq: {}{}\n", "[".repeat(30_000), "]".repeat(30_000));
        let err = parse_spanned(&flow).unwrap_err();
        assert!(err.message.contains("nested too deeply"), "{}", err.message);
    }

    #[test]
    fn deeply_nested_flow_yaml_is_refused_at_once_when_read_as_a_typed_value() {
        // 100,000 nested `[` in a lexicon or a note's front matter took serde_yaml 18-30 s.
        let text = format!("a: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        let started = std::time::Instant::now();
        let err = from_str::<serde_yaml::Value>(&text).unwrap_err();
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert!(err.message.contains("nested more than 64"), "{err}");
        assert_eq!(
            err.pos,
            Pos {
                line: 1,
                column: 4 + MAX_DEPTH
            }
        );

        let ok = "a: [\"[[[[\", '{{{', b]  # ]]]\nc: {d: [1, 2]}\n";
        assert!(from_str::<serde_yaml::Value>(ok).is_ok());
    }

    #[test]
    fn ordinary_nesting_and_text_blocks_pass_the_depth_check() {
        let text = "id: a\nquestions:\n  - id: q1\n    follow_ups:\n      - ask: x\n        when: [a]\n      -\n        ask: y\n    tip: |\n      one\n        two\n";
        assert!(parse_spanned(text).is_ok());
        let within = format!("id: x\nq:\n  {}a\n", "- ".repeat(MAX_DEPTH - 3));
        assert!(parse_spanned(&within).is_ok());
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_first_field() {
        let node = parse_spanned("\u{feff}id: a\n").unwrap();
        let Node::Map { entries, .. } = node else {
            panic!("expected a map")
        };
        assert_eq!(entries[0].0.text, "id");
        assert_eq!(entries[0].0.pos, Pos { line: 1, column: 1 });
    }

    #[test]
    fn a_second_document_in_one_file_is_an_error_not_dropped() {
        let err = parse_spanned("---\nid: one\n---\nid: two\n").unwrap_err();
        assert_eq!(err.pos, Pos { line: 3, column: 1 });
        assert!(err.message.contains("second document"), "{err}");
        assert!(parse_spanned("# a bank\n---\nid: one\ntip: |\n  ---\n").is_ok());
    }

    /// The fifth walk: a bank line `- 'Who owns the risk, and what's the plan?'` was reported as
    /// "a quotation mark is opened but never closed", when the apostrophe had closed it early.
    #[test]
    fn an_apostrophe_inside_single_quotes_is_said_to_end_them_early() {
        let text = "id: a\nfollow_ups:\n  - 'Who owns the risk, and what's the plan?'\n";
        let err = parse_spanned(text).unwrap_err();
        assert_eq!(err.pos.line, 3);
        assert!(err.message.contains("ends too early"), "{}", err.message);
        assert!(err.message.contains("double quotes"), "{}", err.message);
        assert!(!err.message.contains("never closed"), "{}", err.message);
        // A quotation mark that really is left open is still said to be.
        let err = parse_spanned("id: a\ntitle: \"How long\n").unwrap_err();
        assert!(err.message.contains("never closed"), "{}", err.message);
        // The advice works: the same text in double quotes reads.
        assert!(parse_spanned("id: a\nfollow_ups:\n  - \"and what's the plan?\"\n").is_ok());
    }

    #[test]
    fn a_mistake_with_plain_advice_does_not_add_the_parsers_own_words() {
        for text in [
            "id: a\n  title: indented too far\n",
            "id: a\nfollow_ups:\n  - 'Who owns it, and what's next?'\n",
            "id: a\nask: What is it: a plan\n",
        ] {
            let err = parse_spanned(text).unwrap_err();
            assert!(err.message.starts_with("YAML syntax: "), "{}", err.message);
            for jargon in ["parser says", "scalar", "mapping", "while parsing"] {
                assert!(!err.message.contains(jargon), "{}", err.message);
            }
        }
    }

    /// The eleventh walk, row 2: README's example bank with `kind focused` for `kind: focused`
    /// was "9:5: YAML syntax: simple key expect ':'", the parser's words at the line after.
    #[test]
    fn a_field_without_its_colon_is_named_on_its_own_line() {
        let text = "id: my-council\nquestions:\n  - id: mc-waiting-01\n    kind focused\n    \
                    topic: waiting-times\n";
        let err = parse_spanned(text).unwrap_err();
        assert_eq!((err.pos.line, err.pos.column), (4, 5), "{}", err.message);
        assert!(err.message.contains("`kind: focused`"), "{}", err.message);
        assert!(!err.message.contains("simple key"), "{}", err.message);
    }

    /// The twelfth walk's row 6: `quality_statements: [assessing-needs, equity` with its `]` left
    /// off was reported at the next line's `ask:`, where there is no bracket. It is named where
    /// the list starts; a list closed on a later line is still read.
    #[test]
    fn a_list_in_brackets_left_open_is_named_where_it_starts() {
        let text = "id: my-council\nquestions:\n  - id: mc-waiting-01\n    \
                    quality_statements: [assessing-needs, equity\n    ask: How long?\n";
        let err = parse_spanned(text).unwrap_err();
        assert_eq!((err.pos.line, err.pos.column), (4, 25), "{}", err.message);
        assert!(
            err.message.contains("is not closed: end it with `]`"),
            "{}",
            err.message
        );
        let spread = "id: a\nlist: [one,\n  two]\n";
        assert!(parse_spanned(spread).is_ok());
    }

    #[test]
    fn duplicate_keys_are_reported_at_the_second() {
        let err = parse_spanned("id: a\nid: b\n").unwrap_err();
        assert_eq!(err.pos.line, 2);
        assert!(err.message.contains("first on line 1"), "{}", err.message);
    }
}
