//! Admissions said in the PSW's own way, without the cue words `admitted` listens for: "what we
//! haven't got right is...", "the duty teams are where it's weakest", "we haven't looked at
//! transfers from children's services yet", "that still leaves about 140 overdue reviews", "the lowest
//! was the hospital team at 38%". The blind judge preferred these, every time, to the rest of a
//! strong share (issue 23, probes-4).

use super::frame::{JOINERS, pick, slot};
use super::read::{Reading, anchor, said_back, said_slot, words};
use super::{Anchor, Shape};
use crate::insight::clause::Stance;

/// Who admits it: said back as "you".
const SUBJECTS: &[&str] = &["we", "we've", "we're", "i", "i've", "i'm"];

/// Words that make a "what we ..." clause an admission rather than a boast.
const SHORT_OF: &[&str] = &[
    "haven't",
    "hasn't",
    "not",
    "don't",
    "can't",
    "cannot",
    "isn't",
    "aren't",
    "weaker",
    "weakest",
    "worst",
    "least",
    "struggle",
    "struggling",
];

/// Words that open a clause naming the admitted part: "what", "where", "the bit", "the part".
fn opens_admission(r: &Reading, i: usize) -> Option<usize> {
    match (r.n(i), r.n(i + 1)) {
        ("what" | "where", _) => Some(i + 1),
        ("the", "bit" | "part" | "area" | "thing") => Some(i + 2),
        _ => None,
    }
}

/// "What we haven't got right is carers from minority ethnic communities", "Where we're weaker:
/// abuse by family": said back as "what you haven't got right is ...".
fn named_short(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        // The cheap tests first: reading the phrase around every word was a tenth of the anchors'
        // time on a long answer.
        let subject = opens_admission(r, i)?;
        if !SUBJECTS.contains(&r.n(subject)) {
            return None;
        }
        let (s, _) = r.span(i);
        let mut lead = s;
        while lead < i && JOINERS.contains(&r.n(lead)) {
            lead += 1;
        }
        if lead != i {
            return None;
        }
        let k = (subject + 1..(subject + 8).min(r.toks.len()))
            .find(|&k| matches!(r.n(k), "is" | "are" | ":"))?;
        if !r.has_in(subject, k, SHORT_OF) {
            return None;
        }
        let (_, end) = r.span(k + 1);
        if words(r, k + 1, end) < 2 {
            return None;
        }
        // Before the slot: "which files get audited" will not open one, and what follows it (the
        // 23 files with a complaint, probes-11 p03) is what is pressed.
        // "What we haven't looked at is...": nothing found wrong yet, so no fault is assumed.
        let unseen = super::not_yet::told(r, (subject + 1, k));
        if let Some(substance) = super::substance::find(r, end, unseen) {
            return Some(substance);
        }
        let what = slot(r.text, &r.toks, k + 1, end)?;
        // "what" and "where" never open a slot on their own: said back lower case before it.
        let head = format!("{} {}", r.n(i), slot(r.text, &r.toks, i + 1, k)?);
        let quote = format!("{head} is {what}");
        let tail = if unseen {
            super::not_yet::ask(r, k + 1, (subject + 1, k))
        } else {
            named_tail(r, (k + 1, end))
        };
        anchor(
            r,
            Shape::Weakness,
            (i, end),
            r.raw(i, k),
            "asking about the weak spot you named".to_string(),
            format!("You said {quote}: {tail}"),
        )
    })
}

/// The ask after a weak spot named in tokens `a..end`: people are asked about by why and until
/// when; anything else gets the one pointed ask (`pointed`).
fn named_tail(r: &Reading, (a, end): (usize, usize)) -> String {
    // The answer goes on to say why ("the cause is our own referral form", "because..."): asked
    // why, it is asked what it has just said (probes-11 p08, p09).
    let (_, told) = r.with_next_sentence(end.saturating_sub(1));
    let why_given = super::cause::find(r, a, told).is_some()
        || (end..told)
            .any(|k| matches!(r.n(k), "cause" | "reason") && matches!(r.n(k + 1), "is" | "was"));
    if r.any_people(a, end) && why_given {
        "what is happening for those people until it is put right, and who is putting it right, by when?".to_string()
    } else if r.any_people(a, end) {
        "what have you found about why, and what is happening for those people until it is put right?".to_string()
    } else {
        super::pointed::ask(r, (a, end))
    }
}

