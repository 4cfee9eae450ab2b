//! Which follow-up an assessor asks next, and why.
//!
//! An assessor probes the gap: what the answer did not give (no figure, no person's voice, no next
//! step, no personal part), not what it has just said. So the order of choice is:
//!
//! 1. a follow-up anchored in the answer's own words and figures, when it gives something to
//!    press on ([`super::anchor`]: "You said 94%: what lies behind the rest?");
//! 2. a gap probe for the biggest gap the answer has ([`Gap::BY_SIZE`]);
//! 3. a conditional probe whose `when` word was heard, in bank order;
//! 4. a plain probe (drawn at random by the session; [`rank`] keeps bank order).
//!
//! A conditional probe is never drawn at random: it waits for its words. And no probe asks for what
//! the answer already gives: a probe's own wording says what it asks for ([`asks_for`]), and a
//! probe that asks for a figure is dropped when the answer has evidence, one that asks for an
//! example when it has one, and so on.

use rand::Rng;
use rand::seq::SliceRandom;
use serde::Serialize;
use std::sync::OnceLock;

use super::anchor::{self, Anchor};
use crate::bank::{FollowUp, Gap, Question, Words};
use crate::insight::{self, Lexicon};

/// Why a probe was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// The answer lacks this.
    Gap(Gap),
    /// This `when` word was heard in the answer.
    Heard(String),
    /// A plain probe, asked when nothing more fitting is left.
    Plain,
    /// Anchored in the answer's own words: what it presses on, and the words.
    Anchored(Anchor),
}

/// A follow-up chosen for an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    pub ask: String,
    pub why: Why,
}

impl Probe {
    fn new(follow_up: &FollowUp, why: Why) -> Probe {
        Probe {
            ask: follow_up.ask.clone(),
            why,
        }
    }

    pub fn gap(&self) -> Option<Gap> {
        match self.why {
            Why::Gap(gap) => Some(gap),
            _ => None,
        }
    }

    pub fn heard(&self) -> Option<&str> {
        match &self.why {
            Why::Heard(word) => Some(word),
            _ => None,
        }
    }

    /// The answer's words an anchored follow-up presses on.
    pub fn anchor(&self) -> Option<&Anchor> {
        match &self.why {
            Why::Anchored(anchor) => Some(anchor),
            _ => None,
        }
    }

    /// Why, in words a PSW or bank author reads: "the answer gives no evidence of how you know",
    /// "you said \"94%\": asking about the other 6%".
    pub fn reason(&self) -> String {
        match &self.why {
            Why::Anchored(anchor) => anchor.reason(),
            Why::Gap(gap) => format!("the answer has {}", gap.describe()),
            Why::Heard(word) => format!("heard \"{word}\" in the answer"),
            Why::Plain => "a plain probe: nothing more fitting was left".to_string(),
        }
    }

    /// Why, said under the follow-up in a rehearsal answered in `style`: in spoken practice the
    /// coach reads the key points jotted, not what was said aloud, so a gap is the key points'
    /// ("your key points had no next step with a when"), as the coaching says it; "your answer
    /// had" told a PSW who had said the next step aloud that they had not (walk 10).
    pub fn why_in(&self, style: crate::notes::AnswerStyle) -> String {
        match (&self.why, style) {
            (Why::Gap(gap), crate::notes::AnswerStyle::Spoken) => {
                format!("your key points had {}", gap.describe())
            }
            _ => self.why_for_the_psw(),
        }
    }

    /// Why, said to the PSW under the follow-up, for every follow-up alike: one from the answer's
    /// own words says what it presses on; one of the question's own follow-ups says so, rather
    /// than leaving the PSW to guess why this one came (walk item 15).
    pub fn why_for_the_psw(&self) -> String {
        match &self.why {
            Why::Anchored(anchor) => anchor.reason(),
            Why::Gap(gap) => format!("your answer had {}", gap.describe()),
            Why::Heard(word) => {
                format!(
                    "you mentioned \"{word}\": a follow-up assessors often ask on this question"
                )
            }
            Why::Plain => "a follow-up assessors often ask on this question".to_string(),
        }
    }
}

