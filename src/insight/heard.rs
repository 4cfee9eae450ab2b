//! What the answer says, quoted, for the suggestions to press on when the reading is partial (issue 17
//! item 2). When no action, change or source is read, the answer may still hold one in words the rules
//! do not know; a suggestion that says "You say '...': ..." presses on what was said instead of
//! telling the speaker it is missing, which would be wrong whenever the reading is.

use super::clause::{Clause, Stance, Time};
use super::words::Token;
use crate::text::COUNT_WORDS;
use std::ops::Range;

/// Quotes from the clause reading. Each is a claimed clause (asserted or reported), cut to a few words.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Heard {
    /// The first clause the speaker says in the first person ("I had every letter redone").
    pub own: Option<String>,
    /// The last clause with a figure that is not still to come ("25 are still in their new homes").
    pub figure: Option<String>,
    /// The first clause that says who told or showed it ("the carers' centre says referrals...").
    pub reported: Option<String>,
    /// A clause with a figure after the first past one with a figure: maybe where things stand now.
    pub later_figure: Option<String>,
}

/// At most this many words are quoted; a longer clause ends in "…".
const QUOTE_WORDS: usize = 8;

/// Words that open a spoken clause without being part of what it says.
const LEAD_INS: &[&str] = &[
    "and", "so", "but", "um", "er", "erm", "well", "then", "also", "right", "because",
];

/// Verbs after "I" that say no action: a view, a habit of speech or a modal ("I think", "I tend to",
/// "I can tell you").
const NOT_ACTING: &[&str] = &[
    "think", "tend", "guess", "feel", "believe", "suppose", "mean", "hope", "can", "could",
    "would", "should", "might", "must", "will", "am", "'m", "know", "reckon", "imagine", "did",
];

/// Words before a number that make it a name or an age rather than a count.
const NOT_COUNTS: &[&str] = &[
    "room", "ward", "page", "flat", "aged", "age", "turn", "turned", "year", "level", "floor",
];

/// Words that open a clause which only points at what follows ("who found...", "which means").
const POINTERS: &[&str] = &["who", "whom", "whose", "which", "what"];

/// Words before "I" that open a relative clause ("the carers that I support").
const RELATIVES: &[&str] = &["who", "whom", "that", "which"];

/// Words before "I" that open a clause of the speaker's own, not one that describes a thing.
const OWN_CLAUSE_OPENERS: &[&str] = &[
    "and", "so", "but", "um", "er", "erm", "well", "then", "also", "right", "because", "when",
    "if", "as", "once", "after", "before", "since", "where", "while", "now", "what", "yes", "yeah",
    "okay", "ok", "first", "firstly", "secondly", "finally", "think",
];

/// Verbs of the clause around a relative that follow soon after it: "the people I support are
/// busy", "the man I visited was at home".
const MAIN_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "'s", "get", "got", "said", "told", "say",
    "tell",
];

/// "I" at `k` opens a clause inside another, quoting which would start mid-clause: "the people (that)
/// I support are busy", "the man who I visited was at home". A verb of the clause around it follows
/// within a few words.
fn inside_a_relative(ts: &[Token], k: usize) -> bool {
    let Some(before) = k.checked_sub(1).map(|p| &ts[p]) else {
        return false;
    };
    let opens = RELATIVES.contains(&before.norm.as_str())
        || (before.is_word() && !OWN_CLAUSE_OPENERS.contains(&before.norm.as_str()));
    opens
        && ts
            .iter()
            .skip(k + 2)
            .take(3)
            .take_while(|t| t.is_word())
            .any(|t| MAIN_VERBS.contains(&t.norm.as_str()))
}

/// "I'd set up", "I'd already rung her": "I'd" is "I had" only before a past participle; "I'd be
/// wary of claiming anything", "I'd need to check" are "I would", a hedge, no part to press on.
fn had_done(ts: &[Token], k: usize) -> bool {
    let skip = ts
        .get(k)
        .is_some_and(|t| matches!(t.norm.as_str(), "already" | "just" | "also" | "first"));
    let Some(verb) = ts
        .get(if skip { k + 1 } else { k })
        .map(|t| t.norm.as_str())
    else {
        return false;
    };
    (verb.len() > 4 && verb.ends_with("ed") && !verb.ends_with("eed"))
        || super::actions::is_irregular_participle(verb)
}

