//! Then and now: where things were and where they stand, read from clauses with figures, figures
//! against dates or times in turn, a present set against "before", and a before and since; with the
//! changes since the work and the next steps, the then-now-next of the report.

use super::before_after;
use super::changes::Changes;
use super::claims::{no_longer_now, note_year, now_and_then, still_not_right, work_going_on};
use super::clause::{self, Clause};
use super::difference::Worded;
use super::evidence::{self, MarkerKind};
use super::pattern;
use super::reading::Reading;
use super::report::ThenNowNext;
use super::words::{self, Token};
use std::ops::Range;

/// The befores and afters found in the answer's clauses.
pub(super) struct Times<'c> {
    /// A past clause with a figure: where things were.
    pub then_clause: Option<&'c Clause>,
    /// A before in words, ahead of what was done and a present after it.
    pub state_before: Option<&'c Clause>,
    /// That present after what was done: where things stand after the change told in words.
    pub state_after: Option<&'c Clause>,
    /// Where things stand: a present clause with a figure, or a later one once something was done.
    pub now_clause: Option<&'c Clause>,
    /// The years said beside a figure.
    pub dated_years: Vec<i32>,
    /// The latest of figures against dates in turn.
    pub dated_change: Option<Range<usize>>,
    /// The later of figures against two times in one sentence.
    pub timed_pair: Option<Range<usize>>,
    /// A present set against how it was "before" in its sentence.
    pub set_against_before: Option<Range<usize>>,
    /// Figures for the time before something and the time since.
    pub before_and_since: Option<Range<usize>>,
    /// A present claim that closes on how things were "before" ("where there were hardly any
    /// before"): a then and a now.
    pub closes_on_before: Option<Range<usize>>,
    /// Notes headed with this year's date, with figures under the heading.
    pub dated_heading: bool,
    /// The earliest of figures against dates in turn, when a later one follows: the before.
    pub dated_first: Option<Range<usize>>,
}

