//! Whether a word found really claims what it seems to: "not", "hope to" or "I think" before it
//! undo a claim ([`not_claimed`]); "the next day" is no step ([`stray_next`]); "the Better Care Fund"
//! and "so that GPs can refer" are no change ([`names_or_purpose`]); and where a present state is said
//! with "now", "currently" or "these days" ([`new_states`]). Kept apart from the analysis in `mod.rs`,
//! which gathers the matches; these mostly say no to one.

use super::clause;
use super::evidence::{self, MarkerKind};
use super::pattern::NOW_WORD;
use super::text::{self, Sentences};
use super::words;
use crate::text::NUMBER_OR_NONE_WORDS as NUMBER_WORDS;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Words before a claim that keep it from being one: negation ("not", "haven't"), intent ("hope to",
/// "plan to", "will", "going to"), and hedges ("maybe", "I think", "I'd like to think"). Checked word
/// by word, since it runs for every finding.
const NOT_CLAIMED_WORDS: &[&str] = &[
    "not",
    "never",
    "no",
    "cannot",
    "hope",
    "hopes",
    "hoping",
    "hoped",
    "hopefully",
    "maybe",
    "perhaps",
    "might",
    "could",
    "would",
    "should",
    "will",
    "intend",
    "intends",
    "intention",
    "if",
    "whether",
    "unless",
    "probably",
    "possibly",
];

/// Two- and three-word cues, lower case.
const NOT_CLAIMED_PHRASES: &[&[&str]] = &[
    &["going", "to"],
    &["plan", "to"],
    &["plans", "to"],
    &["planning", "to"],
    &["planned", "to"],
    &["we", "plan"],
    &["i", "plan"],
    &["aim", "to"],
    &["aims", "to"],
    &["aiming", "to"],
    &["want", "to"],
    &["wants", "to"],
    &["expect", "to"],
    &["expected", "to"],
    &["try", "to"],
    &["tries", "to"],
    &["trying", "to"],
    &["tried", "to"],
    &["try", "and"],
    &["attempt", "to"],
    &["too", "early"],
    &["yet", "to"],
    &["i", "think"],
    &["i", "feel"],
    &["i", "believe"],
    &["i", "suppose"],
    &["i", "guess"],
    &["like", "to", "think"],
    // "we're starting to see staff feel more confident": the first signs, not a change claimed.
    &["starting", "to", "see"],
    &["beginning", "to", "see"],
    // "nobody has checked attendance against last year's": a comparison no one has made.
    &["nobody", "has", "checked"],
    &["nobody", "has", "compared"],
    &["nobody", "has", "looked"],
    &["nobody's", "checked"],
    &["nobody's", "compared"],
    &["nobody's", "looked"],
    &["one", "has", "checked"],
    &["one", "has", "compared"],
    &["one", "has", "looked"],
    // "Room to improve of course", "scope for improvement": a change still possible, not made.
    &["room", "to"],
    &["room", "for"],
    &["scope", "to"],
    &["scope", "for"],
    // "it feels like morale is better", "I'm confident it has changed how we work": the speaker's
    // impression or belief set over the change, not the change shown.
    &["feels", "like"],
    &["seems", "like"],
    &["i'm", "confident"],
    &["i", "am", "confident"],
    &["i'm", "sure"],
    &["i'm", "convinced"],
];

/// Pairs that hold a cue word without undoing the claim: "not only", "no longer", "no one".
const CUE_EXCEPT: &[[&str; 2]] = &[
    ["not", "only"],
    ["no", "longer"],
    ["no", "one"],
    ["no", "more"],
    ["or", "not"],
    ["will", "now"],
    ["would", "otherwise"],
    // "what I'm sure of is that forty six men have been seen": certainty stated, the claim plain.
    ["what", "i'm"],
];

/// The clause before `start`: from the last stop, colon, semicolon, comma, dash or bracket.
fn clause_before(text: &str, start: usize) -> &str {
    let before = text.get(..start).unwrap_or("");
    // A clause is short; only the last 160 bytes are searched, so the scan stays linear.
    let window = before.ceil_char_boundary(start.saturating_sub(160));
    let near = &before[window..];
    let from = near
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?' | ';' | ':' | ',' | '(' | ')' | '–' | '—')
                || (c == '\n' && !text::wrapped_line_at(text, window + i))
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    &near[from..]
}

/// True when the claim at `range` is denied, hoped for, planned or hedged in its own clause.
pub(super) fn not_claimed(text: &str, range: &Range<usize>, floor: usize) -> bool {
    let clause = clause_before(text, range.start);
    // The clause reader's clause starts at `floor`: in a transcript with no stops, a denial in the
    // clause before ("people who didn't need them ... so I rewrote the criteria") is not this one's.
    let from = clause
        .len()
        .saturating_sub(range.start.saturating_sub(floor));
    let clause = if from > 0 && clause.is_char_boundary(from) {
        &clause[from..]
    } else {
        clause
    };
    let unquoted = without_quotes(clause);
    let words: Vec<&str> = unquoted
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = words
        .iter()
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let excepted = |i: usize| {
        CUE_EXCEPT.iter().any(|[a, b]| {
            (lower[i] == *a && lower.get(i + 1).is_some_and(|n| n == b))
                || (lower[i] == *b && i > 0 && lower[i - 1] == *a)
        })
    };
    for (i, w) in lower.iter().enumerate() {
        if excepted(i) {
            continue;
        }
        // "if I'm honest, what I did was ...": an aside, not a condition on the claim.
        if w == "if"
            && clause::if_aside(
                lower.get(i + 1).map_or("", String::as_str),
                lower.get(i + 2).map_or("", String::as_str),
            )
        {
            continue;
        }
        // "complaints about not understanding charges fell": the "not" is the noun phrase's.
        if w == "not" && {
            let before: Vec<&str> = lower[..i].iter().map(String::as_str).collect();
            clause::not_in_noun_phrase(&before, lower.get(i + 1).map_or("", String::as_str))
        } {
            continue;
        }
        // "may" the verb, not "May" the month.
        if NOT_CLAIMED_WORDS.contains(&w.as_str()) || (w == "may" && words[i] == "may") {
            return true;
        }
        // "visits that couldn't be made down to 4": a denial in a relative clause names what is
        // counted, as the clause reader reads it ("records show that visits couldn't" still denies).
        let relative = i > 1
            && matches!(lower[i - 1].as_str(), "that" | "who" | "which")
            && !clause::REPORTING.contains(&lower[i - 2].as_str())
            && !matches!(
                lower[i - 2].as_str(),
                "i" | "we" | "they" | "he" | "she" | "it" | "you" | "show" | "shows" | "showed"
            );
        if w.ends_with("'ll") || (w.ends_with("n't") && !relative) {
            return true;
        }
        if w.ends_with("'d") && lower.get(i + 1).is_some_and(|n| n == "hope") {
            return true;
        }
        if w == "i" && lower.get(i + 1).is_some_and(|n| n == "think") {
            // The word after "I think" may be the first of the range itself ("from about 30 ...").
            let after = lower.get(i + 2).cloned().unwrap_or_else(|| {
                text[range.clone()]
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_lowercase()
            });
            let before = if i > 0 { lower[i - 1].as_str() } else { "" };
            if clause::softens_a_size(before, &after) {
                continue;
            }
        }
        if NOT_CLAIMED_PHRASES.iter().any(|p| {
            p.iter()
                .enumerate()
                .all(|(k, part)| lower.get(i + k).is_some_and(|x| x == part))
        }) {
            return true;
        }
    }
    false
}

/// `clause` with what stands between quotation marks left out ("'didn't understand the letter'"):
/// quoted words are someone's words, not a denial or a plan of the speaker's. A mark opens a quote
/// after a space and before a letter, and closes one after a letter and before a space; a quote
/// never closed is kept, since its mark was most likely an apostrophe.
fn without_quotes(clause: &str) -> String {
    let chars: Vec<(usize, char)> = clause.char_indices().collect();
    let is_mark = |c: char| matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’');
    let mut out = String::with_capacity(clause.len());
    let mut kept_to = 0;
    let mut open: Option<usize> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !is_mark(c) {
            continue;
        }
        let before = k.checked_sub(1).map(|b| chars[b].1);
        let after = chars.get(k + 1).map(|a| a.1);
        match open {
            None if before.is_none_or(|b| !b.is_alphanumeric())
                && after.is_some_and(char::is_alphanumeric) =>
            {
                open = Some(i + c.len_utf8());
            }
            Some(from)
                if before.is_some_and(|b| b.is_alphanumeric())
                    && after.is_none_or(|a| !a.is_alphanumeric()) =>
            {
                out.push_str(&clause[kept_to..from]);
                kept_to = i;
                open = None;
            }
            _ => {}
        }
    }
    out.push_str(&clause[kept_to..]);
    out
}

