//! Where a new clause opens in an answer with little punctuation: after "and", "so" or "but" before a
//! time or a figure, at a subject contraction ("... the same basis I'll chair its panel"), at "there
//! was", "and the rest", "what we did", a step to come after "and the", a lone softener, a plan
//! heading over a list; and which words stand inside quotation marks. Split from the clause reader,
//! which cuts an answer with these and then reads each clause.

use super::*;

/// Words that, after "and", "so" or "but", open a new clause about another time: "and now every
/// vacancy goes to a panel", "and next year we're opening", "and from April the same model goes".
pub(super) const TIME_OPENERS: &[&str] = &[
    "now", "next", "then", "this", "last", "since", "from", "today", "by", "in", "over",
    // "... refer straight in and before that the same families came to us".
    "before",
];

/// In speech with little punctuation, "and", "so" or "but" before a time word or a figure opens a new
/// clause ("... against about a quarter before and the survey has 89 per cent and next year we're
/// opening ...").
pub(super) fn time_opens(toks: &[Token], i: usize) -> bool {
    let n = toks[i].norm.as_str();
    let next = toks.get(i + 1).map_or("", |t| t.norm.as_str());
    i > 0
        && matches!(n, "and" | "so" | "but")
        && (TIME_OPENERS.contains(&next)
            || is_digits(next)
            // "... since and at the board's January meeting I'm taking the figures".
            || dated_meeting_words(&words_of(&toks[i + 1..toks.len().min(i + 10)])).is_some())
}

/// "I flagged every person on the rota so those calls are fixed and can't be moved": in speech, "so"
/// before a thing named ("so those calls", "so the team") opens the result of what went before, a
/// clause of its own, so a denial in it does not take back the action before it.
pub(super) fn result_opens(toks: &[Token], i: usize) -> bool {
    let next = toks.get(i + 1).map_or("", |t| t.norm.as_str());
    i > 0
        && toks[i - 1].is_word()
        && toks[i].norm == "so"
        && matches!(next, "those" | "these" | "the" | "this" | "their" | "our")
}

/// "... we've had nineteen boaters assessed and not one has been bounced": "and" (or "but") before a
/// count of none opens a clause of its own, so the denial in it does not take back the count
/// before it.
pub(super) fn none_opens(toks: &[Token], i: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    i > 0
        && matches!(w(i), "and" | "but")
        && (matches!(w(i + 1), "none" | "nobody")
            || (w(i + 1) == "not" && matches!(w(i + 2), "one" | "a"))
            || (w(i + 1) == "no" && w(i + 2) == "one"))
}

/// Reads a clause, cut in two where a step to come follows "and the", "and our" or "and my" ("it
/// was agreed in September | and the building programme starts in January"): the step is read on
/// its own, so the past before it does not hide it. Elsewhere "and the" leaves a clause whole
/// ("2,000 carers known to us last year and the census says there are more like 19,000").
pub(super) fn push_with_its_plan(
    text: &str,
    toks: &[Token],
    range: Range<usize>,
    sentence: usize,
    out: &mut Vec<Clause>,
) {
    let whole = read_clause(text, toks, range.clone(), sentence);
    if whole.stance != Stance::Planned
        && let Some((when_at, step_at)) = spoken_when_step(toks, range.clone())
    {
        let head = read_clause(text, toks, when_at..step_at, sentence);
        let mut step = read_clause(text, toks, step_at..range.end, sentence);
        if dated_by_the_when_before(text, toks, &head, &step) {
            if when_at > range.start {
                out.push(read_clause(text, toks, range.start..when_at, sentence));
            }
            out.push(head);
            step.stance = Stance::Planned;
            step.time = Time::ToCome;
            step.when = true;
            out.push(step);
            return;
        }
    }
    if whole.stance != Stance::Planned {
        let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
        let cut = (range.start + 1..range.end).rev().find(|&i| {
            (w(i) == "and" && matches!(w(i + 1), "the" | "our" | "my")) || spoken_next(toks, i)
        });
        if let Some(cut) = cut {
            let tail = read_clause(text, toks, cut..range.end, sentence);
            if tail.stance == Stance::Planned {
                out.push(read_clause(text, toks, range.start..cut, sentence));
                out.push(tail);
                return;
            }
        }
    }
    out.push(whole);
}

