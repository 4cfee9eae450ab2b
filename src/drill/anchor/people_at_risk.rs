//! The biggest problem a strong answer admits for people, counted: "340 cases with no named
//! worker", "130 people who lack capacity ... and have no family involved", "of 22 people whose
//! homes were taken back, eight were exploited again". On the strong answers of probes-23 (p02,
//! p04, p05, p09) the assessor pressed exactly this: who is accountable for those people today, how
//! do you know they are safe, and when will that change; the coach pressed a nearby figure or what
//! rests on agency staff, and the judge marked it down each time. Harm to people comes before
//! proof, and proof before whether the work will last, so this goes first.
//!
//! Only people are pressed this way: a count of staff ("their four BIAs haven't done an
//! assessment") or of posts is not people left unsafe, and asking who is accountable for "them"
//! misreads it (probes-23 p10).

use super::frame::slot_up_to;
use super::read::{CHECKED_ON, PEOPLE, Reading, STAFF, anchor};
use super::{Anchor, Shape};

/// Counted things that stand for people: a case or a referral is someone's. Assessments and
/// reviews are more often a sample audited ("I audited forty assessments").
const FOR_PEOPLE: &[&str] = &["cases", "referrals"];

/// Counted things that are not people, beside the staff and posts of `read::STAFF`: never pressed as
/// people left unsafe.
const NOT_PEOPLE: &[&str] = &[
    "vacancies",
    "teams",
    "providers",
    "homes",
    "beds",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
];

/// Words that say people are in a bad state: without something, still waiting, harmed again.
const NEGATIVE: &[&str] = &[
    "no",
    "not",
    "without",
    "never",
    "overdue",
    "again",
    "missed",
    "failed",
    "unless",
    "only",
    "haven't",
    "hasn't",
    "didn't",
    "don't",
    "doesn't",
    "weren't",
    "aren't",
    "isn't",
    "wasn't",
    "unallocated",
    "unmet",
    "nobody",
];

/// Words after "no" that make it no bad state: "no longer", "no one waited".
const NO_HARM_AFTER_NO: &[&str] = &["longer", "one", "more", "delay", "delays", "wait", "waits"];

/// Words that make a sentence a result, not a problem: "came down from 1,900 to 720".
const BETTER: &[&str] = &[
    "fell",
    "dropped",
    "reduced",
    "halved",
    "down",
    "cut",
    "improved",
    "rose",
    "increased",
];

/// The fewest figures (years aside) an answer gives before it counts as strong enough for this:
/// a middling answer's one count is pressed on its own reading.
const FEWEST_FIGURES: usize = 4;

/// Words before a count that say it is rough: said back with it ("about 140 people").
const APPROXIMATE: &[&str] = &[
    "about", "around", "roughly", "nearly", "almost", "over", "some",
];

/// The most words said back: the people, their count and what is wrong, whole.
const MOST_WORDS: usize = 26;

/// The people-at-risk follow-up, when the answer's second half counts people in a bad state.
/// `found` is what the other readers found: where the first of them already says back words from
/// the same sentence, it keeps its own ask, made for it.
pub(super) fn find(r: &Reading, found: &[Anchor]) -> Option<Anchor> {
    let all = r.sentences();
    if all.len() < 4 {
        return None;
    }
    let figures = (0..r.toks.len())
        .filter(|&k| r.value(k).is_some() && !r.is_year(k) && r.toks[k].is_word())
        .count();
    // An answer that says who is accountable has answered the first half of the ask.
    if figures < FEWEST_FIGURES || r.has_any(&["accountable"]) {
        return None;
    }
    let half = r.toks.len() / 2;
    let (a, end, k, m) = all
        .iter()
        .rev()
        .filter(|s| s.1 > half)
        .find_map(|&(sa, sb)| {
            // A colon opens what the sentence was leading to ("What we do less well is ...: of 22
            // people ..., eight were exploited again").
            let sa = (sa..sb).rfind(|&i| r.n(i) == ":").map_or(sa, |i| i + 1);
            counted(r, sa, sb)
        })?;
    if kept(r, found, (a, end), k) {
        return None;
    }
    let quote = said(r, a, end, k)?;
    let whom = whom(r, k);
    let (tail, presses) = if r.n(m) == "again" || r.has_in(k, end, &["reoffended", "rereferred"]) {
        (
            format!(
                "what support do {whom} have now, who provides it, and how will you know it keeps them safer?"
            ),
            "asking what keeps those people safer now",
        )
    } else {
        let waiting = r.has_in(
            k,
            end,
            &[
                "waiting",
                "overdue",
                "unallocated",
                "worker",
                "allocated",
                "wait",
            ],
        );
        (
            format!(
                "who is accountable for {whom} today, how do you know they are safe{}, and when will that change?",
                if waiting { " while they wait" } else { "" }
            ),
            "asking who is accountable for those people today",
        )
    };
    anchor(
        r,
        Shape::WeakSpot,
        (a, end),
        r.raw(a, end),
        presses.to_string(),
        format!("You said {quote}: {tail}"),
    )
}

