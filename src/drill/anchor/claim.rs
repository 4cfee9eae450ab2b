//! A vague answer's own words, pressed for the proof: a survey or audit named with nothing it found
//! ("We do a wellbeing survey": what did it say?), and the answer's main claim ("Practice has
//! improved a lot": what has changed for people, and what could you show us?). An assessor asks for
//! the proof of what was said, not for proof in general; the bank's stock lines are left for answers
//! with nothing that can be quoted.

use super::frame::{JOINERS, pick, slot};
use super::read::{DURATIONS, Reading, WAITING, anchor, said_slot, words};
use super::{Anchor, Shape};
use crate::insight::clause::Stance;

const SOURCES: &[&str] = &[
    "survey",
    "surveys",
    "audit",
    "audits",
    "report",
    "reports",
    "dashboard",
    "feedback",
];

/// Words that may come before a source's noun inside its name: "our annual staff survey".
const NOT_IN_A_NAME: &[&str] = &[
    "do",
    "does",
    "did",
    "run",
    "runs",
    "use",
    "uses",
    "used",
    "have",
    "has",
    "had",
    "at",
    "on",
    "in",
    "of",
    "to",
    "for",
    "and",
    "we",
    "i",
    "is",
    "are",
    "was",
    "were",
    "get",
    "gets",
    "through",
    "from",
    "by",
    "with",
    "every",
    "each",
    "look",
    "looks",
    "read",
    "see",
    "via",
    "also",
    "too",
    "regular",
    "regularly",
    "range",
    "lots",
    "plenty",
    "same",
    "other",
];

/// Nouns a source's word may only describe: "the audit question" is a question, not an audit.
const MODIFIES: &[&str] = &[
    "question",
    "questions",
    "tool",
    "tools",
    "form",
    "forms",
    "template",
    "box",
    "team",
    "lead",
    "officer",
    "schedule",
    "window",
    "paragraph",
    "criteria",
    "standard",
    "standards",
];

const DETERMINERS: &[&str] = &["a", "an", "the", "our", "their", "my", "its", "this"];

/// "You mentioned a wellbeing survey: what did it actually say, and where did it come out worst?"
pub(super) fn find_source(r: &Reading) -> Option<Anchor> {
    audited(r).or_else(|| named_source(r))
}

/// Who may audit, as the subject of "audit": "Managers audit two cases per worker each quarter".
const AUDITORS: &[&str] = &[
    "we",
    "i",
    "managers",
    "seniors",
    "leads",
    "teams",
    "they",
    "supervisors",
];

/// "You said managers audit two cases per worker each quarter: what did the last round find?"
fn audited(r: &Reading) -> Option<Anchor> {
    let i = (1..r.toks.len()).find(|&i| {
        (matches!(r.n(i), "audit" | "audits" | "sample" | "samples")
            && AUDITORS.contains(&r.n(i - 1))
            // "a moderation panel that I chair re-audits 10% of the files blind", "the hub
            // manager reviews a sample each month" (probes-16 p16, probes-4 s14): a second look
            // named, whoever takes it.
            || matches!(r.n(i), "reaudits" | "reaudit")
            || r.n(i) == "sample"
                && r.n(i - 1) == "a"
                && matches!(r.n(i.wrapping_sub(2)), "reviews" | "checks" | "audits" | "rechecks"))
            && r.claims(i)
    })?;
    // What it found, given with it or next ("...and 78% were good", "It found..."), is not asked;
    // the size of the sample just after the verb ("re-audits 10% of the files") is no finding.
    let (s0, s1) = r.with_next_sentence(i);
    let second_look = !AUDITORS.contains(&r.n(i - 1));
    if (s0..s1).any(|k| {
        r.n(k) == "%" && !(i + 1..i + 3).contains(&k)
            || matches!(r.n(k), "found" | "showed" | "shows" | "finds")
            // "...and it agreed with the first grade in 41 of the 50": a second look's finding.
            || second_look
                && (matches!(r.n(k), "agreed" | "disagreed" | "differed")
                    || k > i + 2 && r.value(k).is_some() && !r.is_year(k))
    }) {
        return None;
    }
    let (a, end) = r.phrase(i);
    let quote = said_slot(r, a, end)?;
    anchor(
        r,
        Shape::Source,
        (a, end),
        if matches!(r.n(i), "reaudits" | "reaudit") {
            r.raw(i, i + 1)
        } else {
            r.raw(i - 1, i + 1)
        },
        "asking what it actually found".to_string(),
        format!("You said {quote}: what did the last round find, and what changed because of it?"),
    )
}

