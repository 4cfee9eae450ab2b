//! People the main result leaves out, counted: "18 were decided on the full outcomes, but 7 were
//! turned away", "27 offered a care home instead, 9 of them moved in". On a strong answer an
//! assessor presses those few first (what happened for the seven, and has anyone gone back to
//! them), not the result the PSW led with, nor the plan that followed it (issue 23, probes-5).

use super::figures::set_as_before;
use super::frame::{pick, slot};
use super::read::{DURATIONS, PEOPLE, Reading, STAFF, anchor, still_to_reach};
use super::{Anchor, Shape};
use crate::insight::clause::Stance;

/// Words that set what follows apart from what came before in the same sentence. Not "while":
/// "64 were closed at triage, while 16 went to an enquiry" sets two outcomes side by side.
const CONTRAST: &[&str] = &["but", "except", "although", "though", "yet"];

/// "9 of them", "4 of those": a part of a count just given.
const OF_THEM: &[&str] = &["them", "those", "these", "whom"];

/// Things a count may be of that hold people: a plan or a case is someone's.
const THINGS: &[&str] = &[
    "cases",
    "plans",
    "assessments",
    "referrals",
    "records",
    "files",
    "reviews",
    "decisions",
    "applications",
    "packages",
    "enquiries",
];

/// Words that say the few did well: those are not the people an assessor worries about.
const DID_WELL: &[&str] = &[
    "improved",
    "better",
    "passed",
    "recovered",
    "achieved",
    "succeeded",
    "stayed",
    "well",
    "safe",
];

/// What a part "of them" may be said to have done or had done to it, and be pressed on: "9 of
/// them moved in", "six of them out of county". "8 of them first raised by our own staff" is how
/// they came, not what happened to them.
const WENT: &[&str] = &[
    "moved",
    "went",
    "placed",
    "admitted",
    "readmitted",
    "turned",
    "refused",
    "declined",
    "waited",
    "died",
    "left",
    "lost",
    "said",
    "told",
    "lacked",
    "missed",
    "out",
    "into",
    "closed",
    "ended",
    "were",
    "was",
    "had",
    "did",
    "didn't",
    "weren't",
    "wasn't",
    "hadn't",
];

/// Words that say the few set apart were gone back to: "those nine got contacted".
const FOLLOWED_UP: &[&str] = &[
    "contacted",
    "reviewed",
    "reopened",
    "visited",
    "called",
    "rung",
    "seen",
    "reassessed",
    "followed",
];

/// Helpers before the verb of what is said of a count: "two of them have told their worker".
const HELPERS: &[&str] = &[
    "have", "has", "are", "is", "will", "would", "can", "could", "haven't", "hasn't", "aren't",
];

/// Words a quote cut at a quotation mark may be left hanging on: "turned away with".
const HANGING: &[&str] = &[
    "with", "as", "to", "for", "by", "in", "on", "at", "from", "of", "saying",
];

/// Words after a count that make it an amount, not people: "7 weeks", "£9", "3 times".
const NOT_PEOPLE: &[&str] = &["times", "per", "percent", "%", "pounds", "hours", "minutes"];

/// "You said 7 were turned away at the front door: what has happened for those 7 since...?"
pub(super) fn find_set_apart(r: &Reading) -> Option<Anchor> {
    // Those the answer says are worse off first ("the 63 who said no", "with 3 of those 5 we'd
    // lost contact"), then the rest of a count whose part did well ("in place for 37 of 50
    // people"), then the few a contrast sets apart: the assessor pressed them in that order.
    // The last of those worse off: a PSW ends on what still worries them ("the bit I'm worried
    // about is that with 3 of those 5 we'd lost contact"), after the ones who chose otherwise.
    (1..r.toks.len())
        .rev()
        .find_map(|i| worse_off(r, i))
        .or_else(|| (1..r.toks.len()).find_map(|i| rest_of_part(r, i)))
        .or_else(|| (0..r.toks.len()).find_map(|i| at(r, i)))
        .or_else(|| (1..r.toks.len()).find_map(|i| only_part(r, i)))
        .or_else(|| (0..r.toks.len()).find_map(|i| outcome_of_count(r, i)))
        .or_else(|| (0..r.toks.len()).find_map(|i| found_then_acted(r, i)))
        .or_else(|| (0..r.toks.len()).find_map(|i| one_still_waiting(r, i)))
        .or_else(|| (2..r.toks.len()).find_map(|i| all_but(r, i)))
}

