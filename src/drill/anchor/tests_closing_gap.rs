//! The gap a strong answer closes on in plain words, with no count to read it by (anchor38).
//! Sentences written for these tests, not taken from any set.

use super::tests::first;
use super::*;

/// Results first, with their figures, then the group nobody asks, in the last sentence but one.
const NOBODY_ASKS: &str = "We rebuilt the carers' review around the carer's own plan for a break. \
    In 2024 only 40 of 210 carers reviewed had a break written into their plan. I trained the \
    review officers myself with the carers' centre over four mornings. This year 150 of 230 \
    reviewed carers have a break in their plan. Carers tell the centre the review feels like \
    theirs now. Nobody asks young adult carers looking after a parent the same questions. One \
    of them told me he had never heard the word respite.";

#[test]
fn a_gap_closing_a_strong_answer_goes_before_its_figures() {
    let a = first(NOBODY_ASKS);
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said nobody asks young adult carers looking after a parent the same questions:"
        ) && a.ask.contains("the people it leaves out"),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn a_gap_before_a_colon_is_said_with_what_follows() {
    let a = first(
        "Working with commissioners\n\
         - Monthly meeting with the head of commissioning, agenda set jointly\n\
         - 12 of 14 new contracts since April carry a practice standard I drafted\n\
         - Complaints about missed visits: 48 last year, 19 this year\n\
         - Provider forum every quarter, which I attend\n\
         - Spot checks with the quality team: 30 visits since June\n\
         - Reporting: to the director, fortnightly\n\
         - Not at the table: the panel that sets the home care fee each year",
    );
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said not at the table, the panel that sets the home care fee each year:"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn a_fix_told_with_its_negative_is_not_pressed_as_a_gap() {
    let a = first(
        "We stopped closing reviews by letter in the spring. Closures by letter had been 120 a \
         quarter. Now every closure is a phone call first, and 30 of the 35 people we rang were \
         glad to keep their support. Team managers check five closures a month each. The audit in \
         October agreed with the managers' checks. We've stopped closing anyone for not answering \
         a letter.",
    );
    assert!(!a.ask.contains("not answering a letter"), "{}", a.ask);
}

#[test]
fn a_short_answer_ending_on_a_negative_is_left_to_the_other_readers() {
    let all = asks("Our reviews are on time. We don't have a backlog.");
    assert!(
        all.iter().all(|a| !a.contains("the people it leaves out")),
        "{all:?}"
    );
}

/// A frame before a colon names no one; the list it points to closes the answer.
const LIST_GREW: &str = "Hospital discharges now go to the reablement team on the day. Readmissions \
    within 30 days went from 14% to 9% this year. We took 40 cases a week off the locality teams to \
    do it. Locality caseloads came down from 25 to 21. Managers say the teams feel the difference. \
    What we haven't fixed is where that work landed: the sensory team picked up the equipment checks \
    the locality teams used to do, and their list has gone from 90 to 150 since April.";

#[test]
fn a_list_that_grew_is_asked_how_long_people_wait_not_about_its_old_size() {
    let a = first(LIST_GREW);
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said their list has gone from 90 to 150 since April: how long are people on it waiting now"
        ),
        "{}",
        a.ask
    );
    assert!(
        asks(LIST_GREW).iter().all(|q| !q.contains("those 90")),
        "{:?}",
        asks(LIST_GREW)
    );
}

/// A spoken answer of five sentences, with a side remark about its partners just before the gap it
/// ends on.
const SPOKEN_FALLS_DOWN: &str = "so the first thing we changed was the handover form, it asks \
    what the person wants from their first week at home. and there's a huddle every morning on the \
    ward, me and two of the discharge nurses, we've had about sixty people through it since May. \
    when I audited thirty records in October, twenty four had the person's own words on the form, \
    against eight out of thirty before. the district nurses have been great as well, they ring us \
    the same day if something's wrong. erm where it falls down is people who don't have anyone at \
    home at all, mostly people living alone with dementia, the form just says discharged and the \
    ward stops there";

