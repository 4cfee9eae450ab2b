//! A share of staff saying something of their own practice ("86% of practitioners said they knew
//! where to take a case that worried them", or each practitioner's yes to "did you have time to
//! think about your practice?", 52% then 71%): what staff say of themselves is not yet a change for
//! people. The assessor said the share back and asked what it has changed in the work with people,
//! and where it would show in a case (probes-9 p04, where the coach asked the stock "What are you
//! doing about it...?", judged 1). A low share is a weak spot, pressed elsewhere, so only a share of
//! at least half is taken.

use super::frame::slot;
use super::read::{Reading, anchor};
use super::{Anchor, Shape};

/// Staff who may say something of their own practice.
const STAFF: &[&str] = &[
    "staff",
    "practitioners",
    "practitioner",
    "workers",
    "managers",
    "supervisees",
];

/// Verbs by which staff say it.
const SAY: &[&str] = &[
    "said", "say", "says", "told", "tell", "feel", "felt", "report", "reported", "agreed", "ticked",
];

/// What staff say of how they feel at work, not of their practice.
const FEELINGS: &[&str] = &[
    "supported",
    "valued",
    "listened",
    "manageable",
    "belong",
    "safe",
];

/// The smallest share pressed on what it changed.
const LEAST: f64 = 50.0;

const ASK: &str =
    "what has that changed in the work they do with people, and where would we see it in a case?";

pub(super) fn find(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|k| {
        let after = r.percent_at(k)?;
        if !r.claims(k) {
            return None;
        }
        let share = r.value(k)?;
        // "86% of practitioners said ...": said back from the share.
        let of_staff = r.n(after) == "of"
            && (after + 1..(after + 4).min(r.toks.len())).any(|j| STAFF.contains(&r.n(j)))
            && r.has_in(after + 1, (after + 7).min(r.toks.len()), SAY);
        if of_staff && share >= LEAST {
            let (_, end) = r.span(k);
            let quote = slot(r.text, &r.toks, k, end)?;
            // "71% of frontline staff agreeing that they feel supported by their line manager": a
            // share of staff saying how they feel is an average over teams, and the assessor asked
            // which teams sit well below it (probes-19 p22, where "what has that changed in the
            // work they do with people" was judged formulaic).
            if r.has_in(after + 1, end.min(after + 14), FEELINGS) {
                let figure = r.raw(k, after);
                return anchor(
                    r,
                    Shape::Process,
                    (k, end),
                    r.raw(k, after + 2),
                    "asking which teams sit below the share".to_string(),
                    format!(
                        "You said {quote}: which teams or groups of staff sit well below the {figure}, and what have you done for them in particular?"
                    ),
                );
            }
            return anchor(
                r,
                Shape::Process,
                (k, end),
                r.raw(k, after + 2),
                "asking what it changed for people".to_string(),
                format!("You said {quote}: {ASK}"),
            );
        }
        // "In the first quarter 52% said yes", with staff named in the two sentences before, and
        // the latest share in the next ("In the latest quarter it was 71%").
        if !(SAY.contains(&r.n(after)) && r.n(after + 1) == "yes") {
            return None;
        }
        let (s, e) = r.sentence(k);
        let before = r
            .sentence(r.sentence(s.saturating_sub(2)).0.saturating_sub(2))
            .0;
        if !r.has_in(before, s, STAFF) {
            return None;
        }
        let then = said_from_its_date(r, s, e)?;
        // The latest share: in the next sentence, "it was 71%", "now 71%".
        let next = (e + 1 < r.toks.len())
            .then(|| r.sentence(e + 1))
            .filter(|&(ns, ne)| r.has_in(ns, ne, &["it", "now", "latest"]))
            .and_then(|(ns, ne)| Some((ns, ne, (ns..ne).find(|&j| r.percent_at(j).is_some())?)));
        if next.map_or(share, |(_, _, j)| r.value(j).unwrap_or(0.0)) < LEAST {
            return None;
        }
        let latest = next.and_then(|(ns, ne, _)| said_from_its_date(r, ns, ne));
        let said = match latest {
            Some(now) => format!("{then}, and {now}"),
            None => then,
        };
        anchor(
            r,
            Shape::Process,
            (s, e),
            r.raw(k, after + 2),
            "asking what it changed for people".to_string(),
            format!("You said that {said}: {ASK}"),
        )
    })
}

/// The sentence `s..e` as a slot, its opening "in" kept ("in the latest quarter it was 71%"): a
/// slot never opens on "in", so the word is said before it.
fn said_from_its_date(r: &Reading, s: usize, e: usize) -> Option<String> {
    // A closing quote mark left over from the sentence before ('..."did you have time?" In the
    // first quarter...') is not part of it.
    let mut s = s;
    while s < e && !r.toks[s].is_word() {
        s += 1;
    }
    if r.n(s) == "in" {
        Some(format!("in {}", slot(r.text, &r.toks, s + 1, e)?))
    } else {
        slot(r.text, &r.toks, s, e)
    }
}
