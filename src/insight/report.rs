//! What the analysis found, as data (serialised to JSON for `psw-coach analyse --json`) and as the
//! readable plain-text report.

use serde::Serialize;

/// Something found in the answer, and where. Offsets are bytes into the analysed text; line and column
/// count from 1, the column in characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConfidentialKind {
    NhsNumber,
    Postcode,
    Phone,
    Email,
    DateOfBirth,
    TitledName,
    /// A house number and street: "12 Acacia Road", "Flat 3, 27 Mill Lane".
    Address,
}

impl ConfidentialKind {
    /// The kind as the JSON writes it.
    pub fn slug(self) -> &'static str {
        match self {
            ConfidentialKind::NhsNumber => "nhs-number",
            ConfidentialKind::Postcode => "postcode",
            ConfidentialKind::Phone => "phone",
            ConfidentialKind::Email => "email",
            ConfidentialKind::DateOfBirth => "date-of-birth",
            ConfidentialKind::TitledName => "titled-name",
            ConfidentialKind::Address => "address",
        }
    }

    /// The kind in plain words, for the report.
    pub fn label(self) -> &'static str {
        match self {
            ConfidentialKind::NhsNumber => "NHS number",
            ConfidentialKind::Postcode => "postcode",
            ConfidentialKind::Phone => "phone number",
            ConfidentialKind::Email => "email address",
            ConfidentialKind::DateOfBirth => "possible date of birth",
            ConfidentialKind::TitledName => "name with a title",
            ConfidentialKind::Address => "street address",
        }
    }
}

/// A detail that could identify someone who uses services.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Confidential {
    pub kind: ConfidentialKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

/// The three questions assessors press: what have you done, what difference has it made, how do you
/// know?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Covers {
    pub done: bool,
    pub difference: bool,
    pub evidence: bool,
}

/// One part of an answer given as parts ([`super::analyse_parts`]): was it written, and does it answer
/// its own question?
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartCoverage {
    /// The prompt id as given: `done`, `difference`, `evidence`, `follow-up`...
    pub id: String,
    /// The prompt as suggestions name it: "How do you know?" (see [`part_label`]).
    pub label: String,
    /// Byte offsets of the part in the joined text.
    pub start: usize,
    pub end: usize,
    /// Nothing written but spaces.
    pub empty: bool,
    /// For `done`, `difference` and `evidence` parts: whether the part itself answers its own question
    /// (an empty part never does). `None` for other parts, such as a follow-up.
    pub answers_own: Option<bool>,
}

/// The prompt a part answers, as a person reads it: `evidence` is "How do you know?". Other ids are
/// shown as written, with hyphens as spaces and a capital ("follow-up" is "Follow up").
pub fn part_label(id: &str) -> String {
    let id = id.trim();
    match id.to_ascii_lowercase().as_str() {
        "done" => "What have you done?".to_string(),
        "difference" => "What difference has it made?".to_string(),
        "evidence" => "How do you know?".to_string(),
        _ => {
            let spaced = id.replace(['-', '_'], " ");
            let mut chars = spaced.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => "Answer".to_string(),
            }
        }
    }
}

/// Something an answer lacks: the bank's own type, so a gap found here is the gap a probe goes after.
pub use crate::bank::Gap;