#[test]
fn a_spoken_answer_of_five_sentences_is_pressed_on_its_closing_gap_not_a_side_remark() {
    let a = first(SPOKEN_FALLS_DOWN);
    assert!(
        a.ask.starts_with(
            "You said where it falls down is people who don't have anyone at home at all"
        ),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn none_of_this_after_a_relative_clause_is_the_gap_admitted() {
    let a = first(
        "Tenants moving between our districts now keep their care on the day they move. In 2024 \
         only 12 of 40 moves had care in place on the first day. The housing officer and the \
         social worker now plan each move together a month ahead. This year 52 of 55 moves had care \
         in place on the day. Two district councils have joined the scheme. People who move into \
         private lets get none of this. We found 9 of them last winter only when their carers \
         rang us in tears.",
    );
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask
            .starts_with("You said people who move into private lets get none of this:"),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn the_rest_of_a_count_after_a_semicolon_is_said_with_its_count() {
    let a = first(
        "We moved the day centre contracts onto outcomes last year. Attendance was checked by \
         the provider's own register until then. Our officers now visit 20 centres a year \
         unannounced. Complaints about missed sessions went from 31 to 12. Families say the \
         centres talk to them more. Transport is paid on the miles in the booking, whatever was \
         driven. Vehicle trackers are fitted in 4 of our 13 minibuses; for the other nine, the \
         driver's log is the record.",
    );
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said vehicle trackers are fitted in 4 of your 13 minibuses; for the other nine, \
             the driver's log is the record:"
        ),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn a_budget_named_for_next_year_is_not_a_plan() {
    let a = first(
        "Working with the director\n\
         - Fortnightly one-to-one, 30 minutes, agenda mine\n\
         - 14 practice papers to the leadership team since April, 11 agreed as written\n\
         - Median 4 days from my paper to a decision\n\
         - Two duty shifts a year together\n\
         - Reporting: to the director for practice, 3 days a week\n\
         - Not at the table: the board setting next year's care fees",
    );
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask
            .starts_with("You said not at the table, the board setting next year's care fees:"),
        "{}",
        a.ask
    );
}

#[test]
fn a_remainder_early_in_the_answer_gives_way_to_the_gap_it_closes_on() {
    let a = first(
        "Hospital social work now starts before the ward asks. Last year the team saw 88 of 90 \
         people referred within a day. We put a social worker on the two busiest wards at 8am, \
         and I moved the duty rota to match. Readmissions within a month fell from 15% to 10%. \
         The ward managers asked to keep it. Nobody sees the people discharged from the private \
         hospital in the same way, and we found 7 of them back in A&E within the month.",
    );
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said nobody sees the people discharged from the private hospital in the same way"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn a_gap_told_with_its_dated_fix_is_not_pressed_as_left_out() {
    let all = asks(
        "We asked the GP practices what working with us is like. In 2024 only 30% said we were \
         easy to reach. Each practice now has a named social worker at its monthly meeting. This \
         year 71% said we were easy to reach, and referrals sent back fell from 20% to 6%. One \
         practice nurse now rings the link worker directly. Dentists and opticians are partners \
         we have not yet asked, so when the survey runs again in March it goes to them too.",
    );
    assert!(
        all.iter().all(|a| !a.contains("the people it leaves out")),
        "{all:?}"
    );
}

#[test]
fn what_the_psw_cannot_tell_is_said_back_to_them_as_what_they_cannot_tell_us() {
    let a = first(
        "so the first change was the hospital form, it now asks for the person's first language. \
         and the interpreting contract was moved to one provider in April. we audited forty \
         discharges in September and thirty two had an interpreter booked, against twelve the \
         year before. the wards have been good about it as well. the bit where I can't really tell \
         you is people discharged at the weekend, mostly from the surgical wards and the day unit",
    );
    assert!(
        a.ask.starts_with(
            "You said the bit where you can't really tell us is people discharged at the weekend"
        ),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn a_gap_ending_on_those_is_said_with_the_people_it_names() {
    let a = first(
        "We found the overcharging in a complaint last year. We checked every live account, 640 \
         of them, and 14 people had paid for care they never had. All 14 have been repaid, with \
         interest, and the director wrote to each. Finance now checks each new charge against the \
         care plan within 10 days. Complaints about charges are down from 30 to 12. But anyone who \
         was charged before 2022 and has since died or moved away, we haven't gone back through \
         those.",
    );
    assert!(
        a.ask.starts_with(
            "You said anyone who was charged before 2022 and has since died or moved away, you \
             haven't gone back through those:"
        ),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn a_table_the_psw_is_kept_from_is_asked_how_they_would_know_what_it_changed() {
    let a = first(
        "Working with housing\n\
         - Monthly case panel with the head of housing options, chaired in turn\n\
         - 18 of 22 urgent moves since April agreed at the panel within a week\n\
         - Two joint training days a year for both teams\n\
         - Evictions of tenants with care needs: 9 last year, 3 this year\n\
         - Reporting: to the director, quarterly\n\
         - Not at the table: the board setting the allocations policy",
    );
    assert!(
        a.ask
            .starts_with("You said not at the table, the board setting the allocations policy:")
            && a.ask
                .contains("how would you know if a decision made there changed what people get"),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

/// Results with their figures, closing on a gap told with "going home", which is no plan.
const GOING_HOME: &str = "We moved the discharge review to the ward itself in the spring. \
    Last year 35 of 140 people leaving hospital were readmitted within a month. The reviewers sit \
    with the ward team every morning now. This year 12 of 150 came back within the month. Ward \
    sisters ring the team before anyone leaves. Nobody checks on people going home to a flat on \
    their own after the first night. A neighbour found one man on the floor two days later.";

#[test]
fn a_gap_told_with_going_home_is_not_read_as_a_plan() {
    let a = first(GOING_HOME);
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask
            .starts_with("You said nobody checks on people going home")
            && a.ask.contains("the people it leaves out"),
        "{}",
        a.ask
    );
}

#[test]
fn going_to_and_a_verb_is_still_a_plan() {
    let a = first(&GOING_HOME.replace(
        "Nobody checks on people going home to a flat on their own after the first night.",
        "Nobody checks on people after the first night yet, so we're going to ring them all.",
    ));
    assert!(!a.ask.contains("nobody checks on people"), "{}", a.ask);
}

#[test]
fn a_label_and_a_short_name_are_said_with_the_sentence_after_them_on_their_line() {
    // Written for the test: a list closing on a team the PSW has not got close to, named in three
    // words and told of in the next sentence on the same line.
    let a = first(
        "Staying close to practice\n\
         - Four case audits a month with the team managers, picked at random\n\
         - Shadowing the front door one morning a fortnight: 22 mornings since January\n\
         - A practice question line for staff: 31 questions this year, answered in the bulletin\n\
         - Feedback calls: 9 of the first 12 people said the closure letter made sense\n\
         - Not reached: the hospital discharge team. They work from the acute trust's site and \
         I've been there once this year",
    );
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said not reached, the hospital discharge team, and they work from the acute \
             trust's site and you've been there once this year:"
        ) && a.ask.contains("their practice with the people you serve"),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn only_one_team_doing_it_at_the_head_of_the_last_sentence_is_the_gap() {
    // Written for the test: results with their figures, then the one team that does it, and a
    // clause on that would be cut short if said back with it.
    let a = first(
        "Every carer's assessment in the borough now ends with a page the carer fills in \
         themselves. This year 1,300 went out and 41% came back. We read 25 of them each month at \
         the practice forum. Complaints about assessments fell from 33 to 12. The carers' centre \
         says the page is the part carers mention most. Only the young carers service sends the \
         page in a picture version, and for carers whose first language is Polish, about one in \
         eight, the page comes back filled in by a neighbour, if it comes back at all.",
    );
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said only the young carers service sends the page in a picture version:"
        ),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn an_offer_of_one_provider_or_nothing_is_the_gap() {
    // Written for the test.
    let a = first(
        "Across the county 140 people now live with a \
         shared lives carer, against 95 in 2023, and I chair the panel that approves carers. In \
         the coastal towns the number has barely moved, 6 two years ago and 7 now. We raised the \
         carer allowance in June and ran two recruitment evenings; two carers signed up. It \
         hasn't turned the figure. For most people on the coast the real offer is a care home or \
         nothing, and the homes there are often full.",
    );
    assert!(
        a.ask.starts_with(
            "You said for most people on the coast the real offer is a care home or nothing"
        ),
        "{}",
        a.ask
    );
}