/// What probing needs to know about an answer: its words, its sentences, and what it lacks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Heard {
    pub words: Words,
    /// Each sentence's words, to tell which figures the answer gives about what.
    sentences: Vec<Words>,
    /// In the sentences that give a figure: the figures, and the stems of the other words. Read once,
    /// so asking whether the answer gives a figure about something costs a look-up, not a reading.
    figured: Vec<String>,
    /// What the answer lacks, as the answer analysis finds it.
    pub gaps: Vec<Gap>,
    /// What an assessor could press on in the answer's own words, best first.
    pub anchors: Vec<Anchor>,
}

impl Heard {
    pub fn new(answer: &str, gaps: Vec<Gap>) -> Heard {
        let sentences: Vec<Words> = sentences(answer).into_iter().map(Words::new).collect();
        // Sorted for look-up by binary search: a set built of strings cost more than the look-ups.
        let mut figured: Vec<String> = sentences
            .iter()
            .filter(|s| s.as_slice().iter().any(|w| is_figure(w)))
            .flat_map(|s| s.as_slice().iter())
            .map(|w| figured_key(w))
            .collect();
        figured.sort_unstable();
        figured.dedup();
        Heard {
            // The sentences are cut between words, so their words are the answer's.
            words: Words::joined(&sentences),
            sentences,
            figured,
            gaps,
            anchors: anchor::anchors(answer),
        }
    }

    /// Reads one answer, written as a single text (as `banks try` takes it).
    pub fn analyse_text(lexicon: &Lexicon, answer: &str) -> Heard {
        let report = insight::analyse(lexicon, answer, None);
        Heard::new(answer, gaps_of(&report))
    }

    /// Reads an answer given part by part: `(prompt id, text)`, follow-up answers included.
    pub fn analyse_parts(lexicon: &Lexicon, parts: &[(&str, &str)], spoken: bool) -> Heard {
        let (joined, report) = if spoken {
            insight::analyse_key_points(lexicon, parts, None)
        } else {
            insight::analyse_parts(lexicon, parts, None)
        };
        Heard::new(&joined, gaps_of(&report))
    }

    pub fn lacks(&self, gap: Gap) -> bool {
        self.gaps.contains(&gap)
    }
}

/// The analysis's gaps: the same `Gap` type as the bank's probes.
fn gaps_of(report: &insight::Report) -> Vec<Gap> {
    report.gaps().to_vec()
}

/// The sentences of a text: split after `.`, `!` or `?` followed by a space, and at line breaks, so
/// "2.5 weeks" stays whole.
fn sentences(text: &str) -> Vec<&str> {
    let mut starts = vec![0];
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' => bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()),
            _ => false,
        };
        if ends {
            starts.push(i + c.len_utf8());
        }
    }
    starts.push(text.len());
    starts
        .windows(2)
        .map(|w| &text[w[0]..w[1]])
        .filter(|s| !s.trim().is_empty())
        .collect()
}

/// Wording that asks for one figure about one thing ("how many young people reached 18..."). Such a
/// probe is only "already given" when the answer gives a figure about the same thing; any other
/// evidence in the answer does not answer it.
const ASKS_FOR_A_FIGURE: &[&str] = &[
    "how many",
    "how much",
    "how long",
    "how often",
    "longest",
    "shortest",
    "average",
    "what proportion",
    "what percentage",
    "what figure",
    "what figures",
    "what rate",
];

/// Words too common to say what a figure is about.
const NOT_A_SUBJECT: &[&str] = &[
    "what",
    "how",
    "many",
    "much",
    "long",
    "often",
    "have",
    "has",
    "been",
    "anyone",
    "with",
    "this",
    "that",
    "these",
    "those",
    "your",
    "you",
    "there",
    "their",
    "they",
    "them",
    "does",
    "from",
    "into",
    "last",
    "year",
    "years",
    "since",
    "more",
    "most",
    "about",
    "which",
    "when",
    "where",
    "were",
    "will",
    "would",
    "could",
    "should",
    "tell",
    "give",
    "know",
    "here",
    "now",
    "the",
    "and",
    "for",
    "are",
    "was",
    "did",
    "get",
    "got",
    "is",
    "it",
    "its",
    "still",
    "each",
    "every",
    "proportion",
    "percentage",
    "figure",
    "figures",
    "rate",
    "average",
    "currently",
    "today",
];

