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
use super::read::{PEOPLE, Reading, anchor};
use super::{Anchor, Shape};

/// How many of the answer's last sentences are read: the admitted gap closes a strong answer.
const LAST: usize = 3;
/// Most words said back, frame and group together.
const MOST_WORDS: usize = 28;
/// Fewest words in the group: below this it is a fragment ("the rest", "them").
const FEWEST_WORDS: usize = 3;

/// What the frame is about: people (asked what is happening for them) or a pattern of cases.
const HEADS: &[&str] = &[
    "people", "ones", "group", "groups", "carers", "families", "pattern", "cases", "piece", "part",
    "bit", "area",
];

/// What a strong answer ends on that names its gap with no cue the other readers know (probes-19
/// p01, p02, p04, p12): the assessor said back the concrete detail and asked what happens for
/// those people now, who owns it and by when, where the coach asked "What happens next, and by
/// when?" or pressed an average.
const OWNED: &str = "what is happening for them now, who owns putting it right, and by when?";

/// The same ask where what is said back is a thing, not people ("the front-door phone
/// assessments", "life in a care home").
const OWNED_THING: &str =
    "what does that mean for the people it leaves out, who owns putting it right, and by when?";

/// A gap in what the PSW knows of the people a thing leaves out ("what the cards never reached is
/// life in a care home", "the piece that's stuck is the front-door phone assessments"): the
/// assessor asked what they know of how it goes for those people (probes-19 p01, p04), where
/// [`OWNED_THING`] was a templated owner/by-when question.
const HOW_WOULD_YOU_KNOW: &str = "how would you know how it goes for the people it leaves out?";

/// People the work never reaches: the assessor asked how many and what keeps them out (probes-19
/// p02, "how many people a month is that"), not who owns it by when.
const WHO_IS_MISSED: &str = "how many people is that, and what keeps them out of reach?";

/// People the PSW has not tested or checked the work with ("the people we haven't tested for at
/// all are the ones who don't read English"): asked what they know of how it goes for them
/// (probes-19 p11).
const UNTESTED: &str = "what do you know of how it goes for them?";

/// Verbs of testing the work with people: a gap in what is known, not in who is served.
const TESTED: &[&str] = &["tested", "checked", "asked", "heard"];

/// Verbs of reaching: "the calls haven't reached anyone who doesn't speak English".
const REACH: &[&str] = &["reach", "reached", "reaches"];

/// Words for people beyond the reader's list, as the object of "reach".
const ANYONE: &[&str] = &[
    "anyone",
    "anybody",
    "those",
    "ones",
    "men",
    "women",
    "households",
    "tenants",
    "parents",
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
    let a = (from..r.toks.len()).find_map(|k| {
        framed(r, k).or_else(|| misses(r, k)).or_else(|| {
            // A frame with no cue the other readers know yields to a count another reader said
            // back from its sentence on: "none of the 23 files with an open complaint had been
            // chosen", "11 now face a third-party top-up" are what the assessor pressed.
            let at = r.toks[r.sentence(k).0].start;
            let counted_after = found.iter().any(|f| {
                f.shape <= Shape::Unresolved
                    && f.quote.chars().any(|c| c.is_ascii_digit()) | has_number_word(&f.quote)
                    && r.text.find(f.quote.as_str()).is_some_and(|q| q >= at)
            });
            if counted_after {
                return None;
            }
            what_frame(r, k).or_else(|| not_reached(r, k))
        })
    })?;
    let start = r.text.find(a.quote.as_str())?;
    let end = start + a.quote.len();
    let read_before = found.iter().any(|f| {
        r.text
            .find(f.quote.as_str())
            .is_some_and(|at| (start..end).contains(&at))
    });
    (!read_before).then_some(a)
}

/// True when `quote` holds a count in words ("four have complained", "three concerns").
fn has_number_word(quote: &str) -> bool {
    quote
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| crate::text::number_value(&w.to_lowercase()).is_some_and(|v| v >= 2.0))
}