pub(super) fn read<'c>(reading: &'c Reading, done: &[Range<usize>]) -> Times<'c> {
    let (text, toks, clauses) = (reading.text, &reading.toks, &reading.clauses);
    let (markers, private, this_year) = (&reading.markers, &reading.private, reading.this_year);
    // Where things were: a past clause with a figure ("it was 1,140 in March", "two years ago a third
    // of posts were agency"); where they are: a present one ("it's 860 today", "every post is filled").
    let then_clause = clauses
        .iter()
        .enumerate()
        .find(|(i, c)| {
            // "Then: 17 of 23 people going without": in notes, the line a "Then:" or "Before:"
            // label opens is how things were, whatever its verb.
            let labelled = toks
                .get(c.toks.start)
                .is_some_and(|w| matches!(w.norm.as_str(), "then" | "before"))
                && toks.get(c.toks.start + 1).is_some_and(|w| w.norm == ":");
            // "How many used to vanish at that point nobody ever looked at": a past asked about
            // and not known is no then.
            let asked_not_known = toks.get(c.toks.start).is_some_and(|w| w.norm == "how")
                && toks
                    .get(c.toks.start + 1)
                    .is_some_and(|w| matches!(w.norm.as_str(), "many" | "much" | "often"));
            (c.stance.claims() || recalled_against_now(toks, clauses, *i))
                && !asked_not_known
                && clause::figure_outside(toks, c, private)
                && !clause::nobody_checked(&toks[c.toks.clone()])
                && ((c.time == clause::Time::Past && clause::states_a_past(toks, clauses, *i))
                    || (labelled && c.time == clause::Time::Unknown))
        })
        .map(|(_, c)| c);
    // A before in words, in a story or an answer that goes on to what was done and how things are
    // now: "The rota was short at weekends, so I worked with the EDT manager ... The leads now share
    // a rota." The present after it is where things stand, the change told in words.
    let present_after_done = |from: usize| {
        done.iter().find(|d| d.start >= from).and_then(|d| {
            clauses.iter().find(|n| {
                n.bytes.start >= d.end && n.stance.claims() && n.time == clause::Time::Present
            })
        })
    };
    let state_before = clauses.iter().find(|c| {
        ((c.stance.claims()
            && c.time == clause::Time::Past
            && !c.figure
            && clause::past_state_in_words(&toks[c.toks.clone()]))
            || clause::others_lacked(&toks[c.toks.clone()], c)
            // "we never used to refer anyone", "families would get a leaflet and nothing more": a
            // habit told of the past is how things stood.
            || (c.habit
                && matches!(c.stance, clause::Stance::Asserted | clause::Stance::Denied)))
            && present_after_done(c.bytes.end).is_some()
    });
    let state_after = state_before.and_then(|c| present_after_done(c.bytes.end));
    // Where things stand after the change: a later present clause with a figure, or a later figure
    // of any tense once something has been done since the "then" ("only about half recorded it ... I
    // ran sessions ... our audit in October put it at 84%").
    let acted_between =
        |from: usize, to: usize| done.iter().any(|d| d.start >= from && d.end <= to);
    let now_clause = clauses.iter().find(|c| {
        c.stance.claims()
            && clause::figure_outside(toks, c, private)
            && !clause::nobody_checked(&toks[c.toks.clone()])
            && match then_clause {
                // With no then to set it against, "one" alone is no figure of where things stand:
                // "I'd be wary of overselling this one", "Wraye Island is a funny one for us".
                // Nor is a clause told in the past whose figure only describes the people the work
                // was for: "what we did was ring around the people who live alone and are over
                // eighty-five" reads as present from "live" and "are".
                None => {
                    let ts = &toks[c.toks.clone()];
                    c.time == clause::Time::Present
                        && ts
                            .iter()
                            .any(|t| clause::is_figure_word(&t.norm) && t.norm != "one")
                        && !ts
                            .iter()
                            .any(|t| matches!(t.norm.as_str(), "did" | "was" | "were"))
                        && !a_population(ts)
                        && !work_under_way(ts)
                        // "We trained the staff at the three branches to notice when a customer
                        // is being pushed": a clause telling something done holds the figure of
                        // the action, and its present is what the action was for ("we've reviewed
                        // 140 of them" is a count so far, where things stand).
                        && (!done
                            .iter()
                            .any(|d| c.bytes.start <= d.start && d.end <= c.bytes.end)
                            || ts.iter().any(|t| {
                                matches!(
                                    t.norm.as_str(),
                                    "we've" | "i've" | "they've" | "have" | "has" | "'ve"
                                )
                            }))
                }
                Some(t) => {
                    t.bytes.start < c.bytes.start
                        && (c.time == clause::Time::Present
                            || acted_between(t.bytes.end, c.bytes.start))
                }
            }
    });
    // A year says when things were only beside a figure: "in summer 2024 the team had 190 overdue",
    // not "the team was set up in 2019"; in note form the figure may follow the date on its line
    // ("- Apr-Oct 2026: 96").
    // Each with its year and month (0 where none is said), so two months of one year are in turn.
    let dated: Vec<((i32, u32), Range<usize>)> = markers
        .iter()
        .filter(|mk| mk.kind == MarkerKind::Date)
        .filter_map(|mk| {
            let i = clauses.partition_point(|c| c.bytes.end <= mk.range.start);
            let c = clauses.get(i).filter(|c| c.bytes.start <= mk.range.start)?;
            // The date's clause ends at its colon ("- Mar 2024:"), which the clause holds.
            let ends_in_colon = toks
                .get(c.toks.end.wrapping_sub(1))
                .is_some_and(|t| t.norm == ":");
            // "in our 2024 audit of supervision notes, 14 of 40 showed any reflection": a clause
            // that only says when (it opens on "in" and has no one acting) dates the figure after
            // its comma.
            let only_when = {
                let mut words = toks[c.toks.clone()]
                    .iter()
                    .filter(|t| t.is_word())
                    .map(|t| t.norm.as_str())
                    .skip_while(|x| matches!(*x, "and" | "so" | "but"));
                words.next() == Some("in") && !words.any(|x| clause::SUBJECTS.contains(&x))
            };
            let ends_in_comma = toks
                .get(c.toks.end.wrapping_sub(1))
                .is_some_and(|t| t.norm == ",");
            let next = clauses.get(i + 1).filter(|n| {
                n.sentence == c.sentence
                    && (ends_in_colon
                        || (only_when && ends_in_comma)
                        || text
                            .get(c.bytes.end..n.bytes.start)
                            .is_some_and(|gap| gap.trim() == ":"))
            });
            let with_figure = [Some(c), next]
                .into_iter()
                .flatten()
                .find(|c| c.figure && (c.stance.claims() || figure_then_denial(toks, c)))?;
            let said = &text[mk.range.clone()];
            // "Apr-Oct 2026": the span ends in its last month.
            let month = said
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .find_map(crate::text::month_number)
                .or_else(|| quarter_before(toks, mk.range.start))
                .unwrap_or(0);
            Some((
                (
                    evidence::year_in(said).or_else(|| note_year(text, &mk.range))?,
                    month,
                ),
                with_figure.bytes.clone(),
            ))
        })
        .collect();
    let dated_years: Vec<i32> = dated.iter().map(|((y, _), _)| *y).collect();
    // Figures against dates in turn ("- Mar 2024: 512 overdue ... - Oct 2026: 88") are a before and
    // an after: the latest is the marker. The earlier may be told second ("An audit of enquiries
    // closed in September 2025 found 27 of 30. In the 2024 audit ... 9 of 30"): the dates, not the
    // order of telling, say which is the before.
    let dated_change = dated
        .iter()
        .max_by_key(|(y, r)| (*y, r.start))
        .filter(|(latest, r)| {
            dated
                .iter()
                .any(|(y, other)| y < latest && (other.end <= r.start || other.start >= r.end))
        })
        .map(|(_, r)| r.clone());
    let dated_first = dated_change.as_ref().and_then(|_| {
        dated
            .iter()
            .min_by_key(|(y, r)| (*y, r.start))
            .map(|(_, r)| r.clone())
    });
    // "In March 23% of reviews recorded an answer; in October it was 71%": figures against two
    // different times in one sentence, in turn, are a before and an after without a year.
    // "In March 23%": the month may have been read with the figure as a day ("March 23"), so the
    // month word after "in" counts too.
    let when_in = |c: &clause::Clause| {
        markers
            .iter()
            .find(|mk| mk.kind == MarkerKind::Date && c.bytes.contains(&mk.range.start))
            .map(|mk| text[mk.range.clone()].to_ascii_lowercase())
            .or_else(|| {
                toks[c.toks.clone()]
                    .windows(2)
                    .find(|w| {
                        w[0].norm == "in"
                            && pattern::MONTH_DATE.is_whole(&text[w[1].start..w[1].end])
                    })
                    .map(|w| w[1].norm.clone())
            })
            .or_else(|| ordinal_period(&toks[c.toks.clone()]))
            .or_else(|| quarter_named(&toks[c.toks.clone()]))
    };
    // "Over the previous year, the ward's estimate was 1 in 5; in the first year of the calls it
    // was 38 of 310", "In Q1, 38 packages were over 30 hours; in Q3 it was 21": a time cut off by
    // its comma from the figure it dates says when that figure was, as it would inside the clause.
    let when_of = |i: usize| {
        when_in(&clauses[i]).or_else(|| {
            let p = i.checked_sub(1).map(|p| &clauses[p])?;
            (p.sentence == clauses[i].sentence && !p.figure && only_a_time(&toks[p.toks.clone()]))
                .then(|| when_in(p))
                .flatten()
        })
    };
    let timed_pair = (1..clauses.len())
        .find(|&i| {
            let w = &clauses[i - 1..=i];
            w[0].sentence == w[1].sentence
                && w.iter().all(|c| c.figure && c.stance.claims())
                && matches!((when_of(i - 1), when_in(&w[1])), (Some(a), Some(b)) if a != b)
        })
        .map(|i| clauses[i].bytes.clone())
        .or_else(|| was_after_a_figure(toks, clauses));
    // "Since the merge, referrals are picked up the same day; before, one in five sat over a
    // weekend": a present state set against how it was "before" in the same sentence is an after.
    let set_against_before = clauses
        .iter()
        .filter(|b| b.stance.claims() && b.time == clause::Time::Past)
        .filter(|b| {
            // "before," or "before that", not "before the panel met", which dates an action; in
            // speech after "and" ("... and before that the same families came to us").
            let ts = &toks[b.toks.clone()];
            // "..., where before it was most weekends", "since June where before it was most
            // weekends", "whereas previously they waited": a contrast opening on the before.
            let contrast = ts.windows(2).position(|w| {
                matches!(w[0].norm.as_str(), "where" | "whereas")
                    && matches!(w[1].norm.as_str(), "before" | "previously")
            });
            let ts = match (contrast, ts.first().map(|t| t.norm.as_str())) {
                (Some(p), _) => &ts[p + 1..],
                (None, Some("and" | "so" | "but")) => &ts[1..],
                _ => ts,
            };
            let contrast = contrast.is_some();
            let first = ts.first().map_or("", |t| t.norm.as_str());
            // "and before that I was a team manager": the speaker's career, not the service.
            let of_the_speaker = ts
                .iter()
                .skip(1)
                .find(|t| t.is_word() && !matches!(t.norm.as_str(), "that" | "then"))
                .is_some_and(|t| t.norm == "i");
            !of_the_speaker
                && (first == "previously"
                    || (first == "before"
                        && ts.get(1).is_some_and(|n| {
                            !n.is_word()
                                || matches!(n.norm.as_str(), "that" | "then")
                                // "where before it was most weekends", not "where before the
                                // panel met", which dates an action.
                                || (contrast
                                    && matches!(
                                        n.norm.as_str(),
                                        "it" | "they" | "there" | "we" | "he" | "she" | "people"
                                    ))
                        })))
        })
        .find_map(|b| {
            clauses
                .iter()
                .filter(|c| {
                    c.sentence == b.sentence
                    && c.bytes != b.bytes
                    && c.stance.claims()
                    // A verb the reader does not know ("a carer hears back") leaves the time
                    // unknown; set against "before", it is the present. A figure for a recent
                    // time is the after in any tense ("and last year it was forty").
                    && (matches!(c.time, clause::Time::Present | clause::Time::Unknown)
                        || (c.figure && b.figure && clause::for_a_recent_time(&toks[c.toks.clone()])))
                    && !toks[c.toks.clone()].iter().any(|t| t.norm.ends_with("'d"))
                    // "Before that, I managed the hospital team": a past the reader did not
                    // know, told of the speaker, is no after.
                    && !(c.time == clause::Time::Unknown
                        && toks[c.toks.clone()].windows(2).any(|w| {
                            matches!(w[0].norm.as_str(), "i" | "we")
                                && w[1].norm.len() > 4
                                && w[1].norm.ends_with("ed")
                        }))
                })
                // The clause in the present rather than one of unknown time ("Since the merge,").
                .min_by_key(|c| c.time != clause::Time::Present)
        })
        .map(|c| c.bytes.clone())
        .or_else(|| before_after::used_to_against(toks, clauses))
        .or_else(|| before_after::took_against_takes(toks, clauses))
        .or_else(|| before_after::period_before_against(toks, clauses));
    let closes_on_before = closes_on_before(toks, clauses);
    // "Missed handovers were recorded 23 times in the six months before the change and twice in the
    // six months since": figures for the time before and the time since something are a then and a
    // now, in any tense.
    let before_and_since = clauses
        .iter()
        .enumerate()
        // "Nobody recorded how many were going before the leaflets went out": a count nobody
        // made sets no before against a since.
        .filter(|(_, c)| c.stance.claims() && !clause::nobody_checked(&toks[c.toks.clone()]))
        .find_map(|(i, c)| {
            // Either way round: "... since the scheme began, against nine in the six months
            // before it", where "no admission refused" is the figure since.
            let k = toks[c.toks.clone()]
                .iter()
                .position(|t| t.norm == "before" || t.norm == "since")?;
            let since_first = toks[c.toks.start + k].norm == "since";
            if !since_first && !c.figure {
                return None;
            }
            let other: &[&str] = if since_first {
                &["before"]
            } else {
                &["since", "after"]
            };
            let rest: Vec<&clause::Clause> = clauses[i..]
                .iter()
                .take_while(|n| n.sentence == c.sentence)
                .collect();
            let last = rest.last()?;
            let after = &toks[c.toks.start + k + 1..last.toks.end];
            let since = after.iter().enumerate().any(|(q, t)| {
                other.contains(&t.norm.as_str()) && (!since_first || closes_on(&after[q + 1..]))
            });
            let figures = toks[c.toks.start..last.toks.end]
                .iter()
                .filter(|t| clause::is_figure_word(&t.norm))
                .count();
            (since && figures >= 2).then_some(c.toks.start..last.toks.end)
        })
        .map(|r| toks[r.start].start..toks[r.end - 1].end);
    // Notes headed with this year's date ("Unpaid carers, Nov 2026") and figures under it say where
    // things stand.
    let heading_end = text.find('\n').unwrap_or(text.len());
    let dated_heading = heading_end < text.len()
        && markers.iter().any(|mk| {
            mk.kind == MarkerKind::Date
                && mk.range.end <= heading_end
                && evidence::year_in(&text[mk.range.clone()]) == Some(this_year)
        })
        && clauses
            .iter()
            .any(|c| c.bytes.start > heading_end && c.figure && c.stance.claims());
    Times {
        then_clause,
        state_before,
        state_after,
        now_clause,
        dated_years,
        dated_change,
        timed_pair,
        set_against_before,
        before_and_since,
        closes_on_before,
        dated_heading,
        dated_first,
    }
}