/// "... she sleeps through now and when the new framework starts in May the same rule is written
/// into those contracts": in speech with no stop, where "and when" (or "once") opens a time whose
/// month or season runs straight on into a subject, the places of the "and" and of that subject.
fn spoken_when_step(toks: &[Token], range: Range<usize>) -> Option<(usize, usize)> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let when_at = (range.start..range.end)
        .find(|&i| matches!(w(i), "when" | "once") && (i == range.start || w(i - 1) == "and"))?;
    let when_at = if when_at > range.start {
        when_at - 1
    } else {
        when_at
    };
    let step_at = (when_at + 2..range.end.saturating_sub(2)).find(|&i| {
        toks[i - 1].is_word()
            && (MONTH_WORDS.contains(&w(i - 1))
                || (SEASONS.contains(&w(i - 1)) && w(i - 1) != "new"))
            && matches!(
                w(i),
                "the" | "our" | "my" | "their" | "we" | "i" | "it" | "they"
            )
    })?;
    Some((when_at, step_at))
}

/// "... and he rang her back next from the start of June the same leaflet goes to the GPs": in speech
/// with no stop, "next" after a word and before a time opens the step to come ("the next visit",
/// "her next review" name a thing, and "next week" is a time).
fn spoken_next(toks: &[Token], i: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    i > 0
        && w(i) == "next"
        && toks[i - 1].is_word()
        && !matches!(
            w(i - 1),
            "the"
                | "a"
                | "an"
                | "what's"
                | "what"
                | "is"
                | "was"
                | "comes"
                | "came"
                | "and"
                | "so"
                | "then"
        )
        && matches!(
            w(i + 1),
            "in" | "from"
                | "by"
                | "at"
                | "after"
                | "before"
                | "this"
                | "when"
                | "once"
                | "over"
                | "during"
        )
        // "what will happen next after the first visit": the thing known or told.
        && !(i.saturating_sub(3)..i).any(|k| matches!(w(k), "what" | "what's"))
}

/// "and in April", "from next January", "After Christmas": a time and nothing else, cut off from its clause.
pub(super) fn only_a_time(ts: &[Token]) -> bool {
    let mut named = false;
    for t in ts.iter().filter(|t| t.is_word()) {
        let n = t.norm.as_str();
        if MONTH_WORDS.contains(&n)
            || (SEASONS.contains(&n) && n != "new")
            || matches!(n, "month" | "year" | "week" | "quarter" | "term")
        {
            named = true;
        } else if !matches!(
            n,
            "and"
                | "so"
                | "but"
                | "in"
                | "from"
                | "after"
                | "by"
                // "over the winter | we're taking it to the agencies".
                | "over"
                | "during"
                | "next"
                | "the"
                | "end"
                | "of"
                | "start"
                | "early"
                | "late"
                | "mid"
                // "and then from the first of April | we're counting": the day of the month too.
                | "then"
                | "first"
                | "beginning"
                | "middle"
        ) {
            return false;
        }
    }
    named
}

/// "at the safeguarding board's January meeting", "at the May board": a meeting named by its
/// month, as the number of words it takes from the "at" that opens `words`.
fn dated_meeting_words(words: &[&str]) -> Option<usize> {
    if words.get(..2) != Some(&["at", "the"][..]) {
        return None;
    }
    let month = words.iter().take(6).position(|w| MONTH_WORDS.contains(w))?;
    (month + 1..month + 4)
        .find(|&i| {
            words.get(i).is_some_and(|w| {
                matches!(
                    *w,
                    "meeting"
                        | "board"
                        | "panel"
                        | "committee"
                        | "forum"
                        | "scrutiny"
                        | "conference"
                )
            })
        })
        .map(|i| i + 1)
}

fn words_of(ts: &[Token]) -> Vec<&str> {
    ts.iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect()
}

/// "and at the January meeting", cut off from its clause: a meeting named by its month and
/// nothing else, which like a time alone leads the clause after it ("... | I'm taking the figures").
pub(super) fn only_a_dated_meeting(ts: &[Token]) -> bool {
    let words = words_of(ts);
    let lead = words
        .iter()
        .take_while(|w| matches!(**w, "and" | "so" | "but" | "then"))
        .count();
    dated_meeting_words(&words[lead..]) == Some(words.len() - lead)
}

