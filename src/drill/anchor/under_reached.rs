//! A group the PSW says is under-reached, by its share of the population against its share of
//! those the council knows: "Tamil families, they're about 6% of the borough and under 1% of the
//! register". The assessor said it back with both figures and asked what that group, or people it
//! trusts, have said about why, and what is being done to reach them (probes-7 p02, where the coach
//! asked "which other communities fare worse", judged "drifting from what was said").

use super::frame::slot;
use super::read::{Reading, anchor};
use super::weak_spot::capital;
use super::{Anchor, Shape};

/// Words for the whole population a share is taken of.
const POPULATION: &[&str] = &[
    "borough",
    "population",
    "county",
    "city",
    "area",
    "district",
    "census",
    "community",
];

/// Words before a second, smaller share that admit the gap.
const SHORT_OF: &[&str] = &["under", "only", "just", "barely", "below"];

/// "Group, they're about 6% of the borough and under 1% of the register", said back as "Group are
/// about 6% of the borough and under 1% of the register: ...?". `None` without both shares, the
/// second smaller, or without a group named just before them.
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|k| {
        let after = r.percent_at(k)?;
        if r.n(after) != "of" || !POPULATION.contains(&r.n(after + 2)) && !POPULATION.contains(&r.n(after + 1)) {
            return None;
        }
        let whole = r.value(k)?;
        let (_, sb) = r.sentence(k);
        let m = (after..sb.min(after + 8))
            .find(|&j| SHORT_OF.contains(&r.n(j)) && r.percent_at(j + 1).is_some())?;
        let part = r.value(m + 1)?;
        if part >= whole {
            return None;
        }
        // The end: the word after the second share's "of the ...".
        let end = (r.percent_at(m + 1)?..sb)
            .find(|&j| r.is_stop(j) || r.n(j) == "and")
            .unwrap_or(sb);
        // The group: the words before ", they're" / ", who are", back to "and", a comma or the
        // sentence start.
        let link = (k.saturating_sub(3)..k).find(|&j| matches!(r.n(j), "they're" | "who"))?;
        if r.n(link.wrapping_sub(1)) != "," {
            return None;
        }
        let comma = link - 1;
        let (sa, _) = r.sentence(k);
        let start = (sa..comma)
            .rev()
            .find(|&j| r.is_stop(j) || r.n(j) == "and")
            .map_or(sa, |j| j + 1);
        let group = slot(r.text, &r.toks, start, comma)?;
        let from = if r.n(link) == "who" { link + 2 } else { link + 1 };
        // A slot may not open on "about" (it usually joins a phrase on); here it hedges the share.
        let figures = if r.n(from) == "about" {
            format!("about {}", slot(r.text, &r.toks, from + 1, end)?)
        } else {
            slot(r.text, &r.toks, from, end)?
        };
        let said = format!("{group} are {figures}");
        let ask = format!(
            "{}: what have {group}, or people they trust, told you about why, and what are you doing to reach them?",
            capital(&said)
        );
        anchor(
            r,
            Shape::WeakSpot,
            (start, end),
            said,
            "pressing the group you said you are missing".to_string(),
            ask,
        )
    })
}
