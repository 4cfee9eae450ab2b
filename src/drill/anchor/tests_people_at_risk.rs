//! People a strong answer admits are left in a bad state, counted, are pressed first: who is
//! accountable for them today, how the PSW knows they are safe, and when that will change
//! (probes-23 p02, p04, p05, p09). Staff counted are not people left unsafe (p10), and a good
//! result with "only" or "no" in it is not a weak spot.

use super::*;

/// Results first, so the answer reads as a strong one with figures: the finder leaves answers with
/// fewer than four figures to the other readers.
const RESULTS: &str = "Reviews overdue came down from 1,900 to 720 this year. In 44 of 50 phone \
     reviews we'd have reached the same outcome face to face. I report on this quarterly. ";

#[test]
fn people_admitted_left_in_a_bad_state_are_pressed_first_with_who_is_accountable() {
    for (end, said, tail) in [
        (
            "Team managers in the community teams are holding 340 cases with no named worker, and \
             sixty of those are people whose package was last reviewed more than a year ago.",
            "You said team managers in the community teams are holding 340 cases with no named worker: ",
            "who is accountable for those people today, how do you know they are safe while they wait, and when will that change?",
        ),
        (
            "About 140 people live at home with care their family provides, and they come to us \
             only if somebody refers them.",
            "You said about 140 people live at home with care their family provides, and they come to you only if somebody refers them: ",
            "who is accountable for those people today",
        ),
        (
            "What we do less well is staying with people afterwards: of 22 people whose homes were \
             taken back, eight were exploited again within a year.",
            "You said eight of the 22 people whose homes were taken back were exploited again within a year: ",
            "what support do those people have now, who provides it, and how will you know it keeps them safer?",
        ),
        (
            "In the settled tier are 130 people who lack capacity to take part in a phone review \
             and have no family involved.",
            "You said 130 people who lack capacity to take part in a phone review and have no family involved: ",
            "how do you know they are safe",
        ),
    ] {
        let answer = format!("{RESULTS}{end}");
        let ask = first(&answer);
        assert!(ask.starts_with(said), "{end}\n{ask}");
        assert!(ask.contains(tail), "{ask}");
        assert_eq!(well_formed(&ask), Ok(()), "{ask}");
    }
}

/// The reason line says what was heard and what is asked, for the rehearsal and `banks try`.
#[test]
fn the_reason_line_says_the_people_back_and_what_is_asked() {
    let answer = format!(
        "{RESULTS}Team managers are holding 340 cases with no named worker, and sixty of those \
         are people whose package was last reviewed more than a year ago."
    );
    let a = anchors(&answer).into_iter().next().expect("an anchor");
    assert_eq!(
        a.reason(),
        "you said \"Team managers are holding 340 cases with no named worker\": asking who is accountable for those people today"
    );
}

#[test]
fn staff_good_results_and_choices_are_not_pressed_as_people_left_unsafe() {
    for end in [
        // Staff, not people (probes-23 p10).
        "The hospital team hasn't released anyone since June, so their four BIAs haven't done an \
         assessment since the summer.",
        // A good result.
        "Of 94 people who moved that way, only three went back to the trust within six months.",
        "Of the 96 referred after a bereavement, 71 people needed no formal care a year on.",
        // A choice.
        "Twelve people said no to being recorded.",
        // What is wrong is not said of them.
        "Six people have moved into a care home, and in each the record says which need home care \
         could not meet.",
    ] {
        let answer = format!("{RESULTS}{end}");
        assert!(
            !asks(&answer)
                .iter()
                .any(|a| a.contains("who is accountable for those")),
            "{end}\n{:?}",
            asks(&answer)
        );
    }
}