/// Verbs of worry, after "what" or "the thing that" and before "me".
const WORRIES: &[&str] = &["worries", "concerns", "bothers", "troubles"];

/// Nouns of worry, after "my" or "our" and an optional "biggest", "main", "real".
const WORRY: &[&str] = &["worry", "concern", "worries", "concerns"];

/// "What still worries me is people who fund their own care and come to us late", "my biggest
/// worry is the night service": the weak spot the PSW names as their worry, said back as "what
/// still worries you is...". Without a figure the weak-spot reader lets it pass, and a forum or a
/// plan in the same answer was pressed instead.
fn worry_named(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        let is = match r.n(i) {
            "what" | "that" => {
                // "What (still) worries me (most) is".
                let v = if matches!(r.n(i + 1), "still" | "really" | "most") {
                    i + 2
                } else {
                    i + 1
                };
                if !WORRIES.contains(&r.n(v)) || r.n(v + 1) != "me" {
                    return None;
                }
                if matches!(r.n(v + 2), "most" | "more") {
                    v + 3
                } else {
                    v + 2
                }
            }
            "my" | "our" => {
                let w = if matches!(r.n(i + 1), "biggest" | "main" | "real" | "big" | "one") {
                    i + 2
                } else {
                    i + 1
                };
                if !WORRY.contains(&r.n(w)) {
                    return None;
                }
                w + 1
            }
            _ => return None,
        };
        // "The thing that worries me": said back from "the".
        let from = if r.n(i) == "that" {
            i.checked_sub(2)
                .filter(|&t| r.n(t) == "the" && matches!(r.n(t + 1), "thing" | "bit" | "part"))?
        } else {
            i
        };
        // Said as the PSW's own, a "never" in what worries them included ("young carers we never
        // hear about"); not hoped or conditional.
        let owned = r
            .clause_of(is + 1)
            .is_some_and(|c| !c.hoped && (c.stance.claims() || c.stance == Stance::Denied));
        if r.n(is) != "is" || !owned {
            return None;
        }
        let (_, end) = r.span(is + 1);
        if words(r, is + 1, end) < 2 {
            return None;
        }
        if let Some(substance) = super::substance::find(r, end, false) {
            return Some(substance);
        }
        let what = slot(r.text, &r.toks, is + 1, end)?;
        // "What" and "my" never open a slot: said back lower case, turned to the listener.
        let head = slot(r.text, &r.toks, from + 1, is)?;
        let opening = match r.n(from) {
            "my" => "your",
            "our" => "your",
            w => w,
        };
        anchor(
            r,
            Shape::Weakness,
            (from, end),
            r.raw(from, is),
            "asking about the weak spot you named".to_string(),
            format!(
                "You said {opening} {head} is {what}: {}",
                named_tail(r, (is + 1, end))
            ),
        )
    })
}

/// Words before the admitted part that only introduce it: "I'd say", "honestly".
const LEAD_IN: &[&str] = &[
    "i'd", "i", "say", "think", "would", "honestly", "probably", "so", "yes", "yeah", "sadly",
];

/// Weak words after "is where it's": "weakest", "worst".
const WHERE_WEAK: &[&str] = &[
    "weakest",
    "weaker",
    "worst",
    "struggle",
    "struggles",
    "slips",
];