fn is_figure(word: &str) -> bool {
    word == "%"
        || word.starts_with(|c: char| c.is_ascii_digit())
        || crate::text::COUNT_WORDS.contains(&word)
}

/// Enough of a word to match its other forms: "wait" for waiting, waits, waited.
fn stem(word: &str) -> &str {
    let end = word.char_indices().nth(4).map_or(word.len(), |(i, _)| i);
    &word[..end]
}

/// What a figure-asking probe wants the figure of: the words after "how many", "longest"... in the
/// same clause ("How many young people reached 18, and why?" -> young people reached 18).
fn figure_subjects(ask: &str) -> Vec<String> {
    let mut out = Vec::new();
    for clause in ask
        .split([',', ';', '?', ':'])
        .flat_map(|c| c.split(" and "))
    {
        let words = Words::new(clause);
        let words = words.as_slice();
        for phrase in ASKS_FOR_A_FIGURE {
            let phrase = Words::new(phrase);
            let n = phrase.as_slice().len();
            if let Some(at) = words.windows(n).position(|w| w == phrase.as_slice()) {
                out.extend(
                    words[at + n..]
                        .iter()
                        .filter(|w| {
                            is_figure(w)
                                || (w.chars().count() >= 4 && !NOT_A_SUBJECT.contains(&w.as_str()))
                        })
                        .cloned(),
                );
            }
        }
    }
    out
}

/// How a word of a sentence with a figure is kept in [`Heard`]: a figure whole ("#12"), any other
/// word by its stem, so "waits" finds "waiting".
fn figured_key(word: &str) -> String {
    if is_figure(word) {
        format!("#{word}")
    } else {
        stem(word).to_string()
    }
}

/// True when some sentence of the answer gives a figure and names what the probe wants the figure of.
fn gives_the_figure(ask: &str, heard: &Heard) -> bool {
    figure_subjects(ask)
        .iter()
        .any(|subject| heard.figured.binary_search(&figured_key(subject)).is_ok())
}

/// Wording that shows what a probe asks for, whatever its `gap:` says. Phrases are matched as whole
/// words, so "how long" is not "how longer".
const ASKS_FOR: &[(Gap, &[&str])] = &[
    (
        Gap::Evidence,
        &[
            "how do you know",
            "how would you know",
            "what data",
            "what evidence",
            "what would we see",
        ],
    ),
    (
        Gap::Example,
        &[
            "example",
            "an instance",
            "a time when",
            "a time you",
            "one person",
            "one person's",
            "a specific case",
            "one case",
        ],
    ),
    (
        Gap::Next,
        &[
            "what next",
            "what comes next",
            "what is next",
            "what happens next",
            "by when",
            "next step",
            "next steps",
            "what will be different",
            // "When will you audit it again...?" to an answer that says "In March we audit again".
            "when will you",
        ],
    ),
    (
        Gap::OwnPart,
        &[
            "your own part",
            "your part",
            "you personally",
            "what part did you play",
            "what did you do",
            "your own role",
        ],
    ),
    (
        Gap::People,
        &[
            "what do people",
            "what did people",
            "what have people",
            "people tell",
            "people told",
            "people say",
            "carers tell",
            "carers say",
        ],
    ),
    (
        Gap::Difference,
        &[
            "what difference",
            "what has changed",
            "what changed",
            "what impact",
        ],
    ),
    (
        Gap::Done,
        &["what have you done", "what has been done", "actually done"],
    ),
];