/// The word just before `byte`, lower-cased.
fn word_before(text: &str, byte: usize) -> String {
    let before = text.get(..byte).unwrap_or("").trim_end();
    let start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    before[start..].to_lowercase()
}

/// "Nobody has surveyed the tenants", "None of us measured the waits": a measure whose subject is
/// no one was never taken. The clause itself asserts (the denial is in its subject, the way
/// "nobody waits more than a week" claims a result), so only a source said as a verb (`mk`, ending
/// "-ed") is let go.
pub(super) fn nobody_took(
    text: &str,
    toks: &[words::Token],
    c: &clause::Clause,
    mk: &Range<usize>,
) -> bool {
    // "because nobody has gone back to the figures": a joining word may open the clause.
    let opening: Vec<&str> = toks[c.toks.clone()]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .skip_while(|w| {
            matches!(
                *w,
                "because" | "and" | "but" | "so" | "as" | "since" | "cos"
            )
        })
        .take(2)
        .collect();
    let no_one = matches!(
        opening.as_slice(),
        ["nobody" | "no-one" | "nobody's", ..] | ["no", "one"] | ["none" | "neither", "of"]
    );
    if !no_one {
        return false;
    }
    if text[mk.clone()].to_ascii_lowercase().ends_with("ed") {
        return true;
    }
    // "nobody has gone back to the figures", "no one has looked at the data": the source the
    // nobody's verb reaches, with a verb said as done between (not "nobody waits a week, the audit
    // shows", where the source reports the result).
    let between: Vec<&str> = toks[c.toks.clone()]
        .iter()
        .filter(|t| t.end <= mk.start && t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    let done = between.iter().any(|w| {
        matches!(*w, "has" | "have" | "had" | "did" | "ever" | "bothered")
            || (w.len() > 4 && w.ends_with("ed"))
            || matches!(*w, "gone" | "looked" | "checked" | "pulled")
    });
    let reports = between.iter().any(|w| {
        matches!(
            *w,
            "shows" | "show" | "showed" | "says" | "said" | "according" | "found"
        )
    });
    done && !reports
}

/// "we've had complaints but I don't have a number for them", "carers have rung us, though I
/// couldn't tell you how many": a source whose count the speaker then says they do not have, in a
/// later clause of its sentence.
pub(super) fn count_denied_after(
    text: &str,
    toks: &[words::Token],
    clauses: &[clause::Clause],
    mk: &Range<usize>,
) -> bool {
    // Things counted ("complaints", "referrals"), not someone's word ("managers say ..., but I
    // haven't got the figures to prove it" still names who said it).
    let said = text[mk.clone()].to_ascii_lowercase();
    if !said.ends_with('s') || said.contains(' ') {
        return false;
    }
    let Some(i) = clauses.iter().position(|c| c.bytes.end > mk.start) else {
        return false;
    };
    let sentence = clauses[i].sentence;
    // A transcript's "and we've had complaints | but I don't have a number" may be cut into two
    // sentences; a "but" or "though" still ties the denial to the source before it.
    clauses[i + 1..]
        .iter()
        .take(3)
        .enumerate()
        .take_while(|(k, c)| {
            c.sentence == sentence
                || (*k == 0
                    && toks[c.toks.clone()]
                        .iter()
                        .find(|t| t.is_word())
                        .is_some_and(|t| matches!(t.norm.as_str(), "but" | "though" | "although")))
        })
        .any(|(_, c)| {
            let ws: Vec<&str> = toks[c.toks.clone()]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.norm.as_str())
                .collect();
            let no_count = ws.iter().any(|w| {
                matches!(
                    *w,
                    "number" | "numbers" | "figure" | "figures" | "count" | "total"
                )
            }) || ws.windows(2).any(|p| p == ["how", "many"]);
            c.stance == clause::Stance::Denied && no_count
        })
}

