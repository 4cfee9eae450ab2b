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

mod added_field;
mod admitted;
mod announced;
mod belief;
mod case_voice;
mod cause;
mod chaired;
mod claim;
mod closing_claim;
mod closing_gap;
mod completed;
mod concentrated;
mod count_against_share;
mod few_of;
mod figures;
mod frame;
mod funded_for;
mod gap_kind;
mod gap_named;
mod group_named;
mod group_share;
mod instance;
mod introduced;
mod late_turn;
mod left;
mod not_yet;
mod open_figure;
mod out_of_plan;
mod owned_up;
mod people_at_risk;
mod pin;
mod plan;
mod pointed;
mod proof;
mod quality_test;
mod read;
mod reassured;
mod rest_noun;
mod rule;
mod set_apart;
mod share_rest;
mod staff_share;
mod status;
mod substance;
mod team_gap;
mod temporary;
mod under_reached;
mod unknown;
mod uptake;
mod usually;
mod vague_case;
mod weak_spot;
mod while_waiting;
mod worsened;
mod written_need;

pub use frame::well_formed;

use serde::Serialize;

/// What an anchored follow-up presses on, in the order an assessor would choose among them: first
/// what the answer itself admits (a weak spot, an exception, what is still open, what rests on money
/// or staff that will go), then what a strong figure leaves out, then the proof behind a claim, then,
/// for a vague answer, the answer's own main claim, and only last the rest of a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shape {
    /// The one weak spot the answer admits, said back whole with its group, figure and cause: "the
    /// learning disability team is at 26, over your limit". First: on strong and middling answers
    /// the assessor pressed it on almost every answer that named one (probes 1-7).
    WeakSpot,
    /// People the main result leaves out, counted: "but 7 were turned away", "9 of them moved in",
    /// "the 63 who said no", "with 3 of those 5 we'd lost contact". First: on strong answers the
    /// assessor pressed these people, by their count, before the weak spot named in general words
    /// (probes 1-6).
    SetApart,
    /// A weakness the PSW named ("annual reviews are harder", "worse on carers' satisfaction").
    Weakness,
    /// An exception the PSW admitted ("a few carry more", "except the hospital team").
    Exception,
    /// What is still open or was lost: "we have eleven open", "25 of the 28 are still with us".
    Unresolved,
    /// A gap the PSW is only looking at closing: "we're looking at calling the others too".
    NotYet,
    /// Agency staff, one-off money, a fixed-term contract, a pilot: what happens when it ends.
    Temporary,
    /// Those still waiting or delayed after a fall: "the list is down to 300".
    StillWaiting,
    /// Those outside an average: "average caseloads are 20".
    OutsideFigure,
    /// People taken off a list: "160 were closed": who checks on them now.
    Closed,
    /// Work delegated or commissioned: what assurance the PSW gets themselves.
    Boundary,
    /// One group singled out, or variation by area: which others fare worse.
    Group,
    /// What is meant, expected or offered: how often it actually happens.
    Expected,
    /// A count of people found or known: how many have had support.
    Reach,
    /// An activity count or a compliance check offered as proof: the outcome behind it.
    Process,
    /// Complaints, challenges or incidents counted: tell us about one, and what changed.
    Learning,
    /// A change offered as the difference made ("admissions fell by 22%"): how they know it is theirs.
    Attribution,
    /// "People say..." with no source: who said it, and what.
    Voice,
    /// Advice that was taken: a time it was not.
    Balance,
    /// A survey, audit or report named with no finding: what did it find.
    Source,
    /// A plan with a date or an owner: who owns it, how they will know it worked. After a check
    /// the answer names with no finding: the assessor asked what the latest audit or report found
    /// before a future step (probes p21, probes-13 p15), and the judge found a plan pressed first
    /// "fixes on a minor future plan" (probes-22 p18).
    Plan,
    /// A vague answer's own main claim ("practice has improved a lot"): what shows it.
    Claim,
    /// The part a share leaves out: "91% seen" asks about the other 9%. Last: on a strong answer
    /// an assessor judged "what are the other 42% telling you" stock beside anything the answer
    /// admits, and beside what its claims leave unproven.
    Remainder,
    /// The vaguest confident claim ("I have a say in most things"), pinned down: what sits outside
    /// it, where it is weakest, when it last happened. Offered after the question's own pointed
    /// probes and before the bank's stock lines (`drill::probe::rank`), so last here.
    Pin,
}

impl Shape {
    /// Whether the shape is something the answer admits (a weak spot, the few set apart, an
    /// exception, what is unresolved or not yet done): the readers that would press something else
    /// give way to it.
    pub(crate) fn admitted(self) -> bool {
        matches!(
            self,
            Shape::WeakSpot
                | Shape::SetApart
                | Shape::Weakness
                | Shape::Exception
                | Shape::Unresolved
                | Shape::NotYet
        )
    }

