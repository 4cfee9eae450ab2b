//! A group's count in a small set against its share of a larger one: "Two of the nineteen are men,
//! when men are about 40% of the carers we assess". The PSW has counted who is missing from a
//! forum, a panel or a service; the assessor said both figures back and asked how the group that
//! fares worse is heard (probes-10 p06, where no anchor was found and the stock "What happens
//! next, and by when?" was judged 1). Pressed only when the count falls well short of the share:
//! a group as present as its share, or more, is no weak spot.

use super::frame::slot;
use super::read::{Reading, anchor, said_slot, words};
use super::{Anchor, Shape};

/// Words that set the count against the share: "when men are", "while women make up".
const AGAINST: &[&str] = &[
    "when", "while", "whilst", "whereas", "but", "though", "although",
];

/// The count must be under this part of the share to be pressed: two of nineteen (11%) against
/// 40% is; eight of nineteen (42%) is not.
const SHORT_BY: f64 = 0.67;

/// The most words said back: both figures and the group, in one breath.
const MOST_WORDS: usize = 18;

/// "N of (the|those|our) M (noun) are/were G": the count's tokens `(n, m, verb)`.
fn count_at(r: &Reading, k: usize) -> Option<(f64, f64, usize)> {
    let n = r.value(k)?;
    if r.n(k + 1) != "of" || r.is_year(k) || r.percent_at(k).is_some() {
        return None;
    }
    let mut j = k + 2;
    if matches!(r.n(j), "the" | "those" | "these" | "our" | "its" | "their") {
        j += 1;
    }
    let m = r.value(j)?;
    if r.percent_at(j).is_some() || n >= m || m < 5.0 {
        return None;
    }
    // An optional noun or two after the whole: "two of the nineteen members are".
    let verb = (j + 1..(j + 4).min(r.toks.len()))
        .take_while(|&v| r.toks[v].is_word())
        .find(|&v| matches!(r.n(v), "are" | "were" | "is" | "was"))?;
    Some((n, m, verb))
}

/// The group: the words after the count's verb, up to a stop or a word setting it against the
/// share ("men", "from the Polish community"). One to three words.
fn group_after(r: &Reading, verb: usize) -> Option<(usize, usize)> {
    let a = verb + 1;
    let b = (a..(a + 4).min(r.toks.len()))
        .find(|&k| r.is_stop(k) || AGAINST.contains(&r.n(k)))
        .unwrap_or((a + 4).min(r.toks.len()));
    (b > a && b - a <= 3).then_some((a, b))
}

pub(super) fn find(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|k| {
        let (n, m, verb) = count_at(r, k)?;
        let (_, gb) = group_after(r, verb)?;
        let head = r.n(gb - 1);
        let (_, sb) = r.sentence(k);
        // After the group, a word setting it against the share, then the group again and its share
        // of a larger whole: "..., when men are about 40% of the carers we assess".
        let against = (gb..(gb + 2).min(sb)).find(|&j| AGAINST.contains(&r.n(j)))?;
        // The group named again, in up to three words ("men", "Polish families"), then its share.
        let be = (against + 2..(against + 5).min(sb))
            .find(|&j| matches!(r.n(j), "are" | "were" | "make"))?;
        if !r.has_in(against + 1, be, &[head]) {
            return None;
        }
        let share = (be + 1..(be + 5).min(sb)).find(|&j| r.percent_at(j).is_some())?;
        let p = r.value(share)? / 100.0;
        if n / m >= SHORT_BY * p || !r.claims(k) {
            return None;
        }
        let (_, end) = r.span(share);
        // "Only three of the 22": the "only" is the PSW's own weight on the count.
        let from = if k > 0 && matches!(r.n(k - 1), "only" | "just") {
            k - 1
        } else {
            k
        };
        if words(r, from, end) > MOST_WORDS {
            return None;
        }
        let quote = said_slot(r, from, end)?;
        // The group as named with its share ("Asian families"), a noun where the count's may be
        // an adjective ("are Asian").
        let group = slot(r.text, &r.toks, against + 1, be)?;
        anchor(
            r,
            Shape::WeakSpot,
            (from, end),
            r.raw(from, share + 2),
            "pressing the group a count leaves short of its share".to_string(),
            format!(
                "You said {quote}: how are you hearing from {group} meanwhile, and what are you changing so they are not left out?"
            ),
        )
    })
}
