//! Turns the text of one bank file into a [`Bank`], or into every problem found, each with its place.

use super::model::{Bank, FollowUp, Kind, Prompt, QualityStatement, Question, Source};
use crate::yaml::{self, Key, Node, Pos};

/// Something wrong in a bank file, where it is, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

const BANK_FIELDS: &[&str] = &[
    "id",
    "title",
    "description",
    "version",
    "prompts",
    "questions",
];
const PROMPT_FIELDS: &[&str] = &["id", "ask"];
const QUESTION_FIELDS: &[&str] = &[
    "id",
    "kind",
    "topic",
    "quality_statements",
    "ask",
    "follow_ups",
    "listen_for",
    "target_seconds",
    "tip",
];
const FOLLOW_UP_FIELDS: &[&str] = &["ask", "when"];
const TARGET_RANGE: std::ops::RangeInclusive<u32> = 10..=1800;

/// Reads and checks one bank. `file` is how the file is named in messages.
pub fn parse_bank(file: &str, text: &str, source: Source) -> Result<Bank, Vec<Problem>> {
    let mut checker = Checker {
        file: file.to_string(),
        problems: Vec::new(),
    };
    let bank = checker.bank(text, source);
    checker.problems.sort_by_key(|p| (p.line, p.column));
    match bank {
        Some(bank) if checker.problems.is_empty() => Ok(bank),
        _ => Err(checker.problems),
    }
}

struct Checker {
    file: String,
    problems: Vec<Problem>,
}

/// The fields of one YAML mapping, looked up by name, with unknown names reported once.
struct Fields<'a> {
    entries: &'a [(Key, Node)],
    pos: Pos,
    what: &'static str,
}

impl<'a> Fields<'a> {
    fn get(&self, name: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .find(|(k, _)| k.text == name)
            .map(|(_, v)| v)
    }
}

