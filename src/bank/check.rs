//! Turns the text of one bank file into a [`Bank`], or into every problem found, each with its place.

use super::model::{
    Bank, Dated, DatedItem, FollowUp, Gap, GapProbe, Kind, Prompt, QualityStatement, Question,
    Source, StatementNote, Words,
};
use crate::yaml::{self, Key, Node, Pos};
use chrono::{Months, NaiveDate};

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
    "prompts_by_kind",
    "gap_probes",
    "questions",
    "as_of",
    "quality_statements",
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
    "prompts",
    "tags",
    "checked",
];
const FOLLOW_UP_FIELDS: &[&str] = &["ask", "when", "gap"];
const GAP_PROBE_FIELDS: &[&str] = &["gap", "ask", "kinds"];
const NOTE_FIELDS: &[&str] = &["slug", "title", "what_good_looks_like", "source", "as_of"];
/// Law and national guidance move: a date older than this is worth checking again.
const STALE_AFTER: Months = Months::new(12);
const TARGET_RANGE: std::ops::RangeInclusive<u32> = 10..=1800;

/// Reads and checks one bank. `file` is how the file is named in messages.
pub fn parse_bank(file: &str, text: &str, source: Source) -> Result<Bank, Vec<Problem>> {
    let mut checker = Checker {
        file: file.to_string(),
        problems: Vec::new(),
        warnings: Vec::new(),
        dates: Vec::new(),
    };
    let bank = checker.bank(text, source);
    checker.problems.sort_by_key(|p| (p.line, p.column));
    checker.warnings.sort_by_key(|p| (p.line, p.column));
    match bank {
        Some(mut bank) if checker.problems.is_empty() => {
            bank.warnings = checker.warnings;
            checker.dates.sort_by_key(|d| (d.line, d.column));
            bank.dates = checker.dates;
            Ok(bank)
        }
        _ => Err(checker.problems),
    }
}

struct Checker {
    file: String,
    problems: Vec<Problem>,
    /// Things that do not stop the bank loading (`banks check` shows them).
    warnings: Vec<Problem>,
    /// Every date read so far, for [`stale_dates`].
    dates: Vec<Dated>,
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