/// `private` are the places of identifying details, which are never quoted back.
pub(crate) fn hear(
    text: &str,
    toks: &[Token],
    clauses: &[Clause],
    private: &[Range<usize>],
) -> Heard {
    let quotable = |c: &&Clause| {
        c.stance.claims()
            && c.time != Time::ToCome
            && !private
                .iter()
                .any(|p| p.start < c.bytes.end && c.bytes.start < p.end)
    };
    // A count in digits or words ("41 homes", "half"), not "every" or "all", which say how widely,
    // nor a year ("set up in 2019"), which says when; and not the speaker's work going on ("I'm
    // rolling it out to the other two"), which is no result to compare.
    let counted = |c: &Clause| {
        let ts = &toks[c.toks.clone()];
        let ongoing = ts
            .windows(2)
            .any(|w| matches!(w[0].norm.as_str(), "i'm" | "we're") && w[1].norm.ends_with("ing"));
        !ongoing && !describes_a_service(ts) && (0..ts.len()).any(|k| a_count(ts, k))
    };
    // The speaker acting: "I" then a verb that is no view or modal, quoted from the "I".
    let acting = |c: &Clause| {
        let ts = &toks[c.toks.clone()];
        (0..ts.len())
            .find(|&k| {
                matches!(ts[k].norm.as_str(), "i" | "i've" | "i'd" | "i'm")
                    && ts
                        .get(k + 1)
                        .is_some_and(|n| n.is_word() && !NOT_ACTING.contains(&n.norm.as_str()))
                    && (ts[k].norm != "i'd" || had_done(ts, k + 1))
                    && (k == 0 || ts[k - 1].norm != "what")
                    && !inside_a_relative(ts, k)
            })
            .map(|k| c.toks.start + k)
    };
    let then = clauses
        .iter()
        .filter(quotable)
        .find(|c| c.time == Time::Past && counted(c));
    Heard {
        own: clauses
            .iter()
            .filter(quotable)
            .find_map(|c| acting(c).map(|k| (c, k)))
            .and_then(|(c, k)| quote(text, toks, k..c.toks.end)),
        figure: clauses
            .iter()
            .filter(quotable)
            .rev()
            .find(|c| counted(c) && !an_aim(&toks[c.toks.clone()]))
            .and_then(|c| quote(text, toks, c.toks.clone())),
        reported: clauses
            .iter()
            .filter(quotable)
            .find(|c| c.stance == Stance::Reported && !tells_others(&toks[c.toks.clone()]))
            .and_then(|c| quote(text, toks, c.toks.clone())),
        later_figure: then.and_then(|t| {
            clauses
                .iter()
                .filter(quotable)
                .rev()
                .find(|c| {
                    counted(c) && c.bytes.start > t.bytes.end && !an_aim(&toks[c.toks.clone()])
                })
                .and_then(|c| quote(text, toks, c.toks.clone()))
        }),
    }
}

/// "we want it under six", "the plan is to see the first forty", "our aim is half", "it is meant to
/// make decisions more consistent": a figure in what is wanted or meant, no result to compare with
/// before.
fn an_aim(ts: &[Token]) -> bool {
    ts.windows(2).any(|w| {
        let (a, b) = (w[0].norm.as_str(), w[1].norm.as_str());
        (matches!(a, "i" | "we" | "i'm" | "we're" | "i'd" | "we'd")
            && matches!(
                b,
                "want"
                    | "wanted"
                    | "aim"
                    | "aiming"
                    | "hope"
                    | "hoping"
                    | "intend"
                    | "like"
                    | "love"
            ))
            || (matches!(
                a,
                "plan" | "aim" | "target" | "goal" | "ambition" | "intention" | "hope"
            ) && matches!(b, "is" | "was" | "being"))
            || (matches!(a, "meant" | "supposed" | "designed" | "intended") && b == "to")
    })
}