/// "I'd say the duty teams are where it's weakest": said back from the part named to the weak word.
fn where_weakest(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        if r.n(i) != "where" || !matches!(r.n(i - 1), "is" | "are") {
            return None;
        }
        let w = (i + 1..(i + 4).min(r.toks.len())).find(|&k| WHERE_WEAK.contains(&r.n(k)))?;
        let (mut a, _) = r.span(i);
        while a < i - 1 && (JOINERS.contains(&r.n(a)) || LEAD_IN.contains(&r.n(a))) {
            a += 1;
        }
        if words(r, a, i - 1) < 2 || SUBJECTS.contains(&r.n(a)) {
            return None;
        }
        said_back(
            r,
            Shape::Weakness,
            (a, w + 1),
            "asking about the weak spot you named",
            "how often does it happen there, and who notices and acts when it does?",
        )
    })
}

/// What "one" may stand for in "most have never had one".
const ONE_OF: &[&str] = &[
    "assessments",
    "reviews",
    "plans",
    "visits",
    "calls",
    "conversations",
    "offers",
    "referrals",
];

/// "So most of the carers we know about have never had one": most of those known, left out.
fn most_never(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        if !matches!(r.n(i), "most" | "many") || r.n(i + 1) != "of" {
            return None;
        }
        let (_, end) = r.span(i);
        let k = (i + 2..end).find(|&k| {
            matches!(
                r.n(k),
                "never" | "haven't" | "hasn't" | "don't" | "aren't" | "weren't" | "didn't"
            )
        })?;
        if !r.any_people(i + 2, k) || r.has_in(i.saturating_sub(4), i, &["think", "hope", "not"]) {
            return None;
        }
        // "...have never had one": the one it stands for is named before it, in its sentence or
        // the one before ("we completed 1,260 carers' assessments"), and said back in its place.
        let quote = if r.n(end - 1) == "one" {
            let (s0, _) = r.sentence(i);
            let (p0, _) = r.sentence(s0.saturating_sub(2));
            let noun = (p0..i).rev().map(|j| r.n(j)).find(|w| ONE_OF.contains(w))?;
            let single = &noun[..noun.len() - 1];
            let article = if single.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!("{} {article} {single}", said_slot(r, i, end - 1)?)
        } else {
            said_slot(r, i, end)?
        };
        anchor(
            r,
            Shape::Weakness,
            (i, end),
            r.raw(i, k + 1),
            "asking about the many left out".to_string(),
            format!(
                "You said {quote}: what is happening for them meanwhile, and how do you know those most at risk are among the ones you have reached?"
            ),
        )
    })
}

/// Who may tell the PSW what the problem is.
const TELLERS: &[&str] = &[
    "staff",
    "people",
    "practitioners",
    "workers",
    "carers",
    "families",
    "they",
];

/// Verbs that say what they raised: "staff talked about caseloads".
const RAISED: &[&[&str]] = &[
    &["talked", "about"],
    &["told", "us", "about"],
    &["told", "me", "about"],
    &["raised"],
    &["mentioned"],
    &["complained", "about"],
    &["pointed", "to"],
];

/// Words that make what they raised a problem: "caseloads and the emotional load of the work".
const PROBLEMS: &[&str] = &[
    "caseloads",
    "caseload",
    "workload",
    "workloads",
    "load",
    "pressure",
    "pressures",
    "stress",
    "waits",
    "waiting",
    "delays",
    "travel",
    "staffing",
    "cover",
    "paperwork",
    "burnout",
];

/// "In the staff survey people talked about caseloads and the emotional load of the work. We've put
/// in wellbeing sessions": the problem they named, pressed on what was done about it itself.
fn told_the_problem(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        if !TELLERS.contains(&r.n(i - 1)) {
            return None;
        }
        let verb = RAISED
            .iter()
            .find(|p| p.iter().enumerate().all(|(k, w)| r.n(i + k) == *w))?;
        let what = i + verb.len();
        let (_, end) = r.span(what);
        if !r.has_in(what, end, PROBLEMS) || !r.claims(i) || words(r, what, end) > 10 {
            return None;
        }
        said_back(
            r,
            Shape::Weakness,
            (i - 1, end),
            "asking about the problem they named",
            "what have you done about that itself, and how do you know it has helped?",
        )
    })
}

