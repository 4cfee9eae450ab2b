//! The cause a PSW gives for the weak spot they name: "People whose main need is their mental health
//! wait longest, a median of 41 days, because their referral is passed between us and the trust
//! before anyone starts". The assessor said the cause back with the weak spot and pressed it: who
//! decides, and what happens to the person while it goes on (probes-7 p01, where the coach cut the
//! cause off and asked the stock "who is checking the people waiting are safe", judged to fall back
//! on a stock question).

use super::pointed::acting;
use super::read::{Reading, WAITING};

/// Partners a cause may lie with: the follow-up asks who is sorting it out with them.
const PARTNERS: &[&str] = &[
    "trust",
    "nhs",
    "hospital",
    "provider",
    "providers",
    "icb",
    "police",
    "landlord",
    "landlords",
];

/// The token opening the cause of the weak spot in tokens `a..b`, or `None`: "because", "due to",
/// "owing to", "down to" after "is" or "mostly" and before a word ("down to 300" is a fall),
/// "caused by". Not in the first few words: a piece that opens on its cause has no weak spot
/// before it.
pub(super) fn find(r: &Reading, a: usize, b: usize) -> Option<usize> {
    (a + 4..b).find(|&k| match r.n(k) {
        "because" => true,
        "due" | "owing" => r.n(k + 1) == "to",
        "caused" => r.n(k + 1) == "by",
        "down" => {
            r.n(k + 1) == "to"
                && r.value(k + 2).is_none()
                && matches!(
                    r.n(k - 1),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "it's"
                        | "that's"
                        | "mostly"
                        | "largely"
                        | "partly"
                        | "mainly"
                )
        }
        _ => false,
    })
}

/// What is asked after a weak spot said back with its cause at `c` (tokens `c..b`): who is sorting
/// the cause out (with the partner it names), or what is being done about it, and what happens for
/// people while it lasts.
pub(super) fn tail(r: &Reading, (a, b): (usize, usize), c: usize) -> String {
    let meanwhile = if r.has_in(a, b, WAITING) || r.has_in(a, b, &["waited"]) {
        "what happens to the person while they wait"
    } else {
        "what does it mean for people until it changes"
    };
    match partner(r, c, b) {
        Some(p) => format!("who is sorting that out with {p}, and {meanwhile}?"),
        None if acting(r, a) => {
            format!("how will you know what you are doing about that is working, and {meanwhile}?")
        }
        None => format!("what are you doing about that, and {meanwhile}?"),
    }
}

/// The first partner named in tokens `a..b`, as a follow-up names it: "the police", "the NHS",
/// "providers".
pub(super) fn partner(r: &Reading, a: usize, b: usize) -> Option<String> {
    (a..b)
        .find(|&k| PARTNERS.contains(&r.n(k)))
        .map(|k| match r.n(k) {
            "nhs" | "icb" => format!("the {}", r.n(k).to_uppercase()),
            w if w.ends_with('s') && w != "police" => w.to_string(),
            w => format!("the {w}"),
        })
}
