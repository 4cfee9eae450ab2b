//! What the answer itself admits: a weak spot, an exception, something still open or lost, a gap the
//! PSW is only looking at closing. An assessor presses here before the strong figure: the PSW has
//! just pointed at where people may be faring worst, and a question about it shows it was heard.

use super::figures::{FAILED, count_of_whole};
use super::frame::{JOINERS, pick, slot};
use super::read::{Reading, SAFETY, STAFF, WAITING, anchor, figure, said_slot, words};
use super::{Anchor, Shape};
use crate::insight::clause::Stance;

/// One word that names a weak spot, after "is"/"are" ("annual reviews are harder") or "and" ("and
/// worse on carers' satisfaction").
const WEAK: &[&str] = &[
    "harder",
    "difficult",
    "slow",
    "worse",
    "weaker",
    "weakest",
    "poorer",
    "slower",
    "patchy",
    "inconsistent",
    "mixed",
    "variable",
    "struggling",
    "lagging",
];

/// Phrases that name a weak spot wherever they stand.
const WEAK_PHRASES: &[&[&str]] = &[
    &["less", "good"],
    &["not", "where", "we", "want"],
    &["not", "where", "we'd", "like"],
    &["still", "a", "challenge"],
    &["still", "an", "issue"],
    &["still", "a", "problem"],
    &["still", "too"],
    &["still", "low"],
    &["still", "don't", "have"],
    &["still", "do", "not", "have"],
    &["still", "lack"],
    &["too", "low"],
    &["too", "slow"],
    &["gap", "is", "bigger"],
    &["gap", "is", "wider"],
    &["further", "to", "go"],
    &["hasn't", "moved"],
    &["haven't", "moved"],
    &["have", "not", "moved"],
    &["still", "weak"],
    &["has", "not", "moved"],
    &["not", "good", "enough"],
    // "Where we're behind is people in supported living": behind where they should be.
    &["we're", "behind"],
    &["we", "are", "behind"],
    &["we've", "fallen", "behind"],
    &["falling", "behind"],
];

/// Words between a "be" and the weak word: "are much harder", "is still more mixed".
const DEGREE: &[&str] = &[
    "more", "much", "still", "far", "rather", "a", "bit", "lot", "the", "even", "less",
];

const BE: &[&str] = &[
    "is", "are", "was", "were", "'s", "been", "remain", "remains", "feel", "feels", "looks",
    "look", "seems", "seem",
];

/// True when the clause holding token `i` says what it says as the PSW's own view: a weak spot
/// in a hedged clause ("I think completion is more mixed") is still admitted; a denied one is not.
fn admits(r: &Reading, i: usize) -> bool {
    r.clause_of(i)
        .is_some_and(|c| c.stance.claims() || c.stance == Stance::Hedged)
}

/// "You said annual reviews are harder, with 64% on time: how do you know the people still waiting
/// are safe...?"
pub(super) fn find_weakness(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len())
        .find_map(|i| {
            let single = WEAK.contains(&r.n(i)) && {
                let mut k = i;
                while k > 0 && DEGREE.contains(&r.n(k - 1)) {
                    k -= 1;
                }
                k > 0 && (BE.contains(&r.n(k - 1)) || matches!(r.n(k - 1), "and" | "but"))
            };
            let phrase = || {
                WEAK_PHRASES
                    .iter()
                    .any(|p| p.iter().enumerate().all(|(k, w)| r.n(i + k) == *w))
            };
            // "the group we reach least", "fares worst": not "at least".
            // Nor "the gap between the highest and lowest": a range, not a weak spot.
            let least = matches!(r.n(i), "least" | "worst" | "lowest")
                && !matches!(r.n(i.wrapping_sub(1)), "at" | "the" | "very")
                && !r.has_in(i.saturating_sub(3), i, &["highest", "best", "most"])
                && i > 0
                && r.toks[i - 1].is_word();
            // "We still don't have figures by ethnicity" is read as a denial, and is the very
            // admission an assessor presses.
            // So is "Where we haven't moved is young people with mental health needs".
            let still_without = (r.n(i) == "still"
                && matches!(r.n(i + 1), "don't" | "do" | "lack")
                || matches!(r.n(i), "haven't" | "hasn't") && r.n(i + 1) == "moved")
                && r.clause_of(i).is_some_and(|c| c.stance == Stance::Denied);
            if !(single || least || phrase()) || !(admits(r, i) || still_without) {
                return None;
            }
            // "That makes the difference when things are difficult" (probes-17 p25): a weak word
            // in a "when" or "if" clause says when something matters, not what is weak here.
            if (i.saturating_sub(4)..i).any(|k| matches!(r.n(k), "when" | "if" | "whenever")) {
                return None;
            }
            // "his brother was struggling to cope" (probes-19 p20): one person's plight in the
            // story told, not a weak spot of the service, and "which people does it affect most"
            // cannot fit it.
            if (i.saturating_sub(5)..i).any(|k| matches!(r.n(k), "his" | "her" | "he" | "she")) {
                return None;
            }
            // "We're now about the middle where we used to be second worst" (probes-11 p06): how
            // things were before a change, not a weak spot now.
            if (i.saturating_sub(5)..i).any(|k| r.n(k) == "used" && r.n(k + 1) == "to") {
                return None;
            }
            weakness_at(r, i)
        })
        .or_else(|| find_harm(r))
        .or_else(|| failed_count(r))
        .or_else(|| long_waits(r))
        .or_else(|| find_work_on(r))
}

