//! The gap a strong answer closes on, named in plain words with no count to read it by (issue 23,
//! anchor38).
//!
//! probes-20: ten strong answers ended on their own gap ("Nobody asks older people in care homes
//! the same question."; "where it falls down is people who don't use words at all"; "we had three
//! last year from people with a learning disability and none at all from anybody using mental
//! health services"; "Not in the room: the group setting next year's savings.") and the assessor
//! pressed it every time; the coach pressed an earlier result or a stock line, because the gap
//! opened on no word the other readers know, or counted nobody. So: in an answer of results (six
//! sentences or more, three figures or more), the first of its last two sentences holding a word
//! that admits ("nobody", "none", "not", a negative, "behind", "rarely", "the gap", "falls down")
//! is said back from that word's clause, and asked what it means for the people it leaves out.

use super::frame::slot_up_to;
use super::read::{PEOPLE, Reading, anchor};
use super::{Anchor, Shape};

/// Fewest sentences in an answer of results.
const FEWEST_SENTENCES: usize = 5;
/// Fewest figures in an answer of results.
const FEWEST_FIGURES: usize = 3;
/// How many of the last sentences are read.
const LAST: usize = 2;
/// Months, as the reader writes them (the full names of the one month list): a fix dated by one is
/// planned.
const MONTHS: &[&str] = crate::text::FULL_MONTHS;

/// Most words said back.
const MOST_WORDS: usize = 24;
/// Most words said back of a label, its name and the sentence after them.
const LABELLED_WORDS: usize = 30;

/// `s` with its first letter in lower case, unless it opens on "I" or a name in capitals.
fn lower_first(s: &str) -> String {
    let first = s.split_whitespace().next().unwrap_or("");
    let keep =
        first == "I" || first.starts_with("I'") || first.chars().skip(1).any(|c| c.is_uppercase());
    let mut c = s.chars();
    match c.next() {
        Some(f) if !keep && f.is_uppercase() => f.to_lowercase().chain(c).collect(),
        _ => s.to_string(),
    }
}

/// Words that admit by themselves.
const ADMITS: &[&str] = &[
    "nobody", "none", "not", "rarely", "behind", "isn't", "aren't", "don't", "doesn't", "haven't",
    "hasn't", "didn't", "can't", "cannot", "wasn't", "weren't",
];

/// After an admitting word, words that turn it into a boast or a result: "no longer", "not only",
/// "nobody ... without", "none of them is about".
const BOASTS: &[&str] = &[
    "only", "just", "longer", "without", "once", "since", "one", "single",
];

/// Words that make a sentence a plan or a rule, not a gap admitted.
const PLANNED: &[&str] = &[
    "will",
    "plan",
    "planning",
    "must",
    "should",
    "aim",
    "going",
    "target",
    "starting",
    "next",
    "training",
    "recruiting",
];

/// The gap the answer closes on, said back, or `None`.
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    let all = r.sentences();
    let figures = (0..r.toks.len())
        .filter(|&k| r.value(k).is_some_and(|v| v >= 2.0) && !r.is_year(k) && r.toks[k].is_word())
        .count();
    if all.len() < FEWEST_SENTENCES || figures < FEWEST_FIGURES {
        return None;
    }
    let from = all.len() - LAST;
    all[from..].iter().find_map(|&(a, b)| said(r, a, b))
}

/// The follow-up on the sentence `a..b` when it admits a gap: from its last word that admits, or,
/// where that cannot be said back ("we haven't gone back through those"), an earlier one.
fn said(r: &Reading, a: usize, b: usize) -> Option<Anchor> {
    // A plan, or one person's story ("his agency could not start until Tuesday"), is not a gap.
    if planned(r, a, b) || r.has_in(a, b, &["he", "she", "his", "her", "him"]) {
        return None;
    }
    (a..b)
        .rev()
        .filter(|&k| admits(r, k, b))
        .find_map(|cue| said_from(r, a, b, cue))
}

