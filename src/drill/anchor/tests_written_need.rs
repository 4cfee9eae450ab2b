//! A need written into a plan or statement, offered as what was done ("it now says we need more
//! overnight breaks"), is asked what has actually been bought or changed because of it
//! (probes-13 p18, probes-9 p22). Sentences written for these tests, not taken from any set.

use super::tests::first;
use super::*;

#[test]
fn a_need_a_plan_now_names_is_asked_what_it_has_bought() {
    let a = first(
        "Practitioners log every need they couldn't meet, and the figures go to the commissioning \
         board each quarter. The carers' strategy was rewritten this spring from what they told \
         us, and it now says we need more overnight breaks for carers of people with dementia and \
         more day care in the villages.",
    );
    assert_eq!(
        a.ask,
        "You said the carers' strategy now says you need more overnight breaks for carers of \
         people with dementia: what is one thing that has actually been bought or changed because \
         of it, and what has it meant for the people who were waiting for it?"
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}

#[test]
fn a_plan_that_says_something_other_than_a_need_is_left_alone() {
    for a in anchors(
        "We rewrote the improvement plan in June with the people who use our services. It now \
         says who owns each action and when it is due.",
    ) {
        assert!(
            !a.presses.contains("what it has changed for people"),
            "{a:?}"
        );
    }
}
