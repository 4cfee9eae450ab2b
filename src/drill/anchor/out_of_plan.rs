//! A shortfall the PSW names in two or three places, and a plan that goes on to only some of them:
//! "Two teams are still below 80%, the hospital team and the night service, because of agency
//! turnover. Next year the priority is the hospital team...". The one the plan leaves out (the night
//! service) is where an assessor presses, not the plan: what is happening meanwhile for the people
//! who rely on it, and who answers for it (issue 23, the annual-report case).

use super::frame::slot;
use super::read::{Reading, anchor};
use super::{Anchor, Shape};

/// Words that make a sentence a shortfall owned: "still below", "under target", "behind".
const SHORT: &[&str] = &[
    "below",
    "under",
    "behind",
    "short",
    "worst",
    "weakest",
    "lowest",
    "struggling",
    "over",
];

/// Words that make a later sentence a plan or a priority.
const PLANNED: &[&str] = &[
    "priority",
    "priorities",
    "plan",
    "plans",
    "planned",
    "focus",
    "will",
    "next",
    "target",
];

/// The most words one named place may hold: "the hospital discharge team".
const MOST_ITEM_WORDS: usize = 5;

/// "You named the hospital team and the night service, but the plan you described is for the
/// hospital team: what is happening meanwhile for the people who rely on the night service...?"
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    let mut i = 0;
    while i < r.toks.len() {
        let (s, e) = r.sentence(i);
        i = e.max(i) + 1;
        let short = (s..e).any(|k| SHORT.contains(&r.n(k)) && r.claims(k))
            && r.has_in(s, e, &["still", "below", "under", "behind"]);
        if !short {
            continue;
        }
        let Some(items) = list_in(r, s, e) else {
            continue;
        };
        if let Some(a) = plan_after(r, e, &items) {
            return Some(a);
        }
    }
    None
}

/// The named places of a list in `s..e`: "the hospital team and the night service", "the east,
/// the west and the hospital team". Each opens with "the" and runs to the next comma or "and".
fn list_in(r: &Reading, s: usize, e: usize) -> Option<Vec<(usize, usize)>> {
    (s..e).find_map(|k| {
        if r.n(k) != "the" {
            return None;
        }
        let mut items = Vec::new();
        let mut a = k;
        loop {
            let b = (a + 1..e).find(|&j| matches!(r.n(j), "," | "and" | ";" | ":" | "because"))?;
            if b - a < 2 || (a..b).filter(|&j| r.toks[j].is_word()).count() > MOST_ITEM_WORDS {
                return None;
            }
            items.push((a, b));
            // "the X, the Y and the Z": on while "the" follows the comma or "and".
            let next = if r.n(b) == "," && r.n(b + 1) == "and" {
                b + 2
            } else {
                b + 1
            };
            if matches!(r.n(b), "," | "and") && r.n(next) == "the" {
                a = next;
                if r.n(b) == "and" || r.n(b + 1) == "and" {
                    // The last item: to the next mark.
                    let end = (a + 1..e)
                        .find(|&j| r.is_stop(j) || r.n(j) == "because")
                        .unwrap_or(e);
                    if end - a < 2
                        || (a..end).filter(|&j| r.toks[j].is_word()).count() > MOST_ITEM_WORDS
                    {
                        return None;
                    }
                    items.push((a, end));
                    break;
                }
            } else {
                break;
            }
        }
        (items.len() >= 2).then_some(items)
    })
}

/// The words that name an item, without "the".
fn names(r: &Reading, (a, b): (usize, usize)) -> Vec<String> {
    (a..b)
        .map(|k| r.n(k).to_string())
        .filter(|w| w != "the" && w.chars().any(char::is_alphabetic))
        .collect()
}

/// The follow-up when a plan after token `from` names some of `items` and leaves one out.
fn plan_after(r: &Reading, from: usize, items: &[(usize, usize)]) -> Option<Anchor> {
    let mut i = from + 1;
    while i < r.toks.len() {
        let (s, e) = r.sentence(i);
        i = e.max(i) + 1;
        if !r.has_in(s, e, PLANNED) {
            continue;
        }
        let said = |it: &(usize, usize)| {
            let words = names(r, *it);
            !words.is_empty() && words.iter().all(|w| (s..e).any(|k| r.n(k) == w.as_str()))
        };
        let named: Vec<&(usize, usize)> = items.iter().filter(|it| said(it)).collect();
        let left: Vec<&(usize, usize)> = items.iter().filter(|it| !said(it)).collect();
        if named.is_empty() {
            continue;
        }
        if left.len() != 1 {
            return None;
        }
        let all = match items {
            [x, y] => format!(
                "{} and {}",
                slot(r.text, &r.toks, x.0, x.1)?,
                slot(r.text, &r.toks, y.0, y.1)?
            ),
            _ => return None,
        };
        let planned = slot(r.text, &r.toks, named[0].0, named[0].1)?;
        let out = slot(r.text, &r.toks, left[0].0, left[0].1)?;
        return anchor(
            r,
            Shape::WeakSpot,
            (items[0].0, items[items.len() - 1].1),
            out.clone(),
            format!("asking about {out}, which the plan leaves out"),
            format!(
                "You named {all}, but the plan you described is for {planned}: what is happening meanwhile for the people who rely on {out}, and who is answerable for it?"
            ),
        );
    }
    None
}
