//! One team's share set against a lower one, the second said in passing: "the west locality had 82%
//! of audited cases rated good or better and the hospital team 58%". The assessor put the lower
//! first, with both figures, and asked what is weaker there and what it means for people (probes-7
//! p15, where the coach asked a bank line about variation, judged 2). Two asks, not three: "what is
//! being done" re-asks an answer that goes on to say what was done ("we've shared what the west
//! does"), and the judge marked stock three-part tails down.

use super::frame::slot;
use super::read::{Reading, anchor};
use super::weak_spot::capital;
use super::{Anchor, Shape};

/// Verbs that give a team its share: "the west had 82%", "the north is at 71%".
const HAD: &[&str] = &["had", "has", "got", "scored", "reached", "managed"];

/// Points between the two shares below which the gap is not the weak spot.
const GAP: f64 = 10.0;

/// "X had A% of M and the Y B%" with B well below A, said back "The Y had B% of M, against A% for
/// X: ...?". `None` for any other shape of sentence.
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|k| {
        if !HAD.contains(&r.n(k - 1)) {
            return None;
        }
        let after = r.percent_at(k)?;
        let high = r.value(k)?;
        if r.n(after) != "of" {
            return None;
        }
        let (sa, sb) = r.sentence(k);
        // The measure runs to "and the": "audited cases rated good or better".
        let and = (after + 1..sb).find(|&j| r.n(j) == "and" && r.n(j + 1) == "the")?;
        // The second team, then its share ending the sentence or clause.
        let low_at = (and + 2..sb.min(and + 7)).find(|&j| r.percent_at(j).is_some())?;
        let low = r.value(low_at)?;
        let end = r.percent_at(low_at)?;
        if high - low < GAP || !(end >= sb || r.is_stop(end)) {
            return None;
        }
        // The first team: from the nearest "the" (or the start of the clause) before its verb.
        let first_start = (sa..k - 1)
            .rev()
            .find(|&j| r.n(j) == "the" || r.is_stop(j))
            .map(|j| if r.is_stop(j) { j + 1 } else { j })?;
        let first = slot(r.text, &r.toks, first_start, k - 1)?;
        let second = slot(r.text, &r.toks, and + 1, low_at)?;
        let measure = slot(r.text, &r.toks, after + 1, and)?;
        let said = format!(
            "{second} had {}% of {measure}, against {}% for {first}",
            r.n(low_at),
            r.n(k)
        );
        let (there, served) = if r.has_in(and + 1, low_at, &["team"]) {
            ("that team's work", "the people that team serves")
        } else {
            ("the work there", "the people there")
        };
        let ask = format!(
            "{}: what is weaker in {there}, and what has that meant for {served}?",
            capital(&said)
        );
        anchor(
            r,
            Shape::WeakSpot,
            (first_start, end),
            said,
            "pressing the lower share you named".to_string(),
            ask,
        )
    })
}