/// Words that only praise feedback, saying neither who gave it nor what it said.
const PRAISE: &[&str] = &[
    "good",
    "great",
    "positive",
    "lovely",
    "brilliant",
    "excellent",
    "fantastic",
    "nice",
    "really",
    "very",
    "such",
    "the",
    "some",
    "lots",
    "of",
    "lot",
];

/// "we get really good feedback generally", "the feedback we get is generally positive": feedback
/// praised with no one named as giving it ("from carers", "families' feedback") and nothing it said
/// (no "that", no figure, nothing reported), which is a claim about feedback, not a source.
pub(super) fn feedback_unsourced(
    text: &str,
    toks: &[words::Token],
    c: &clause::Clause,
    mk: &Range<usize>,
) -> bool {
    if !text[mk.clone()].eq_ignore_ascii_case("feedback") {
        return false;
    }
    let ts = &toks[c.toks.clone()];
    let at = ts.partition_point(|t| t.start < mk.start);
    let before = ts[..at].iter().rev().find(|t| t.is_word());
    let no_giver = before.is_none_or(|t| PRAISE.contains(&t.norm.as_str()) || t.norm == "get");
    let after: Vec<&str> = ts[at..]
        .iter()
        .skip(1)
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    // "a feedback card", "the feedback session": feedback naming a thing, not a claim about it.
    let names_a_thing = after.first().is_some_and(|w| {
        !matches!(
            *w,
            "generally"
                | "overall"
                | "we"
                | "is"
                | "was"
                | "has"
                | "'s"
                | "so"
                | "and"
                | "but"
                | "really"
                | "too"
                | "all"
                | "about"
                | "on"
                | "in"
                | "at"
        )
    });
    let says_something = names_a_thing
        || after.iter().any(|w| {
            matches!(
                *w,
                "from"
                    | "that"
                    | "saying"
                    | "said"
                    | "says"
                    | "shows"
                    | "showed"
                    | "forms"
                    | "survey"
            ) || clause::is_figure_word(w)
        })
        || c.figure;
    no_giver && !says_something
}

/// "Carers no longer fill in the same form twice": what people no longer have to do, said in a
/// clause that is not past ("he was no longer safe at home" is how things were), is where things
/// stand.
pub(super) fn no_longer_now(toks: &[words::Token], clauses: &[clause::Clause]) -> bool {
    // "he doesn't nod off at the counter any more", "they don't ring the police anymore": what
    // someone has stopped doing, said with "any more" ("the test isn't the whole story any more" is a
    // rule changed, not where things stand).
    let not_any_more = clauses.iter().any(|c| {
        let ts = &toks[c.toks.clone()];
        c.stance == clause::Stance::Denied
            && c.time != clause::Time::Past
            && ts
                .iter()
                .any(|t| matches!(t.norm.as_str(), "doesn't" | "don't" | "won't"))
            && (ts.iter().any(|t| t.norm == "anymore")
                || ts
                    .windows(2)
                    .any(|w| w[0].norm == "any" && w[1].norm == "more"))
    });
    not_any_more
        || toks.windows(2).enumerate().any(|(k, w)| {
            w[0].norm == "no"
                && w[1].norm == "longer"
                && clause::at(clauses, w[0].start).is_some_and(|c| {
                    c.stance.claims()
                        && c.time != clause::Time::Past
                        && !matches!(
                            toks[k.saturating_sub(1)].norm.as_str(),
                            "was" | "were" | "had"
                        )
                })
        })
}

/// "The waits are still not where I want them", "our offer still isn't good enough": a state that
/// is still not right is where things stand, though its clause denies ("we still haven't measured
/// it" denies an action, and says nothing of how things are).
pub(super) fn still_not_right(toks: &[words::Token], clauses: &[clause::Clause]) -> bool {
    clauses.iter().any(|c| {
        let ts = &toks[c.toks.clone()];
        c.stance == clause::Stance::Denied
            && ts.iter().all(|t| {
                !matches!(
                    t.norm.as_str(),
                    "have" | "has" | "haven't" | "hasn't" | "did" | "didn't" | "don't" | "doesn't"
                )
            })
            && ts.windows(2).any(|w| {
                w[0].norm == "still" && matches!(w[1].norm.as_str(), "not" | "isn't" | "aren't")
            })
            && ts.iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "is" | "are" | "isn't" | "aren't" | "it's" | "they're" | "we're"
                )
            })
    })
}

/// "I feed back to the board", "we fed back the themes": the speaker reporting on, which is no
/// source of knowing; "families fed back that ..." is one.
pub(super) fn speaker_feeds_back(text: &str, mk: &Range<usize>) -> bool {
    let said = text[mk.clone()].to_ascii_lowercase();
    (said.starts_with("feed back")
        || said.starts_with("fed back")
        || said.starts_with("feeding back"))
        && matches!(
            word_before(text, mk.start).as_str(),
            "i" | "we" | "also" | "then" | "regularly" | "always"
        )
}

/// "we really value what people tell us", "we listen to what carers say": a stance towards feedback
/// in general, with nothing heard; "carers tell us it helps" and "what families told us was..." are
/// sources.
pub(super) fn feedback_valued(text: &str, mk: &Range<usize>) -> bool {
    let said = text[mk.clone()].to_ascii_lowercase();
    // The marker may hold who says it ("carers say").
    let present = said
        .split_whitespace()
        .any(|w| matches!(w, "tell" | "tells" | "say" | "says"));
    if !present {
        return false;
    }
    // Up to two words for who says it ("people", "our carers"), then "what", then the valuing verb.
    let mut at = mk.start;
    for _ in 0..3 {
        let word = word_before(text, at);
        let Some(pos) = text[..at].to_ascii_lowercase().rfind(&word) else {
            return false;
        };
        if word == "what" {
            return matches!(
                word_before(text, pos).as_str(),
                "value" | "values" | "valued" | "to" | "on" | "respect" | "welcome" | "hear"
            );
        }
        if word.is_empty() {
            return false;
        }
        at = pos;
    }
    false
}