    fn warning(&mut self, pos: Pos, message: impl Into<String>) {
        self.warnings.push(Problem {
            file: self.file.clone(),
            line: pos.line.max(1),
            column: pos.column.max(1),
            message: format!("warning: {}", message.into()),
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
        let prompts_by_kind = match top.get("prompts_by_kind") {
            None => Some(Vec::new()),
            Some(node) => self.prompts_by_kind(node),
        };
        let gap_probes = match top.get("gap_probes") {
            None => Some(Vec::new()),
            Some(node) => self.gap_probes(node),
        };
        let as_of = match top.get("as_of") {
            None => Some(None),
            Some(node) => self.dated(node, "as_of", DatedItem::Bank).map(Some),
        };
        let statement_notes = match top.get("quality_statements") {
            None => Some(Vec::new()),
            Some(node) => self.statement_notes(node),
        };
        let bank_id = id.clone().unwrap_or_default();
        let questions = match top.get("questions") {
            None => {
                self.problem(top.pos, "missing field `questions`: the list of questions");
                None
            }
            Some(node) => self.questions(node, &bank_id),
        };
        let gap_probes = gap_probes?;
        let mut questions = questions?;
        for q in &mut questions {
            q.default_probes = default_probes(&gap_probes, q);
        }
        Some(Bank {
            id: id?,
            title: title?,
            description: description?,
            version: version?,
            prompts: prompts?,
            prompts_by_kind: prompts_by_kind?,
            gap_probes,
            questions,
            source,
            warnings: Vec::new(),
            as_of: as_of?,
            dates: Vec::new(),
            statement_notes: statement_notes?,
        })
    }

    /// A date written `YYYY-MM-DD`, kept with where it is so `banks check` can point at it.
    fn dated(&mut self, node: &Node, field: &str, item: DatedItem) -> Option<NaiveDate> {
        let text = self.text(node, field)?;
        match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            Ok(date) if text.len() == 10 => {
                let pos = node.pos();
                self.dates.push(Dated {
                    item,
                    date,
                    line: pos.line.max(1),
                    column: pos.column.max(1),
                });
                Some(date)
            }
            _ => {
                self.problem(
                    node.pos(),
                    format!(
                        "`{field}` should be a date written YYYY-MM-DD, such as 2026-12-01, but it is `{text}`"
                    ),
                );
                None
            }
        }
    }

    /// `quality_statements:` at the top of a bank: what good looks like for each statement.
    fn statement_notes(&mut self, node: &Node) -> Option<Vec<StatementNote>> {
        let items = self.list(node, "quality_statements")?;
        let mut out: Vec<StatementNote> = Vec::new();
        let mut ok = true;
        for item in items {
            let Some(f) = self.fields(item, NOTE_FIELDS, "a quality statement note") else {
                ok = false;
                continue;
            };
            let statement = self.required(&f, "slug").and_then(|n| {
                let slug = self.text(n, "slug")?;
                let found = self.statement_named(&slug, n.pos());
                if let Some(q) = found
                    && out.iter().any(|note| note.statement == q)
                {
                    self.problem(
                        n.pos(),
                        format!("`{slug}` has a note already: give each quality statement one"),
                    );
                    return None;
                }
                found
            });
            let title = match f.get("title") {
                None => statement.map(|q| q.title().to_string()),
                Some(n) => self.text(n, "title"),
            };
            let good = self.required_text(&f, "what_good_looks_like");
            let source = self.required_text(&f, "source");
            let as_of = match (self.required(&f, "as_of"), statement) {
                (Some(n), Some(q)) => self.dated(n, "as_of", DatedItem::Statement(q)),
                _ => None,
            };
            match (statement, title, good, source, as_of) {
                (
                    Some(statement),
                    Some(title),
                    Some(what_good_looks_like),
                    Some(source),
                    Some(as_of),
                ) => out.push(StatementNote {
                    statement,
                    title,
                    what_good_looks_like,
                    source,
                    as_of,
                }),
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// `prompts_by_kind:` a kind name, then its list of prompts, for each kind that needs its own.
    fn prompts_by_kind(&mut self, node: &Node) -> Option<Vec<(Kind, Vec<Prompt>)>> {
        let Node::Map { entries, .. } = node else {
            self.problem(
                node.pos(),
                format!(
                    "`prompts_by_kind` should name kinds (`scene-setting:`, `broad:`, `focused:`), each with its prompts, but here it is {}",
                    node.describe()
                ),
            );
            return None;
        };
        let mut out = Vec::new();
        let mut ok = true;
        for (key, value) in entries {
            let kind = self.kind_named(&key.text, key.pos);
            let prompts = self.prompts(value);
            match (kind, prompts) {
                (Some(kind), Some(prompts)) => out.push((kind, prompts)),
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn gap_probes(&mut self, node: &Node) -> Option<Vec<GapProbe>> {
        let items = self.list(node, "gap_probes")?;
        let mut out = Vec::new();
        let mut ok = true;
        for item in items {
            let Some(f) = self.fields(item, GAP_PROBE_FIELDS, "a gap probe") else {
                ok = false;
                continue;
            };
            let gap = self.required(&f, "gap").and_then(|n| self.gap(n));
            let ask = self.required_text(&f, "ask");
            let kinds = match f.get("kinds") {
                None => Some(Vec::new()),
                Some(n) => self.kinds(n),
            };
            if let (Some(ask), Some(node)) = (&ask, f.get("ask")) {
                self.refers_back(ask, node.pos());
            }
            match (gap, ask, kinds) {
                (Some(gap), Some(ask), Some(kinds)) => out.push(GapProbe { gap, ask, kinds }),
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn kinds(&mut self, node: &Node) -> Option<Vec<Kind>> {
        let items = self.list(node, "kinds")?;
        let mut out = Vec::new();
        let mut ok = true;
        for item in items {
            match self.kind(item) {
                Some(kind) if !out.contains(&kind) => out.push(kind),
                Some(_) => {}
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn gap(&mut self, node: &Node) -> Option<Gap> {
        let text = self.text(node, "gap")?;
        let gap = Gap::from_slug(&text);
        if gap.is_none() {
            let names: Vec<&str> = Gap::ALL.iter().map(|g| g.slug()).collect();
            let hint = did_you_mean(&text, &names)
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            self.problem(
                node.pos(),
                format!(
                    "unknown gap `{text}`{hint}: use one of {}",
                    names.join(", ")
                ),
            );
        }
        gap
    }

    /// A probe that points back at something ("that forum") only makes sense once the answer has
    /// mentioned it, so it needs `when` words naming it.
    fn refers_back(&mut self, ask: &str, pos: Pos) {
        if let Some(phrase) = refers_back(ask) {
            self.warning(
                pos,
                format!(
                    "this probe refers back to something the answer may never have mentioned (\"{phrase}\"), \
                     but has no `when` words: add `when:` words that name it, or reword it so it stands alone"
                ),
            );
        }
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
            && !is_slug(topic)
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
            .and_then(|n| self.follow_ups(n, ask.as_deref()));
        let listen_for = self
            .required(&f, "listen_for")
            .and_then(|n| self.text_list(n, "listen_for"));
        let target = match f.get("target_seconds") {
            None => kind.map(Kind::default_target_seconds),
            Some(n) => self.seconds(n),
        };
        let tip = f.get("tip").map(|n| self.text(n, "tip"));
        let prompts = f.get("prompts").map(|n| self.prompts(n));
        let tags = match f.get("tags") {
            None => Some(Vec::new()),
            Some(n) => self.tags(n),
        };
        if let (Some(n), Some(id)) = (f.get("checked"), &id) {
            self.dated(n, "checked", DatedItem::Question(id.clone()));
        }
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
            default_probes: Vec::new(),
            listen_for: listen_for?,
            target_seconds: target?,
            tip: tip.flatten(),
            prompts: match prompts {
                None => None,
                Some(p) => Some(p?),
            },
            tags: tags?,
            line: id_pos.line,
            column: id_pos.column,
        })
    }

    fn tags(&mut self, node: &Node) -> Option<Vec<String>> {
        // An empty list is a natural way to write "no tags yet".
        if let Node::Seq { items, .. } = node
            && items.is_empty()
        {
            return Some(Vec::new());
        }
        let items = self.list(node, "tags")?;
        let mut out = Vec::new();
        let mut ok = true;
        for item in items {
            let Some(tag) = self.text(item, "tags") else {
                ok = false;
                continue;
            };
            if !is_slug(&tag) {
                self.problem(
                    item.pos(),
                    format!("tag `{tag}` should be a short name in lower case with `-` between words, such as `young-carers`"),
                );
                ok = false;
            } else if !out.contains(&tag) {
                out.push(tag);
            }
        }
        ok.then_some(out)
    }

    fn kind(&mut self, node: &Node) -> Option<Kind> {
        let text = self.text(node, "kind")?;
        self.kind_named(&text, node.pos())
    }

    fn kind_named(&mut self, text: &str, pos: Pos) -> Option<Kind> {
        let node_pos = pos;
        let text = text.trim();
        let kind = Kind::from_slug(text);
        if kind.is_none() {
            let names: Vec<&str> = Kind::ALL.iter().map(|k| k.slug()).collect();
            let hint = did_you_mean(text, &names)
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            self.problem(
                node_pos,
                format!("unknown kind `{text}`{hint}: use scene-setting, broad or focused"),
            );
        }
        kind
    }

    fn statements(&mut self, node: &Node) -> Option<Vec<QualityStatement>> {
        let items = self.list(node, "quality_statements")?;
        let mut out = Vec::new();
        let mut ok = true;
        for item in items {
            let Some(text) = self.text(item, "quality_statements") else {
                ok = false;
                continue;
            };
            match self.statement_named(&text, item.pos()) {
                Some(q) if !out.contains(&q) => out.push(q),
                Some(_) => {}
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn statement_named(&mut self, text: &str, pos: Pos) -> Option<QualityStatement> {
        let found = QualityStatement::from_slug(text);
        if found.is_none() {
            let names: Vec<&str> = QualityStatement::ALL.iter().map(|q| q.slug()).collect();
            let hint = did_you_mean(text, &names)
                .map(|s| format!("did you mean `{s}`? "))
                .unwrap_or_default();
            self.problem(
                pos,
                format!(
                    "unknown quality statement `{text}`: {hint}use one of {}",
                    names.join(", ")
                ),
            );
        }
        found
    }

    /// The follow-ups of a question whose own ask is `ask` (when it could be read), which `when`
    /// words are checked against.
    fn follow_ups(&mut self, node: &Node, ask: Option<&str>) -> Option<Vec<FollowUp>> {
        let items = self.list(node, "follow_ups")?;
        let ask_words = Words::new(ask.unwrap_or_default());
        let mut out = Vec::new();
        let mut ok = true;
        for item in items {
            let follow_up = match item {
                Node::Scalar { pos, .. } => self
                    .text(item, "follow_ups")
                    .inspect(|ask| {
                        self.refers_back(ask, *pos);
                    })
                    .map(FollowUp::plain),
                Node::Map { .. } => self.follow_up_fields(item, &ask_words),
                Node::Seq { pos, .. } => {
                    self.problem(
                        *pos,
                        "a follow-up should be text, or `ask:` with `when:` words or a `gap:`, but here it is a list",
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

    fn follow_up_fields(&mut self, item: &Node, question_ask: &Words) -> Option<FollowUp> {
        let f = self.fields(item, FOLLOW_UP_FIELDS, "a follow-up")?;
        let ask = self.required_text(&f, "ask");
        let when = match f.get("when") {
            None => Some(Vec::new()),
            Some(n) => self.when_words(n, question_ask),
        };
        let gap = f.get("gap").map(|n| self.gap(n));
        let unconditional = when.as_ref().is_some_and(Vec::is_empty);
        if let (Some(ask), Some(node), true) = (&ask, f.get("ask"), unconditional) {
            self.refers_back(ask, node.pos());
        }
        Some(FollowUp {
            ask: ask?,
            when: when?,
            gap: match gap {
                None => None,
                Some(g) => Some(g?),
            },
        })
    }

    fn when_words(&mut self, node: &Node, question_ask: &Words) -> Option<Vec<String>> {
        let items = self.list(node, "when")?;
        let mut out = Vec::new();
        let mut ok = true;
        for item in items {
            let Some(word) = self.text(item, "when") else {
                ok = false;
                continue;
            };
            if Words::new(&word).is_empty() {
                self.problem(
                    item.pos(),
                    format!("`when` word `{word}` has no letters or numbers to listen for"),
                );
                ok = false;
                continue;
            }
            if question_ask.contains(&word) {
                self.warning(
                    item.pos(),
                    format!(
                        "`when` word `{word}` is in the question's own ask, so almost every answer says it \
                         and this probe is chosen whatever was said: use a word only an answer that goes further would use"
                    ),
                );
            }
            out.push(word.to_lowercase());
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

/// Dates in a bank more than a year before `today`: law and guidance may have moved since. These
/// are warnings for `banks check`, worked out when asked (never at load, so a bank does not change
/// with the calendar), with `today` passed in so tests can fix it.
pub fn stale_dates(bank: &Bank, today: NaiveDate) -> Vec<Problem> {
    let file = match &bank.source {
        Source::Bundled(name) => format!("question_banks/{name}"),
        Source::File(path) => path.display().to_string(),
    };
    bank.dates
        .iter()
        .filter(|d| d.date.checked_add_months(STALE_AFTER).is_some_and(|due| due < today))
        .map(|d| {
            let what = match &d.item {
                DatedItem::Bank => "the bank's `as_of`".to_string(),
                DatedItem::Question(id) => format!("question `{id}`'s `checked`"),
                DatedItem::Statement(q) => format!("the note on `{}`", q.slug()),
            };
            Problem {
                file: file.clone(),
                line: d.line,
                column: d.column,
                message: format!(
                    "warning: {what} date is {}, over a year before today ({}): read it against the \
                     law and guidance as they stand, then update the date",
                    d.date.format("%-d %B %Y"),
                    today.format("%-d %B %Y")
                ),
            }
        })
        .collect()
}

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The bank's gap probes that apply to a question: those for its kind, less any gap the question
/// has its own probe for (the question's own wins).
fn default_probes(gap_probes: &[GapProbe], question: &Question) -> Vec<FollowUp> {
    gap_probes
        .iter()
        .filter(|g| g.applies_to(question.kind))
        .filter(|g| !question.follow_ups.iter().any(|f| f.gap == Some(g.gap)))
        .map(|g| FollowUp {
            ask: g.ask.clone(),
            when: Vec::new(),
            gap: Some(g.gap),
        })
        .collect()
}

/// Words after "that"/"those" which, in a probe, point back at something the answer must have named.
const REFERRED_THINGS: &[&str] = &[
    "forum",
    "forums",
    "board",
    "boards",
    "group",
    "groups",
    "panel",
    "panels",
    "meeting",
    "meetings",
    "network",
    "networks",
    "project",
    "projects",
    "pilot",
    "pilots",
    "programme",
    "programmes",
    "scheme",
    "schemes",
    "partnership",
    "partnerships",
    "protocol",
    "protocols",
    "policy",
    "policies",
    "strategy",
    "strategies",
    "framework",
    "frameworks",
    "initiative",
    "initiatives",
    "hub",
    "hubs",
    "tool",
    "tools",
    "team",
    "teams",
    "service",
    "services",
    "audit",
    "audits",
    "review",
    "reviews",
    "survey",
    "surveys",
    "model",
    "role",
    "post",
    "plan",
    "plans",
    "approach",
    "process",
    "committee",
    "champion",
    "champions",
    "training",
    "course",
    "academy",
    "arrangement",
    "arrangements",
    "seat",
    "contract",
    "system",
    "report",
    "dashboard",
    "finding",
    "findings",
    "backlog",
    "case",
];

/// The words in `ask` that refer back to something said earlier ("that forum", "you mentioned").
pub fn refers_back(ask: &str) -> Option<String> {
    let words = Words::new(ask);
    let words = words.as_slice();
    for pair in words.windows(2) {
        let (a, b) = (pair[0].as_str(), pair[1].as_str());
        // "that the board" is a clause, not a pointer; "that board" points back.
        if matches!(a, "that" | "those") && REFERRED_THINGS.contains(&b) {
            return Some(format!("{a} {b}"));
        }
        if a == "you" && matches!(b, "mentioned" | "described" | "said" | "talked") {
            return Some(format!("{a} {b}"));
        }
    }
    None
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

    const NEW_FIELDS: &str = "\
id: new-bank
title: New bank
description: Every field added for probing like an assessor.
version: 2
prompts_by_kind:
  scene-setting:
    - id: remit
      ask: Your role and remit
    - id: heard
      ask: How you are heard
gap_probes:
  - gap: evidence
    ask: How do you know that?
  - gap: example
    ask: Can you give me a specific example?
    kinds: [broad, focused]
questions:
  - id: s-one
    kind: scene-setting
    topic: role-remit
    quality_statements: [governance]
    ask: Tell us about your role.
    follow_ups:
      - Who do you report to?
    listen_for:
      - The remit
  - id: f-one
    kind: focused
    topic: waiting-times
    quality_statements: [assessing-needs]
    ask: How long do people wait?
    tags: [triangulation, young-carers]
    prompts:
      - id: now
        ask: Where are things now?
    follow_ups:
      - ask: What does your audit say about it?
        gap: evidence
      - ask: What is the longest wait?
        when: [waiting list, 85%]
    listen_for:
      - A figure
";

    fn new_bank() -> Bank {
        parse_bank("bank.yaml", NEW_FIELDS, Source::Bundled("bank.yaml")).unwrap()
    }

    #[test]
    fn new_fields_load() {
        let bank = new_bank();
        let (s, f) = (&bank.questions[0], &bank.questions[1]);
        let asks = |p: &[Prompt]| p.iter().map(|p| p.ask.clone()).collect::<Vec<_>>();
        assert_eq!(
            asks(bank.prompts_for(s)),
            ["Your role and remit", "How you are heard"],
            "scene-setting gets its kind's prompts"
        );
        assert_eq!(asks(bank.prompts_for(f)), ["Where are things now?"]);
        assert_eq!(f.tags, ["triangulation", "young-carers"]);
        assert!(s.tags.is_empty());
        assert_eq!(f.follow_ups[0].gap, Some(Gap::Evidence));
        assert_eq!(f.follow_ups[1].when, ["waiting list", "85%"]);
        // The question's own evidence probe wins over the bank's.
        let defaults = |q: &Question| {
            q.default_probes
                .iter()
                .map(|p| (p.gap, p.ask.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            defaults(f),
            [(
                Some(Gap::Example),
                "Can you give me a specific example?".to_string()
            )]
        );
        assert_eq!(
            defaults(s),
            [(Some(Gap::Evidence), "How do you know that?".to_string())],
            "the example probe is for broad and focused questions only"
        );
        assert_eq!(f.probes().count(), 3);
        assert_eq!(bank.gap_probes[1].kinds, [Kind::Broad, Kind::Focused]);
        assert!(bank.warnings.is_empty(), "{:#?}", bank.warnings);
    }

    #[test]
    fn old_banks_load_unchanged() {
        let bank = parse_bank("bank.yaml", GOOD, Source::Bundled("bank.yaml")).unwrap();
        let q = &bank.questions[0];
        assert_eq!(bank.prompts_for(q), Prompt::default_three().as_slice());
        assert!(bank.prompts_by_kind.is_empty() && bank.gap_probes.is_empty());
        assert!(q.default_probes.is_empty() && q.tags.is_empty() && q.prompts.is_none());
        assert_eq!(q.follow_ups[0], FollowUp::plain("How do you know?"));
        assert_eq!(q.follow_ups[1].gap, None);
        for (name, text) in crate::bank::load::BUNDLED {
            assert!(
                parse_bank(name, text, Source::Bundled(name)).is_ok(),
                "{name} no longer loads"
            );
        }
    }

    #[test]
    fn unknown_gap_is_located_with_a_suggestion() {
        let text = NEW_FIELDS.replace("gap: example", "gap: exmaple");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (14, 10));
        assert!(
            message.contains("unknown gap `exmaple` (did you mean `example`?)"),
            "{message}"
        );
        let text = NEW_FIELDS.replace("        gap: evidence", "        gap: own_part");
        let (_, _, message) = only(&text);
        assert!(message.contains("did you mean `own-part`?"), "{message}");
    }

    #[test]
    fn unknown_kinds_in_new_fields_are_located() {
        let text = NEW_FIELDS.replace("  scene-setting:\n", "  scene-seting:\n");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (6, 3));
        assert!(
            message.contains("did you mean `scene-setting`?"),
            "{message}"
        );
        let text = NEW_FIELDS.replace("kinds: [broad, focused]", "kinds: [broad, focussed]");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (16, 20));
        assert!(message.contains("did you mean `focused`?"), "{message}");
    }

    #[test]
    fn misspelt_new_fields_get_did_you_mean() {
        let text = NEW_FIELDS.replace("gap_probes:", "gap_probe:");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (11, 1));
        assert!(message.contains("did you mean `gap_probes`?"), "{message}");
        let text = NEW_FIELDS.replace("    tags:", "    tag:");
        let (_, _, message) = only(&text);
        assert!(message.contains("did you mean `tags`?"), "{message}");
        let text = NEW_FIELDS.replace("        gap: evidence", "        gaps: evidence");
        let (_, _, message) = only(&text);
        assert!(message.contains("did you mean `gap`?"), "{message}");
    }

    #[test]
    fn tags_must_be_slugs() {
        let text = NEW_FIELDS.replace("young-carers]", "Young Carers]");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (32, 27));
        assert!(message.contains("tag `Young Carers`"), "{message}");
        let empty = NEW_FIELDS.replace("[triangulation, young-carers]", "[]");
        assert!(parse_bank("b", &empty, Source::Bundled("b")).is_ok());
    }

    #[test]
    fn a_when_word_in_the_questions_own_ask_is_a_warning() {
        let text = NEW_FIELDS.replace("[waiting list, 85%]", "[Wait, 85%]");
        let bank = parse_bank("bank.yaml", &text, Source::Bundled("bank.yaml")).unwrap();
        let w: Vec<String> = bank.warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(w.len(), 1, "{w:#?}");
        assert!(
            w[0].starts_with(
                "bank.yaml:40:16: warning: `when` word `Wait` is in the question's own ask"
            ),
            "{}",
            w[0]
        );
    }

    #[test]
    fn a_probe_that_refers_back_needs_a_trigger() {
        let text = NEW_FIELDS.replace(
            "      - Who do you report to?",
            "      - What have you raised at that board?\n      - ask: What came of it at that forum?\n        when: [forum]",
        );
        let bank = parse_bank("bank.yaml", &text, Source::Bundled("bank.yaml")).unwrap();
        let w: Vec<String> = bank.warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(w.len(), 1, "only the probe without `when` words: {w:#?}");
        assert!(
            w[0].starts_with("bank.yaml:24:9: warning: this probe refers back"),
            "{}",
            w[0]
        );
        assert!(w[0].contains("\"that board\""), "{}", w[0]);
        assert_eq!(refers_back("How do you know that the board listens?"), None);
        assert_eq!(
            refers_back("As you mentioned, who leads?").as_deref(),
            Some("you mentioned")
        );
    }

    #[test]
    fn an_empty_when_word_is_an_error() {
        let text = NEW_FIELDS.replace("[waiting list, 85%]", "[waiting list, \"-\"]");
        let (line, _, message) = only(&text);
        assert_eq!(line, 40);
        assert!(message.contains("no letters or numbers"), "{message}");
    }

    #[test]
    fn did_you_mean_ignores_far_off_words() {
        assert_eq!(
            did_you_mean("folow_ups", QUESTION_FIELDS),
            Some("follow_ups")
        );
        assert_eq!(did_you_mean("banana", QUESTION_FIELDS), None);
    }

    /// GOOD with a bank `as_of`, a question `checked` and a quality statement note.
    fn dated_bank() -> String {
        GOOD.replace(
            "version: 1\n",
            "version: 1\nas_of: 2026-12-01\nquality_statements:\n  - slug: equity\n    \
             what_good_looks_like: Leaders know who gets a worse deal, and act.\n    \
             source: CQC framework\n    as_of: 2025-06-30\n",
        )
        .replace(
            "    ask: How long do people wait?\n",
            "    ask: How long do people wait?\n    checked: 2025-11-02\n",
        )
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_and_notes_load_with_their_places() {
        let bank = parse_bank("bank.yaml", &dated_bank(), Source::Bundled("bank.yaml")).unwrap();
        assert_eq!(bank.as_of, Some(day("2026-12-01")));
        let note = bank.statement_note(QualityStatement::Equity).unwrap();
        assert_eq!(
            note.title, "Equity in experience and outcomes",
            "CQC's title by default"
        );
        assert_eq!(note.as_of, day("2025-06-30"));
        assert!(bank.statement_note(QualityStatement::Governance).is_none());
        let places: Vec<(usize, DatedItem)> = bank
            .dates
            .iter()
            .map(|d| (d.line, d.item.clone()))
            .collect();
        assert_eq!(
            places,
            [
                (5, DatedItem::Bank),
                (10, DatedItem::Statement(QualityStatement::Equity)),
                (17, DatedItem::Question("q-one".into())),
            ]
        );
        assert!(
            GOOD.lines().count() > 10
                && parse_bank("b", GOOD, Source::Bundled("b"))
                    .unwrap()
                    .dates
                    .is_empty()
        );
    }

    #[test]
    fn a_date_over_a_year_old_is_a_warning_on_the_day_passed_in() {
        let bank = parse_bank("bank.yaml", &dated_bank(), Source::Bundled("bank.yaml")).unwrap();
        // A year to the day is not yet stale; the day after is.
        assert!(stale_dates(&bank, day("2026-06-30")).is_empty());
        let stale = stale_dates(&bank, day("2026-07-01"));
        assert_eq!(stale.len(), 1, "{stale:#?}");
        assert_eq!((stale[0].line, stale[0].column), (10, 12));
        assert!(
            stale[0]
                .message
                .contains("the note on `equity` date is 30 June 2025"),
            "{}",
            stale[0].message
        );
        let stale = stale_dates(&bank, day("2026-12-04"));
        assert_eq!(stale.len(), 2, "{stale:#?}");
        assert_eq!(
            stale[1].to_string(),
            "question_banks/bank.yaml:17:14: warning: question `q-one`'s `checked` date is 2 November 2025, over a year before today (4 December 2026): read it against the law and guidance as they stand, then update the date"
        );
        assert_eq!(
            stale_dates(&bank, day("2027-12-02")).len(),
            3,
            "the bank's own as_of too"
        );
    }

    #[test]
    fn a_bad_date_or_note_is_located() {
        let text = dated_bank().replace("checked: 2025-11-02", "checked: 2/11/2025");
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (17, 14));
        assert!(message.contains("YYYY-MM-DD"), "{message}");
        let text = dated_bank().replace("as_of: 2026-12-01", "as_of: 2026-02-30");
        assert_eq!(only(&text).0, 5);
        let text = dated_bank().replace("slug: equity", "slug: equality");
        let (line, _, message) = only(&text);
        assert_eq!(line, 7);
        assert!(message.contains("did you mean `equity`"), "{message}");
        let text = dated_bank().replace("    source: CQC framework\n", "");
        assert!(only(&text).2.contains("missing field `source`"));
    }
}