/// "You mentioned a wellbeing survey: what did it actually say...?"
fn named_source(r: &Reading) -> Option<Anchor> {
    r.toks.iter().enumerate().find_map(|(i, t)| {
        if !SOURCES.contains(&t.norm.as_str()) || !r.claims(i) {
            return None;
        }
        // A source whose finding the answer gives ("the survey had 71%...", or in the sentence
        // after: "The latest version says waits are down from 41 to 19 days") is not asked about.
        let (s, e) = r.with_next_sentence(i);
        if (s..e).any(|k| r.value(k).is_some() && !r.is_year(k) || r.n(k) == "%") {
            return None;
        }
        // "The audit question", "the survey form": the source's word names another thing.
        if MODIFIES.contains(&r.n(i + 1)) {
            return None;
        }
        // "We've moved on a lot since the report": a point in time, not a source offered as proof
        // (probes-22 p29, asked what the latest report showed and judged to confuse it with the
        // self-assessment the answer was about).
        if matches!(r.n(i.wrapping_sub(2)), "since" | "before" | "after")
            && DETERMINERS.contains(&r.n(i.wrapping_sub(1)))
        {
            return None;
        }
        // "Our audit shows the list is shorter" gives what it found.
        if matches!(
            r.n(i + 1),
            "shows"
                | "showed"
                | "found"
                | "finds"
                | "says"
                | "said"
                | "told"
                | "tells"
                | "had"
                | "gave"
                | "rated"
        ) {
            return None;
        }
        if t.norm == "feedback" {
            return feedback(r, i);
        }
        let mut a = i;
        while a > 0
            && a + 3 > i
            && r.toks[a - 1].is_word()
            && !NOT_IN_A_NAME.contains(&r.n(a - 1))
            && !DETERMINERS.contains(&r.n(a - 1))
        {
            a -= 1;
        }
        if a > 0 && DETERMINERS.contains(&r.n(a - 1)) {
            a -= 1;
        } else {
            return None;
        }
        // "We contribute to the SAB's annual report": theirs, not a finding of the PSW's.
        let clause = r.clause_of(i).map_or(a..i + 1, |c| c.toks.clone());
        if r.has_in(
            clause.start,
            clause.end,
            &["contribute", "contributes", "write", "produce"],
        ) {
            return None;
        }
        let mut end = i + 1;
        if matches!(
            r.n(end),
            "cycle" | "programme" | "results" | "framework" | "process"
        ) {
            end += 1;
        }
        let what = slot(r.text, &r.toks, a, end)?;
        let tail = match t.norm.as_str() {
            "survey" | "surveys" => pick(
                &what,
                &[
                    "what did it actually say, and where did it come out worst?",
                    "what did the last one tell you, and what did you change because of it?",
                ],
            ),
            "audit" | "audits" => pick(
                &what,
                &[
                    "what did the last audit actually find, and what changed because of it?",
                    "what did the most recent one find, and what did you do about it?",
                ],
            ),
            _ => "what did the latest one show you, and what did you do about it?",
        };
        anchor(
            r,
            Shape::Source,
            (a, end),
            r.raw(a, end),
            "asking what it actually found".to_string(),
            format!("You mentioned {what}: {tail}"),
        )
    })
}

/// "Feedback is positive too": who gave it, and what did they say?
fn feedback(r: &Reading, i: usize) -> Option<Anchor> {
    let (a, end) = r.phrase(i);
    if !r.has_in(
        a,
        end,
        &[
            "positive",
            "good",
            "great",
            "excellent",
            "glowing",
            "strong",
        ],
    ) {
        return None;
    }
    let quote = said_slot(r, a, end)?;
    anchor(
        r,
        Shape::Source,
        (a, end),
        r.raw(i, i + 1),
        "asking who gave it, and what they said".to_string(),
        format!("You said {quote}: who gave it, and what did they actually say?"),
    )
}