/// The follow-up on the sentence `a..b` said from its word that admits at `cue`.
fn said_from(r: &Reading, a: usize, b: usize, cue: usize) -> Option<Anchor> {
    // "...partners we have not yet asked, so when the survey runs again in January it goes to them
    // too": the gap is told with what is being done about it, dated.
    let dated_fix = (cue..b).any(|k| {
        r.n(k) == "so"
            && r.n(k.wrapping_sub(1)) == ","
            && (k..b).any(|j| matches!(r.n(j), "again" | "next") || MONTHS.contains(&r.n(j)))
    });
    if dated_fix {
        return None;
    }
    // The clause holding the word: between commas, colons and semicolons.
    let stop = |k: usize| matches!(r.n(k), "," | ":" | ";" | "—" | "–");
    let mut pa = (a..cue).rev().find(|&k| stop(k)).map_or(a, |k| k + 1);
    while pa < cue && !r.toks[pa].is_word() {
        pa += 1;
    }
    // "Electronic call monitoring covers 3 of our 11 agencies; for the other eight, ...": the rest
    // of a count is said with the count it is the rest of.
    if r.n(cue) == "other" && pa > a && r.n(pa - 1) == ";" {
        pa = (a..pa - 1).rev().find(|&k| stop(k)).map_or(a, |k| k + 1);
    }
    let mut pb = (cue..b).find(|&k| stop(k)).unwrap_or(b);
    let words = |x: usize, y: usize| (x..y).filter(|&k| r.toks[k].is_word()).count();
    // Widened across commas while it fits: the group before the word, its figure after.
    loop {
        let back = (pa > a && r.n(pa - 1) == ",")
            .then(|| (a..pa - 1).rev().find(|&k| stop(k)).map_or(a, |k| k + 1))
            .filter(|&na| words(na, pb) <= MOST_WORDS);
        // "Only the learning disability team sends Easy Read drafts, and for people with
        // dementia, ...": what the one team does is said alone; a clause on would be cut short.
        let on = (pb < b && r.n(pb) == "," && !only_one(r, cue))
            .then(|| (pb + 1..b).find(|&k| stop(k)).unwrap_or(b))
            .filter(|&nb| words(pa, nb) <= MOST_WORDS);
        match (back, on) {
            (Some(na), _) => pa = na,
            (None, Some(nb)) => pb = nb,
            (None, None) => break,
        }
    }
    // "What I haven't solved is where the pressure went: ..., and their waiting list has grown from
    // 180 to 260 since the summer": a frame that names no one before a colon is said back by the
    // last piece after it, where the people are; a list that grew is asked how long they wait.
    if pa == a && pb < b && r.n(pb) == ":" && !r.has_in(pa, pb, PEOPLE) {
        let cut = (pb + 1..b)
            .rev()
            .find(|&k| stop(k))
            .map_or(pb + 1, |k| k + 1);
        let cut = if words(pb + 1, b) <= MOST_WORDS {
            pb + 1
        } else {
            cut
        };
        if words(cut, b) >= 6 && (cut..b).any(|k| r.value(k).is_some_and(|v| v >= 2.0)) {
            let said = slot_up_to(r.text, &r.toks, cut, b, MOST_WORDS)?;
            let tail = if r.has_in(cut, b, super::read::WAITING) {
                "how long are people on it waiting now, what happens to them meanwhile, and who is putting it right?"
            } else {
                "what does that mean for the people it leaves out, and who is putting it right?"
            };
            return anchor(
                r,
                Shape::WeakSpot,
                (cut, b),
                said.clone(),
                "pressing the gap you ended on".to_string(),
                format!("You said {said}: {tail}"),
            );
        }
    }
    // "Not in the room: the group setting next year's savings": a short clause before a colon says
    // nothing alone, so what follows is said with it.
    let (said, end) = if words(pa, pb) < 6 && pb < b && r.n(pb) == ":" {
        let nb = (pb + 1..b).find(|&k| stop(k)).unwrap_or(b);
        // "Not at the table" may not open a slot; said as written, with nobody in it to turn.
        let head = slot_up_to(r.text, &r.toks, pa, pb, MOST_WORDS).or_else(|| {
            let said = r.raw(pa, pb);
            (!r.has_in(pa, pb, &["i", "we", "our", "us", "my", "me", "you", "your"])
                && said
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == ' ' || c == '\''))
            .then(|| said.to_lowercase())
        })?;
        let rest = slot_up_to(r.text, &r.toks, pb + 1, nb, MOST_WORDS)?;
        // "Not reached: the out-of-hours team. They cover nights and weekends for three councils
        // and I've met them twice in two years": a label and a name too short to say back alone
        // are said with the sentence after them on the same line (probes-21 p06, asked a stock
        // line instead).
        let (_, ne) = r.with_next_sentence(pa);
        let next = (nb == b && ne > b)
            .then(|| (b..ne).find(|&k| r.toks[k].is_word()))
            .flatten()
            .filter(|&n| {
                words(pb + 1, nb) <= 5
                    && !r.text[r.toks[b - 1].end..r.toks[n].start].contains('\n')
                    && words(pa, ne) <= LABELLED_WORDS
            })
            .and_then(|n| slot_up_to(r.text, &r.toks, n, ne, LABELLED_WORDS));
        // "Not doing: any mental health work": a label with its verb is said back as the clause
        // it stands for, "you're not doing any mental health work", not as the bullet's fragment
        // "not doing, any mental health work" (probes-22 p06).
        let label = doing_label(r, pa)
            .map(|verb| format!("you're not {verb} {rest}"))
            .unwrap_or_else(|| format!("{head}, {rest}"));
        match next {
            Some(more) => {
                let more = lower_first(&more);
                (format!("{label}, and {more}"), ne)
            }
            None => (label, nb),
        }
    } else if let Some(semi) = (pa..pb).find(|&k| r.n(k) == ";") {
        // "Electronic call monitoring covers 3 of our 11 agencies; for the other eight, the
        // agency's invoice is the record": each side of the semicolon said as a slot, or the rest,
        // when it opens on "for", as written with nobody in it to turn.
        let head = slot_up_to(r.text, &r.toks, pa, semi, MOST_WORDS)?;
        let rest = slot_up_to(r.text, &r.toks, semi + 1, pb, MOST_WORDS).or_else(|| {
            let said = r.raw(semi + 1, pb);
            (!r.has_in(
                semi + 1,
                pb,
                &["i", "we", "our", "us", "my", "me", "you", "your"],
            ) && words(pa, pb) <= MOST_WORDS)
                .then_some(said)
        })?;
        (format!("{head}; {rest}"), pb)
    } else {
        // "People who move without telling anyone get none of this": a sentence ending on what it
        // points back to is said whole.
        // So is one ending on "those" or "them" where its clause names them: "anyone who was
        // charged in earlier years ..., we haven't gone back through those" (probes-14 p07).
        let pointed = pb >= 3
            && (pb == b
                && r.n(pb - 2) == "of"
                && matches!(r.n(pb - 1), "this" | "that" | "these" | "it")
                || matches!(r.n(pb - 1), "those" | "them") && words(pa, pb) >= 8);
        let said = slot_up_to(r.text, &r.toks, pa, pb, MOST_WORDS)
            .or_else(|| {
                pointed.then(|| {
                    let cut = if r.n(pb - 2) == "of" { pb - 2 } else { pb - 1 };
                    slot_up_to(r.text, &r.toks, pa, cut, MOST_WORDS)
                        .map(|s| format!("{s} {}", r.raw(cut, pb)))
                })?
            })
            .or_else(|| told_you(r, pa, pb))
            // "For most people up there the real offer is an agency or nothing": a slot may not
            // open on "for", so it is said before the slot.
            .or_else(|| {
                (r.n(pa) == "for")
                    .then(|| slot_up_to(r.text, &r.toks, pa + 1, pb, MOST_WORDS))
                    .flatten()
                    .map(|s| format!("for {s}"))
            })?;
        (said, pb)
    };
    // "The mental health one hasn't moved yet": the noun is in a sentence before, where another
    // reader said it back whole.
    let leans = (pa..end).any(|k| {
        matches!(r.n(k), "one" | "ones")
            && r.value(k.saturating_sub(1)).is_none()
            && matches!(
                r.n(k + 1),
                "hasn't" | "has" | "haven't" | "have" | "is" | "isn't" | "was" | "wasn't" | "still"
            )
    });
    if words(pa, end) < 6 || leans {
        return None;
    }
    let staff = r.has_in(pa, end, &["staff", "workers", "practitioners", "managers"]);
    // "Not in the room: the group setting next year's savings": a table the PSW is kept from is
    // asked how they would know a decision there changed what people get (probes-20 p06, where "the
    // people it leaves out" was asked of a group that leaves nobody out).
    let kept_out = r.n(cue) == "not"
        && matches!(r.n(cue + 1), "in" | "at" | "on" | "part")
        && r.has_in(
            pa,
            end,
            &[
                "room", "table", "group", "board", "panel", "meeting", "forum",
            ],
        );
    // "Not reached: the out-of-hours team...": a team the PSW has not got close to is asked what
    // is known of its practice with the council's residents (probes-21 p06).
    let unreached = r.n(cue) == "not"
        && matches!(r.n(cue + 1), "reached" | "covered" | "visited")
        && r.has_in(pa, end, &["team", "teams", "service", "services"]);
    // "Not doing: any mental health work": work the PSW does not do themselves is asked how they
    // know what practice is like there, not who it leaves out (probes-22 p06).
    let not_done = r.n(cue) == "not" && doing_label(r, cue).is_some();
    // "People placed out of county are the group I'm least comfortable about": the gap is the
    // people named, so it is asked how they are kept safe, not who "it leaves out" (probes-22 p10).
    let uneasy_about = r.any_people(pa, end)
        && r.has_in(
            pa,
            end,
            &[
                "comfortable",
                "uneasy",
                "worried",
                "worry",
                "concerned",
                "anxious",
                "miss",
            ],
        );
    let tail = if not_done {
        "how do you know the quality of practice there?"
    } else if unreached {
        "what do you know of their practice with the people you serve, and what will you do to get closer to it?"
    } else if kept_out {
        "how would you know if a decision made there changed what people get, and what would you do about it?"
    } else if uneasy_about && !staff {
        "how do you know they are safe and well, and what are you doing to reach them, by when?"
    } else if staff && !r.has_in(pa, end, PEOPLE) {
        "what does that mean for them and for the people they work with, and who is putting it right?"
    } else {
        "what does that mean for the people it leaves out, and who is putting it right?"
    };
    anchor(
        r,
        Shape::WeakSpot,
        (pa, end),
        said.clone(),
        "pressing the gap you ended on".to_string(),
        format!("You said {said}: {tail}"),
    )
}

