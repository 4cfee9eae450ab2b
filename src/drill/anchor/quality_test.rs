//! The test a vague claim of quality sets itself (issue 23, probes-14).
//!
//! "Our workers are good at spotting carer strain", "I'm confident it came down for the right
//! reasons", "we have a good number of support workers who speak Polish": each was asked the same
//! stock "what would we find if we looked for ourselves, and where is it weakest?", judged stock
//! every time, where the assessor asked for the proof that claim would need (the records of carers
//! offered an assessment, a sample of the closures, how many there are against how many are
//! needed). So the ask after the quote is chosen by what sort of claim it is.

use super::read::Reading;

/// Words that say something is done well: "good at spotting", "skilled at".
const ABLE: &[&str] = &[
    "good",
    "great",
    "skilled",
    "excellent",
    "brilliant",
    "better",
];

/// Nouns a "good" may only size: "a good number of", "a good proportion".
const AMOUNTS: &[&str] = &["number", "proportion", "amount", "share", "many"];

/// Words of the speaker's own certainty: "I'm confident", "we're sure".
const CERTAIN: &[&str] = &["confident", "sure", "assured", "reassured", "satisfied"];

/// The speaker, just before a word of certainty.
const SPEAKER: &[&str] = &[
    "i", "we", "i'm", "we're", "am", "i've", "we've", "feel", "very",
];

/// Someone else's verdict quoted as proof: "the feedback is excellent", "the peer review was very
/// positive".
const VERDICTS: &[&str] = &[
    "feedback",
    "review",
    "inspection",
    "report",
    "survey",
    "audit",
    "evaluation",
];

/// Words of a good name: "well regarded", "highly rated".
const REPUTATION: &[&str] = &[
    "regarded",
    "respected",
    "rated",
    "valued",
    "praised",
    "thought",
    "popular",
];

/// What is asked of the claim of quality in tokens `a..end`.
pub(super) fn tail(r: &Reading, a: usize, end: usize) -> &'static str {
    let at = |words: &[&str]| (a..end).find(|&j| words.contains(&r.n(j)));
    let able = (a + 1..end).any(|j| r.n(j) == "at" && ABLE.contains(&r.n(j - 1)));
    let amount = (a + 1..end).any(|j| AMOUNTS.contains(&r.n(j)) && ABLE.contains(&r.n(j - 1)));
    let certain = at(CERTAIN).is_some_and(|j| {
        (j.saturating_sub(2)..j).any(|k| SPEAKER.contains(&r.n(k)))
            && !(a..j).any(|k| matches!(r.n(k), "staff" | "they" | "workers" | "people"))
    });
    if able {
        "what do your records show about how often that happens, and what happens when it is missed?"
    } else if amount {
        "how many is that, and how does it compare with how many are needed?"
    } else if certain {
        "what have you checked that gives you that confidence, and what did the check show?"
    } else if at(&["feel", "feels"]).is_some_and(|j| !matches!(r.n(j.wrapping_sub(1)), "i" | "we"))
    {
        "when were they last asked, and what did they say?"
    } else if at(VERDICTS).is_some() {
        "what did it say was not working, and what have you done about that?"
    } else if at(REPUTATION).is_some() {
        "who says so, and what result could you show us that bears it out?"
    } else if at(&["example"]).is_some() {
        "how typical is it, and what would a case that went less well show us?"
    } else if at(&["progress"]).is_some() {
        "how are you measuring it, and where has it been slowest?"
    } else if at(&["more", "less"]).is_some() && at(&["since", "than"]).is_some() {
        // "more confident since the last assessment": the comparison is given, its proof is not.
        "how do you know it has changed, and what would people who draw on care notice now?"
    } else if at(&["more", "less"]).is_some() {
        "compared with when, and how do you know it has changed?"
    } else {
        // "How do you judge that" was judged a stock challenge (probes-20 p25, p32): the assessor
        // asked what the last audit found in figures and where it came out least well (probes-7
        // p32, probes-16 p32, probes-19 p29).
        "what did the last check of it find, in figures, and where did it come out least well?"
    }
}
