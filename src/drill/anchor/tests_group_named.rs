//! The group a PSW names as where things still fall short, with its count, is pressed first, by
//! that count (issue 23, probes-8 p02, probes-9 p01 and p03). Every sentence here is written for the
//! test.

use super::tests::first;
use super::*;

#[test]
fn a_named_group_with_its_count_is_pressed_by_that_count() {
    // People: what is happening for them now.
    let a = first(
        "Direct payment uptake rose to 31% this year, the highest in the region. The group it \
         hasn't worked for is deaf people who sign: 7 of the 12 who asked for one gave it up \
         within six months.",
    );
    assert_eq!(
        a.ask,
        "You said the group it hasn't worked for is deaf people who sign: what is happening for \
         those 7 now, and what are you doing differently for them?"
    );
    // Staff: what it does to them and to the people they work with, and who answers for it.
    let a = first(
        "Caseloads average 18 across the service. The group I'm most worried about is the newly \
         qualified: they should hold no more than ten cases, and 6 of our 11 hold more.",
    );
    assert_eq!(
        a.ask,
        "You said the group you're most worried about is the newly qualified: what is that doing \
         to those 6 and to the people they work with, and who is answerable for putting it right?"
    );
}

#[test]
fn a_count_in_the_next_sentence_is_taken_when_it_counts_the_same_thing() {
    let a = first(
        "Most referrals now get a decision within two days. The ones still waiting too long are \
         referrals from GPs about people who hoard. Last quarter 6 of the 15 such referrals \
         waited more than a month.",
    );
    assert_eq!(
        a.ask,
        "You said the ones still waiting too long are referrals from GPs about people who hoard: \
         what is happening for the people in those 6 referrals now, and what are you doing \
         differently for them?"
    );
    // A count of something else in the next sentence is not theirs.
    assert!(
        !anchors(
            "The ones still waiting too long are referrals from GPs about people who hoard. Last \
             quarter 6 of the 15 visits by the fire service found a risk."
        )
        .iter()
        .any(|a| a.ask.contains("those 6")),
    );
}

#[test]
fn the_named_group_beats_the_worry_the_answer_opens_on() {
    let a = first(
        "What worries me most is how few carers ask us for anything. We wrote to every GP surgery \
         and the hub now runs evening sessions. The group it still hasn't reached is older men \
         caring for a wife with dementia: 12 of the 20 we know of care alone.",
    );
    assert!(
        a.ask
            .starts_with("You said the group it still hasn't reached is older men"),
        "{}",
        a.ask
    );
    assert!(a.ask.contains("those 12"), "{}", a.ask);
}

#[test]
fn a_group_named_without_a_shortfall_a_count_or_as_a_hope_is_left_to_the_others() {
    for answer in [
        // Pride, not a shortfall.
        "The part I'm proudest of is the young carers' group: 40 of the 52 now have a plan.",
        // A hope.
        "The group we will struggle with is people in prisons: 4 of the 10 leave without a plan.",
        // Inside a longer sentence.
        "We know that the group it hasn't helped is lone parents: 5 of the 9 dropped out.",
        // The count is of those it did reach: the rest are pressed as set apart.
        "The group it hasn't reached well is lone fathers: only 4 of the 30 have had a visit.",
        // No count.
        "The group it hasn't reached is men who care for their wives.",
    ] {
        assert!(
            !anchors(answer)
                .iter()
                .any(|a| a.ask.contains("doing differently") || a.ask.contains("answerable")),
            "{answer}: {:?}",
            anchors(answer)
        );
    }
}

#[test]
fn a_group_named_as_not_in_the_figure_is_said_back_as_who_it_is() {
    // "The group I'm worried about isn't in the 14, it's people sent home...": the group is who
    // follows "it's", counted in the next sentence (probes-11 p06).
    let a = first(
        "Delayed discharges are down to 14 from 40 a year ago. The group I'm most anxious about \
         isn't on that list at all, it's people sent home from A&E overnight who live alone. There \
         were 31 of them last month, and we heard about 9 the next day.",
    );
    assert_eq!(
        a.ask,
        "You said the group you're most anxious about is people sent home from A&E overnight: \
         what is happening for those 31 now, and what are you doing differently for them?"
    );
}

#[test]
fn people_named_by_who_they_are_count_as_the_group() {
    // "The men we still lose are those released from court", "the carers we still miss are...":
    // pressed by their count in the next sentence (probes-11 p01).
    let a = first(
        "Carers' assessments are offered at every hospital discharge now. The carers we still \
         miss are those looking after someone at the end of life. There were 27 of them on the \
         hospice list last month, and none had had an assessment.",
    );
    assert!(
        a.ask.starts_with(
            "You said the carers you still miss are those looking after someone at the end of life:"
        ),
        "{}",
        a.ask
    );
    assert!(a.ask.contains("those 27"), "{}", a.ask);
}
