//! The few of a counted group a weak spot names are said back with their group, and the ask is
//! about the rest when the few are those a result reached, or about the few when they are those it
//! missed. Every sentence here is written for the test.

use super::frame::well_formed;
use super::tests::first;

#[test]
fn only_a_few_of_whom_asks_about_the_rest_not_the_few() {
    let a = first(
        "Since 2024 every young adult leaving children's services has a named transitions worker \
         from age sixteen. We moved 41 people out of residential care into supported living in \
         Harrowby, and their families were part of every move. The part I'm not happy with is 23 \
         people placed out of area, only 5 of whom have had a review this year.",
    );
    assert_eq!(
        a.ask,
        "You said only 5 of the 23 people placed out of area have had a review this year: when \
         will the other 18 have a review, and how do you know they are safe until then?"
    );
    well_formed(&a.ask).unwrap();
}

#[test]
fn a_count_of_them_who_missed_out_is_said_back_whole_and_asked_about() {
    let a = first(
        "We rebuilt the carers' offer with the Fenwick Carers Hub in 2025, so every carer assessed \
         gets a named link worker and a short-break plan. Satisfaction in the carers' survey went \
         up from 52% to 70%. But we assessed 130 carers of people with dementia last year, and 55 \
         of them haven't had a break since.",
    );
    assert_eq!(
        a.ask,
        "You said 55 of the 130 carers of people with dementia haven't had a break since: what is \
         standing in the way of a break for those 55, and when will they have one?"
    );
    well_formed(&a.ask).unwrap();
}

#[test]
fn only_a_few_of_them_after_a_count_of_cases_asks_about_the_people_in_the_rest() {
    let a = first(
        "Our front door now screens every contact within a day, and we've cut repeat contacts by a \
         fifth since the spring. We audited 48 cases where someone was signposted elsewhere. Only \
         6 of them had a follow-up call to see whether they'd got what they needed.",
    );
    assert_eq!(
        a.ask,
        "You said only 6 of the 48 cases had a follow-up call: has anyone gone back to the people \
         in the other 42, and how will you know everyone now gets a follow-up call?"
    );
    well_formed(&a.ask).unwrap();
}

#[test]
fn a_result_told_of_them_is_not_read_as_a_few() {
    // "9 of them moved home" is a result, not the few a result reached: no "other 31" asked.
    let a = first(
        "We opened a twelve-bed step-down unit at Carrow Lodge in March with the hospital trust. \
         We placed 40 people there in the first six months, and 9 of them moved home within a \
         fortnight. Most of the rest stayed the full six weeks.",
    );
    assert!(!a.ask.contains("other 31"), "{}", a.ask);
}
