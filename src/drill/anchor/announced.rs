//! A weak spot the PSW announces before saying it: "What I'd say against it is that the group
//! doesn't look like our carers", "What we got wrong is that the 96 were only the people we paid
//! for", "the honest bit is we don't have a regular check on how those 52 are managing", "what I'd
//! change is that it took ten weeks from the stroke to the decision", "The gap we found through a
//! complaint is people with hearing loss...". The opener is the PSW pointing at what an assessor
//! presses; none of its words is a cue the other readers listen for, so strong answers that ended on
//! one got the stock "What happens next, and by when?" (probes-9 p11, probes-10 p06, p08, p11, p13,
//! each judged 1 or 2). What follows the opener is said back, without it, and pressed by what it
//! names: a wait one person bore, a check nobody makes, people a count left out, or else the one
//! pointed ask after a weak spot (`pointed`).

use super::frame::{JOINERS, slot};
use super::read::{DURATIONS, Reading, anchor, said_back, words};
use super::{Anchor, Shape};
use crate::insight::clause::Stance;

/// Who announces it.
const SPEAKERS: &[&str] = &["i", "we", "i'd", "we'd", "i've", "we've"];

/// Words after "what I'd" or "what we" that make the clause announce a weak spot: "what I'd say
/// against it", "what I'd change", "what we'd do differently", "what we got wrong".
const AGAINST: &[&str] = &["against", "change", "differently", "wrong"];

/// Nouns that, after "the", announce a weak spot: "the gap we found is", "the catch is".
const FLAWS: &[&str] = &["gap", "catch", "downside", "snag", "flaw", "weakness"];

/// Nouns that, after "the", announce a weak spot only in the present: "the problem is weekends".
/// "The problem was" is more often told before its fix.
const TROUBLES: &[&str] = &["problem", "issue", "risk", "worry", "concern"];

/// "The honest bit is", "the uncomfortable part is", "the hard truth is".
const FRANK: &[&str] = &["honest", "uncomfortable", "hard", "awkward"];
const PARTS: &[&str] = &["bit", "part", "answer", "truth", "thing", "limit", "caveat"];

/// The most words between an opener's noun or "what" and its "is": "the gap we found through a
/// complaint is".
const MOST_OPENER_WORDS: usize = 7;

/// Words that make "what the review ..." name what a piece of the PSW's own work left out: "what
/// the review didn't cover:", "what the audit missed is". Not "didn't find": what a check did not
/// find is more often good news ("what the audit didn't find was any sign of harm").
const LEFT_OUT: &[&str] = &[
    "didn't",
    "doesn't",
    "hasn't",
    "haven't",
    "wasn't",
    "isn't",
    "can't",
    "couldn't",
    "won't",
    "missed",
    "misses",
    "overlooked",
];

/// Verbs of the good news a check may not have found.
const FOUND: &[&str] = &["find", "found", "show", "turn"];

/// Nouns before "that keeps me awake": "the bit that keeps me up at night is".
const KEEPS_AWAKE: &[&str] = &["bit", "part", "thing", "one"];