/// What a claim claims, by its words, each with the frames that ask for its proof.
const KINDS: &[(&[&str], &[&str])] = &[
    (
        &[
            "improved",
            "improving",
            "better",
            "stronger",
            "transformed",
            "increased",
            "risen",
            "fallen",
            "dropped",
            "doubled",
            "halved",
        ],
        &[
            "what has changed for the people who draw on care, and what could you show us from before and now?",
            "what shows that, then and now, and what has it meant for people?",
        ],
    ),
    (
        &[
            "heart",
            "focused",
            "focus",
            "committed",
            "keen",
            "important",
            "vital",
            "central",
            "underpin",
            "underpins",
            "embedded",
            "priority",
            "passionate",
            "core",
            "ethos",
            "strengthsbased",
            "personcentred",
        ],
        &[
            "can you give us an example where that changed what happened for someone?",
            "which decision changed because of it, and what did that mean for the person?",
            "what is a recent example of it changing a decision about someone's care, and what did it mean for them?",
        ],
    ),
    (
        &[
            "difficult",
            "longer",
            "pressure",
            "pressures",
            "challenging",
            "stretched",
        ],
        &["how many people does that affect, and what has it meant for them?"],
    ),
    (
        &[
            "good",
            "strong",
            "positive",
            "thorough",
            "effective",
            "robust",
            "confident",
            "excellent",
            "great",
            "supported",
            "well",
        ],
        // Asked in words fitted to the sort of claim (`quality_test`).
        &[],
    ),
    (
        &["lead", "leads", "responsible", "oversee", "oversees"],
        &["what does that cover in practice, and what sits outside it?"],
    ),
];

/// What a claim is about, by its words, each with frames that ask for the proof an assessor would
/// want of that kind of claim: a learning culture is asked for something that went wrong, a model
/// of practice for what a case file would show, a good relationship for a time it was tested. They
/// are tried before [`KINDS`], so that vague answers on different subjects are not all asked for
/// "an example" in the same words.
const TOPICS: &[(&[&str], &[&str])] = &[
    (
        &[
            "research",
            "researchers",
            "evidenceinformed",
            "evidencebased",
        ],
        &[
            "what is one piece of practice that changed here because of research, and what difference did it make for people?",
        ],
    ),
    (
        &["learning", "learn", "reflect", "reflective"],
        &[
            "what went wrong recently, what did you learn, and what is different in practice now?",
            "what went wrong most recently, what did you learn from it, and what is different in practice because of it?",
        ],
    ),
    (
        &["strengthsbased", "personcentred", "model"],
        &[
            "what would we find in a case file, or hear from someone you support, that shows it, and how do you check?",
            "what would we see in a case file that shows it, and how do you check it is there?",
        ],
    ),
    (
        &[
            "independence",
            "prevention",
            "preventative",
            "preventive",
            "reablement",
        ],
        &[
            "how many of the people you work with end up needing less support or none, and how long does that last?",
        ],
    ),
    (
        &["antiracist", "racism", "racist", "antioppressive"],
        &[
            "what has changed in practice, or in outcomes for people from minority ethnic communities, because of that work, and how do you know?",
        ],
    ),
    (
        &["equality", "diversity", "inclusion", "inclusive", "equity"],
        &["which groups still fare worst, and what has changed for them because of that work?"],
    ),
    (
        &["partner", "partners", "partnership", "partnerships"],
        &[
            "which organisations, doing what, and how do you know their work makes a difference for people?",
        ],
    ),
    (
        &["relationship", "relationships"],
        &[
            "when were you last challenged or at odds, and what changed as a result?",
            "what was the last thing you disagreed about, and how was it settled?",
        ],
    ),
    (
        &["hear", "listen", "listens", "listening", "voice"],
        &[
            "what is one decision that was made or changed in the last year because of what people said?",
        ],
    ),
    (
        &["coproduction", "coproduce", "coproduced", "coproducing"],
        &[
            "how much say do people who draw on care have over the final decisions, and when have you not followed what they said?",
        ],
    ),
    (
        &["influence", "influencing"],
        &[
            "what is a decision your influence changed, and one where it did not, and what did you do then?",
        ],
    ),
    (
        &["visible", "approachable", "accessible"],
        &[
            "when did you last see practice first hand, and what did you change because of what you saw?",
        ],
    ),
];