/// "9 of the 16 cases audited in those two teams were rated requires improvement": a count of
/// failures is the weak spot itself, pressed on the people in those cases, never on its rest.
fn failed_count(r: &Reading) -> Option<Anchor> {
    let (i, end) = (0..r.toks.len()).find_map(|i| {
        let (_, _, after) = count_of_whole(r, i)?;
        let (_, end) = r.span(i);
        (r.has_in(after, end, FAILED) && r.claims(i)).then_some((i, end))
    })?;
    let quote = said_slot(r, i, end)?;
    if words(r, i, end) > MAX_FAILED_WORDS {
        return None;
    }
    anchor(
        r,
        Shape::Weakness,
        (i, end),
        r.raw(i, end),
        "asking about the ones that fell short".to_string(),
        format!(
            "You said {quote}: what is being done now for the people in those cases, and how will you know when practice there is safe?"
        ),
    )
}

/// Units of time a wait is told in.
const TIME_UNITS: &[&str] = &["hours", "days", "weeks", "months", "years"];

/// "There have been 22 waits of over 24 hours since April": people who waited longer than the
/// standard, counted, are pressed on what the wait was like for them.
fn long_waits(r: &Reading) -> Option<Anchor> {
    let (a, end) = (0..r.toks.len()).find_map(|i| {
        if !r.value(i).is_some_and(|v| v >= 2.0) || r.is_year(i) || r.percent_at(i).is_some() {
            return None;
        }
        let (a, end) = r.span(i);
        let mut unit = None;
        let over = (i + 1..end).find(|&k| {
            matches!(r.n(k), "waits" | "waited" | "waiting")
                && (k + 1..end).any(|o| {
                    (r.n(o) == "over"
                        || matches!(r.n(o), "more" | "longer") && r.n(o + 1) == "than")
                        && (o + 1..(o + 4).min(end)).any(|t| {
                            let found = TIME_UNITS.contains(&r.n(t));
                            if found {
                                unit = Some(t);
                            }
                            found
                        })
                })
        });
        // Spoken with no stop, the count runs on into why ("...most of them over eight weeks and
        // that's because on the triage tool..."): too long to say back, it is cut after its wait
        // (probes-17 p03 got the stock "What was your own part in that?").
        let end = match unit {
            Some(t) if words(r, a, end) > MAX_FAILED_WORDS && r.n(t + 1) == "and" => t + 1,
            _ => end,
        };
        (over.is_some() && r.claims(i)).then_some((a, end))
    })?;
    let quote = said_slot(r, a, end)?;
    if words(r, a, end) > MAX_FAILED_WORDS {
        return None;
    }
    anchor(
        r,
        Shape::Weakness,
        (a, end),
        r.raw(a, end),
        "asking about those who waited longest".to_string(),
        format!(
            "You said {quote}: what was that wait like for those people, did anyone come to harm, and what are you changing so fewer wait that long?"
        ),
    )
}

/// The most words of a count of failures that are said back.
const MAX_FAILED_WORDS: usize = 20;

/// Phrases that say the sentence before is a weak spot: "That's something we need to work on."
const WORK_ON: &[&[&str]] = &[
    &["need", "to", "work", "on"],
    &["need", "to", "improve"],
    &["need", "to", "get", "better"],
    &["needs", "to", "improve"],
    &["needs", "work"],
];

/// "Most self-funders don't come to us until they're in crisis. That's something we need to work
/// on.": the weak spot is the sentence before, said back in full.
fn find_work_on(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| {
        WORK_ON
            .iter()
            .any(|p| p.iter().enumerate().all(|(k, w)| r.n(i + k) == *w))
    })?;
    let (s0, _) = r.sentence(i);
    if !matches!(r.n(s0), "that's" | "that" | "it's" | "this" | "which") || s0 < 2 {
        return None;
    }
    let (mut p0, mut p1) = r.sentence(s0 - 2);
    // "I'd say most self-funders don't come to us until they're in crisis though": the weak spot
    // without the hedge around it.
    if matches!(r.n(p0), "i'd" | "i") && matches!(r.n(p0 + 1), "say" | "think" | "guess") {
        p0 += 2;
    }
    if p1 > p0 && r.n(p1 - 1) == "though" {
        p1 -= 1;
    }
    if words(r, p0, p1) > 16 {
        return None;
    }
    let quote = said_slot(r, p0, p1)?;
    anchor(
        r,
        Shape::Weakness,
        (p0, p1),
        r.raw(i, i + 4),
        "asking about the weak spot you named".to_string(),
        format!(
            "You said {quote}, and that it needs work: what are you doing about it, and how will you know it is changing?"
        ),
    )
}