/// Then, now and next for the report.
pub(super) fn then_now_next(
    reading: &Reading,
    times: &Times,
    changes: &Changes,
    worded: &Worded,
    done: &[Range<usize>],
    has_next: bool,
) -> ThenNowNext {
    let (text, toks, clauses, m) = (reading.text, &reading.toks, &reading.clauses, reading.m);
    let this_year = reading.this_year;
    let unclaimed = |x: &Range<usize>| reading.unclaimed(x);
    let trend = !worded.trends.is_empty();
    let Times {
        then_clause,
        state_before,
        state_after,
        now_clause,
        dated_years,
        dated_change,
        timed_pair,
        set_against_before,
        before_and_since,
        closes_on_before,
        dated_heading,
        dated_first: _,
    } = times;
    let Changes {
        reported_benefit,
        present_after,
        again,
        after_label,
        since_a_time,
        since_done,
        first_time,
        moved_home,
        ceased,
    } = changes;
    let new_state_places = &worded.new_states;
    // People moved home, or something new for them since the work, is where they are now too.
    let states: bool = !again.is_empty()
        || !ceased.is_empty()
        || !new_state_places.is_empty()
        || !since_done.is_empty()
        || !moved_home.is_empty()
        || !first_time.is_empty()
        || after_label.is_some()
        || since_a_time.is_some();
    ThenNowNext {
        then: trend
            || dated_years.iter().any(|&y| y < this_year)
            // "The last audit found 27 of 30": the latest finding, where things stand.
            || words::all_matches(m.then.as_ref(), toks).iter().any(|r| {
                let at = clauses
                    .iter()
                    .position(|c| c.bytes.start <= r.start && r.start < c.bytes.end);
                // "I set up the group last year", "last year we took 11 cases to court": a time
                // that dates an action in its clause says when it was done, not how things were.
                let dates_an_action = matches!(
                    text[r.clone()].to_ascii_lowercase().as_str(),
                    "last year" | "ago" | "back in"
                ) && at.is_some_and(|i| {
                    // Its clause, or the one before in its sentence when a bracket or a comma cut
                    // the time from its action ("I set up the group (PAG) last year").
                    let c = &clauses[i];
                    let from = i
                        .checked_sub(1)
                        .map(|p| &clauses[p])
                        .filter(|p| p.sentence == c.sentence)
                        .map_or(c.bytes.start, |p| p.bytes.start);
                    done.iter().any(|d| d.start >= from && d.start < c.bytes.end)
                });
                // "last year's survey" dates a finding only beside its figure ("in last year's
                // audit only 35% cited the Act", or after a comma: "In last year's survey, 41%
                // ..."), not "set it against last year's survey".
                let names_a_source = text[r.clone()].to_lowercase().replace('’', "'")
                    == "last year's"
                    && !at.is_some_and(|i| {
                        clauses[i].figure
                            || clauses
                                .get(i + 1)
                                .is_some_and(|n| n.sentence == clauses[i].sentence && n.figure)
                    });
                // "How many used to vanish at that point nobody ever looked at": how things were,
                // asked and not known, is no then.
                let before: Vec<&str> = toks
                    .iter()
                    .filter(|t| t.end <= r.start)
                    .rev()
                    .take(3)
                    .map(|t| t.norm.as_str())
                    .collect();
                let not_known = text[r.clone()].to_ascii_lowercase().starts_with("used to")
                    && before.windows(2).any(|w| {
                        w[1] == "how" && matches!(w[0], "many" | "much" | "often" | "long")
                    });
                (!unclaimed(r) || denied_then(reading, r))
                    && !not_known
                    && !dates_an_action
                    && !names_a_source
                    && !at.is_some_and(|i| clause::latest_finding(toks, clauses, i))
                    // "No one measured how cut off anyone felt at the start": a check nobody made.
                    && !at.is_some_and(|i| clause::nobody_checked(&toks[clauses[i].toks.clone()]))
            })
            || then_clause.is_some()
            // "Before, families would get a leaflet and nothing more": a habit told of the past.
            || clauses.iter().any(|c| {
                c.habit && matches!(c.stance, clause::Stance::Asserted | clause::Stance::Denied)
            })
            || state_before.is_some()
            || before_after::before_opened(toks, clauses).is_some()
            || before_and_since.is_some()
            // A figure since a time is read only after a past figure claimed before it: the then.
            || since_a_time.is_some()
            || closes_on_before.is_some()
            // "..., where before it was most weekends": the before a present is set against.
            || set_against_before.is_some(),
        now: trend
            || dated_years.contains(&this_year)
            || words::all_matches(m.now.as_ref(), toks)
                .iter()
                .any(|r| {
                    !unclaimed(r) && !work_going_on(text, r.start) && !now_and_then(text, r)
                })
            || now_clause.is_some()
            || no_longer_now(toks, clauses)
            || since_a_time_after_done(toks, clauses, done)
            || still_not_right(toks, clauses)
            || present_after.is_some()
            // After a before in words and what was done, the present told is where things stand.
            || state_after.is_some_and(|c| !toks[c.toks.clone()].iter().any(|t| t.norm == "still"))
            // The latest of figures against times in turn is where things stand.
            || dated_change.is_some()
            || timed_pair.is_some()
            || set_against_before.is_some()
            || reported_benefit.is_some()
            || before_and_since.is_some()
            || closes_on_before.is_some()
            || states
            || *dated_heading,
        next: has_next,
    }
}

