//! What the PSW says usually happens, or is confident would: "we'd usually try and have the care in
//! place the day they arrive", "I'm confident we'd pick up anyone whose situation deteriorated".
//! The assessor took the PSW's own hedge or confidence and asked when it failed and what happened to
//! the people then (probes-6 p20: "how often last year did that not happen, and what happened to
//! those people"; probes-7 p24: are the calls reaching everyone, and how many came to harm), where
//! the coach had asked a bank line. Read as what is expected (`Shape::Expected`): how often it
//! actually happens.

use super::frame::slot;
use super::read::{Reading, anchor};
use super::{Anchor, Shape};

/// Words that say something happens as a rule, not every time.
const USUALLY: &[&str] = &["usually", "normally", "generally", "typically"];

/// The PSW or the service as the subject: "we'd usually", "I'm confident".
const SUBJECTS: &[&str] = &[
    "we", "we'd", "we'll", "i", "i'd", "i'm", "we're", "our", "they", "they'd",
];

/// What may follow "confident" for it to be about what would happen: "confident we'd pick up".
const WOULD: &[&str] = &[
    "we'd", "we'll", "we", "that", "they'd", "they'll", "nobody", "no",
];

/// "You said you'd usually try and have the care in place the day they arrive: how often in the last
/// year did that not happen, and what happened for those people?"
pub(super) fn find_usually(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        let usually = USUALLY.contains(&r.n(i));
        let confident = r.n(i) == "confident" && WOULD.contains(&r.n(i + 1));
        if !(usually || confident) || !SUBJECTS.contains(&r.n(i - 1)) {
            return None;
        }
        // A share in the same sentence, or a figure in the phrase, says how often already
        // ("usually: 86% were seen in seven days"); a "section 37" earlier in the sentence does
        // not. A source near it says what the confidence rests on.
        let (sa, sb) = r.sentence(i);
        let (_, end) = r.span(i);
        if (sa..sb).any(|k| r.percent_at(k).is_some())
            || (i..end).any(|k| r.value(k).is_some() && !r.is_year(k))
            || confident && r.proof_near(i)
            || told_as_before(r, sa, i)
        {
            return None;
        }
        let said = slot(r.text, &r.toks, i - 1, end)?;
        let ask = if confident {
            "what tells you that, and when did it last fall short?"
        } else {
            "how often in the last year did that not happen, and what happened for those people?"
        };
        anchor(
            r,
            Shape::Expected,
            (i - 1, end),
            r.raw(i - 1, i + 1),
            "asking when it did not happen".to_string(),
            format!("You said {said}: {ask}"),
        )
    })
}

/// True when the words before token `i` in its sentence, from `sa`, date it before a change:
/// "until 2025 we usually met them at our front door", "before last year we'd normally...". That is
/// how things were, and the answer goes on to say what changed (probes-11 p01); asked how often it
/// did not happen, the PSW is asked about what they have already fixed.
fn told_as_before(r: &Reading, sa: usize, i: usize) -> bool {
    (sa..i).any(|k| {
        matches!(r.n(k), "until" | "till" | "before")
            && (r.is_year(k + 1) || matches!(r.n(k + 1), "last" | "recently"))
    })
}
