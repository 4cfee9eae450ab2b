//! One person's case told as what was done, without what they wanted, is asked what they wanted
//! (issue 23, probes-5). Every sentence here is written for the test.

use super::*;

fn voice(answer: &str) -> Option<String> {
    anchors(answer)
        .into_iter()
        .find(|a| a.shape == Shape::Voice)
        .map(|a| a.ask)
}

#[test]
fn a_case_told_as_process_is_asked_what_the_person_wanted() {
    assert_eq!(
        voice(
            "Mr Haddad is 79 and came to us from the ward. We arranged four calls a day and a key \
             safe, and the six-week review found him managing."
        )
        .as_deref(),
        Some("What did Mr Haddad himself want, how is he now, and how typical is his case?")
    );
}

#[test]
fn a_case_with_the_persons_voice_or_of_harm_or_a_relative_is_not() {
    for answer in [
        "Mrs D told us she wanted to stay near her garden, so we arranged calls around it.",
        "The review was about Mr P, who died after his package was cancelled.",
        "His daughter, Miss Amara Obi, rang the duty line twice before anyone called back.",
    ] {
        assert_eq!(voice(answer), None, "{answer}");
    }
}

#[test]
fn a_name_said_with_a_possessive_is_slotted_bare() {
    for (answer, ask) in [
        (
            "Mrs Adeyemi's referral came in on a Monday and her assessment was done in three days.",
            "What did Mrs Adeyemi herself want, how is she now, and how typical is her case?",
        ),
        (
            "Mr Lindqvist's Care Act assessment was finished within the week, and a package began.",
            "What did Mr Lindqvist himself want, how is he now, and how typical is his case?",
        ),
        (
            "Mr Hughes' reablement ended after four weeks and the calls were stepped down.",
            "What did Mr Hughes himself want, how is he now, and how typical is his case?",
        ),
    ] {
        assert_eq!(voice(answer).as_deref(), Some(ask), "{answer}");
    }
}