/// "I reckon it was nine weeks or thereabouts when I started and it's under three now": a figure of
/// the past recalled with "I reckon" or "I think", set against a present figure claimed in its
/// sentence, is the before of a claimed change; the softener is the old figure's, not the change's.
fn recalled_against_now(toks: &[Token], clauses: &[Clause], i: usize) -> bool {
    let c = &clauses[i];
    let words: Vec<&str> = toks[c.toks.clone()]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .skip_while(|x| matches!(*x, "and" | "so" | "but" | "well"))
        .take(2)
        .collect();
    let recalled = matches!(
        words.as_slice(),
        ["i", "reckon" | "think" | "believe" | "guess"] | ["i'd", "say" | "guess"]
    );
    recalled
        && c.stance == clause::Stance::Hedged
        && c.time == clause::Time::Past
        && c.figure
        && clauses[i + 1..]
            .iter()
            .take_while(|n| n.sentence == c.sentence)
            .any(|n| n.stance.claims() && n.time == clause::Time::Present && n.figure)
}

/// "In Q1,", "Over the previous year,": a clause that only says when, opening on "in", "over",
/// "during" or "for" with no verb after it.
fn only_a_time(ts: &[Token]) -> bool {
    let words: Vec<&str> = ts
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    matches!(words.first(), Some(&("in" | "over" | "during" | "for")))
        && words.len() <= 6
        && !words.iter().any(|x| {
            clause::SUBJECTS.contains(x)
                || matches!(*x, "was" | "were" | "is" | "are" | "had" | "has" | "have")
        })
}

