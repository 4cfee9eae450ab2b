//! A post or service paid for a fixed time: "an adviser just for older and disabled people, funded
//! by the Police and Crime Commissioner for two years" (probes-10 p21). The assessor asked what
//! happens to that post when the funding runs out; the coach, reading "fund" and "grant" but not a
//! verb with a term after it, fell back on a bank question.

use super::frame::slot_up_to;
use super::read::{DURATIONS, Reading, anchor};
use super::{Anchor, Shape};

/// Most words said back: the sentence up to the term, with what is paid for.
const MOST_WORDS: usize = 28;

/// How far after "funded" the term may come: "funded by the Police and Crime Commissioner for two
/// years".
const REACH: usize = 12;

/// Words that make what is paid for a post: asked what happens to that post.
const POSTS: &[&str] = &[
    "adviser",
    "advisers",
    "worker",
    "workers",
    "post",
    "posts",
    "coordinator",
    "officer",
    "officers",
    "navigator",
    "navigators",
    "practitioner",
    "practitioners",
    "role",
    "roles",
];

pub(super) fn find(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| matches!(r.n(i), "funded" | "paid"))?;
    let (s, e) = r.sentence(i);
    // "for two years", "for 18 months": a term that ends.
    let end = (i + 1..(i + REACH).min(e)).find_map(|k| {
        (r.n(k) == "for" && r.value(k + 1).is_some() && DURATIONS.contains(&r.n(k + 2)))
            .then_some(k + 3)
    })?;
    // "Paid for two years of training" is no post or service paid for a term.
    if r.n(i) == "paid" && r.n(i + 1) == "for" {
        return None;
    }
    let quote = slot_up_to(r.text, &r.toks, s, end, MOST_WORDS)?;
    let tail = if r.has_in(s, i, POSTS) {
        "what happens to that post when the funding runs out, and what has been agreed to keep it?"
    } else {
        "what happens when that funding runs out, and what has been agreed to keep what it pays for?"
    };
    anchor(
        r,
        Shape::Temporary,
        (s, end),
        r.raw(i, end),
        "asking what happens when the funding ends".to_string(),
        format!("You said {quote}: {tail}"),
    )
}