/// Where things were, where they are, and what comes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ThenNowNext {
    pub then: bool,
    pub now: bool,
    pub next: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub word_count: usize,
    /// At about 140 words a minute.
    pub speaking_seconds: u32,
    pub target_seconds: Option<u32>,
    pub over_target: bool,
    pub covers: Covers,
    pub then_now_next: ThenNowNext,
    /// Figures, percentages, trends, dates and named sources. Dates alone do not make `covers.evidence`
    /// true: they say when, not how you know.
    pub evidence_markers: Vec<Finding>,
    pub people_mentions: Vec<Finding>,
    pub hedges: Vec<Finding>,
    /// The first unexplained use of each acronym: the place to spell it out.
    pub unexplained_acronyms: Vec<Finding>,
    pub confidentiality: Vec<Confidential>,
    /// Two or three next steps, most important first.
    pub suggestions: Vec<String>,
    /// Where the answer says what the speaker did ("I set up", "we introduced").
    pub done_markers: Vec<Finding>,
    /// Where the answer says what changed.
    pub difference_markers: Vec<Finding>,
    /// Process-only words (policy, pathway, paperwork...), to weigh against `people_mentions`.
    pub process_mentions: Vec<Finding>,
    /// True when some sentence ties a change to people, carers or families.
    pub difference_for_people: bool,
    /// One entry per part, in order, when the answer was given as parts; empty otherwise.
    pub parts: Vec<PartCoverage>,
    /// True for jotted key points of a spoken answer ([`super::analyse_key_points`]): nothing is judged
    /// on length, `speaking_seconds` is 0 and `over_target` false.
    pub key_points: bool,
    /// Where the answer tells a specific case or story ("one carer", "a woman in her eighties who").
    pub example_markers: Vec<Finding>,
    /// Where the speaker says what they did personally, in the first person singular ("I set up").
    pub own_part_markers: Vec<Finding>,
    /// Where the answer says what comes next ("we will", "next year").
    pub next_markers: Vec<Finding>,
    /// True when some next step also says when ("by March", "next year", "in the coming months").
    pub next_has_when: bool,
    /// What the answer lacks, in [`Gap::ALL`] order; see [`Report::gaps`].
    pub gaps: Vec<Gap>,
    /// Spoken fillers ("um", "er", "erm", "you know", "I mean", "like" as a filler). "Sort of" and
    /// "kind of" are softeners (in `hedges`) and are counted with these in `fillers_per_minute`.
    pub fillers: Vec<Finding>,
    /// Set by [`Report::with_spoken_seconds`] when the time spent speaking is known.
    pub spoken: Option<SpokenFigures>,
    /// The length the answer is judged against: the question's target, or
    /// [`super::DEFAULT_TARGET_SECONDS`] when none was given.
    pub length_target_seconds: u32,
    /// The evidence markers that count towards `covers.evidence`: not a date alone, and not one that
    /// is planned, hoped for or denied ("we have not measured it yet").
    pub evidence_found: Vec<Finding>,
    /// Ticks that rest on another part than their own (evidence given under "What difference has it
    /// made?"), so the panel can say where.
    pub ticks_from_other_parts: Vec<TickSource>,
}

/// A tick in `covers` that rests on another part: `question` is `done`, `difference` or `evidence`,
/// `part` the label of the part it was found in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TickSource {
    pub question: String,
    pub part: String,
}

/// Figures for an answer said aloud, when the time it took is known.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SpokenFigures {
    pub seconds: u32,
    /// Words a minute; a steady pace for an interview is about 130-150.
    pub words_per_minute: u32,
    /// Fillers, "sort of" and "kind of" a minute, to one decimal place.
    pub fillers_per_minute: f64,
}

impl Report {
    /// Adds the pace and fillers a minute of an answer said aloud in `seconds` (a transcript, or the
    /// spoken rehearsal's time). Nothing is added for a time of zero.
    pub fn with_spoken_seconds(mut self, seconds: u32) -> Report {
        if seconds == 0 {
            return self;
        }
        let minutes = f64::from(seconds) / 60.0;
        let softening_fillers = self
            .hedges
            .iter()
            .filter(|h| {
                let t = h.text.to_lowercase();
                t == "sort of" || t == "kind of"
            })
            .count();
        let fillers = (self.fillers.len() + softening_fillers) as f64;
        self.spoken = Some(SpokenFigures {
            seconds,
            words_per_minute: (self.word_count as f64 / minutes).round() as u32,
            fillers_per_minute: (fillers / minutes * 10.0).round() / 10.0,
        });
        self
    }

    /// What the answer (all its parts together) lacks: done, difference, evidence, people, next (a
    /// next step with when), example, own part. Probes ask about these.
    pub fn gaps(&self) -> &[Gap] {
        &self.gaps
    }

    /// True when the answer lacks `gap`.
    pub fn has_gap(&self, gap: Gap) -> bool {
        self.gaps.contains(&gap)
    }

    pub(crate) fn compute_gaps(&self) -> Vec<Gap> {
        Gap::ALL
            .into_iter()
            .filter(|g| match g {
                Gap::Done => !self.covers.done,
                Gap::Difference => !self.covers.difference,
                Gap::Evidence => !self.covers.evidence,
                Gap::People => self.people_mentions.is_empty(),
                Gap::Next => !(self.then_now_next.next && self.next_has_when),
                Gap::Example => self.example_markers.is_empty(),
                Gap::OwnPart => self.own_part_markers.is_empty(),
            })
            .collect()
    }
}