/// "31 of 50 cases in the first quarter and 44 of 50 in the third", "over the previous year ...; in
/// the first year of the calls it was 38 of 310": a period named by its place in turn is a time as a
/// date is; the place word tells two periods apart.
fn ordinal_period(ts: &[Token]) -> Option<String> {
    ts.windows(3).find_map(|w| {
        (matches!(w[0].norm.as_str(), "in" | "over" | "during" | "for")
            && w[1].norm == "the"
            && matches!(
                w[2].norm.as_str(),
                "first" | "second" | "third" | "fourth" | "final" | "previous" | "latest"
            ))
        .then(|| w[2].norm.clone())
    })
}

/// "In Q1, 38 packages were over 30 hours; in Q3 it was 21": a quarter after "in" names a time as
/// a month does.
fn quarter_named(ts: &[Token]) -> Option<String> {
    ts.windows(2).find_map(|w| {
        let q = w[1].norm.strip_prefix('q')?;
        (w[0].norm == "in" && matches!(q, "1" | "2" | "3" | "4")).then(|| w[1].norm.clone())
    })
}

/// "Q3 2025: 40 files, 27 graded good": a quarter just before a year dates the figure to the
/// quarter's last month, so two quarters of one year are in turn as two months are.
fn quarter_before(toks: &[Token], at: usize) -> Option<u32> {
    let i = toks.partition_point(|t| t.start < at);
    let q = toks.get(i.checked_sub(1)?)?.norm.as_str();
    let n: u32 = q.strip_prefix('q')?.parse().ok()?;
    (1..=4).contains(&n).then_some(n * 3)
}

