//! A vague answer's main claim, said back and asked for one concrete case (issue 23, probes-22).
//!
//! probes-22: five vague answers ("practice here puts the person first and keeps improving", "I've
//! led the practice strand", "practice is my main thing", "a lot of what's good here you won't find
//! written down") were asked the stock "Where could we see that for ourselves?" and judged 1 to 3
//! against the assessor's 5. No reader above took their claim: it names no figure, no survey, no
//! belief, and opens on no word the claim reader knows. The assessor said the main claim back and
//! asked for one concrete thing tied to it: one change with figures from before and after, one
//! thing in practice different because of the PSW's work, one strength the assessor would not have
//! seen and where to find it. So, in an answer with no figure at all and nothing else read, the
//! first piece that claims something is said back and asked that way.

use super::frame::JOINERS;
use super::read::{Reading, anchor, said_slot, words};
use super::{Anchor, Shape};

/// Most words of a vague answer: longer answers tell enough for another reader.
const MOST_ANSWER_WORDS: usize = 120;

/// Words that make a piece a claim worth pressing: of change, quality, pride or the PSW's own lead.
const CLAIMS: &[&str] = &[
    "changed",
    "change",
    "improving",
    "improved",
    "improve",
    "better",
    "good",
    "great",
    "strong",
    "proud",
    "first",
    "led",
    "main",
    "culture",
    "embedded",
    "transformed",
    "excellent",
    "outstanding",
    "really",
    "enormously",
    "written",
    // "plenty of what they do well hasn't come up" (probes-18 p30): what the PSW says the
    // assessor has not seen.
    "well",
];

/// Openings that lean on something said before: said back alone they say nothing.
const LEANS: &[&str] = &[
    "it", "it's", "this", "that", "that's", "they", "they're", "they've", "they'd", "they'll",
    "he", "she", "he'd", "she'd", "there", "there's", "which", "who", "these", "those", "what",
    "not", "no", "yes",
];

/// Fillers that open a spoken piece: left out of the quote.
const FILLERS: &[&str] = &[
    "honestly", "well", "so", "look", "really", "erm", "um", "er",
];

/// The speaker's own part: the claim is asked what is different because of it.
const OWN: &[&str] = &["i", "i've", "i'm", "my", "me"];

pub(super) fn find(r: &Reading) -> Option<Anchor> {
    let n = words(r, 0, r.toks.len());
    if n == 0 || n > MOST_ANSWER_WORDS {
        return None;
    }
    // Vague: no figure at all, in digits or words, and no share.
    if (0..r.toks.len()).any(|k| {
        r.n(k) == "%"
            || r.value(k).is_some_and(|v| v >= 2.0)
                    && !r.is_year(k)
                    // "a hard couple of years" is no figure.
                    && r.n(k) != "couple"
    }) {
        return None;
    }
    let mut a = 0;
    while a < r.toks.len() {
        let mut b = a;
        while b < r.toks.len() && !r.is_stop(b) {
            b += 1;
        }
        if let Some(found) = piece(r, a, b) {
            return Some(found);
        }
        a = b + 1;
    }
    None
}

fn piece(r: &Reading, a: usize, b: usize) -> Option<Anchor> {
    let mut a = a;
    while a < b && (JOINERS.contains(&r.n(a)) || FILLERS.contains(&r.n(a)) || !r.toks[a].is_word())
    {
        a += 1;
    }
    // "That practice here puts the person first", answering "what would you most want us to take
    // away?": the answer's opening "that" only joins it to the question.
    if a == 0 && r.n(a) == "that" && r.toks.get(1).is_some_and(|t| t.is_word()) {
        a += 1;
    }
    // "we put it all together and honestly the picture's consistently good": the claim is what
    // follows the filler.
    if let Some(j) = (a + 1..b).find(|&j| FILLERS.contains(&r.n(j)) && r.n(j - 1) == "and") {
        a = j + 1;
    }
    // "A great deal" answers the question; it claims nothing of its own.
    if a >= b || LEANS.contains(&r.n(a)) || !(3..=16).contains(&words(r, a, b)) {
        return None;
    }
    let verb = super::claim::has_verb(r, a, b)
        || r.has_in(
            a,
            b,
            &["won't", "can't", "don't", "isn't", "aren't", "find"],
        );
    if !r.has_in(a, b, CLAIMS) || !verb {
        return None;
    }
    // "I think you've covered most of it": what the speaker thinks of the assessment, not a claim;
    // "the problem was that people waited weeks": a weak spot, read elsewhere; "we said our front
    // door was strong": what was once said, and "You said you said..." would not read.
    if r.has_in(
        a,
        b,
        &[
            "think", "covered", "hope", "suppose", "guess", "problem", "issue", "waited", "wait",
        ],
    ) || matches!(r.n(a + 1), "said" | "says" | "say" | "claimed" | "wrote")
    {
        return None;
    }
    // "a lot of what's good here you won't find written down": a slot never holds "you", so with
    // nobody else in it to turn, the assessor's "you" is said as "we".
    let quote = said_slot(r, a, b).or_else(|| {
        let raw = r.raw(a, b);
        (!r.has_in(a, b, &["i", "we", "our", "us", "my", "me", "your"])
            && (a..b).any(|k| {
                r.n(k) == "you" && matches!(r.n(k + 1), "won't" | "wouldn't" | "can't" | "don't")
            })
            && raw
                .chars()
                .all(|c| c.is_alphanumeric() || " '’-".contains(c)))
        .then(|| {
            raw.split(' ')
                .map(|w| if w == "you" { "we" } else { w })
                .collect::<Vec<_>>()
                .join(" ")
        })
    })?;
    let unseen = r.has_in(a, b, &["written", "find", "see", "seen"])
        || (a..b).any(|k| r.n(k) == "come" && r.n(k + 1) == "up");
    let tail = if unseen {
        "what is one thing the teams do well that we won't have seen, and where could we find it?"
    } else if r.has_in(
        a,
        b,
        &["consistent", "consistently", "good", "strong", "excellent"],
    ) && !r.has_in(a, b, OWN)
    {
        "what did your latest check of it find, in figures, and where did it come out least well?"
    } else if r.has_in(a, b, OWN) {
        "what is one thing in practice that is different now because of it, and how do you know?"
    } else {
        "what is one change you could show us, with figures from before and after?"
    };
    anchor(
        r,
        Shape::Pin,
        (a, b),
        r.raw(a, b),
        "asking for one case that shows what you said".to_string(),
        format!("You said {quote}: {tail}"),
    )
}