/// The verb of a label "Not doing:" or "Not practising:" opening at `pa`, or `None`.
fn doing_label(r: &Reading, pa: usize) -> Option<String> {
    let verb = r.n(pa + 1);
    (r.n(pa) == "not" && r.n(pa + 2) == ":" && verb.len() > 4 && verb.ends_with("ing"))
        .then(|| verb.to_string())
}

/// "the part where I can't really tell you is younger disabled adults", "I can't tell you anything
/// about what happens to those families": a slot may not hold "you", so the words before "tell
/// you" are turned and the rest, with nobody in it to turn, is said as written: "the part where you
/// can't really tell us is younger disabled adults" (probes-14 p03, probes-8 p03).
fn told_you(r: &Reading, pa: usize, pb: usize) -> Option<String> {
    let t = (pa..pb.saturating_sub(1)).find(|&k| r.n(k) == "tell" && r.n(k + 1) == "you")?;
    let head = slot_up_to(r.text, &r.toks, pa, t, MOST_WORDS)?;
    let rest = r.raw(t + 2, pb);
    let words = (pa..pb).filter(|&k| r.toks[k].is_word()).count();
    (t + 2 < pb
        && words <= MOST_WORDS
        && !r.has_in(
            t + 2,
            pb,
            &["i", "we", "our", "us", "my", "me", "you", "your"],
        )
        && !rest.contains(['\n', '(', ')', ';', ':', '"']))
    .then(|| format!("{head} tell us {rest}"))
}

