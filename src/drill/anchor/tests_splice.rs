//! What a follow-up says back is the answer's own words, in order, cut at clause edges: "Of the
//! three eight were back with you inside six months" (probes-10 p03, judged 2) dropped "of those"
//! from the middle of a phrase. The property, over answers of many shapes: the words after "You
//! said" or "Of" up to the frame's own words are runs of the answer's words (turned to "you"); a
//! run after the first starts where the answer starts a clause, or after a dropped "of them", "of
//! those" or "of those eight" that followed a count; the last run ends where a clause ends. A
//! frame may put in only "who", "and" or "is" between runs.

use super::*;
use crate::insight::words::tokens;

/// The said-back part of a follow-up: after "You said " or "Of (the) ", up to the colon, or for
/// "Of the N who ..., what ...?" up to the first comma. `None` for other frames.
fn said_part(ask: &str) -> Option<&str> {
    let rest = ask
        .strip_prefix("You said ")
        .or_else(|| ask.strip_prefix("Of the "))
        .or_else(|| ask.strip_prefix("Of "))
        .or_else(|| ask.strip_prefix("You told us about "))
        .or_else(|| ask.strip_prefix("You mentioned "))
        // A weak spot said back whole opens the follow-up: "Four of those nine went back...: what".
        .or_else(|| ask.contains(": ").then_some(ask))?;
    let end = rest
        .find(':')
        .or_else(|| rest.find(", "))
        .unwrap_or(rest.len());
    // "Of the 6,400 carers you mentioned": the frame's own words.
    Some(rest[..end].trim_end_matches(" you mentioned"))
}

/// True when the follow-up's word `said` can stand for the answer's word `heard`: the same, or
/// turned to the listener ("you" for "we", "were" for "was" after it).
fn same(said: &str, heard: &str) -> bool {
    said == heard
        || match said {
            "you" => matches!(heard, "i" | "we" | "me" | "us"),
            "your" => matches!(heard, "our" | "my"),
            "yours" => matches!(heard, "ours" | "mine"),
            "you're" => matches!(heard, "i'm" | "we're"),
            "you've" => matches!(heard, "i've" | "we've"),
            "you'd" => matches!(heard, "i'd" | "we'd"),
            "you'll" => matches!(heard, "i'll" | "we'll"),
            "yourself" => heard == "myself",
            "were" => heard == "was",
            "are" => heard == "am",
            _ => false,
        }
}

/// Marks and words at which a clause or a phrase starts or ends.
const EDGES: &[&str] = &[
    ".", ",", ";", ":", "!", "?", "(", ")", "—", "–", "and", "but", "so", "because", "which",
    "who", "that", "when", "while", "whereas", "though", "although", "where", "is", "are", "was",
    "were", "over", "in", "for", "at", "by", "from", "since", "within", "on", "with", "after",
    "before", "during", "until",
];

/// Words a frame may put between runs of the answer's words.
const PUT_IN: &[&str] = &["who", "and", "is"];

