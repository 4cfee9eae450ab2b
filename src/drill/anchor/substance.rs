//! The substance after a weak spot the PSW announces: "What we haven't solved is trans people who
//! get home care. Four have complained this year that...", "what worries me is the trust. the
//! agreement runs out in March, ...". Said back as announced ("You said what worries you is the
//! trust"), the follow-up quoted a fragment and asked what the answer had just told (probes-11 p08,
//! p09, p10, each judged 2 against the assessor's 5). The assessor pressed what came after the
//! announcing words: the count of people or cases ("in three cases the assistant was also the
//! appointee"), or the date the weak spot turns on ("the agreement ends in March"), and asked what
//! has happened for those people and who puts it right by when. So the first piece after the
//! announced part, to the end of the next sentence, that holds such a count or a month is said back
//! instead, and asked about that way; and first of all, one sentence further, a count of people
//! who came off worse ("9 were closed with no further action", probes-12 p01).

use super::frame::slot;
use super::read::{Reading, STAFF, anchor, said_back, words};
use super::{Anchor, Shape};
use crate::insight::clause::Stance;

/// Fewest and most words of the piece said back: fewer is a fragment, more will not fit the ask.
const FEWEST_WORDS: usize = 4;
const MOST_WORDS: usize = 22;

/// Nouns kept with the count in the ask: "those three concerns", "those 23 files".
const COUNTED: &[&str] = &[
    "people",
    "cases",
    "concerns",
    "complaints",
    "files",
    "families",
    "carers",
    "men",
    "women",
    "children",
    "homes",
    "referrals",
];

/// The speaker opening a piece: it tells what they did, not who was left out.
const SPEAKERS: &[&str] = &[
    "i", "we", "i've", "we've", "i'm", "we're", "i'd", "we'd", "you", "you've",
];

/// Words that open a piece giving the cause, which is not the weak spot itself.
const CAUSE: &[&str] = &["because", "cause", "since", "as", "so", "due"];

/// The piece after the weak spot announced in tokens `..end` that holds its substance, said back
/// and pressed, or `None` when the next sentence gives neither a count nor a month. `unseen`: the
/// weak spot was told as not yet looked at (`not_yet`), so a count is asked how it will be found out.
pub(super) fn find(r: &Reading, end: usize, unseen: bool) -> Option<Anchor> {
    if end >= r.toks.len() {
        return None;
    }
    let (_, stop) = r.with_next_sentence(end.saturating_sub(1));
    // One sentence further, for the count of people the weak spot harmed: the PSW often sets the
    // scene first ("It's run for us and two neighbours by Yarrowby Council", "In the towns it's
    // mostly met") and counts who came off worse after it ("9 were closed with no further action",
    // "23 women have turned down home care"), and the assessor pressed that count (probes-12 p01,
    // p09, each judged 2 against the assessor's 5).
    let wide = if stop + 1 < r.toks.len() {
        r.sentence(stop + 1).1
    } else {
        stop
    };
    let mut a = end;
    let mut first = None;
    while a < wide {
        let mut b = a;
        while b < wide && !r.is_stop(b) {
            b += 1;
        }
        let mut from = a;
        while from < b && matches!(r.n(from), "and" | "but" | "that" | "so" | "then") {
            from += 1;
        }
        // A count of people who came off worse, told at length ("11 now face either a
        // third-party top-up their families say they can't afford or a move out of the place
        // they've lived in for two years or more", probes-12 p04, 28 words), is cut at a joining
        // word to what fits, rather than left for the announcing words.
        let b_said = if words(r, from, b) > MOST_WORDS && harmed_in(r, from, b) {
            shortened(r, (from, b)).unwrap_or(b)
        } else {
            b
        };
        if let Some(found) = piece(r, (from, b_said), unseen) {
            // Beyond the next sentence, a count the answer goes on to say is being put right, by
            // someone who owns it, is the story of a fix told whole: asked who puts it right, it
            // is asked what it has just said (insight-strong-10 z08, "the head of the adult teams
            // owns the plan").
            if harmed_in(r, from, b) && (b <= stop || !r.has_in(b, r.toks.len(), FIX_OWNED)) {
                return Some(found);
            }
            // "What the review didn't cover: the first agency supported 90 people and we funded
            // 41. The other 49 paid for their own care" (probes-11 p11): the rest a whole leaves
            // is who the weak spot is about, not the whole.
            if b <= stop && rest_at(r, (from, b)) {
                return Some(found);
            }
            if b <= stop {
                first.get_or_insert(found);
            }
        }
        a = b + 1;
    }
    first
}

/// Words after a count that give why it happened: "the difference was which day the worker
/// visited", "the cause is our own referral form", "our form doesn't ask about that".
const WHY_TOLD: &[&str] = &[
    "because",
    "cause",
    "difference",
    "reason",
    "doesn't",
    "don't",
    "can't",
];

