//! People the main result leaves out, counted: "18 were decided on the full outcomes, but 7 were
//! turned away", "27 offered a care home instead, 9 of them moved in". On a strong answer an
//! assessor presses those few first (what happened for the seven, and has anyone gone back to
//! them), not the result the PSW led with, nor the plan that followed it (issue 23, probes-5).

use super::frame::{pick, slot};
use super::read::{DURATIONS, PEOPLE, Reading, STAFF, anchor};
use super::{Anchor, Shape};

/// Words that set what follows apart from what came before in the same sentence.
const CONTRAST: &[&str] = &[
    "but", "while", "whereas", "except", "although", "though", "yet",
];

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

/// Words a quote cut at a quotation mark may be left hanging on: "turned away with".
const HANGING: &[&str] = &[
    "with", "as", "to", "for", "by", "in", "on", "at", "from", "of", "saying",
];

/// Words after a count that make it an amount, not people: "7 weeks", "£9", "3 times".
const NOT_PEOPLE: &[&str] = &["times", "per", "percent", "%", "pounds", "hours", "minutes"];

/// "You said 7 were turned away at the front door: what has happened for those 7 since...?"
pub(super) fn find_set_apart(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| at(r, i))
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
        || !r.claims(i)
    {
        return None;
    }
    let (s, _) = r.sentence(i);
    // The main result: a count given before it in the same sentence (or line).
    let main = (s..i).rev().find(|&k| {
        r.value(k).is_some_and(|w| w >= v) && !r.is_year(k) && !DURATIONS.contains(&r.n(k + 1))
    })?;
    // How it is set apart: "but 7 were...", "but in 9 it said...", or "9 of them moved in".
    let inside = r.n(i.wrapping_sub(1)) == "in";
    let before = if inside { i - 1 } else { i };
    let contrast = before > s && CONTRAST.contains(&r.n(before - 1));
    let of_them = r.n(i + 1) == "of" && OF_THEM.contains(&r.n(i + 2));
    if !(contrast || of_them) {
        return None;
    }
    let (_, mut end) = r.span(i);
    if r.has_in(i + 1, end, DID_WELL) || of_them && !r.has_in(i + 3, (i + 5).min(end), WENT) {
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
    let tail = pick(
        &r.raw(i, end),
        &[
            "what has happened for {who} since, and has anyone gone back to check it was right?",
            "what has happened since for {who}, and who has gone back to them to put it right?",
        ],
    );
    let ask = match slot(r.text, &r.toks, i, end) {
        // "9 of them moved in" said back would lose what "them" are: "Of the 9 who moved in".
        Some(_) if of_them && !held => {
            let rest = slot(r.text, &r.toks, i + 3, end)?;
            let who_did = if r.has_in(i + 3, i + 4, WENT) && !matches!(r.n(i + 3), "out" | "into") {
                format!("who {rest}")
            } else {
                rest
            };
            format!("Of the {n} {who_did}, {}", tail.replace("{who}", "them"))
        }
        Some(said) if !inside && !of_them => {
            format!("You said {said}: {}", tail.replace("{who}", &who))
        }
        // "but in 9 it just said ..." is not said back as it was: the quote would lose its
        // subject. The count and what it counts are.
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
            let tail = tail.replace("{who}", "the people in them");
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