/// True when the follow-up the other readers put first keeps its place: it says back words from
/// the same part of the answer, or the sentence after ("there are 52 people waiting. We don't have
/// a regular check on how those 52 are managing"), in words made for them; it presses a weak spot
/// the answer admits after this one, which the answer ends on (probes-15 p04, probes-14 p13).
fn kept(r: &Reading, found: &[Anchor], (a, end): (usize, usize), k: usize) -> bool {
    let Some(first) = found.iter().min_by_key(|f| f.shape) else {
        return false;
    };
    let Some(at) = r.text.find(first.quote.as_str()) else {
        return false;
    };
    let from = r.toks[a].start;
    let to = r.toks[r.with_next_sentence(k).1.saturating_sub(1).max(a)].end;
    let admitted = first.shape.admitted();
    (from..to).contains(&at) || admitted && at >= r.toks[end.saturating_sub(1).max(a)].end
}

/// In tokens `sa..sb`: a count of people claimed, then a word of a bad state after it. The quote's
/// start, its end (the stop after that word), the count and the word.
fn counted(r: &Reading, sa: usize, sb: usize) -> Option<(usize, usize, usize, usize)> {
    if r.has_in(sa, sb, BETTER) || (sa..sb).any(|i| r.n(i) == "from" && r.value(i + 1).is_some()) {
        return None;
    }
    let k = (sa..sb).find(|&k| {
        r.value(k).is_some_and(|v| v >= 2.0)
            && !r.is_year(k)
            && r.percent_at(k).is_none()
            && r.claims(k)
            // "one in twenty of the carers": a rate, not a count.
            && !(k >= 2 && r.n(k - 1) == "in" && r.value(k - 2).is_some())
            // "I audited forty", "we followed 300 people": a sample looked at, not people left.
            && !(k.saturating_sub(2)..k).any(|i| LOOKED_AT.contains(&r.n(i)))
            && people_after(r, k, sb)
    })?;
    let m = (k + 1..sb)
        .take_while(|&i| r.n(i) != "," || same_people_after_comma(r, i))
        .find(|&i| bad_state(r, i))?;
    // "29 of them from staff who are not social workers": what is wrong is said of staff.
    if r.has_in(k + 1, m, STAFF) {
        return None;
    }
    let mut end = m + 1;
    while end < sb && !r.is_stop(end) && !r.newline_before(end) {
        end += 1;
    }
    // People already checked on after what is wrong ("..., and a worker phones each of them
    // monthly") are not left unsafe. Before it, "a phone review" is what they cannot take part in.
    let next = r.with_next_sentence(k).1;
    if r.has_in(end, next, CHECKED_ON) {
        return None;
    }
    let mut a = sa;
    while a < k && (!r.toks[a].is_word() || super::frame::JOINERS.contains(&r.n(a))) {
        a += 1;
    }
    Some((a, end, k, m))
}

/// True when the word at `i` says people are in a bad state. "Only" does so only as the one way in
/// ("they come to us only if somebody refers them"); "only three went back" is a good result.
/// "Needed no formal care", "said no to being recorded", "not eligible", "used, not just noted":
/// a good result, a choice, a status, more than asked.
fn bad_state(r: &Reading, i: usize) -> bool {
    let w = r.n(i);
    if !NEGATIVE.contains(&w) {
        return false;
    }
    let next = r.n(i + 1);
    let before = if i > 0 { r.n(i - 1) } else { "" };
    match w {
        // "eight were exploited again"; not "they felt safe answering the phone again".
        "again" => before.ends_with("ed"),
        "only" => matches!(next, "if" | "when" | "once" | "after" | "through"),
        "no" => {
            !NO_HARM_AFTER_NO.contains(&next)
                && !matches!(
                    before,
                    "needed" | "need" | "needs" | "required" | "said" | "say" | "says"
                )
        }
        "not" => !matches!(next, "just" | "only" | "merely" | "eligible") && before != ",",
        _ => true,
    }
}