/// "It's worst in the teams I don't have a practice base in": the place named after the weak word.
fn worst_in(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        let it = matches!(r.n(i - 1), "it's" | "that's")
            || r.n(i - 1) == "is" && i >= 2 && matches!(r.n(i - 2), "it" | "that");
        if !it
            || !matches!(r.n(i), "worst" | "weakest" | "lowest" | "poorest")
            || !matches!(r.n(i + 1), "in" | "among" | "for" | "at")
            // Denied before the weak word ("I don't think it's worst in..."); a "don't" in the
            // place named after it ("the teams I don't visit") denies nothing.
            || r.has_in(i.saturating_sub(5), i, &["not", "don't", "isn't", "never", "doubt"])
        {
            return None;
        }
        let from = if r.n(i - 1) == "is" { i - 2 } else { i - 1 };
        let (_, end) = r.span(i + 1);
        if words(r, i + 2, end) < 2 {
            return None;
        }
        said_back(
            r,
            Shape::Weakness,
            (from, end),
            "asking about the weak spot you named",
            "what does that mean for the people there, and how would you know early whether it is improving?",
        )
    })
}

/// "The lowest was the hospital discharge team at 38%": a weak spot named by its place in a range.
fn lowest_was(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        if r.n(i) != "the"
            || !matches!(r.n(i + 1), "lowest" | "worst" | "weakest")
            || !matches!(r.n(i + 2), "was" | "is" | "were" | "are")
        {
            return None;
        }
        let (s, end) = r.span(i);
        if (s..i).any(|k| !JOINERS.contains(&r.n(k))) {
            return None;
        }
        said_back(
            r,
            Shape::Weakness,
            (i, end),
            "asking about the weak spot you named",
            "what is being done there, and who is accountable if it does not move?",
        )
    })
}

/// Verbs after "haven't ... yet" that leave an area unchecked or unknown.
const UNCHECKED: &[&str] = &[
    "looked",
    "audited",
    "checked",
    "reviewed",
    "tested",
    "measured",
    "evaluated",
    "know",
    "tell",
    "say",
    "cracked",
    "solved",
    "mapped",
];

/// "We haven't looked at transfers from children's services in the same way yet", "I can't yet tell
/// you how many are better off": an area nobody has checked, pressed on what is known today.
fn not_checked_yet(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        if !matches!(r.n(i), "we" | "i")
            || !matches!(
                r.n(i + 1),
                "haven't" | "don't" | "can't" | "cannot" | "didn't"
            )
        {
            return None;
        }
        let (_, end) = r.span(i);
        let v = (i + 2..(i + 4).min(end)).find(|&k| UNCHECKED.contains(&r.n(k)))?;
        if !r.has_in(i + 2, end, &["yet"]) {
            return None;
        }
        // "tell you how many": "you" cannot be said back, so it is left out.
        let quote = if r.n(v) == "tell" && r.n(v + 1) == "you" {
            format!(
                "{} {}",
                said_slot(r, i, v + 1)?,
                slot(r.text, &r.toks, v + 2, end)?
            )
        } else {
            said_slot(r, i, end)?
        };
        // "We haven't measured it yet": no area is named, so "people there" would point at nothing.
        let unnamed = (v + 1..end)
            .filter(|&k| r.toks[k].is_word())
            .all(|k| matches!(r.n(k), "it" | "that" | "this" | "them" | "yet" | "properly"));
        // "we don't yet know whose job it is to review them": who is to act is unsettled, and
        // "what do you know now" re-asks what the PSW has just said they do not know (probes-19
        // p10); the assessor asked when it will be settled and who checks meanwhile.
        let unowned = (v + 1..(v + 4).min(end)).any(|k| matches!(r.n(k), "whose" | "who"));
        let tail = if matches!(r.n(v), "know" | "tell" | "say") && unowned {
            "when will that be settled, and who is checking on them meanwhile?"
        } else if matches!(r.n(v), "know" | "tell" | "say") {
            "what do you know now, and how are you making sure nobody is at risk before you find out?"
        } else if unnamed {
            "what do you know today about whether it is working, and how would you find out if it was not?"
        } else {
            "how do you know today that people there are safe and nothing is being missed?"
        };
        anchor(
            r,
            Shape::NotYet,
            (i, end),
            r.raw(i, end),
            "asking about what has not been checked".to_string(),
            format!("You said {quote}: {tail}"),
        )
    })
}