impl Checker {
    fn problem(&mut self, pos: Pos, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.clone(),
            line: pos.line.max(1),
            column: pos.column.max(1),
            message: message.into(),
        });
    }

    fn bank(&mut self, text: &str, source: Source) -> Option<Bank> {
        if text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            self.problem(
                Pos { line: 1, column: 1 },
                "the file is empty: a bank needs `id`, `title`, `description`, `version` and `questions`",
            );
            return None;
        }
        if self.tabs(text) {
            return None;
        }
        let root = match yaml::parse_spanned(text) {
            Ok(root) => root,
            Err(e) => {
                self.problem(e.pos, e.message);
                return None;
            }
        };
        let top = self.fields(&root, BANK_FIELDS, "the bank")?;
        let id = self.required_text(&top, "id");
        let title = self.required_text(&top, "title");
        let description = self.required_text(&top, "description");
        let version = self.required_text(&top, "version");
        if let (Some(id), Some(node)) = (&id, top.get("id")) {
            self.check_id(id, node.pos(), "bank id");
        }
        let prompts = match top.get("prompts") {
            None => Some(Prompt::default_three()),
            Some(node) => self.prompts(node),
        };
        let bank_id = id.clone().unwrap_or_default();
        let questions = match top.get("questions") {
            None => {
                self.problem(top.pos, "missing field `questions`: the list of questions");
                None
            }
            Some(node) => self.questions(node, &bank_id),
        };
        Some(Bank {
            id: id?,
            title: title?,
            description: description?,
            version: version?,
            prompts: prompts?,
            questions: questions?,
            source,
        })
    }

    /// Tabs in indentation confuse YAML and are invisible on screen, so they get their own message.
    fn tabs(&mut self, text: &str) -> bool {
        let mut found = false;
        for (n, line) in text.lines().enumerate() {
            let indent: String = line.chars().take_while(|c| c.is_whitespace()).collect();
            if let Some(col) = indent.chars().position(|c| c == '\t') {
                self.problem(
                    Pos {
                        line: n + 1,
                        column: col + 1,
                    },
                    "a tab is used to indent this line: YAML needs spaces here",
                );
                found = true;
            }
        }
        found
    }

    fn fields<'a>(
        &mut self,
        node: &'a Node,
        known: &[&str],
        what: &'static str,
    ) -> Option<Fields<'a>> {
        let Node::Map { entries, pos } = node else {
            self.problem(
                node.pos(),
                format!(
                    "{what} should be a set of named fields, but here it is {}",
                    node.describe()
                ),
            );
            return None;
        };
        for (key, _) in entries {
            if !known.contains(&key.text.as_str()) {
                let hint = did_you_mean(&key.text, known)
                    .map(|s| format!(": did you mean `{s}`?"))
                    .unwrap_or_else(|| format!(" (known fields: {})", known.join(", ")));
                self.problem(
                    key.pos,
                    format!("unknown field `{}` in {what}{hint}", key.text),
                );
            }
        }
        // A missing field is reported where the block's first field is written: that is where a
        // person looks, whereas YAML's own start of a list item can sit on the `- `.
        let pos = entries.first().map(|(k, _)| k.pos).unwrap_or(*pos);
        Some(Fields { entries, pos, what })
    }

    fn text(&mut self, node: &Node, field: &str) -> Option<String> {
        match node {
            Node::Scalar { text, pos } => {
                let trimmed = text.trim();
                if trimmed.is_empty() {
                    self.problem(*pos, format!("`{field}` is empty: write some text here"));
                    None
                } else {
                    Some(trimmed.to_string())
                }
            }
            other => {
                self.problem(
                    other.pos(),
                    format!(
                        "`{field}` should be text, but here it is {}",
                        other.describe()
                    ),
                );
                None
            }
        }
    }

    fn required_text(&mut self, fields: &Fields, name: &str) -> Option<String> {
        match fields.get(name) {
            Some(node) => self.text(node, name),
            None => {
                self.problem(
                    fields.pos,
                    format!("missing field `{name}` in {}", fields.what),
                );
                None
            }
        }
    }

    fn required<'a>(&mut self, fields: &Fields<'a>, name: &str) -> Option<&'a Node> {
        let node = fields.get(name);
        if node.is_none() {
            self.problem(
                fields.pos,
                format!("missing field `{name}` in {}", fields.what),
            );
        }
        node
    }

    fn list<'a>(&mut self, node: &'a Node, field: &str) -> Option<&'a [Node]> {
        match node {
            Node::Seq { items, pos } => {
                if items.is_empty() {
                    self.problem(
                        *pos,
                        format!("`{field}` is an empty list: add at least one entry"),
                    );
                    None
                } else {
                    Some(items)
                }
            }
            Node::Scalar { text, pos } if text.trim().is_empty() => {
                self.problem(*pos, format!("`{field}` is empty: add at least one entry"));
                None
            }
            other => {
                self.problem(
                    other.pos(),
                    format!(
                        "`{field}` should be a list (lines starting with `- `), but here it is {}",
                        other.describe()
                    ),
                );
                None
            }
        }
    }

    fn text_list(&mut self, node: &Node, field: &str) -> Option<Vec<String>> {
        let items = self.list(node, field)?;
        let texts: Vec<Option<String>> = items.iter().map(|item| self.text(item, field)).collect();
        texts.into_iter().collect()
    }

    fn check_id(&mut self, id: &str, pos: Pos, what: &str) {
        if !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        {
            self.problem(
                pos,
                format!("{what} `{id}` may only use letters, numbers, `-`, `_` and `.`"),
            );
        }
    }

    fn prompts(&mut self, node: &Node) -> Option<Vec<Prompt>> {
        let items = self.list(node, "prompts")?;
        let mut prompts = Vec::new();
        let mut ok = true;
        for item in items {
            let Some(f) = self.fields(item, PROMPT_FIELDS, "a prompt") else {
                ok = false;
                continue;
            };
            let id = self.required_text(&f, "id");
            let ask = self.required_text(&f, "ask");
            match (id, ask) {
                (Some(id), Some(ask)) => prompts.push(Prompt { id, ask }),
                _ => ok = false,
            }
        }
        ok.then_some(prompts)
    }

    fn questions(&mut self, node: &Node, bank: &str) -> Option<Vec<Question>> {
        let items = self.list(node, "questions")?;
        self.duplicate_ids(items);
        let before = self.problems.len();
        let questions: Vec<Option<Question>> =
            items.iter().map(|item| self.question(item, bank)).collect();
        let questions: Option<Vec<Question>> = questions.into_iter().collect();
        if self.problems.len() > before {
            return None;
        }
        questions
    }

    /// Looks at the raw ids, so a duplicate is found even when the questions have other mistakes.
    fn duplicate_ids(&mut self, items: &[Node]) {
        let mut seen: Vec<(&str, usize)> = Vec::new();
        for item in items {
            let Node::Map { entries, .. } = item else {
                continue;
            };
            let Some((_, Node::Scalar { text, pos })) =
                entries.iter().find(|(k, _)| k.text == "id")
            else {
                continue;
            };
            let id = text.trim();
            if id.is_empty() {
                continue;
            }
            match seen.iter().find(|(seen_id, _)| *seen_id == id) {
                Some((_, first)) => {
                    let first = *first;
                    self.problem(
                        *pos,
                        format!("duplicate question id `{id}`: it is already used on line {first}"),
                    );
                }
                None => seen.push((id, pos.line)),
            }
        }
    }

    fn question(&mut self, node: &Node, bank: &str) -> Option<Question> {
        let f = self.fields(node, QUESTION_FIELDS, "a question")?;
        let before = self.problems.len();
        let id = self.required_text(&f, "id");
        let id_pos = f.get("id").map(Node::pos).unwrap_or(f.pos);
        if let Some(id) = &id {
            self.check_id(id, id_pos, "question id");
        }
        let kind = self.required(&f, "kind").and_then(|n| self.kind(n));
        let topic = self.required_text(&f, "topic");
        if let (Some(topic), Some(node)) = (&topic, f.get("topic"))
            && !topic
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.problem(
                node.pos(),
                format!("topic `{topic}` should be a short name in lower case with `-` between words, such as `waiting-times`"),
            );
        }
        let statements = self
            .required(&f, "quality_statements")
            .and_then(|n| self.statements(n));
        let ask = self.required_text(&f, "ask");
        let follow_ups = self
            .required(&f, "follow_ups")
            .and_then(|n| self.follow_ups(n));
        let listen_for = self
            .required(&f, "listen_for")
            .and_then(|n| self.text_list(n, "listen_for"));
        let target = match f.get("target_seconds") {
            None => kind.map(Kind::default_target_seconds),
            Some(n) => self.seconds(n),
        };
        let tip = f.get("tip").map(|n| self.text(n, "tip"));
        if self.problems.len() > before {
            return None;
        }
        Some(Question {
            id: id?,
            bank: bank.to_string(),
            kind: kind?,
            topic: topic?,
            quality_statements: statements?,
            ask: ask?,
            follow_ups: follow_ups?,
            listen_for: listen_for?,
            target_seconds: target?,
            tip: tip.flatten(),
            line: id_pos.line,
            column: id_pos.column,
        })
    }

    fn kind(&mut self, node: &Node) -> Option<Kind> {
        let text = self.text(node, "kind")?;
        let kind = Kind::from_slug(&text);
        if kind.is_none() {
            let names: Vec<&str> = Kind::ALL.iter().map(|k| k.slug()).collect();
            let hint = did_you_mean(&text, &names)
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            self.problem(
                node.pos(),
                format!("unknown kind `{text}`{hint}: use scene-setting, broad or focused"),
            );
        }
        kind
    }

    fn statements(&mut self, node: &Node) -> Option<Vec<QualityStatement>> {
        let items = self.list(node, "quality_statements")?;
        let names: Vec<&str> = QualityStatement::ALL.iter().map(|q| q.slug()).collect();
        let mut out = Vec::new();
        let mut ok = true;
        for item in items {
            let Some(text) = self.text(item, "quality_statements") else {
                ok = false;
                continue;
            };
            match QualityStatement::from_slug(&text) {
                Some(q) if !out.contains(&q) => out.push(q),
                Some(_) => {}
                None => {
                    let hint = did_you_mean(&text, &names)
                        .map(|s| format!("did you mean `{s}`? "))
                        .unwrap_or_default();
                    self.problem(
                        item.pos(),
                        format!(
                            "unknown quality statement `{text}`: {hint}use one of {}",
                            names.join(", ")
                        ),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    fn follow_ups(&mut self, node: &Node) -> Option<Vec<FollowUp>> {
        let items = self.list(node, "follow_ups")?;
        let mut out = Vec::new();
        let mut ok = true;
        for item in items {
            let follow_up = match item {
                Node::Scalar { .. } => self.text(item, "follow_ups").map(|ask| FollowUp {
                    ask,
                    when: Vec::new(),
                }),
                Node::Map { .. } => {
                    let f = self.fields(item, FOLLOW_UP_FIELDS, "a follow-up");
                    f.and_then(|f| {
                        let ask = self.required_text(&f, "ask");
                        let when = match f.get("when") {
                            None => Some(Vec::new()),
                            Some(n) => self.text_list(n, "when"),
                        };
                        Some(FollowUp {
                            ask: ask?,
                            when: when?.into_iter().map(|w| w.to_lowercase()).collect(),
                        })
                    })
                }
                Node::Seq { pos, .. } => {
                    self.problem(
                        *pos,
                        "a follow-up should be text, or `ask:` with `when:` words, but here it is a list",
                    );
                    None
                }
            };
            match follow_up {
                Some(f) => out.push(f),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn seconds(&mut self, node: &Node) -> Option<u32> {
        let text = self.text(node, "target_seconds")?;
        match text.parse::<u32>() {
            Ok(n) if TARGET_RANGE.contains(&n) => Some(n),
            _ => {
                self.problem(
                    node.pos(),
                    format!(
                        "`target_seconds` should be a whole number of seconds from {} to {}, but it is `{text}`",
                        TARGET_RANGE.start(),
                        TARGET_RANGE.end()
                    ),
                );
                None
            }
        }
    }
}

/// The closest known name, when it is close enough to be a slip of the keyboard.
pub fn did_you_mean<'a>(typed: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(typed, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "\
id: test-bank
title: Test bank
description: For tests.
version: 1
questions:
  - id: q-one
    kind: focused
    topic: waiting-times
    quality_statements: [assessing-needs, equity]
    ask: How long do people wait?
    follow_ups:
      - How do you know?
      - ask: How do you keep in touch while they wait?
        when: [Waiting]
    listen_for:
      - A figure and its trend
";

    fn problems(text: &str) -> Vec<Problem> {
        parse_bank("bank.yaml", text, Source::Bundled("bank.yaml")).unwrap_err()
    }

    /// The single problem a text has, as `line:col: message`.
    fn only(text: &str) -> (usize, usize, String) {
        let all = problems(text);
        assert_eq!(all.len(), 1, "expected one problem, got {all:#?}");
        (all[0].line, all[0].column, all[0].message.clone())
    }

    #[test]
    fn a_good_bank_loads_with_defaults() {
        let bank = parse_bank("bank.yaml", GOOD, Source::Bundled("bank.yaml")).unwrap();
        assert_eq!(bank.prompts, Prompt::default_three());
        let q = &bank.questions[0];
        assert_eq!(q.target_seconds, 150, "focused default");
        assert_eq!(
            q.follow_ups[1].when,
            vec!["waiting"],
            "trigger words are lower-cased"
        );
        assert_eq!((q.line, q.column), (6, 9));
    }

    #[test]
    fn yaml_syntax_error_is_located() {
        let (line, _, message) = only("id: a\ntitle: [unclosed\n");
        assert!(line >= 2, "{line}");
        assert!(message.starts_with("YAML syntax"), "{message}");
    }

    #[test]
    fn tabs_are_reported_at_the_tab() {
        let text = GOOD.replace("    kind: focused", "\tkind: focused");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (7, 1));
        assert!(message.contains("tab"), "{message}");
    }

    #[test]
    fn empty_file_is_reported() {
        let (line, column, message) = only("# only a comment\n\n");
        assert_eq!((line, column), (1, 1));
        assert!(message.contains("empty"), "{message}");
    }

    #[test]
    fn missing_field_names_the_field() {
        let text = GOOD.replace("    ask: How long do people wait?\n", "");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (6, 5));
        assert_eq!(message, "missing field `ask` in a question");
    }

    #[test]
    fn wrong_type_says_what_was_expected() {
        let text = GOOD.replace(
            "    listen_for:\n      - A figure and its trend\n",
            "    listen_for: A figure\n",
        );
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (15, 17));
        assert!(
            message.contains("`listen_for` should be a list"),
            "{message}"
        );
    }

    #[test]
    fn unknown_field_suggests_the_close_one() {
        let text = GOOD.replace("    follow_ups:", "    folow_ups:");
        let all = problems(&text);
        let unknown = all
            .iter()
            .find(|p| p.message.contains("unknown field"))
            .unwrap();
        assert_eq!((unknown.line, unknown.column), (11, 5));
        assert!(
            unknown.message.contains("did you mean `follow_ups`?"),
            "{}",
            unknown.message
        );
    }

    #[test]
    fn unknown_kind_is_reported_with_the_choices() {
        let text = GOOD.replace("kind: focused", "kind: focussed");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (7, 11));
        assert!(message.contains("unknown kind `focussed`"), "{message}");
        assert!(message.contains("did you mean `focused`"), "{message}");
    }

    #[test]
    fn unknown_quality_statement_is_reported_at_the_value() {
        let text = GOOD.replace("[assessing-needs, equity]", "[assessing-needs, equality]");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (9, 43));
        assert!(
            message.contains("unknown quality statement `equality`"),
            "{message}"
        );
    }

    #[test]
    fn duplicate_id_points_at_the_second_and_names_the_first() {
        let second = GOOD.split("questions:\n").nth(1).unwrap();
        let text = format!("{GOOD}{second}");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (17, 9));
        assert!(
            message.contains("duplicate question id `q-one`"),
            "{message}"
        );
        assert!(message.contains("line 6"), "{message}");
    }

    #[test]
    fn empty_text_is_reported() {
        let text = GOOD.replace("ask: How long do people wait?", "ask: \"  \"");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (10, 10));
        assert_eq!(message, "`ask` is empty: write some text here");
    }

    #[test]
    fn target_seconds_must_be_a_sensible_whole_number() {
        let text = GOOD.replace(
            "    listen_for:",
            "    target_seconds: 2 minutes\n    listen_for:",
        );
        let (_, _, message) = only(&text);
        assert!(message.contains("whole number of seconds"), "{message}");
    }

    #[test]
    fn every_problem_in_a_file_is_reported_not_just_the_first() {
        let text = GOOD
            .replace("kind: focused", "kind: wide")
            .replace("follow_ups:", "folow_ups:");
        assert!(problems(&text).len() >= 3, "{:#?}", problems(&text));
    }

    #[test]
    fn did_you_mean_ignores_far_off_words() {
        assert_eq!(
            did_you_mean("folow_ups", QUESTION_FIELDS),
            Some("follow_ups")
        );
        assert_eq!(did_you_mean("banana", QUESTION_FIELDS), None);
    }
}