/// [`ASKS_FOR`] with each phrase cut into words once, not on every look-up: ranking asks this of
/// every probe for every gap, and cutting the phrases each time was most of the time it took.
fn asks_for_words() -> &'static [(Gap, Vec<Words>)] {
    static SPLIT: OnceLock<Vec<(Gap, Vec<Words>)>> = OnceLock::new();
    SPLIT.get_or_init(|| {
        ASKS_FOR
            .iter()
            .map(|(gap, phrases)| (*gap, phrases.iter().map(|p| Words::new(p)).collect()))
            .collect()
    })
}

/// True when `phrase` appears in `words` as whole words, in order.
fn has_words(words: &Words, phrase: &Words) -> bool {
    let (words, phrase) = (words.as_slice(), phrase.as_slice());
    !phrase.is_empty() && words.windows(phrase.len()).any(|w| w == phrase)
}

/// What a probe's wording asks for, if it plainly asks for one of the things an answer can lack.
pub fn asks_for(ask: &str) -> Vec<Gap> {
    let words = Words::new(ask);
    asks_for_words()
        .iter()
        .filter(|(_, phrases)| phrases.iter().any(|p| has_words(&words, p)))
        .map(|(gap, _)| *gap)
        .collect()
}

/// True when the probe would ask for something the answer already gives.
fn already_given(follow_up: &FollowUp, heard: &Heard) -> bool {
    let wanted = follow_up.gap.into_iter().chain(asks_for(&follow_up.ask));
    wanted.into_iter().any(|gap| !heard.lacks(gap))
        || asks_for_a_given_figure(&follow_up.ask, heard)
        || answered_where_heard(follow_up, heard)
        || super::answered::already_answered(&follow_up.ask, &heard.words, &heard.sentences)
}

/// Kinds of question a word-triggered probe asks, with the words that ask them and the words that,
/// in the sentence where the trigger was heard, already answer them.
const ANSWERED_BY: &[(&[&str], &[&str])] = &[
    // "At what age do you start?" after "from year 9", "at fourteen", "aged 16".
    (
        &["what age", "how old", "how early", "when do you start"],
        &[
            "year",
            "age",
            "aged",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "thirteen",
            "twelve",
            "birthday",
        ],
    ),
    // "How do you decide who is first?" after "we prioritise using the screening tool".
    (
        &[
            "how do you decide",
            "how do you prioritise",
            "who is first",
            "who goes first",
            "how do you choose",
            "how do you sort",
        ],
        &[
            "using",
            "based on",
            "screening",
            "triage",
            "criteria",
            "rag",
            "by risk",
            "risk-rated",
        ],
    ),
    // "Who owns the risk...?" after "the team manager owns the risk".
    (
        &[
            "who owns",
            "who is accountable",
            "who is responsible",
            "who holds",
        ],
        &["owns", "accountable", "responsible", "holds"],
    ),
];

/// True when a word-triggered probe asks what the sentence that holds its trigger already says: an
/// answer that says "from year 9" is not asked "at what age do you start?" (issue 18 item 4).
fn answered_where_heard(follow_up: &FollowUp, heard: &Heard) -> bool {
    // A trigger not heard in the whole answer is in none of its sentences: a long answer is not
    // read sentence by sentence for nothing.
    if !follow_up.is_conditional() || follow_up.heard_in(&heard.words).is_none() {
        return false;
    }
    let ask = Words::new(&follow_up.ask);
    if answers_the_challenge(&ask, heard) {
        return true;
    }
    let Some(kind) = ANSWERED_BY
        .iter()
        .find(|(asks, _)| asks.iter().any(|a| ask.contains(a)))
    else {
        return false;
    };
    let answers = kind.1;
    heard.sentences.iter().any(|sentence| {
        follow_up.heard_in(sentence).is_some()
            && (answers.iter().any(|a| sentence.contains(a))
                // The trigger is itself the answer: "year 9", "sixteen".
                || follow_up
                    .when
                    .iter()
                    .filter(|w| sentence.contains(w))
                    .any(|w| w.split_whitespace().any(|x| is_figure(x) || answers.contains(&x))))
    })
}