/// "That still leaves about 140 overdue reviews": what a fall leaves, pressed on the people in it.
fn still_leaves(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        if r.n(i) != "leaves" || r.n(i - 1) != "still" {
            return None;
        }
        (i + 1..(i + 4).min(r.toks.len())).find(|&k| r.value(k).is_some())?;
        let (mut a, end) = r.span(i);
        while a < i && JOINERS.contains(&r.n(a)) {
            a += 1;
        }
        // "that still leaves...": a slot never opens on "that", so it is said before the slot.
        let quote = match r.n(a) {
            "that" | "this" | "it" if a + 2 == i => {
                format!("{} {}", r.n(a), said_slot(r, i - 1, end)?)
            }
            _ => said_slot(r, a, end)?,
        };
        let waiting = r.has_in(i, end, &["reviews", "assessments", "overdue", "waiting", "list"]);
        let tail = if waiting {
            pick(
                &quote,
                &[
                    "what is happening for the people in them, and how do you know none of them is at risk while they wait?",
                    "how are you checking that none of those people is at risk while they wait, and what is the plan for them?",
                ],
            )
        } else {
            &super::pointed::ask(r, (a, end))
        };
        anchor(
            r,
            Shape::Unresolved,
            (a, end),
            r.raw(a, end),
            "asking about what is still left".to_string(),
            format!("You said {quote}: {tail}"),
        )
    })
}

/// Places and groups an answer singles out.
const UNITS: &[&str] = &[
    "team", "service", "locality", "area", "office", "group", "hub", "ward", "provider",
];

/// "The one team that hasn't got there is the hospital team": the exception among the rest.
fn the_one_that(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        if r.n(i) != "the"
            || !matches!(r.n(i + 1), "one" | "only")
            || !UNITS.contains(&r.n(i + 2))
            || !matches!(r.n(i + 3), "that" | "which" | "where" | "who")
        {
            return None;
        }
        let (_, end) = r.span(i);
        if !r.has_in(i + 4, end, SHORT_OF) && !r.has_in(i + 4, end, &["still", "behind", "below"]) {
            return None;
        }
        let quote = said_slot(r, i, end)?;
        anchor(
            r,
            Shape::Exception,
            (i, end),
            r.raw(i, end),
            "asking about the exception you named".to_string(),
            format!(
                "You said {quote}: what lies behind it there, and what is happening for the people that {} works with meanwhile?",
                r.n(i + 2)
            ),
        )
    })
}

/// "Older carers scored lower": a group the answer says fares worse than its own average.
fn scored_lower(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        if !matches!(r.n(i), "lower" | "worse")
            || !matches!(
                r.n(i - 1),
                "scored" | "rated" | "fared" | "did" | "score" | "rate"
            )
        {
            return None;
        }
        let (mut a, _) = r.span(i);
        while a < i && (JOINERS.contains(&r.n(a)) || matches!(r.n(a), "though" | "although")) {
            a += 1;
        }
        if words(r, a, i - 1) < 2 || !r.any_people(a, i - 1) {
            return None;
        }
        said_back(
            r,
            Shape::Weakness,
            (a, i + 1),
            "asking about the people you said fare worse",
            "what have you found about why, and what are you doing about it, with whom?",
        )
    })
}

