//! Reassurance passed on from staff with nothing behind it: "managers tell me it's going well, and
//! the spot checks I did in June looked fine", "staff tell us it helps", "staff were really pleased
//! when it was announced". On middling answers the coach asked a bank line ("What difference does
//! supervision make to practice with people?", judged 3) where the assessor said the reassurance
//! back and asked what lay behind it (probes-10 p19: "You said ... your June spot checks 'looked
//! fine': ... what did you see supervision change in the work with people in the records you
//! checked?"; probes-7 p16, probes-10 p15, p23). Read as a voice with no proof behind it
//! (`Shape::Voice`): what the PSW has seen, and what it changed for people.

use super::read::{Reading, said_back};
use super::{Anchor, Shape};

/// Who passes the reassurance on: staff, not the people who draw on care (whose word is pressed
/// by the voice readers).
const TELLERS: &[&str] = &[
    "staff",
    "managers",
    "practitioners",
    "teams",
    "workers",
    "colleagues",
    "feedback",
];

/// Verbs of telling.
const TELL: &[&str] = &["tell", "tells", "told", "say", "says", "said"];

/// Words of reassurance after the telling: "it helps", "it's going well", "much more ready".
const WELL: &[&str] = &[
    "helps",
    "helped",
    "helpful",
    "well",
    "works",
    "working",
    "useful",
    "valued",
    "value",
    "valuable",
    "ready",
    "confident",
    "positive",
    "pleased",
    "fine",
    "love",
];

/// Most words between the telling and its reassurance: "managers tell me it's going well", "staff
/// tell us the cafés are the most useful thing we do" (probes-12 p23, seven words on, which got a
/// bank line).
const REACH: usize = 8;

/// The first reassurance passed on with no figure, said back and asked what lies behind it.
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|i| {
        let (a, end) = r.span(i);
        let told = TELLERS.contains(&r.n(i - 1)) && TELL.contains(&r.n(i));
        // "Staff were really pleased", "the spot checks looked fine".
        let felt = matches!(r.n(i), "were" | "looked" | "seemed" | "felt")
            && (TELLERS.contains(&r.n(i - 1)) || matches!(r.n(i - 1), "checks" | "checked"));
        if !(told || felt) {
            return None;
        }
        let well = (i + 1..(i + 1 + REACH).min(end)).find(|&k| WELL.contains(&r.n(k)))?;
        // "Not going well", "don't find it useful": no reassurance.
        if r.has_in(i + 1, well, &["not", "don't", "doesn't", "isn't", "never", "less"]) {
            return None;
        }
        // A figure with it ("81% told us it helps") is proof, pressed by the figure readers.
        let (s0, s1) = r.sentence(i);
        if (s0..s1).any(|k| r.value(k).is_some() && !r.is_year(k)) {
            return None;
        }
        let from = if r.n(i - 1) == "checks" || r.n(i - 1) == "checked" {
            a
        } else {
            let mut from = i - 1;
            while from > a && matches!(r.n(from - 1), "the" | "our" | "my" | "and") {
                from -= 1;
            }
            from
        };
        said_back(
            r,
            Shape::Voice,
            (from, end),
            "asking what lies behind it",
            "what have you seen yourself that shows it, and what has it changed for the people they work with?",
        )
    })
}