/// "When I started", "since I started": a time, not an action.
pub(super) fn started_in_post(text: &str, start: usize, said: &str) -> bool {
    said.ends_with("started")
        && matches!(
            word_before(text, start).as_str(),
            "when" | "since" | "before" | "after" | "until" | "till" | "as" | "once"
        )
}

fn starts_with_figure(rest: &str) -> bool {
    let rest = rest.trim_start().trim_start_matches('£');
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    NUMBER_WORDS.contains(&word.as_str())
}

/// "only 4%", "just 12 carers": a figure reported, not the work played down; "initials only," restricts.
pub(super) fn limits_a_figure(text: &str, r: &Range<usize>) -> bool {
    let word = text[r.clone()].to_ascii_lowercase();
    if word != "only" && word != "just" {
        return false;
    }
    let rest = &text[r.end..];
    starts_with_figure(rest) || (word == "only" && rest.starts_with([',', '.', ';', ':', ')']))
}

/// The rest of the clause after `byte`, at most 120 bytes.
fn clause_after(text: &str, byte: usize) -> &str {
    let rest = text.get(byte..).unwrap_or("");
    let end = rest.floor_char_boundary(120);
    let rest = &rest[..end];
    let stop = rest
        .find(['.', '!', '?', ';', ',', ':', '\n', '('])
        .unwrap_or(rest.len());
    &rest[..stop]
}

/// Modal verbs that make "so that" a purpose ("so that GPs can refer"), not a result.
const PURPOSE_MODALS: &[&str] = &["can", "could", "will", "would", "may", "might", "should"];

/// Words before "to" that make the change after it an aim: "ways to improve", "aims to reduce".
const SOUGHT_BEFORE_TO: &[&str] = &[
    "ways",
    "way",
    "aim",
    "aims",
    "aiming",
    "want",
    "wants",
    "seeking",
    "seek",
    "seeks",
    "looking",
    "striving",
    "strive",
    "opportunities",
    "opportunity",
    "ambition",
    "how",
];

/// "we were very aware of the impact on families", "mindful of the impact of the cuts": an effect
/// the speaker was aware of or worried about, not a difference the work made.
pub(super) fn impact_noticed(toks: &[words::Token], r: &Range<usize>) -> bool {
    let i = toks.partition_point(|t| t.start < r.start);
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    matches!(w(i), "impact" | "impacts")
        && i >= 3
        && matches!(w(i - 1), "the" | "its" | "their")
        && matches!(w(i - 2), "of" | "about")
        && matches!(
            w(i - 3),
            "aware" | "mindful" | "conscious" | "worried" | "concerned" | "wary" | "anxious"
        )
}

/// A change word doing other work: part of a name ("the Better Care Fund", "our Improving Lives
/// board"), a rating ("requires improvement"), a kind of thing ("an independent advocate"), a
/// purpose ("so that providers can move visits"), or "grew up".
pub(super) fn names_or_purpose(text: &str, toks: &[words::Token], r: &Range<usize>) -> bool {
    let i = toks.partition_point(|t| t.start < r.start);
    let j = toks.partition_point(|t| t.end <= r.end).max(i + 1);
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let capital = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_word()
                && text[t.start..t.end].starts_with(|c: char| c.is_uppercase())
                && t.norm != "i"
        })
    };
    let first = w(i);
    // A capitalised change word beside another capitalised word is a name, and so is one in a
    // title after "called" ("a scheme called Better at Home", "called Sooner and Safer").
    let mut title = i;
    while title > 0 && (capital(title - 1) || matches!(w(title - 1), "and" | "at" | "of" | "for")) {
        title -= 1;
    }
    // "Our Stronger at Home offer": a capitalised change word joined to a capitalised word by
    // "at", "of", "for" or "and" is a title.
    let joined_title = matches!(w(j), "at" | "of" | "for" | "and" | "in") && capital(j + 1);
    if capital(i)
        && (capital(j)
            || joined_title
            || (i > 0 && capital(i - 1) && !sentence_start(toks, i - 1))
            || (title > 0 && matches!(w(title - 1), "called" | "named" | "titled")))
    {
        return true;
    }
    // "our improvement programme", "the improvement board": the work's name, not a change.
    if first.starts_with("improv") && WORK_NOUNS.contains(&w(j)) {
        return true;
    }
    // "the board's learning and improvement subgroup", "the practice improvement panel": the noun
    // "improvement" set straight before another noun describes it, and names the work.
    if first == "improvement" && j == i + 1 && a_noun_after_a_modifier(toks, j) {
        return true;
    }
    // "Our goal is fewer people placed out of area", "its aim is faster decisions": what an aim
    // says is sought, not made.
    let from = (0..i).rev().find(|&k| sentence_start(toks, k)).unwrap_or(0);
    // "The partnership's aim is ...", "Its four priorities are ...": an owner's or a counted aim.
    let owner = |k: usize| {
        matches!(w(k), "the" | "our" | "its" | "my" | "their" | "his" | "her")
            || (w(k).ends_with("'s") && w(k).len() > 2)
    };
    let counted = |k: usize| {
        matches!(
            w(k),
            "two" | "three" | "four" | "five" | "six" | "main" | "key" | "first" | "overall"
        ) || w(k).starts_with(|c: char| c.is_ascii_digit())
    };
    if (from..i).any(|k| {
        (AIMS.contains(&w(k)) || matches!(w(k), "priority" | "priorities"))
            && k > 0
            && (owner(k - 1) || (k > 1 && counted(k - 1) && owner(k - 2)))
            && matches!(w(k + 1), "is" | "was" | "are" | "were")
            && aim_reaches(toks, k, i)
    }) {
        return true;
    }
    // "We're aiming at a calmer, less rushed visit", "it commits partners to fewer hand-offs": what
    // is aimed at or promised, not a change made.
    if (from..i).any(|k| {
        let aimed = matches!(w(k), "aiming" | "aim" | "aims" | "working" | "journey")
            && matches!(w(k + 1), "at" | "for" | "towards" | "toward");
        let promised = matches!(w(k), "commits" | "commit" | "pledges" | "pledge")
            && (k + 1..(k + 4).min(i)).any(|t| w(t) == "to");
        (aimed || promised) && aim_reaches(toks, k, i)
    }) {
        return true;
    }
    // "It is there to give people a safer, calmer first month", "the course is designed to make
    // moves less frightening", "the line was set up to give quicker help": what a service is for,
    // told in the present or of its setting up, not what it has done.
    if (from.max(2)..i).any(|k| {
        w(k) == "to"
            && (matches!(
                w(k - 1),
                "there" | "designed" | "meant" | "intended" | "exists" | "exist"
            ) || (w(k - 1) == "up"
                && w(k - 2) == "set"
                && matches!(
                    w(k.saturating_sub(3)),
                    "was" | "were" | "is" | "are" | "been"
                )))
            && aim_reaches(toks, k, i)
    }) {
        return true;
    }
    // "a shorter form", "the simpler route": a thing described, not a change.
    // "a shorter, plainer letter": two describing words before the thing.
    let described_next = |k: usize| {
        toks.get(k).is_some_and(|t| t.is_word())
            && !matches!(w(k), "than" | "for" | "and" | "or" | "to" | "at" | "in")
    };
    if i > 0
        && matches!(w(i - 1), "a" | "an" | "the" | "our" | "their")
        && (first.ends_with("er") || first == "better")
        && (described_next(j)
            || (w(j) == ","
                && (w(j + 1).ends_with("er") || w(j + 1) == "better")
                && described_next(j + 2)))
    {
        return true;
    }
    if first == "so" && w(i + 1) == "that" {
        return (j..j + 4).any(|k| PURPOSE_MODALS.contains(&w(k)))
            || under_way_before(toks, i)
            || purpose_before(toks, from, i);
    }
    // "... are rebuilding it so that fewer carers wait": a change word inside that aim.
    if (from..i).any(|k| {
        w(k) == "so"
            && w(k + 1) == "that"
            && (under_way_before(toks, k) || purpose_before(toks, from, k))
    }) {
        return true;
    }
    // "helping those who can no longer hold a pen", "residents who are no longer able to walk":
    // what the people can no longer do says who they are, a loss the work did not make.
    if first == "no"
        && w(i + 1) == "longer"
        && (matches!(w(i.saturating_sub(1)), "can" | "could")
            || w(i + 2) == "able"
            || (w(i + 2) == "manage" || w(i + 2) == "cope"))
        && (i.saturating_sub(3)..i).any(|k| w(k) == "who")
    {
        return true;
    }
    // "always looking for ways to improve", "aims to reduce": a change sought, not one made.
    if i >= 2 && w(i - 1) == "to" && SOUGHT_BEFORE_TO.contains(&w(i - 2)) {
        return true;
    }
    (first.starts_with("improv") && i > 0 && w(i - 1).starts_with("requir"))
        || (first.starts_with("independen")
            && i > 0
            && matches!(w(i - 1), "an" | "a" | "the")
            && toks.get(j).is_some_and(|t| t.is_word()))
        || (first == "grew" && w(j) == "up")
}

