//! A group counted in a small set against its share of a larger one ("Two of the nineteen are men,
//! when men are about 40% of the carers we assess") is said back with both figures and pressed on
//! how that group is heard (probes-10 p06 got the stock "What happens next, and by when?").

use super::*;

const PRESSES: &str = "pressing the group a count leaves short of its share";

fn pressed(answer: &str) -> Option<Anchor> {
    anchors(answer).into_iter().find(|a| a.presses == PRESSES)
}

#[test]
fn a_group_counted_well_short_of_its_share_is_pressed_first() {
    for (answer, said, group) in [
        (
            "The service user panel reads every new leaflet. Only three of the 22 members are \
             Asian, while Asian families are about 30% of our carers.",
            "You said only three of the 22 members are Asian, while Asian families are about 30% \
             of your carers:",
            "Asian families",
        ),
        (
            "Our advocacy pool has grown. Four of the thirty advocates are women, but women are \
             62% of the people referred for advocacy.",
            "You said four of the thirty advocates are women, but women are 62% of the people \
             referred for advocacy:",
            "women",
        ),
    ] {
        let a = anchors(answer)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no anchor: {answer}"));
        assert_eq!(a.presses, PRESSES, "{answer}\n{}", a.ask);
        assert!(a.ask.starts_with(said), "{answer}\n{}", a.ask);
        assert!(
            a.ask
                .contains(&format!("how are you hearing from {group} meanwhile")),
            "{}",
            a.ask
        );
        assert!(answer.contains(&a.quote), "{}", a.quote);
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
}

#[test]
fn a_group_as_present_as_its_share_or_another_group_is_not_pressed() {
    for answer in [
        // As present as its share, or more.
        "Nine of the fifteen members are women, when women are about 60% of the carers we assess.",
        // The share is of another group than the one counted.
        "Two of the nineteen are men, when carers over 80 are about 40% of the carers we assess.",
        // A count with no share set against it.
        "Two of the nineteen are men, and most of them joined this year.",
    ] {
        assert_eq!(pressed(answer), None, "{answer}");
    }
}