/// How long something takes to say, as a person would write it: "1 min 30 s", "45 s", "2 min".
pub fn duration(seconds: u32) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Up to `max` distinct findings, quoted: "audit", "88%" and 3 more.
fn quoted_list<'a>(texts: impl Iterator<Item = &'a str>, max: usize) -> String {
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut distinct: Vec<&str> = Vec::new();
    for t in texts {
        if seen.insert(t.to_lowercase()) {
            distinct.push(t);
        }
    }
    let shown: Vec<String> = distinct
        .iter()
        .take(max)
        .map(|t| format!("\"{}\"", one_line(t)))
        .collect();
    let mut out = shown.join(", ");
    if distinct.len() > max {
        out.push_str(&format!(" and {} more", distinct.len() - max));
    }
    out
}

/// A finding may run across a line break; the report keeps each item on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Where a finding is, as a person reads it: "(line 3)", or "(line 3, column 12)" when the same words
/// are found more than once on that line and the column tells them apart.
fn place(f: &Finding, all: &[Finding]) -> String {
    let twice_on_line = all
        .iter()
        .filter(|o| o.line == f.line && o.text.eq_ignore_ascii_case(&f.text))
        .count()
        > 1;
    if twice_on_line {
        format!("(line {}, column {})", f.line, f.column)
    } else {
        format!("(line {})", f.line)
    }
}