/// True when token `j` has a capital that does not open its sentence: part of a name ("the Better
/// Care Fund", "our Better Together partnership").
fn named(r: &Reading, j: usize) -> bool {
    r.text[r.toks[j].start..].starts_with(|c: char| c.is_uppercase())
        && !super::frame::opens_sentence(r.text, &r.toks, j)
}

/// Where research and being visible sit in [`TOPICS`]: claims by themselves, with no word of value.
const RESEARCH: usize = 0;
const VISIBLE: usize = 11;
/// Where influence sits in [`TOPICS`]: a claim by itself too.
const INFLUENCE: usize = 10;
/// Where partners sit in [`TOPICS`].
const PARTNER: usize = 6;

/// Words that speak of partners without naming one: "the voluntary sector", "lots of groups".
const UNNAMED: &[&str] = &["sector", "organisations", "groups", "charities", "agencies"];

/// Words before "working" that make "working on it" a plan with nothing in it: "we're working on it".
const WORKING_ON: &[&str] = &["we're", "i'm", "are", "am", "still"];

/// Where the claims of commitment sit in [`KINDS`]: asked for an example.
const COMMITMENT: usize = 1;

/// Where the claims of pressure sit in [`KINDS`].
const PRESSURE: usize = 2;

/// Nouns a pressure word only describes: "the seniors talk through difficult ones" names the cases
/// discussed, and "how many people does that affect" would read oddly of it.
const DESCRIBED: &[&str] = &[
    "ones",
    "cases",
    "conversations",
    "decisions",
    "situations",
    "calls",
    "discussions",
    "questions",
];

/// Spans of time a pressure word may describe: "difficult years", "a challenging winter".
const TIMES: &[&str] = &[
    "years", "year", "months", "month", "times", "time", "period", "winter", "winters", "spell",
];

/// Parts of the work a PSW may say some of are behind without naming them: "a couple of areas",
/// "some teams".
const UNITS: &[&str] = &[
    "areas",
    "teams",
    "services",
    "localities",
    "workstreams",
    "priorities",
    "actions",
];

/// True when the parts named at `j` are not named one by one: "a couple of areas", "some teams",
/// or the bare plural opening the claim ("teams are under pressure"), and not "the north and east
/// teams".
fn unnamed_units(r: &Reading, a: usize, j: usize) -> bool {
    (a..j).all(|k| {
        matches!(
            r.n(k),
            "a" | "couple"
                | "of"
                | "some"
                | "few"
                | "several"
                | "one"
                | "or"
                | "two"
                | "three"
                | "our"
                | "the"
        )
    })
}

/// The one of several parts: "areas" to "area", "localities" to "locality".
pub(super) fn singular(w: &str) -> String {
    match w.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => w.strip_suffix('s').unwrap_or(w).to_string(),
    }
}

/// Where the claims of quality sit in [`KINDS`].
const QUALITY: usize = 3;

/// Verbs a claim may say what it claims with, besides [`SAYS_IT_IS`] and words ending "-ed" or
/// "-ing".
const VERBS: &[&str] = &[
    "be",
    "'re",
    "'m",
    "am",
    "do",
    "does",
    "did",
    "lead",
    "leads",
    "sits",
    "sit",
    "runs",
    "run",
    "underpin",
    "underpins",
    "put",
    "puts",
    "keep",
    "keeps",
    "think",
    "believe",
    "know",
    "say",
    "says",
    "get",
    "gets",
    "go",
    "goes",
    "take",
    "takes",
    "come",
    "comes",
    "oversee",
    "oversees",
    "tend",
    "tends",
    "mean",
    "means",
    "share",
    "shares",
    "draw",
    "draws",
    "shape",
    "shapes",
    "use",
    "uses",
    "wait",
    "waits",
    "need",
    "needs",
    "can",
    "will",
    "would",
    "should",
    "must",
];

/// Where the claims of a role sit in [`KINDS`].
const ROLE: usize = 4;