/// "The workers had caught all but one of them before saving": the few a near-total leaves out,
/// asked what happened with them and for the people concerned.
fn all_but(r: &Reading, i: usize) -> Option<Anchor> {
    if r.n(i - 2) != "all" || r.n(i - 1) != "but" || !r.claims(i) {
        return None;
    }
    let n = r.value(i)?;
    if !(1.0..10.0).contains(&n) || r.percent_at(i).is_some() {
        return None;
    }
    let (_, end) = r.span(i);
    // Back to the last stop: "all but one" said without who did the rest would lose its subject.
    let mut a = i - 2;
    while a > 0 && !r.is_stop(a - 1) && !r.newline_before(a) {
        a -= 1;
    }
    let (a, said) = said_from(r, a, i - 2, end)?;
    let which = if n == 1.0 {
        "that one".to_string()
    } else {
        format!("those {}", r.raw(i, i + 1))
    };
    anchor(
        r,
        Shape::SetApart,
        (a, end),
        r.raw(i - 2, i + 1),
        format!("asking about {which}"),
        format!(
            "You said {said}: what happened with {which} and for the person concerned, and what would stop it happening again?"
        ),
    )
}

/// Verbs that say people were found or counted: the whole a later action is measured against.
const FOUND: &[&str] = &[
    "identified",
    "found",
    "screened",
    "flagged",
    "counted",
    "listed",
];

/// "We've identified 61 of them and we've made applications for 14": the people found and the
/// few acted for, in one sentence; the rest ("the other 47") are who the assessor asks about.
fn found_then_acted(r: &Reading, i: usize) -> Option<Anchor> {
    let whole = a_count(r, i)?;
    let (s, e) = r.sentence(i);
    let verb = (s..i).rev().find(|&k| FOUND.contains(&r.n(k)))?;
    if verb + 2 < i || !r.claims(i) {
        return None;
    }
    let and = (i + 1..e).find(|&k| r.n(k) == "and")?;
    // The part is the sentence's last figure: "... made applications for 14."
    let k = (and + 1..e).rev().find(|&k| r.value(k).is_some())?;
    let part = a_count(r, k).or_else(|| r.value(k).filter(|&v| v >= 1.0))?;
    if part >= whole || k + 1 != e && r.toks.get(k + 1).is_some_and(|t| t.is_word()) {
        return None;
    }
    let mut act = and + 1;
    while act < k && (super::read::PEOPLE.contains(&r.n(act)) || r.n(act).starts_with("we")) {
        act += 1;
    }
    let first = slot(r.text, &r.toks, s, i + 1)?;
    let then = slot(r.text, &r.toks, act, k + 1)?;
    let rest = super::read::figure(whole - part);
    anchor(
        r,
        Shape::SetApart,
        (s, k + 1),
        r.raw(i, i + 1),
        format!("asking about the other {rest}"),
        format!(
            "You said {first} and {then}: what is happening for the other {rest} now, who is checking they are safe meanwhile, and when will that change?"
        ),
    )
}

/// "He is still at home with his mother, 14 months later, while we look for somewhere": one person
/// still not where they want to be, told after the learning. Asked what they want now and who
/// makes sure it happens.
fn one_still_waiting(r: &Reading, i: usize) -> Option<Anchor> {
    let who = r.n(i);
    if !matches!(who, "he" | "she") || !matches!(r.n(i + 1), "is" | "has" | "remains") {
        return None;
    }
    let (s, e) = r.sentence(i);
    let still = (i + 2..(i + 4).min(e)).find(|&k| r.n(k) == "still")?;
    // Still there after a length of time: "14 months later", "for a year now".
    if s != i || !r.claims(i) || !(still..e).any(|k| DURATIONS.contains(&r.n(k))) {
        return None;
    }
    // Up to "while we look for somewhere": what is being done is not said back.
    let end = (still..e)
        .find(|&k| r.n(k) == "," && r.n(k + 1) == "while")
        .unwrap_or(e);
    let rest = format!("{} {}", r.n(i + 1), slot(r.text, &r.toks, still, end)?);
    let (pronoun, object) = if who == "he" {
        ("he", "him")
    } else {
        ("she", "her")
    };
    anchor(
        r,
        Shape::SetApart,
        (i, end),
        r.raw(i, still + 1),
        format!("asking what happens for {object} now"),
        format!(
            "You said {pronoun} {rest}: what does {pronoun} want now, what is stopping it happening, and who is making sure it does?"
        ),
    )
}