/// Where the words said back start, and the token after the opener's "is" (and a "that" after it),
/// when an announcing opener starts at token `i`: "what I'd say against it is (that)", "the gap we
/// found is", "the honest bit is". A flaw named by its noun is said back from "the": "people with
/// hearing loss who ring through Relay UK" alone does not say it is the gap.
fn opener_at(r: &Reading, i: usize) -> Option<(usize, usize)> {
    let is_at = |from: usize| {
        (from..(from + MOST_OPENER_WORDS).min(r.toks.len()))
            .take_while(|&k| !r.is_stop(k))
            .find(|&k| matches!(r.n(k), "is" | "was"))
    };
    let is = match r.n(i) {
        "what" if SPEAKERS.contains(&r.n(i + 1)) => {
            let is = is_at(i + 2)?;
            // "What we changed is the front door": a change told, not a weak spot. "Change" counts
            // only after "I'd" or "would": what they would change.
            let would = matches!(r.n(i + 1), "i'd" | "we'd") || r.n(i + 2) == "would";
            let against = (i + 2..is).any(|k| match r.n(k) {
                "change" | "differently" => would,
                w => AGAINST.contains(&w),
            });
            against.then_some(is)?
        }
        "the" if FLAWS.contains(&r.n(i + 1)) => {
            // "The gap is", "the gap we found is": not "the gap between the teams is 8 days", a
            // range that may be a strength.
            let is = is_at(i + 2)?;
            (is == i + 2 || SPEAKERS.contains(&r.n(i + 2))).then_some(is)?
        }
        // "The problem is weekends", "the risk we carry is": present only.
        "the" if TROUBLES.contains(&r.n(i + 1)) => {
            let is = is_at(i + 2)?;
            (r.n(is) == "is" && (is == i + 2 || SPEAKERS.contains(&r.n(i + 2)))).then_some(is)?
        }
        "the" if FRANK.contains(&r.n(i + 1)) && PARTS.contains(&r.n(i + 2)) => {
            matches!(r.n(i + 3), "is" | "was").then_some(i + 3)?
        }
        // "What the review didn't cover: the first agency supported 90 people..." (probes-11 p11):
        // a "what" clause with no "I" or "we", naming what the PSW's own review, audit or data left
        // out, closed by "is" or a colon.
        "what" if matches!(r.n(i + 1), "the" | "our" | "this" | "that") => {
            let is = (i + 2..(i + 2 + MOST_OPENER_WORDS).min(r.toks.len()))
                .find(|&k| r.is_stop(k) || matches!(r.n(k), "is" | "was"))?;
            let left_out = (i + 2..is).any(|k| {
                LEFT_OUT.contains(&r.n(k)) && !FOUND.contains(&r.n(k + 1))
                    || r.n(k) == "left" && r.n(k + 1) == "out"
            });
            (left_out && (r.n(is) == ":" || !r.is_stop(is))).then_some(is)?
        }
        // "The bit that keeps me up at night is that the overseas OTs signed a two year
        // agreement" (probes-11 p02), "what keeps me awake is".
        "the" | "what" if keeps_me_awake(r, i) => is_at(i + 2)?,
        // "Where it falls short is the 46 community care officers", "where it comes apart is
        // people whose conditions go up and down", "where it breaks down is when the police are
        // involved" (probes-12 p07, p08, p10): the place the PSW's own account stops holding.
        "where" => {
            let is = gives_way_at(r, i + 1)?;
            matches!(r.n(is), "is" | "was").then_some(is)?
        }
        // "Not solved: 5 of the 7 errors were in conversations with people whose speech is
        // affected" (probes-12 p05): a label in notes, closed by a colon, that the coach did not
        // hear as a weak spot.
        "not" | "still" | "unsolved" | "unresolved" => open_label(r, i)?,
        _ => return None,
    };
    // The opener opens its phrase: "and the honest bit is", not "that's the gap is"; a label may
    // follow a list's bullet.
    let (s, _) = r.span(i);
    // A spoken filler before it ("erm and the honest bit is", probes-22 p11) opens nothing.
    if (s..i).any(|k| {
        !JOINERS.contains(&r.n(k))
            && !matches!(r.n(k), "-" | "•" | "*" | "erm" | "er" | "um" | "uh" | "umm")
    }) {
        return None;
    }
    let mut body = is + 1;
    while matches!(r.n(body), "that" | ",") {
        body += 1;
    }
    // "Where it falls short is" is said back whole (`where_said_back`): "the 46 community care
    // officers" alone is no sentence, and does not say it is where it falls short.
    let from = if FLAWS.contains(&r.n(i + 1)) || r.n(i) == "where" {
        i
    } else {
        body
    };
    Some((from, body))
}

/// Words a label that admits a gap ends on: "not solved:", "not yet fixed:", "still open:".
const NOT_DONE: &[&str] = &["solved", "fixed", "resolved", "sorted", "cracked", "open"];

/// The colon closing a label that admits a gap at token `i`: "Not solved:", "Not yet fixed:",
/// "Still open:", "Unresolved:". Only a label: "not solved by the new form, though" is a clause.
fn open_label(r: &Reading, i: usize) -> Option<usize> {
    let colon = match r.n(i) {
        "unsolved" | "unresolved" => i + 1,
        "not" if r.n(i + 1) == "yet" => i + 3,
        "not" | "still" => i + 2,
        _ => return None,
    };
    let word = r.n(colon - 1);
    let fits = match r.n(i) {
        "still" => word == "open",
        "not" => NOT_DONE.contains(&word) && word != "open",
        _ => true,
    };
    (fits && r.n(colon) == ":").then_some(colon)
}

/// What "it" or "this" does where it gives way: "falls short", "breaks down", "comes apart".
const GIVES_WAY: &[(&str, &str)] = &[
    ("falls", "short"),
    ("fell", "short"),
    ("breaks", "down"),
    ("broke", "down"),
    ("comes", "apart"),
    ("came", "apart"),
    ("falls", "down"),
    ("fell", "down"),
    ("goes", "wrong"),
    ("went", "wrong"),
    // "Where it doesn't land is the hospital team" (probes-17 p04).
    ("doesn't", "land"),
    ("didn't", "land"),
    ("doesn't", "reach"),
    ("hasn't", "landed"),
];