/// "Our ambition is to make Easterwick the best place to grow old. That means fewer people going
/// into care homes", "we want a kinder, quicker assessment: shorter forms, fewer repeat
/// questions": what spells out an aim with no time (a clause opening "that means", "this means",
/// "which means" or "in other words" after it, or the words after its closing colon) is the aim
/// too, and claims no change; the rest of its sentence goes with it. So do the words after a comma
/// that carry no time of their own ("a kinder, | quicker financial assessment").
pub(super) fn spelling_out_an_aim(toks: &[Token], clauses: &mut [Clause]) {
    for i in 1..clauses.len() {
        let (aim, c) = (&clauses[i - 1], &clauses[i]);
        if !aim.hoped || c.stance != Stance::Asserted {
            continue;
        }
        if aim.sentence == c.sentence && c.time == Time::Unknown && !c.figure {
            clauses[i].stance = Stance::Hedged;
            clauses[i].hoped = true;
            continue;
        }
        let words = words_of(&toks[c.toks.clone()]);
        let means = matches!(
            words.as_slice(),
            ["that" | "this" | "which", "means" | "would" | "will", ..]
                | ["in", "other", "words", ..]
        ) && (words[1] == "means" || words.get(2) == Some(&"mean"));
        let after_colon =
            aim.sentence == c.sentence && aim.toks.end > 0 && toks[aim.toks.end - 1].norm == ":";
        let near = c.sentence <= aim.sentence + 1;
        // "But hopefully it's helped: reviews went from 48% to 71%": words with a time of their own
        // after a hope's colon are a claim.
        if !(near && (means || after_colon)) || c.time != Time::Unknown {
            continue;
        }
        let sentence = c.sentence;
        for later in clauses[i..].iter_mut() {
            if later.sentence != sentence {
                break;
            }
            if later.stance == Stance::Asserted && later.time == Time::Unknown {
                later.stance = Stance::Hedged;
                later.hoped = true;
            }
        }
    }
}

/// "the next step is the caseworkers going through a checklist with every household in January so
/// we know who needs an assessment": a clause opening "so" (or "so that") right after a step to
/// come is what the step is for, still to come, and claims nothing yet.
pub(super) fn purpose_of_a_plan(toks: &[Token], clauses: &mut [Clause]) {
    for i in 1..clauses.len() {
        let (plan, c) = (&clauses[i - 1], &clauses[i]);
        let opens_so = toks
            .get(c.toks.clone())
            .and_then(|ts| ts.iter().find(|t| t.is_word()))
            .is_some_and(|t| t.norm == "so");
        // In speech the "so" may have been read as opening a sentence of its own.
        // "so I've asked the data team for the figures": something done already is no purpose.
        let done_already = toks[c.toks.clone()].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "i've" | "we've" | "they've" | "has" | "have" | "had"
            )
        });
        if plan.stance == Stance::Planned
            && !done_already
            && c.sentence <= plan.sentence + 1
            && opens_so
            && c.stance == Stance::Asserted
            && matches!(c.time, Time::Present | Time::Unknown)
        {
            clauses[i].stance = Stance::Planned;
            clauses[i].time = Time::ToCome;
        }
    }
}

/// "Next steps for our capacity work:" over a list: every line under it, to a blank line, is a step
/// still to come, though only the heading says so ("- audit of 40 assessments in February").
pub(super) fn under_a_plan_heading(text: &str, toks: &[Token], clauses: &mut [Clause]) {
    let gap_before = |c: &Clause| {
        c.toks
            .start
            .checked_sub(1)
            .and_then(|p| text.get(toks[p].end..toks[c.toks.start].start))
            .unwrap_or("\n")
    };
    let mut under = false;
    for c in clauses.iter_mut() {
        let gap = gap_before(c);
        if gap.contains('\n') {
            if under && !gap.contains("\n\n") {
                c.stance = Stance::Planned;
                c.time = Time::ToCome;
                continue;
            }
            let ts = &toks[c.toks.clone()];
            let words: Vec<&str> = ts
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.norm.as_str())
                .collect();
            under = ts.last().is_some_and(|t| t.norm == ":")
                && match words.as_slice() {
                    ["next", ..] | ["plans" | "priorities" | "planned", ..] => true,
                    w => w
                        .windows(2)
                        .any(|p| p == ["to", "do"] || p == ["next", "steps"]),
                };
        } else if under && c.stance != Stance::Planned {
            c.stance = Stance::Planned;
            c.time = Time::ToCome;
        }
    }
}

