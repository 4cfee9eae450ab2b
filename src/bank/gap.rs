//! What an answer can lack: one type for the bank (a gap probe's `gap:`), the answer analysis (what
//! it finds missing) and the probe choice. A leaf module with no imports from the crate, because
//! `build.rs` includes it by path alongside `model.rs` to compile the bundled bank in.

use serde::Serialize;

/// What an answer can lack, as the answer analysis finds it, and what a gap probe goes after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gap {
    /// Nothing the speaker or their team did.
    Done,
    /// No change stated: no before and after, figure with a direction, or new state.
    Difference,
    /// No source: no figure, audit, survey, feedback with who said it, case tracking or report.
    Evidence,
    /// No mention of people who draw on care, carers or families.
    People,
    /// No next step said with when it will happen.
    Next,
    /// No specific case or story ("one carer told us", "a man in his seventies who...").
    Example,
    /// Nothing the speaker did personally, in the first person singular ("I set up", "I led").
    OwnPart,
}

impl Gap {
    pub const ALL: [Gap; 7] = [
        Gap::Done,
        Gap::Difference,
        Gap::Evidence,
        Gap::People,
        Gap::Next,
        Gap::Example,
        Gap::OwnPart,
    ];

    /// Biggest gap first: the order in which an assessor would press for what is missing. Evidence
    /// leads ("how do you know?" is what assessors press hardest), then the difference made, what was
    /// done at all, the people it was for, what comes next, the PSW's own part, and a specific case.
    pub const BY_SIZE: [Gap; 7] = [
        Gap::Evidence,
        Gap::Difference,
        Gap::Done,
        Gap::People,
        Gap::Next,
        Gap::OwnPart,
        Gap::Example,
    ];

    /// The slug as banks and the JSON write it: `done`, ..., `own-part`.
    pub fn slug(self) -> &'static str {
        match self {
            Gap::Done => "done",
            Gap::Difference => "difference",
            Gap::Evidence => "evidence",
            Gap::People => "people",
            Gap::Next => "next",
            Gap::Example => "example",
            Gap::OwnPart => "own-part",
        }
    }

    /// Reads a slug exactly as banks write it (`own-part`).
    pub fn from_slug(slug: &str) -> Option<Gap> {
        Gap::ALL.into_iter().find(|g| g.slug() == slug)
    }

    /// 0 for the biggest gap; used to order gap probes.
    pub fn rank(self) -> usize {
        Gap::BY_SIZE
            .iter()
            .position(|g| *g == self)
            .unwrap_or(Gap::BY_SIZE.len())
    }

    /// What is missing, in words for a PSW ("no evidence of how you know").
    pub fn describe(self) -> &'static str {
        match self {
            Gap::Done => "nothing said about what was done",
            Gap::Difference => "no difference it made",
            Gap::Evidence => "no evidence of how you know",
            Gap::People => "no people it made a difference for",
            Gap::Next => "no next step with a when",
            Gap::Example => "no specific example",
            Gap::OwnPart => "nothing on your own part",
        }
    }
}