/// Words that name a challenge made to the council.
const CHALLENGE: &[&str] = &["challenge", "challenged", "challenges"];

/// Words that say what was done about it, in the same sentence.
const RESPONDED: &[&str] = &[
    "so i",
    "so we",
    "in response",
    "responded",
    "as a result",
    "which led",
    "led to",
    "after which",
];

/// "What has the board challenged the council on, and how did you respond?" after "the board
/// challenged us on how we used the escalation route, so I rewrote our guidance": a probe asking
/// for a challenge and the response is answered by a sentence naming both (walk 9; it was asked,
/// set off by "challenged", of an answer that had just told it).
fn answers_the_challenge(ask: &Words, heard: &Heard) -> bool {
    let asks_challenge = CHALLENGE.iter().any(|w| ask.contains(w))
        && ["how did you respond", "what changed", "what did you change"]
            .iter()
            .any(|a| ask.contains(a));
    asks_challenge
        && heard.sentences.iter().any(|sentence| {
            CHALLENGE.iter().any(|w| sentence.contains(w))
                && RESPONDED.iter().any(|r| sentence.contains(r))
        })
}

fn asks_for_a_given_figure(ask: &str, heard: &Heard) -> bool {
    gives_the_figure(ask, heard)
}

/// "You mentioned the audit: what did the most recent one find, and what did you do about it?" or
/// "Tell us about one of those complaints: what did it show, and what changed afterwards?" to an
/// answer that gives everything: where the reading finds nothing missing, a follow-up on a source,
/// a count of complaints or an activity (the answer's main line, not a weak spot it admits) whose
/// wording asks for something the answer gives is passed over for the next one.
fn re_asks(a: &Anchor, heard: &Heard) -> bool {
    heard.gaps.is_empty()
        && matches!(
            a.shape,
            anchor::Shape::Source | anchor::Shape::Learning | anchor::Shape::Process
        )
        && !asks_for(&a.ask).is_empty()
}

/// Every probe that fits the answer, in the order an assessor would ask them, leaving out those
/// whose ask is in `asked` (already put this time). Plain probes come last, in bank order.
pub fn rank(question: &Question, heard: &Heard, asked: &[String]) -> Vec<Probe> {
    let fresh = |f: &&FollowUp| !asked.contains(&f.ask);
    // 1. What the answer itself gives to press on: its figures, what they leave out, its plans. A
    // vague claim pinned down waits for its place below (before the stock lines).
    let anchored = |pins: bool| {
        heard
            .anchors
            .iter()
            .filter(move |a| {
                !asked.contains(&a.ask)
                    && (a.shape == anchor::Shape::Pin) == pins
                    && !re_asks(a, heard)
            })
            .map(|a| Probe {
                ask: a.ask.clone(),
                why: Why::Anchored(a.clone()),
            })
    };
    let mut out: Vec<Probe> = anchored(false).collect();

    // 2. The biggest gap first. One probe per gap: the second probe should press on something else.
    for gap in Gap::BY_SIZE {
        if !heard.lacks(gap) {
            continue;
        }
        // The question's own probes first (by their `gap:` or by their wording), then the bank's
        // staples: "How do you know the triage is safe?" before "How do you know?".
        let fits = |f: &&FollowUp, by_wording: bool| {
            (f.gap == Some(gap) || (by_wording && f.gap.is_none() && asks_for(&f.ask).contains(&gap)))
                // A gap probe with `when` words also waits for them.
                && (!f.is_conditional() || f.heard_in(&heard.words).is_some())
                && !answered_where_heard(f, heard)
                && !super::answered::already_answered(&f.ask, &heard.words, &heard.sentences)
        };
        let probe = question
            .follow_ups
            .iter()
            .filter(fresh)
            .find(|f| fits(f, true))
            .or_else(|| {
                question
                    .default_probes
                    .iter()
                    .filter(fresh)
                    .find(|f| fits(f, false))
            });
        if let Some(f) = probe {
            // With nothing typed there is no answer to have lacked anything: "Why: your answer
            // had no evidence of how you know" under the follow-up to an empty answer read as a
            // judgement of words never given. It is the question's own follow-up, and says so.
            let why = if heard.words.is_empty() {
                Why::Plain
            } else {
                Why::Gap(gap)
            };
            out.push(Probe::new(f, why));
        }
    }

    // 3. What was heard, unless the probe only asks again for what the answer has given.
    for f in question.probes().filter(fresh) {
        if f.gap.is_some() || already_given(f, heard) {
            continue;
        }
        if let Some(word) = f.heard_in(&heard.words) {
            out.push(Probe::new(f, Why::Heard(word.to_string())));
        }
    }

    // A vague claim pinned down in its own words comes before the first stock line, after the
    // question's own pointed probes: on vague answers the stock lines scored 1-2 in every blind run,
    // the pointed ones 4-5.
    let stock_at = out
        .iter()
        .position(|p| p.anchor().is_none() && is_stock(question, &p.ask))
        .unwrap_or(out.len());
    out.splice(stock_at..stock_at, anchored(true));

    // 4. Plain probes.
    for f in question.probes().filter(fresh) {
        if f.gap.is_none() && !f.is_conditional() && !already_given(f, heard) {
            out.push(Probe::new(f, Why::Plain));
        }
    }
    // 5. Never nothing: an answer that gives everything every gap probe asks for still gets the
    // question's own first follow-up that waits for no word and asks for no gap (probes-22 p02 was
    // asked nothing, and a rehearsal with no follow-up reads as the coach not listening).
    if out.is_empty()
        && !heard.words.is_empty()
        && let Some(f) = question
            .follow_ups
            .iter()
            .chain(question.default_probes.iter())
            .filter(fresh)
            .find(|f| !f.is_conditional() && f.gap.is_none() && asks_for(&f.ask).is_empty())
    {
        out.push(Probe::new(f, Why::Plain));
    }
    out
}

