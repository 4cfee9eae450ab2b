//! Sentences in speech set down without stops: a transcript marks them with "so", "but", "um",
//! "and then", not with full stops (issue 17).

use super::clause::{SEASONS, SUBJECTS, is_past_word};
use super::words::Token;
use crate::text::MONTH_WORDS;

/// Words after "so" that keep it inside its clause: "so much", "so that", "so far".
const SO_GOES_ON: &[&str] = &[
    "much", "many", "far", "that", "long", "well", "few", "little", "on", "called", "forth", "i'd",
];

/// Times that close the first half of a comparison: "2,000 carers last year and the census says".
const CLOSING_TIMES: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "ago", "before", "then", "now", "today",
];

/// A run this many words long without a stop is speech set down as it was said.
const UNPUNCTUATED_RUN: usize = 30;

/// Where a transcript with no stops starts a new sentence (token indices): in a run of
/// [`UNPUNCTUATED_RUN`] words or more without a stop, comma or line break, before "so", "but", "um",
/// "anyway", "and then", "and now" and "and" with a new subject ("and we", "and the staff"). A
/// speaker marks sentences with these words, not with stops; without them the whole answer is one
/// sentence, and a denial or plan at its start would hold for everything said after it (issue 17).
/// Only the sentence index changes: tokens and offsets are the text's own.
pub(crate) fn breaks(text: &str, toks: &[Token]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut run_start = 0;
    let ends_run = |i: usize| {
        matches!(toks[i].norm.as_str(), "." | "!" | "?" | "," | ";" | ":")
            || (i + 1 < toks.len()
                && text
                    .get(toks[i].end..toks[i + 1].start)
                    .is_some_and(|g| g.contains('\n')))
    };
    for i in 0..=toks.len() {
        if i < toks.len() && !ends_run(i) {
            continue;
        }
        let run = run_start..(i + 1).min(toks.len());
        run_start = i + 1;
        let words = toks[run.clone()].iter().filter(|t| t.is_word()).count();
        if words < UNPUNCTUATED_RUN {
            continue;
        }
        for k in run.start + 1..run.end {
            if speech_opens(toks, k) {
                out.push(k);
            }
        }
    }
    out
}

/// "so we did", "but", "um", "anyway", "and then", "and now", "and the staff": a spoken sentence
/// opening.
fn speech_opens(toks: &[Token], k: usize) -> bool {
    let n = toks[k].norm.as_str();
    let prev = toks[k - 1].norm.as_str();
    let next = toks.get(k + 1).map_or("", |t| t.norm.as_str());
    let after = toks.get(k + 2).map_or("", |t| t.norm.as_str());
    match n {
        "so" => {
            !matches!(
                prev,
                "and" | "or" | "not" | "do" | "did" | "think" | "hope" | "said"
            ) && !SO_GOES_ON.contains(&next)
                && !next.is_empty()
        }
        "but" | "anyway" | "um" | "er" | "erm" => prev != "and",
        "and" => {
            matches!(next, "then" | "now" | "so")
                || SUBJECTS.contains(&next)
                // "and the staff no longer ring", but not after a time ("2,000 carers last year
                // and the census says 19,000"), where the two halves are set against each other.
                || (matches!(next, "the" | "our" | "their" | "all")
                    && after.len() > 2
                    && !matches!(after, "same" | "other" | "rest")
                    && !CLOSING_TIMES.contains(&prev))
                || new_subject_acts(toks, k + 1)
                || time_leads(toks, k + 1)
        }
        _ => false,
    }
}

/// "and electoral services told us", "and complaints about badges have gone from thirty to four":
/// after "and" in speech, a plural noun whose verb follows within a few words in the past (or
/// "have" and a past) is a new subject saying what happened, a sentence of its own.
fn new_subject_acts(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    let plural = |w: &str| {
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("'s")
            && !matches!(
                w,
                "this" | "thus" | "plus" | "always" | "does" | "goes" | "was" | "has"
            )
    };
    // "and trained six officers": no subject, the speaker's action goes on.
    let first = word(k);
    let opens_on_a_verb = is_past_word(first) || first.ends_with("ing");
    !opens_on_a_verb
        && (k + 1..k + 4).any(|j| {
            let v = word(j);
            let past =
                is_past_word(v) || (matches!(v, "have" | "had") && is_past_word(word(j + 1)));
            past && plural(word(j - 1))
                && toks[k..j]
                    .iter()
                    .all(|t| t.is_word() && !SUBJECTS.contains(&t.norm.as_str()))
        })
}