/// "The people still waiting are the ones with more complex needs, and they wait longest": those
/// who wait longest, named, are pressed on the risk to them while they wait.
fn wait_longest(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        if r.n(i) != "longest" || !matches!(r.n(i - 1), "wait" | "waits" | "waited" | "waiting") {
            return None;
        }
        let (s, _) = r.sentence(i);
        let (_, first_stop) = r.span(s);
        if first_stop > i || !r.any_people(s, first_stop) {
            return None;
        }
        let quote = said_slot(r, s, first_stop)?;
        anchor(
            r,
            Shape::Weakness,
            (s, i + 1),
            r.raw(s, first_stop),
            "asking about the people who wait longest".to_string(),
            format!(
                "You said {quote}, and they wait longest: how are you managing the risk to them while they wait, and what will you do if the wait does not come down?"
            ),
        )
    })
}

/// "The 31-week waits are nearly all people who need a major adaptation": the longest waits, said
/// to be one group of people, are that group's weak spot; pressed on what the wait is like for them
/// rather than on the list as a whole (probes-6 p05, where a stock line came first).
fn longest_waits_are(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        if !matches!(r.n(i), "waits" | "waiters") || !matches!(r.n(i + 1), "are" | "were") {
            return None;
        }
        let (s, end) = r.sentence(i);
        // Which waits: "the longest waits", "the 31-week waits", "waits over 20 weeks".
        let long = (s..i).any(|k| {
            matches!(r.n(k), "longest" | "oldest")
                // "31-week" reads as one word, "31week".
                || (r.n(k).ends_with("week") || r.n(k).ends_with("month"))
                    && r.n(k).starts_with(|c: char| c.is_ascii_digit())
        });
        let mut k = i + 2;
        while matches!(
            r.n(k),
            "nearly" | "almost" | "mostly" | "mainly" | "largely" | "all" | "usually" | "often"
        ) {
            k += 1;
        }
        let (_, stop) = r.span(k);
        if !long || !r.any_people(k, (k + 2).min(stop)) || !r.claims(i) {
            return None;
        }
        let quote = said_slot(r, s, stop.min(end))?;
        if words(r, s, stop.min(end)) > 18 {
            return None;
        }
        anchor(
            r,
            Shape::Weakness,
            (s, stop.min(end)),
            r.raw(s, i + 1),
            "asking about the people who wait longest".to_string(),
            format!(
                "You said {quote}: what is the wait like for them, has anyone come to harm while waiting, and what are you doing about that wait in particular?"
            ),
        )
    })
}

/// Words that make a count a shortfall: "Not in 16", "16 had no advocate".
const SHORT: &[&str] = &["not", "no", "without", "missed", "never", "none"];

/// "An advocate was involved in 44. Not in 16. 11 of those 16 were in hospital discharge": where
/// a shortfall the answer counted is concentrated, said back and pressed on those people and on
/// whether what was changed reaches them (probes-6 p10, where a stock line came first).
fn where_the_shortfall_sits(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        // The count opens its own phrase and says what they were: "11 of those 16 were in
        // hospital discharge", not "with 3 of those 5 we'd lost contact", whose words are cut.
        if r.value(i).is_none()
            || r.n(i + 1) != "of"
            || r.n(i + 2) != "those"
            || !matches!(r.n(i + 4), "were" | "was" | "are" | "had" | "have")
            || words(r, r.phrase(i).0, i) > 0
        {
            return None;
        }
        let whole = r.value(i + 3)?;
        // The whole was counted earlier as a shortfall: its sentence says "not", "no", "without".
        let counted_short = (0..i).any(|k| {
            r.value(k) == Some(whole) && {
                let (s0, s1) = r.sentence(k);
                r.has_in(s0, s1, SHORT)
            }
        });
        if !counted_short || !r.claims(i) {
            return None;
        }
        let (_, end) = r.span(i);
        let quote = said_slot(r, i, end)?;
        if words(r, i, end) > 14 {
            return None;
        }
        let n = r.raw(i, i + 1);
        // Something changed since ("Done: a daily slot from November"): whether it reaches them.
        let changed = r.has_in(end, r.toks.len(), &["done", "introduced", "started", "now"]);
        let tail = if changed {
            "how will you know that what you have changed now reaches people like them?"
        } else {
            "what is being done so it does not happen to the next person?"
        };
        anchor(
            r,
            Shape::Weakness,
            (i, end),
            r.raw(i, i + 4),
            format!("asking about the {n} where it fell short"),
            format!("You said {quote}: what happened for those {n} people, and {tail}"),
        )
    })
}