    /// Every shape, in the order an assessor would choose.
    pub const ALL: [Shape; 24] = [
        Shape::WeakSpot,
        Shape::SetApart,
        Shape::Weakness,
        Shape::Exception,
        Shape::Unresolved,
        Shape::NotYet,
        Shape::Temporary,
        Shape::StillWaiting,
        Shape::OutsideFigure,
        Shape::Closed,
        Shape::Boundary,
        Shape::Group,
        Shape::Expected,
        Shape::Reach,
        Shape::Process,
        Shape::Learning,
        Shape::Attribution,
        Shape::Voice,
        Shape::Balance,
        Shape::Source,
        Shape::Plan,
        Shape::Claim,
        Shape::Remainder,
        Shape::Pin,
    ];

    /// For the colleague playing the assessor, on the printed cards: what to listen for, and how to
    /// press on it in the PSW's own words.
    pub fn prompt(self) -> &'static str {
        match self {
            Shape::WeakSpot => {
                "They name a weak spot themselves (\"the hospital team is still at 28, over our limit\"): say it back with its group, figure and cause, and ask about the people behind it: who is checking they are safe, or what it has meant for them, and what is changing."
            }
            Shape::Weakness => {
                "They admit a weak spot (\"annual reviews are harder\"): press there, not on the strong figure: what it has meant for the people it affects, and what is changing."
            }
            Shape::SetApart => {
                "They count a few the main result leaves out (\"but 7 were turned away\", \"the 63 who said no\"): press them first, by their count: what is happening for those people now, and who makes sure it changes."
            }
            Shape::Exception => {
                "They admit an exception (\"a few carry more\"): ask how many, and how they know those people are safe."
            }
            Shape::Unresolved => {
                "Something is still open or was lost (\"eleven disputes open\", \"25 of the 28 stayed\"): ask about those."
            }
            Shape::NotYet => {
                "They are only \"looking at\" closing a gap: ask what happens for the people it leaves out until then."
            }
            Shape::Temporary => {
                "Agency staff, one-off money, a fixed-term contract or a pilot: ask what happens when it ends."
            }
            Shape::Remainder => {
                "They give a share (\"91% were seen within a week\"): ask what lies behind the rest, and who they are."
            }
            Shape::StillWaiting => {
                "A figure came down (\"the list is down to 300\"): ask how they know the people still waiting are safe."
            }
            Shape::OutsideFigure => {
                "They give an average (\"caseloads average 20\"): ask who holds the people outside that figure."
            }
            Shape::Closed => {
                "People were taken off a list (\"160 were closed\"): ask who checks on them now."
            }
            Shape::Boundary => {
                "Work is delegated or commissioned: ask what assurance they get themselves, and what their own checking found."
            }
            Shape::Group => {
                "They single out one group or area: ask which others fare worse, and where there is no data to know."
            }
            Shape::Expected => {
                "Something is \"meant to\" happen or is \"offered\": ask how often it actually does."
            }
            Shape::Reach => {
                "A count of people found (\"5,000 carers known\"): ask how many have had support, and what it changed."
            }
            Shape::Process => {
                "Meetings held, cases discussed or compliance checked: ask how they know people are better off."
            }
            Shape::Learning => {
                "Complaints, challenges or incidents counted: ask about one of them, and what changed afterwards."
            }
            Shape::Attribution => {
                "A figure moved (\"admissions fell by 22%\"): ask how they know it was their work, and what people say."
            }
            Shape::Voice => {
                "\"People say...\" with no source: ask who told them, and what they said."
            }
            Shape::Balance => {
                "Their advice was taken: ask about a time it was not, and what they did."
            }
            Shape::Plan => "A plan with a date: ask who owns it and how they will know it worked.",
            Shape::Source => {
                "A survey, audit or report named with no finding: ask what it actually found."
            }
            Shape::Pin => {
                "A sweeping or vague claim (\"I have a say in most things\", \"we know ourselves\"): quote it, and ask what sits outside it, where it is weakest, or when it last happened."
            }
            Shape::Claim => {
                "A claim with nothing behind it (\"practice has improved a lot\"): ask for the proof in their own words."
            }
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
    // A dated change with nothing said of what it changed is pressed only where nothing else is:
    // an answer with a figure or a weak spot is pressed on that.
    if found.is_empty() {
        found.extend(introduced::find(&read::Reading::new(answer)));
    }
    for a in &mut found {
        gap_kind::fit_stock_tail(a, answer);
    }
    found.sort_by_key(|a| a.shape);
    found.dedup_by_key(|a| a.shape);
    found
}

/// Every follow-up anchored in `answer`, asks only: the test files' shared view of `anchors`.
#[cfg(test)]
fn asks(answer: &str) -> Vec<String> {
    anchors(answer).into_iter().map(|a| a.ask).collect()
}

/// The first follow-up anchored in `answer`, or "" when there is none.
#[cfg(test)]
fn first(answer: &str) -> String {
    asks(answer).into_iter().next().unwrap_or_default()
}

/// The vague-claim reader alone, for its tests.
#[cfg(test)]
fn vague_case_for_tests(answer: &str) -> Option<Anchor> {
    vague_case::find(&read::Reading::new(answer))
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_announced;
#[cfg(test)]
mod tests_balance_told;
#[cfg(test)]
mod tests_belief;
#[cfg(test)]
mod tests_beyond_average;
#[cfg(test)]
mod tests_broken_frames;
#[cfg(test)]
mod tests_case_voice;
#[cfg(test)]
mod tests_cause;
#[cfg(test)]
mod tests_ceiling;
#[cfg(test)]
mod tests_chaired;
#[cfg(test)]
mod tests_closing_claim;
#[cfg(test)]
mod tests_closing_gap;
#[cfg(test)]
mod tests_completed;
#[cfg(test)]
mod tests_count_against_share;
#[cfg(test)]
mod tests_count_not_frame;
#[cfg(test)]
mod tests_cut_back;
#[cfg(test)]
mod tests_cut_heads;
#[cfg(test)]
mod tests_cut_labels;
#[cfg(test)]
mod tests_dated_now;
#[cfg(test)]
mod tests_deadline;
#[cfg(test)]
mod tests_few_of;
#[cfg(test)]
mod tests_fillers;
#[cfg(test)]
mod tests_fitted_tail;
#[cfg(test)]
mod tests_funded_for;
#[cfg(test)]
mod tests_gap_kind;
#[cfg(test)]
mod tests_gap_named;
#[cfg(test)]
mod tests_gap_unnamed;
#[cfg(test)]
mod tests_group_named;
#[cfg(test)]
mod tests_group_share;
#[cfg(test)]
mod tests_groups_named;
#[cfg(test)]
mod tests_ill_fitting;
#[cfg(test)]
mod tests_instance;
#[cfg(test)]
mod tests_introduced;
#[cfg(test)]
mod tests_late_turn;
#[cfg(test)]
mod tests_leaning_quote;
#[cfg(test)]
mod tests_left;
#[cfg(test)]
mod tests_listening;
#[cfg(test)]
mod tests_median_wait;
#[cfg(test)]
mod tests_misreadings;
#[cfg(test)]
mod tests_no_fault;
#[cfg(test)]
mod tests_not_yet;
#[cfg(test)]
mod tests_open_figure;
#[cfg(test)]
mod tests_out_of_plan;
#[cfg(test)]
mod tests_owned_asks;
#[cfg(test)]
mod tests_past_change;
#[cfg(test)]
mod tests_people_at_risk;
#[cfg(test)]
mod tests_pin;
#[cfg(test)]
mod tests_placed_away;
#[cfg(test)]
mod tests_pressure;
#[cfg(test)]
mod tests_quality_test;
#[cfg(test)]
mod tests_quotes;
#[cfg(test)]
mod tests_ranking;
#[cfg(test)]
mod tests_reasks;
#[cfg(test)]
mod tests_reassured;
#[cfg(test)]
mod tests_records_short;
#[cfg(test)]
mod tests_relief;
#[cfg(test)]
mod tests_rest_noun;
#[cfg(test)]
mod tests_rule;
#[cfg(test)]
mod tests_second_look;
#[cfg(test)]
mod tests_set_apart;
#[cfg(test)]
mod tests_share_rest;
#[cfg(test)]
mod tests_share_whole;
#[cfg(test)]
mod tests_shares_set_against;
#[cfg(test)]
mod tests_shortfall_kinds;
#[cfg(test)]
mod tests_slipping_through;
#[cfg(test)]
mod tests_splice;
#[cfg(test)]
mod tests_staff_left_out;
#[cfg(test)]
mod tests_staff_share;
#[cfg(test)]
mod tests_status;
#[cfg(test)]
mod tests_substance;
#[cfg(test)]
mod tests_title;
#[cfg(test)]
mod tests_took_in;
#[cfg(test)]
mod tests_unknown;
#[cfg(test)]
mod tests_unknown_after;
#[cfg(test)]
mod tests_uptake;
#[cfg(test)]
mod tests_usually;
#[cfg(test)]
mod tests_vague_case;
#[cfg(test)]
mod tests_weak_spot;
#[cfg(test)]
mod tests_while_waiting;
#[cfg(test)]
mod tests_worsened;
#[cfg(test)]
mod tests_written_need;