/// Words that say someone came to harm.
const HARM: &[&str] = &["died", "harmed", "injured"];

/// "You said two of the people you discussed died: what have you learnt so far...?"
fn find_harm(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| {
        (HARM.contains(&r.n(i)) || r.n(i) == "came" && r.n(i + 1) == "to" && r.n(i + 2) == "harm")
            && admits(r, i)
            && !r.has_in(
                r.span(i).0,
                i,
                &["no", "nobody", "none", "never", "without"],
            )
    })?;
    let (a, end) = r.phrase(i);
    // "No one came to harm" is the opposite of an admission.
    if a == i
        || matches!(r.n(a), "it" | "this" | "that")
        || r.has_in(a, i, &["no", "nobody", "none", "never", "without"])
    {
        return None;
    }
    // "After the review into a man who died, we changed three things": what was learnt and what
    // changed are said, and asking for them again would not show the answer was heard.
    let (s0, s1) = r.with_next_sentence(i);
    if r.difference_near(i) || r.has_in(s0, s1, &["learnt", "learned", "lessons"]) {
        return None;
    }
    let quote = said_slot(r, a, end)?;
    anchor(
        r,
        Shape::Weakness,
        (a, end),
        r.raw(a, end),
        "asking what you have learnt from it".to_string(),
        format!(
            "You said {quote}: what have you learnt so far, and what has changed already for people in the same position?"
        ),
    )
}

fn weakness_at(r: &Reading, i: usize) -> Option<Anchor> {
    let (start, end) = r.span(i);
    // "Still weak: whether outcomes were met is recorded in only 70%": a heading, with the weak
    // spot after the colon.
    if r.n(end) == ":" && words(r, start, end) <= 3 {
        let (_, stop) = r.span(end + 1);
        let quote = said_slot(r, end + 1, stop)?;
        return weakness_said(r, end + 1, (end + 1, stop), quote);
    }
    let mut a = start;
    while a < i && JOINERS.contains(&r.n(a)) {
        a += 1;
    }
    if matches!(
        r.n(a),
        "it" | "it's" | "this" | "that" | "there" | "which" | "they" | "these" | "those"
    ) {
        return None;
    }
    // "Where we haven't moved is young people with mental health needs": said back the other way
    // round, "young people with mental health needs is where you haven't moved".
    if r.n(a) == "where" {
        let k = (i + 1..end).find(|&k| matches!(r.n(k), "is" | "are"))?;
        let mid = slot(r.text, &r.toks, a + 1, k)?;
        let what = said_slot(r, k + 1, end)?;
        let quote = format!("{what} is where {mid}");
        if !r.any_people(k + 1, end) {
            return weakness_said(r, i, (a, end), quote);
        }
        // The weak spot names its people: asking "which people" would re-ask it. Nor is "how many"
        // asked when the answer counts them just after ("We've identified 61 of them").
        let (_, next_end) = r.with_next_sentence(i);
        // Counted as people ("61 of them", "48 people"), not an age ("they still reach us at 18").
        let counted = (end..next_end).any(|k| {
            r.value(k).is_some()
                && !r.is_year(k)
                && (r.n(k + 1) == "of" && matches!(r.n(k + 2), "them" | "these" | "those")
                    || r.any_people(k + 1, k + 3))
        });
        let tail = if counted {
            "what is happening for those still waiting until it is put right, and by when?"
        } else {
            "how many people is that, and what is happening for them until it is put right?"
        };
        return anchor(
            r,
            Shape::Weakness,
            (a, end),
            r.raw(a, end),
            "asking about the weak spot you named".to_string(),
            format!("You said {quote}: {tail}"),
        );
    }
    // "..., and worse on carers' satisfaction": the subject is the sentence's own "we".
    let subjectless = a == i || a > start && (a..i).all(|k| DEGREE.contains(&r.n(k)));
    let quote = if subjectless {
        let (s, _) = r.sentence(i);
        let we = match (r.n(s), r.n(s + 1)) {
            ("we're", _) | ("we", "are") => "you're",
            ("we", _) => "you",
            _ => return None,
        };
        let rest = said_slot(r, a, end)?;
        format!("{we} {rest}")
    } else {
        said_slot(r, a, end)?
    };
    weakness_said(r, i, (a, end), quote)
}

/// Most tokens of what a share is of, said back after it ("64% on time", "9% of those with home
/// care against 31% of younger people").
const SHARE_TOKENS: usize = 12;