/// "In 15 the file showed their own view. In the other 5 it didn't, and all five were people with
/// dementia and no family.": the few where it did not happen, named by the answer in a sentence of
/// their own, are pressed on what happened for them (probes-6 p06, where a stock line came first).
fn the_other_did_not(r: &Reading) -> Option<Anchor> {
    (2..r.toks.len()).find_map(|i| {
        if r.value(i).is_none() || r.n(i - 1) != "other" || r.n(i - 2) != "the" {
            return None;
        }
        let (s, end) = r.sentence(i);
        // "The other 5", "In the other 5", "For the other 5" opens the sentence.
        let opens = s + 2 == i || s + 3 == i && matches!(r.n(s), "in" | "for" | "with");
        let (_, stop) = r.span(i);
        let did_not = (i + 1..stop).any(|k| {
            matches!(
                r.n(k),
                "didn't" | "wasn't" | "weren't" | "hadn't" | "haven't" | "hasn't" | "not"
            )
        });
        if !opens || !did_not || words(r, s, end) > 22 {
            return None;
        }
        // "In the other 5 it didn't": the "in" is kept, which a quote may not open on alone.
        let quote = if s + 3 == i {
            format!("{} {}", r.n(s), said_slot(r, s + 1, end)?)
        } else {
            said_slot(r, s, end)?
        };
        anchor(
            r,
            Shape::Weakness,
            (s, end),
            r.raw(s, stop),
            "asking about the ones where it did not happen".to_string(),
            format!(
                "You said {quote}: what happened for each of them, and what are you doing so it does not happen again?"
            ),
        )
    })
}

/// Every admission of these kinds in the answer, at most one of each finder.
/// "The one thing that has got worse, reviews, where 38% had one...": what got worse, named after
/// it, said back as "the one thing that has got worse is reviews".
fn got_worse(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        let worse = matches!(
            (r.n(i), r.n(i + 1)),
            ("got" | "gotten", "worse") | ("gone", "backwards")
        );
        if !worse || !matches!(r.n(i + 2), "," | "is" | "was" | ":") {
            return None;
        }
        let (a, _) = r.phrase(i);
        if r.n(a) != "the" || !r.claims(i) {
            return None;
        }
        let head = slot(r.text, &r.toks, a, i + 2)?;
        let (_, end) = r.span(i + 3);
        if words(r, i + 3, end) > 6 {
            return None;
        }
        let what = slot(r.text, &r.toks, i + 3, end)?;
        anchor(
            r,
            Shape::Weakness,
            (a, end),
            r.raw(a, i + 2),
            "asking about the weak spot you named".to_string(),
            format!(
                "You said {head} is {what}: {}",
                super::pointed::ask(r, (a, end))
            ),
        )
    })
}

pub(super) fn find(r: &Reading) -> Vec<Anchor> {
    [
        named_short(r),
        worry_named(r),
        where_weakest(r),
        lowest_was(r),
        not_checked_yet(r),
        still_leaves(r),
        the_one_that(r),
        scored_lower(r),
        wait_longest(r),
        longest_waits_are(r),
        where_the_shortfall_sits(r),
        the_other_did_not(r),
        got_worse(r),
        worst_in(r),
        told_the_problem(r),
        most_never(r),
    ]
    .into_iter()
    .flatten()
    .collect()
}