/// The readable report for `psw-coach analyse`: confidentiality first, next steps last, no colour.
pub fn render_report(report: &Report) -> String {
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };

    if !report.confidentiality.is_empty() {
        line(&format!(
            "!! CHECK BEFORE YOU SHARE: {} could identify someone",
            plural(report.confidentiality.len(), "detail", "details")
        ));
        for c in &report.confidentiality {
            line(&format!(
                "   - {} \"{}\" (line {}, column {})",
                c.kind.label(),
                one_line(&c.text),
                c.line,
                c.column
            ));
        }
        line(
            "   Take these out or describe the person instead (for example, their age band and situation)",
        );
        line("   before this answer goes into notes, slides or an interview.");
        line("");
    }

    line("The three questions");
    // A part left empty is named rather than ticked; a tick resting on another part says which.
    let empty = |question: &str| {
        report
            .parts
            .iter()
            .find(|p| p.empty && p.id.eq_ignore_ascii_case(question))
            .map(|p| format!("no: your '{}' part is empty", p.label))
    };
    let from = |question: &str| {
        report
            .ticks_from_other_parts
            .iter()
            .find(|t| t.question == question)
            .map(|t| format!(", from '{}'", t.part))
            .unwrap_or_default()
    };
    let done = if report.covers.done {
        format!(
            "yes{}, you say what you did ({})",
            from("done"),
            quoted_list(report.done_markers.iter().map(|f| f.text.as_str()), 3)
        )
    } else if let Some(e) = empty("done") {
        e
    } else {
        "no, not yet: say what you did yourself (\"I set up\", \"we introduced\")".to_string()
    };
    line(&format!("  Done: {done}"));
    let changes = quoted_list(report.difference_markers.iter().map(|f| f.text.as_str()), 3);
    let difference = match (report.covers.difference, report.difference_for_people) {
        (true, true) => format!(
            "yes{}, including for people ({changes})",
            from("difference")
        ),
        (true, false) => format!(
            "yes{} ({changes}), though not yet tied to people and carers",
            from("difference")
        ),
        (false, _) => empty("difference")
            .unwrap_or_else(|| "no, not yet: say what changed for people and carers".to_string()),
    };
    line(&format!("  Difference: {difference}"));
    // Proof first, dates after: a reader scanning the line should see the figures.
    let (dates, mut proof): (Vec<&Finding>, Vec<&Finding>) = report
        .evidence_found
        .iter()
        .partition(|f| super::evidence::is_date_text(&f.text));
    proof.sort_by_key(|f| !f.text.chars().any(|c| c.is_ascii_digit()));
    let evidence = if report.covers.evidence {
        format!(
            "yes{} ({})",
            from("evidence"),
            quoted_list(proof.iter().chain(&dates).map(|f| f.text.as_str()), 5)
        )
    } else if let Some(e) = empty("evidence") {
        e
    } else if report.evidence_markers.is_empty() {
        "no, not yet: add a figure, an audit finding, or what people told you".to_string()
    } else {
        format!(
            "not yet: {} says when, or what is planned or not yet done, not how you know",
            quoted_list(report.evidence_markers.iter().map(|f| f.text.as_str()), 3)
        )
    };
    line(&format!("  Evidence: {evidence}"));
    let parts: Vec<String> = report
        .parts
        .iter()
        .filter_map(|p| {
            let state = match p.answers_own {
                None => return None,
                Some(_) if p.empty => "is empty",
                Some(true) => "answers it",
                Some(false) => "does not answer it yet",
            };
            Some(format!("'{}' {state}", p.label))
        })
        .collect();
    if !parts.is_empty() {
        line(&format!("  Parts: {}", parts.join("; ")));
    }
    line("");

    let tnn = report.then_now_next;
    line(&format!(
        "Then, now, next: then {}, now {}, next {}",
        yes_no(tnn.then),
        yes_no(tnn.now),
        yes_no(tnn.next)
    ));

    let spoken = duration(report.speaking_seconds);
    let length = match report.target_seconds {
        _ if report.key_points => format!(
            "{} of key points; not timed, as notes are not the spoken answer",
            plural(report.word_count, "word", "words")
        ),
        Some(target) if report.over_target => format!(
            "{}, about {spoken} spoken: over the {} target by about {}",
            plural(report.word_count, "word", "words"),
            duration(target),
            duration(report.speaking_seconds - target)
        ),
        Some(target) => format!(
            "{}, about {spoken} spoken: within the {} target",
            plural(report.word_count, "word", "words"),
            duration(target)
        ),
        None if report.over_target => format!(
            "{}, about {spoken} spoken: over the usual {} by about {} (no target given)",
            plural(report.word_count, "word", "words"),
            duration(report.length_target_seconds),
            duration(report.speaking_seconds - report.length_target_seconds)
        ),
        None => format!(
            "{}, about {spoken} spoken: within the usual {} (no target given)",
            plural(report.word_count, "word", "words"),
            duration(report.length_target_seconds)
        ),
    };
    line(&format!("Length: {length}"));
    if let Some(spoken) = report.spoken {
        line(&format!(
            "Spoken: {} in {}, about {} words a minute (a steady pace is 130-150)",
            plural(report.word_count, "word", "words"),
            duration(spoken.seconds),
            spoken.words_per_minute
        ));
    }
    if !report.fillers.is_empty() || report.spoken.is_some() {
        let rate = report
            .spoken
            .map(|s| format!(", {:.1} a minute", s.fillers_per_minute))
            .unwrap_or_default();
        if report.fillers.is_empty() {
            line(&format!("Fillers: none{rate}"));
        } else {
            line(&format!(
                "Fillers ({}{rate}): {}",
                report.fillers.len(),
                quoted_list(report.fillers.iter().map(|f| f.text.as_str()), 5)
            ));
        }
    }
    let example = if report.example_markers.is_empty() {
        "no specific case or story yet".to_string()
    } else {
        format!(
            "yes ({})",
            quoted_list(report.example_markers.iter().map(|f| f.text.as_str()), 2)
        )
    };
    line(&format!("Example: {example}"));
    let own = if report.own_part_markers.is_empty() {
        "not yet said in the first person (\"I set up\", \"I led\")".to_string()
    } else {
        format!(
            "yes ({})",
            quoted_list(report.own_part_markers.iter().map(|f| f.text.as_str()), 2)
        )
    };
    line(&format!("Your own part: {own}"));

    let people = if report.people_mentions.is_empty() {
        if report.process_mentions.is_empty() {
            "no mention of people, carers or families yet".to_string()
        } else {
            format!(
                "no mention of people, carers or families yet, but {} ({})",
                plural(
                    report.process_mentions.len(),
                    "process word",
                    "process words"
                ),
                quoted_list(report.process_mentions.iter().map(|f| f.text.as_str()), 3)
            )
        }
    } else {
        format!(
            "{} of people, carers or families ({})",
            plural(report.people_mentions.len(), "mention", "mentions"),
            quoted_list(report.people_mentions.iter().map(|f| f.text.as_str()), 4)
        )
    };
    line(&format!("People: {people}"));

    if report.hedges.is_empty() {
        line("Softeners: none, good");
    } else {
        let shown: Vec<String> = report
            .hedges
            .iter()
            .take(8)
            .map(|h| format!("\"{}\" {}", one_line(&h.text), place(h, &report.hedges)))
            .collect();
        let more = report.hedges.len().saturating_sub(8);
        line(&format!(
            "Softeners ({}): {}{}",
            report.hedges.len(),
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ));
    }

    if report.unexplained_acronyms.is_empty() {
        line("Acronyms: none that need spelling out");
    } else {
        let shown: Vec<String> = report
            .unexplained_acronyms
            .iter()
            .map(|a| format!("{} {}", a.text, place(a, &report.unexplained_acronyms)))
            .collect();
        line(&format!(
            "Acronyms to spell out at first use: {}",
            shown.join(", ")
        ));
    }

    line("");
    line("Next steps");
    for (i, s) in report.suggestions.iter().enumerate() {
        line(&format!("  {}. {s}", i + 1));
    }
    out
}

