//! A figure the PSW frames as going the wrong way is said back with both figures and pressed on the
//! people behind it (probes-10 p05 got the stock "What happens next, and by when?").

use super::*;

const PRESSES: &str = "pressing the figure you said is going the wrong way";

fn worsened(answer: &str) -> Option<Anchor> {
    anchors(answer).into_iter().find(|a| a.presses == PRESSES)
}

#[test]
fn a_figure_named_as_getting_worse_is_pressed_with_both_figures() {
    for (answer, figures) in [
        (
            "Reablement is quicker to start now. What worries me is that readmissions within \
             ninety days have risen from 11% to 19% over the year.",
            ["11%", "19%"],
        ),
        (
            "I'm less sure about occupational therapy, because the number of people waiting over \
             six months has gone up from 40 to 65 since April.",
            ["40", "65"],
        ),
        (
            "The part I'm not sure about is how carers see us: the share who say they feel listened \
             to has dropped from 62 per cent to 48 per cent.",
            ["62 per cent", "48 per cent"],
        ),
    ] {
        let a = worsened(answer).unwrap_or_else(|| panic!("no anchor: {answer}"));
        for f in figures {
            assert!(a.ask.contains(f), "{answer}\n{}", a.ask);
        }
        assert!(a.ask.contains("the people behind it"), "{}", a.ask);
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
}

#[test]
fn a_change_told_as_a_result_or_a_remedy_is_not_pressed_as_worse() {
    for answer in [
        "Waits have come down from 38 days to 12 days since we moved the decision to the front \
         door.",
        "We were worried about carers' assessments, so we put in two more workers and the number \
         done each month has gone up from 30 to 55.",
        "Safeguarding concerns from care homes fell from 80 to 45 after the training we ran.",
        "Worries raised by families at reviews have dropped from 30 to 12 this year.",
        "Concerned about the figures, we checked, and the numbers had gone up from 2019 to 2024 \
         in every team.",
    ] {
        assert_eq!(worsened(answer), None, "{answer}");
    }
}
