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

/// "I suppose we have changed how we commission them", "I think we moved the visits": the speaker's
/// belief said just before an action of ours softens how sure they are of it, not whether it was
/// done. Only when the clause is hedged by nothing else before the action: "I suppose", "I think",
/// "I guess", "I'd say", "I believe", "I reckon" (perhaps after "and", "so", "well") and then "we"
/// or "I" acting.
fn belief_before_own_action(toks: &[Token], clauses: &[Clause], action: &Range<usize>) -> bool {
    let Some(c) = clause::at(clauses, action.start) else {
        return false;
    };
    if c.stance != clause::Stance::Hedged {
        return false;
    }
    let before: Vec<&str> = toks[c.toks.clone()]
        .iter()
        .filter(|t| t.start < action.start && t.is_word())
        .map(|t| t.norm.as_str())
        .skip_while(|w| matches!(*w, "and" | "so" | "well" | "but"))
        .collect();
    let subject = toks
        .iter()
        .find(|t| t.start >= action.start)
        .map_or("", |t| t.norm.as_str());
    // "I think we have just sort of got it going": a softener between the subject and the verb
    // softens the action itself.
    let softened_inside = toks
        .iter()
        .filter(|t| action.start <= t.start && t.end <= action.end)
        .any(|t| {
            matches!(
                t.norm.as_str(),
                "just" | "sort" | "kind" | "maybe" | "perhaps" | "possibly" | "probably" | "might"
            )
        });
    matches!(
        before.as_slice(),
        ["i", "suppose" | "think" | "guess" | "believe" | "reckon"] | ["i'd", "say"]
    ) && matches!(subject, "we" | "i" | "we've" | "i've")
        && !softened_inside
}

/// "We've put around half of the staff through the training, I think", "we moved about forty
/// people, I believe": the speaker's belief tagged on after an action of ours and its size softens
/// the size, not whether it was done. Only when the tag closes the clause, a figure or size comes
/// before it and nothing else in the clause softens.
fn belief_after_own_action(toks: &[Token], clauses: &[Clause], action: &Range<usize>) -> bool {
    let Some(c) = clause::at(clauses, action.start) else {
        return false;
    };
    if c.stance != clause::Stance::Hedged {
        return false;
    }
    let subject = toks
        .iter()
        .find(|t| t.start >= action.start)
        .map_or("", |t| t.norm.as_str());
    // The tag may close the clause or stand as the next one ("..., I think.").
    let mut words: Vec<&str> = toks[c.toks.clone()]
        .iter()
        .filter(|t| t.start >= action.start && t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    if let Some(next) = clauses.iter().find(|n| n.bytes.start >= c.bytes.end) {
        let tag: Vec<&str> = toks[next.toks.clone()]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.norm.as_str())
            .collect();
        let between = &text_between(toks, c.toks.end, next.toks.start);
        if tag.len() == 2 && between.iter().all(|t| t.norm == ",") {
            words.extend(tag);
        }
    }
    let Some((tag, rest)) = words.split_last_chunk::<2>().map(|(rest, tag)| (tag, rest)) else {
        return false;
    };
    matches!(
        tag,
        ["i", "think" | "suppose" | "believe" | "reckon" | "guess"]
    ) && matches!(subject, "we" | "i" | "we've" | "i've")
        // With no figure or size before it, the tag softens the action itself ("We've rolled out
        // the training, I think").
        && rest.iter().any(|w| {
            clause::is_figure_word(w)
                || matches!(
                    *w,
                    "half" | "third" | "quarter" | "about" | "around" | "roughly" | "nearly"
                        | "almost"
                )
        })
        && !rest.iter().any(|w| {
            matches!(
                *w,
                "just"
                    | "sort"
                    | "kind"
                    | "maybe"
                    | "perhaps"
                    | "possibly"
                    | "probably"
                    | "might"
                    | "hopefully"
                    | "think"
                    | "suppose"
                    | "believe"
            )
        })
}

