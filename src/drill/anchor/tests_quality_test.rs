//! A vague claim of quality is asked for the proof that kind of claim would need, not the stock
//! "what would we find if we looked for ourselves, and where is it weakest?". Every sentence here is
//! written for the test.

use super::frame::well_formed;
use super::tests::first;

fn ask_of(answer: &str) -> String {
    let a = first(answer);
    well_formed(&a.ask).unwrap();
    assert!(!a.ask.contains("where is it weakest"), "{}", a.ask);
    a.ask
}

#[test]
fn a_claim_of_skill_is_asked_what_the_records_show_and_what_happens_when_it_is_missed() {
    assert_eq!(
        ask_of(
            "Our duty workers are really good at picking up domestic abuse. It's something we \
             take seriously and everyone has had the training."
        ),
        "You said your duty workers are really good at picking up domestic abuse: what do your \
         records show about how often that happens, and what happens when it is missed?"
    );
}

#[test]
fn a_good_number_is_asked_how_many_against_how_many_are_needed() {
    assert_eq!(
        ask_of(
            "We have a good number of approved mental health professionals on the rota. The \
             service runs smoothly and people are seen when they need to be."
        ),
        "You said you have a good number of approved mental health professionals on the rota: \
         how many is that, and how does it compare with how many are needed?"
    );
}

#[test]
fn the_speakers_own_confidence_is_asked_what_was_checked() {
    assert_eq!(
        ask_of(
            "I'm confident the reviews are being done properly. The team managers keep an eye \
             on it and they would tell me if there was a problem."
        ),
        "You said you're confident the reviews are being done properly: what have you checked \
         that gives you that confidence, and what did the check show?"
    );
}

#[test]
fn a_good_name_is_asked_who_says_so_and_what_result_bears_it_out() {
    assert_eq!(
        ask_of(
            "Our shared lives scheme is well regarded across the region. Families ask for it by \
             name and the carers stay for years."
        ),
        "You said your shared lives scheme is well regarded across the region: who says so, \
         and what result could you show us that bears it out?"
    );
}

#[test]
fn a_comparison_given_with_its_since_is_asked_how_they_know_not_compared_with_when() {
    assert_eq!(
        ask_of(
            "Since the restructure our managers are more confident and more decisive. Staff \
             morale has lifted and the teams feel like teams again."
        ),
        "You said since the restructure your managers are more confident and more decisive: how \
         do you know it has changed, and what would people who draw on care notice now?"
    );
}
