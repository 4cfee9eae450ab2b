//! A share of staff saying something of their own practice is pressed on what it changed in the
//! work with people, and where it would show in a case (probes-9 p04 got a stock line).

use super::*;

const ASKS: &str =
    "what has that changed in the work they do with people, and where would we see it in a case?";

#[test]
fn a_share_of_staff_saying_it_of_themselves_is_pressed_on_what_it_changed_for_people() {
    for (answer, said) in [
        (
            "We rewrote the supervision policy. In the pulse survey 81% of practitioners said they \
             felt confident challenging a manager's decision.",
            "You said 81% of practitioners said they felt confident challenging a manager's \
             decision:",
        ),
        (
            "Every practitioner now answers two questions after supervision, one of which is \
             \"did we talk about the person's own goals?\" In the spring 44% said yes. In the \
             autumn it was 68%.",
            "You said that in the spring 44% said yes, and in the autumn it was 68%:",
        ),
    ] {
        let a = anchors(answer)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no anchor: {answer}"));
        assert_eq!(a.ask, format!("{said} {ASKS}"), "{answer}");
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
}

#[test]
fn a_low_share_or_a_share_of_people_is_not_pressed_on_what_it_changed() {
    for answer in [
        "In our survey 22% of practitioners said they had used research in a decision.",
        "In the carers' survey 81% of carers said they felt listened to.",
    ] {
        assert!(
            anchors(answer).iter().all(|a| !a.ask.ends_with(ASKS)),
            "{answer}\n{:?}",
            anchors(answer)
        );
    }
}