/// "It is meant to give people a quicker start, so that more people stay at home": what a service
/// is meant, designed or intended to do, earlier in the sentence, makes the "so that" its aim too.
fn purpose_before(toks: &[words::Token], from: usize, i: usize) -> bool {
    (from.max(1)..i).any(|k| {
        toks[k].norm == "to"
            && matches!(toks[k - 1].norm.as_str(), "meant" | "designed" | "intended")
    })
}

/// Whether an aim opened at token `from` reaches the change word at `to`: no "but", "so" or "then"
/// and no mark between, save a comma in a list of what is sought ("a smoother, less frightening
/// move"); "The aim was simple, and waits have come down" says the change was made.
fn aim_reaches(toks: &[words::Token], from: usize, to: usize) -> bool {
    (from..to).all(|b| {
        let next = toks.get(b + 1).map_or("", |t| t.norm.as_str());
        let listed = toks[b].norm == "," && !matches!(next, "and" | "but" | "so" | "then");
        (toks[b].is_word() || listed) && !matches!(toks[b].norm.as_str(), "but" | "so" | "then")
    })
}

/// "We are redesigning the front door so that more people are helped": work still under way in the
/// sentence before "so that" makes what follows its aim, not its result; so does a wish ("we want a
/// simpler form so that families ask sooner").
fn under_way_before(toks: &[words::Token], i: usize) -> bool {
    let from = (0..i).rev().find(|&k| sentence_start(toks, k)).unwrap_or(0);
    (from.max(1)..i).any(|k| {
        let before = toks[k - 1].norm.as_str();
        (toks[k].norm.len() > 4
            && toks[k].norm.ends_with("ing")
            && matches!(
                before,
                "are" | "is" | "am" | "we're" | "i'm" | "they're" | "it's"
            ))
            || (matches!(toks[k].norm.as_str(), "want" | "wanted" | "need" | "needed")
                && matches!(before, "we" | "i" | "they"))
            // "The idea is a joined-up first conversation so that people get help sooner": an aim
            // named before "so that" makes what follows what is sought.
            || (AIMS.contains(&toks[k].norm.as_str())
                && matches!(before, "the" | "our" | "its" | "my" | "their")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.norm.as_str(), "is" | "was")))
    })
}

/// Nouns that say what an aim is: "our goal is", "the aim was"; "plan" only with a determiner
/// straight before it, so "her care plan is" is no aim.
const AIMS: &[&str] = &[
    "plan",
    "plans",
    "idea",
    "target",
    "aim",
    "aims",
    "goal",
    "goals",
    "ambition",
    "intention",
    "objective",
    "purpose",
    "vision",
];

