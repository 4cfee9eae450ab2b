//! What the analysis found, as data (serialised to JSON for `psw-coach analyse --json`). The readable
//! report is in `render.rs`, the next steps in `suggest.rs`.

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
    /// A given name and a surname with no title: "John Smith", "Jane WRIGHT".
    FullName,
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
            ConfidentialKind::FullName => "full-name",
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
            ConfidentialKind::FullName => "full name",
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
    /// The reader model's yes/no on people where it is sure (feature `model`, docs/model.md): `true`
    /// even when no mention can be quoted, `false` with `people_mentions` emptied. `None` when the
    /// model is off or unsure, and then left out of the JSON, so the default build's is unchanged:
    /// the mentions decide. Ask [`Report::speaks_of_people`], never the mentions, whether there are
    /// people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub people_by_model: Option<bool>,
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

    /// Does the answer speak of people who draw on care, carers or families? The reader model's
    /// yes/no where it is sure, else whether the rules found a mention.
    pub fn speaks_of_people(&self) -> bool {
        self.people_by_model
            .unwrap_or(!self.people_mentions.is_empty())
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
                Gap::People => !self.speaks_of_people(),
                Gap::Next => !(self.then_now_next.next && self.next_has_when),
                Gap::Example => self.example_markers.is_empty(),
                Gap::OwnPart => self.own_part_markers.is_empty(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reader model's yes/no on people (feature `model`) decides the gap and the report's People
    /// line where it is given, and is left out of the JSON where it is not, so the default build's
    /// `analyse --json` is unchanged.
    #[test]
    fn the_models_people_decide_the_gap_and_stay_out_of_the_json_when_not_given() {
        let lexicon = crate::insight::Lexicon::bundled();
        let mut r = crate::insight::analyse(
            &lexicon,
            "I set up a weekly duty huddle. Waits fell from six weeks to two.",
            None,
        );
        r.people_by_model = None;
        assert!(r.people_mentions.is_empty());
        assert!(!r.speaks_of_people());
        assert!(r.compute_gaps().contains(&Gap::People));
        let json = serde_json::to_string(&r).expect("serialises");
        assert!(!json.contains("people_by_model"), "{json}");

        // Sure of people the rules found no words for: no gap, and said plainly, with no quote.
        r.people_by_model = Some(true);
        assert!(r.speaks_of_people());
        assert!(!r.compute_gaps().contains(&Gap::People));
        assert!(
            serde_json::to_string(&r)
                .unwrap()
                .contains("\"people_by_model\":true")
        );
        let shown = crate::insight::render_report(&r);
        assert!(
            shown.contains("People: yes (the reader model finds people, carers or families in the answer; no one phrase to quote)"),
            "{shown}"
        );

        // Sure there are none: the gap is back whatever the mentions say.
        r.people_by_model = Some(false);
        r.people_mentions.push(Finding {
            text: "people".to_string(),
            start: 0,
            end: 6,
            line: 1,
            column: 1,
        });
        assert!(!r.speaks_of_people());
        assert!(r.compute_gaps().contains(&Gap::People));
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
            ConfidentialKind::FullName,
            ConfidentialKind::Address,
        ] {
            let json = serde_json::to_string(&kind).expect("serialises");
            assert_eq!(json, format!("\"{}\"", kind.slug()));
        }
    }
}