/// "... never used it and what we did we split the contract": "and", "so" or "but" before "what"
/// and a subject that did something opens the telling of an action, a clause of its own, so a denial
/// before it does not hold for it.
/// The passive telling opens one too, with a filler or not: "... and um what was done in the end
/// was the council paid a rural rate".
pub(super) fn what_done_opens(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if i == 0 || !matches!(word(i), "and" | "so" | "but") {
        return false;
    }
    let w = if matches!(word(i + 1), "um" | "er" | "erm" | "uh") {
        i + 2
    } else {
        i + 1
    };
    word(w) == "what"
        && ((SUBJECTS.contains(&word(w + 1))
            && matches!(word(w + 2), "did" | "done" | "do" | "have" | "had"))
            || (matches!(word(w + 1), "was" | "got")
                && matches!(word(w + 2), "done" | "agreed" | "decided" | "put")))
}

/// "We've done 212 of those and the rest are booked for the spring": "and the rest" (or "the
/// others", "the remainder") with a verb after it is a new subject, in a clause of its own.
pub(super) fn rest_opens(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    i > 0
        && matches!(word(i), "and" | "but")
        && word(i + 1) == "the"
        && matches!(word(i + 2), "rest" | "others" | "remainder")
        && matches!(
            word(i + 3),
            "are" | "were" | "have" | "had" | "will" | "is" | "was"
        )
}

/// "... gone from thirty a month to four and what's next is that from January ...": in speech, "and"
/// (or "so", "but") before "what's next", "what happens next" or "the next step" turns from what was
/// said to the step, a clause of its own, so the plan does not take in the result before it.
pub(super) fn next_opens(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    i > 0
        && matches!(word(i), "and" | "so" | "but")
        && match word(i + 1) {
            "what's" => word(i + 2) == "next",
            "what" => matches!(word(i + 2), "happens" | "comes") && word(i + 3) == "next",
            "the" => word(i + 2) == "next" && matches!(word(i + 3), "step" | "thing" | "stage"),
            _ => false,
        }
}

/// Contractions that name who acts: mid-sentence, they open a new clause ("on the same basis I'll
/// chair its panel").
pub(super) const SUBJECT_CONTRACTIONS: &[&str] = &[
    "i'll", "we'll", "i've", "we've", "i'm", "we're", "i'd", "we'd", "they're", "they've",
    "that's", // "... than families in the city it's about twelve days in both".
    "it's",
];

/// Words after which a subject goes on with the same clause: "I think we've", "what I'm", "that
/// we're", "the ones we've".
pub(super) const SAME_CLAUSE_BEFORE: &[&str] = &[
    // "and hopefully we'll see more": the hope is the clause's after it.
    "hopefully",
    // "I wouldn't want to claim it's made a difference": what is not claimed is the clause's own.
    "claim",
    "think",
    "believe",
    "feel",
    "know",
    "say",
    "said",
    "says",
    "hope",
    "suppose",
    "guess",
    "reckon",
    "reckons",
    "imagine",
    "sure",
    "that",
    "what",
    "which",
    "who",
    "whom",
    "where",
    "when",
    "how",
    "why",
    "if",
    "whether",
    "and",
    "so",
    "but",
    "because",
    "as",
    "once",
    "until",
    "before",
    "after",
    "since",
    "than",
    "now",
    "then",
    "thing",
    "things",
    "one",
    "ones",
    "way",
    "all",
    "everything",
    "anything",
    "nothing",
    "something",
    "time",
    "times",
    "day",
    "year",
    "week",
    "month",
    "honest",
    "honestly",
    "said",
    "mean",
    "like",
    "where",
    "while",
    "though",
    "although",
    "unless",
    "the",
    "a",
    "an",
    "to",
    "of",
    "for",
    "with",
    "about",
];

/// "... the same basis I'll chair its panel": a subject contraction after a word that does not lead
/// into it opens a new clause.
/// "... we've got better at spotting it we did some sessions with the housing officers": in speech,
/// "we", "I" or "they" with a past verb straight after an object ("it", "them") opens one too.
pub(super) fn subject_opens(toks: &[Token], i: usize) -> bool {
    // "... than they did we ran a session", "I'll be honest we started putting", "more or less okay
    // we rang everyone": after an object, an auxiliary left at a clause's end, or a word that
    // closes a clause (an adverb, "okay", "honest"), never after a verb of thinking or saying or a
    // word that leads into a clause ("I think we did", "what we did", "when we rang").
    let closes = |w: &str| {
        matches!(
            w,
            "it" | "them"
                | "him"
                | "her"
                | "did"
                | "do"
                | "does"
                | "was"
                | "were"
                | "okay"
                | "ok"
                | "alright"
                | "honest"
                | "sooner"
                | "earlier"
                | "later"
                | "ago"
                | "too"
                | "again"
                | "anyway"
                | "yeah"
                | "fine"
        ) || (w.len() > 4 && w.ends_with("ly") && w != "only" && w != "family")
    };
    let after_object = || {
        matches!(toks[i].norm.as_str(), "we" | "i" | "they")
            && closes(toks[i - 1].norm.as_str())
            && toks
                .get(i + 1)
                .is_some_and(|v| v.norm == "did" || is_past_word(&v.norm))
    };
    i > 0
        && toks[i - 1].is_word()
        && ((SUBJECT_CONTRACTIONS.contains(&toks[i].norm.as_str())
            && !SAME_CLAUSE_BEFORE.contains(&toks[i - 1].norm.as_str()))
            || after_object())
}