/// What the suggestions are chosen from, beyond the report itself.
pub(crate) struct Facts<'a> {
    pub report: &'a Report,
    /// "We have a transitions protocol": said where what was done is wanted, when nothing was done.
    pub has_not_did: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Question {
    Done,
    Difference,
    Evidence,
}

impl Question {
    fn of(part: &PartCoverage) -> Option<Question> {
        match part.id.to_ascii_lowercase().as_str() {
            "done" => Some(Question::Done),
            "difference" => Some(Question::Difference),
            "evidence" => Some(Question::Evidence),
            _ => None,
        }
    }
}

/// A candidate next step and what it is about, so the list can be cut to three sensibly.
#[derive(Debug, PartialEq, Eq)]
enum About {
    Question(Question),
    /// Difference and evidence said together.
    DifferenceAndEvidence,
    /// Several empty parts, named together.
    EmptyParts,
    ForPeople,
}

/// "in 'What difference has it made?'" for answers given as parts, "on line 3" otherwise: the joined
/// text of the parts, and so its lines, is never shown to the speaker.
fn place_in(r: &Report, byte: usize, line: usize) -> String {
    if r.parts.is_empty() {
        return format!("on line {line}");
    }
    match r.parts.iter().find(|p| p.start <= byte && byte <= p.end) {
        Some(p) if p.id.to_ascii_lowercase().starts_with("follow") => {
            "in your follow-up answer".to_string()
        }
        Some(p) => format!("in '{}'", p.label),
        None => "in your answer".to_string(),
    }
}

/// Two or three short, concrete, kind next steps, the most important first: identifying details, then
/// the three questions, then unexplained acronyms and softeners (always given a place when there is an
/// acronym or two softeners or more), then then-now-next, length and people.
pub(crate) fn suggestions(facts: &Facts) -> Vec<String> {
    const MAX: usize = 3;
    let r = facts.report;
    let kp = r.key_points;

    let head = confidentiality_step(r);
    let style = style_step(r);
    let room = MAX - head.iter().count() - style.iter().count();
    let mut questions = question_steps(facts);
    // Too many: the tie to people goes first, then difference and evidence are said together.
    if questions.len() > room {
        questions.retain(|(about, _)| *about != About::ForPeople);
    }
    if questions.len() > room {
        let has = |q: Question| {
            questions
                .iter()
                .position(|(about, _)| *about == About::Question(q))
        };
        if let (Some(d), Some(e)) = (has(Question::Difference), has(Question::Evidence)) {
            questions[d] = (
                About::DifferenceAndEvidence,
                if kp {
                    "Your key points do not yet include what difference it made or how you know: jot what is better for people, and a figure or what they told you.".to_string()
                } else {
                    "Say what difference it made for people and carers, and how you know: a figure, an audit finding, or what they told you.".to_string()
                },
            );
            questions.remove(e);
        }
    }
    questions.truncate(room);

    let mut out: Vec<String> = head.into_iter().collect();
    out.extend(questions.into_iter().map(|(_, s)| s));
    out.extend(style);
    out.extend(later_steps(r));
    // Two steps that say the same thing in other words are one step: tying the change to people
    // already asks to bring people in.
    if out.iter().any(|s| {
        s.starts_with("Tie the change to people") || s.starts_with("Your key points do not yet tie")
    }) {
        out.retain(|s| {
            !s.starts_with("Bring in the people")
                && !s.starts_with("Your key points do not yet mention people")
        });
    }
    let mut seen: Vec<String> = Vec::new();
    out.retain(|s| {
        let key = s.to_lowercase();
        let repeat = seen.contains(&key);
        seen.push(key);
        !repeat
    });
    out.truncate(MAX);

    if out.len() < 2 {
        let covers = r.covers;
        let all_three = covers.done && covers.difference && covers.evidence;
        out.push(match (kp, all_three) {
            (false, true) => "This answers all three questions: keep it, and practise saying it aloud until it flows.",
            (false, false) => "Practise it aloud, then check it again to see what has changed.",
            (true, true) => "Your key points cover all three questions: now say the answer aloud from them, in full sentences.",
            (true, false) => "Say the answer aloud from your key points, then check them again.",
        }.to_string());
    }
    if out.len() < 2 {
        out.push(
            "Have the source of each figure to hand, in case the assessor asks to see it."
                .to_string(),
        );
    }
    out
}

