//! Quotes cut before their object and bullet labels said back as fragments (issue 23, probes-22).
//! Sentences written for these tests, not taken from any set.

use super::asks;
use super::tests::first;
use super::*;

/// Results first, then a group named before "are the group I'm least comfortable about".
const LEAST_COMFORTABLE: &str = "Overdue reviews. We promised to be under 300 by now and we're at \
    520. In March we set up a hospital review team of six, and it has reviewed 700 people since. \
    One review in five changed what the person gets, more often up than down. We're behind because \
    two posts took until August to fill. The panel sees the figure every month, split by team. \
    Young adults placed in residential colleges far from home are the group I'm least comfortable \
    about. There are 64 of them, and nearly a third have waited over a year.";

#[test]
fn a_group_named_before_the_worry_is_said_back_with_it() {
    let a = first(LEAST_COMFORTABLE);
    assert!(
        a.ask.starts_with(
            "You said young adults placed in residential colleges far from home are the group you're least comfortable about:"
        ),
        "{}",
        a.ask
    );
    assert!(
        a.ask.contains("how do you know they are safe and well"),
        "{}",
        a.ask
    );
}

#[test]
fn a_quote_never_ends_on_a_preposition_cut_from_its_object() {
    assert!(frame::well_formed("You said you're least comfortable about: who is it?").is_err());
    assert!(frame::well_formed("You said I'm proud of: what is it?").is_err());
    assert!(frame::well_formed("You said the people you worry about: who are they?").is_ok());
}

/// A bulleted answer with a "Not doing:" label.
const NOT_DOING: &str = "Direct practice (Hallam)\n\
    - One complex case held at any time, taken from the duty team's list; currently a man with dementia whose wife is his only carer\n\
    - Strategy meetings chaired when a team asks for an outside chair: 8 since April\n\
    - A duty day in the north locality once a month, on the same rota as everyone\n\
    - Co-work with newly qualified staff on their first Care Act assessment, when they ask: 9 this year\n\
    - What it has changed: after duty days I saw the contact form asked for the NHS number before the caller's worry; reordered in May, and staff say calls are now about eight minutes shorter\n\
    - The case I hold is reviewed in my own supervision with the assistant director, same standard as any practitioner\n\
    - Not doing: any work in the sensory team. I haven't learnt BSL, so I rely on the sensory team manager for what practice is like there";

#[test]
fn a_not_doing_label_is_said_back_as_a_clause() {
    let a = first(NOT_DOING);
    assert!(
        a.ask
            .starts_with("You said you're not doing any work in the sensory team"),
        "{}",
        a.ask
    );
    assert!(!a.ask.contains("not doing,"), "{}", a.ask);
    assert!(
        a.ask
            .ends_with(": how do you know the quality of practice there?"),
        "{}",
        a.ask
    );
}

/// Allocation weeks are work handed out, not money that ends.
const ALLOCATION_WEEK: &str = "This morning 140 people were waiting for allocation, against 390 \
    in March 2025. Every person waiting has a named team manager, and their direct line is in the \
    letter. Each manager goes through their part of the list every Monday. Twice a year each team \
    holds an allocation week, when senior workers take no new work and clear the longest waits. \
    The longest wait fell from 21 weeks to 8. One man was seen the same day and had short-term care \
    by the evening. By the end of May the director and I will decide whether the allocation weeks become three a year.";

#[test]
fn an_allocation_week_is_not_money_that_ends() {
    for ask in asks(ALLOCATION_WEEK) {
        assert!(!ask.contains("money ends"), "{ask}");
    }
}

/// Three calls tried for each person, not three calls made.
const UNANSWERED_CALLS: &str = "Since June 2025 anyone waiting more than two weeks gets a call \
    within five working days. Crisis returns fell from 19% to 7% on our contact data. The \
    assistants now visit anyone who has not answered three calls.";

#[test]
fn calls_a_person_has_not_answered_are_not_work_done() {
    for ask in asks(UNANSWERED_CALLS) {
        assert!(!ask.contains("three calls,"), "{ask}");
    }
}

/// "seven of ten of them said that...": the ten are the whole, spoken with no stops.
const SEVEN_OF_TEN: &str = "so we audit about ninety files a year and from May 2025 the person is \
    offered a visit from a partner auditor who goes through the file with them and in a third of \
    audits the grade changed and on our follow-up survey seven of ten of them said that the records \
    read more like the person next is carers we start offering them the same visit in the summer";

#[test]
fn the_whole_a_count_is_of_is_not_set_apart() {
    for ask in asks(SEVEN_OF_TEN) {
        assert!(!ask.contains("Of the ten"), "{ask}");
    }
}

/// A count of consultations out of a whole of consultations, after "what worries me is that".
const FEW_CONSULTATIONS: &str = "Two things sit around a worker with a hard case. A psychologist \
    from the trust gives us a half-day a week for consultation, and the legal team runs a surgery \
    every Tuesday. In this year's staff survey, 68% said there was somewhere to take their riskiest \
    case, against 40% two years ago, and consultations run at about 20 a month. What worries me is \
    that reablement staff and housing support officers hold risky cases too, yet of 240 \
    consultations last year, 9 came from them.";

#[test]
fn a_count_of_consultations_is_not_read_as_people() {
    let a = first(FEW_CONSULTATIONS);
    assert!(
        a.ask.starts_with(
            "You said reablement staff and housing support officers hold risky cases too, yet of 240 consultations last year, 9 came from them:"
        ),
        "{}",
        a.ask
    );
    assert!(!a.ask.contains("those 9"), "{}", a.ask);
}

/// "the ones we miss", closing an answer of results.
const ONES_WE_MISS: &str = "We began checking whether people ended up where they said they \
    wanted to live. In 2024 nobody looked at it again after the ward. Since March a senior \
    practitioner compares the two three months after discharge. It matched for 48% in the first \
    quarter and 69% by the autumn. I go through every mismatch with the team manager each month. \
    People discharged to a relative's home out of the area are the ones we miss.";

#[test]
fn the_ones_we_miss_are_pressed() {
    let a = first(ONES_WE_MISS);
    assert!(
        a.ask.starts_with(
            "You said people discharged to a relative's home out of the area are the ones you miss:"
        ),
        "{}",
        a.ask
    );
}