/// The follow-up on a weak spot at token `i`, said back as `quote` (the words `a..end`).
fn weakness_said(r: &Reading, i: usize, (a, end): (usize, usize), quote: String) -> Option<Anchor> {
    // "You said they're the partner you hear from least", "You said the second hasn't moved": a
    // quote that leans on what was said before does not say what is weak, and "which people does
    // it affect most" cannot fit it (insight-strong-2 t11, probes-7 p07).
    let low = quote.to_lowercase();
    let first = low.split_whitespace().next().unwrap_or("");
    if matches!(
        first,
        "they" | "they're" | "it" | "it's" | "that" | "that's" | "those" | "these" | "this"
    ) || [
        "the second ",
        "the first ",
        "the other ",
        "the latter ",
        "the former ",
    ]
    .iter()
    .any(|p| low.starts_with(p))
    {
        return None;
    }
    // A share that shows how weak: "Annual reviews are harder: 64% on time".
    let (_, sentence_end) = r.sentence(i);
    let share = (end..sentence_end).find_map(|k| {
        let after = r.percent_at(k)?;
        let v = r.value(k)?;
        if v > 85.0 {
            return None;
        }
        let mut stop = after;
        let ends = |k: usize| r.is_stop(k) || matches!(r.n(k), "and" | "but" | "so");
        while stop < sentence_end && !ends(stop) && stop < after + SHARE_TOKENS {
            stop += 1;
        }
        // "64% on time" says what the share is of; a bare "8%" would read loosely after "with".
        // A share that runs on past the limit is left out, not cut mid-phrase ("with 9% of those
        // with home" of "9% of those with home care against 31% of younger people",
        // insight-strong-13 z12).
        // "64% are on time" is a clause: "with 64% are on time" would not read.
        let clause = matches!(
            r.n(after),
            "are" | "is" | "were" | "was" | "have" | "has" | "had"
        );
        if stop == after || clause || stop < sentence_end && !ends(stop) {
            return None;
        }
        slot(r.text, &r.toks, k, stop)
    });
    let quote = match share {
        Some(s) => format!("{quote}, with {s}"),
        None => quote,
    };
    // "the financial assessment team sits in finance": a team's name, not work people wait for.
    let waiting = r.has_in(r.sentence(i).0, sentence_end, WAITING)
        || (r.sentence(i).0..sentence_end).any(|k| {
            matches!(
                r.n(k),
                "review" | "reviews" | "assessment" | "assessments" | "late" | "overdue"
            ) && !matches!(
                r.n(k + 1),
                "team" | "teams" | "service" | "officer" | "officers"
            )
        });
    // A weak spot in the workforce ("the gap is bigger in management") affects staff first: asking
    // "which people does it affect most" would misread it.
    let (s0, _) = r.sentence(i);
    let workforce = r.has_in(s0, sentence_end, WORKFORCE) && !r.any_people(s0, sentence_end);
    // "We still don't have good data on how many need support": a gap in what they know.
    let unknown = r.has_in(a, end, &["data", "figures", "information", "intelligence"]);
    let pointed;
    let tail = if unknown {
        "what are you doing to find out, and how do you make sure nobody is missed meanwhile?"
    } else if workforce && !waiting && r.has_in(a, end, &["gap", "gaps"]) {
        pick(
            &quote,
            &[
                "what are you doing about it, who owns it, and how will you know it is closing?",
                "what have you done about it so far, and how will you know it is working?",
            ],
        )
    } else if workforce && !waiting {
        pick(
            &quote,
            &[
                "what are you doing about it, who owns it, and how will you know it is improving?",
                "what have you done about it so far, and how will you know it is working?",
            ],
        )
    } else if waiting {
        pick(
            &quote,
            &[
                "how do you know the people still waiting are safe, and what are you doing to close the gap?",
                "how would you know if someone's needs changed while they waited, and what are you doing about it?",
            ],
        )
    } else if gives_its_cause(r, a) {
        // "The second hasn't moved, because the letters are finance's": what is behind it was
        // said, so it is not asked (probes-7 p07).
        pointed = super::pointed::ask(r, (a, end));
        pick(
            &quote,
            &[
                "which people does it affect most, and what are you doing about it?",
                &pointed,
            ],
        )
    } else {
        pointed = super::pointed::ask(r, (a, end));
        pick(
            &quote,
            &[
                &pointed,
                "what do you think is behind that, and what are you doing about it?",
                "which people does it affect most, and what are you doing about it?",
            ],
        )
    };
    // "I moved two social workers across and set up a weekly huddle": what is being done was said
    // in the sentence or the next, so it is not asked for again; whether it works is (the eighth
    // walk, row 18).
    let tail = match tail.strip_suffix(", and what are you doing about it?") {
        Some(head) if acted_next(r, a) => {
            format!("{head}, and how will you know what you have done is working?")
        }
        _ => tail.to_string(),
    };
    anchor(
        r,
        Shape::Weakness,
        (a, end),
        r.raw(a, end),
        "asking about the weak spot you named".to_string(),
        format!("You said {quote}: {tail}"),
    )
}