/// "The people I can't vouch for are GROUP": the frame opening at token `k`.
fn framed(r: &Reading, k: usize) -> Option<Anchor> {
    if r.n(k) != "the" || !HEADS.contains(&r.n(k + 1)) {
        return None;
    }
    let mut j = k + 2;
    // "The piece that's stuck is the front-door phone assessments" (probes-19 p04).
    let stuck = (j..(j + 4).min(r.toks.len()))
        .take_while(|&m| !r.is_stop(m))
        .find(|&m| r.n(m) == "stuck")
        .filter(|_| matches!(r.n(j), "that's" | "that" | "which" | "what's"));
    let verb = if let Some(m) = stuck {
        m
    } else {
        if SUBJECTS.contains(&r.n(j)) {
            j += 1;
        }
        if !NEGATIVES.contains(&r.n(j)) {
            return None;
        }
        j + 1
    };
    // The verb and a particle ("vouch for", "get to", "tested for at all"), then "is" or "are".
    let is = (verb + 1..(verb + 6).min(r.toks.len()))
        .take_while(|&m| !r.is_stop(m))
        .find(|&m| matches!(r.n(m), "is" | "are"))?;
    let end = group_end(r, is + 1)?;
    let said = slot_up_to(r.text, &r.toks, k, end, MOST_WORDS)?;
    let people = (is + 1..end).any(|m| PEOPLE.contains(&r.n(m)) || ANYONE.contains(&r.n(m)));
    let tail = if UNKNOWN.contains(&r.n(verb)) {
        "how will you find out about them, and until you do, who would notice if one of them was at risk?"
    } else if matches!(r.n(k + 1), "pattern" | "cases") {
        "what happens now for the people in those cases, and what are you changing so it stops ending that way?"
    } else if stuck.is_some() && !people {
        HOW_WOULD_YOU_KNOW
    } else if TESTED.contains(&r.n(verb)) {
        UNTESTED
    } else if MISSES.contains(&r.n(verb)) || r.n(verb) == "reached" {
        // "the people it doesn't reach": people missed, asked how they will not be.
        "what is happening for them now, and what are you changing so they are not missed?"
    } else {
        // "the ones we haven't got anything for are...": known, so "not missed" misreads
        // (probes-19 p07); what is asked is who owns it and by when.
        OWNED
    };
    said_back(r, (k, end), said, tail)
}

/// "What the cards never reached is life in a care home": a "what" frame with a negative, opening
/// at token `k`, said back whole.
fn what_frame(r: &Reading, k: usize) -> Option<Anchor> {
    let opens = k == 0 || super::frame::opens_sentence(r.text, &r.toks, k);
    if r.n(k) != "what" || !opens && !matches!(r.n(k.wrapping_sub(1)), "and" | "but" | "erm") {
        return None;
    }
    let j = (k + 1..(k + 6).min(r.toks.len()))
        .take_while(|&m| !r.is_stop(m))
        .find(|&m| NEGATIVES.contains(&r.n(m)))?;
    let verb = j + 1;
    let is = (verb + 1..(verb + 6).min(r.toks.len()))
        .take_while(|&m| !r.is_stop(m))
        .find(|&m| matches!(r.n(m), "is" | "are"))?;
    // "what doesn't travel so well is what the contracts team finds": a finding, not people or a
    // place the work leaves out.
    if matches!(
        r.n(is + 1),
        "what" | "how" | "whether" | "where" | "who" | "why" | "when"
    ) {
        return None;
    }
    let end = group_end(r, is + 1)?;
    let said = slot_up_to(r.text, &r.toks, k, end, MOST_WORDS)?;
    let people = (is + 1..end).any(|m| PEOPLE.contains(&r.n(m)) || ANYONE.contains(&r.n(m)));
    let tail = if UNKNOWN.contains(&r.n(verb)) {
        "how will you find out about them, and until you do, who would notice if one of them was at risk?"
    } else if people {
        OWNED
    } else if REACH.contains(&r.n(verb)) || TESTED.contains(&r.n(verb)) {
        HOW_WOULD_YOU_KNOW
    } else {
        OWNED_THING
    };
    said_back(r, (k, end), said, tail)
}

/// "People who pay for their own care at home never reach a carers' assessment or a review with
/// us", "The calls haven't reached anyone who doesn't speak English": people the work never
/// reaches, said back from the sentence's start to the first break after the verb.
fn not_reached(r: &Reading, k: usize) -> Option<Anchor> {
    if !matches!(
        r.n(k),
        "never" | "haven't" | "hasn't" | "don't" | "doesn't" | "didn't"
    ) || !REACH.contains(&r.n(k + 1))
    {
        return None;
    }
    let (sa, sb) = r.sentence(k);
    // From the sentence's start, with no break between it and the verb.
    if (sa..k).any(|m| matches!(r.n(m), "," | ":" | ";")) {
        return None;
    }
    let end = group_end(r, k + 2)?;
    let people = (sa..end).any(|m| PEOPLE.contains(&r.n(m)) || ANYONE.contains(&r.n(m)));
    if !people {
        return None;
    }
    let said = slot_up_to(r.text, &r.toks, sa, end, MOST_WORDS)?;
    // "..., and I don't know how many of them there are": how they will find them.
    let unknown = (end..sb).any(|m| {
        matches!(r.n(m), "don't" | "can't") && UNKNOWN.contains(&r.n(m + 1))
            || r.n(m) == "no" && r.n(m + 1) == "idea"
    });
    let tail = if unknown {
        "how will you find them, and until you do, who would notice if one of them was at risk?"
    } else {
        WHO_IS_MISSED
    };
    said_back(r, (sa, end), said, tail)
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
