//! Answer-anchored follow-ups: what an assessor presses on in what was just said (issue 23).
//!
//! A strong answer is not asked for "evidence" in general: an assessor takes the PSW's own figure or
//! phrase and presses on what it leaves out. "You said 91% of people were seen within a week: what
//! lies behind the other 9%?" This module reads an answer (through the clause reader in `insight`) for the
//! things an assessor presses ([`Shape`]), puts the answer's own words into a sentence frame
//! (`frame`), and ranks the results as an assessor would: what matters most to people who draw on
//! care and to their safety first, then proof, then whether it will last.
//!
//! An answer with nothing to anchor on (a vague one) gives no anchors, and the bank's own probes and
//! the gap probes ask for the proof, as they should.

mod frame;
mod read;

pub use frame::well_formed;

use serde::Serialize;

/// What an anchored follow-up presses on, in the order an assessor would choose among them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shape {
    /// A weakness the PSW named ("reviews are more mixed"): where, who owns it.
    Weakness,
    /// The part a share leaves out: "91% seen" asks about the other 9%.
    Remainder,
    /// Those still waiting or delayed after a fall: "the list is down to 300".
    StillWaiting,
    /// Those outside an average: "average caseloads are 20".
    OutsideFigure,
    /// Work delegated or commissioned: what assurance the PSW gets themselves.
    Boundary,
    /// One group singled out, or variation by area: which others fare worse.
    Group,
    /// What is meant or expected to happen: how often it actually does.
    Expected,
    /// A count of people found or known: how many have had support.
    Reach,
    /// An activity count or a compliance check offered as proof: the outcome behind it.
    Process,
    /// "People say..." with no source: who said it, and what.
    Voice,
    /// Advice that was taken: a time it was not.
    Balance,
    /// Agency staff, a grant, a fixed-term contract: what happens when it ends.
    Temporary,
    /// A plan with a date or an owner: who owns it, how they will know it worked.
    Plan,
}

impl Shape {
    /// Every shape, in the order an assessor would choose.
    pub const ALL: [Shape; 13] = [
        Shape::Weakness,
        Shape::Remainder,
        Shape::StillWaiting,
        Shape::OutsideFigure,
        Shape::Boundary,
        Shape::Group,
        Shape::Expected,
        Shape::Reach,
        Shape::Process,
        Shape::Voice,
        Shape::Balance,
        Shape::Temporary,
        Shape::Plan,
    ];

    /// For the colleague playing the assessor, on the printed cards: what to listen for, and how to
    /// press on it in the PSW's own words.
    pub fn prompt(self) -> &'static str {
        match self {
            Shape::Weakness => {
                "They admit a weak spot (\"reviews are more mixed\"): ask what is being done, who owns it and how they will know it is improving."
            }
            Shape::Remainder => {
                "They give a share (\"91% were seen within a week\"): ask what lies behind the rest."
            }
            Shape::StillWaiting => {
                "A figure came down (\"the list is down to 300\"): ask how they know the people still waiting are safe."
            }
            Shape::OutsideFigure => {
                "They give an average (\"caseloads average 20\"): ask who holds the people outside that figure."
            }
            Shape::Boundary => {
                "Work is delegated or commissioned: ask what assurance they get themselves, and what their own checking found."
            }
            Shape::Group => {
                "They single out one group or area: ask which others fare worse, and where there is no data to know."
            }
            Shape::Voice => {
                "\"People say...\" with no source: ask who told them, and what they said."
            }
            Shape::Expected => {
                "Something is \"meant to\" or \"expected to\" happen: ask how often it actually does."
            }
            Shape::Reach => {
                "A count of people found (\"5,000 carers known\"): ask how many have had support, and what it changed."
            }
            Shape::Process => {
                "Meetings held, calls made or compliance checked: ask how they know people are better off."
            }
            Shape::Balance => {
                "Their advice was taken: ask about a time it was not, and what they did."
            }
            Shape::Temporary => {
                "Agency staff, a grant or a fixed-term contract: ask what happens when it ends."
            }
            Shape::Plan => "A plan with a date: ask who owns it and how they will know it worked.",
        }
    }
}

/// A follow-up anchored in the answer's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Anchor {
    pub shape: Shape,
    /// The answer's words the follow-up rests on, exactly as written.
    pub quote: String,
    /// The follow-up, one well-formed sentence.
    pub ask: String,
    /// A few words of the answer for the reason line ("94%", "agency BIAs").
    pub said: String,
    /// What it presses on ("asking about the other 6%").
    pub presses: String,
}

impl Anchor {
    /// The reason line: "you said \"94%\": asking about the other 6%".
    pub fn reason(&self) -> String {
        format!("you said \"{}\": {}", self.said, self.presses)
    }
}

/// The follow-ups an assessor could press on in this answer, best first, at most one of each shape.
/// Empty when the answer gives nothing to anchor on.
pub fn anchors(answer: &str) -> Vec<Anchor> {
    let mut found = read::find(answer);
    found.sort_by_key(|a| a.shape);
    found.dedup_by_key(|a| a.shape);
    found
}

#[cfg(test)]
mod tests;
