//! Changes since the work, each found in the clauses after something was done: a state regained,
//! a figure since, people moved home, something new for people, something ceased, a benefit
//! reported, a new arrangement after how it used to be, people served in a new way.

use super::before_after;
use super::claims::{reports_a_benefit, says_it_ceased};
use super::clause;
use super::reading::Reading;
use super::text::Taken;
use std::ops::Range;

/// The changes found after what was done.
pub(super) struct Changes {
    pub reported_benefit: Option<Range<usize>>,
    pub present_after: Option<Range<usize>>,
    pub again: Vec<Range<usize>>,
    pub after_label: Option<Range<usize>>,
    pub since_a_time: Option<Range<usize>>,
    pub since_done: Vec<Range<usize>>,
    pub first_time: Vec<Range<usize>>,
    pub moved_home: Vec<Range<usize>>,
    pub ceased: Vec<Range<usize>>,
}

pub(super) fn find(reading: &Reading, done: &[Range<usize>]) -> Changes {
    let (toks, clauses) = (&reading.toks, &reading.clauses);
    // "We rewrote the pathway ... The therapists say it saves them a phone call on every
    // discharge": a practitioner's or a person's report of what the work does now is a change.
    let reported_benefit = clauses
        .iter()
        .filter(|c| c.stance == clause::Stance::Reported && c.time != clause::Time::ToCome)
        .filter(|c| done.iter().any(|d| d.end <= c.bytes.start))
        .find(|c| reports_a_benefit(&toks[c.toks.clone()], c.time))
        .map(|c| c.bytes.clone());
    // A new arrangement said in the present after how it "used to" be ("Carers used to ring three
    // numbers. There's one carers' line"), or after what people had no way to get ("Deaf people
    // had no way to reach us at night. The duty team takes video calls").
    // "How many used to vanish nobody ever looked at": how it used to be, asked and not known.
    let asked = |c: &clause::Clause| {
        toks.get(c.toks.start).is_some_and(|w| w.norm == "how")
            && toks
                .get(c.toks.start + 1)
                .is_some_and(|w| matches!(w.norm.as_str(), "many" | "much" | "often"))
    };
    let used_to = clauses.iter().find(|c| {
        (c.stance.claims()
            && !asked(c)
            && toks[c.toks.clone()]
                .windows(2)
                .any(|w| matches!(w[0].norm.as_str(), "used" | "use") && w[1].norm == "to"))
            || clause::says_a_past_lack(&toks[c.toks.clone()], c)
    });
    // The new arrangement may come first, as an answer often opens with it ("Anyone waiting can
    // get help straight away ... When I set it up, people waiting got a letter and nothing else"),
    // in another sentence than the before.
    let present_after = used_to.and_then(|u| {
        let present = |c: &&clause::Clause| {
            c.stance.claims()
                && c.time == clause::Time::Present
                // "they'd get a no from both teams": what used to happen, not what happens now.
                && !toks[c.toks.clone()].iter().any(|t| t.norm.ends_with("'d"))
        };
        clauses
            .iter()
            .filter(present)
            .find(|c| c.bytes.start > u.bytes.end)
            .or_else(|| {
                clauses
                    .iter()
                    .filter(present)
                    .find(|c| c.bytes.end <= u.bytes.start && c.sentence != u.sentence)
            })
    });
    // "She sleeps through the night again", "she's eating again": a state regained.
    let again: Vec<Range<usize>> = clauses
        .iter()
        .filter(|c| c.stance.claims() && before_after::regained(&toks[c.toks.clone()], c.time))
        .map(|c| c.bytes.clone())
        .collect();
    let after_label = before_after::after(toks, clauses, done);
    let since_a_time = before_after::figure_since_a_time(toks, clauses);
    // "Since then 340 people have chosen...", "In the four months since, placements have fallen":
    // a figure said of the time since something was done is where things stand after it.
    let since_done: Vec<Range<usize>> = clauses
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            // "since then", or "since" closing its words ("in the six months since, ...").
            let ts = &toks[c.toks.clone()];
            let k = ts.iter().position(|t| t.norm == "since")?;
            if !ts
                .get(k + 1)
                .is_none_or(|t| matches!(t.norm.as_str(), "then" | "," | "." | ";" | ":"))
            {
                return None;
            }
            // "... and there hasn't been a fire death among us since.": "since" closing its
            // sentence says of the words it ends that they have held since the work, with or
            // without a figure ("no one has had to ring twice since").
            let closes_sentence = ts[k + 1..].iter().all(|t| !t.is_word())
                && clauses.get(i + 1).is_none_or(|n| n.sentence != c.sentence);
            // "He has kept his weight steady since, and he told ...": "since" cut off by a mark at
            // the head of its clause closes the clause before it.
            let cut_off = k == 0 && ts.get(1).is_some_and(|t| !t.is_word());
            let before = || {
                i.checked_sub(1)
                    .and_then(|p| clauses.get(p))
                    .filter(|p| p.sentence == c.sentence)
            };
            let closed = if closes_sentence && ts[..k].iter().any(|t| t.is_word()) {
                Some(c)
            } else if closes_sentence || cut_off {
                before()
            } else {
                None
            };
            let target = match closed {
                Some(t) => t,
                None => [Some(c), clauses.get(i + 1)]
                    .into_iter()
                    .flatten()
                    .find(|t| t.sentence == c.sentence && t.figure)?,
            };
            // "we haven't pulled any figures since.": a count not made since the work.
            let not_counted = toks[target.toks.clone()]
                .iter()
                .any(|t| super::claims::COUNTED.contains(&t.norm.as_str()))
                && toks[target.toks.clone()]
                    .iter()
                    .any(|t| t.norm == "not" || t.norm.ends_with("n't") || t.norm == "nobody");
            if not_counted {
                return None;
            }
            let acted_before = done.iter().any(|d| d.end <= target.bytes.start);
            (acted_before && target.stance.claims() && target.time != clause::Time::ToCome)
                .then(|| target.bytes.clone())
        })
        .collect();
    // "Nine people moved closer to home", "we moved 27 people back into supported living": people
    // counted moving somewhere of their own is a change for them (issue 17 class 2).
    // "he says it's the first time he's felt part of her care", "40 veterans had an assessment who'd
    // never been known to us before": something new for people since the work is a change.
    let first_time: Vec<Range<usize>> = clauses
        .iter()
        .filter(|c| c.stance.claims() && c.time != clause::Time::ToCome)
        .filter(|c| done.iter().any(|d| d.end <= c.bytes.start))
        .filter(|c| {
            let ts = &toks[c.toks.clone()];
            // "the first we've ever had from that community", "the first ever referral from the
            // mosque": a first since the work, as "the first time" is.
            let first = ts
                .windows(3)
                .any(|w| w[0].norm == "the" && w[1].norm == "first" && w[2].norm == "time")
                // "we've ever" may open a clause of its own: read on past the clause.
                || c.toks.clone().any(|k| {
                    toks[k].norm == "first"
                        && k > c.toks.start
                        && toks[k - 1].norm == "the"
                        && toks[k + 1..].iter().take(3).any(|x| x.norm == "ever")
                });
            let never = ts.iter().position(|t| t.norm == "never");
            first || never.is_some_and(|k| ts[k + 1..].iter().any(|t| t.norm == "before"))
        })
        .map(|c| c.bytes.clone())
        .collect();
    let moved_home: Vec<Range<usize>> = clauses
        .iter()
        .filter(|c| c.stance.claims() && c.time != clause::Time::ToCome && c.figure)
        .filter(|c| {
            let ts = &toks[c.toks.clone()];
            ts.iter().enumerate().any(|(k, t)| {
                // A home of their own in any form: "into supported flats", "living in their own
                // tenancies" after "brought back to the county and are".
                // "patients who cannot go back to their own homes": a move denied says who they
                // are, not one made.
                let denied = ts[k.saturating_sub(3)..k].iter().any(|x| {
                    matches!(
                        x.norm.as_str(),
                        "cannot" | "can't" | "couldn't" | "unable" | "not" | "never"
                    )
                });
                matches!(t.norm.as_str(), "moved" | "returned" | "went" | "back")
                    && !denied
                    && ts[k + 1..].iter().take(10).any(|h| {
                        matches!(
                            h.norm.as_str(),
                            "home"
                                | "homes"
                                | "own"
                                | "flat"
                                | "flats"
                                | "tenancy"
                                | "tenancies"
                                | "bungalow"
                                | "bungalows"
                        )
                    })
            })
        })
        .map(|c| c.bytes.clone())
        .collect();
    // "We rewrote his plan ... the calls at night have stopped": something ceased since the work is
    // a change and where things stand, with or without a change word.
    let ceased: Vec<Range<usize>> = clauses
        .iter()
        .enumerate()
        // The denial is the claim here ("he's not been back since June").
        .filter(|(_, c)| {
            (c.stance.claims() || c.stance == clause::Stance::Denied)
                && c.time != clause::Time::ToCome
        })
        .filter_map(|(i, c)| {
            // "since June" is a clause of its own: read it with the one it closes.
            let end = clauses
                .get(i + 1)
                .filter(|n| n.sentence == c.sentence && toks[n.toks.start].norm == "since")
                .map_or(c.toks.end, |n| n.toks.end);
            let at = says_it_ceased(&toks[c.toks.start..end])?;
            done.iter().any(|d| d.end <= at).then(|| c.bytes.clone())
        })
        .collect();
    Changes {
        reported_benefit,
        present_after: present_after.map(|c| c.bytes.clone()),
        again,
        after_label,
        since_a_time,
        since_done,
        first_time,
        moved_home,
        ceased,
    }
}

/// "A duty worker was placed in the unit. People ready to go home are seen on the day": after
/// something was done, people in a present passive are how the arrangement now works for them.
pub(super) fn served(
    reading: &Reading,
    done: &[Range<usize>],
    people: &[Range<usize>],
) -> Vec<Range<usize>> {
    let (toks, clauses) = (&reading.toks, &reading.clauses);
    let people_places = Taken::covering(people);
    // The people may be in the clause before, cut off by a relative ("Older people who come in
    // after a fall are seen the same day").
    clauses
        .iter()
        .enumerate()
        .filter(|(_, c)| c.stance.claims() && c.time == clause::Time::Present)
        .filter(|(_, c)| done.iter().any(|d| d.end <= c.bytes.start))
        .filter(|(i, c)| {
            let from = i
                .checked_sub(1)
                .map(|p| &clauses[p])
                .filter(|p| p.sentence == c.sentence)
                .map_or(c.bytes.start, |p| p.bytes.start);
            people_places.overlaps(&(from..c.bytes.end))
        })
        .filter(|(_, c)| clause::present_passive(&toks[c.toks.clone()]))
        .map(|(_, c)| c.bytes.clone())
        .collect()
}
