//! The group a strong answer names, near its end, as the one its work misses, in a frame rather
//! than with a count: "The people I can't vouch for are self-funders in care homes whose home never
//! applied", "the people it doesn't reach are the ones who can't tell us themselves", "The pattern
//! we haven't cracked is adult sons with drink problems living with a parent", "where it still
//! misses is carers who don't live with the person" (probes-16 p03, p04, p09, p11). The late-turn
//! reader wants a count and the weak-spot reader a figure, so these answers got a stock "What
//! happens next, and by when?" or a remainder of a result already given; the assessor said the
//! group back every time and asked what happens for them now and what is changing, or, where the
//! PSW cannot say how many or how they fare, how they will find out and who would notice meanwhile.

use super::frame::slot_up_to;
use super::read::{Reading, anchor};
use super::{Anchor, Shape};

/// How many of the answer's last sentences are read: the admitted gap closes a strong answer.
const LAST: usize = 3;
/// Most words said back, frame and group together.
const MOST_WORDS: usize = 28;
/// Fewest words in the group: below this it is a fragment ("the rest", "them").
const FEWEST_WORDS: usize = 3;

/// What the frame is about: people (asked what is happening for them) or a pattern of cases.
const HEADS: &[&str] = &[
    "people", "ones", "group", "groups", "carers", "families", "pattern", "cases",
];

/// Who the frame's verb belongs to: "the people we haven't reached", "the cases it doesn't catch".
const SUBJECTS: &[&str] = &["we", "i", "it", "this", "they"];

/// The negatives that make the frame an admission.
const NEGATIVES: &[&str] = &[
    "haven't", "hasn't", "don't", "doesn't", "can't", "cannot", "didn't", "never", "aren't",
    "isn't", "won't",
];

/// Verbs that say the PSW cannot tell how many or how they fare: asked how they will find out.
const UNKNOWN: &[&str] = &[
    "vouch", "know", "say", "tell", "see", "count", "trace", "find",
];

/// Verbs of "where it still misses is...": the work, not a person, misses the group.
const MISSES: &[&str] = &["misses", "miss", "reach"];

/// The gap the answer's last sentences name in a frame, said back, or `None`. Where another reader
/// already said back the frame itself (`found`), its ask is kept: it was made for that gap, often
/// with the count the frame leaves to the next sentence ("what is happening for those 23 now").
pub(super) fn find(r: &Reading, found: &[Anchor]) -> Option<Anchor> {
    let from = r.last_sentences_start(LAST)?;
    let a = (from..r.toks.len()).find_map(|k| framed(r, k).or_else(|| misses(r, k)))?;
    let start = r.text.find(a.quote.as_str())?;
    let end = start + a.quote.len();
    let read_before = found.iter().any(|f| {
        r.text
            .find(f.quote.as_str())
            .is_some_and(|at| (start..end).contains(&at))
    });
    (!read_before).then_some(a)
}

/// "The people I can't vouch for are GROUP": the frame opening at token `k`.
fn framed(r: &Reading, k: usize) -> Option<Anchor> {
    if r.n(k) != "the" || !HEADS.contains(&r.n(k + 1)) {
        return None;
    }
    let mut j = k + 2;
    if SUBJECTS.contains(&r.n(j)) {
        j += 1;
    }
    if !NEGATIVES.contains(&r.n(j)) {
        return None;
    }
    let verb = j + 1;
    // The verb and a particle ("vouch for", "get to"), then "is" or "are".
    let is = (verb + 1..(verb + 4).min(r.toks.len()))
        .take_while(|&m| !r.is_stop(m))
        .find(|&m| matches!(r.n(m), "is" | "are"))?;
    let end = group_end(r, is + 1)?;
    let said = slot_up_to(r.text, &r.toks, k, end, MOST_WORDS)?;
    let tail = if UNKNOWN.contains(&r.n(verb)) {
        "how will you find out about them, and until you do, who would notice if one of them was at risk?"
    } else if matches!(r.n(k + 1), "pattern" | "cases") {
        "what happens now for the people in those cases, and what are you changing so it stops ending that way?"
    } else {
        "what is happening for them now, and what are you changing so they are not missed?"
    };
    said_back(r, (k, end), said, tail)
}

/// "Where it still misses is GROUP": the frame opening at token `k`, said back as "it still misses
/// GROUP".
fn misses(r: &Reading, k: usize) -> Option<Anchor> {
    if r.n(k) != "where" || r.n(k + 1) != "it" {
        return None;
    }
    let mut j = k + 2;
    let still = r.n(j) == "still";
    if still {
        j += 1;
    }
    let negative = matches!(r.n(j), "doesn't" | "can't" | "never");
    let verb = j + usize::from(negative);
    if !MISSES.contains(&r.n(verb)) || (r.n(verb) == "reach") != negative || r.n(verb + 1) != "is" {
        return None;
    }
    let end = group_end(r, verb + 2)?;
    let group = slot_up_to(r.text, &r.toks, verb + 2, end, MOST_WORDS)?;
    let frame = r.raw(k + 1, verb + 1).to_lowercase();
    let said = format!("{frame} {group}");
    said_back(
        r,
        (k, end),
        said,
        "what is happening for them now, and what are you changing so they are not missed?",
    )
}

/// The end of the group opening at token `a`: the next colon, semicolon, comma or stop, or `None`
/// when the group is a fragment.
fn group_end(r: &Reading, a: usize) -> Option<usize> {
    let (_, sb) = r.sentence(a);
    let end = (a..sb)
        .find(|&m| r.is_stop(m) || matches!(r.n(m), ":" | ";" | "," | "—" | "–"))
        .unwrap_or(sb);
    let words = (a..end).filter(|&m| r.toks[m].is_word()).count();
    (words >= FEWEST_WORDS).then_some(end)
}

/// The follow-up saying back `said`, the speaker's own frame, then `tail`.
fn said_back(r: &Reading, (a, b): (usize, usize), said: String, tail: &str) -> Option<Anchor> {
    let ask = format!("You said {said}: {tail}");
    anchor(
        r,
        Shape::WeakSpot,
        (a, b),
        said,
        "pressing the group you said the work misses".to_string(),
        ask,
    )
}