/// Words that say the people counted are worse off than the main result: still waiting, lost,
/// without, not yet reached.
const WORSE: &[&str] = &[
    "lost", "not", "no", "never", "without", "haven't", "hasn't", "didn't", "weren't", "wasn't",
    "don't", "doesn't", "aren't", "isn't", "can't", "couldn't", "waiting", "still", "longest",
    "open", "refused", "declined", "missed", "behind",
];

/// True when the clause holding token `i` says what it says, or says it did not happen ("but six
/// did not", "3 of those 5 we haven't reached"): either way the PSW owns it.
fn claims_or_denies(r: &Reading, i: usize) -> bool {
    r.clause_of(i)
        .is_some_and(|c| c.stance.claims() || c.stance == Stance::Denied)
}

/// A count at token `i` that could be of people (not a year, an amount, a length of time or a
/// share). The whole counted later ("of those 5") is checked by the caller.
fn a_count(r: &Reading, i: usize) -> Option<f64> {
    let v = r.value(i)?;
    // "one in six enquiries": a rate, read by the caller.
    ((v >= 2.0 || v >= 1.0 && r.n(i + 1) == "in" && r.value(i + 2).is_some())
        && !r.is_year(i)
        && r.percent_at(i).is_none()
        && !DURATIONS.contains(&r.n(i + 1))
        && !NOT_PEOPLE.contains(&r.n(i + 1))
        && r.n(i.wrapping_sub(1)) != "£")
        .then_some(v)
}

/// Those who give the care: a count of them is asked about by the people they support.
const PROVIDERS: &[&str] = &[
    "providers",
    "agencies",
    "homes",
    "services",
    "organisations",
    "practices",
];

/// Who a count is asked about, by the word after it: people by their count, plans and cases by
/// the people in them, providers by the people they support. `None` when the count is of
/// something else ("the three figures we watch"): not people at all.
fn whose(r: &Reading, n: &str, noun: usize) -> Option<String> {
    let w = r.n(noun);
    if THINGS.contains(&w) {
        Some(format!("the people in those {n}"))
    } else if PROVIDERS.contains(&w) {
        Some(format!("the people those {n} {w} support"))
    } else if PEOPLE.contains(&w)
        || !r.toks.get(noun).is_some_and(|t| t.is_word())
        || WORSE.contains(&w)
        || matches!(
            w,
            "who"
                | "whose"
                | "of"
                | "we"
                | "we'd"
                | "we've"
                | "i"
                | "i'd"
                | "have"
                | "has"
                | "had"
                | "are"
                | "were"
                | "said"
        )
    {
        Some(format!("those {n}"))
    } else {
        None
    }
}

