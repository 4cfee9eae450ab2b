//! Never asking for what the answer has just given (the strong answers that were asked for what
//! they said): each class of sentences below, written for these tests, gives the proof or the
//! difference beside the claim, and the follow-up asks for something else.

use super::tests::{first, shapes};
use super::*;

/// True when a follow-up asks how they know, in any wording the probe choice treats as asking for
/// evidence.
fn asks_how_they_know(ask: &str) -> bool {
    crate::drill::probe::asks_for(ask).contains(&crate::bank::Gap::Evidence)
}

#[test]
fn a_count_with_its_source_beside_it_is_not_asked_how_they_know() {
    for sourced in [
        // The source in the same sentence.
        "We held 120 meetings last year, and the tracker shows every closure had one.",
        // In the next sentence: an audit, a survey, feedback from named people, a log.
        "We held 120 meetings last year. The audit of 30 of them found a named lead \
         in 29.",
        "The panel looked at 130 cases last year. In the staff survey, 86% of practitioners said \
         they knew where to go, up from 54%.",
        "Audit partners have made 140 calls so far. Their scores were lower than the \
         practitioners' in a third of cases.",
        "The team made 300 visits in the winter. Feedback from carers at the forum was that \
         nobody felt forgotten.",
    ] {
        let found = anchors(sourced);
        let process = found.iter().find(|a| a.shape == Shape::Process);
        assert!(process.is_some(), "the count is still pressed: {sourced}");
        assert!(
            found.iter().all(|a| !asks_how_they_know(&a.ask)),
            "{sourced}: {found:#?}"
        );
    }
    // With no source anywhere near, how they know is the question.
    let a = first("We held 120 meetings last year.");
    assert_eq!(a.shape, Shape::Process);
    assert!(asks_how_they_know(&a.ask), "{}", a.ask);
}

#[test]
fn a_count_of_how_the_work_was_done_is_not_offered_as_proof() {
    for how in [
        "I still do two reviews a month myself.",
        "We assessed his capacity properly over three visits.",
        "The audit of 50 reviews in September found his goals in his own words.",
        "I sat in on enquiries across 12 teams.",
    ] {
        assert!(
            !shapes(how).contains(&Shape::Process),
            "{how}: {:#?}",
            anchors(how)
        );
    }
}

#[test]
fn a_change_with_its_source_is_asked_what_else_explains_it_not_how_they_know() {
    for sourced in [
        "People on the list get a call every six weeks, and the falls team tells us falls among \
         people waiting have halved.",
        "Police data shows missing episodes for the group halved in the year.",
        "Emergency admissions for the group fell by 30%. The ICB's data showed it first.",
    ] {
        let a = anchors(sourced)
            .into_iter()
            .find(|a| a.shape == Shape::Attribution)
            .unwrap_or_else(|| panic!("no attribution: {sourced}"));
        assert!(
            a.ask.contains("what else could explain that change") && !asks_how_they_know(&a.ask),
            "{sourced}: {}",
            a.ask
        );
        assert!(!a.said.ends_with("the"), "{}", a.said);
    }
    // A figure's own comparison says how much it moved, not whose doing it was.
    let a = first("Emergency admissions for that group fell by 22% compared with the year before.");
    assert_eq!(a.shape, Shape::Attribution);
    assert!(asks_how_they_know(&a.ask), "{}", a.ask);
}

#[test]
fn a_death_whose_learning_is_told_is_not_asked_what_was_learnt() {
    for told in [
        "After the review into a man who died after his care package stopped, we changed three \
         things.",
        "Two of the people we discussed died. We learnt that nobody owned the risk between teams.",
        "A woman died after a missed visit, and since then every missed visit is now rung back \
         the same day.",
    ] {
        assert!(
            anchors(told)
                .iter()
                .all(|a| !a.ask.contains("what have you learnt")),
            "{told}: {:#?}",
            anchors(told)
        );
    }
}

#[test]
fn a_plan_with_its_date_is_never_asked_by_when() {
    for plan in [
        "I'm aiming for under 100 by March.",
        "Next, I'm taking the same approach into enquiries led by the trust from March.",
        "I'm extending the checklist to moves out of hospital from February.",
        "We're adding a forum for senior practitioners from February.",
        "We brought in six agency AMHPs to cover the rota.",
        "Next, by the end of March, I want every application over a year old to have had a review.",
    ] {
        let found = anchors(plan);
        assert!(!found.is_empty(), "{plan}");
        assert!(
            found.iter().all(|a| !a.ask.contains("by when")),
            "{plan}: {found:#?}"
        );
    }
}