/// The tokens from `from` to `to`.
fn text_between(toks: &[Token], from: usize, to: usize) -> &[Token] {
    toks.get(from..to).unwrap_or(&[])
}

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
    for action in actions::subject_verbs(m, text, toks) {
        let said = text[action.range.clone()].to_ascii_lowercase();
        if NOT_DONE_AGAIN.iter().any(|w| said.ends_with(w))
            || started_in_post(text, action.range.start, &said)
            || (unclaimed(&action.range)
                && !belief_before_own_action(toks, clauses, &action.range)
                && !belief_after_own_action(toks, clauses, &action.range))
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
    // "- carers hub with Age UK": in key points, a thing named with what goes with it is what was
    // set up, the verb said aloud.
    if key_points {
        let done_places = Taken::covering(&done);
        for r in named_things(text, toks, clauses) {
            if !done_places.overlaps(&r) && !unclaimed(&r) {
                done.push(r);
            }
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

/// Lines of key points that name a thing with what goes with it, with no verb, figure, change or
/// source: "carers hub with Age UK", "front door redesign 2025". A word or two alone ("carers' hub",
/// "feedback") names a topic, not what was done; "fewer repeat calls" is a change; "312 replies" a
/// figure.
fn named_things(text: &str, toks: &[Token], clauses: &[Clause]) -> Vec<Range<usize>> {
    note_lines(text)
        .into_iter()
        .filter(|line| {
            let ts: Vec<&Token> = toks
                .iter()
                .filter(|t| line.start <= t.start && t.end <= line.end)
                .collect();
            let words: Vec<&str> = ts
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.norm.as_str())
                .collect();
            let verbless = clauses
                .iter()
                .filter(|c| c.bytes.start < line.end && line.start < c.bytes.end)
                .all(|c| c.time == Time::Unknown && c.stance.claims() && !c.figure);
            let opens_on_change = words.first().is_some_and(|w| {
                matches!(
                    *w,
                    "fewer"
                        | "more"
                        | "less"
                        | "better"
                        | "worse"
                        | "lower"
                        | "higher"
                        | "faster"
                        | "quicker"
                        | "shorter"
                        | "longer"
                        | "down"
                        | "up"
                        | "no"
                        | "not"
                        | "none"
                        | "nobody"
                        | "next"
                        | "plan"
                        | "then"
                        | "now"
                        | "before"
                        | "after"
                )
            });
            let source = words.iter().any(|w| {
                matches!(
                    *w,
                    "feedback" | "survey" | "surveys" | "audit" | "audits" | "complaints" | "data"
                )
            });
            // What goes with the thing: "with Age UK", "at the Royal", "across the county".
            let with_what = words.iter().skip(2).any(|w| {
                matches!(
                    *w,
                    "with" | "at" | "for" | "across" | "in" | "on" | "between" | "alongside"
                )
            });
            // "carers feel less alone with the hub": a verb the clause reader does not know.
            let said_of = words.iter().any(|w| {
                matches!(
                    *w,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "feel"
                        | "feels"
                        | "say"
                        | "says"
                        | "get"
                        | "gets"
                        | "know"
                        | "knows"
                        | "think"
                        | "seem"
                        | "seems"
                        | "want"
                        | "wants"
                        | "need"
                        | "needs"
                        | "find"
                        | "finds"
                )
            });
            words.len() >= 3
                && (with_what || words.iter().any(|w| w.len() == 4 && w.starts_with("20")))
                && !said_of
                && verbless
                && !opens_on_change
                && !source
                && !ts.iter().any(|t| {
                    t.norm.starts_with(|c: char| c.is_ascii_digit())
                        && !(t.norm.len() == 4 && t.norm.starts_with("20"))
                })
                && !text[line.clone()].trim_end().ends_with([':', '?'])
        })
        .collect()
}

/// The content of each line of notes: its range, less any bullet or arrow it opens on.
fn note_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let lead = line.len() - line.trim_start().len();
        let body = line.trim();
        let content = body.trim_start_matches(|c: char| {
            matches!(c, '-' | '*' | '•' | '→' | '>') || c.is_whitespace()
        });
        out.push(start + lead + (body.len() - content.len())..start + lead + body.len());
        start += line.len() + 1;
    }
    out
}