/// True when the sentence after the one holding token `a` opens on the PSW's own action, done: "I
/// moved two social workers across", "We set up a weekly huddle".
fn acted_next(r: &Reading, a: usize) -> bool {
    const DONE: &[&str] = &[
        "moved",
        "set",
        "put",
        "changed",
        "introduced",
        "started",
        "agreed",
        "brought",
        "created",
        "added",
        "appointed",
        "funded",
        "recruited",
        "asked",
        "raised",
    ];
    let (_, s1) = r.sentence(a);
    let n = s1 + 1;
    (n..n + 2).any(|k| matches!(r.n(k), "i" | "we"))
        && (n + 1..n + 5).any(|k| DONE.contains(&r.n(k)))
}

/// True when the sentence holding token `a`, or the one after it, says why: "because", "due to".
fn gives_its_cause(r: &Reading, a: usize) -> bool {
    let (sa, sb) = r.sentence(a);
    let end = if sb + 1 < r.toks.len() {
        r.sentence(sb + 1).1
    } else {
        sb
    };
    (sa..end).any(|k| r.n(k) == "because" || r.n(k) == "due" && r.n(k + 1) == "to")
}

/// Words that put a weak spot in the workforce rather than in people's care.
const WORKFORCE: &[&str] = &[
    "management",
    "managers",
    "workforce",
    "recruitment",
    "retention",
    "vacancies",
    "vacancy",
    "leadership",
    "staff",
    "turnover",
];

/// Openings that single out the few a statement does not hold for: "A few carry more...".
const FEW: &[&[&str]] = &[
    &["a", "few"],
    &["a", "handful"],
    &["a", "small", "number"],
    &["a", "minority"],
    &["one", "or", "two"],
    &["not", "all"],
    &["not", "everyone"],
    &["some"],
];

/// Parts of a service the few may be: asked about by name, never as "them".
const UNITS: &[&str] = &["teams", "services", "localities", "offices", "areas"];

/// Words that say the few fare worse: "a few carry more", "some still wait".
const WORSE_OFF: &[&str] = &[
    "more", "longer", "still", "not", "don't", "doesn't", "haven't", "hasn't", "without", "fewer",
    "less", "outside", "over", "beyond", "late", "wait", "waiting", "waited", "above",
];

/// "You said a few carry more because of the complexity of their cases: how many is that...?"
pub(super) fn find_exception(r: &Reading) -> Option<Anchor> {
    let few = r.clauses.iter().find_map(|c| {
        let mut a = c.toks.start;
        while a < c.toks.end && JOINERS.contains(&r.n(a)) {
            a += 1;
        }
        // The few may open the clause, or follow a comma inside it: "The lower priority ones,
        // honestly, some of them have been waiting over a year."
        let starts = std::iter::once(a).chain((a + 1..c.toks.end).filter(|&k| r.n(k - 1) == ","));
        starts.into_iter().find_map(|a| {
            let opener = FEW
                .iter()
                .find(|p| p.iter().enumerate().all(|(k, w)| r.n(a + k) == *w))?;
            if !c.stance.claims() || !r.has_in(a + opener.len(), c.toks.end, WORSE_OFF) {
                return None;
            }
            Some(a)
        })
    });
    if let Some(a) = few {
        let (_, end) = r.span(a);
        let quote = said_slot(r, a, end)?;
        let holds_cases = r.has_any(&["caseload", "caseloads", "cases"]) && r.has_any(STAFF);
        // "A few teams still vary": the few are teams, so "they" cannot be asked to be safe.
        let unit = (a..end)
            .map(|j| r.n(j))
            .find(|w| UNITS.contains(w))
            .filter(|_| !r.any_people(a, end));
        let tail = if holds_cases {
            "how many is that, and how do you make sure they and the people they work with are safe?"
        } else if let Some(unit) = unit.filter(|_| r.has_any(SAFETY) || r.has_any(WAITING)) {
            &format!(
                "which {unit} are they, and how do you know the people those {unit} work with are safe?"
            )
        } else if r.has_any(SAFETY) || r.has_any(WAITING) {
            pick(
                &quote,
                &[
                    "how many is that, and how do you know they are safe?",
                    "who are they, and how do you know they are safe?",
                ],
            )
        } else if let Some(unit) = unit {
            // "Some teams are excellent and others are more stretched": "them" would be the
            // teams, while an assessor asks about the people those teams serve.
            &format!(
                "which {unit} are they, and what does it mean for the people those {unit} work with?"
            )
        } else {
            pick(
                &quote,
                &[
                    "how many is that, and what is happening for them?",
                    "who are they, and what are you doing about it?",
                ],
            )
        };
        return anchor(
            r,
            Shape::Exception,
            (a, end),
            r.raw(a, (a + 2).min(end)),
            "asking about the exception you named".to_string(),
            format!("You said {quote}: {tail}"),
        );
    }
    // "every team uses it except the hospital team", "the ones we haven't reached".
    let i = (0..r.toks.len()).find(|&i| {
        (matches!(r.n(i), "except")
            || r.n(i) == "apart" && r.n(i + 1) == "from"
            || matches!(r.n(i), "haven't" | "hasn't" | "couldn't" | "can't")
                && matches!(
                    r.n(i + 1),
                    "reached" | "reach" | "seen" | "contacted" | "heard"
                ))
            && admits(r, i)
    })?;
    let (a, end) = r.span(i);
    let quote = said_slot(r, a, end)?;
    let tail = if r.any_people(a, end) || r.has_any(WAITING) {
        "who are they, and what is happening for them?"
    } else {
        "what lies behind that exception, and what is happening for the people it affects?"
    };
    anchor(
        r,
        Shape::Exception,
        (a, end),
        r.raw(i, (i + 2).min(end)),
        "asking about the exception you named".to_string(),
        format!("You said {quote}: {tail}"),
    )
}