/// Whether token `k` is a count: a number in digits or words, not a year, and no number that is no
/// measure (as the evidence reading leaves such numbers out): "room 3.12", "aged 52", "page 14" (a place or an
/// age), "he is 78" (an age), "a transitions worker from 16," (an age or a time), "open from eight
/// till eight" (hours), and a number chained to one of those ("aged 18 to 25").
fn a_count(ts: &[Token], k: usize) -> bool {
    let t = &ts[k];
    let digits = t.norm.starts_with(|ch: char| ch.is_ascii_digit());
    let named = k > 0 && NOT_COUNTS.contains(&ts[k - 1].norm.as_str());
    let number = (digits && !is_year(&t.norm) && !named) || COUNT_WORDS.contains(&t.norm.as_str());
    if !number {
        return false;
    }
    let left_out = |k: usize| {
        (k > 0 && NOT_COUNTS.contains(&ts[k - 1].norm.as_str()))
            || super::evidence::an_age(ts, k, k)
            || a_time_of_day(ts, k)
            || bare_from(ts, k)
    };
    let w = |p: Option<usize>| p.and_then(|p| ts.get(p)).map_or("", |t| t.norm.as_str());
    let chained_at = match (w(k.checked_sub(2)), w(k.checked_sub(1))) {
        ("and", "a") => k.checked_sub(3),
        (_, "to" | "or" | "and" | "-" | "–") => k.checked_sub(2),
        _ => None,
    };
    !left_out(k) && !chained_at.is_some_and(left_out)
}

/// "a named worker from 16, and", "help from 65.", "a plan by 17 and a half", "we assess young
/// people at 17,": a number after "from", "by" or "at" that ends the clause is an age or a time.
/// "fell from 40 to 12" goes on to where it went, "cut by 12%" and "by 12 days" say how much, and
/// "down from 90", "cut by 12", "it stood at 40" follow a change or a level, each a count.
fn bare_from(ts: &[Token], k: usize) -> bool {
    let level = k >= 2
        && matches!(
            ts[k - 2].norm.as_str(),
            "down"
                | "up"
                | "fell"
                | "fallen"
                | "rose"
                | "risen"
                | "dropped"
                | "cut"
                | "reduced"
                | "increased"
                | "grew"
                | "grown"
                | "it"
                | "stood"
                | "stands"
                | "is"
                | "was"
                | "are"
                | "were"
                | "now"
                | "still"
        );
    k > 0
        && !level
        && matches!(ts[k - 1].norm.as_str(), "from" | "by" | "at")
        && ts
            .get(k + 1)
            .is_none_or(|n| matches!(n.norm.as_str(), "," | "." | ";" | "and" | "if" | "until"))
}

/// "open from eight till eight", "9 to 5", "until 8pm", "at ten o'clock": a number that says the
/// hour, which is no count to compare with before. "Waits fell from 40 to 12" stays a count: only
/// "till" and "until" mark a span of hours, and "from" only when one of them closes it.
fn a_time_of_day(ts: &[Token], k: usize) -> bool {
    let w = |p: Option<usize>| p.and_then(|p| ts.get(p)).map_or("", |t| t.norm.as_str());
    let (before, after) = (w(k.checked_sub(1)), w(Some(k + 1)));
    // "from eight in the morning to eight at night".
    let of_the_day = (after == "in"
        && w(Some(k + 2)) == "the"
        && matches!(w(Some(k + 3)), "morning" | "evening" | "afternoon"))
        || (after == "at" && w(Some(k + 2)) == "night");
    of_the_day
        || matches!(before, "till" | "until")
        || matches!(after, "till" | "until" | "am" | "pm" | "o'clock")
        || ts[k].norm.ends_with("am") && ts[k].norm.starts_with(|c: char| c.is_ascii_digit())
        || ts[k].norm.ends_with("pm") && ts[k].norm.starts_with(|c: char| c.is_ascii_digit())
}

/// Words of a round of time that a service keeps ("each month", "every three weeks"); the days of
/// the week ("one Tuesday a month") are `evidence::WEEKDAYS`, read with them by `a_round`.
const ROUNDS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "month",
    "months",
    "year",
    "morning",
    "evening",
];

/// A word of a round of time: "month", "weeks", "Tuesday".
fn a_round(word: &str) -> bool {
    ROUNDS.contains(&word) || super::evidence::WEEKDAYS.contains(&word)
}

/// "The mobile library visits 46 villages every three weeks", "around twenty staff come each
/// month": a count told with the round a service keeps says how big the service is, not how
/// things went, so there is nothing in it to compare with before. A count that moved ("now", "more",
/// "fewer") is no such description.
pub(crate) fn describes_a_service(ts: &[Token]) -> bool {
    let w = |k: usize| ts.get(k).map_or("", |t| t.norm.as_str());
    let round = (0..ts.len()).any(|k| {
        (matches!(w(k), "every" | "each") && a_round(w(k + 1)))
            || (matches!(w(k), "every") && a_round(w(k + 2)))
            || (matches!(w(k), "a" | "per") && a_round(w(k + 1)) && k > 0)
    });
    round
        && !ts.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "now" | "more" | "fewer" | "less" | "up" | "down" | "since" | "was" | "were"
            ) || t.norm.ends_with("ed")
                // "I am the PSW three days a week and lead a team of 6": the speaker's own hours
                // and role, not a service's round.
                || matches!(t.norm.as_str(), "i" | "i'm" | "am")
        })
}