/// The label a line of notes opens on, lower-cased ("2024 q1", "before (2023, census…)"), when
/// its colon comes early.
fn line_label(text: &str, line: &Range<usize>) -> Option<String> {
    let said = &text[line.clone()];
    let colon = said.find(':')?;
    (colon <= 60).then(|| said[..colon].to_lowercase())
}

/// The first line of notes labelled as how things were ("Before:", "Then (2023):", or the earliest
/// year of lines labelled with years) and the last labelled as how they are ("After:", "Now:", or
/// the latest year, later than the first).
pub(super) fn labelled_before_after(text: &str) -> (Option<Range<usize>>, Option<Range<usize>>) {
    let lines = note_lines(text);
    let opens = |label: &str, words: &[&str]| {
        let first = label
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty());
        first.is_some_and(|w| words.contains(&w))
    };
    let year = |label: &str| {
        label
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4)
            .find_map(|w| w.parse::<i32>().ok().filter(|y| (1990..2100).contains(y)))
    };
    let mut before = None;
    let mut after = None;
    let mut years: Vec<(i32, Range<usize>)> = Vec::new();
    for line in &lines {
        let Some(label) = line_label(text, line) else {
            continue;
        };
        if opens(&label, &["before", "then", "baseline"]) {
            before.get_or_insert(line.clone());
        } else if opens(&label, &["after", "now", "today"]) {
            after = Some(line.clone());
        } else if let Some(y) = year(&label) {
            years.push((y, line.clone()));
        }
    }
    let first = years.iter().min_by_key(|(y, r)| (*y, r.start));
    let last = years.iter().max_by_key(|(y, r)| (*y, r.start));
    if let (Some((a, ra)), Some((b, rb))) = (first, last)
        && a < b
        && ra.start < rb.start
    {
        before = before.or(Some(ra.clone()));
        after = after.or(Some(rb.clone()));
    }
    (before, after)
}

/// In notes, a line between the line of how things were and the line of how they are now is what
/// was done between them, verb or none ("- 2024: 1 in 3 seen / → our team books the clinic directly
/// / - 2026: 2 in 3 seen", "Jan 2025: one transport desk with live seat availability"): the tables
/// read the middle line of a before and an after as the work. A line that denies, hedges or only
/// plans is not, nor one of a single word.
pub(super) fn between_before_and_after(
    text: &str,
    clauses: &[Clause],
    before: Option<Range<usize>>,
    after: Option<Range<usize>>,
) -> Vec<Range<usize>> {
    let (Some(before), Some(after)) = (before, after) else {
        return Vec::new();
    };
    if after.start <= before.end {
        return Vec::new();
    }
    note_lines(text)
        .into_iter()
        .filter(|line| line.start >= before.end && line.end <= after.start)
        // Not a line the before or after shares.
        .filter(|line| !line.contains(&before.start) && !line.contains(&after.start))
        .filter(|line| {
            let words = text[line.clone()]
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.len() > 1)
                .count();
            let within: Vec<&Clause> = clauses
                .iter()
                .filter(|c| c.bytes.start < line.end && line.start < c.bytes.end)
                .collect();
            let refused = within.iter().any(|c| {
                matches!(
                    c.stance,
                    clause::Stance::Denied | clause::Stance::Hedged | clause::Stance::Conditional
                )
            });
            let all_to_come = within.iter().all(|c| {
                matches!(
                    c.stance,
                    clause::Stance::Planned | clause::Stance::Discourse
                )
            });
            // "no extra therapists funded", "not yet agreed": a note that opens on a denial.
            let opens_denied = text[line.clone()]
                .split(|c: char| !c.is_alphabetic())
                .find(|w| !w.is_empty())
                .is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "no" | "not" | "none" | "nothing" | "never"
                    )
                });
            words >= 2 && !refused && !opens_denied && !all_to_come && !within.is_empty()
        })
        .collect()
}