/// "The 63 who said no are more often people with a learning disability", "the other five
/// providers haven't done it yet", "with 3 of those 5 we'd lost contact within a month", "about one
/// in six enquiries is open beyond 90 days": a count of people the answer says are worse off, said
/// back whole, and asked what is happening for them now and who makes sure it changes.
fn worse_off(r: &Reading, i: usize) -> Option<Anchor> {
    let v = a_count(r, i)?;
    let prev = r.n(i - 1);
    // "12 of the 17": the whole of a part is not itself set apart. "In the other 5 it didn't"
    // counts files, not people: said back by the contrast's own reading (`at`).
    if prev == "the" && r.n(i.wrapping_sub(2)) == "of"
        || prev == "other" && r.n(i.wrapping_sub(3)) == "in"
    {
        return None;
    }
    let the = prev == "the" || prev == "other" && r.n(i.wrapping_sub(2)) == "the";
    // "Their 29 have waited longest": said with the sentence before, which names whose they are.
    let theirs = prev == "their" && i >= 3 && r.sentence(i).0 == i - 1;
    // "3 of those 5", "one in six enquiries": a part of a whole given in the same breath.
    let whole_at = match (r.n(i + 1), r.n(i + 2)) {
        ("of", "those" | "these" | "the") => Some(i + 3),
        ("of", _) | ("in", _) => Some(i + 2),
        _ => None,
    }
    .filter(|&w| r.value(w).is_some_and(|m| m > v) && !r.is_year(w));
    if !(the || theirs || whole_at.is_some()) {
        return None;
    }
    let (a, end) = r.span(i);
    let after = whole_at.map_or(i + 1, |w| w + 1);
    // The worse-off words belong to these people: said after the count, in the same phrase.
    // Said plainly, denied ("haven't done it yet") or hedged ("about one in six"): all admitted.
    let admitted = r
        .clause_of(i)
        .is_some_and(|c| c.stance.claims() || matches!(c.stance, Stance::Denied | Stance::Hedged));
    // "The three who said no were respected": saying no is a choice, not being worse off.
    let worse =
        (after..end).any(|k| WORSE.contains(&r.n(k)) && !(r.n(k) == "no" && r.n(k - 1) == "said"));
    if !worse || r.has_in(after, end, DID_WELL) || !admitted {
        return None;
    }
    // "The 63 who said no" stands against a count at least twice its size elsewhere in the
    // answer (81 of 144 took it up); "the 770 still waiting" of 1,180 is the main result itself.
    let other = r.n(i - 1) == "other";
    if the
        && whole_at.is_none()
        && !other
        && !(0..r.toks.len()).any(|k| r.value(k).is_some_and(|m| m >= 2.0 * v) && !r.is_year(k))
    {
        return None;
    }
    // The whole phrase back to the last stop, so its subject is kept ("the bit I'm worried about
    // is that with 3 of those 5..."), or, when that is too long to say back, the clause alone.
    let mut p = i;
    while p > 0 && !r.is_stop(p - 1) && !r.newline_before(p) {
        p -= 1;
    }
    let (a, said) = said_from(r, p, i, end).or_else(|| said_from(r, a, i, end))?;
    let said = if theirs {
        // The last word of the sentence before (`i - 2` is its full stop).
        let (ps, pe) = r.sentence(i - 3);
        let before = super::read::said_slot(r, ps, pe)?;
        format!("{before}, and {said}")
    } else {
        said
    };
    let n = r.raw(i, i + 1);
    let noun = whole_at.map_or(i + 1, |w| w + 1);
    let who = if r.n(i + 1) == "in" {
        match r.n(noun) {
            w if THINGS.contains(&w) => format!("the people in those {w}"),
            w if PEOPLE.contains(&w) => format!("those {w}"),
            _ => return None,
        }
    } else {
        whose(r, &n, noun)?
    };
    // People set apart by how they reach the council ("don't use the internet") are asked what is
    // happening for them, not who checks they are safe: their risk is being left out, not harm
    // (insight-strong-3 u18).
    let by_access = (a..end).any(|k| ACCESS.contains(&r.n(k)));
    let frames: &[&str] = if by_access {
        &["what is happening for {who} now, and who is making sure that changes?"]
    } else {
        &[
            "what is happening for {who} now, and who is making sure that changes?",
            "what is happening for {who} now, who is checking they are safe, and what will change for them?",
        ]
    };
    let tail = pick(&said, frames).replace("{who}", &who);
    // "The six who said they didn't: five of them were handed over at the weekend": the count with
    // only its "who" clause is a heading, not something said of them, and after "You said" it
    // reads as a broken quote (probes-8 p08). What the answer says of them follows the colon.
    if heading(r, i, end) {
        let (_, e2) = r.span(end + 1);
        let ask = match super::read::said_slot(r, end + 1, e2) {
            Some(after) => format!("Of {said}, you said {after}: {tail}"),
            None => format!(
                "Of {said}, {}",
                pick(&said, frames).replace("{who}", "them")
            ),
        };
        return anchor(
            r,
            Shape::SetApart,
            (a, e2.max(end)),
            r.raw(i, after.min(end)),
            format!("asking about {who}"),
            ask,
        );
    }
    anchor(
        r,
        Shape::SetApart,
        (a, end),
        r.raw(i, after.min(end)),
        format!("asking about {who}"),
        format!("You said {said}: {tail}"),
    )
}

/// True when the count at `i` opens a phrase that only names people ("the six who said they
/// didn't", "the 12 that we couldn't reach") and ends at a colon: a heading for what follows, with
/// no verb of its own outside its "who" clause ("the 63 who said no are older" has one).
fn heading(r: &Reading, i: usize, end: usize) -> bool {
    r.n(i - 1) == "the"
        && matches!(r.n(i + 1), "who" | "that" | "whom")
        && r.n(end) == ":"
        && !r.has_in(i + 3, end, &["are", "were", "is", "was"])
}

