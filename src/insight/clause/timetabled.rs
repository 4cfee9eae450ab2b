//! The present simple with a time to come: "the mental health workers take up the approach in
//! February", "the action closes at the March board", "after Christmas the markers go into the
//! therapy assessment", "their first audit is in March". Spoken English timetables a step this way
//! as often as with "will"; the verb alone does not say it is to come, the date after it does.
//! Split from the clause reader, which rules out a past, a habit ("every February") and a date up to
//! now before it asks this.

use super::*;

/// Leads that put a month, season or feast after them: "in February", "after Christmas", "at the
/// March board", "by the spring".
pub(super) const DATE_LEADS: &[&str] = &[
    "in", "after", "at", "over", "during", "through", "before", "from", "by",
];

/// Words that say the clause tells a habit or a generality, not a step: "it usually closes in
/// March", "referrals always rise in January".
const HABITUAL: &[&str] = &[
    "always",
    "usually",
    "often",
    "normally",
    "typically",
    "generally",
    "tends",
    "tend",
    "sometimes",
    "annually",
    "yearly",
];

/// What may follow a present verb that moves a step on: an object, or the particle or preposition of
/// "take up", "go into", "moves to", "comes off", "closes at".
const AFTER_A_VERB: &[&str] = &[
    "up", "into", "onto", "to", "on", "off", "over", "out", "back", "across", "round", "around",
    "down", "through", "with", "at", "in", "from", "live", "forward", "ahead",
];

/// Words that come between a subject and its verb without being the verb: "they also go", "we then
/// take".
const BETWEEN: &[&str] = &[
    "also", "then", "both", "all", "next", "first", "finally", "too",
];

/// Words that open a subject noun: "the action", "their first audit", "our three markers".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "our", "their", "its", "his", "her", "my", "this", "that", "these", "those",
];

/// Words after a subject that are no present verb of a step: auxiliaries, modals, states, ties, and
/// pasts without "-ed" ("I rewrote the guidance over the summer", "in March I sat in"), with the
/// forms a past shares with the present ("put", "set", "cut").
const NO_STEP_VERB: &[&str] = &[
    "are",
    "were",
    "was",
    "is",
    "have",
    "had",
    "has",
    "do",
    "did",
    "can",
    "could",
    "would",
    "should",
    "might",
    "must",
    "may",
    "will",
    "shall",
    "need",
    "want",
    "know",
    "think",
    "hope",
    "feel",
    "like",
    "say",
    "see",
    "expect",
    "and",
    "or",
    "but",
    "who",
    "which",
    "that",
    "of",
    "for",
    "in",
    "at",
    "on",
    "to",
    "with",
    "from",
    "by",
    "the",
    "a",
    "an",
    "as",
    "than",
    "so",
    "not",
    "still",
    "often",
    "always",
    "usually",
    "never",
    "put",
    "set",
    "cut",
    "let",
    "read",
    "hit",
    "shut",
    "spread",
    "hurt",
    "cost",
    "quit",
    "rewrote",
    "rebuilt",
    "redrew",
    "sat",
    "rang",
    "spoke",
    "drove",
    "bought",
    "taught",
    "caught",
    "chose",
    "broke",
    "drew",
    "ate",
    "fought",
    "flew",
    "forgot",
    "froze",
    "hung",
    "heard",
    "hid",
    "laid",
    "left",
    "lent",
    "lost",
    "meant",
    "rode",
    "sold",
    "shook",
    "shot",
    "showed",
    "sang",
    "sank",
    "slept",
    "stole",
    "struck",
    "swore",
    "swept",
    "swam",
    "tore",
    "threw",
    "understood",
    "woke",
    "wore",
    "overtook",
    "undertook",
    "withdrew",
    "oversaw",
    "upheld",
    "sought",
    "became",
    "dealt",
    "fed",
    "fit",
    "forgave",
    "sprang",
    "stuck",
    "took",
    "gave",
    "went",
    "came",
    "made",
    "did",
    "saw",
    "got",
];

/// Where a month, season or feast ahead is named after a lead, as the index of the lead:
/// "in February", "after Christmas", "at the March quality board", "in the new year". "in the March
/// audit" names an event, which may well be past, and is left out.
pub(super) fn date_at(ts: &[Token]) -> Option<usize> {
    let w = |i: usize| ts.get(i).map_or("", |t| t.norm.as_str());
    let season = |x: &str| SEASONS.contains(&x) && x != "new";
    (0..ts.len()).find(|&k| {
        let n = w(k);
        if n == "within" {
            return span_ahead_opens(ts, k);
        }
        if !DATE_LEADS.contains(&n) {
            return false;
        }
        let (j, the) = if w(k + 1) == "the" {
            (k + 2, true)
        } else {
            (k + 1, false)
        };
        let t = w(j);
        (MONTH_WORDS.contains(&t) && (!the || n == "at"))
            || season(t)
            || (the && t == "new" && w(j + 1) == "year")
    })
}