/// "Our worker went to the hospital every time ... Since April he hasn't been near A&E": a present
/// claim opened by "since" and a time, after something done, is where things stand since the work.
fn since_a_time_after_done(
    toks: &[Token],
    clauses: &[clause::Clause],
    done: &[Range<usize>],
) -> bool {
    clauses.iter().any(|c| {
        let word = |k: usize| toks.get(c.toks.start + k).map_or("", |t| t.norm.as_str());
        let time = word(1);
        c.stance.claims()
            && c.time == clause::Time::Present
            && word(0) == "since"
            && (crate::text::MONTH_WORDS.contains(&time)
                || matches!(
                    time,
                    "half" | "easter" | "christmas" | "spring" | "summer" | "autumn" | "winter"
                ))
            && done.iter().any(|d| d.end <= c.bytes.start)
    })
}

/// "- median start 3 days, was 8", "96 waiting (was 288)", "5 weeks, previously 14": in notes, a
/// figure followed in its sentence by a short "was" and another figure is where things stand, set
/// against where they were: the clause with the first figure is the after.
fn was_after_a_figure(toks: &[Token], clauses: &[clause::Clause]) -> Option<Range<usize>> {
    where_it_was(toks, clauses).or_else(|| {
        clauses.windows(2).find_map(|w| {
            let words: Vec<&str> = toks[w[1].toks.clone()]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.norm.as_str())
                .collect();
            let was = matches!(
                words.first(),
                Some(&("was" | "were" | "previously" | "formerly"))
            ) && words
                .get(1)
                .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()))
                && words.len() <= 4;
            (was && w[0].sentence == w[1].sentence
                && w[0].figure
                && w[0].stance.claims()
                && w[0].time != clause::Time::ToCome
                && toks[w[0].toks.clone()]
                    .iter()
                    .any(|t| t.norm.starts_with(|c: char| c.is_ascii_digit())))
            .then(|| w[0].bytes.clone())
        })
    })
}