/// Whether the word at `k`, just after a noun, is a noun that the one before it describes
/// ("improvement subgroup", "improvement champions"): a plain lower-case word that is no verb form,
/// preposition, pronoun or linking word ("improvement in", "improvement was", "improvement showed",
/// "improvement since").
fn a_noun_after_a_modifier(toks: &[words::Token], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    let n = t.norm.as_str();
    let plain = n.len() > 2 && n.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    plain
        && !clause::is_past_word(n)
        && !n.ends_with("ly")
        && !n.ends_with("ing")
        && (!n.ends_with('s') || WORK_NOUNS.contains(&n) || n.ends_with("ss"))
        && !clause::SUBJECTS.contains(&n)
        && !clause::REPORTING.contains(&n)
        && !matches!(
            n,
            "in" | "on" | "at" | "for" | "of" | "to" | "across" | "since" | "and" | "or" | "but"
                | "with" | "from" | "over" | "by" | "into" | "there" | "here" | "that" | "which"
                | "who" | "has" | "have" | "had" | "will" | "would" | "can" | "could" | "may"
                | "might" | "must" | "should" | "the" | "a" | "an" | "our" | "their" | "this"
                | "these" | "those" | "too" | "then" | "than" | "overall" | "all" | "every"
                | "came" | "made" | "happen" | "seen" | "shown" | "needed" | "needs"
                | "through" | "within" | "after" | "before" | "during" | "under" | "between"
                | "among" | "against" | "where" | "when" | "while" | "because" | "as" | "if"
                | "be" | "been" | "being" | "do" | "does" | "did" | "not" | "no" | "up"
                | "out" | "down" | "off" | "about" | "around" | "again" | "still" | "even"
                | "already" | "yet" | "just" | "very" | "much" | "more" | "less" | "really"
                // Times and ways, not things: "noticed the improvement straight away".
                | "straight" | "right" | "away" | "now" | "today" | "last" | "next" | "each"
                | "soon" | "fast" | "quick" | "overnight" | "once" | "twice" | "almost"
        )
}

/// Work that "improvement" may name: "our improvement programme", "the improvement board".
const WORK_NOUNS: &[&str] = &[
    "programme",
    "program",
    "plan",
    "plans",
    "board",
    "project",
    "work",
    "journey",
    "group",
    "team",
    "lead",
    "priorities",
    "priority",
    "cycle",
    "partner",
    "network",
    "officer",
];

/// Whether token `k` opens a sentence or a line.
fn sentence_start(toks: &[words::Token], k: usize) -> bool {
    k == 0 || matches!(toks[k - 1].norm.as_str(), "." | "!" | "?" | ":" | "-" | "•")
}

/// "two pads a day fewer than they'd been assessed for", "less than the hours agreed": a shortfall
/// against what was due, not a change over time ("fewer than last year" is one).
pub(super) fn short_of_what_was_due(text: &str, r: &Range<usize>) -> bool {
    let said = text[r.clone()].to_ascii_lowercase();
    let clause = clause_after(text, r.end).to_lowercase();
    matches!(said.as_str(), "fewer" | "less" | "more")
        && clause.trim_start().starts_with("than ")
        && clause.split_whitespace().any(|w| {
            matches!(
                w,
                "assessed" | "prescribed" | "promised" | "entitled" | "commissioned" | "agreed"
            )
        })
}

/// "better in some teams than others" compares places, not then and now.
pub(super) fn compares_places(text: &str, r: &Range<usize>) -> bool {
    let clause = clause_after(text, r.end).to_lowercase();
    clause.contains("than other")
        || clause.contains("than in other")
        || clause.contains("than elsewhere")
}

/// "I'm drafting the standards now", "we're rewriting it at the moment": the speaker's work going on
/// in the clause before `start`, which says where the work is, not where things stand.
pub(super) fn work_going_on(text: &str, start: usize) -> bool {
    let lower = clause_before(text, start).to_lowercase().replace('’', "'");
    (lower.contains("i'm ") || lower.contains("we're "))
        && lower
            .split_whitespace()
            .any(|w| w.len() > 5 && w.ends_with("ing"))
}

/// "We go to their meetings now and then", "every now and again": how often, not where things stand.
pub(super) fn now_and_then(text: &str, r: &Range<usize>) -> bool {
    if !text[r.clone()].eq_ignore_ascii_case("now") {
        return false;
    }
    let after = text[r.end..].trim_start().to_ascii_lowercase();
    after.starts_with("and then") || after.starts_with("and again")
}

/// "Our strategy is out for consultation now", "the policy is in draft now", "it's with cabinet
/// for sign-off now": a plan at a stage of being made, where it stands, not a new state for anyone.
fn plan_at_a_stage(before: &str) -> bool {
    let lower = before.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        matches!(
            w,
            ["for" | "in" | "under", "consultation"]
                | ["in" | "at", "draft"]
                | ["under", "review"]
                | ["for" | "awaiting", "sign-off" | "approval"]
                | [
                    "being",
                    "drafted" | "written" | "finalised" | "finalized" | "consulted"
                ]
        )
    })
}

pub(super) fn new_states(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for m in NOW_WORD.find_iter(text) {
        let word = text[m.clone()].to_ascii_lowercase();
        if now_and_then(text, &m) {
            continue;
        }
        if matches!(
            word_before(text, m.start).as_str(),
            "for" | "until" | "till" | "by" | "from" | "right" | "just" | "than" | "to"
        ) {
            continue;
        }
        let after = clause_after(text, m.end);
        let words: Vec<&str> = after.split_whitespace().collect();
        let Some(first) = words.first() else {
            // "She's warm now.", "He's in his own flat with a support worker now": the state is
            // said before "now", at the end of its clause.
            if word == "now" {
                let before = clause_before(text, m.start);
                if before.split_whitespace().count() >= 2
                    && !work_going_on(text, m.start)
                    && !plan_at_a_stage(before)
                {
                    out.push(m.start - before.trim_start().len()..m.end);
                }
            }
            continue;
        };
        let second = words
            .get(1)
            .map_or(String::new(), |w| w.to_ascii_lowercase());
        // "I'm now updating it": the speaker's work going on, not a state reached.
        if matches!(
            word_before(text, m.start).as_str(),
            "m" | "re" | "am" | "are" | "i'm" | "we're"
        ) && first.to_ascii_lowercase().ends_with("ing")
        {
            continue;
        }
        if matches!(
            first.to_ascii_lowercase().as_str(),
            "that"
                | "on"
                | "going"
                | "plan"
                | "plans"
                | "planning"
                | "want"
                | "wants"
                | "aim"
                | "hope"
                | "will"
                | "intend"
        ) || (matches!(first.to_ascii_lowercase().as_str(), "need" | "needs") && second == "to")
        {
            continue;
        }
        if word != "now" {
            let before = clause_before(text, m.start);
            let has_figure = before
                .split_whitespace()
                .chain(words.iter().copied())
                .any(starts_with_figure);
            if !has_figure {
                continue;
            }
        }
        // The marker is "now" and the few words that say the new state.
        let mut end = m.end;
        for w in words.iter().take(4) {
            if let Some(i) = text[end..].find(w) {
                end += i + w.len();
            }
        }
        out.push(m.start..end);
    }
    out
}