const OPEN: &[&str] = &["open", "outstanding", "unresolved", "ongoing", "pending"];

/// What can be left open on the people waiting for it: "eleven open enquiries" waits on the council,
/// "three open questions" and "two open records" for one person are not work left undone.
const OPEN_WORK: &[&str] = &[
    "case",
    "cases",
    "enquiry",
    "enquiries",
    "referral",
    "referrals",
    "safeguarding",
    "safeguardings",
    "assessment",
    "assessments",
    "review",
    "reviews",
    "complaint",
    "complaints",
    "action",
    "actions",
    "investigation",
    "investigations",
    "concern",
    "concerns",
    "application",
    "applications",
    "request",
    "requests",
    "section",
    "s42s",
    "s42",
];

/// Words that follow "open" as a state, not as a kind of thing: "eleven open and two closed",
/// "four still open at the end of March".
const AFTER_A_STATE: &[&str] = &[
    "and", "or", "but", "with", "for", "at", "in", "on", "since", "now", "still", "today", "from",
    "over", "after", "beyond", "past", "longer", "more", "than",
];

/// Words that say the others in "25 of the 28" were lost: they left.
const STAYED: &[&str] = &["still", "stayed", "remain", "remained", "retained"];

/// Words that say what the counted part achieved: the rest did not.
const ACHIEVED: &[&str] = &[
    "returned",
    "completed",
    "qualified",
    "passed",
    "went",
    "got",
    "received",
    "achieved",
    "met",
    "moved",
];

/// "three open questions" at the count `i`: "open" names a kind of thing, not work left open.
fn open_as_a_kind(r: &Reading, i: usize) -> bool {
    let next = r.n(i + 2);
    OPEN.contains(&r.n(i + 1))
        && r.toks.get(i + 2).is_some_and(|t| t.is_word())
        && !OPEN_WORK.contains(&next)
        && !AFTER_A_STATE.contains(&next)
}

/// Words that make a count of open cases a rule, not work left open: "the limit is 20 open cases".
const LIMITS: &[&str] = &[
    "limit",
    "limits",
    "cap",
    "capped",
    "maximum",
    "max",
    "ceiling",
    "target",
    "threshold",
];

/// True when the count at `i` is a limit or target set for open work, not a count of it: "The
/// limit is 20 open cases for an experienced social worker" was asked what is happening for the
/// people in "those 20" (probes-9 p03). A limit word in the count's clause before it, or "no
/// more than" / "up to" just before it.
fn a_limit(r: &Reading, i: usize) -> bool {
    let from = r.clause_of(i).map_or(i.saturating_sub(6), |c| c.toks.start);
    r.has_in(from.max(i.saturating_sub(6)), i, LIMITS)
        || matches!(
            (r.n(i.wrapping_sub(2)), r.n(i.wrapping_sub(1))),
            ("more", "than") | ("up", "to")
        )
}

/// "You said you have eleven open" / "Of the 28 who started, 25 are still with you: what did the 3
/// who left tell you?"
pub(super) fn find_unresolved(r: &Reading) -> Option<Anchor> {
    if let Some(i) = (0..r.toks.len()).find(|&i| {
        r.value(i).is_some_and(|v| v >= 1.0)
            && !r.is_year(i)
            && r.percent_at(i).is_none()
            && (OPEN.contains(&r.n(i + 1)) || r.n(i + 1) == "still" && OPEN.contains(&r.n(i + 2)))
            // "three open questions": "open" says what kind of thing was counted, not that the
            // work is waiting; a word after it that is not casework is not left open.
            && !open_as_a_kind(r, i)
            && !a_limit(r, i)
            && r.claims(i)
    }) {
        let (s, e) = r.sentence(i);
        let quote = said_slot(r, s, e).or_else(|| {
            let (a, end) = r.span(i);
            said_slot(r, a, end)
        })?;
        let n = r.raw(i, i + 1);
        let tail = pick(
            &quote,
            &[
                "who is making sure the people in those {n} get the care they need meanwhile, and how long have the oldest been open?",
                "what is happening for the people caught up in those {n} while they are open, and how long has the oldest taken?",
            ],
        )
        .replace("{n}", &n);
        return anchor(
            r,
            Shape::Unresolved,
            (s, e),
            format!("{n} {}", r.n(i + 1)),
            format!("asking about the {n} still open"),
            format!("You said {quote}: {tail}"),
        );
    }
    // "Of the 28 who started in the last two years, 25 are still with us."
    whole_first(r)
        .or_else(|| count_then_stayed(r))
        .or_else(|| paused(r))
}

