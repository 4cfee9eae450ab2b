//! What the PSW says, near the end of an answer, they cannot tell: "What I can't tell you is how
//! people who don't read English get on", "What I don't know yet is whether...", "I can't tell you
//! whether the other 14 practise any differently". The assessor says the unknown back and asks how
//! the PSW will find out and who would notice meanwhile; a count that follows it as its support
//! ("only 3 of the 40 needed an interpreter") is no result, and asking about its remainder ("what
//! did the other 37 tell you?") ignores what was admitted (issue 23, after probes-17 p05).

use super::frame::slot_up_to;
use super::read::{Reading, anchor};
use super::{Anchor, Shape};

/// How many of the answer's last sentences are read: the unknown closes the answer.
const LAST: usize = 3;
/// Most words said back.
const MOST_WORDS: usize = 30;
/// Fewest words in what is unknown: below this it is a fragment ("is that").
const FEWEST_WORDS: usize = 3;

const SUBJECTS: &[&str] = &["i", "we"];
const NEGATIVES: &[&str] = &["can't", "cannot", "don't", "couldn't"];
const VERBS: &[&str] = &["tell", "know", "say"];
/// Words that open what is unknown as a question: "how", "whether".
const OPENERS: &[&str] = &[
    "how", "whether", "why", "if", "who", "which", "where", "when",
];

/// The unknown the answer's last sentences admit, said back, with the sentence it is in; `None`
/// when there is none.
pub(super) fn find(r: &Reading) -> Option<(Anchor, (usize, usize))> {
    // A spoken answer with no full stops is one long sentence: its last part is read instead
    // (probes-19 p03 ended "erm what I can't tell you anything about is the ones who haven't told
    // us...").
    let from = r.last_sentences_start(LAST).unwrap_or(r.toks.len() * 3 / 5);
    (from..r.toks.len()).find_map(|k| framed(r, k).or_else(|| uncounted(r, k)))
}

/// Verbs of finding out that nobody has done: "nobody has counted yet how many...".
const FOUND_OUT: &[&str] = &[
    "counted", "checked", "asked", "measured", "tracked", "looked",
];

/// Where what is unknown, opening at token `j`, ends: the first stop, colon, semicolon or dash
/// before `sb`; none when it has fewer than `FEWEST_WORDS` words, too few to say back.
fn unknown_end(r: &Reading, j: usize, sb: usize) -> Option<usize> {
    let end = (j..sb)
        .find(|&m| r.is_stop(m) || matches!(r.n(m), ":" | ";" | "—" | "–"))
        .unwrap_or(sb);
    ((j..end).filter(|&m| r.toks[m].is_word()).count() >= FEWEST_WORDS).then_some(end)
}

/// "...and nobody has counted yet how many people have stopped going because of it" (probes-18
/// p04, where the coach asked for a time advice was not taken, just told, and the assessor asked
/// how the PSW will find out, by when, and what they will do if people are losing out): nobody
/// has found out what a decision did, at token `k`.
fn uncounted(r: &Reading, k: usize) -> Option<(Anchor, (usize, usize))> {
    let (sa, sb) = r.sentence(k);
    let one = r.n(k) == "no" && r.n(k + 1) == "one";
    if !(r.n(k) == "nobody" || one) {
        return None;
    }
    // It opens its sentence or a clause joined on: "..., and nobody has counted".
    if k > sa && !matches!(r.n(k - 1), "and" | "but" | "," | "so") {
        return None;
    }
    let aux = k + 1 + usize::from(one);
    if !matches!(r.n(aux), "has" | "have" | "'s") || !FOUND_OUT.contains(&r.n(aux + 1)) {
        return None;
    }
    let mut j = aux + 2;
    if r.n(aux + 1) == "looked" && r.n(j) == "at" {
        j += 1;
    }
    if r.n(j) == "yet" {
        j += 1;
    }
    if !OPENERS.contains(&r.n(j)) {
        return None;
    }
    let end = unknown_end(r, j, sb)?;
    let said = slot_up_to(r.text, &r.toks, k, end, MOST_WORDS)?;
    let a = anchor(
        r,
        Shape::WeakSpot,
        (k, end),
        said.clone(),
        "pressing what you said nobody has found out".to_string(),
        format!(
            "You said {said}: how will you find out, by when, and what will you do if it shows people are losing out?"
        ),
    )?;
    Some((a, (sa, sb)))
}

/// "What I can't tell you is how X" (from "what") or "I can't tell you whether X" (from the
/// subject, opening its sentence): the frame at token `k`.
fn framed(r: &Reading, k: usize) -> Option<(Anchor, (usize, usize))> {
    let (sa, sb) = r.sentence(k);
    let what = r.n(k) == "what";
    let subject = if what { k + 1 } else { k };
    if !SUBJECTS.contains(&r.n(subject)) || !NEGATIVES.contains(&r.n(subject + 1)) {
        return None;
    }
    // Without "what", the subject opens its sentence, after a joiner at most ("but I can't...").
    if !what && !(sa..k).all(|m| matches!(r.n(m), "but" | "and" | "so" | "," | "honestly")) {
        return None;
    }
    let verb = subject + 2;
    if !VERBS.contains(&r.n(verb)) {
        return None;
    }
    let mut j = verb + 1;
    if matches!(r.n(j), "you" | "anyone") && r.n(verb) != "know" {
        j += 1;
    }
    // "what I can't tell you anything about is the ones who haven't told us" (probes-19 p03, a
    // spoken answer, lost to an average probe).
    let about = what && matches!(r.n(j), "anything" | "much") && r.n(j + 1) == "about";
    if about {
        j += 2;
    }
    let yet = r.n(j) == "yet";
    if yet {
        j += 1;
    }
    if what {
        if r.n(j) != "is" {
            return None;
        }
        j += 1;
    }
    let opened = OPENERS.contains(&r.n(j));
    // "I don't know the figure": only a question, or what a "what ... is" frame names, is unknown.
    if !what && !opened {
        return None;
    }
    let end = unknown_end(r, j, sb)?;
    let unknown = slot_up_to(r.text, &r.toks, j, end, MOST_WORDS)?;
    let frame = format!(
        "you {} {}{}{}",
        r.n(subject + 1),
        r.n(verb),
        if about { " us anything about" } else { "" },
        if yet { " yet" } else { "" }
    );
    let said = if opened {
        format!("{frame} {unknown}")
    } else {
        format!("what {frame} is {unknown}")
    };
    // "the ones who haven't told us": people, though no word for people names them.
    let tail = if r.any_people(j, end) || r.has_in(j, end, &["ones"]) {
        "how will you find out, and until you do, who would notice if it wasn't working for them?"
    } else {
        "how will you find out, and until you do, who would notice if it wasn't working?"
    };
    let a = anchor(
        r,
        Shape::WeakSpot,
        (k, end),
        said.clone(),
        "pressing what you said you cannot tell".to_string(),
        format!("You said {said}: {tail}"),
    )?;
    Some((a, (sa, sb)))
}