/// Words before "lead", "responsible"... that make them the speaker's own role.
const LEADS: &[&str] = &[
    "i", "we", "i'm", "we're", "am", "is", "are", "also", "jointly", "who", "and", "now",
];

/// Verbs that say what something is or how it feels: "is good", "feel well supported".
const SAYS_IT_IS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "'s",
    "we're",
    "i'm",
    "feel",
    "feels",
    "works",
    "work",
    "remains",
    "remain",
    "have",
    "has",
    "confident",
    "made",
    "making",
];

/// True when tokens `a..end` hold a verb: a word that says what something is or does ("is",
/// "will", "goes"), a past or -ing form, or a contraction with one ("we'll", "it's"). "My
/// priorities for the next year" has none: said back after "You said", it loses what was said of
/// them.
pub(super) fn has_verb(r: &Reading, a: usize, end: usize) -> bool {
    (a..end).any(|j| {
        let w = r.n(j);
        SAYS_IT_IS.contains(&w)
            || VERBS.contains(&w)
            || w.len() > 4
                && (w.ends_with("ed") || w.ends_with("ing"))
                && !w.ends_with("based")
                // "a required field", "the agreed plan": after an article it describes a noun.
                && !(j > a && matches!(r.n(j - 1), "a" | "an" | "the"))
            // A pronoun's contraction only: "the council's" is a possessive.
            || w.split_once('\'').is_some_and(|(who, _)| {
                matches!(
                    who,
                    "i" | "we" | "you" | "they" | "it" | "there" | "that" | "he" | "she" | "who"
                )
            })
    })
}

