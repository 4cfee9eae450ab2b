//! Follow-ups whose words before the colon were cut mid-clause, as classes (issue 23; probes-24
//! p10 and p22, insight-strong-22 z02, where the blind judge called the opening an ungrammatical
//! fragment): a quote ending on a contraction or a bare subordinator, a last clause "so after ..."
//! with no main clause, and "you're working on is ..." with the noun its "is" was said of cut away.
//! Every sentence here is written for the test.

use super::asks;
use super::frame::{finish, well_formed};

#[test]
fn a_quote_cut_mid_clause_never_reaches_the_user() {
    for ask in [
        "You said the caseload drops by two in any month they're: what else could explain it?",
        "You're short of rooms, so after a decision to place someone: who will put it right?",
        "You said you're working on is neglect by grown-up children: what are you doing?",
        "You said referrals are held back because: what happens to them?",
    ] {
        assert!(well_formed(ask).is_err(), "{ask}");
    }
    // Whole clauses ending on the same kinds of word stand.
    for ask in [
        "You said admissions fell by 22% compared with the year before: how do you know why?",
        "You said new workers are well looked after: what did the last check find?",
        "You said three left the area, and once they left you lost touch: what did you do?",
        "You said this is what you're working on: what has it changed so far?",
    ] {
        assert_eq!(well_formed(ask), Ok(()), "{ask}");
    }
}

#[test]
fn a_clause_split_at_its_comma_is_said_back_up_to_where_it_was_whole() {
    let answer = "Requests went from 400 to 470 last year, and 85% start within four hours in \
                  the day.\nWe're short of rooms on the ward, so after a decision to admit, the \
                  median wait for a room is nine hours and the longest last year was three days.";
    let asks = asks(answer);
    assert!(
        asks.iter().all(|ask| !ask.contains("to admit:")),
        "{asks:?}"
    );
    assert!(
        asks.iter()
            .any(|ask| ask.starts_with("You're short of rooms on the ward: ")),
        "{asks:?}"
    );
}

#[test]
fn a_quote_run_on_into_a_contraction_loses_only_the_contraction() {
    assert_eq!(
        finish("You said the caseload drops by two in any month they're: what explains it?".into())
            .as_deref(),
        Some("You said the caseload drops by two in any month: what explains it?")
    );
    // Too little left to say back: the frame is dropped, not shortened.
    assert_eq!(finish("You said we're: what explains it?".into()), None);
}

#[test]
fn a_cleft_cut_before_its_is_is_not_said_back() {
    let answer = "Staff have got better at spotting neglect in couples where one cares for the \
                  other the bit we're working on is neglect by grown-up children of their \
                  parents which is coming up more and there's a plan";
    for ask in asks(answer) {
        assert!(!ask.contains("working on is"), "{ask}");
    }
}