/// The second half of the ask after a count of people who came off worse in tokens `a..b`, fitted
/// to what the answer leaves open: with a partner named in the piece, what has been agreed with
/// them; with the cause told after it, what is changing so it does not happen again; otherwise who
/// is putting it right, by when. The assessor fitted it so ("what have you agreed with the police
/// about it?", "what are you changing in the assessment?", probes-12 p10, p08), where the coach
/// asked "who is putting it right, by when?" after every count, judged a template.
fn fix_asked(r: &Reading, (a, b): (usize, usize)) -> String {
    if let Some(p) = super::cause::partner(r, a, b) {
        return format!("what have you agreed with {p} to put it right?");
    }
    if r.has_in(b, r.toks.len(), WHY_TOLD) || r.has_in(a, b, TURNED_AWAY) {
        return "what are you changing so it does not happen again?".to_string();
    }
    // "Who is putting it right?" assumes a fault; where none is named ("19 people who paid for
    // themselves", "11 now face a top-up"), the assessor asked how people like them will be
    // reached sooner (probes-12 p04, probes-9 p11, probes-11 p11). Files and cases keep it.
    // The fault may be told in the sentence before ("Their records arrive late.").
    let told_from = r.sentence(r.sentence(a).0.saturating_sub(2)).0;
    if !r.has_in(told_from, b, FAULTS) && !r.has_in(a, b, super::late_turn::RECORDS) {
        return "what is in place so that people like them are reached sooner?".to_string();
    }
    "who is putting it right, by when?".to_string()
}

/// Words that name a fault to put right: "closed where the hub would have opened an enquiry",
/// "charged when it should have been free".
const FAULTS: &[&str] = &[
    "wrong",
    "mistake",
    "mistakes",
    "missed",
    "error",
    "errors",
    "failed",
    "fault",
    "breach",
    "should",
    "shouldn't",
    "would",
    "harm",
    "harmed",
    "closed",
    "charged",
    "overcharged",
    "lost",
    "late",
    "concerns",
    "concern",
];

/// Words that say people turned the help down after something the service did: "turned down
/// home care after a man was sent".
const TURNED_AWAY: &[&str] = &["turned", "refused", "declined", "stopped"];

/// Words a long piece may be cut before, keeping what comes first whole.
const CUT_AT: &[&str] = &[
    "or", "and", "because", "where", "after", "while", "which", "so",
];

/// The end of tokens `a..b` cut before the last joining word that leaves between
/// [`FEWEST_WORDS`] and [`MOST_WORDS`] words, with the count and its word of harm still in them.
fn shortened(r: &Reading, (a, b): (usize, usize)) -> Option<usize> {
    (a + 1..b).rev().find(|&k| {
        CUT_AT.contains(&r.n(k))
            && (FEWEST_WORDS..=MOST_WORDS).contains(&words(r, a, k))
            && harmed_in(r, a, k)
            && (a..k).any(|j| r.value(j).is_some_and(|v| v >= 2.0))
    })
}

/// Words that say someone owns putting the weak spot right.
const FIX_OWNED: &[&str] = &["owns", "owner", "accountable", "responsible"];

/// Words that say the people counted came off worse: turned away, closed with nothing done, left
/// facing a move, never asked. A count with one of these is the weak spot's substance; a count
/// without sets its scene ("run for us and two neighbours", "about 300 of our concerns a year").
const HARMED: &[&str] = &[
    "closed",
    "turned",
    "stopped",
    "refused",
    "declined",
    "lost",
    "detained",
    "face",
    "faced",
    "facing",
    "disagreed",
    "nothing",
    "no",
    "never",
    "not",
    "none",
    "nobody",
    "can't",
    "couldn't",
    "didn't",
    "wasn't",
    "weren't",
    "hadn't",
    "haven't",
    "error",
    "errors",
    "wrong",
    "waiting",
    "waited",
    "died",
    "harmed",
    "readmitted",
    "complained",
    "missed",
];

/// True when tokens `a..b` say the people counted came off worse: a word of [`HARMED`], or support
/// cut back or off ("for the other eight the NHS cut the package back", "their hours were cut",
/// probes-16 p07). Not "we cut the wait to four weeks".
fn harmed_in(r: &Reading, a: usize, b: usize) -> bool {
    r.has_in(a, b, HARMED)
        || (a..b).any(|k| {
            r.n(k) == "cut"
                && ((k + 1..(k + 4).min(b)).any(|j| matches!(r.n(j), "back" | "off"))
                    || matches!(r.n(k.wrapping_sub(1)), "was" | "were" | "been" | "got"))
        })
}

