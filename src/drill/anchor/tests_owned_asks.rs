//! An admitted weak spot is asked what an assessor asks of it (issue 23, probes-19): how many it
//! is when the answer has not said, what is happening for them now, who owns putting it right and
//! by when; a check nobody makes is asked what it would look like and who would do it. Stock
//! frames wrapped round the quote ("what has that meant for those people, and how will you know
//! what you are doing about it is working?", "what has been done since, and how will you know it
//! has changed?", "how do you know they are safe") were judged formulaic. Every sentence here is
//! written for the test.

use super::frame::well_formed;
use super::tests::first;

#[test]
fn a_check_nobody_makes_is_asked_what_it_would_look_like_and_who_would_do_it() {
    let a = first(
        "We brought in a translation app for first visits in the west team last spring. Visits \
         that needed an interpreter booked went from 60 a month to 25, and workers say it gives \
         them back an hour a visit. For people who speak a dialect, though, the summary is often wrong: in 6 of the 30 \
         records the worker had to redo most of it, and nobody checks whether the rest is right.",
    );
    assert_eq!(
        a.ask,
        "You said that in 6 of the 30 records the worker had to redo most of it, and nobody checks \
         whether the rest is right: what would that check look like, who would do it, and by \
         when?"
    );
    assert!(well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn records_that_fall_short_are_asked_who_owns_putting_them_right_and_by_when() {
    let a = first(
        "We rewrote the review standard with Brookfold Advocacy and two self-advocates in May. \
         Reviews now take place where the person chooses, and their own view is written down in \
         27 of the 32 we re-read in October. The contract stops at the county line, though, and \
         9 of the last reviews for people placed outside it had no advocate.",
    );
    assert!(
        a.ask
            .ends_with("what has been done since, who owns putting it right, and by when?"),
        "{}",
        a.ask
    );
    assert!(well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn an_uncounted_weak_spot_is_asked_how_many_people_it_is_and_who_puts_it_right() {
    let a = first("We work across the whole district. Weekend cover is still difficult.");
    assert_eq!(
        a.ask,
        "You said weekend cover is still difficult: how many people does that affect, what is \
         happening for them now, and who will put it right?"
    );
    assert!(well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn counted_people_left_out_are_asked_what_is_happening_for_them_not_whether_they_are_safe() {
    let a = first(
        "Our reablement offer opened to people at home in March. 300 people have been through it, \
         and 62% needed no care afterwards. The same figures show who doesn't get in: people \
         with sight loss are about a fifth of new requests and 4% of those starting reablement.",
    );
    assert!(
        !a.ask.contains("how do you know they are safe")
            && !a
                .ask
                .contains("how will you know what you are doing about it is working"),
        "{}",
        a.ask
    );
    assert!(well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn what_a_spoken_answer_cannot_tell_anything_about_is_said_back_with_no_full_stops() {
    let a = first(
        "so the thing I'd point to is the falls service, we set it up with the ambulance trust \
         two years ago and the crews refer straight to us now instead of taking people to A and E, \
         and repeat call outs went from about ninety a month to forty, erm what I can't tell you \
         anything about is the ones who turn the visit down, because the crews don't record that \
         anywhere",
    );
    assert_eq!(
        a.ask,
        "You said what you can't tell us anything about is the ones who turn the visit down: how \
         will you find out, and until you do, who would notice if it wasn't working for them?"
    );
    assert!(well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn people_counted_on_a_waiting_list_at_the_end_are_asked_how_long_and_what_meanwhile() {
    let a = first(
        "We rebuilt the shared lives scheme in 2024 with the carers who run it. There are 41 \
         carers approved now, against 17 when I started. Placements that broke down in the first \
         year went from nine to two. Of the 41 carers, 3 live in the east of the county, and 14 \
         people on the scheme's waiting list have asked to stay near family there.",
    );
    assert!(
        a.ask.ends_with(
            "how long have they been waiting, what are they getting meanwhile, and what will you \
             do about it, by when?"
        ) && a.ask.contains("14 people on the scheme's waiting list"),
        "{}",
        a.ask
    );
    assert!(well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn one_persons_story_is_asked_what_they_wanted_how_they_are_now_and_whether_it_is_typical() {
    let a = first(
        "A woman in her seventies with sight loss was going into hospital every few weeks after \
         falls at home. The worker arranged a home assessment with the sensory team, rails and \
         brighter lighting went in, and a neighbour now does her shopping. She hasn't been \
         admitted since.",
    );
    assert_eq!(
        a.ask,
        "What did the woman herself want, how is she now, and how typical is her case?"
    );
    let b = first(
        "Mr D had a stroke in the spring and came home with a package of three calls a day. The \
         reablement team worked on his kitchen skills and the package came down to one call.",
    );
    assert_eq!(
        b.ask,
        "What did Mr D himself want, how is he now, and how typical is his case?"
    );
}

#[test]
fn a_share_of_staff_saying_how_they_feel_is_asked_which_teams_sit_well_below_it() {
    let a = first(
        "In the spring pulse survey 64% of our social workers said they feel valued by the \
         council, up from 52%. We run a monthly wellbeing forum and every team has protected \
         lunch breaks.",
    );
    assert_eq!(
        a.ask,
        "You said 64% of your social workers said they feel valued by the council: which teams or \
         groups of staff sit well below the 64%, and what have you done for them in particular?"
    );
}

#[test]
fn a_belief_about_staff_is_asked_for_the_last_check_in_cases_and_what_it_found() {
    let a = first(
        "Carers come up in every assessment we do. I'd expect our social workers to ask about \
         them at every visit.",
    );
    assert!(
        a.ask.ends_with(
            "when did you last check that in their cases, and what did you find was got wrong \
             most often?"
        ),
        "{}",
        a.ask
    );
    let b = first(
        "I'd say I'm proudest of our practice educators scheme for new workers. It has grown \
         every year and the feedback is lovely.",
    );
    assert!(
        b.ask.ends_with(
            "how many of them are still with you, and what difference do the people they work \
             with see from it?"
        ),
        "{}",
        b.ask
    );
}

#[test]
fn people_waiting_who_are_rung_are_asked_what_the_calls_found() {
    let a = first(
        "Says 96 people are waiting for an assessment, longest 11 weeks; the duty team phones \
         them every month.",
    );
    assert!(
        a.ask
            .contains("what have those calls found for the 96, and when will they be seen?"),
        "{}",
        a.ask
    );
}

#[test]
fn a_count_set_against_an_estimate_is_asked_about_the_rest_not_yet_found() {
    let a = first(
        "So far we have identified 3,100 carers against a census estimate of about 9,500. The hub runs \
         a phone line.",
    );
    assert_eq!(
        a.ask,
        "You said you have identified 3,100 carers against a census estimate of about 9,500: how are you \
         finding the other 6,400, and what is happening for them meanwhile?"
    );
}

#[test]
fn a_role_asked_what_it_covers_says_so_in_its_reason() {
    let a = first("I lead on safeguarding practice and the approved mental health professionals.");
    assert!(
        a.ask
            .ends_with("what does that cover in practice, and what sits outside it?"),
        "{}",
        a.ask
    );
    assert!(a.presses.contains("what that covers"), "{}", a.presses);
}