/// `Err` with the reason when `said` is not made of runs of `answer`'s words as the module note
/// says.
fn clean_span(answer: &str, said: &str) -> Result<(), String> {
    let toks = tokens(answer);
    let heard: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let said_toks = tokens(said);
    let said: Vec<&str> = said_toks
        .iter()
        .map(|t| t.norm.as_str())
        .filter(|w| w.starts_with(|c: char| c.is_alphanumeric()) || *w == "%" || *w == "£")
        .collect();
    let edge_before = |k: usize| k == 0 || EDGES.contains(&heard[k - 1]);
    let figure = |w: &str| {
        crate::text::number_value(w).is_some() || w.starts_with(|c: char| c.is_ascii_digit())
    };
    // "of them", "of those", "of those eight" dropped after a count; not "of those" alone before
    // the figure it belongs to.
    let dropped_of = |from: usize, to: usize| {
        let gap = &heard[from..to];
        matches!(gap, ["of", "them" | "those" | "these"]) && !figure(heard[to])
            || matches!(gap, ["of", "those" | "these", n] if figure(n))
    };
    // Every way of reading the words as runs is tried: a word may stand in the answer more than
    // once ("are Asian, while Asian families").
    fn fits(
        said: &[&str],
        heard: &[&str],
        at: Option<usize>,
        starts: &dyn Fn(usize, Option<usize>) -> bool,
    ) -> Result<(), String> {
        let Some((&w, rest)) = said.split_first() else {
            return match at {
                Some(q) if q + 1 >= heard.len() || EDGES.contains(&heard[q + 1]) => Ok(()),
                Some(q) => Err(format!(
                    "the quote ends mid-clause, before \"{}\"",
                    heard[q + 1]
                )),
                None => Err("nothing said back".to_string()),
            };
        };
        let mut why = format!("\"{w}\" does not continue a run or start one at a clause edge");
        if let Some(q) = at
            && q + 1 < heard.len()
            && same(w, heard[q + 1])
        {
            match fits(rest, heard, Some(q + 1), starts) {
                Ok(()) => return Ok(()),
                Err(e) => why = e,
            }
        }
        if at.is_some() && PUT_IN.contains(&w) && fits(rest, heard, at, starts).is_ok() {
            return Ok(());
        }
        for k in at.map_or(0, |q| q + 1)..heard.len() {
            if same(w, heard[k]) && starts(k, at) {
                match fits(rest, heard, Some(k), starts) {
                    Ok(()) => return Ok(()),
                    Err(e) => why = e,
                }
            }
        }
        Err(why)
    }
    let starts = |k: usize, at: Option<usize>| match at {
        None => true,
        Some(q) => edge_before(k) || dropped_of(q + 1, k),
    };
    fits(&said, &heard, None, &starts)
}

/// Answers of many shapes, each with something said back.
const ANSWERS: &[&str] = &[
    "We reviewed 30 people placed out of area last year and brought 21 home. Four of those nine \
     went back into hospital within a month, and we haven't found out why.",
    "Of 52 people offered a direct payment, 40 took it up. Seven of them gave it back within \
     three months because they couldn't find a personal assistant.",
    "Our carers' forum meets monthly. What I'd say against it is that the forum is nearly all \
     retired women from the market towns.",
    "Only three of the 22 members are Asian, while Asian families are about 30% of our carers.",
    "What worries me is that readmissions within ninety days have risen from 11% to 19% over \
     the year.",
    "The gap we know about is people whose first language is not English, who get an \
     English-only form. The supplier says the fix comes in March.",
    "91% of people were seen within a week, but 12 waited more than a month and two of those \
     twelve had a fall while they waited.",
    "Annual reviews are harder: 64% are on time and the learning disability team is at 48%.",
    "We audited 40 cases and 31 were good or better. In nine the person's own words were \
     missing, and six of those nine were people with dementia.",
    "She went home in June. What I'd change is that it took five months to agree the funding.",
    "In 5 of the 31 enquiries the worker took the person's word that the visitors were friends, \
     and two of those five were back with us within a year.",
    "Eleven of our forty staff moved on this year. Nine of the eleven social workers who left gave \
     travel as the reason in their exit interviews.",
    "We placed 14 people in supported living this year, and 11 of them are settled. Three of \
     them moved out within six months.",
];

#[test]
fn what_a_follow_up_says_back_is_the_answers_words_in_order_cut_at_clause_edges() {
    let mut checked = 0;
    for answer in ANSWERS {
        for a in anchors(answer) {
            // "Of the 22, what has happened for the other 19?": a figure named, not a quote.
            let Some(said) = said_part(&a.ask).filter(|s| s.contains(' ')) else {
                continue;
            };
            checked += 1;
            if let Err(why) = clean_span(answer, said) {
                panic!("{why}\n  answer: {answer}\n  ask:    {}", a.ask);
            }
        }
    }
    assert!(
        checked >= ANSWERS.len(),
        "only {checked} follow-ups said anything back"
    );
}

#[test]
fn the_splice_check_catches_a_phrase_cut_in_its_middle() {
    let answer = "In 8 of the 23 the worker closed it, and three of those eight were back with us \
                  inside six months.";
    assert!(clean_span(answer, "three eight were back with you inside six months").is_err());
    assert!(clean_span(answer, "three who were back with you inside six months").is_ok());
    assert!(
        clean_span(
            answer,
            "three of those eight were back with you inside six months"
        )
        .is_ok()
    );
    assert!(clean_span(answer, "the worker closed it, and three of those").is_err());
}