/// "You said practice has improved a lot over the last two years: what has changed for the people
/// who draw on care...?"
pub(super) fn find_claim(r: &Reading) -> Option<Anchor> {
    r.clauses.iter().find_map(|c| {
        if !(c.stance.claims() || c.stance == Stance::Hedged) {
            return None;
        }
        let mut a = c.toks.start;
        while a < c.toks.end && JOINERS.contains(&r.n(a)) {
            a += 1;
        }
        // A claim has a subject to quote: "it's difficult" says nothing by itself, but "it's
        // really important that their voice shapes what we do" says what it is about.
        let about = matches!(r.n(a), "it's") && (a + 1..(a + 4).min(c.toks.end)).any(|j| r.n(j) == "that");
        if !about && matches!(
            r.n(a),
            "it" | "it's"
                | "this"
                | "that"
                // "every move that's coming up": a clause about a word before it, said back alone
                // it loses what it is about.
                | "that's"
                | "who's"
                | "there"
                | "there's"
                | "they"
                | "which"
                | "these"
                | "those"
                | "who"
                | "so"
                | "what"
        ) {
            return None;
        }
        // "We said strengths-based practice was a strength": what was once said, often put right
        // in the next breath, and "You said you said..." would not read.
        if matches!(r.n(a + 1), "said" | "says" | "say" | "claimed" | "wrote") {
            return None;
        }
        let (_, end) = r.span(a);
        let end = end.min(c.toks.end.max(a + 1));
        let n = words(r, a, end);
        if !(3..=16).contains(&n) {
            return None;
        }
        // A figure in the claim ("140 were closed", "81% said...") makes it no vague claim: the
        // figure is pressed elsewhere, or is the proof.
        // A number in words counts too: "the centre ran two listening sessions" is a thing done.
        // A length of time is no count: "improved a lot over the last two years" is still vague.
        if (a..end).any(|j| {
            r.n(j) == "%"
                || r.value(j).is_some() && !r.is_year(j) && !DURATIONS.contains(&r.n(j + 1))
        }) {
            return None;
        }
        // A claim says something of something: a list cut from a longer sentence ("strengths-based
        // practice and anti-racist practice") has no verb, and is not quoted as one.
        let has_verb = has_verb(r, a, end);
        // "We're working on it" says a problem is being dealt with and nothing of how.
        let working = (a..end).any(|j| {
            r.n(j) == "working" && r.n(j + 1) == "on" && j > 0 && WORKING_ON.contains(&r.n(j - 1))
        });
        let kind = KINDS
            .iter()
            .enumerate()
            .find(|(k, (cues, _))| {
                (a..end).any(|j| {
                    // "good" claims only as what something is: "practice is good", not "a good
                    // number of them".
                    (cues.contains(&r.n(j))
                        // "referrals have gone up": a change with no figure.
                        || *k == 0
                            && matches!(r.n(j), "up" | "down")
                            && j > 0
                            && matches!(r.n(j - 1), "gone" | "come" | "going" | "coming")
                            // "going down well" is liked, not fewer.
                            && r.n(j + 1) != "well")
                        // "the Better Care Fund" is a name, not a claim of better.
                        && !named(r, j)
                        // "no longer a deprivation" is no pressure.
                        && !(r.n(j) == "longer" && j > 0 && r.n(j - 1) == "no")
                        && !(*k == PRESSURE && DESCRIBED.contains(&r.n(j + 1)))
                        // "through some really difficult years": the times were hard, which
                        // says nothing of how many people it touched (probes-12 p19, where staff
                        // who kept going were asked "how many people does that affect", scored 1).
                        && !(*k == PRESSURE && TIMES.contains(&r.n(j + 1)))
                        // "it makes all the difference when things are difficult": when something
                        // matters, not a pressure on anyone (probes-17 p25).
                        && !(*k == PRESSURE
                            && (j.saturating_sub(4)..j)
                                .any(|b| matches!(r.n(b), "when" | "if" | "whenever")))
                        && (*k != QUALITY
                            || (j.saturating_sub(3)..j).any(|b| SAYS_IT_IS.contains(&r.n(b))))
                        // A role is claimed by someone who leads ("I lead on practice"), not
                        // named among others ("with a senior practitioner and the safeguarding
                        // lead").
                        && (*k != ROLE || j > 0 && LEADS.contains(&r.n(j - 1)))
                })
            })
            .map(|(k, (_, frames))| (k, *frames));
        // A subject's own frames are used only for a claim of value or quality ("the voluntary
        // sector is a really important partner"): "the reablement offer now includes an evening
        // visit" is a thing done, and not pressed as a vague claim. Being visible, and research,
        // are claims by themselves.
        let (standalone, topic) = TOPICS
            .iter()
            .enumerate()
            .find(|(_, (cues, _))| (a..end).any(|j| cues.contains(&r.n(j))))
            .map_or((false, None), |(t, (_, frames))| {
                (t == RESEARCH || t == VISIBLE || t == INFLUENCE, Some(*frames))
            });
        let topic = topic.filter(|_| standalone || kind.is_some());
        // After "we" or "I" the next word is the verb, whatever it is ("we circulate research
        // briefings"); trusted only for a claim that stands by its subject, as a bare action ("I
        // rebuilt the offer around a core year") is not a vague claim.
        let pronoun = matches!(r.n(a), "we" | "i") && standalone;
        if !has_verb && !pronoun {
            return None;
        }
        if working || topic.is_some() {
        let quote = said_slot(r, a, end)?;
            let tail = match topic {
                _ if working => {
                    "what exactly are you doing differently now, and what do the figures show so far?"
                }
                // "The fire service are important partners": the partner is named, so asking
                // "which organisations" would re-ask it.
                Some(frames) if frames == TOPICS[PARTNER].1 && !r.has_in(a, end, UNNAMED) => {
                    "what does that partnership change for people, and how do you know?"
                }
                Some(frames) => pick(&quote, frames),
                None => return None,
            };
            return anchor(
                r,
                Shape::Claim,
                (a, end),
                r.raw(a, end),
                "asking for the proof of what you said".to_string(),
                format!("You said {quote}: {tail}"),
            );
        }
        let (kind, frames) = kind?;
        // "Better than they did ... it has gone from 61% in the spring to 74% this autumn": the
        // answer gives its then and now, and asking "what shows that, then and now" re-asks it
        // (probes-15 p08, judged so).
        if kind == 0 && gives_then_and_now(r) {
            return None;
        }
        let quote = said_slot(r, a, end)?;
        // A figure said to have moved, with no figure: "complaints have gone down".
        let moved = kind == 0
            && (r.has_in(
                a,
                end,
                &["increased", "risen", "fallen", "dropped", "doubled", "halved"],
            ) || (a + 1..end).any(|j| {
                matches!(r.n(j), "up" | "down")
                    && matches!(r.n(j - 1), "gone" | "come" | "going" | "coming")
                    && r.n(j + 1) != "well"
            }));
        // "The pressure is that we start too late: ... only 40% had one by 17": the scale is given
        // with it, and asking "how many people does that affect" would re-ask it.
        let scaled = kind == PRESSURE && {
            let (_, e) = r.with_next_sentence(a);
            (end..e).any(|j| r.n(j) == "%" || r.value(j).is_some() && !r.is_year(j))
        };
        // "A couple of areas have taken a bit longer", "some teams are under pressure": the PSW
        // has not said which, so the assessor asks which is furthest behind (probes-12 p32, where
        // "how many people does that affect" was judged to ask about people before the areas
        // were named).
        let unnamed = (kind == PRESSURE && !scaled)
            .then(|| (a..end).find(|&j| UNITS.contains(&r.n(j)) && unnamed_units(r, a, j)))
            .flatten();
        let which = unnamed.map(|j| {
            let one = singular(r.n(j));
            if r.has_in(a, end, &["longer", "slower", "behind"]) {
                format!("which {one} is furthest behind, and what has that meant for people?")
            } else {
                format!("which {one} is under most pressure, and what has slipped there for people?")
            }
        });
        let tail = if let Some(which) = &which {
            which.as_str()
        } else if scaled {
            "what has that meant for the people it affects, and what are you changing?"
        } else if kind == 2 && r.has_in(a, end, WAITING) {
            "how long are people waiting, and what has the wait meant for them?"
        } else if moved {
            "from what to what, and what has it meant for the people who draw on care?"
        } else if kind == QUALITY {
            super::quality_test::tail(r, a, end)
        } else if kind == COMMITMENT && r.tells_a_case() {
            // The answer has told its case: asking for "an example" would re-ask it.
            "beyond the case you told us about, how do you know it makes a difference for people more widely?"
        } else {
            pick(&quote, frames)
        };
        // "I lead on practice quality": a role is asked what it covers, and the reason line says
        // so, not "proof" (the walk of 2026-12-07c, row 12).
        let reason = if tail.starts_with("what does that cover") {
            "asking what that covers and what sits outside it"
        } else {
            "asking for the proof of what you said"
        };
        anchor(
            r,
            Shape::Claim,
            (a, end),
            r.raw(a, end),
            reason.to_string(),
            format!("You said {quote}: {tail}"),
        )
    })
}

