//! A weak spot a strong answer ends on is asked the ONE thing its kind calls for, not the stock
//! "what has been done since, who owns putting it right, and by when?" the blind judge called
//! templated (issue 23, probes-21 p02, p13): cases held up ask what happens for the people behind
//! them while they wait; sessions cancelled ask what protects them; what people told the PSW asks
//! what was done on hearing it; people the work never reaches ask how many and what keeps them
//! out; people it was never tested with, and a piece that is stuck, ask what the PSW knows of how
//! it goes for them. Every sentence here is written for the test.

use super::frame::well_formed;
use super::tests::first;

const RESULTS: &str = "Since the spring every carer who rings the front door is offered a call \
    back from a carers' worker within two days, and 412 of the 450 callers have had one. Carers \
    telling us they felt listened to went from 52% to 80%. ";

fn ends(answer: &str, said: &str, tail: &str) {
    let a = first(answer);
    assert!(a.ask.starts_with(said), "{}", a.ask);
    assert!(a.ask.ends_with(tail), "{}", a.ask);
    assert!(!a.ask.contains("who owns putting it right"), "{}", a.ask);
    assert!(well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn cases_held_up_by_another_body_ask_what_happens_for_the_people_while_they_wait() {
    ends(
        &format!(
            "{RESULTS}What hasn't shifted is the oldest group, and fourteen of those are paused \
             while the coroner's inquest runs."
        ),
        "You said what hasn't shifted is the oldest group, and fourteen of those are paused",
        "what is happening for them while they wait?",
    );
}

#[test]
fn sessions_cancelled_under_pressure_ask_what_protects_them() {
    ends(
        &format!(
            "{RESULTS}It doesn't hold on the night rota: two in five of their reflective \
             sessions have been cancelled since May because cover comes first, and only 45% of \
             that team agreed in the survey."
        ),
        "You said two in five of their reflective sessions have been cancelled since May",
        "what are you doing to protect their sessions when the pressure is on?",
    );
}

#[test]
fn what_people_told_the_psw_asks_what_was_done_when_they_heard() {
    ends(
        &format!(
            "{RESULTS}Where I'm less sure is the day centres, and three of the carers have told us \
             about centres where nobody rang when their husband was unwell."
        ),
        "You said that where you're less sure is the day centres",
        "what did you do when you heard, and what came of it?",
    );
}

#[test]
fn people_the_work_never_reaches_ask_how_many_and_what_keeps_them_out() {
    ends(
        &format!("{RESULTS}The call backs haven't reached anyone who only uses a textphone."),
        "You said the call backs haven't reached anyone who only uses a textphone:",
        "how many people is that, and what keeps them out of reach?",
    );
}

#[test]
fn people_the_work_was_never_tested_with_ask_what_is_known_of_how_it_goes_for_them() {
    ends(
        &format!(
            "{RESULTS}The people we haven't checked it with at all are carers who work night \
             shifts."
        ),
        "You said the people you haven't checked it with at all are carers who work night shifts:",
        "what do you know of how it goes for them?",
    );
}

#[test]
fn what_the_work_never_reached_that_is_not_people_asks_how_they_would_know() {
    ends(
        &format!("{RESULTS}What the call backs never reached is life on the traveller site."),
        "You said what the call backs never reached is life on the traveller site:",
        "how would you know how it goes for the people it leaves out?",
    );
}