fn confidentiality_step(r: &Report) -> Option<String> {
    match r.confidentiality.as_slice() {
        [] => None,
        [only] => Some(format!(
            "Take out the {} {} and {}",
            only.kind.label(),
            place_in(r, only.start, only.line),
            if only.kind == ConfidentialKind::Address {
                "say where in general instead: \"a flat near the town centre\"."
            } else {
                "describe the person instead (for example, their age band and situation)."
            }
        )),
        [first, ..] if r.parts.is_empty() => Some(format!(
            "Take out the {} identifying details (the first is on line {}) and describe the person instead.",
            r.confidentiality.len(),
            first.line
        )),
        all => {
            let mut places: Vec<String> = Vec::new();
            for c in all {
                let p = place_in(r, c.start, c.line);
                let p = p.strip_prefix("in ").unwrap_or(&p).to_string();
                if !places.contains(&p) {
                    places.push(p);
                }
            }
            let places: Vec<&str> = places.iter().map(String::as_str).collect();
            Some(format!(
                "Take out the {} identifying details (in {}) and describe the person instead.",
                all.len(),
                join_words(&places)
            ))
        }
    }
}

/// What is missing from the answer as a whole, in the order the questions are asked, with empty parts
/// named: first when their question is not answered anywhere, after the missing questions when it is.
fn question_steps(facts: &Facts) -> Vec<(About, String)> {
    let r = facts.report;
    let kp = r.key_points;
    let mut out: Vec<(About, String)> = Vec::new();

    let empty: Vec<(&PartCoverage, Question)> = r
        .parts
        .iter()
        .filter(|p| p.empty)
        .filter_map(|p| Question::of(p).map(|q| (p, q)))
        .collect();
    let is_empty = |q: Question| empty.iter().any(|(_, e)| *e == q);
    let jot = if kp { "jot" } else { "add" };
    let mut empty_step: Option<String> = None;
    match empty.as_slice() {
        [] => {}
        [(p, q)] => {
            let what = match (q, kp) {
                (Question::Done, false) => {
                    "say what you did yourself, e.g. \"I set up…\", \"we introduced…\"."
                }
                (Question::Done, true) => "jot what you did, e.g. \"set up carers' forum\".",
                (Question::Difference, false) => {
                    "say what is better for people and carers now, and by how much."
                }
                (Question::Difference, true) => {
                    "jot what is better for people now, and by how much."
                }
                (Question::Evidence, false) if r.covers.evidence => {
                    "say there where your figures come from, or what people told you."
                }
                (Question::Evidence, true) if r.covers.evidence => {
                    "jot where your figures come from, or what people told you."
                }
                (Question::Evidence, false) => {
                    "add a figure, an audit finding, or what people told you."
                }
                (Question::Evidence, true) => {
                    "jot a figure, an audit finding, or what people told you."
                }
            };
            empty_step = Some(format!("Your '{}' part is empty: {what}", p.label));
        }
        [_, _, _] => {
            empty_step = Some(format!(
                "All three parts are empty: {jot} what you did, what changed for people, and how you know."
            ))
        }
        several => {
            let labels: Vec<String> = several
                .iter()
                .map(|(p, _)| format!("'{}'", p.label))
                .collect();
            let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
            let tails: Vec<&str> = several
                .iter()
                .map(|(_, q)| match q {
                    Question::Done => "what you did",
                    Question::Difference => "what changed for people",
                    Question::Evidence => "how you know (a figure, an audit, feedback)",
                })
                .collect();
            empty_step = Some(format!(
                "Your {} parts are empty: {jot} {}.",
                join_words(&labels),
                join_words(&tails)
            ));
        }
    }

    let part = |q: Question| {
        r.parts
            .iter()
            .find(|p| !p.empty && Question::of(p) == Some(q))
    };

    if !r.covers.done && !is_empty(Question::Done) {
        let text = match (&facts.has_not_did, kp, part(Question::Done)) {
            (Some(have), true, _) => format!(
                "Your key points say what exists (\"{have}\"), not what you did: jot your part, e.g. \"wrote it\", \"led it\"."
            ),
            (Some(have), false, Some(p)) => format!(
                "Your '{}' part says what exists (\"{have}\"), not what you did: try \"I wrote…\", \"we introduced…\", \"I led…\".",
                p.label
            ),
            (Some(have), false, None) => format!(
                "Say what you did, not what exists (\"{have}\"): try \"I wrote…\", \"we introduced…\", \"I led…\"."
            ),
            (None, true, _) => "Your key points do not yet include what you did yourself: jot the action, e.g. \"set up carers' forum\".".to_string(),
            (None, false, Some(p)) => format!(
                "Your '{}' part does not yet say what you did yourself: try \"I set up…\", \"we introduced…\", \"I led…\".",
                p.label
            ),
            (None, false, None) => "Start with what you did yourself: \"I set up…\", \"we introduced…\", \"I led…\".".to_string(),
        };
        out.push((About::Question(Question::Done), text));
    }
    if !r.covers.difference && !is_empty(Question::Difference) {
        let text = match (kp, part(Question::Difference)) {
            (true, _) => "Your key points do not yet include what difference it made: jot what is better for people now, and by how much.".to_string(),
            (false, Some(p)) => format!(
                "Your '{}' part does not yet say what changed: what is better for people and carers now, and by how much?",
                p.label
            ),
            (false, None) if r.people_mentions.is_empty() => "Say what difference it made for people and carers: what is better for them now, and by how much.".to_string(),
            (false, None) => "Say what changed as a result: for the people and carers you mention, what is better now?".to_string(),
        };
        out.push((About::Question(Question::Difference), text));
    }
    if !r.covers.evidence && !is_empty(Question::Evidence) {
        let text = match (kp, part(Question::Evidence)) {
            (true, _) => "Your key points do not yet include how you know: jot a figure, an audit finding, or what people told you.".to_string(),
            (false, Some(p)) => format!(
                "Your '{}' part has no evidence in it yet: add a figure, an audit finding, or what people told you.",
                p.label
            ),
            (false, None) => "Add how you know: a figure, an audit finding, or what people told you.".to_string(),
        };
        out.push((About::Question(Question::Evidence), text));
    }
    if let Some(step) = empty_step {
        let covered = |q: Question| match q {
            Question::Done => r.covers.done,
            Question::Difference => r.covers.difference,
            Question::Evidence => r.covers.evidence,
        };
        if empty.iter().all(|(_, q)| covered(*q)) {
            out.push((About::EmptyParts, step));
        } else {
            out.insert(0, (About::EmptyParts, step));
        }
    }
    if r.covers.difference && !r.difference_for_people {
        out.push((
            About::ForPeople,
            if kp {
                "Your key points do not yet tie the change to people: jot what it meant for someone who draws on care."
            } else {
                "Tie the change to people: what does it mean for someone who draws on care, or their carer?"
            }
            .to_string(),
        ));
    }
    out
}