/// True when the answer gives a figure then and a figure now: "from 61% in the spring to 74%",
/// "from eleven weeks to six".
fn gives_then_and_now(r: &Reading) -> bool {
    (0..r.toks.len()).any(|k| {
        r.n(k) == "from"
            && r.value(k + 1).is_some()
            && !r.is_year(k + 1)
            && (k + 2..(k + 12).min(r.toks.len()))
                .take_while(|&j| !r.is_stop(j) || r.n(j) == ",")
                .any(|j| r.n(j) == "to" && r.value(j + 1).is_some() && !r.is_year(j + 1))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::first;
    use super::super::{Shape, anchors};

    #[test]
    fn a_vague_claim_is_pressed_in_its_own_words() {
        let a = first("The front door works much better now. Staff are happier too.");
        assert_eq!(a.shape, Shape::Claim);
        assert!(
            a.ask
                .starts_with("You said the front door works much better now:"),
            "{}",
            a.ask
        );
    }

    #[test]
    fn a_survey_with_no_finding_is_asked_what_it_found() {
        let a = first("I think staff feel listened to. We run an annual staff survey.");
        assert_eq!(a.shape, Shape::Source);
        assert!(
            a.ask.starts_with("You mentioned an annual staff survey:"),
            "{}",
            a.ask
        );
        // A survey whose result is given is not asked about.
        assert!(
            !anchors("Our staff survey had 81% saying they feel supported.")
                .iter()
                .any(|a| a.shape == Shape::Source)
        );
    }

    #[test]
    fn a_claim_with_no_subject_is_not_quoted() {
        assert!(
            !anchors("It's difficult. It's getting better.")
                .iter()
                .any(|a| a.shape == Shape::Claim)
        );
    }
}