/// True when the "would" of tokens `a..b` sits in a clause after what happened, naming the
/// yardstick it is measured against: "9 were closed with no further action where our hub would
/// have opened an enquiry" (probes-12 p01) is told as fact; "if we lost them, 30 would wait" is not.
fn measured_against(r: &Reading, (a, b): (usize, usize)) -> bool {
    let Some(would) = (a..b).find(|&k| matches!(r.n(k), "would" | "could" | "might")) else {
        return false;
    };
    !r.has_in(a, b, &["if", "unless"])
        && (a + 1..would).any(|k| matches!(r.n(k), "where" | "when" | "than" | "who" | "which"))
}

/// True when tokens `a..b` open on the rest of a whole: "the other 49", "the remaining 12", "the
/// rest of them".
fn rest_at(r: &Reading, (a, b): (usize, usize)) -> bool {
    (a..b.min(a + 3)).any(|k| {
        matches!(r.n(k), "other" | "remaining") && r.value(k + 1).is_some()
            || r.n(k) == "rest" && r.n(k + 1) == "of"
    })
}

/// The follow-up on tokens `a..b`, when they hold a count of people or cases or a month.
fn piece(r: &Reading, (a, b): (usize, usize), unseen: bool) -> Option<Anchor> {
    let n = words(r, a, b);
    if !(FEWEST_WORDS..=MOST_WORDS).contains(&n)
        || CAUSE.contains(&r.n(a))
        || r.n(a) == "the" && r.n(a + 1) == "cause"
    {
        return None;
    }
    // "We've audited six of them", "we have five agency workers there": what the PSW did or has,
    // not what happened to the people.
    if SPEAKERS.contains(&r.n(a)) {
        return None;
    }
    // Said as the PSW's own, not hoped, hedged or conditional; a date ahead reads as planned
    // ("the arrangement ends in April") and is kept.
    if r.clause_of(a).is_some_and(|c| {
        c.hoped
            || matches!(c.stance, Stance::Hedged | Stance::Discourse)
            || c.stance == Stance::Conditional && !measured_against(r, (a, b))
    }) {
        return None;
    }
    // "of 290 consultations last year, 12 came from them": the 12 are consultations, a share of a
    // whole of things named just before, not 12 people (probes-22 p12). A count that came off
    // worse ("Of 17 joint enquiries, 12 had nothing recorded") is still pressed for its people.
    // Said back from after "is that" with the whole, and asked what stops more.
    let (s0, _) = r.sentence(a);
    if let Some(k) = (s0..a).find(|&k| {
        r.n(k) == "of"
            && (k == s0 || matches!(r.n(k - 1), "," | "yet" | "but" | "and"))
            && r.value(k + 1).is_some_and(|v| v >= 2.0)
            && !r.is_year(k + 1)
            && r.toks.get(k + 2).is_some_and(|t| t.is_word())
            && !super::read::PEOPLE.contains(&r.n(k + 2))
            && !r.any_people(k + 2, k + 3)
    }) && !harmed_in(r, a, b)
    {
        let start = (s0 + 1..k)
            .find(|&j| r.n(j) == "that" && matches!(r.n(j - 1), "is" | "was"))
            .map(|j| j + 1)?;
        if words(r, start, b) > MOST_WORDS + 2 || !r.has_in(a, b, &["from", "by"]) {
            return None;
        }
        // "...came from them" ends on a word a slot never ends on; the count's own clause names
        // nobody to turn, so it is said as written after the turned head.
        if r.has_in(a, b, &["i", "we", "our", "us", "my", "me", "you", "your"]) {
            return None;
        }
        let head = super::frame::slot_up_to(r.text, &r.toks, start, a, MOST_WORDS)?;
        let quote = format!("{head}, {}", r.raw(a, b));
        return anchor(
            r,
            Shape::Weakness,
            (start, b),
            r.raw(start, b),
            PRESSES.to_string(),
            format!("You said {quote}: what is stopping more, and what are you doing about it?"),
        );
    }
    // The first count: "three of the eight" is pressed on the three; in "not one of the 23 files"
    // the 23 are the weak spot.
    let count = (a..b).find(|&k| {
        r.value(k).is_some_and(|v| v >= 2.0)
            && !r.is_year(k)
            && r.percent_at(k).is_none()
            && r.toks[k].is_word()
            // A span of time is no count of people: "nine weeks", "two years".
            && !super::read::DURATIONS.contains(&r.n(k + 1))
            && !matches!(r.n(k + 1), "second" | "seconds")
            // "five agency workers": the staff, not the people the weak spot leaves out.
            && !r.has_in(k + 1, (k + 4).min(b), STAFF)
            // "The first two reach the end of it in June" (probes-11 p02): a place in a queue,
            // and the date it turns on is what is pressed.
            && !matches!(r.n(k.wrapping_sub(1)), "first" | "last" | "next")
            // "Out of 22 of those the two managers disagreed on nine" (probes-12 p08): the 22 is
            // the whole, the nine are who the weak spot is about.
            && !(r.n(k.wrapping_sub(1)) == "of" && r.n(k.wrapping_sub(2)) == "out")
            // "Their waiting list has grown from 180 to 260": a figure that moved, not 180 people
            // (probes-20 p12 was asked "what has happened for those 180 since").
            && !(r.n(k.wrapping_sub(1)) == "from" && r.n(k + 1) == "to" && r.value(k + 2).is_some())
            && !(r.n(k.wrapping_sub(1)) == "to" && r.n(k.wrapping_sub(3)) == "from")
            // "Mostly over 60", "nobody under 40": an age or a bar, not a count of people, unless
            // the people counted follow ("over 60 people").
            && (!matches!(r.n(k.wrapping_sub(1)), "over" | "under" | "aged")
                || COUNTED.contains(&r.n(k + 1)))
    });
    // A month after "since", "in" a past tense or "last" is behind, not a date to see to it by:
    // "hasn't sent anyone since June" (probes-17 p04 was asked "who is seeing to it before June").
    let month = (a..b).find(|&k| {
        crate::text::FULL_MONTHS.contains(&r.n(k))
            && !matches!(r.n(k.wrapping_sub(1)), "since" | "last" | "from")
    });
    let ask = match (count, month) {
        // "Only two of the 64 were safeguarding visits" (probes-11 p13): the few it did reach,
        // so what holds back the rest is asked, not what happened to the two.
        (Some(k), _) if matches!(r.n(k.wrapping_sub(1)), "only" | "just") => {
            "what is stopping more, and who is putting it right, by when?".to_string()
        }
        (Some(k), _) => {
            let mut those = r.raw(k, k + 1).to_lowercase();
            if COUNTED.contains(&r.n(k + 1)) {
                those = format!("{those} {}", r.n(k + 1));
            }
            // "11 now face a top-up": what they face is still to come, so what is happening for
            // them now is asked, not what has happened since.
            let first = if r.has_in(a, b, &["now", "face", "facing"]) {
                format!("what is happening for those {those} now")
            } else {
                format!("what has happened for those {those} since")
            };
            // A count that itself tells of harm or concern ("11 now face a top-up", "three
            // concerns this year") names the fault the weak spot hid, and is asked about as one
            // (probes-11 p09, probes-12 p04).
            if unseen && !harmed_in(r, a, b) && !r.has_in(a, b, super::not_yet::CONCERNS) {
                super::not_yet::count_ask(first.trim_end_matches(" since"))
            } else {
                format!("{first}, and {}", fix_asked(r, (a, b)))
            }
        }
        (None, Some(m)) => format!(
            "who is seeing to it before {}, and what happens for the people it affects if it is not settled by then?",
            r.raw(m, m + 1)
        ),
        (None, None) => return None,
    };
    // "Not one of the 23 files with an open complaint had been chosen": a slot never opens on
    // "not", so it is said back as "none of the 23 files..." (probes-11 p03).
    let none_of = match (r.n(a), r.n(a + 1), r.n(a + 2)) {
        ("not", "one" | "a" | "any", "of") => Some(a + 3),
        ("none", "of", _) => Some(a + 2),
        _ => None,
    };
    // The weak spot said back in the PSW's words, then the ask.
    let press = |quote: String| {
        anchor(
            r,
            Shape::Weakness,
            (a, b),
            r.raw(a, b),
            PRESSES.to_string(),
            format!("You said {quote}: {ask}"),
        )
    };
    // "for the other eight the NHS cut the package back" (probes-16 p07): a slot never opens on
    // "for", so the few are said back before a comma and what happened to them after it.
    if r.n(a) == "for"
        && let Some(k) = count.filter(|&k| k <= a + 3)
        && k + 1 < b
    {
        let quote = format!(
            "for {}, {}",
            slot(r.text, &r.toks, a + 1, k + 1)?,
            slot(r.text, &r.toks, k + 1, b)?
        );
        return press(quote);
    }
    let Some(rest) = none_of else {
        // "11 now face either a top-up they can't afford", cut before its "or": the "either" is
        // left out, so no half of a pair is said back.
        if let Some(e) = (a..b)
            .find(|&k| r.n(k) == "either")
            .filter(|_| !r.has_in(a, b, &["or"]))
        {
            let quote = format!(
                "{} {}",
                slot(r.text, &r.toks, a, e)?,
                slot(r.text, &r.toks, e + 1, b)?
            );
            return press(quote);
        }
        return said_back(r, Shape::Weakness, (a, b), PRESSES, &ask);
    };
    let quote = slot(r.text, &r.toks, rest, b)?;
    press(format!("none of {quote}"))
}

/// The reason line's words.
const PRESSES: &str = "asking about the weak spot you named";
