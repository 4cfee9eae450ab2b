//! A figure the PSW names as going the wrong way: "what I'm less sure about is whether we're closing
//! people too soon, because the share who come back within three months has gone up from 8% to
//! 15%". The assessor said the change back with both figures and asked what happened to the people
//! behind it and what is being done differently (probes-10 p05, where no anchor was found and the
//! stock "What happens next, and by when?" was judged 1). A change is read as worse only when the
//! PSW frames it so (a worry or doubt before it in its sentence): the same words with no worry are
//! most often a result ("waits have come down from 38 days to 12").

use super::frame::slot_up_to;
use super::read::{Reading, anchor};
use super::weak_spot::capital;
use super::{Anchor, Shape};

/// Words that move a figure: "has gone up from", "rose from", "has fallen from".
const MOVED: &[&str] = &[
    "up",
    "down",
    "risen",
    "rose",
    "increased",
    "grown",
    "grew",
    "climbed",
    "jumped",
    "doubled",
    "fallen",
    "fell",
    "dropped",
    "slipped",
    "crept",
];

/// Words by which the PSW frames what follows as a worry: "what worries me", "I'm less sure". Not
/// "concern" or "concerns": most often the noun counted ("safeguarding concerns fell from 64 to
/// 37", insight-strong-4 w10), a result, not a worry.
const WORRY: &[&str] = &[
    "worried",
    "worry",
    "worries",
    "worrying",
    "concerned",
    "concerning",
    "uneasy",
    "unease",
    "worse",
    "troubles",
    "bothers",
];

/// Words after a worry that turn to what was done about it ("we were worried, so we added two
/// workers and the number done has gone up"): the change that follows is the remedy, not the worry.
const REMEDY: &[&str] = &["so", "therefore", "which"];

/// Most words said back: the change with what it measures, which can run long ("the share who come
/// back to us within three months has gone up from 8 percent to 15 percent").
const MOST_WORDS: usize = 26;

/// Words that end a worry's frame and open what it is about: "what worries me is that ...",
/// "I'm less sure because ...".
const FRAME_ENDS: &[&str] = &["that", "is", "because", "whether", "as"];

/// Where the change at `k` is said back from, when the sentence frames it as a worry before it
/// ("less sure", "not sure", "worried") with no turn to a remedy between: after the frame when the
/// phrase holds it ("What worries me is that readmissions have risen" -> "readmissions have
/// risen"), else the phrase's own start. `None` when there is no frame, or a worry word opens the
/// phrase itself with nothing closing it: that names what is counted ("worries raised by families
/// fell"), not a worry about the change.
fn worry_frame(r: &Reading, start: usize, k: usize) -> Option<usize> {
    let (s, _) = r.sentence(k);
    let w = (s..k).rev().find(|&j| {
        WORRY.contains(&r.n(j))
            || (r.n(j) == "sure" && j > 0 && matches!(r.n(j - 1), "less" | "not"))
    })?;
    if r.has_in(w + 1, k, REMEDY) {
        return None;
    }
    if w < start {
        return Some(start);
    }
    (w + 1..k.min(w + 6))
        .rev()
        .find(|&j| FRAME_ENDS.contains(&r.n(j)))
        .map(|j| j + 1)
}

/// The token after a figure and its unit: "8 percent" -> after "percent", "40 days" -> after "days".
fn after_figure(r: &Reading, i: usize) -> usize {
    r.percent_at(i).unwrap_or(i + 1)
}

/// "X has gone up from A to B" in a sentence that frames it as a worry, said back whole: "The share
/// who come back to you within three months has gone up from 8 percent to 15 percent: what has
/// that meant for the people behind it, and what are you doing differently because of it?"
pub(super) fn find_worsened(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|f| {
        if r.n(f) != "from" || !r.has_in(f.saturating_sub(3), f, MOVED) {
            return None;
        }
        let a = f + 1;
        let before = r.value(a)?;
        let to = after_figure(r, a);
        if r.n(to) != "to" || r.is_year(a) {
            return None;
        }
        let after = r.value(to + 1)?;
        if r.is_year(to + 1) || (after - before).abs() < f64::EPSILON {
            return None;
        }
        let end = after_figure(r, to + 1);
        if !r.claims(f) {
            return None;
        }
        let start = worry_frame(r, r.phrase(f).0, f)?;
        let said = slot_up_to(r.text, &r.toks, start, end, MOST_WORDS)?;
        let ask = format!(
            "{}: what has that meant for the people behind it, and what are you doing differently \
             because of it?",
            capital(&said)
        );
        anchor(
            r,
            Shape::Weakness,
            (start, end),
            said,
            "pressing the figure you said is going the wrong way".to_string(),
            ask,
        )
    })
}