/// "Within six weeks the tracker covers ...", "within a month the line moves to ...": a span of
/// weeks or months ahead that opens the clause dates a step as "in March" does. After a verb
/// ("we ring back within two weeks") or with "of" ("within four weeks of the referral") it says how
/// fast a thing is done, a standard.
fn span_ahead_opens(ts: &[Token], k: usize) -> bool {
    let w = |i: usize| ts.get(i).map_or("", |t| t.norm.as_str());
    ts[..k]
        .iter()
        .all(|t| !t.is_word() || matches!(t.norm.as_str(), "and" | "so" | "then" | "but"))
        && (is_figure_word(w(k + 1)) || w(k + 1) == "a")
        && matches!(w(k + 2), "weeks" | "months" | "month" | "fortnight")
        && w(k + 3) != "of"
}

/// The index just past the clause's lead-in: "and", "so", "then", and a date that opens it
/// ("after Christmas", "in the new year", "at the March board").
fn subject_start(ts: &[Token], date: usize) -> usize {
    let w = |i: usize| ts.get(i).map_or("", |t| t.norm.as_str());
    let mut i = 0;
    while i < ts.len() && (!ts[i].is_word() || matches!(w(i), "and" | "so" | "then" | "but")) {
        i += 1;
    }
    if i == date && w(i) == "within" {
        i += 3;
        while i < ts.len() && !ts[i].is_word() {
            i += 1;
        }
    } else if i == date {
        let lead = w(i);
        i += 1 + usize::from(w(i + 1) == "the");
        i += 1 + usize::from(w(i) == "new" && w(i + 1) == "year");
        // "at the March quality board we ...": the meeting's words up to who.
        while lead == "at"
            && i < ts.len()
            && ts[i].is_word()
            && !DETERMINERS.contains(&w(i))
            && !SUBJECTS.contains(&w(i))
        {
            i += 1;
        }
        while i < ts.len() && !ts[i].is_word() {
            i += 1;
        }
    }
    i
}

/// A present verb at `k` whose subject opens the clause (from `start`): "the action closes at",
/// "it comes off", "the social workers take up", "the three markers go into", "their first audit is
/// in March", "the theme is audited again". A noun met later ("we agreed with the oncology nurses at
/// ...") is an object, and a possessive ("the carers' lead in June") no subject.
fn present_verb(text: &str, ts: &[Token], start: usize, k: usize) -> bool {
    let w = |i: usize| ts.get(i).map_or("", |t| t.norm.as_str());
    let word = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    if k <= start || !word(w(k)) {
        return false;
    }
    let Some((noun, last)) = subject_before(text, ts, start, k) else {
        return false;
    };
    let (verb, next) = (w(k), w(k + 1));
    // "their first audit is in March", "the theme is audited again in July": "is" or "are" with the
    // date itself, or a participle of a step done once more ("families are given the dates in
    // January" is how it is done each year).
    if matches!(verb, "is" | "are") {
        let again = ts.iter().any(|t| t.norm == "again");
        let after = w(k + 1 + usize::from(w(k + 1) == "again"));
        return DATE_LEADS.contains(&after)
            || (again
                && ((after.ends_with("ed") && after.len() > 4)
                    || past::PARTICIPLES.contains(&after)));
    }
    // "the dashboard gains one quote a month": a count opens the object too.
    if !(OBJECT_OPENERS.contains(&next)
        || AFTER_A_VERB.contains(&next)
        || next.starts_with(|c: char| c.is_ascii_digit())
        || crate::text::number_value(next).is_some())
    {
        return false;
    }
    let plural = matches!(last, "we" | "they" | "i")
        || (noun && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us"));
    // "the action closes at", "it comes off the log": the third person's "s", which no past has.
    let third = !plural
        && verb.len() > 3
        && verb.ends_with('s')
        && !verb.ends_with("ss")
        && !verb.ends_with("us")
        && !verb.ends_with("is");
    // "the social workers take up", "after Christmas we take it to the board": a bare verb.
    let bare = plural
        && verb.len() > 1
        && !verb.ends_with('s')
        && !verb.ends_with("ed")
        && !verb.ends_with("ing")
        && !verb.ends_with("ly")
        && !NO_STEP_VERB.contains(&verb)
        && !past::PAST_VERBS.contains(&verb)
        && !MONTH_WORDS.contains(&verb);
    third || bare
}

/// The subject from `start` up to a verb at `k` (words such as "also" or "then" between): a pronoun,
/// or a determiner and up to five words ("their first audit"); whether it is a noun, and its last
/// word. A noun met later is an object, and a possessive ("the carers' lead") no subject.
fn subject_before<'a>(
    text: &str,
    ts: &'a [Token],
    start: usize,
    k: usize,
) -> Option<(bool, &'a str)> {
    let w = |i: usize| ts.get(i).map_or("", |t| t.norm.as_str());
    let word = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    if k <= start {
        return None;
    }
    let mut end = k;
    while end > start + 1 && BETWEEN.contains(&w(end - 1)) {
        end -= 1;
    }
    let subject = &ts[start..end];
    let last = w(end - 1);
    let pronoun = subject.len() == 1 && matches!(last, "we" | "they" | "i" | "he" | "she" | "it");
    // "Cabinet takes the finished strategy in April", "Scrutiny Committee looks at it in May": a
    // body named by its capitalised name alone, with no "the".
    let named = (1..=3).contains(&subject.len())
        && subject.iter().all(|t| {
            let raw = &text[t.start..t.end];
            raw.starts_with(|c: char| c.is_ascii_uppercase())
                && raw.chars().skip(1).all(|c| c.is_ascii_lowercase())
                && !MONTH_WORDS.contains(&t.norm.as_str())
                && !SEASONS.contains(&t.norm.as_str())
                && !SUBJECTS.contains(&t.norm.as_str())
                && !DETERMINERS.contains(&t.norm.as_str())
                && !LEADS_IN.contains(&t.norm.as_str())
                && !NO_STEP_VERB.contains(&t.norm.as_str())
        });
    let raw_last = &text[ts[end - 1].start..ts[end - 1].end];
    let noun = subject.len() >= 2
        && subject.len() <= 6
        && DETERMINERS.contains(&subject[0].norm.as_str())
        && subject[1..].iter().all(|t| {
            let x = t.norm.as_str();
            word(x) && !LEADS_IN.contains(&x) && !NO_STEP_VERB.contains(&x) && !x.ends_with("ed")
        })
        && !raw_last.ends_with('\'')
        && !raw_last.ends_with('’');
    (pronoun || noun || named).then_some((noun || named, last))
}