/// After "where" at token `k - 1`, the token after "it falls short" (or "this still breaks
/// down"), when the words from `k` say so.
fn gives_way_at(r: &Reading, k: usize) -> Option<usize> {
    // "Where it's weakest is supported living" (probes-17 p07).
    if r.n(k) == "it's" && matches!(r.n(k + 1), "weakest" | "thinnest" | "patchiest") {
        return Some(k + 2);
    }
    // "Where we're below the group is people saying it's easy to find information" (probes-17
    // p16): the council set against its comparators, where it falls short.
    if matches!(r.n(k), "we're" | "we") && matches!(r.n(k + 1), "below" | "behind" | "worse") {
        let is = (k + 2..(k + 6).min(r.toks.len())).find(|&j| matches!(r.n(j), "is" | "was"))?;
        return (is > k + 2).then_some(is);
    }
    if !matches!(r.n(k), "it" | "this" | "that" | "things") {
        return None;
    }
    let v = if matches!(r.n(k + 1), "still" | "really" | "usually") {
        k + 2
    } else {
        k + 1
    };
    GIVES_WAY
        .iter()
        .any(|&(verb, part)| r.n(v) == verb && r.n(v + 1) == part)
        .then_some(v + 2)
}

/// True when "the bit that keeps me up at night" or "what keeps me awake" opens at token `i`.
fn keeps_me_awake(r: &Reading, i: usize) -> bool {
    let keeps = match r.n(i) {
        "the" if KEEPS_AWAKE.contains(&r.n(i + 1)) && r.n(i + 2) == "that" => i + 3,
        "what" => i + 1,
        _ => return false,
    };
    let keeps = if r.n(keeps) == "still" {
        keeps + 1
    } else {
        keeps
    };
    matches!(r.n(keeps), "keeps" | "kept")
        && r.n(keeps + 1) == "me"
        && matches!(r.n(keeps + 2), "up" | "awake")
}

/// Words that name a check, oversight or record of people.
const CHECKS: &[&str] = &[
    "check",
    "checks",
    "checking",
    "oversight",
    "record",
    "records",
    "track",
    "tracking",
    "count",
];

/// Words where unpunctuated speech moves on from the weak spot it named to its telling.
const SPOKEN_BREAKS: &[&str] = &[
    "so",
    "and",
    "because",
    "there",
    "especially",
    "which",
    "but",
    "like",
];

/// The most words of what follows the opener said back.
const MOST_WORDS: usize = 18;

/// The announced weak spot, unless another reader already presses something specific in its
/// sentence (of `found`): "The catch is that the lead's post is paid from the DoLS budget, and the council plans
/// to take £180,000 out of it" is pressed on the cut, which says what the catch is (probes-9 p12).
pub(super) fn find(r: &Reading, found: &[Anchor]) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        let (from, a) = opener_at(r, i)?;
        let (_, end) = r.span(a);
        // Spoken with no stop, "where it's weakest is supported living with night support
        // especially people who..." runs on into its telling: it is cut where the speech moves on.
        let end = if r.n(from) == "where" && words(r, from, end) > MOST_WORDS {
            (a + 2..end)
                .find(|&k| SPOKEN_BREAKS.contains(&r.n(k)))
                .unwrap_or(end)
        } else {
            end
        };
        let (s0, s1) = r.sentence(a);
        let sentence = &r.text[r.toks[s0].start..r.toks[s1.max(s0 + 1) - 1].end];
        if found
            .iter()
            // A vague claim or a share's rest said back is no reading of what the catch is; nor
            // is "tell us about one of those 7 errors", which asks for a story where the PSW has
            // just named which of them went wrong (probes-12 p05).
            .any(|f| {
                f.shape < Shape::Claim
                    && f.shape != Shape::Learning
                    && !f.quote.is_empty()
                    && sentence.contains(f.quote.as_str())
            })
        {
            return None;
        }
        // Said as the PSW's own: not a hope or a plan ("what I'd change is that we will...").
        let owned = r
            .clause_of(a)
            .is_some_and(|c| !c.hoped && !matches!(c.stance, Stance::Planned));
        if !owned || words(r, from, end) > MOST_WORDS {
            return None;
        }
        // What follows the announced part, its count or its date, is pressed first (`substance`),
        // unless a fix is said to be coming: what holds until then is asked (probes-10 p08). A
        // part too short to say back ("the problem is weekends.") may still be followed by one.
        if remedy_to_come(r, end).is_none()
            && let Some(substance) = super::substance::find(r, end, false)
        {
            return Some(substance);
        }
        if words(r, a, end) < 3 {
            return None;
        }
        if r.n(from) == "where" {
            return where_said_back(r, (from, a, end));
        }
        said_back(
            r,
            Shape::Weakness,
            (from, end),
            "asking about the weak spot you named",
            &ask(r, (a, end)),
        )
    })
}