#[test]
fn a_date_set_apart_by_commas_is_said_back_with_its_plan() {
    let a = first(
        "Next, by the end of March, I want every application over a year old to have had a \
         desktop review.",
    );
    assert_eq!(a.shape, Shape::Plan);
    assert!(
        a.ask.starts_with(
            "You said that by the end of March you want every application over a year old to \
             have had a desktop review:"
        ),
        "{}",
        a.ask
    );
    assert_eq!(a.said, "by the end of March");
    // A date and a plan in one phrase with a comma after it is not cut short.
    let a = first(
        "From April every team will have an improvement goal, and the head of quality owns it.",
    );
    assert!(
        a.ask
            .starts_with("You said that from April every team will have an improvement goal:"),
        "{}",
        a.ask
    );
    // "Which goes to all teams in January" is a plan, said back with what "which" stands for.
    let a = first(
        "From that case, I wrote guidance on trial placements, which goes to all teams in January.",
    );
    assert_eq!(a.shape, Shape::Plan);
    assert!(
        a.ask.starts_with(
            "You said you wrote guidance on trial placements, which goes to all teams in January:"
        ),
        "{}",
        a.ask
    );
    // "Up from 47%" compares; it is no date.
    assert!(
        !shapes("Audits rated good rose to 61%, up from 47% in the spring audit.")
            .contains(&Shape::Plan)
    );
}

#[test]
fn those_still_waiting_are_not_asked_what_the_answer_says_about_them() {
    // How they are checked on, and the longest wait, both said: what holds the rest up.
    let a = first(
        "The list is down to 190. The longest wait is 12 weeks, and people on the list get a call \
         every six weeks.",
    );
    assert_eq!(a.shape, Shape::StillWaiting);
    assert!(
        !a.ask.contains("how do you check") && !a.ask.contains("longest"),
        "{}",
        a.ask
    );
    // Checked on, the longest not said: the longest is asked.
    let a = first("The list is down to 190, and everyone on it is rung every month.");
    assert!(a.ask.contains("how long has the longest"), "{}", a.ask);
    assert!(!a.ask.contains("how do you check"), "{}", a.ask);
    // Neither said: how they are checked on.
    let a = first("The number waiting in hospital for housing is down to nine.");
    assert!(a.ask.contains("check on"), "{}", a.ask);
    assert!(!asks_how_they_know(&a.ask), "{}", a.ask);
    // Weeks are not people waiting.
    assert!(
        !shapes("Since then the oldest wait has come down from 30 weeks to 11.")
            .contains(&Shape::StillWaiting)
    );
}

#[test]
fn a_share_who_said_something_is_pressed_on_the_rest() {
    let a = first(
        "When we rang people at closure, 81% said they'd got the outcome they wanted or most of it.",
    );
    assert_eq!(a.shape, Shape::Remainder);
    assert_eq!(
        a.ask,
        "You said 81% told you they'd got the outcome they wanted or most of it: what are the \
         other 19% telling you, and who are they?"
    );
    let a =
        first("In the follow-up survey, 74% told us they felt someone was keeping an eye on them.");
    assert!(
        a.ask.starts_with("You said 74% told you they felt"),
        "{}",
        a.ask
    );
    // Staff asked are not pressed as if they were people at risk.
    assert!(
        !shapes("In the staff survey, 81% said they had a space to think.")
            .contains(&Shape::Remainder)
    );
}

#[test]
fn a_range_or_a_colleague_named_is_not_a_claim_pressed_as_the_psws() {
    assert!(
        !shapes(
            "The gap between the highest and lowest team's eligibility rate has narrowed from 24 \
             points to 7."
        )
        .contains(&Shape::Weakness)
    );
    let named =
        "I chair a weekly panel with legal, a senior practitioner and the safeguarding lead.";
    assert!(
        anchors(named)
            .iter()
            .all(|a| !a.ask.contains("the safeguarding lead:")),
        "{:#?}",
        anchors(named)
    );
    // Said of themselves, a role still is.
    let a = first("I lead on practice across adult social care.");
    assert_eq!(a.shape, Shape::Claim);
}

#[test]
fn a_count_out_of_a_whole_is_pressed_on_the_ones_that_fall_short() {
    let a = first(
        "Our audit of 40 cases in September found 31 of 40 best interests records showed the \
         person's wishes, up from 22 in March.",
    );
    assert_eq!(a.shape, Shape::Remainder);
    assert_eq!(
        a.ask,
        "You said 31 of 40 best interests records showed the person's wishes: which are the \
         nine records that did not, what do they show, and what is being done about them?"
    );
    assert_eq!(
        a.reason(),
        "you said \"31 of 40\": asking about the other nine"
    );
    let a = first("At review, 28 out of 30 carers said the plan was theirs.");
    assert_eq!(
        a.ask,
        "You said 28 out of 30 carers told you the plan was theirs: what are the other two \
         telling you, and who are they?"
    );
    // The ones that fall short, already spoken of, are not asked about.
    assert!(
        !shapes("31 of 40 records showed the person's wishes, and the 9 that did not were redone.")
            .contains(&Shape::Remainder)
    );
    // Staff counted are not pressed as people at risk; a year is no whole.
    assert!(!shapes("31 of 40 practitioners passed the course.").contains(&Shape::Remainder));
    assert!(!shapes("Three of 2024's reviews were late.").contains(&Shape::Remainder));
}