/// Unexplained acronyms and softeners, in one step when there are both.
fn style_step(r: &Report) -> Option<String> {
    let acronyms: Vec<&str> = r
        .unexplained_acronyms
        .iter()
        .take(3)
        .map(|a| a.text.as_str())
        .collect();
    let softeners: Vec<String> = if r.hedges.len() >= 2 {
        let mut words: Vec<String> = Vec::new();
        for h in &r.hedges {
            let w = one_line(&h.text).to_lowercase();
            let w = if w == "i" || w.starts_with("i ") || w.starts_with("i'") {
                format!("I{}", &w[1..])
            } else {
                w
            };
            if !words.contains(&w) {
                words.push(w);
            }
        }
        words.iter().take(2).map(|w| format!("\"{w}\"")).collect()
    } else {
        Vec::new()
    };
    let softeners: Vec<&str> = softeners.iter().map(String::as_str).collect();
    let kp = r.key_points;
    match (acronyms.is_empty(), softeners.is_empty()) {
        (true, true) => None,
        (false, true) if kp => Some(format!(
            "Say {} in full the first time: assessors will not know local shorthand.",
            join_words(&acronyms)
        )),
        (false, true) => Some(format!(
            "Spell out {} the first time: assessors will not know local shorthand.",
            join_words(&acronyms)
        )),
        (true, false) => Some(format!(
            "Let the work speak for itself: drop softeners such as {} and say plainly what you did and know.",
            join_words(&softeners)
        )),
        (false, false) => Some(format!(
            "{} {} the first time, and drop softeners such as {}: say plainly what you did.",
            if kp { "Say in full" } else { "Spell out" },
            join_words(&acronyms),
            join_words(&softeners)
        )),
    }
}

