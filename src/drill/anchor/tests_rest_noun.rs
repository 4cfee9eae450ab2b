//! The rest of a count is named as a person would name it: a rest of one in the singular, a small
//! rest in words, and things counted asked "which", not "who" and whether they are safe (issue 23,
//! strong-11 z08). Every sentence here is written for the test.

use super::tests::first;

#[test]
fn a_rest_of_one_thing_is_asked_which_it_is_in_the_singular() {
    let a = first(
        "After the reminder went out, 11 of 12 case files now show the carer's own view of the \
         risk.",
    );
    assert_eq!(
        a.ask,
        "You said 11 of 12 case files now show the carer's own view of the risk: which is the one \
         file that does not, what does it show, and what is being done about it?"
    );
}

#[test]
fn a_small_rest_of_things_is_asked_in_words_and_never_who() {
    let a = first(
        "Since the new panel started, 7 of 10 agencies now share the safety plan with the family.",
    );
    assert_eq!(
        a.ask,
        "You said 7 of 10 agencies now share the safety plan with the family: which are the three \
         agencies that do not, and what is being done about them?"
    );
}

#[test]
fn a_rest_of_one_person_is_asked_who_they_are_in_the_singular() {
    let a = first("On the waiting list, 5 of 6 carers have now had their own assessment.");
    assert_eq!(
        a.ask,
        "You said 5 of 6 carers have now had their own assessment: who is the one carer who has \
         not, and how do you know they are safe?"
    );
}