/// Ways of reaching the council: people set apart by these are left out, not at risk of harm.
const ACCESS: &[&str] = &["internet", "online", "digital", "website", "email", "app"];

/// Words a figure may be given "about": said back with it, though no slot opens on them.
const ROUGHLY: &[&str] = &[
    "about", "around", "roughly", "nearly", "almost", "over", "some",
];

/// The answer's words from token `a` to `end` said back whole, for a count at `i`, with the start
/// they need: "about one in six enquiries..." keeps its "about"; "that alternative was in place..."
/// points back, so it is said as "the alternative..."; "in our July audit that alternative..."
/// starts at the noun phrase the count belongs to. `(start, words)`.
fn said_from(r: &Reading, a: usize, i: usize, end: usize) -> Option<(usize, String)> {
    let mut a = a;
    while a < i && super::frame::JOINERS.contains(&r.n(a)) {
        a += 1;
    }
    if let Some(said) = super::read::said_slot(r, a, end) {
        return Some((a, said));
    }
    if ROUGHLY.contains(&r.n(a)) {
        let said = super::read::said_slot(r, a + 1, end)?;
        return Some((a, format!("{} {said}", r.n(a))));
    }
    let k = (a..i).find(|&k| matches!(r.n(k), "that" | "this" | "the"))?;
    let said = super::read::said_slot(r, k + 1, end)?;
    Some((k, format!("the {said}")))
}

/// "That alternative was in place a week later for 37 of 50 people": the part did well, so the
/// rest of the whole ("the other 13") is who the assessor asks about.
fn rest_of_part(r: &Reading, i: usize) -> Option<Anchor> {
    let part = a_count(r, i)?;
    if matches!(r.n(i - 1), "only" | "just") || r.n(i + 1) != "of" {
        return None;
    }
    let w = if r.n(i + 2) == "the" { i + 3 } else { i + 2 };
    let whole = r.value(w)?;
    if whole <= part
        || r.is_year(w)
        || !PEOPLE.contains(&r.n(w + 1))
        || !r.claims(i)
        || set_as_before(r, i, Some(whole))
    {
        return None;
    }
    let (s, e) = r.sentence(i);
    if r.has_in(s, e, WORSE) || r.has_in(s.saturating_sub(12), e, SAID) {
        return None;
    }
    // "The other eight were mostly released at short notice": the answer goes on to the rest
    // itself, and that is pressed in its words (`Remainder`).
    let named =
        (i + 1..r.toks.len()).any(|k| r.n(k - 1) == "other" && r.value(k) == Some(whole - part));
    if named {
        return None;
    }
    let (a, end) = r.span(i);
    let (a, said) = said_from(r, a, i, end)?;
    let rest = super::read::figure(whole - part);
    anchor(
        r,
        Shape::SetApart,
        (a, end),
        r.raw(i, w + 1),
        format!("asking about the other {rest}"),
        format!(
            "You said {said}: what happened for the other {rest}, and who is making sure it happens for them?"
        ),
    )
}

/// "It has had 34 referrals since April and 11 people have had their home made safe": the
/// outcome is given for some of a count; the others are pressed. "Of the 34 referrals, you said
/// 11 people have had...: what has happened for the other 23...?"
fn outcome_of_count(r: &Reading, i: usize) -> Option<Anchor> {
    let whole = r.value(i)?;
    let noun = r.n(i + 1);
    if whole < 3.0
        || r.is_year(i)
        || r.percent_at(i).is_some()
        || !(THINGS.contains(&noun) || PEOPLE.contains(&noun))
        || !r.claims(i)
    {
        return None;
    }
    let (_, e) = r.sentence(i);
    // "... and 11 people have had...": the part, with its outcome, after "and" in the same sentence.
    let k = (i + 2..e).find(|&k| r.n(k) == "and" && r.value(k + 1).is_some())? + 1;
    let part = r.value(k)?;
    // "a re-audit of 30 plans, 22 covered relationships, and three people have had a partner stay
    // over": the whole was split already, and the three are no share of the 30 (probes-20 p10 was
    // asked about "the other 27").
    let split_before = (i + 2..k).any(|j| r.value(j).is_some_and(|v| v >= 1.0) && !r.is_year(j));
    if split_before
        || part < 1.0
        || part >= whole
        || r.percent_at(k).is_some()
        || !PEOPLE.contains(&r.n(k + 1))
        || !matches!(r.n(k + 2), "have" | "has" | "had" | "were" | "was")
        || set_as_before(r, i, Some(whole))
    {
        return None;
    }
    let (_, end) = r.span(k);
    let said = slot(r.text, &r.toks, k, end)?;
    let (n, rest) = (r.raw(i, i + 2), super::read::figure(whole - part));
    anchor(
        r,
        Shape::SetApart,
        (k, end),
        r.raw(k, k + 2),
        format!("asking about the other {rest}"),
        format!(
            "Of the {n}, you said {said}: what has happened for the other {rest}, and what is being done about them?"
        ),
    )
}