/// Then-now-next, length and people: worth saying when the questions are answered.
fn later_steps(r: &Report) -> Vec<String> {
    let kp = r.key_points;
    let mut out: Vec<String> = Vec::new();
    let tnn = r.then_now_next;
    let pick = |written: &str, key_points: &str| if kp { key_points } else { written }.to_string();
    if !tnn.then && !tnn.now {
        out.push(pick(
            "Show the change over time: where things were when you started, and where they are now.",
            "Your key points do not yet show the change over time: where things were, and where they are now.",
        ));
    } else if !tnn.then {
        out.push(pick(
            "Say where things were before, so the change shows: \"When I came into post, ...\"",
            "Your key points do not yet include where things were before you started.",
        ));
    } else if !tnn.now {
        out.push(pick(
            "Say where things stand today, with the latest figure if you have it.",
            "Your key points do not yet include where things stand today, with the latest figure.",
        ));
    }
    if !tnn.next {
        out.push(pick(
            "Close with what comes next, who owns it and how you will know it is working.",
            "Your key points do not yet include what comes next and who owns it.",
        ));
    }
    if r.over_target && r.target_seconds.is_none() {
        let target_words = r.length_target_seconds as usize * super::WORDS_PER_MINUTE as usize / 60;
        out.push(format!(
            "Tighten it: at about {} it runs past the usual {}; cut about {} words of background.",
            duration(r.speaking_seconds),
            duration(r.length_target_seconds),
            r.word_count.saturating_sub(target_words).max(10)
        ));
    }
    if let (Some(target), false) = (r.target_seconds, kp) {
        let target_words = target as usize * super::WORDS_PER_MINUTE as usize / 60;
        if r.over_target {
            let cut = r.word_count.saturating_sub(target_words).max(10);
            out.push(format!(
                "Trim about {cut} words to fit {}: keep the figures and the difference, cut the background.",
                duration(target)
            ));
        } else if r.word_count * 3 < target_words && r.word_count > 0 {
            out.push(format!(
                "You have room for more: the {} target fits about {target_words} words, so add an example or a figure.",
                duration(target)
            ));
        }
    }
    if r.example_markers.is_empty() && r.covers.done && r.covers.difference && r.covers.evidence {
        out.push(pick(
            "Add one short case, anonymised: what changed for one person or carer, in a sentence or two.",
            "Your key points do not yet include a case: jot one person's story, anonymised.",
        ));
    }
    if r.people_mentions.is_empty() && r.covers.difference {
        out.push(pick(
            "Bring in the people who draw on care: what did this mean for them, their carers or families?",
            "Your key points do not yet mention people: what did this mean for them, their carers or families?",
        ));
    }
    out
}

fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(45), "45 s");
        assert_eq!(duration(120), "2 min");
        assert_eq!(duration(95), "1 min 35 s");
    }

    #[test]
    fn kinds_serialise_kebab_case() {
        for kind in [
            ConfidentialKind::NhsNumber,
            ConfidentialKind::Postcode,
            ConfidentialKind::Phone,
            ConfidentialKind::Email,
            ConfidentialKind::DateOfBirth,
            ConfidentialKind::TitledName,
            ConfidentialKind::Address,
        ] {
            let json = serde_json::to_string(&kind).expect("serialises");
            assert_eq!(json, format!("\"{}\"", kind.slug()));
        }
    }

    #[test]
    fn lists_join_in_plain_english() {
        assert_eq!(join_words(&["MARP"]), "MARP");
        assert_eq!(join_words(&["MARP", "LAS"]), "MARP and LAS");
        assert_eq!(join_words(&["A", "B", "C"]), "A, B and C");
    }
}