/// "88% in the March 2024 audit; in 2019/20 it was 61%": two percentages tied to two different years
/// in one sentence are a before and after. The later percentage is the marker.
pub(super) fn dated_pairs(
    text: &str,
    sentences: &Sentences,
    markers: &[evidence::Marker],
) -> Vec<Range<usize>> {
    let mut by_sentence: HashMap<usize, (Vec<Range<usize>>, HashSet<i32>)> = HashMap::new();
    for mk in markers {
        let i = sentences.index_of(mk.range.start);
        match mk.kind {
            MarkerKind::Percentage => by_sentence.entry(i).or_default().0.push(mk.range.clone()),
            MarkerKind::Date => {
                if let Some(y) = evidence::year_in(&text[mk.range.clone()]) {
                    by_sentence.entry(i).or_default().1.insert(y);
                }
            }
            _ => {}
        }
    }
    let mut out: Vec<Range<usize>> = by_sentence
        .into_values()
        .filter(|(pcts, years)| pcts.len() >= 2 && years.len() >= 2)
        .filter_map(|(pcts, _)| pcts.last().cloned())
        .collect();
    out.sort_by_key(|r| r.start);
    out
}

/// The words before a "next" end "understood what happens", "know what will happen", "explained
/// to them what comes": the next is the object of knowing or telling.
fn known_what_happens(before: &str) -> bool {
    let at = before.ceil_char_boundary(before.len().saturating_sub(120));
    let near = before[at..].to_lowercase();
    let words: Vec<&str> = near
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let mut k = words.len();
    let take = |k: &mut usize| {
        *k = k.checked_sub(1)?;
        words.get(*k).copied()
    };
    if !matches!(
        take(&mut k),
        Some("happens" | "happen" | "happened" | "comes" | "come" | "came")
    ) {
        return false;
    }
    let mut w = take(&mut k);
    if matches!(w, Some("will" | "would" | "might" | "to")) {
        w = take(&mut k);
    }
    if w != Some("what") {
        return false;
    }
    (0..3).filter_map(|_| take(&mut k)).any(|v| {
        matches!(
            v,
            "understand"
                | "understood"
                | "understands"
                | "know"
                | "knew"
                | "knows"
                | "explain"
                | "explained"
                | "explains"
                | "told"
                | "tell"
                | "tells"
                | "sure"
                | "clear"
                | "unsure"
        )
    })
}

/// "next door", "sat next to", "no need to": not a next step.
pub(super) fn stray_next(text: &str, r: &Range<usize>) -> bool {
    let said = text[r.clone()].to_ascii_lowercase();
    // The words just after are enough: lower-casing the whole rest of the text for every step made a
    // long answer quadratic.
    let rest = text[r.end..].trim_start_matches([' ', '\t']);
    let end = rest.floor_char_boundary(80);
    let after = rest[..end].to_ascii_lowercase();
    if said == "next"
        && (after.starts_with("to ") || after.starts_with("door") || after.starts_with("-door"))
    {
        return true;
    }
    // "34 of the 40 said they understood what happens next": what happens next as the thing
    // understood, known, explained or told is no step to come.
    if said == "next" && known_what_happens(text.get(..r.start).unwrap_or("")) {
        return true;
    }
    // "the next day", "the next morning": when something happened, not a step to come.
    if said == "next" && word_before(text, r.start) == "the" {
        let following: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
        if matches!(
            following.as_str(),
            "day" | "morning" | "afternoon" | "evening" | "night" | "time" | "visit" | "week"
        ) {
            return true;
        }
    }
    // "Mr F we'll say", "a woman, I'll call her Ann,": a name given in the telling, no step.
    if matches!(said.as_str(), "we'll" | "i'll" | "we will" | "i will") {
        let mut words = after.split(|c: char| !c.is_alphanumeric() && c != '\'');
        let first = words.next().unwrap_or("");
        let rest = after.get(first.len()..).unwrap_or("").trim_start();
        if (first == "say" && (rest.is_empty() || rest.starts_with([',', '.', ')', ';', '-'])))
            || (first == "call" && matches!(words.next(), Some("him" | "her" | "them")))
        {
            return true;
        }
    }
    // "from the next village", "on to the next ground": the place nearest, not a step to come.
    if said == "next" && word_before(text, r.start) == "the" {
        let following: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
        if super::clause::NEIGHBOURING.contains(&following.as_str()) {
            return true;
        }
    }
    // "I brought the workforce plan to both boards", "our plans to the panel": the noun plan taken
    // somewhere, no intention ("we plan to audit" has its verb after "to").
    if matches!(said.as_str(), "plan to" | "plans to") {
        let following: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
        if super::clause::opens_a_noun(&following) {
            return true;
        }
        // "every plan to bring him home fell through", "their plan to open a crisis house": no
        // one's plan, or another's.
        if matches!(
            word_before(text, r.start).as_str(),
            "every" | "each" | "any" | "no" | "his" | "her" | "their" | "its"
        ) {
            return true;
        }
    }
    // "they were going to go to court": an intention in the story told.
    if said == "going to" {
        // "it was only ever going to work": the words between "was" and "going to" are passed over.
        let mut at = r.start;
        let mut before = word_before(text, at);
        while super::clause::TOLD_ADVERBS.contains(&before.as_str()) {
            at = text[..at].trim_end().len() - before.len();
            before = word_before(text, at);
        }
        if matches!(before.as_str(), "was" | "were") {
            return true;
        }
    }
    let following: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    // "wellbeing is a big priority for us": how much it matters to whom, not a step; "our priority
    // for next year" is one.
    if said.starts_with("priorit") && matches!(following.as_str(), "us" | "me" | "everyone" | "all")
    {
        return true;
    }
    // "Gap: no housing priority for this group", "there's no priority for them": a priority denied.
    if said.starts_with("priorit") {
        let before: Vec<&str> = text[..r.start]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .take(2)
            .collect();
        if before.iter().any(|w| w.eq_ignore_ascii_case("no")) {
            return true;
        }
    }
    if said == "going to" && super::clause::goes_somewhere(&word_before(text, r.start), &following)
    {
        return true;
    }
    // "by the end of it forty people had their feet done": the end of the work told, not a date.
    if said == "by the end of" {
        let following: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
        if matches!(following.as_str(), "it" | "that") {
            return true;
        }
    }
    // "longer than they need to,": the verb left out, no step.
    if said.ends_with("need to")
        && after
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')'))
    {
        return true;
    }
    if said.ends_with("need to") {
        let before = word_before(text, r.start);
        // "I'd need to see how they counted", "what she'd need to stay at home": a need supposed,
        // not a step the speaker has committed to.
        return matches!(before.as_str(), "no" | "not" | "t" | "never")
            || super::clause::supposes(&before);
    }
    // "social value is going to sit at the centre", "it's going to become the norm": how things
    // are expected to be, not a step anyone has committed to.
    if said == "going to" && super::clause::a_state_to_come(&following) {
        return true;
    }
    false
}