#[test]
fn one_persons_care_package_is_not_an_activity_count() {
    // A strong answer about one man: the difference and how they know are said, and the best
    // press is the records that still fall short, not "beyond the four calls, those people".
    let answer = "Last spring our hospital team supported a man in his seventies with dementia \
                  who wanted to go home. I chaired the best interests meeting myself. He went \
                  home with a package of four calls a day and he has now been at home for eight \
                  months with no readmission. We know because the review in October found he was \
                  settled. Our audit of 40 cases found 31 of 40 best interests records showed the \
                  person's wishes.";
    let found = anchors(answer);
    assert!(
        found.iter().all(|a| a.shape != Shape::Process),
        "{found:#?}"
    );
    assert_eq!(found[0].said, "31 of 40", "{found:#?}");
    assert!(!shapes("She has four visits a week from the same carers.").contains(&Shape::Process));
}

#[test]
fn a_step_to_come_said_in_the_present_is_pressed_as_a_plan() {
    // Spoken answers put the next step in the present, run on with "and", or say it was booked:
    // each is the answer's own "what next", so the follow-up presses the plan, not "what is next?".
    for (answer, quoted) in [
        (
            "the backlog went from about seven hundred to three hundred over the year and I \
             check ten cases a week with the managers and in March the same check applies to \
             our own hospital discharges",
            "in March the same check applies",
        ),
        (
            "so our waits came down from ninety days to thirty and the carers say it is quicker \
             and in June we do the same for the mental health teams",
            "in June you do the same for the mental health teams",
        ),
        (
            "and in the staff survey forty percent said it helped and the figure is up to \
             seventy percent and what's next is taking the joint visits into the hospital team \
             from March",
            "what's next is taking the joint visits into the hospital team from March",
        ),
        (
            "Every concern raised since has had a visit within a week, and nobody lost their \
             care while it was looked at. A re-audit of every review is booked for May, and I \
             present the findings at the regional forum in March.",
            "a re-audit of every review is booked for May",
        ),
    ] {
        let a = first(answer);
        assert_eq!(a.shape, Shape::Plan, "{answer}: {a:#?}");
        assert!(a.ask.contains(quoted), "{answer}: {}", a.ask);
        assert!(
            !crate::drill::probe::asks_for(&a.ask).contains(&crate::bank::Gap::Next),
            "{}",
            a.ask
        );
    }
    // A month before a verb in the past is a step done, not one to come.
    for done in [
        "and in March we audited forty files and found gaps",
        "in June the panel met twice and agreed the plan",
    ] {
        assert!(!shapes(done).contains(&Shape::Plan), "{done}");
    }
    // Not every present after a month is a step to come: a change told with its result after it,
    // and "it opens" with nothing to say what "it" is, are not said back.
    let told = anchors(
        "People discharged late were readmitted more, mostly because nobody checked. So from July \
         the duty team rings every Friday discharge on the Saturday morning. The rate for Friday \
         discharges in August to October was 9%.",
    );
    assert!(
        told.iter().all(|a| !a.ask.contains("from July")),
        "{told:#?}"
    );
    let a = first(
        "The new scheme was due last spring; planning took longer than anyone expected, and it \
         opens next month. For the rest, we've agreed with two landlords to take 20 flats at \
         Hillside next autumn.",
    );
    assert!(
        a.ask.contains("20 flats at Hillside next autumn"),
        "{}",
        a.ask
    );
}

#[test]
fn a_plan_after_a_reason_run_on_without_a_comma_is_said_back_from_its_subject() {
    // Written for the test: a reason spoken straight into the plan it explains.
    let found = anchors(
        "Every carer now gets a call within a week of their assessment. The snag is the sitting \
         service, and since referrals have dropped the trust plans to take £60,000 out of it from \
         June.",
    );
    let plan = found
        .iter()
        .find(|a| a.shape == Shape::Plan)
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(
        plan.ask,
        "You said the trust plans to take £60,000 out of it from June: what will that stop paying \
         for, and what will it mean for the people who rely on that work?"
    );
    // A reason that is itself the plan is said back as before, without its "because".
    let found =
        anchors("We moved the panel to Tuesdays, because the new system goes live by June.");
    assert!(
        found.iter().any(|a| a
            .ask
            .starts_with("You said the new system goes live by June:")),
        "{found:#?}"
    );
}

#[test]
fn a_claim_of_improvement_beside_its_figures_then_and_now_is_not_asked_for_them() {
    let given = anchors(
        "Staff feel much better supported than they did a year ago. The pulse score for feeling \
         supported went from 61% in the spring to 74% this autumn.",
    );
    for a in &given {
        assert!(
            !a.ask.contains("then and now") && !a.ask.contains("from what to what"),
            "{}",
            a.ask
        );
    }
    // With no figures then and now, the claim is still asked for them.
    assert!(
        anchors(
            "Carers feel much better supported than they did a year ago. Carers' centre numbers \
             have risen as well."
        )
        .iter()
        .any(|a| a.shape == Shape::Claim && a.ask.contains("then and now"))
    );
}

#[test]
fn an_average_wait_given_with_its_longest_is_not_asked_for_the_longest() {
    let given = anchors(
        "We moved two assessors onto the duty rota in the spring. People now wait 9 days on \
         average for a first visit, with the longest at 20, and nobody waits without a call.",
    );
    assert!(
        given.iter().all(|a| !a.ask.contains("longest")),
        "{given:?}"
    );
}
