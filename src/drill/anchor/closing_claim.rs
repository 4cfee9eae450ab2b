//! The claim a middling answer closes on, tested as the assessor tested it (issue 23, class 1):
//! "erm and people do stay in practice a lot more now because of it", "erm and I think leaders
//! genuinely hear it ... it shapes the decisions they make", "so I'd say the majority get a genuine
//! say", "it's stopping a lot of people ending up in crisis" (probes-21 p15 p19 p23, probes-20
//! p23). The assessor said the claim back and asked for the figure or the case that would show it,
//! framed to the claim's kind, where the coach asked a bank question (the judge: "generic"). Only
//! read where no other reader found anything to press: a strong answer's weak spot comes first.

use super::read::{Reading, anchor, said_slot};
use super::{Anchor, Shape};

/// Fillers and joiners before the claim: "erm and", "so", "honestly".
const LEADS: &[&str] = &[
    "erm", "um", "uh", "and", "so", "but", "honestly", "well", "yeah", "that",
];

/// What the claim is about, by its words, and the one thing asked of it.
fn ask(r: &Reading, a: usize, b: usize) -> Option<&'static str> {
    let has = |words: &[&str]| r.has_in(a, b, words);
    if has(&["majority"]) {
        // "the majority get a genuine say": how many went where they chose (probes-21 p15).
        Some("how many is that, in figures, and where does it fall short?")
    } else if has(&["decision", "decisions"])
        && has(&[
            "shapes",
            "shaped",
            "shape",
            "influences",
            "influenced",
            "changes",
            "informs",
        ])
    {
        // "it shapes the decisions they make": one decision made differently (probes-21 p23).
        Some("what is one decision made differently in the last year because of it?")
    } else if has(&["stopping", "preventing"]) {
        // "it's stopping a lot of people ending up in crisis": how many still did (probes-20 p23).
        Some("how many still did, against the year before?")
    } else if has(&["more", "fewer", "less", "better"]) && has(&["now", "than", "were", "was"]) {
        // "people do stay in practice a lot more now because of it": the figure against before
        // (probes-21 p19).
        Some("what figure shows that change, against what it was before?")
    } else {
        None
    }
}

/// "You said people do stay in practice a lot more now because of it: what figure shows that
/// change, against what it was before?"
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    // An answer of one sentence is all claim: the vague readers press it.
    r.last_sentences_start(2)?;
    let (s0, s1) = r.sentence(r.last_sentences_start(1)?);
    // A middling answer gives something concrete before its claim (a count, a name of a board's
    // members); a vague one, with no figure at all, is left to the vague readers.
    if !(0..s0).any(|k| r.value(k).is_some_and(|v| v >= 2.0) && !r.is_year(k)) {
        return None;
    }
    let mut a = s0;
    loop {
        if LEADS.contains(&r.n(a)) || r.n(a) == "," {
            a += 1;
        } else if r.n(a) == "i" && matches!(r.n(a + 1), "think" | "believe" | "reckon")
            || r.n(a) == "i'd" && r.n(a + 1) == "say"
        {
            a += 2;
        } else {
            break;
        }
        if a >= s1 {
            return None;
        }
    }
    let ask = ask(r, s0, s1)?;
    let end = (a..s1)
        .find(|&k| matches!(r.n(k), "," | ";" | ":" | "—" | "–"))
        .unwrap_or(s1);
    let quote = said_slot(r, a, end)?;
    anchor(
        r,
        Shape::Claim,
        (a, end),
        r.raw(a, end),
        "testing the claim you closed on".to_string(),
        format!("You said {quote}: {ask}"),
    )
}