/// "71 had them working in September where it was 30 in March", "3 needed a nursing home, where
/// the panel's estimate had been that about 10 would": a figure set against what it "was" or "had
/// been" in a contrast opened by "where" or "whereas" is where things stand, against where they were.
/// The clause with the first figure is the after.
fn where_it_was(toks: &[Token], clauses: &[clause::Clause]) -> Option<Range<usize>> {
    let digits = |t: &Token| t.norm.starts_with(|c: char| c.is_ascii_digit());
    clauses.iter().enumerate().find_map(|(i, c)| {
        if !c.stance.claims() || c.time == clause::Time::ToCome {
            return None;
        }
        let end = clauses
            .get(i + 1)
            .filter(|n| n.sentence == c.sentence)
            .map_or(c.toks.end, |n| n.toks.end);
        let ts = &toks[c.toks.start..end];
        let own = c.toks.len();
        let p = ts
            .iter()
            .position(|t| matches!(t.norm.as_str(), "where" | "whereas"))?;
        let figure_first = ts[..p.min(own)].iter().any(|t| digits(t) && !year(t));
        let rest: Vec<&Token> = ts[p + 1..].iter().filter(|t| t.is_word()).take(9).collect();
        let was = rest
            .iter()
            .position(|t| matches!(t.norm.as_str(), "was" | "were" | "been"))?;
        let figure_after = rest[was + 1..]
            .iter()
            .take(5)
            .any(|t| (digits(t) && !year(t)) || clause::is_figure_word(&t.norm) && t.norm != "one");
        (p <= own && figure_first && figure_after).then(|| c.bytes.clone())
    })
}

fn year(t: &Token) -> bool {
    t.norm.len() == 4 && t.norm.starts_with("20") && t.norm.bytes().all(|b| b.is_ascii_digit())
}

/// "there's about three hundred people living out there", "a population of 4,000": how many live
/// somewhere, which says where the place is, not where the work has got to.
fn a_population(ts: &[Token]) -> bool {
    let w: Vec<&str> = ts
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    w.iter().any(|x| matches!(*x, "population" | "populations"))
        || w.windows(3).any(|p| {
            matches!(
                p[0],
                "people" | "residents" | "households" | "families" | "adults" | "islanders"
            ) && (matches!(p[1], "living" | "live" | "lives")
                || (matches!(p[1], "who" | "that") && matches!(p[2], "live" | "lives")))
        })
}

/// "We're piloting them on two wards", "we're setting up a hub in three villages": the speaker's
/// work still being tried or set up, whose figures say how big the trial is, not where things stand.
fn work_under_way(ts: &[Token]) -> bool {
    ts.windows(2).any(|p| {
        matches!(p[0].norm.as_str(), "we're" | "i'm" | "are" | "am" | "still")
            && matches!(
                p[1].norm.as_str(),
                "piloting"
                    | "trialling"
                    | "trialing"
                    | "testing"
                    | "setting"
                    | "developing"
                    | "designing"
                    | "drafting"
                    | "scoping"
                    | "exploring"
                    | "building"
            )
    })
}