/// Words that say work was stopped for a while: the people in it are left waiting.
const PAUSED: &[&str] = &["paused", "suspended", "halted"];

/// The most words of the people a pause leaves waiting that are said back.
const MAX_PAUSED_WORDS: usize = 10;

/// "The exception is the 60 people in supported living whose cases need the court: we've paused
/// those.": the people the pause leaves waiting, said back, and who checks on them meanwhile.
fn paused(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| {
        (PAUSED.contains(&r.n(i)) || r.n(i) == "on" && r.n(i + 1) == "hold") && admits(r, i)
    })?;
    let (s, _) = r.sentence(i);
    // The people paused are counted in the same sentence, before the pause.
    let k = (s..i).find(|&k| {
        r.value(k).is_some_and(|v| v >= 2.0) && !r.is_year(k) && r.percent_at(k).is_none()
    })?;
    let mut end = k + 1;
    while end < i
        && !r.is_stop(end)
        && !matches!(r.n(end), "whose" | "who" | "which" | "that")
        && end < k + MAX_PAUSED_WORDS
    {
        end += 1;
    }
    if !r.any_people(k, end) {
        return None;
    }
    let from = if matches!(r.n(k.wrapping_sub(1)), "the" | "those") {
        k - 1
    } else {
        k
    };
    let who = slot(r.text, &r.toks, from, end)?;
    let n = r.raw(k, k + 1);
    anchor(
        r,
        Shape::Unresolved,
        (from, end),
        r.raw(from, end),
        format!("asking about the {n} whose cases are paused"),
        format!(
            "You said the cases of {who} are paused: who is keeping those people safe meanwhile, and who decides when their cases go ahead?"
        ),
    )
}

/// The number who left, as said aloud: "the one who left", not "the 1 who left".
fn who_left(n: f64) -> String {
    if (n - 1.0).abs() < 1e-9 {
        "one".to_string()
    } else {
        figure(n)
    }
}

/// Staff in training, who may stay or leave.
const TRAINEES: &[&str] = &[
    "apprentices",
    "trainees",
    "graduates",
    "recruits",
    "starters",
];

/// "We've trained 31 of our own in three years, and 27 are still with us": the count that stayed
/// comes after the whole, in the same sentence. "You said 27 of the 31 are still with you: what did
/// the 4 who left tell you...?"
fn count_then_stayed(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        let part = r.value(i)?;
        let verb = i + 1;
        let stays = matches!(
            (r.n(verb), r.n(verb + 1)),
            ("are" | "were" | "is", "still")
                | ("have" | "had", "stayed")
                | ("stayed" | "remain" | "remained", _)
        );
        if !stays || part < 1.0 || r.percent_at(i).is_some() || r.is_year(i) || !r.claims(i) {
            return None;
        }
        let (s, _) = r.sentence(i);
        let (_, end) = r.span(i);
        // The whole: the nearest count before, in the same sentence, larger than the part.
        // Staff who stayed: the rest left. People "still at home" are another matter.
        let w = (s..i).rev().find(|&k| {
            r.value(k).is_some_and(|v| v > part)
                && !r.is_year(k)
                && r.percent_at(k).is_none()
                && (r.has_in(k + 1, k + 4, STAFF) || r.has_in(k + 1, k + 4, TRAINEES))
        })?;
        let whole = r.value(w)?;
        let stayed = slot(r.text, &r.toks, i, end)?;
        let (p, n, left) = (r.raw(i, i + 1), r.raw(w, w + 1), who_left(whole - part));
        anchor(
            r,
            Shape::Unresolved,
            (w, end),
            format!("{p} {}", r.raw(verb, (verb + 2).min(end))),
            format!("asking about the other {left}"),
            format!(
                "You said that of the {n}, {stayed}: what did the {left} who left tell you about why, and what did you change as a result?"
            ),
        )
    })
}

/// "Of the 28 who started in the last two years, 25 are still with us": the whole said first.
fn whole_first(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        if r.n(i) != "of" || r.n(i + 1) != "the" {
            return None;
        }
        let whole = r.value(i + 2)?;
        let (s, e) = r.sentence(i);
        if s != i || whole < 3.0 || r.percent_at(i + 2).is_some() || r.is_year(i + 2) {
            return None;
        }
        let comma = (i + 3..e).find(|&k| r.n(k) == ",")?;
        let part = r.value(comma + 1)?;
        if part >= whole || part < 1.0 || r.percent_at(comma + 1).is_some() || !r.claims(comma + 1)
        {
            return None;
        }
        let stayed = r.has_in(comma + 2, e, STAYED);
        if !stayed && !r.has_in(comma + 2, e, ACHIEVED) {
            return None;
        }
        if words(r, i + 1, e) > 18 {
            return None;
        }
        let body = slot(r.text, &r.toks, i + 1, e)?;
        let rest = who_left(whole - part);
        let tail = if stayed {
            format!(
                "what did the {rest} who left tell you about why, and what did you change as a result?"
            )
        } else {
            format!("what happened for the other {rest}, and what did you learn from them?")
        };
        anchor(
            r,
            Shape::Unresolved,
            (i, e),
            r.raw(comma + 1, comma + 2),
            format!("asking about the other {rest}"),
            format!("Of {body}: {tail}"),
        )
    })
}