/// Openings of follow-ups that fit any answer: "Where could we see that for ourselves?", "What
/// happens next, and by when?", "What difference has it made...?". The judge called them stock.
const STOCK_OPENINGS: &[&str] = &[
    "where could we see",
    "what happens next",
    "what difference has",
    "what difference have",
    "what difference does",
    "what difference do",
    "what has been done",
    "what have you actually done",
    "can you give us a specific example",
    "how do you know? what would we see",
    "what have people who draw on care",
    // "What evidence would you most want us to see for it?" (probes-22 p30, judged vague).
    "what evidence would you",
];

/// True when a follow-up is one of the bank's stock lines: a gap probe shared by every question, or
/// one whose wording fits any answer.
fn is_stock(question: &Question, ask: &str) -> bool {
    let lower = ask.to_lowercase();
    question.default_probes.iter().any(|f| f.ask == ask)
        || STOCK_OPENINGS.iter().any(|o| lower.starts_with(o))
}

/// The probes [`rank`] leaves out for this answer, each with why, for `banks try`.
pub fn left_out(question: &Question, heard: &Heard) -> Vec<(String, String)> {
    let ranked: Vec<String> = rank(question, heard, &[])
        .into_iter()
        .map(|p| p.ask)
        .collect();
    question
        .probes()
        .filter(|f| !ranked.contains(&f.ask))
        .map(|f| {
            let mut given: Vec<&str> = f
                .gap
                .into_iter()
                .chain(asks_for(&f.ask))
                .filter(|g| !heard.lacks(*g))
                .map(Gap::slug)
                .collect();
            given.dedup();
            let why = if f.is_conditional() && f.heard_in(&heard.words).is_none() {
                format!(
                    "waits for one of its words, none heard: {}",
                    f.when.join(", ")
                )
            } else if !given.is_empty() {
                format!(
                    "it asks for what the answer already gives ({})",
                    given.join(", ")
                )
            } else if asks_for_a_given_figure(&f.ask, heard) {
                "it asks for a figure the answer already gives".to_string()
            } else if answered_where_heard(f, heard) {
                "the answer already says this where its word was heard".to_string()
            } else if super::answered::already_answered(&f.ask, &heard.words, &heard.sentences) {
                "the answer already answers it".to_string()
            } else {
                "another probe already goes after the same gap".to_string()
            };
            (f.ask.clone(), why)
        })
        .collect()
}

