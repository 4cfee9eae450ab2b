//! Misreadings the blind judge found on fresh answers (issue 23, 6 December), each on sentences
//! written for these tests: a count of failures has no rest, a past baseline is not today's, a
//! quote keeps its verb, a time advice was not taken is not asked for, and what the answer admits
//! (a weak spot under a heading, paused work, care cut back) is pressed first.

use super::tests::first;
use super::*;

#[test]
fn a_count_of_failures_is_pressed_on_the_people_not_on_its_rest() {
    let a = first(
        "We audited 20 cases in the east team in May, and 12 of the 20 were rated inadequate or \
         requires improvement.",
    );
    assert_eq!(a.shape, Shape::Weakness);
    assert!(
        a.ask
            .contains("what is being done now for the people in those cases"),
        "{}",
        a.ask
    );
    assert!(!a.ask.contains("the 8"), "{}", a.ask);
}

#[test]
fn a_past_baseline_is_not_pressed_as_todays_share() {
    let all = asks(
        "In 2024, 62% of people were seen within a month. Now 88% of people are seen within a \
         month, and I check the list myself every week.",
    );
    assert!(all.iter().all(|a| !a.contains("38%")), "{all:?}");
    assert!(all.iter().any(|a| a.contains("12%")), "{all:?}");
    // A year that dates another figure earlier in the sentence leaves today's share pressed.
    let all = asks(
        "Complaints fell from 30 in 2023 to 9 last year, and in our survey 76% of people said the \
         letter was clear.",
    );
    assert!(all.iter().any(|a| a.contains("24%")), "{all:?}");
}

#[test]
fn a_share_quoted_keeps_its_verb() {
    let all = asks(
        "The person's wishes are written down at the start in 93% of audited enquiries this \
         year, and the board sees the audit every quarter.",
    );
    assert!(
        all.iter()
            .all(|a| !a.contains("93% of audited enquiries this year:")),
        "{all:?}"
    );
}