/// The clause timetables a step in the present simple: its subject and a present verb, and a month,
/// season or feast after the verb or opening the clause ("After Christmas the markers go into ...").
/// A date before the verb inside the clause ("the pressure in winter is staffing") says when
/// something holds, not when it will be done.
pub(super) fn timetabled(text: &str, ts: &[Token]) -> bool {
    // "every February", "each spring", "every year in March": a habit in its month.
    let every = ts.windows(2).any(|p| {
        matches!(p[0].norm.as_str(), "every" | "each")
            && (MONTH_WORDS.contains(&p[1].norm.as_str())
                || SEASONS.contains(&p[1].norm.as_str())
                || matches!(
                    p[1].norm.as_str(),
                    "year" | "month" | "quarter" | "week" | "time"
                ))
    });
    if every || ts.iter().any(|t| HABITUAL.contains(&t.norm.as_str())) {
        return false;
    }
    let Some(date) = date_at(ts) else {
        return false;
    };
    let start = subject_start(ts, date);
    let opening = start > date;
    // "The busiest weeks in winter are the hardest": a verb after the date is the clause's own, so
    // the date sits in the subject and "weeks" before it is a noun.
    // A verb after "once", "when" or "if" belongs to a clause of its own ("the report closes at
    // the June meeting once the survey is back").
    let verb_after = ts[date..]
        .iter()
        .take_while(|t| {
            !matches!(
                t.norm.as_str(),
                "once"
                    | "when"
                    | "if"
                    | "until"
                    | "because"
                    | "as"
                    | "that"
                    | "which"
                    | "who"
                    | "while"
                    | "so"
                    | "and"
                    | "but"
            )
        })
        .any(|t| matches!(t.norm.as_str(), "is" | "are" | "was" | "were"));
    (start..ts.len())
        .any(|k| (opening || (k < date && !verb_after)) && present_verb(text, ts, start, k))
}

/// "the patch model extends to the western wards", "the same rule is written into the contracts": a
/// clause that opens on its subject and goes on in the present simple (or its passive), with no
/// habit to it. After "When the contracts end in March," it is the step that date brings.
pub(super) fn steps_on(text: &str, ts: &[Token]) -> bool {
    let w = |i: usize| ts.get(i).map_or("", |t| t.norm.as_str());
    // "every February", "each year": a habit; "every new tenant" is who the step reaches.
    let habit = ts.iter().any(|t| HABITUAL.contains(&t.norm.as_str()))
        || ts.windows(2).any(|p| {
            matches!(p[0].norm.as_str(), "every" | "each")
                && (MONTH_WORDS.contains(&p[1].norm.as_str())
                    || (SEASONS.contains(&p[1].norm.as_str()) && p[1].norm != "new")
                    || matches!(
                        p[1].norm.as_str(),
                        "year" | "month" | "quarter" | "week" | "time" | "day" | "morning"
                    ))
        });
    if habit {
        return false;
    }
    let start = subject_start(ts, usize::MAX);
    (start + 1..ts.len()).any(|k| {
        let passive = matches!(w(k), "is" | "are")
            && ((w(k + 1).ends_with("ed") && w(k + 1).len() >= 4)
                || past::PARTICIPLES.contains(&w(k + 1)))
            && subject_before(text, ts, start, k).is_some();
        passive || present_verb(text, ts, start, k)
    })
}