/// Verbs of counting or checking: what is "not counted since" is a count not made, no change.
pub(super) const COUNTED: &[&str] = &[
    "counted", "pulled", "checked", "measured", "tracked", "compared", "looked", "audited",
    "surveyed", "recorded",
];

/// "the calls have stopped", "she's not been back in since March", "he no longer needs a night
/// sitter", "they haven't needed us", "no carer has had to ring": something that has ceased, said without a change word; the
/// byte where it is said. Only what holds now counts (a perfect, or "no longer" in the present):
/// "by then they could no longer cope" is a before.
pub(super) fn says_it_ceased(ts: &[words::Token]) -> Option<usize> {
    // "he's" may come as "he" and "'s": the contraction is kept.
    let ws: Vec<&words::Token> = ts
        .iter()
        .filter(|t| t.is_word() || t.norm.starts_with('\''))
        .collect();
    let norms: Vec<&str> = ws.iter().map(|t| t.norm.as_str()).collect();
    let near = |k: usize, f: &dyn Fn(&str) -> bool| norms[..k].iter().rev().take(6).any(|w| f(w));
    // "no carer on the waiting list has had to": the "no" of the subject stands further back.
    let far = |k: usize, f: &dyn Fn(&str) -> bool| norms[..k].iter().rev().take(8).any(|w| f(w));
    let perfect = |k: usize| {
        near(k, &|w| {
            matches!(
                w,
                "has" | "have" | "hasn't" | "haven't" | "s" | "ve" | "'s" | "'ve"
            ) || w.ends_with("'s")
                || w.ends_with("'ve")
        })
    };
    let negated = |k: usize| {
        far(k, &|w| {
            matches!(w, "not" | "never" | "hasn't" | "haven't" | "n't" | "no")
        })
    };
    let past = |k: usize| {
        near(k, &|w| {
            matches!(
                w,
                "could" | "would" | "was" | "were" | "had" | "did" | "couldn't"
            )
        })
    };
    let k = norms.iter().enumerate().position(|(k, w)| match *w {
        "stopped" | "ceased" | "ended" => perfect(k),
        "longer" => k > 0 && norms[k - 1] == "no" && !past(k - 1),
        // "not been back since March", "hasn't needed a carer since the spring".
        "needed" => negated(k) && perfect(k),
        // The same with more words between ("they've not had a search go past four hours since
        // the spring"), or with no verb at all: "Not one since March 2025", "None since."
        // "we haven't pulled any figures since", "nobody has counted them since": a count not made
        // since says nothing about what has stopped.
        "since"
            if norms[..k]
                .iter()
                .rev()
                .take(10)
                .any(|w| COUNTED.contains(w)) =>
        {
            false
        }
        "since" => {
            norms[..k]
                .iter()
                .rev()
                .take(10)
                .any(|w| matches!(*w, "not" | "never" | "hasn't" | "haven't" | "n't" | "no"))
                && (norms[..k].iter().rev().take(10).any(|w| {
                    matches!(*w, "has" | "have" | "hasn't" | "haven't" | "ve" | "'ve")
                        || w.ends_with("'s")
                        || w.ends_with("'ve")
                }) || matches!(norms.first(), Some(&("not" | "none" | "nobody" | "no"))))
        }
        // "no carer has had to ring us in crisis", "we haven't had to use agency staff".
        "had" => negated(k) && perfect(k) && norms.get(k + 1) == Some(&"to"),
        _ => false,
    })?;
    Some(ws[k].start)
}

/// "Jan 25: 4 practices referring": in notes, a month and two digits opening a line before a colon
/// are a month and a year, not a day.
pub(super) fn note_year(text: &str, r: &Range<usize>) -> Option<i32> {
    let (month, digits) = text[r.clone()].rsplit_once([' ', '\t'])?;
    if month.trim().is_empty()
        || digits.len() != 2
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || !text[r.end..].starts_with(':')
    {
        return None;
    }
    let line_start = text[..r.start].rfind('\n').map_or(0, |i| i + 1);
    let lead = text[line_start..r.start]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '•' | '*' | '–'));
    lead.is_empty()
        .then(|| 2000 + digits.parse::<i32>().unwrap_or(0))
}

/// "The therapists say it saves them a phone call", "families tell us it helps": someone else's
/// report, in the present, of what the work does for them. Told in the past, the report is of what it
/// did for them: "88% of carers surveyed said it helped them keep caring" (`time` is the clause's).
pub(super) fn reports_a_benefit(ts: &[words::Token], time: clause::Time) -> bool {
    ts.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "saves" | "spares" | "helps" | "easier" | "quicker" | "safer" | "calmer"
        ) || (time != clause::Time::Present && matches!(t.norm.as_str(), "helped" | "saved"))
    })
}
