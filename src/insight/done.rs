//! What was done, and which of it was the speaker's own part: the actions found by
//! [`actions`](super::actions) in every form an answer uses (a subject and a verb, a bare verb under
//! "What have you done?" or in key points, a bulleted or labelled action, a note-form passive, a
//! practice kept), less those no clause claims. Kept apart from the rest of the analysis so each
//! reading has room to grow.

use super::actions;
use super::claims::started_in_post;
use super::clause::{self, Clause, Time};
use super::is_part;
use super::lexicon::Matchers;
use super::text::Taken;
use super::words::{self, Token};
use std::ops::Range;

/// Words made of "re" and a done verb that mean something else ("I recalled" is not "called again").
const NOT_DONE_AGAIN: &[&str] = &["recalled"];

/// The places where something was done, and those that were the speaker's own part, each sorted.
/// `unclaimed` says a place sits in a clause that denies, plans, hopes, hedges or supposes.
pub(super) fn found(
    m: &Matchers,
    text: &str,
    toks: &[Token],
    parts: &[(&str, Range<usize>)],
    key_points: bool,
    clauses: &[Clause],
    unclaimed: &dyn Fn(&Range<usize>) -> bool,
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    // Each action, and whether its subject is the speaker alone ("I", "my team and I").
    let mut done: Vec<Range<usize>> = Vec::new();
    let mut own_part: Vec<Range<usize>> = Vec::new();
    for action in actions::subject_verbs(m, toks) {
        let said = text[action.range.clone()].to_ascii_lowercase();
        if NOT_DONE_AGAIN.iter().any(|w| said.ends_with(w))
            || started_in_post(text, action.range.start, &said)
            || unclaimed(&action.range)
        {
            continue;
        }
        if action.own {
            own_part.push(action.range.clone());
        }
        done.push(action.range);
    }
    let done_places = Taken::covering(&done);
    for action in actions::what_was_done(toks) {
        if !done_places.overlaps(&action.range) && !unclaimed(&action.range) {
            if action.own {
                own_part.push(action.range.clone());
            }
            done.push(action.range);
        }
    }
    let phrases = words::all_matches(m.done_phrases.as_ref(), toks);
    own_part.extend(phrases.iter().cloned());
    done.extend(phrases);
    let done_places = Taken::covering(&done);
    // Under "What have you done?" the prompt says who; in key points the "I" is said aloud.
    let whole = [("", 0..text.len())];
    let spans: &[(&str, Range<usize>)] = if key_points && parts.is_empty() {
        &whole
    } else {
        parts
    };
    for (span_id, span) in spans
        .iter()
        .filter(|(id, _)| key_points || is_part(id, "done"))
    {
        for (r, _) in actions::opening_verbs(m, text, toks, span.clone()) {
            if !done_places.overlaps(&r) {
                // "What have you done?" asks the speaker: a bare verb under it is theirs.
                if is_part(span_id, "done") {
                    own_part.push(r.clone());
                }
                done.push(r);
            }
        }
    }
    // A bulleted list of actions ("- Set up a huddle") says what was done in any answer; whose part it
    // was is not said, so it is no own part outside the "What have you done?" prompt.
    let done_places = Taken::covering(&done);
    for (r, bullet) in actions::opening_verbs(m, text, toks, 0..text.len()) {
        if (bullet || actions::after_action_label(text, r.start)) && !done_places.overlaps(&r) {
            // "What I did: ring-fenced a day a week": the label has said whose it was.
            if actions::after_own_action_label(text, r.start) {
                own_part.push(r.clone());
            }
            done.push(r);
        }
    }
    // "What I did: a checklist for discharge, agreed with the trust": the label says it was done.
    let done_places = Taken::covering(&done);
    for (r, own) in actions::under_action_labels(text) {
        if !done_places.overlaps(&r) {
            if own {
                own_part.push(r.clone());
            }
            done.push(r);
        }
    }
    // "- triage moved to senior practitioners": a thing and what was done to it, in note form; "It's
    // four pages now, written with people who use services": the same after a comma.
    let done_places = Taken::covering(&done);
    let reduced = actions::reduced_passives(toks);
    for r in actions::note_subject_past(text, toks)
        .into_iter()
        .chain(reduced)
    {
        if !done_places.overlaps(&r) && !unclaimed(&r) {
            done.push(r);
        }
    }
    // "I read every upheld complaint", "we audit ten files a month": a practice the speaker keeps.
    let done_places = Taken::covering(&done);
    for a in actions::regular_practice(m, toks) {
        if !done_places.overlaps(&a.range) && !unclaimed(&a.range) {
            if a.own {
                own_part.push(a.range.clone());
            }
            done.push(a.range);
        }
    }
    // "I advise on practice": the speaker's own part, so the report does not call it "not yet said in
    // the first person" beside a quote of it, but no action done (issue 17, walk item 32).
    let own_places = Taken::covering(&own_part);
    for r in actions::present_roles(m, toks) {
        let c = clause::at(clauses, r.start);
        let present = c.is_some_and(|c| matches!(c.time, Time::Present | Time::Unknown));
        // "and I take the figures to the commissioning board in April": the present simple with a
        // time to come is a step not done yet, but it says the speaker's own part all the same.
        let timetabled = c.is_some_and(|c| c.stance == clause::Stance::Planned);
        if ((present && !unclaimed(&r)) || timetabled) && !own_places.overlaps(&r) {
            own_part.push(r);
        }
    }
    done.sort_by_key(|r| r.start);
    own_part.sort_by_key(|r| r.start);
    own_part.dedup();
    (done, own_part)
}