/// Words that say a gap is only being thought about: "we're looking at calling the others too".
const LOOKING: &[&[&str]] = &[
    &["looking", "at"],
    &["looking", "into"],
    &["considering"],
    &["exploring"],
    &["thinking", "about"],
    &["hoping", "to"],
];

/// "You said you're looking at calling the others too: until then, how would you know...?"
pub(super) fn find_not_yet(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| {
        LOOKING
            .iter()
            .any(|p| p.iter().enumerate().all(|(k, w)| r.n(i + k) == *w))
            && r.clause_of(i).is_some_and(|c| {
                r.has_in(
                    c.toks.start,
                    c.toks.end,
                    &["others", "rest", "everyone", "all"],
                ) || r.any_people(c.toks.start, c.toks.end)
            })
    })?;
    let (a, end) = r.phrase(i);
    let quote = said_slot(r, a, end)?;
    let tail = if r.has_any(WAITING) {
        "until then, how would you know if someone waiting got worse, and when will you decide?"
    } else {
        "until then, what happens for the people it would reach, and when will you decide?"
    };
    anchor(
        r,
        Shape::NotYet,
        (a, end),
        r.raw(i, (i + 2).min(end)),
        "asking about the people it leaves out until then".to_string(),
        format!("You said {quote}: {tail}"),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_one_coming_to_harm_is_no_admission() {
        assert!(anchors("Our audit shows no one came to harm while waiting.").is_empty());
        let a = first("Two of the people we discussed died, and we are reviewing both.");
        assert_eq!(a.shape, Shape::Weakness);
        assert!(
            a.ask
                .starts_with("You said two of the people you discussed died:"),
            "{}",
            a.ask
        );
    }

    use super::super::tests::first;
    use super::super::{Shape, anchors};

    #[test]
    fn an_admitted_weak_spot_is_pressed_before_the_strong_figure() {
        let a = first(
            "94% of people get a first review on time. Reviews for carers are harder: 58% on time, \
             and I have asked each team for a plan.",
        );
        assert_eq!(a.shape, Shape::Weakness);
        assert!(
            a.ask
                .starts_with("You said reviews for carers are harder, with 58% on time:"),
            "{}",
            a.ask
        );
    }

    #[test]
    fn a_weak_spot_after_and_takes_the_speakers_we() {
        let a = first(
            "We're ahead of our neighbours on reablement, and worse on delayed discharges from the \
             mental health wards.",
        );
        assert_eq!(a.shape, Shape::Weakness);
        assert!(
            a.ask.starts_with(
                "You said you're worse on delayed discharges from the mental health wards:"
            ),
            "{}",
            a.ask
        );
    }

    #[test]
    fn a_few_who_fare_worse_are_asked_about() {
        let a = first(
            "Managers check caseloads monthly. Most social workers hold under 22 cases. A few hold \
             more because they cover the hospital rota.",
        );
        assert_eq!(a.shape, Shape::Exception);
        assert_eq!(
            a.ask,
            "You said a few hold more because they cover the hospital rota: how many is that, and \
             how do you make sure they and the people they work with are safe?"
        );
    }

    #[test]
    fn what_is_still_open_is_pressed() {
        let a =
            first("Complaints go to the customer team, and we have seven open with the ombudsman.");
        assert_eq!(a.shape, Shape::Unresolved);
        assert!(a.ask.contains("those seven"), "{}", a.ask);
    }

    #[test]
    fn those_who_left_are_asked_about() {
        let a = first(
            "Of the 40 apprentices who began in 2023, 34 are still with us. They rated the \
             programme highly.",
        );
        assert_eq!(a.shape, Shape::Unresolved);
        assert_eq!(
            a.ask,
            "Of the 40 apprentices who began in 2023, 34 are still with you: what did the 6 who \
             left tell you about why, and what did you change as a result?"
        );
        // A part that is only described is not a loss.
        assert!(
            !anchors("Of the 12 posts, 5 are on fixed-term contracts.")
                .iter()
                .any(|a| a.shape == Shape::Unresolved)
        );
    }

    #[test]
    fn a_gap_only_looked_at_is_pressed_on_until_then() {
        let a = first(
            "People on the waiting list get a letter. Those at high risk get a call every week. \
             We're looking at calling everyone else too.",
        );
        assert_eq!(a.shape, Shape::NotYet);
        assert!(
            a.ask.starts_with(
                "You said you're looking at calling everyone else too: until then, how would you know"
            ),
            "{}",
            a.ask
        );
    }
}