/// True when the sentence `a..b` is a plan or a rule. A planning word counts only where it plans:
/// not "next year's savings" (a budget named), "written in the plan" (a care plan) or "they don't
/// think a manager will back them" (what others expect, probes-20 p06, p08, p11).
fn planned(r: &Reading, a: usize, b: usize) -> bool {
    // "we're presenting the learning to the forum in January": a date ahead, said by the speaker.
    if r.has_in(a, b, MONTHS) && r.has_in(a, b, &["we're", "i'm", "we'll", "i'll"]) {
        return true;
    }
    (a..b.min(r.toks.len())).any(|k| {
        let w = r.n(k);
        if !PLANNED.contains(&w) {
            return false;
        }
        let before = r.n(k.wrapping_sub(1));
        match w {
            "next" => !r.n(k + 1).ends_with("'s"),
            "plan" => !matches!(
                before,
                "the" | "a" | "their" | "his" | "her" | "support" | "care" | "our"
            ),
            "will" => !(a..k).any(|j| {
                matches!(
                    r.n(j),
                    "think" | "believe" | "trust" | "expect" | "feel" | "sure"
                )
            }),
            // "people going home", "going well": a plan only as "going to" and a verb.
            "going" => {
                r.n(k + 1) == "to"
                    && !matches!(
                        r.n(k + 2),
                        "the" | "a" | "an" | "our" | "their" | "his" | "her" | "my" | "your"
                    )
            }
            _ => true,
        }
    })
}

