//! The stock end of a pressed weak spot fitted to the kind of gap it is (issue 23: probes-10 p01,
//! probes-19 p07, probes-22 p11 and p08, strong-19 z08 and z09, strong-20 z11). Sentences written
//! for these tests, not taken from any set.

use super::gap_kind::fit_stock_tail;
use super::tests::first;
use super::{Anchor, Shape};

/// A weak spot said back with the stock end, as the readers write it.
fn stock(said: &str, quote: &str) -> Anchor {
    Anchor {
        shape: Shape::WeakSpot,
        quote: quote.to_string(),
        ask: format!(
            "You said {said}: what is happening for them now, who owns putting it right, and by when?"
        ),
        said: String::new(),
        presses: String::new(),
    }
}

#[test]
fn people_nobody_has_seen_while_two_bodies_argue_are_asked_who_keeps_them_safe_and_who_settles_it()
{
    let answer = "The list is down to 400. What we haven't resolved is the 40 people in shared \
                  houses whose care the NHS funds. The ICB says the applications are ours to make, \
                  and our lawyers say they are the ICB's. Since March not one of those 40 has been \
                  visited by anybody.";
    let mut a = stock(
        "what you haven't resolved is the 40 people in shared houses whose care the NHS funds",
        "What we haven't resolved is the 40 people in shared houses whose care the NHS funds",
    );
    fit_stock_tail(&mut a, answer);
    assert!(
        a.ask.ends_with(
            ": who is making sure they are safe until someone sees them, and who is settling it with the ICB?"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn people_there_is_nothing_for_are_asked_who_looks_out_for_them_and_what_is_being_found() {
    let answer = "Admissions fell from 50 to 31. The ones we have nothing for are older women \
                  with a hoarding disorder; no landlord will house them.";
    let mut a = stock(
        "the ones you have nothing for are older women with a hoarding disorder",
        "The ones we have nothing for are older women with a hoarding disorder",
    );
    fit_stock_tail(&mut a, answer);
    assert!(
        a.ask.ends_with(
            ": who is looking out for their safety meanwhile, and what is being done to find or commission something for them?"
        ),
        "{}",
        a.ask
    );
    assert!(!a.ask.contains("who owns putting it right"), "{}", a.ask);
}

#[test]
fn a_missing_service_already_being_bought_is_asked_only_about_the_meanwhile() {
    // The answer says what is being done: asking it again would re-ask what was given.
    let answer = "The gap that remains is night sitting in the valleys; no provider offers it. \
                  Commissioners are putting it into the tender that goes out in March.";
    let mut a = stock(
        "the gap that remains is night sitting in the valleys",
        "The gap that remains is night sitting in the valleys",
    );
    a.ask = a.ask.replace(
        "what is happening for them now, who owns putting it right, and by when?",
        "what does that mean for the people it leaves out, and who is putting it right?",
    );
    fit_stock_tail(&mut a, answer);
    assert_eq!(
        a.ask,
        "You said the gap that remains is night sitting in the valleys: what are the people who \
         need it getting until then, and who is checking they are safe?"
    );
}

#[test]
fn people_who_do_not_come_forward_are_asked_how_they_fare_and_how_they_will_be_reached() {
    let answer = "Referrals from the farms doubled. The widowers living alone rarely come to the \
                  market, so we hardly see them.";
    let mut a = stock(
        "the widowers living alone rarely come to the market",
        "The widowers living alone rarely come to the market",
    );
    fit_stock_tail(&mut a, answer);
    assert!(
        a.ask.ends_with(
            ": how do you find out how they fare, and what are you doing to reach them?"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn staff_the_work_has_not_reached_are_asked_about_the_people_they_work_with() {
    let answer = "Forty social workers came. What the sessions haven't reached is the \
                  occupational therapists, who decide on equipment alone.";
    let mut a = stock(
        "what the sessions haven't reached is the occupational therapists",
        "What the sessions haven't reached is the occupational therapists",
    );
    fit_stock_tail(&mut a, answer);
    assert!(
        a.ask.ends_with(
            ": what does that mean for the people they work with, and what will you change so it reaches them?"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn misses_an_audit_found_are_asked_what_happened_and_the_aside_is_not_said_back() {
    let answer = "I read twenty files last month and three should have had an interpreter and \
                  didn't, against I'd say more before.";
    let mut a = stock(
        "you read twenty files last month and three should have had an interpreter and didn't, against you'd say more before",
        "I read twenty files last month and three should have had an interpreter and didn't, against I'd say more before",
    );
    fit_stock_tail(&mut a, answer);
    assert_eq!(
        a.ask,
        "You said you read twenty files last month and three should have had an interpreter and \
         didn't: what happened for those people, and what are you changing so it does not happen \
         again?"
    );
    assert!(!a.quote.contains("against"), "{}", a.quote);
}

#[test]
fn a_gap_of_no_plain_kind_keeps_its_end() {
    let mut a = stock("the hospital team is at 28", "the hospital team is at 28");
    let before = a.ask.clone();
    fit_stock_tail(&mut a, "Caseloads average 19. The hospital team is at 28.");
    assert_eq!(a.ask, before);
}

#[test]
fn a_group_named_as_faring_worse_is_pressed_on_itself() {
    let a = first(
        "We keep a pool of twelve community advisers whom a worker can ring before an assessment. \
         In our spring audit of 50 assessments, 38 showed culture or faith changing the plan, \
         against 11 a year before. Gypsy and Traveller families rarely reach us until something \
         has gone badly wrong.",
    );
    assert_eq!(a.shape, Shape::Group);
    assert_eq!(
        a.ask,
        "You said Gypsy and Traveller families rarely reach you until something has gone badly \
         wrong: what do you know about why, and what are you doing to change it?"
    );
    assert!(!a.ask.contains("other communities"), "{}", a.ask);
}

#[test]
fn a_few_people_a_provision_served_are_no_group_singled_out() {
    let found = super::anchors(
        "People read their own file first. We book BSL interpreters for the three Deaf people we \
         had this year, and an advocate for anyone who needs one.",
    );
    assert!(
        found.iter().all(|a| !a.ask.contains("which other")),
        "{found:?}"
    );
}

#[test]
fn a_disability_is_asked_about_other_groups_not_other_communities() {
    let found = super::anchors(
        "Our autistic people's forum meets monthly, and the housing plan was changed because \
         autistic people told us the flats were too noisy.",
    );
    assert!(
        found.iter().all(|a| !a.ask.contains("other communities")),
        "{found:?}"
    );
}

#[test]
fn a_meeting_named_for_its_day_is_no_group_of_people() {
    let found = super::anchors(
        "She comes to the Tuesday group at the library now, and her husband has a sitter that \
         afternoon.",
    );
    assert!(found.iter().all(|a| a.shape != Shape::Group), "{found:?}");
}

#[test]
fn a_pilot_since_rolled_out_to_every_team_is_not_asked_what_happens_when_it_ends() {
    let found = super::anchors(
        "The tool went into two teams as a pilot in 2024 and into all adult teams in May 2025. \
         Recording time fell from ten hours a week to six.",
    );
    assert!(
        found.iter().all(|a| !a.ask.contains("when it ends")),
        "{found:?}"
    );
}