/// Words that say a count is of what people said: the rest are asked what they told you.
const SAID: &[&str] = &[
    "survey", "said", "say", "told", "felt", "feel", "agreed", "rated", "answered",
];

/// "'Caseload was protected': only 8/13", "only 9 of the 20 plans used it": the others, who fell
/// short of the part the PSW gives, are pressed. "Of the 13, what did the other 5 tell you...?"
fn only_part(r: &Reading, i: usize) -> Option<Anchor> {
    if !matches!(r.n(i - 1), "only" | "just") || r.percent_at(i).is_some() || !r.claims(i) {
        return None;
    }
    let part = r.value(i)?;
    let w = match (r.n(i + 1), r.n(i + 2)) {
        ("/", _) => i + 2,
        ("of", "the") => i + 3,
        ("of", _) => i + 2,
        ("out", "of") => i + 3,
        _ => return None,
    };
    let whole = r.value(w)?;
    if part < 1.0
        || whole <= part
        || r.is_year(w)
        || r.percent_at(w).is_some()
        || set_as_before(r, i, Some(whole))
    {
        return None;
    }
    // "Only two of the 64 were safeguarding visits" (probes-11 p13): the part is a kind of the
    // whole, and the rest are simply visits of another kind, not people the result fell short
    // for. What is pressed there is the few, or why so few (the other readers).
    let n0 = if r.n(w + 1) == "such" { w + 2 } else { w + 1 };
    if matches!(r.n(n0), "were" | "was") && !matches!(r.n(n0 + 1), "not" | "still" | "seen") {
        let kind = (n0 + 1..(n0 + 4).min(r.toks.len()))
            .take_while(|&k| {
                r.toks[k].is_word()
                    && !matches!(
                        r.n(k),
                        "to" | "of" | "in" | "for" | "with" | "from" | "on" | "at"
                    )
            })
            .last()
            .is_some_and(|k| r.n(k).ends_with('s') && !r.n(k).ends_with("ss"));
        if kind {
            return None;
        }
    }
    let (s, e) = r.sentence(i);
    let (n, rest) = (r.raw(w, w + 1), super::read::figure(whole - part));
    // "only 3 of the 11 of their records used the new template": records that fall short are
    // asked who is going back over them, not "what has happened for" them as if they were people
    // (probes-14 p04, judged to blur records with people).
    let records = (w + 1..(w + 5).min(e))
        .take_while(|&k| r.toks[k].is_word())
        .find(|&k| super::late_turn::RECORDS.contains(&r.n(k)));
    let ask = if r.has_in(s.saturating_sub(12), e, SAID) {
        format!(
            "Of the {n}, what did the other {rest} tell you, and what have you changed because of it?"
        )
    } else if let Some(k) = records {
        let noun = r.n(k);
        format!(
            "Of the {n} {noun}, who is going back over the other {rest}, and how will you know they now meet the standard?"
        )
    } else {
        format!(
            "Of the {n}, what has happened for the other {rest}, and what is being done about them?"
        )
    };
    anchor(
        r,
        Shape::SetApart,
        (i - 1, w + 1),
        r.raw(i - 1, w + 1),
        format!("asking about the other {rest}"),
        ask,
    )
}