/// A clause that is only a softener ("People are more confident, I think, and ..."): it softens the
/// clause before it.
pub(super) fn only_a_softener(toks: &[Token]) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    matches!(
        words.as_slice(),
        [
            "i",
            "think" | "suppose" | "guess" | "believe" | "imagine" | "reckon" | "feel"
        ] | ["i'd", "say" | "imagine" | "think" | "guess"]
            | ["probably"
                | "maybe"
                | "perhaps"
                | "possibly"
                | "arguably"
                | "hopefully"
                | "apparently"]
            | ["more", "or", "less"]
            | ["all", "being", "well"]
    )
}

/// "we'd want there were about 2,000 carers": in speech with no stops, "there was", "there were",
/// "there's" open a new clause, except after a word that introduces what follows ("I think there").
pub(super) fn there_opens(toks: &[Token], i: usize) -> bool {
    let n = toks[i].norm.as_str();
    let next = toks.get(i + 1).map_or("", |t| t.norm.as_str());
    let opens = n == "there's" || (n == "there" && matches!(next, "was" | "were" | "is" | "are"));
    opens
        && i > 0
        && toks[i - 1].is_word()
        && !matches!(
            toks[i - 1].norm.as_str(),
            "think"
                | "believe"
                | "feel"
                | "know"
                | "say"
                | "said"
                | "says"
                // "I'm told there are fewer complaints": what was told is the clause's own.
                | "told"
                | "reckon"
                | "reckons"
                | "that"
                | "hope"
                | "and"
                | "so"
                | "but"
                | "because"
                | "where"
                | "if"
                | "whether"
                | "now"
                | "then"
                | "sure"
        )
}

/// Which of `ts` stand between a pair of quotation marks: an opening mark and a closing one later in
/// the same clause, standing alone or taken into the word before it ("'we don't understand this'",
/// whose "this'" holds the mark). A mark with no partner quotes nothing.
pub(crate) fn quoted_tokens(text: &str, ts: &[Token]) -> Vec<bool> {
    let mut out = vec![false; ts.len()];
    let mut k = 0;
    while k < ts.len() {
        let open = ts[k].norm.as_str();
        let close: &[&str] = match open {
            "\"" => &["\""],
            "“" => &["”"],
            "'" | "‘" => &["'", "’"],
            _ => {
                k += 1;
                continue;
            }
        };
        let apostrophe = close.contains(&"'");
        let closes = |j: usize| {
            close.contains(&ts[j].norm.as_str())
                || (apostrophe
                    && ts[j].is_word()
                    && text
                        .get(ts[j].start..ts[j].end)
                        .is_some_and(|w| w.ends_with(['\'', '’'])))
        };
        match (k + 1..ts.len()).find(|&j| closes(j)) {
            // A word holding the closing mark is quoted too.
            Some(j) if ts[j].is_word() => {
                out[k + 1..=j].iter_mut().for_each(|q| *q = true);
                k = j + 1;
            }
            Some(j) => {
                out[k + 1..j].iter_mut().for_each(|q| *q = true);
                k = j + 1;
            }
            None => k += 1,
        }
    }
    out
}

/// Words for how something is said, which may stand between "and" and a subject.
const ASIDES: &[&str] = &[
    "honestly",
    "frankly",
    "actually",
    "personally",
    "sadly",
    "unfortunately",
    "obviously",
];

/// "... and honestly I just wish the courts saw it": a word for how it is said between "and" and a
/// subject still opens a new clause.
pub(super) fn aside_opens(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    matches!(word(i), "and" | "so" | "but")
        && ASIDES.contains(&word(i + 1))
        && SUBJECTS.contains(&word(i + 2))
}