#[test]
fn a_weak_spot_under_a_heading_is_said_back_after_the_colon_and_pressed_first() {
    let a = first(
        "- Audit grades: 71% good or outstanding, up from 48%.\n\
         - Still weak: whether the person's outcomes were met is recorded at closure in only 64%.",
    );
    assert_eq!(a.shape, Shape::Weakness);
    assert!(
        a.ask.starts_with(
            "You said whether the person's outcomes were met is recorded at closure in only 64%:"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn a_time_advice_was_not_taken_is_not_asked_for_when_given() {
    let answer = "I advised against closing the day centre in writing. The director didn't take \
                  my advice in full, but agreed that each person would have a review first.";
    assert!(
        anchors(answer).iter().all(|a| a.shape != Shape::Balance),
        "{:?}",
        asks(answer)
    );
    // Without the time it was not taken, it is still asked for.
    assert!(
        anchors("I advised against closing the day centre, and the director agreed.")
            .iter()
            .any(|a| a.shape == Shape::Balance)
    );
}

#[test]
fn paused_work_is_pressed_on_the_people_it_leaves_waiting() {
    let a = first(
        "We reviewed every application on the list. The exception is the 35 people living in \
         their own homes: we have paused those until the guidance is settled.",
    );
    assert_eq!(a.shape, Shape::Unresolved);
    assert!(
        a.ask.starts_with(
            "You said the cases of the 35 people living in their own homes are paused:"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn agency_staff_are_not_asked_about_a_plan_never_mentioned() {
    let all =
        asks("We brought in six agency social workers for the winter and the list fell to 200.");
    assert!(
        all.iter().any(|a| a.contains("six agency social workers")),
        "{all:?}"
    );
    assert!(all.iter().all(|a| !a.contains("plan")), "{all:?}");
}

#[test]
fn care_cut_back_is_pressed_on_what_happened_for_those_people() {
    let answer = "Since April the panel has looked at 150 plans. Twelve were reduced, and I have \
                  read all twelve.";
    assert!(
        anchors(answer).iter().any(|a| a.shape == Shape::Closed
            && a.ask.starts_with("You said twelve were reduced:")),
        "{:?}",
        asks(answer)
    );
}

#[test]
fn people_counted_as_waiting_too_long_are_pressed_on_the_wait() {
    let a = first(
        "We record how long each person waits for a bed. There have been 14 waits of more than \
         12 hours since June, and I review each one myself.",
    );
    assert_eq!(a.shape, Shape::Weakness);
    assert!(
        a.ask.starts_with(
            "You said there have been 14 waits of more than 12 hours since June: what was that \
             wait like for those people"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn a_claim_beside_a_case_told_is_not_asked_for_an_example() {
    let answer = "Hoarding is part of our core training for every team. One case stays with me: a \
                  man whose flat had become unsafe, and the practitioner visited every week until \
                  he agreed to a clear-out.";
    let all = asks(answer);
    assert!(all.iter().all(|a| !a.contains("example")), "{all:?}");
    assert!(
        all.iter()
            .any(|a| a.contains("beyond the case you told us about")),
        "{all:?}"
    );
}

#[test]
fn teams_that_fare_worse_are_named_not_called_them() {
    let a = first("Some teams are excellent and others are more stretched, so practice can vary.");
    assert_eq!(a.shape, Shape::Exception);
    assert!(
        a.ask.ends_with(
            "which teams are they, and what does it mean for the people those teams work with?"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn an_average_the_answer_says_hides_the_spread_is_pressed_where_it_is_worst() {
    let a = first(
        "Our limit is 20 cases and the average is 17. But the average hides the spread. Three of \
         our nine teams average over 24, all in the west.",
    );
    assert_eq!(a.shape, Shape::OutsideFigure);
    assert!(
        a.ask
            .starts_with("You said three of your nine teams average over 24"),
        "{}",
        a.ask
    );
    assert!(!a.ask.contains("who holds the people"), "{}", a.ask);
}

#[test]
fn where_the_answer_has_not_moved_is_an_admitted_weak_spot() {
    let a = first(
        "We set up a joint team in April, and 81% now have an adult worker by 17. Where we \
         haven't moved is young carers who aren't known to children's services. The next step \
         is a pathway with the schools by June 2027.",
    );
    assert_eq!(a.shape, Shape::Weakness, "{}", a.ask);
    assert!(
        a.ask
            == "You said young carers who aren't known to children's services is where you haven't moved: how many people is that, and what is happening for them until it is put right?",
        "{}",
        a.ask
    );
}

#[test]
fn a_named_service_or_forum_is_not_asked_about_as_a_community() {
    for answer in [
        "Every referral now goes to the Fernhill carers service within a week, and 300 new carers \
         were found last year.",
        "I chair our Friends of Ashdown group each quarter, and eight people who draw on care sit \
         on it.",
    ] {
        let all = asks(answer);
        assert!(
            all.iter().all(|a| !a.contains("which other communities")),
            "{answer}: {all:?}"
        );
    }
    // A group of people singled out is still pressed.
    let all = asks("Waits for Polish families fell to 12 days after we hired an interpreter.");
    assert!(
        all.iter().any(|a| a.contains("which other communities")),
        "{all:?}"
    );
}

#[test]
fn a_bare_figure_is_not_said_back_in_a_stock_frame() {
    // The blind judge on probes-7 scored "You said 30 miles: what does that figure tell you about
    // how people are doing?" 1 of 5 wherever it was asked ("a nonsensical stock question"): a
    // figure with nothing else to press is left to the question's own follow-up.
    for answer in [
        "The new extra care scheme at Birchfield opened in the spring with 45 flats, and we sat \
         with the housing association on who moved in.",
        "Staff turnover was 19% last year. We've got a wellbeing offer and exit interviews.",
    ] {
        let all = asks(answer);
        assert!(
            all.iter()
                .all(|a| !a.contains("what does that figure tell you")),
            "{answer}: {all:?}"
        );
    }
}

#[test]
fn a_figure_set_as_the_before_of_a_change_is_not_pressed_for_its_rest() {
    for (answer, rest) in [
        (
            "Our 2024 audit showed that only 6 of 30 plans said what the person wanted. We rewrote \
             the template with people who draw on care, and 25 of 30 plans say it now.",
            "other 24",
        ),
        (
            "When we checked 50 records, 9 people had been counted twice. We merged the duplicates \
             and in a recheck of 50 records in October, 48 matched.",
            "other 41",
        ),
        (
            "we counted it in 2024 forty people came to us that way and twelve of them went back \
             into hospital within a month and this year it was three of fifty",
            "those twelve",
        ),
    ] {
        let all = asks(answer);
        assert!(all.iter().all(|a| !a.contains(rest)), "{answer}: {all:?}");
    }
    // Today's shortfall, with no before and after, is still pressed.
    let all = asks("Only 6 of 30 plans said what the person wanted, so we are rewriting them.");
    assert!(all.iter().any(|a| a.contains("other 24")), "{all:?}");
}

#[test]
fn open_as_a_kind_of_thing_is_not_work_left_open() {
    for answer in [
        "We rewrote the consent form with the carers' forum as four open questions, and people now \
         fill it in with their worker.",
        "In the check, 9 people had two open records each, so we merged them.",
    ] {
        let all = asks(answer);
        assert!(
            all.iter().all(|a| !a.contains("while they are open")
                && !a.contains("how long have the oldest been open")),
            "{answer}: {all:?}"
        );
    }
    // Casework left open is still pressed.
    let all = asks("We have 14 open safeguarding enquiries, and the oldest is from May.");
    assert!(all.iter().any(|a| a.contains("those 14")), "{all:?}");
}

#[test]
fn a_note_without_its_verb_is_not_quoted_as_said() {
    // "a required field": the -ed word describes the noun, and the note says no verb of its own.
    let all = asks(
        "- Done: religion a required question at review from March, with a prompt for the \
         worker.",
    );
    assert!(
        all.iter()
            .all(|a| !a.contains("You said religion a required")),
        "{all:?}"
    );
    // A plan that says its verb is still said back.
    let all = asks("From March religion will be a required question at every review.");
    assert!(
        all.iter().any(|a| a.contains("a required question")),
        "{all:?}"
    );
}

#[test]
fn the_part_closed_is_said_back_not_its_whole() {
    let all = asks(
        "What worries me is how we close: six of the 30 were closed with the person still saying \
         no and nobody due to go back.",
    );
    assert!(
        all.iter()
            .any(|a| a.starts_with("You said six of the 30 were closed:")),
        "{all:?}"
    );
    assert!(
        all.iter()
            .all(|a| !a.starts_with("You said 30 were closed")),
        "{all:?}"
    );
}

#[test]
fn the_reason_line_says_back_a_clause_not_a_whole_transcript() {
    let answer = "so we counted it and forty people came to us from the ward and nine of them went \
                  back into hospital within a month so I set up a weekly meeting with the ward and \
                  we go through every discharge together and the team leads come too and we write \
                  down who owns each one";
    let all = anchors(answer);
    assert!(!all.is_empty());
    for a in &all {
        let said = a.reason();
        assert!(said.split_whitespace().count() <= 24, "{said}");
    }
}

#[test]
fn a_clause_about_the_word_before_it_is_not_quoted_alone() {
    let all = asks(
        "I chair a monthly meeting where we go through every discharge that's coming up, and the \
         ward manager comes to it.",
    );
    assert!(
        all.iter().all(|a| !a.starts_with("You said that's")),
        "{all:?}"
    );
}

#[test]
fn a_team_named_for_its_work_is_not_a_wait() {
    let all = asks(
        "Complaints about letters haven't moved, 12 so far this year, because the review team sits \
         in another directorate.",
    );
    assert!(all.iter().all(|a| !a.contains("waiting")), "{all:?}");
    // Reviews late are still a wait.
    let all = asks("Reviews haven't moved: too many are still late.");
    assert!(
        all.iter()
            .any(|a| a.contains("waiting") || a.contains("waited")),
        "{all:?}"
    );
}

#[test]
fn a_share_set_beside_a_lower_one_is_not_pressed_for_its_rest() {
    let all = asks(
        "Teams differ: the north team had 85% of audited cases rated good or better and the \
         duty team 61%.",
    );
    assert!(all.iter().all(|a| !a.contains("15%")), "{all:?}");
    // A share on its own still is.
    let all = asks("The north team had 85% of audited cases rated good or better.");
    assert!(all.iter().any(|a| a.contains("15%")), "{all:?}");
}

#[test]
fn a_share_up_from_a_lower_one_is_still_pressed_for_its_rest() {
    let all = asks("This year 74% of carers said they felt listened to, up from 52% in 2024.");
    assert!(all.iter().any(|a| a.contains("26%")), "{all:?}");
}

#[test]
fn a_rest_the_next_sentence_names_is_not_asked_who_they_are() {
    let all = asks(
        "We asked again in June and 40 of 55 now say they hear back. The people who still don't \
         are GP staff, because the letter goes to the practice manager.",
    );
    assert!(all.iter().all(|a| !a.contains("other 15")), "{all:?}");
}

#[test]
fn a_share_dated_by_the_phrase_opening_its_sentence_is_the_before() {
    // "In Brackenford in 2024, 71%...": where things were, not the rest of today's result.
    let answer = "In Brackenford in 2024, 71% of people discharged from hospital went straight into \
                  residential care. We changed the pathway with the ward managers, and this year \
                  it is 30%.";
    assert!(
        !anchors(answer).iter().any(|a| a.ask.contains("29%")),
        "{:?}",
        anchors(answer)
    );
    // A year later in the sentence dates something else: the share is today's.
    let a = first(
        "Since we started the pathway in 2024, 71% of people discharged from hospital have gone \
         home with support.",
    );
    assert!(a.ask.contains("29%"), "{}", a.ask);
}

#[test]
fn a_share_whose_whole_is_named_first_is_pressed_on_its_rest() {
    let a = first(
        "We run a six-week reablement service from the hospital. Of the people who finished \
         it, 74% were living independently a year later.",
    );
    assert!(
        a.ask.starts_with(
            "You said of the people who finished it, 74% were living independently a year \
             later: who are the 26% who were not, "
        ),
        "{}",
        a.ask
    );
}

#[test]
fn a_limit_on_open_cases_is_not_work_left_open() {
    for answer in [
        "The limit is 18 open cases for a newly qualified worker, and the average is 15.",
        "Our cap for experienced workers is 24 open cases.",
        "Managers hold no more than 30 open reviews each.",
    ] {
        assert!(
            anchors(answer)
                .iter()
                .all(|a| !a.presses.ends_with("still open")),
            "{answer}\n{:?}",
            anchors(answer)
        );
    }
    // Work that is open is still pressed.
    let open = "Complaints go to the customer team, and we have seven open with the ombudsman.";
    assert!(
        anchors(open)
            .iter()
            .any(|a| a.presses.ends_with("still open")),
        "{:?}",
        anchors(open)
    );
}

#[test]
fn where_the_council_used_to_be_worst_is_no_weak_spot() {
    // How things stood before a change, told as improved (probes-11 p06).
    for a in anchors(
        "Reviews done on time are up to 84%, and we're now about the middle of the region where \
         we used to be third worst. Team managers check every overdue review each Monday.",
    ) {
        assert!(!a.quote.contains("worst"), "{}", a.ask);
    }
}

#[test]
fn a_count_is_asked_about_as_the_thing_its_noun_names() {
    // A fall in complaints or calls leaves complaints or calls, not people still waiting or
    // delayed (the lead's walk: "Complaints about waiting fell from 40 to 12").
    for (answer, asks) in [
        (
            "We moved every home care rota onto the new system. Complaints about late visits fell \
             from 65 to 20 over the year.",
            "what are the 20 complaints still coming in about",
        ),
        (
            "Calls to the out-of-hours line about delays dropped from 120 a week to 35.",
            "what are the 35 calls still coming in about",
        ),
    ] {
        let a = first(answer);
        assert!(a.ask.contains(asks), "{answer}\n got: {}", a.ask);
        assert!(
            !a.ask.contains("still waiting") && !a.ask.contains("still delayed"),
            "{}",
            a.ask
        );
    }
    // A part that is a kind of the whole leaves other kinds, not people left out: not "of the 80,
    // what has happened for the other 77" (probes-11 p13).
    for a in anchors(
        "We observed 80 home visits this year and fed back to each practitioner within a week. \
         Only three of the 80 were first assessments.",
    ) {
        assert!(!a.ask.contains("other 77"), "{}", a.ask);
    }
}

#[test]
fn what_usually_happened_before_a_change_is_not_asked_how_often_it_failed() {
    // "Until 2023 we usually...": how things were, with what changed after it (probes-11 p01).
    for a in anchors(
        "Until 2023 we usually found out a tenancy was failing when the eviction notice arrived. \
         Now the housing officers ring us at the first missed payment.",
    ) {
        assert!(!a.ask.contains("usually"), "{}", a.ask);
    }
}

#[test]
fn a_disability_named_as_what_staff_are_trained_for_is_not_a_community_heard_less() {
    // Staff skills for deaf or autistic people are not a community the council hears less from
    // (probes-9 p14, probes-8 p03, insight-strong-3 u05).
    for answer in [
        "For deaf people, every duty worker has now done deaf awareness training, and two \
         assessors sign to level 3.",
        "Each locality has an autism champion, and autistic people are offered an assessor who \
         has had the advanced training.",
    ] {
        for a in anchors(answer) {
            assert!(
                !a.ask.contains("which other communities"),
                "{answer}\n got: {}",
                a.ask
            );
        }
    }
    // A community singled out without talk of training is still asked about the others.
    assert!(
        anchors(
            "We went out to Somali families in the east of the borough with the mosque, and \
             referrals rose from 4 to 19."
        )
        .iter()
        .any(|a| a.ask.contains("which other communities"))
    );
}

#[test]
fn a_fall_is_said_back_with_its_subject_and_one_that_remains_agrees() {
    // A clause opening on "after" lost the noun the fall counts: the phrase is said back from its
    // start, cut at the figure if the whole will not fit (insight-strong-9 z06).
    let a = first(
        "We now book an interpreter for every first visit, and alerts raised after a missed \
         visit in the two rural patches fell from 44 in 2024 to 15 in the year to the end of \
         September.",
    );
    assert!(
        a.ask.starts_with(
            "You said alerts raised after a missed visit in the two rural patches fell from 44 in \
             2024 to 15:"
        ),
        "{}",
        a.ask
    );
    assert!(a.ask.contains("the 15 alerts"), "{}", a.ask);
    // "fell from five to one": the one that remains (insight-strong-8 z01).
    let a = first("Care home closures at short notice fell from five last year to one.");
    assert!(a.ask.contains("the one that remains"), "{}", a.ask);
}

#[test]
fn one_persons_support_cut_back_is_no_remainder() {
    for answer in [
        "She now gets herself up most mornings, and the package came down to three calls a day.",
        "After six weeks of reablement his care was reduced to four hours a week.",
    ] {
        assert!(
            anchors(answer)
                .iter()
                .all(|a| !a.ask.contains("that remain") && !a.ask.contains("still waiting")),
            "{answer}: {:?}",
            anchors(answer)
        );
    }
    // A list that fell is still asked about those who remain.
    let a = super::tests::first("The review list fell from 300 to 120 people this year.");
    assert!(a.ask.contains("120"), "{}", a.ask);
}

/// A count after a whole already split is no share of it: "40 plans re-checked, 31 named the
/// person's pets, and two people have had their dog move in with them" is not "the other 38".
/// Sentences written for this test, not taken from any set.
#[test]
fn a_count_after_a_split_whole_is_not_asked_about_the_rest() {
    let all = asks(
        "We rewrote the move-in guidance for extra care with the tenants' panel. I asked every \
         scheme manager to walk through it with new tenants. We re-checked 40 plans last month, 31 \
         named the person's pets, and two people have had their dog move in with them for the \
         first time. The panel meets every quarter.",
    );
    assert!(all.iter().all(|q| !q.contains("other 38")), "{all:?}");
}

#[test]
fn a_pilot_whose_result_is_told_is_not_asked_what_happens_when_it_ends() {
    let all = asks(
        "Working with finance\n\
         - Packages over £800 a week now agreed by the team manager, peer discussion above £1,000\n\
         - Since May: 240 packages agreed, median 2 days (9 days by the board route in the pilot)\n\
         - Quarterly joint audit of 20 packages with the finance lead",
    );
    assert!(all.iter().all(|a| !a.contains("when it ends")), "{all:?}");
}

#[test]
fn agency_staff_counted_down_are_not_asked_what_happens_when_they_leave() {
    let all = asks(
        "Our own workforce\n\
         - Social work apprenticeships: 8 places a year for our own care staff\n\
         - 20 students on placement each year with 12 practice educators\n\
         - Agency social workers: 14 two years ago, 5 now",
    );
    assert!(
        all.iter().all(|a| !a.contains("when they leave")),
        "{all:?}"
    );
}

#[test]
fn a_concern_that_was_then_common_is_not_pressed_as_a_weak_spot_now() {
    let all = asks(
        "A man in his seventies in our district lost £6,000 to a doorstep builder in 2024, and the \
         neighbour who saw it had nobody to tell. Doorstep fraud was then our third most common \
         type of safeguarding concern, 204 concerns in 2024-25, and most reached us only after \
         the money had gone. From June 2025 trading standards \
         and the police share every report with us the same day, and we visit within two days. In \
         2025-26 we saw 58 people before any money changed hands, against none before. From \
         March the scheme extends to the district's building societies.",
    );
    assert!(
        all.iter().all(|a| !a.contains("third most common")),
        "{all:?}"
    );
}

#[test]
fn a_case_closed_before_the_change_is_not_pressed_as_a_weak_spot_now() {
    let all = asks(
        "Our two hubs were deciding the same concerns differently in 2024. The sample panel now \
         reads 20 decisions a quarter from each hub, and 1 of 20 was judged wrong in September \
         against 7 of 20 before. The person's view is recorded in 84% of decisions, against 30%. \
         One example came from the sample itself. A concern about a woman living in a damp flat \
         with no hot water had been closed as \"her choice\". Looked at again, it went to an \
         enquiry, and she now has a weekly visit.\n\nFrom the autumn we will extend the sample to \
         concerns raised by neighbours.",
    );
    assert!(all.iter().all(|a| !a.contains("her choice")), "{all:?}");
}

#[test]
fn what_a_routine_is_for_is_not_pressed_as_a_weak_spot() {
    let all = asks(
        "We work with the whole household. When a parent's assessment shows a teenager is caring, \
         the worker refers them to the young carers' project, which does its own assessment. We \
         made 38 referrals last year. When a young carer turns 17 we assess them ahead of adult \
         life, the move-on assessment, so nothing drops away at 18, and a joint panel meets every \
         month with a lead from each side.",
    );
    assert!(
        all.iter().all(|a| !a.contains("who owns putting it right")),
        "{all:?}"
    );
}

#[test]
fn a_report_named_as_a_point_in_time_is_not_asked_what_it_found() {
    // "Since the report" dates the change; asking what the latest report showed misread the
    // answer, which was about the self-assessment (probes-22 p29). Written for this test.
    let found = super::anchors(
        "we keep it up to date all the time really, and the newest version shows we've come a \
         long way since the report, most of the areas they picked out are well ahead now",
    );
    assert!(
        found.iter().all(|a| a.shape != super::Shape::Source),
        "{found:?}"
    );
}