/// "When I started, nobody would cut their nails", "before this there was nothing in its place": a
/// denial told in the past, with nothing before the marker that holds it back, says how things were.
/// A denial of looking or counting ("nobody's gone back to see how many we had before", "how
/// connected they were beforehand was never looked at") is a comparison not made, no then.
fn denied_then(reading: &Reading, r: &Range<usize>) -> bool {
    // "We never used to refer anyone": a habit denied is how things were, the "never" part of it.
    let never_used_to = reading.text[r.clone()].eq_ignore_ascii_case("used to")
        && reading
            .toks
            .iter()
            .rfind(|t| t.end <= r.start)
            .is_some_and(|t| t.norm == "never");
    clause::at(&reading.clauses, r.start).is_some_and(|c| {
        c.stance == clause::Stance::Denied
            && c.time == clause::Time::Past
            && (never_used_to || !super::claims::not_claimed(reading.text, r, c.bytes.start))
            && !reading.toks[c.toks.clone()].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "see"
                        | "looked"
                        | "compare"
                        | "compares"
                        | "compared"
                        | "checked"
                        | "counted"
                        | "measured"
                        | "recorded"
                        | "recording"
                        | "asked"
                )
            })
    })
}

/// "- Jan 2025: 2,400 hours a week not picked up": a count whose denial follows it still states the
/// count, as a line of notes does.
fn figure_then_denial(toks: &[Token], c: &Clause) -> bool {
    let ts = &toks[c.toks.clone()];
    let figure = ts.iter().position(|t| clause::is_figure_word(&t.norm));
    let denial = ts
        .iter()
        .position(|t| matches!(t.norm.as_str(), "not" | "never") || t.norm.ends_with("n't"));
    c.stance == clause::Stance::Denied && matches!((figure, denial), (Some(f), Some(d)) if f < d)
}

/// "146 people have an account they can use when it was next to nobody before", "older people are
/// now a tenth of the caseload where they were hardly on it before": a present claim that closes on
/// how things were "before", after "when", "where" or "whereas", holds its own before and after.
fn closes_on_before(toks: &[Token], clauses: &[Clause]) -> Option<Range<usize>> {
    clauses
        .iter()
        .filter(|c| {
            c.time == clause::Time::Present
                && (c.stance.claims() || c.stance == clause::Stance::Denied)
        })
        .find(|c| {
            let words: Vec<&str> = toks[c.toks.clone()]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.norm.as_str())
                .collect();
            words.iter().enumerate().any(|(p, w)| {
                let tail: Vec<&str> = words[p + 1..].iter().take(9).copied().collect();
                let closes = tail
                    .iter()
                    .position(|x| matches!(*x, "before" | "previously"));
                // "he goes out now where he never went out before": the denial is the before's.
                let denied_before = words[..p]
                    .iter()
                    .any(|x| matches!(*x, "not" | "never" | "no") || x.ends_with("n't"));
                // "... where before it would have been maybe two a term": the before opens the
                // words after "where" and its past follows.
                let opens_on_before =
                    closes == Some(0)
                        && tail.iter().skip(1).take(4).any(|x| {
                            said_of_the_past(x) || matches!(*x, "would've" | "have" | "'d")
                        });
                p > 1
                    && matches!(*w, "when" | "where" | "whereas")
                    && (c.stance.claims() || !denied_before)
                    && (opens_on_before
                        || closes.is_some_and(|k| tail[..k].iter().any(|x| said_of_the_past(x))))
            })
        })
        .map(|c| c.bytes.clone())
}

/// The words after a "before" close on it: "in the six months before it.", "the year before", not
/// "before that I was a team manager" (the speaker's career) or "before the panel met".
fn closes_on(rest: &[Token]) -> bool {
    let word = |k: usize| rest.get(k).filter(|t| t.is_word()).map(|t| t.norm.as_str());
    match word(0) {
        None => true,
        Some("it" | "that" | "then") => word(1).is_none(),
        Some(_) => false,
    }
}

/// A word that sets the words after "when" or "where" in the past: "it was", "they used to", "he
/// never went".
fn said_of_the_past(word: &str) -> bool {
    matches!(
        word,
        "was" | "were" | "had" | "used" | "never" | "went" | "got" | "came" | "didn't"
    ) || (word.len() > 4 && word.ends_with("ed"))
}
