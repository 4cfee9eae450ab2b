//! A plan's actions said to be finished, offered as the proof of learning: "the action plans are
//! monitored by the board and all the actions are now complete". That tells the assessor the plan
//! was worked through, not that practice changed: they said it back and asked how the PSW knows
//! practice is different, and what the cases since show (probes-8 p22, where the coach asked the
//! stock "What happens next, and by when?" and was scored 1).

use super::frame::slot;
use super::read::{Reading, anchor};
use super::{Anchor, Shape};

/// What is finished: the items of a plan.
const ITEMS: &[&str] = &["action", "actions", "recommendation", "recommendations"];

/// Words that say the items are finished.
const FINISHED: &[&str] = &[
    "complete",
    "completed",
    "closed",
    "implemented",
    "delivered",
    "done",
    "signed",
];

/// Words that open the items' phrase: said back with them ("all the actions").
const LEADS: &[&str] = &["all", "every", "each", "the", "our", "its", "their", "of"];

/// Words that say, after the items are finished, what changed in practice or for people: the
/// answer gives what would be asked. Not "now": "all the actions are now complete" says when.
const SHOWN: &[&str] = &[
    "changed",
    "different",
    "difference",
    "improved",
    "shows",
    "showed",
    "found",
    "audit",
    "audited",
    "since",
];

/// "You said all the actions are now complete: that tells us the plan is finished, so what has
/// changed for people since, and how do you know practice is different?"
pub(super) fn find_completed(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        if !ITEMS.contains(&r.n(i)) {
            return None;
        }
        // "All the actions are now complete", "every recommendation has been implemented": the
        // finishing word within a few words, in the same phrase, and claimed.
        let done = (i + 1..(i + 5).min(r.toks.len()))
            .take_while(|&k| !r.is_stop(k))
            .find(|&k| FINISHED.contains(&r.n(k)))?;
        if !r.claims(done) || r.n(done) == "signed" && r.n(done + 1) != "off" {
            return None;
        }
        // "Actions are complete and the audit since shows...": what changed is said.
        let (_, e) = r.with_next_sentence(i);
        if r.has_in(done + 1, e, SHOWN) {
            return None;
        }
        let mut a = i;
        while a > 0 && i - a < 4 && LEADS.contains(&r.n(a - 1)) {
            a -= 1;
        }
        // "All 14 actions", "all of the recommendations": the count or "of" belongs to them.
        if a > 0 && r.value(a - 1).is_some() && LEADS.contains(&r.n(a.saturating_sub(2))) {
            a -= 2;
        }
        let mut end = done + 1;
        while end < r.toks.len() && !r.is_stop(end) && !r.newline_before(end) {
            end += 1;
        }
        let said = slot(r.text, &r.toks, a, end)?;
        anchor(
            r,
            Shape::Process,
            (a, end),
            r.raw(i, done + 1),
            "asking what the finished plan changed in practice".to_string(),
            format!(
                "You said {said}: that tells us the plan is finished, so what has changed for people since, and how do you know practice is different?"
            ),
        )
    })
}