/// True when the clause after the comma at `i` is still about the people counted: "..., and they
/// come to us only if somebody refers them". Otherwise a comma ends what is said of them ("six
/// people have moved into a care home..., and in each the record says which need home care could
/// not meet").
fn same_people_after_comma(r: &Reading, i: usize) -> bool {
    let mut j = i + 1;
    while super::frame::JOINERS.contains(&r.n(j)) {
        j += 1;
    }
    // "of 22 people whose homes were taken back, eight were exploited again": the few of them.
    matches!(r.n(j), "they" | "most" | "many" | "half" | "none") || r.value(j).is_some()
}

/// Tokens `a..end` said back whole. A phrase opening on "in the settled tier are 130 people..."
/// or "about 140 people" is said back from its count; "of 22 people whose homes were taken back,
/// eight were exploited again" is said as "eight of the 22 people whose homes were taken back were
/// exploited again", so the few are said with the group they are of.
fn said(r: &Reading, a: usize, end: usize, k: usize) -> Option<String> {
    if r.n(a) == "of" && a + 1 == k {
        let comma = (k..end).find(|&i| r.n(i) == ",")?;
        let few = comma + 1;
        if r.value(few).is_none() || !matches!(r.n(few + 1), "were" | "are" | "had" | "have") {
            return None;
        }
        let group = slot_up_to(r.text, &r.toks, k, comma, MOST_WORDS)?;
        let rest = slot_up_to(r.text, &r.toks, few, end, MOST_WORDS)?;
        let (count, verb) = rest.split_once(' ')?;
        return Some(format!("{count} of the {group} {verb}"));
    }
    if APPROXIMATE.contains(&r.n(a)) && a + 1 == k {
        return slot_up_to(r.text, &r.toks, k, end, MOST_WORDS).map(|s| format!("{} {s}", r.n(a)));
    }
    // "In the settled tier are 130 people who...", "right now there are 52 people...": said from
    // the count, a noun phrase with its head. Any other count inside a phrase that does not read
    // whole is not said back cut.
    slot_up_to(r.text, &r.toks, a, end, MOST_WORDS).or_else(|| {
        matches!(r.n(k.saturating_sub(1)), "are" | "were")
            .then(|| slot_up_to(r.text, &r.toks, k, end, MOST_WORDS))
            .flatten()
    })
}

/// True when the count at `k` counts people (within two words: "130 people", "27 autistic
/// adults", "340 cases"), not staff, posts or days.
fn people_after(r: &Reading, k: usize, sb: usize) -> bool {
    let is_people =
        |w: &str| PEOPLE.contains(&w) && w != "those" && w != "everyone" || FOR_PEOPLE.contains(&w);
    let w1 = r.n(k + 1);
    if k + 1 >= sb || STAFF.contains(&w1) || NOT_PEOPLE.contains(&w1) {
        return false;
    }
    if is_people(w1) {
        return true;
    }
    // One word that describes them ("27 autistic adults"), not one that goes on to say something.
    let w2 = r.n(k + 2);
    k + 2 < sb
        && r.toks[k + 1].is_word()
        && r.value(k + 1).is_none()
        && !NOT_DESCRIBING.contains(&w1)
        && !LOOKED_AT.contains(&w1)
        && is_people(w2)
}

/// Words after a count that are no description of people: a verb or a joining word ("14 have
/// no family", "three of them").
const NOT_DESCRIBING: &[&str] = &[
    "have", "has", "had", "are", "is", "were", "was", "of", "in", "on", "with", "no", "who",
    "that", "and", "or", "to", "for", "more", "fewer", "less", "further", "other", "new", "times",
];

/// Verbs before a count that make it a sample looked at: "I audited forty", "we followed 300".
const LOOKED_AT: &[&str] = &[
    "audited",
    "checked",
    "sampled",
    "followed",
    "tracked",
    "read",
    "rang",
    "called",
    "reviewed",
    "interviewed",
    "surveyed",
    "asked",
    "visited",
    "trained",
];

/// The people asked about, in the answer's own noun: "those carers", else "those people".
fn whom(r: &Reading, k: usize) -> String {
    let noun = (k + 1..k + 4).map(|i| r.n(i)).find(|w| {
        matches!(
            *w,
            "carers" | "families" | "adults" | "residents" | "women" | "men"
        )
    });
    format!("those {}", noun.unwrap_or("people"))
}