/// The next probe for the session: the first of [`rank`], except that plain probes are drawn at
/// random (with the session's seeded generator) so the same plain probe is not asked every time.
pub fn draw(
    question: &Question,
    heard: &Heard,
    asked: &[String],
    rng: &mut impl Rng,
) -> Option<Probe> {
    let mut ranked = rank(question, heard, asked);
    let plain_from = ranked
        .iter()
        .position(|p| p.why == Why::Plain)
        .unwrap_or(ranked.len());
    if plain_from > 0 {
        return ranked.into_iter().next();
    }
    ranked.shuffle(rng);
    ranked.into_iter().next()
}

#[cfg(test)]
#[path = "probe_tests.rs"]
mod tests;

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn wording_says_what_a_probe_asks_for() {
        assert_eq!(asks_for("How do you know it works?"), [Gap::Evidence]);
        assert_eq!(
            asks_for("Can you give us one specific example?"),
            [Gap::Example]
        );
        assert_eq!(asks_for("What happens next, and by when?"), [Gap::Next]);
        assert_eq!(asks_for("Who owns the risk on the waiting list?"), []);
        assert_eq!(
            asks_for("How long-standing is it?"),
            [],
            "hyphenated: one word"
        );
    }

    #[test]
    fn a_figure_is_given_only_when_the_answer_gives_one_about_the_same_thing() {
        let heard = |answer: &str| Heard::new(answer, vec![]);
        let longest = "What is the longest anyone has been waiting?";
        assert!(gives_the_figure(
            longest,
            &heard("The longest wait fell from 26 to 9 weeks.")
        ));
        assert!(gives_the_figure(
            longest,
            &heard("People are waiting nine weeks at most.")
        ));
        assert!(!gives_the_figure(
            longest,
            &heard("Caseloads fell from 30 to 22. People wait.")
        ));
        let reached = "How many young people reached 18 last year without support?";
        assert!(!gives_the_figure(
            reached,
            &heard("Caseloads fell from 30 to 22.")
        ));
        assert!(gives_the_figure(
            reached,
            &heard("Only 3 young people turned 18 without it.")
        ));
        assert_eq!(
            sentences("It fell 2.5 weeks. Then! Next\nline"),
            ["It fell 2.5 weeks.", " Then!", " Next\n", "line"]
        );
    }

    #[test]
    fn the_answers_words_are_the_same_read_whole_or_by_sentence() {
        for answer in [
            "It fell 2.5 weeks. Then! Next\nline: 1,200 people, 85% seen.",
            "We’ve co-produced it.\n- carers' views... e.g. the forum? Yes.",
            "Mrs K. Smith, 84, went home. 'Good', she said.",
        ] {
            assert_eq!(
                Heard::new(answer, vec![]).words,
                Words::new(answer),
                "{answer}"
            );
        }
        // A figure looked up among the sorted words of figured sentences.
        let heard = Heard::new("Carers waited 9 weeks. Staff are happy.", vec![]);
        assert!(gives_the_figure("How long do carers wait?", &heard));
        assert!(!gives_the_figure("How many staff are happy?", &heard));
    }

    #[test]
    fn reasons_read_as_plain_english() {
        let p = Probe {
            ask: "?".into(),
            why: Why::Gap(Gap::Evidence),
        };
        assert_eq!(p.reason(), "the answer has no evidence of how you know");
        assert_eq!(p.gap(), Some(Gap::Evidence));
        let p = Probe {
            ask: "?".into(),
            why: Why::Heard("waiting list".into()),
        };
        assert_eq!(p.reason(), "heard \"waiting list\" in the answer");
        assert_eq!(p.heard(), Some("waiting list"));
    }
}
