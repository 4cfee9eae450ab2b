//! The rules' verdicts that the reader model (feature `model`, docs/model.md) may overrule where it
//! is sure. Every overrule lives in [`by_model`], so a finding the model learns to read is added
//! there and nowhere else; the quoted words stay the rules'.

use super::report::{Covers, ThenNowNext};
use std::ops::Range;

/// What the rules decided, before the model has its say.
pub(super) struct Verdict {
    pub covers: Covers,
    pub then_now_next: ThenNowNext,
    /// The speaker's own part: quotes of what they did themselves.
    pub own_part: Vec<Range<usize>>,
    /// Mentions of people who draw on care and support, and their families.
    pub people: Vec<Range<usize>>,
    /// Whether the change is said of people.
    pub difference_for_people: bool,
    /// The model's own yes/no on people where it is sure; the rules have none (their mentions say).
    pub people_by_model: Option<bool>,
}

/// The model's overrule of the rules' yes/no. `empty_part` says a part of that id was left empty:
/// an empty part still never gets a tick.
#[cfg(feature = "model")]
pub(super) fn by_model(text: &str, rules: Verdict, empty_part: &dyn Fn(&str) -> bool) -> Verdict {
    let Verdict {
        covers,
        then_now_next,
        mut own_part,
        mut people,
        mut difference_for_people,
        people_by_model: _,
    } = rules;
    let (c, t) = super::model::overrule(text, covers, then_now_next);
    // An own part is something done: where the model is sure nothing was ("I joined the team in
    // May"), the rules' own-part quotes go too, or a suggestion would ask for what they claim.
    // Only the model may take back an own part.
    if covers.done && !c.done {
        own_part.clear();
    }
    // Where the model is sure there are no people (staff, "people in my teams"), the rules' mentions
    // go, and with them the change said of people, so the coaching asks for people. Where it is sure
    // there are, it says so without a mention: nothing the rules did not find is quoted.
    let people_by_model = super::model::people(text);
    if people_by_model == Some(false) {
        people.clear();
        difference_for_people = false;
    }
    Verdict {
        covers: Covers {
            done: c.done && !empty_part("done"),
            difference: c.difference && !empty_part("difference"),
            evidence: c.evidence && !empty_part("evidence"),
        },
        then_now_next: t,
        own_part,
        people,
        difference_for_people,
        people_by_model,
    }
}