/// "and at the May elections this year 212 people voted", "and in the spring the panel met": after
/// "and" in speech, a time said first opens a sentence of its own, carried to the clause it leads.
fn time_leads(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.norm.as_str());
    matches!(
        word(k),
        "at" | "in" | "by" | "from" | "for" | "over" | "during"
    ) && (k + 1..k + 6).any(|j| {
        let w = word(j);
        MONTH_WORDS.contains(&w) || SEASONS.contains(&w)
    })
}

#[cfg(test)]
mod tests {
    use super::super::clause::read;
    use super::super::words::tokens;
    use super::*;

    const TRANSCRIPT: &str = "the falls work um we had people in care homes going to hospital after every fall and nobody looking at why and it took days to get them home so I got every home in the borough signed up to a falls pathway and the ambulance service told me last month they've not had a fall go unreviewed since the summer";

    #[test]
    fn a_long_transcript_is_cut_into_sentences_at_its_spoken_openings() {
        let toks = tokens(TRANSCRIPT);
        let starts: Vec<&str> = breaks(TRANSCRIPT, &toks)
            .into_iter()
            .map(|i| toks[i].norm.as_str())
            .collect();
        assert_eq!(starts, ["um", "and", "and", "so", "and"], "{starts:?}");
        // The clause reader's sentences follow, and each clause keeps the text's own offsets.
        let clauses = read(TRANSCRIPT, &toks);
        let so = clauses
            .iter()
            .find(|c| TRANSCRIPT[c.bytes.clone()].starts_with("so I got"))
            .expect("a clause opens at 'so I got'");
        assert_eq!(so.bytes.start, TRANSCRIPT.find("so I got").unwrap());
        assert!(so.sentence > clauses[0].sentence, "{clauses:?}");
    }

    #[test]
    fn punctuated_or_short_speech_is_left_as_it_is() {
        let short = "we had a backlog so we set up a panel and the panel meets weekly";
        assert!(breaks(short, &tokens(short)).is_empty());
        let written = "We had a long backlog of reviews, most of them over a year old, so we set up a weekly panel, and the panel now sees every case inside a fortnight, so much so that the list has gone.";
        assert!(breaks(written, &tokens(written)).is_empty());
    }

    #[test]
    fn a_new_plural_subject_with_a_past_verb_and_a_time_said_first_open_a_sentence() {
        let text = "so we asked the GPs to send us the names of everyone on the frailty register and we rang them all in the first fortnight and the district nurses visited the ones we could not reach and in the autumn ninety people had a plan and referrals about falls have dropped by half";
        let toks = tokens(text);
        let starts: Vec<String> = breaks(text, &toks)
            .into_iter()
            .map(|i| format!("{} {}", toks[i].norm, toks[i + 1].norm))
            .collect();
        for opening in ["and the", "and in", "and referrals"] {
            assert!(starts.iter().any(|s| s == opening), "{opening}: {starts:?}");
        }
        // "and trained": no new subject, the speaker's action goes on; a plural noun with no
        // past verb after it ("and volunteers come in") goes on too.
        let text = "we set up the panel in the old library building on the high street and trained six of the duty officers to chair it between them every week and volunteers come in on a Tuesday to see whoever is on";
        let toks = tokens(text);
        assert!(
            breaks(text, &toks).iter().all(|&i| toks[i].norm != "and"),
            "{:?}",
            breaks(text, &toks)
        );
    }

    #[test]
    fn a_time_closing_the_first_half_of_a_comparison_keeps_it_in_its_sentence() {
        let text = "it has been a mixed picture if I am honest with you because there were about two thousand carers known to us last year and the census says there are more like nineteen thousand in the borough";
        let toks = tokens(text);
        assert!(
            breaks(text, &toks).iter().all(|&i| toks[i].norm != "and"),
            "{:?}",
            breaks(text, &toks)
        );
    }
}
