//! Turns the text of one bank file into a [`Bank`], or into every problem found, each with its place.

use super::model::{
    Bank, Dated, DatedItem, FollowUp, Gap, GapProbe, Kind, Origin, Prompt, QualityStatement,
    Question, StatementNote, Words,
};
use crate::yaml::{self, MapKey, Node, Pos};
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
pub fn parse_bank(file: &str, text: &str, origin: Origin) -> Result<Bank, Vec<Problem>> {
    let mut checker = Checker {
        file: file.to_string(),
        problems: Vec::new(),
        warnings: Vec::new(),
        dates: Vec::new(),
    };
    let bank = checker.bank(text, origin);
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
    entries: &'a [(MapKey, Node)],
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

    fn bank(&mut self, text: &str, origin: Origin) -> Option<Bank> {
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
        if self.tabs(text) | self.control_characters(text) {
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
            origin,
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

    /// Control characters (a NUL, a bell, an escape) do not show on screen: the YAML reader stopped
    /// at a NUL and reported fields missing far from it, and took the others into questions that
    /// then showed as "[31m". Each is reported where it is. Tabs (indentation has its own
    /// message) and the carriage returns of Windows line endings are fine.
    fn control_characters(&mut self, text: &str) -> bool {
        let mut found = false;
        for (n, line) in text.split('\n').enumerate() {
            if let Some((col, c)) = line
                .chars()
                .enumerate()
                .find(|(_, c)| c.is_control() && !matches!(c, '\t' | '\r'))
            {
                self.problem(
                    Pos {
                        line: n + 1,
                        column: col + 1,
                    },
                    format!(
                        "an invisible control character (U+{:04X}) is here, perhaps pasted from \
                         another program: delete it",
                        u32::from(c)
                    ),
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
                let message = match colon_in_text(other) {
                    Some(quoted) => format!(
                        "`{field}` should be text, but the `: ` (a colon and a space) in it makes \
                         YAML read a field name: put the whole text in double quotes, {quoted}, \
                         or write the colon as a dash"
                    ),
                    None => format!(
                        "`{field}` should be text, but here it is {}",
                        other.describe()
                    ),
                };
                self.problem(other.pos(), message);
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
        // "Areas: how does the wait differ?" is a follow-up with a colon in it, not a field
        // called `Areas` (the twelfth walk's row 4): said so once, with the quotes that mend it.
        if let (Some(quoted), Node::Map { entries, .. }) = (colon_in_text(item), item)
            && entries
                .iter()
                .all(|(k, _)| !FOLLOW_UP_FIELDS.contains(&k.text.as_str()))
        {
            self.problem(
                item.pos(),
                format!(
                    "this follow-up has a `: ` (a colon and a space) in it, which makes YAML read \
                     a field name: put the whole text in double quotes, {quoted}, or write the \
                     colon as a dash"
                ),
            );
            return None;
        }
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
    let file = match &bank.origin {
        Origin::Bundled(name) => format!("question_banks/{name}"),
        Origin::File(path) => path.display().to_string(),
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

/// A line of text that YAML read as a field because of a `: ` in it ("The current wait: a
/// figure" is `{The current wait: a figure}`): the text as it was meant, in double quotes, to
/// show how to write it. `None` for anything else.
fn colon_in_text(node: &Node) -> Option<String> {
    let Node::Map { entries, .. } = node else {
        return None;
    };
    let [(key, Node::Scalar { text, .. })] = entries.as_slice() else {
        return None;
    };
    let whole = format!("{}: {}", key.text, text.trim());
    let shown: String = if whole.chars().count() > 40 {
        let cut: String = whole.chars().take(40).collect();
        format!("{}…", cut.trim_end())
    } else {
        whole
    };
    Some(format!("\"{}\"", shown.replace('"', "\\\"")))
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
