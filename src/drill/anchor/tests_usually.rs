//! What the PSW says usually happens, or is confident would, is asked when it did not (issue 23,
//! probes-6 and -7). Every sentence here is written for the test.

use super::tests::first;
use super::*;

#[test]
fn what_usually_happens_is_asked_when_it_did_not() {
    let a = first(
        "when someone is discharged late on a friday under section 2 the ward rings our duty line, \
         and we'd usually get a worker out to them the next morning",
    );
    assert_eq!(
        a.ask,
        "You said you'd usually get a worker out to them the next morning: how often in the last \
         year did that not happen, and what happened for those people?"
    );
    let a = first(
        "Every provider sends us its incident log each month. I'm confident we would spot a home \
         that was struggling before anyone came to harm.",
    );
    assert!(
        a.ask
            .ends_with(": what tells you that, and when did it last fall short?"),
        "{}",
        a.ask
    );
}

#[test]
fn how_often_given_or_someone_elses_habit_is_not_asked() {
    for answer in [
        "We'd usually see people within a week: 86% were seen in seven days last year.",
        "Care homes usually ring us first when a resident's needs change.",
    ] {
        assert!(
            !anchors(answer)
                .iter()
                .any(|a| a.presses == "asking when it did not happen"),
            "{answer}"
        );
    }
}