fn at(r: &Reading, i: usize) -> Option<Anchor> {
    let v = r.value(i)?;
    if v < 1.0
        || r.is_year(i)
        || r.percent_at(i).is_some()
        || DURATIONS.contains(&r.n(i + 1))
        || NOT_PEOPLE.contains(&r.n(i + 1))
        || STAFF.contains(&r.n(i + 1))
        || r.n(i.wrapping_sub(1)) == "£"
        // "...but six did not": denied, and the very few set apart.
        || !claims_or_denies(r, i)
    {
        return None;
    }
    let (s, _) = r.sentence(i);
    // The main result: a count given before it in the same sentence (or line).
    let main = (s..i).rev().find(|&k| {
        r.value(k).is_some_and(|w| w >= v) && !r.is_year(k) && !DURATIONS.contains(&r.n(k + 1))
    })?;
    if set_as_before(r, main, None) {
        return None;
    }
    // How it is set apart: "but 7 were...", "but in 9 it said...", or "9 of them moved in".
    let inside = r.n(i.wrapping_sub(1)) == "in";
    // "nine were home within six weeks, the other two chose to stay": set apart by the answer.
    let other = i >= 2 && r.n(i - 1) == "other" && r.n(i - 2) == "the";
    let before = if inside {
        i - 1
    } else if other {
        i - 2
    } else {
        i
    };
    let contrast = other || before > s && CONTRAST.contains(&r.n(before - 1));
    let of_them = r.n(i + 1) == "of" && OF_THEM.contains(&r.n(i + 2));
    if !(contrast || of_them) {
        return None;
    }
    // "eight of ten of them said so": the ten are the whole the eight are counted in, not people
    // set apart from it (strong-20 z11: "Of the ten people you mentioned").
    if of_them && r.n(i.wrapping_sub(1)) == "of" && r.value(i.wrapping_sub(2)).is_some() {
        return None;
    }
    // "people who went to one of these beds", "every one of those answers was kept to": one of a
    // kind named, not a count the result leaves out; "Of the one beds were..." would not read
    // (strong-19 z04, z08).
    if of_them && v < 2.0 {
        return None;
    }
    // What is said of them starts after "of them", "of those" or "of those eight": a quote cut
    // after "of those" alone read "Of the three eight were back with you" (probes-10 p03).
    let told = if of_them && r.value(i + 3).is_some() {
        i + 4
    } else {
        i + 3
    };
    // "Eight of those posts were empty": posts or staff, not people the result left out.
    if of_them && (STAFF.contains(&r.n(i + 3)) || NOT_PEOPLE.contains(&r.n(i + 3))) {
        return None;
    }
    // "Those nine got contacted within a fortnight": who went back to them is given.
    let followed_up = (i + 1..r.toks.len()).any(|k| {
        matches!(r.n(k), "those" | "these" | "the")
            && r.n(k + 1) == r.n(i)
            && r.has_in(k + 2, k + 5, FOLLOWED_UP)
    });
    // "nine of them were seen within a week": gone back to already, not left out.
    if followed_up || of_them && r.has_in(told, (told + 3).min(r.toks.len()), FOLLOWED_UP) {
        return None;
    }
    let (_, mut end) = r.span(i);
    // "40 of them had got hours back they had lost": something regained is a result, not a loss.
    let regained =
        r.has_in(i + 1, end, &["got", "gained", "won"]) && r.has_in(i + 1, end, &["back"]);
    if r.has_in(i + 1, end, DID_WELL)
        || regained
        || of_them && !r.has_in(told, (told + 2).min(end), WENT)
    {
        return None;
    }
    let cut_at_quote = matches!(r.n(end), "\"" | "“" | "”");
    while cut_at_quote && end > i + 2 && HANGING.contains(&r.n(end - 1)) {
        end -= 1;
    }
    let n = r.raw(i, i + 1);
    // Whose plans or cases they are: the people in them are asked about, not the paperwork.
    let held = inside
        || r.has_in(i + 1, (i + 3).min(end), THINGS)
        || !r.has_in(i + 1, (i + 3).min(end), PEOPLE) && r.has_in(main + 1, main + 3, THINGS);
    let who = if held {
        format!("the people in those {n}")
    } else {
        format!("those {n}")
    };
    // "The other two chose to stay": a choice is asked whether it was theirs.
    let chose = r.has_in(
        i + 1,
        end,
        &["chose", "decided", "opted", "preferred", "wanted"],
    );
    let tail = if chose {
        "how sure are you it was really their choice, and what did they tell you about it?"
    } else if still_to_reach(r, i + 1, end) {
        "who is looking out for {who} in the meantime, and by when will every one of them have been seen?"
    } else {
        pick(
            &r.raw(i, end),
            &[
                "what has happened for {who} since, and has anyone gone back to check it was right?",
                "what has happened since for {who}, and who has gone back to them to put it right?",
            ],
        )
    };
    // "44 had a plan by 18 but six did not": what they did not have is said before, with the whole.
    let elided = end <= i + 4
        && matches!(
            r.n(end - 1),
            "not" | "didn't" | "weren't" | "wasn't" | "hadn't" | "haven't"
        );
    if elided {
        let (s0, _) = r.sentence(i);
        let first = (s0..main + 1).find(|&k| r.value(k).is_some() && !r.is_year(k))?;
        let mut stop = first + 1;
        while stop < first + 4
            && r.toks.get(stop).is_some_and(|t| t.is_word())
            && !PEOPLE.contains(&r.n(stop - 1))
        {
            stop += 1;
        }
        let whole = slot(r.text, &r.toks, first, stop)?;
        return anchor(
            r,
            Shape::SetApart,
            (before, end),
            r.raw(before, end),
            format!("asking about the {n} the main result leaves out"),
            format!(
                "Of the {whole} you mentioned, what has happened for the {n} who did not, and who has gone back to them?"
            ),
        );
    }
    let ask = match slot(r.text, &r.toks, i, end) {
        // "9 of them moved in" said back would lose what "them" are: "Of the 9 who moved in".
        Some(_) if of_them && !held => {
            // "were back with us", "had a fall": a slot never opens on "were" or "had", so the
            // verb is said before the slot.
            let rest = slot(r.text, &r.toks, told, end).or_else(|| {
                let after = slot(r.text, &r.toks, told + 1, end)?;
                Some(format!("{} {after}", r.n(told)))
            })?;
            // "two of them have told their worker": a verb or its helper takes "who" too.
            let verb = r.has_in(told, told + 1, WENT) && !matches!(r.n(told), "out" | "into")
                || r.has_in(told, told + 1, HELPERS);
            // "70 of those people had never been known to us": the people are named before what
            // is said of them, so "who" goes after the noun ("Of the 70 people had never..." did
            // not read, strong-15 z16). Anything else named there ("beds", "answers") is not
            // people left out.
            let named = !verb
                && (r.has_in(told + 1, told + 2, WENT) || r.has_in(told + 1, told + 2, HELPERS))
                && !matches!(r.n(told + 1), "out" | "into");
            let who_did = if verb {
                format!("who {rest}")
            } else if named {
                if !PEOPLE.contains(&r.n(told)) {
                    return None;
                }
                let (noun, said) = rest.split_once(' ')?;
                format!("{noun} who {said}")
            } else {
                rest
            };
            format!("Of the {n} {who_did}, {}", tail.replace("{who}", "them"))
        }
        Some(said) if !inside && !of_them => {
            let said = if other {
                slot(r.text, &r.toks, before, end)?
            } else {
                said
            };
            format!("You said {said}: {}", tail.replace("{who}", &who))
        }
        // "but in 9 it just said ..." is not said back as it was: the quote would lose its
        // subject. The count and what it counts are.
        // "One of them was an older man whose son...": one person told of, an example, not a
        // count left out; "Of the one people you mentioned" would not read.
        _ if v < 2.0 => return None,
        _ => {
            // The nearest count before it, in this sentence or the one before, says what it counts.
            let noun = (r.sentence(s.saturating_sub(2)).0..i)
                .rev()
                .filter(|&k| r.value(k).is_some())
                .find_map(|k| {
                    (k + 1..k + 3)
                        .map(|j| r.n(j))
                        .find(|w| THINGS.contains(w) || PEOPLE.contains(w))
                })?;
            // "Of the nine people you mentioned": they are the people, not what holds them.
            let them = if PEOPLE.contains(&noun) {
                "them"
            } else {
                "the people in them"
            };
            let tail = tail.replace("{who}", them);
            format!("Of the {n} {noun} you mentioned, {tail}")
        }
    };
    anchor(
        r,
        Shape::SetApart,
        (before, end),
        r.raw(before, end),
        format!("asking about the {n} the main result leaves out"),
        ask,
    )
}
