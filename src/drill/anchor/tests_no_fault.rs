//! People a count says came off worse, with no fault named, are not asked "who is putting it
//! right, by when?": how people like them will be reached sooner; people who turned help down
//! after something the service did are asked what is changing so it does not happen again. Every
//! sentence here is written for the test.

use super::frame::well_formed;
use super::tests::first;

#[test]
fn people_facing_a_hard_choice_with_no_fault_named_are_asked_how_others_are_reached_sooner() {
    let a = first(
        "Anyone who rings us about money for care now gets a financial assessment offered in the \
         first call. The share of people with savings who go on to an assessment has gone from 12% \
         to 58%. What I can't yet reach is people who come to us only once their money has gone. \
         In the last year 42 people in nursing homes came to us when their savings fell below the \
         limit. 14 now face a move out of the home they have lived in for years.",
    );
    assert_eq!(
        a.ask,
        "You said 14 now face a move out of the home they have lived in for years: what is \
         happening for those 14 now, and what is in place so that people like them are reached \
         sooner?"
    );
    well_formed(&a.ask).unwrap();
}

#[test]
fn people_who_turned_help_down_after_something_done_are_asked_what_is_changing() {
    let a = first(
        "We moved the sitting service to one provider in May, and waits for a sitter are down \
         from five weeks to eight days. What I can't yet promise is the same sitter each week. \
         In the last six months 60 carers of people with dementia used the service. 19 have \
         turned it down or stopped it after a different sitter came each week.",
    );
    assert!(
        a.ask
            .ends_with("and what are you changing so it does not happen again?"),
        "{}",
        a.ask
    );
    assert!(!a.ask.contains("putting it right"), "{}", a.ask);
    well_formed(&a.ask).unwrap();
}