/// "The librarians tell people she's coming", "where carers tell their story once": telling
/// someone else, or telling a story, gives out news; it is no one telling the service how it went,
/// so there is no "how often you hear it" to press on.
fn tells_others(ts: &[Token]) -> bool {
    ts.windows(2).any(|w| {
        matches!(w[0].norm.as_str(), "tell" | "tells" | "telling")
            && matches!(
                w[1].norm.as_str(),
                "people"
                    | "carers"
                    | "families"
                    | "residents"
                    | "tenants"
                    | "patients"
                    | "them"
                    | "him"
                    | "her"
                    | "his"
                    | "their"
                    | "everyone"
                    | "anyone"
            )
    })
}

/// "2019", "2024": a year, which says when rather than how many.
fn is_year(norm: &str) -> bool {
    norm.len() == 4
        && (norm.starts_with("19") || norm.starts_with("20"))
        && norm.bytes().all(|b| b.is_ascii_digit())
}

/// The words of tokens `range` from the first that says something, at most [`QUOTE_WORDS`], on one
/// line. None for a clause that only points on ("who found...") or says too little to press on.
fn quote(text: &str, toks: &[Token], range: Range<usize>) -> Option<String> {
    let mut ts = &toks[range];
    // "after, and 25 are still...": what stands before a comma near the start is a lead-in.
    if let Some(k) = ts.iter().take(3).position(|t| t.norm == ",") {
        ts = &ts[k + 1..];
    }
    let mut words: Vec<&Token> = ts
        .iter()
        .filter(|t| t.is_word() || t.norm == "%")
        .skip_while(|t| LEAD_INS.contains(&t.norm.as_str()))
        .collect();
    // "you know she's had 64 referrals": a filler of two words.
    if words.len() > 2
        && matches!(
            (words[0].norm.as_str(), words[1].norm.as_str()),
            ("you", "know") | ("i", "mean")
        )
    {
        words.drain(..2);
    }
    if words
        .first()
        .is_some_and(|t| POINTERS.contains(&t.norm.as_str()))
    {
        return None;
    }
    // "that I support are busy", "that we'd got it wrong": a clause inside another, cut from it.
    if words.len() > 1
        && words[0].norm == "that"
        && matches!(
            words[1].norm.as_str(),
            "i" | "we" | "they" | "he" | "she" | "i'd" | "we'd" | "i've" | "we've"
        )
    {
        return None;
    }
    let first = words.first()?;
    // Fewer than three words quoted say too little to press on.
    if words.len() < 3 {
        return None;
    }
    let last = words[words.len().min(QUOTE_WORDS) - 1];
    let said = text.get(first.start..last.end)?;
    let said: String = said.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(if words.len() > QUOTE_WORDS {
        format!("{said}…")
    } else {
        said
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::{clause, words};

    fn heard(text: &str) -> Heard {
        let toks = words::tokens(text);
        hear(text, &toks, &clause::read(text, &toks), &[])
    }

    #[test]
    fn the_first_thing_said_in_the_first_person_is_quoted() {
        let h =
            heard("The panel meets weekly. So I chair it with the housing lead, every Tuesday.");
        assert_eq!(h.own.as_deref(), Some("I chair it with the housing lead"));
    }

    #[test]
    fn a_view_or_a_way_of_speaking_is_no_part_to_press_on() {
        let h = heard(
            "I think it went well. I tend to agree with the teams. What I did was I rang round.",
        );
        assert_eq!(h.own.as_deref(), Some("I rang round"));
    }

    #[test]
    fn an_identifying_detail_is_never_quoted_back() {
        let text = "She rang us on 0161 496 0000 the next morning.";
        let toks = words::tokens(text);
        let phone = std::slice::from_ref(&(15..28));
        let h = hear(text, &toks, &clause::read(text, &toks), phone);
        assert_eq!(h.figure, None);
    }

    #[test]
    fn every_and_all_are_no_figure_to_press_on() {
        assert_eq!(
            heard("Every new concern gets a call the same day.").figure,
            None
        );
        assert_eq!(
            heard("The hub was set up in 2019 with health.").figure,
            None
        );
        assert_eq!(
            heard("I'm rolling it out to the other two teams.").figure,
            None
        );
        assert_eq!(
            heard("you know she's had 40 calls since May")
                .figure
                .as_deref(),
            Some("she's had 40 calls")
        );
        assert_eq!(
            heard("We fitted smoke alarms in 41 homes.")
                .figure
                .as_deref(),
            Some("We fitted smoke alarms in 41 homes")
        );
    }

    #[test]
    fn a_quote_never_starts_inside_a_who_or_that_clause() {
        for text in [
            "The people I support are busy with appointments.",
            "The carers that I support were worn out by the summer.",
            "The man who I visited was at home on his own.",
        ] {
            let own = heard(text).own;
            assert_eq!(own, None, "{text}");
        }
        // The speaker's own clause after one of those is still quoted.
        assert_eq!(
            heard("The people I support are busy, so I moved the reviews to the evening.")
                .own
                .as_deref(),
            Some("I moved the reviews to the evening")
        );
        assert_eq!(
            heard("Every Tuesday I chair it with the housing lead.")
                .own
                .as_deref(),
            Some("I chair it with the housing lead")
        );
        let text = "that we had got the threshold wrong";
        let toks = words::tokens(text);
        assert_eq!(quote(text, &toks, 0..toks.len()), None);
    }

    #[test]
    fn an_age_an_hour_or_a_service_kept_is_no_figure_to_press_on() {
        for text in [
            "She is 84, and she had lived on the farm all her life.",
            "The drop-in runs from nine till four on weekdays.",
            "The duty desk takes calls until 10pm.",
            "The crisis line takes calls from seven in the morning to ten at night.",
            "Our outreach van stops at 30 farms every fortnight.",
            "About fifteen carers come to the café each week.",
        ] {
            assert_eq!(heard(text).figure, None, "{text}");
        }
        // A number chained to an age is one too.
        for text in [
            "It works with adults aged 18 to 25 who have left care.",
            "Young carers get a named worker from 16 and we keep them open until 25.",
            "We agree a plan by 17 and a half.",
            "We meet young people at 16, and again before they leave school.",
        ] {
            assert_eq!(heard(text).figure, None, "{text}");
        }
        // A count that moved, or one told as a result, is still a figure.
        for text in [
            "Waits fell from 40 days to 12 after the change.",
            "Now 30 farms get a visit every fortnight.",
            "She is one of 84 carers we reached in the first year.",
            "The waiting list is now 40, down from 90.",
            "Complaints were cut by 12.",
        ] {
            assert!(heard(text).figure.is_some(), "{text}");
        }
    }

    #[test]
    fn telling_others_is_no_report_to_press_on() {
        for text in [
            "The pharmacists tell people when the van is due.",
            "It's a place where families tell their story once.",
        ] {
            assert_eq!(heard(text).reported, None, "{text}");
        }
        assert!(
            heard("The carers tell us the new forms are quicker.")
                .reported
                .is_some()
        );
    }

    #[test]
    fn i_would_is_no_part_of_the_speakers_to_press_on() {
        for text in [
            "I'd be careful about saying it worked.",
            "I'd need to look at the figures again.",
        ] {
            assert_eq!(heard(text).own, None, "{text}");
        }
        assert_eq!(
            heard("I'd already phoned every carer on the list by then.")
                .own
                .as_deref(),
            Some("I'd already phoned every carer on the list…")
        );
    }

    #[test]
    fn a_long_clause_is_cut_with_an_ellipsis() {
        let h =
            heard("I went through every single open case on the list with the two team managers.");
        assert_eq!(
            h.own.as_deref(),
            Some("I went through every single open case on…")
        );
    }

    #[test]
    fn a_plan_or_a_denial_is_never_quoted_as_said() {
        let h = heard("I haven't looked at the figures yet. Next year I will audit 40 files.");
        assert_eq!(h.own, None);
        assert_eq!(h.figure, None);
    }

    #[test]
    fn a_figure_after_a_past_figure_may_be_where_things_stand() {
        let h = heard(
            "Two years ago 300 people were waiting. I split the list by risk. The October audit put it at 40.",
        );
        assert_eq!(
            h.later_figure.as_deref(),
            Some("The October audit put it at 40")
        );
        let h = heard("I split the list by risk. The October audit put it at 40.");
        assert_eq!(h.later_figure, None, "no figure before it to be later than");
    }
}