/// True when token `k` opens its sentence on "Only the ..." naming one team, service or group, with
/// no figure before the clause ends: "Only the learning disability team sends Easy Read drafts".
fn only_one(r: &Reading, k: usize) -> bool {
    let (s, _) = r.sentence(k);
    let start = (s..k).all(|j| !r.toks[j].is_word());
    let stop = (k + 1..r.toks.len())
        .find(|&j| matches!(r.n(j), "," | ";" | ":" | "." | "—" | "–"))
        .unwrap_or(r.toks.len());
    r.n(k) == "only"
        && start
        && r.n(k + 1) == "the"
        && r.has_in(
            k + 2,
            (k + 6).min(stop),
            &["team", "service", "practice", "home"],
        )
        && !(k..stop).any(|j| r.value(j).is_some())
}

/// True when token `k` admits a gap: an admitting word, not hedged, not a boast.
fn admits(r: &Reading, k: usize, b: usize) -> bool {
    let w = r.n(k);
    // "For the other eight, the agency's invoice is the record": the rest of a count, named in the
    // sentence an answer of results closes on, is what it has not covered (probes-20 p08).
    if w == "other"
        && r.n(k.wrapping_sub(1)) == "the"
        && r.value(k + 1).is_some_and(|v| v >= 2.0)
        && !(k + 2..b).any(|j| super::read::FALLS.contains(&r.n(j)))
    {
        return true;
    }
    let falls = matches!(w, "falls" | "fall" | "falling") && matches!(r.n(k + 1), "down" | "short");
    // "What we know least about is...", "the number I'm less comfortable with is...": not "at
    // least" (probes-17 p09, probes-18 p12).
    let least = w == "least" && !matches!(r.n(k.wrapping_sub(1)), "at" | "the")
        || w == "less" && matches!(r.n(k + 1), "comfortable" | "happy" | "sure" | "confident");
    // "People paying for their own care are the ones we miss" (probes-22 p02, asked nothing).
    let missed = matches!(w, "miss" | "misses") && matches!(r.n(k.wrapping_sub(1)), "we" | "i");
    let falls = falls || least || missed;
    // "The gap that's left is...", not "that gap was 4 days in October".
    let gap = w == "gap" && matches!(r.n(k + 1), "that's" | "that" | "is" | "left" | "we");
    // "Only the learning disability team sends Easy Read drafts": the one team that does, said at
    // the head of the sentence with no figure, leaves out every other (probes-21 p09).
    let gap = gap || only_one(r, k);
    // "the real offer is an agency or nothing": no choice left (probes-21 p01), whatever share of
    // people it is said of ("for most people up there" is not a hedge on it).
    let or_nothing = w == "nothing" && r.n(k.wrapping_sub(1)) == "or";
    if !(ADMITS.contains(&w) || falls || gap || or_nothing)
        || !or_nothing && !super::weak_spot::admits(r, k)
    {
        return false;
    }
    // "don't have to", "didn't need": a relief, not a gap; "files that aren't part of the audit":
    // a routine the PSW keeps.
    if matches!(r.n(k + 1), "have" | "need" | "needed" | "think" | "part") && w.ends_with("n't") {
        return false;
    }
    // "We've stopped closing anyone for not replying": a fix, told with its negative.
    // "so I can count the referrals but I can't tell you...": a "but" opens the clause too.
    let from = (0..k)
        .rev()
        .find(|&j| r.is_stop(j) || matches!(r.n(j), "," | "but"))
        .unwrap_or(0);
    if r.has_in(from, k, &["stopped", "stop", "no", "pretend"]) {
        return false;
    }
    // "people who had not been asked", "whose first language is not English": a negative that
    // describes, inside a relative clause, not one that admits.
    // So is a purpose ("so cover doesn't rest on four people") or a wish ("would rather not").
    // "People who move without telling anyone get none of this": "none of" is the main clause's
    // object, whatever relative clause came before it (probes-20 p13).
    let object = w == "none" && r.n(k + 1) == "of";
    if !object && r.has_in(from, k, &["who", "whose", "which", "that", "so", "rather"]) {
        return false;
    }
    // "relieved not to lose", "against none the year before": a relief, or the "before" of a result.
    if matches!(r.n(k + 1), "to")
        || w == "none"
            && (r.n(k.wrapping_sub(1)) == "against" || r.has_in(k + 1, k + 4, &["before", "year"]))
    {
        return false;
    }
    !(k + 1..b.min(k + 6)).any(|j| BOASTS.contains(&r.n(j)))
}