/// "Where it falls short is the 46 community care officers", said back whole: a slot never opens on
/// "where", so it is said before the slot, lower case. Tokens: the "where", what follows the "is",
/// and the end.
fn where_said_back(r: &Reading, (at, body, end): (usize, usize, usize)) -> Option<Anchor> {
    let is = (at..body).rfind(|&k| matches!(r.n(k), "is" | "was"))?;
    let head = slot(r.text, &r.toks, at + 1, is)?;
    let what = slot(r.text, &r.toks, body, end)?;
    // "Where it doesn't land is the hospital team": what the PSW brings does not reach them, so
    // how it is got to them is asked, and who answers for it there (probes-17 p04).
    let unreached = (at + 1..is).any(|k| matches!(r.n(k), "land" | "landed" | "reach"));
    // "Where we're below the group is...": set against the comparators, what lies behind it here
    // is asked (probes-17 p16).
    let below = (at + 1..is).any(|k| matches!(r.n(k), "below" | "behind" | "worse"));
    let tail = if unreached {
        "how are you getting it to them directly, and who is accountable for it there?".to_string()
    } else if below {
        "what do you think is behind that, and what are you doing about it?".to_string()
    } else {
        ask(r, (body, end))
    };
    anchor(
        r,
        Shape::Weakness,
        (at, end),
        r.raw(at, is),
        "asking about the weak spot you named".to_string(),
        format!("You said where {head} {} {what}: {tail}", r.n(is)),
    )
}

/// Nouns for a remedy that is coming: "the fix comes in the spring", "a new system is due in June".
const REMEDIES: &[&str] = &[
    "fix",
    "repair",
    "upgrade",
    "replacement",
    "solution",
    "system",
];

/// Words that date a remedy ahead: "in the spring", "not until June", "next year".
const AHEAD: &[&str] = &[
    "spring", "summer", "autumn", "winter", "next", "until", "due", "year", "weeks", "months",
];

/// A remedy the answer says is still to come, after token `from`: "the switchboard supplier says
/// the fix comes in the spring". Its words `(start, end)`, from the determiner to the phrase's end.
/// Until then the gap stays open, and an assessor asks what holds meanwhile (probes-10 p08).
fn remedy_to_come(r: &Reading, from: usize) -> Option<(usize, usize)> {
    (from..r.toks.len()).find_map(|k| {
        if !REMEDIES.contains(&r.n(k)) || !matches!(r.n(k.wrapping_sub(1)), "the" | "a" | "new") {
            return None;
        }
        let start = if r.n(k - 1) == "new" {
            k.checked_sub(2)?
        } else {
            k - 1
        };
        let (_, end) = r.span(k);
        let ahead = (k + 1..end)
            .any(|j| AHEAD.contains(&r.n(j)) || crate::text::FULL_MONTHS.contains(&r.n(j)));
        // Said as coming, not as done: "the fix went in last month" is no gap left open.
        let done = r.has_in(
            k + 1,
            end,
            &["went", "came", "was", "arrived", "worked", "fixed"],
        );
        (ahead && !done && words(r, start, end) <= 8).then_some((start, end))
    })
}

/// The ask after what the opener announced, in tokens `a..b`.
fn ask(r: &Reading, (a, b): (usize, usize)) -> String {
    if let Some((fa, fb)) = remedy_to_come(r, b)
        && let Some(fix) = super::frame::slot(r.text, &r.toks, fa, fb)
    {
        let who = if r.any_people(a, b) {
            "for them"
        } else {
            "for the people it affects"
        };
        return format!(
            "until {fix}, what is in place {who}, and how will you find the people it has already affected?"
        );
    }
    // "It took ten weeks from the stroke to the decision": one wait, told of one person.
    let took = (a..b).any(|k| {
        matches!(r.n(k), "took" | "waited" | "wait")
            && (k + 1..(k + 4).min(b)).any(|d| DURATIONS.contains(&r.n(d)))
    });
    let one_person = r.has_any(&["she", "he", "her", "him", "mrs", "mr", "ms", "miss"]);
    let unchecked = r.has_in(a, b, CHECKS)
        && r.has_in(
            a,
            b,
            &[
                "don't", "no", "nobody", "haven't", "doesn't", "isn't", "not", "never",
            ],
        );
    if took && one_person {
        "how often do others wait that long, and what have you changed so the person is not the one left waiting?".to_string()
    } else if took {
        "what did that wait mean for the people caught up in it, and what have you changed so it does not take that long again?".to_string()
    } else if unchecked {
        "who is making sure none of them comes to harm meanwhile, and what will you put in place?"
            .to_string()
    } else if r.has_in(a, b, &["only"]) {
        "who did that leave out, what happened for them, and what is in place now so they are not missed next time?".to_string()
    } else {
        super::pointed::ask(r, (a, b))
    }
}
