//! People counted as bearing something while they wait: "31 people on that list are sleeping
//! downstairs while they wait". The assessor said the count back and asked what is being done for
//! them meanwhile and what would bring the wait down (probes-10 p02, where the coach pressed a
//! check the PSW had made instead). Offered where nothing else in the answer was read as admitted:
//! a count of people helped while they wait ("the team supported 1,480 people while they waited")
//! is a result, and is left.

use super::read::{PEOPLE, Reading, said_back};
use super::{Anchor, Shape};

/// Words that make the count people helped, not people bearing the wait.
const HELPED: &[&str] = &[
    "supported",
    "helped",
    "rang",
    "called",
    "visited",
    "contacted",
    "saw",
    "seen",
    "offered",
];

pub(super) fn find(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|w| {
        // "while they wait", "while they're waiting", "while waiting".
        if r.n(w - 1) != "while" && !(w >= 2 && r.n(w - 2) == "while" && r.n(w - 1) == "they") {
            return None;
        }
        if !matches!(r.n(w), "wait" | "waiting" | "waited" | "they're") {
            return None;
        }
        // Back to the last stop, across the "while" that opens a clause of its own: the count of
        // people opens the phrase ("31 people on that list are...").
        let mut n = w;
        while n > 0 && !r.is_stop(n - 1) && !r.newline_before(n) {
            n -= 1;
        }
        let (_, end) = r.span(w);
        if !r.value(n).is_some_and(|v| v >= 2.0) || r.is_year(n) || r.percent_at(n).is_some() {
            return None;
        }
        if !r.has_in(n + 1, (n + 3).min(end), PEOPLE) || r.has_in(n, end, HELPED) || !r.claims(n) {
            return None;
        }
        said_back(
            r,
            Shape::Weakness,
            (n, end),
            "asking about the people bearing the wait",
            "what are you doing for them meanwhile, and what would bring that wait down?",
        )
    })
}
