//! Whether an answer already answers a bank probe, wherever in the answer it does: "When is it next
//! updated, and who signs it off?" after "every quarter the owner rewrites it", or "What have newly
//! qualified workers said?" after an exit survey's figures. The judge named both as re-asks on
//! probes-5 (issue 23); the word-triggered rule in `probe` only reads the sentence its word was in.

use crate::bank::Words;

/// Kinds of question a probe asks, with the words that ask them and the words that answer them.
/// A probe is answered when every kind it asks is answered somewhere in the answer.
const KINDS: &[(&[&str], &[&str])] = &[
    // How often, or when next: "every quarter", "monthly".
    (
        &[
            "how often",
            "how regularly",
            "when is it next",
            "when is it updated",
            "when is it reviewed",
        ],
        &[
            "every quarter",
            "each quarter",
            "every month",
            "each month",
            "every week",
            "every year",
            "each year",
            "every six months",
            "quarterly",
            "monthly",
            "weekly",
            "fortnightly",
            "annually",
            "annual",
        ],
    ),
    // Who owns it or signs it off: "owned by the DMT", "a named owner".
    (
        &[
            "who signs it off",
            "who signs off",
            "who owns",
            "who is accountable",
        ],
        &[
            "owned by",
            "owner",
            "owners",
            "owns",
            "signs off",
            "signed off",
            "signs it off",
            "accountable",
        ],
    ),
    // "What have you done to recruit and keep occupational therapists?" after apprentices taken
    // on and a market supplement: asked both, it is answered when both are told (probes-6 p05).
    (
        &["recruit and keep", "train and keep", "recruit and retain"],
        &[
            "apprentice",
            "apprentices",
            "apprenticeship",
            "apprenticeships",
            "recruited",
            "recruitment campaign",
            "international recruitment",
            "grow our own",
            "trainee",
            "trainees",
            "newly qualified",
        ],
    ),
    (
        &["recruit and keep", "train and keep", "recruit and retain"],
        &[
            "market supplement",
            "retention payment",
            "retention payments",
            "exit interviews",
            "keeping them",
            "career pathway",
            "career progression",
            "pay supplement",
        ],
    ),
];

/// Words a probe asks what someone said with: "What have newly qualified workers said...?"
const ASKS_WHAT_SAID: &[&str] = &["said", "say", "told", "tell"];

/// Openings of a question about what someone said.
const WHAT: &[&str] = &["what have", "what did", "what do", "what does", "what has"];

/// People who draw on care, and those close to them: what they say is asked for even when staff's
/// words are given.
const DRAW_ON_CARE: &[&str] = &[
    "people",
    "person",
    "carers",
    "carer",
    "families",
    "family",
    "residents",
    "users",
];

/// Words that report what someone said.
const REPORTED: &[&str] = &[
    "survey",
    "told",
    "said",
    "feedback",
    "interviews",
    "questionnaire",
];

/// True when the answer already gives what the probe asks, by the kinds above or, for a probe
/// asking what staff said, by an answer that reports what they said with a figure ("exit survey:
/// 'caseload was protected' 8/13").
pub fn already_answered(ask: &str, answer: &Words, sentences: &[Words]) -> bool {
    let asked = Words::new(ask);
    let kinds: Vec<&[&str]> = KINDS
        .iter()
        .filter(|(asks, _)| asks.iter().any(|a| asked.contains(a)))
        .map(|(_, answers)| *answers)
        .collect();
    if !kinds.is_empty() {
        return kinds
            .iter()
            .all(|answers| answers.iter().any(|a| answer.contains(a)));
    }
    asks_what_staff_said(&asked) && sentences.iter().any(reports_with_a_figure)
}

/// "What have newly qualified social workers said about their first year?": a question about what
/// someone other than the people who draw on care said.
fn asks_what_staff_said(asked: &Words) -> bool {
    let words = asked.as_slice();
    let Some(at) = WHAT.iter().find_map(|w| {
        let phrase = Words::new(w);
        let n = phrase.as_slice().len();
        words
            .windows(n)
            .position(|x| x == phrase.as_slice())
            .map(|p| p + n)
    }) else {
        return false;
    };
    let Some(said) = words[at..]
        .iter()
        .position(|w| ASKS_WHAT_SAID.contains(&w.as_str()))
    else {
        return false;
    };
    let who = &words[at..at + said];
    !who.is_empty() && !who.iter().any(|w| DRAW_ON_CARE.contains(&w.as_str()))
}

/// A sentence that reports what was said with a figure: "exit survey: 13/13 felt supported".
fn reports_with_a_figure(sentence: &Words) -> bool {
    let words = sentence.as_slice();
    words.iter().any(|w| REPORTED.contains(&w.as_str()))
        && words
            .iter()
            .any(|w| w == "%" || w.starts_with(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
#[path = "tests_answered.rs"]
mod tests;
