//! The analysis as a whole, read against answers written in the style of real PSW evidence.
//!
//! Every answer here was written for these tests; names, numbers and places are invented, and the
//! identifying details use ranges set aside for examples (Ofcom drama numbers, example.org addresses,
//! a published sample NHS number).

use super::*;

/// Fixed so the "year that makes an age" rule does not drift with the calendar.
const YEAR: i32 = 2026;

struct Case {
    name: &'static str,
    text: &'static str,
    target: Option<u32>,
    done: bool,
    difference: bool,
    evidence: bool,
    then: bool,
    now: bool,
    next: bool,
    people: bool,
    for_people: bool,
    over: bool,
    /// Exact, in order, compared without case.
    hedges: &'static [&'static str],
    acronyms: &'static [&'static str],
    /// (kind as the JSON writes it, text).
    confidential: &'static [(&'static str, &'static str)],
}

const NO: &[&str] = &[];
const NONE: &[(&str, &str)] = &[];

const CASES: &[Case] = &[
    Case {
        name: "strong audit answer with then, now and next",
        text: "When I came into post in 2021, our practice audits rated 62% of case files as good. \
               I set up a monthly audit and moderation panel with team managers, and we introduced \
               reflective workshops on strengths-based recording. In the March audit 88% of files \
               were rated good, up from 78% in November. More importantly, people tell us they feel \
               listened to: in our annual survey 81% of carers said their views were included in the \
               plan, compared with 64% two years ago. Next, we will add a conversation with the person \
               or their carer to every audit, so we hear their experience directly.",
        target: Some(120),
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: true,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "vague: activity and feeling, nothing specific",
        text: "We have done a lot of work on this and the teams have been really engaged. There is a \
               strong commitment to strengths-based practice across the service and I think people \
               generally feel supported. We try to keep it on the agenda.",
        target: Some(120),
        done: false,
        difference: false,
        evidence: false,
        then: false,
        now: false,
        next: false,
        people: true,
        for_people: false,
        over: false,
        hedges: &["I think", "try to"],
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "done only: actions without a difference",
        text: "I chair the practice quality board every month and I led the refresh of our supervision \
               policy. We also introduced a new supervision template and rolled out training for all \
               team managers.",
        target: None,
        done: true,
        difference: false,
        evidence: false,
        then: false,
        now: false,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "case example with an NHS number",
        text: "I reviewed the case of a woman in her eighties, NHS number 943 476 5919, who had waited \
               14 weeks for an assessment. We changed the triage so urgent cases are seen within 5 days.",
        target: None,
        done: true,
        difference: false,
        evidence: true,
        then: false,
        now: false,
        next: false,
        people: true,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: &[("nhs-number", "943 476 5919")],
    },
    Case {
        name: "carer named with title, postcode and landline",
        text: "One carer, Mrs Adeyemi, who lives at BS16 1QY, rang us on 0117 496 0123 because she \
               could not get through to the duty team. As a result we set up a carers' direct line, and \
               calls answered first time rose from 54% to 83% in six months.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: &[
            ("titled-name", "Mrs Adeyemi"),
            ("postcode", "BS16 1QY"),
            ("phone", "0117 496 0123"),
        ],
    },
    Case {
        name: "email address and a date of birth",
        text: "The daughter emailed me at jo.bloggs@example.com with her father's date of birth, \
               02/11/1936, and asked why the review was late. I audited the reviews backlog and found \
               212 overdue; we cleared 150 in eight weeks and now review the rest by risk.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: &[
            ("email", "jo.bloggs@example.com"),
            ("date-of-birth", "02/11/1936"),
        ],
    },
    Case {
        name: "local acronyms never spelled out",
        text: "I set up MARP with housing and the police. The MARP now meets weekly and the LAS \
               dashboard shows repeat referrals fell from 31 to 12 a quarter.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: &["MARP", "LAS"],
        confidential: NONE,
    },
    Case {
        name: "local acronym spelled out at first use",
        text: "In 2022 I set up a Multi-Agency Risk Panel (MARP) for people who self-neglect. Before \
               the MARP, cases bounced between agencies; now each has a named lead within 10 days. Of \
               the 46 people discussed last year, 39 are still living at home, and two told us they \
               felt heard for the first time.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "good evidence, undersold",
        text: "I just sort of pulled together the carers' data, so it was only a small piece of work \
               really. Hopefully it helped: carers' assessments completed within 28 days went from 41% \
               to 67%, and I think the carers' forum feels a bit more listened to.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: &["just", "sort of", "only", "Hopefully", "I think", "a bit"],
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "then, now and next but the survey is only planned",
        text: "When I started, supervision was mostly about caseload numbers. I introduced a reflective \
               supervision model and trained every team manager. Today supervision feels different for \
               practitioners. Next year I plan to survey staff about it.",
        target: None,
        done: true,
        difference: false,
        evidence: false,
        then: true,
        now: true,
        next: true,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "process only, no people",
        text: "We streamlined the front door pathway, updated the referral form and brought the \
               screening procedure into one system. All referrals are now triaged within 48 hours \
               against the policy timescale.",
        target: None,
        done: true,
        difference: false,
        evidence: true,
        then: false,
        now: true,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "Making Safeguarding Personal, 'only' before a figure is no hedge",
        text: "Making Safeguarding Personal was patchy when I joined: only 38% of enquiries recorded \
               the person's desired outcomes. I led MSP workshops for every locality team and added \
               outcome prompts to the enquiry form. Our quarterly audit now shows 79%, and 86% of \
               people whose outcomes were asked about said they were fully or partly met. I report \
               this to the SAB every quarter.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "waiting well: then, now, next with figures",
        text: "Two years ago 640 people were waiting for a Care Act assessment, some for over six \
               months. We brought in a waiting well approach: everyone waiting gets a call every four \
               weeks and a named worker. Today 212 people are waiting and the longest wait is 11 \
               weeks. No one has come to harm while waiting in the last year, which we check through \
               our risk log. Our next step is to get below 150 by March.",
        target: Some(150),
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: true,
        people: true,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "workforce: a past year gives the then",
        text: "Our vacancy rate was 24% in 2021. I worked with HR to set up a social work academy and \
               a career pathway for social work assistants. The vacancy rate is now 9%, agency use has \
               halved, and 11 of our 12 ASYEs stayed with us after their first year. Exit interviews \
               tell us the reflective supervision and the academy are why people stay.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "proud of co-produced strengths-based practice",
        text: "I am proud of our strengths-based approach. We co-produced the model with people who \
               draw on care and their carers, and every team now holds a weekly huddle. Carers tell \
               us they feel more in control, and our complaints about assessments fell by a third last \
               year.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "year of birth after 'born'",
        text: "One gentleman, born in 1941, had been in hospital for 9 weeks waiting for a package of \
               care. I challenged the delay at the discharge huddle and we got him home within 48 \
               hours. He told his social worker it was the first time anyone had asked what he wanted.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: false,
        next: false,
        people: true,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: &[("date-of-birth", "1941")],
    },
    Case {
        name: "MCA audit and re-audit without saying the change",
        text: "I noticed best interests decisions were not always recorded well, so I ran a thematic \
               MCA audit of 60 case files in 2023. Practice was generally good but only 58% recorded \
               the person's wishes. I rewrote our MCA guidance with the legal team and we now run \
               quarterly refreshers. A re-audit in January found 81% recorded the person's wishes and \
               feelings.",
        target: None,
        done: true,
        difference: false,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "preparing for adulthood",
        text: "Young people moving to adult services used to meet us at 17 and a half, which was too \
               late. I set up a preparing for adulthood panel with children's services so we now meet \
               young people from 14. Families have told us the process feels calmer, and the number of \
               young people without a plan at 18 dropped from 23 to 4.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "equity for carers from racialised communities",
        text: "Our data showed that Black and Asian carers were less likely to have a carer's \
               assessment. I worked with two community groups to co-design outreach sessions in three \
               languages, and we now have link workers in both communities. Carers' assessments for \
               Black and Asian carers rose from 42 to 97 in a year. We will report the equality data to \
               the DASS every quarter.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: true,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "honest about the limits of the remit",
        text: "That sits outside my remit: commissioning owns the home care market. What I can tell you \
               is that I sit on the market quality group, and we are seeing fewer provider failures. I \
               do not have the figure to hand, but the commissioning lead can give it to you.",
        target: None,
        done: true,
        difference: true,
        evidence: false,
        then: false,
        now: false,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "titles split across a line are not a name",
        text: "Our letters used to open with Mr\nor Mrs whatever the person preferred. I rewrote the \
               templates with our experts by experience, and complaints about letters fell from 19 to 7 \
               the following year.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "spoken and unpunctuated, full of softeners",
        text: "um so basically i think we've sort of tried to improve things a bit with the carers hub \
               and hopefully it's going ok, maybe people are waiting less, i'm not sure of the exact \
               numbers",
        target: Some(90),
        done: false,
        difference: true,
        evidence: false,
        then: false,
        now: false,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: &[
            "basically",
            "i think",
            "sort of",
            "tried to",
            "a bit",
            "hopefully",
            "maybe",
            "not sure",
        ],
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "years and percentages are not identifying",
        text: "Between 2019 and 2024 we cut the number of people waiting over 28 days for an \
               occupational therapy assessment from 310 to 45 (an 85% reduction), working with the OT \
               service and the ICB.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "national acronyms need no spelling out",
        text: "CQC will want to know how the PSW role links to the DASS and the ICB. I meet the DASS \
               fortnightly, I sit on the ASC leadership team and I chair the Practice Forum, which 140 \
               practitioners attended last year.",
        target: None,
        done: true,
        difference: false,
        evidence: true,
        then: true,
        now: false,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "postcode-like words in a sentence",
        text: "Our hub in the NE1 area and the A38 corridor team both sit near the M5. I set up a shared \
               duty rota across them in 2024, and same-day responses went up from 61% to 88%.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "date of birth given with DOB",
        text: "A young man with autism, DOB 14/03/2006, was placed out of area at 18 because nothing \
               local met his needs. I brought together health, housing and the provider market to \
               develop two local supported living schemes. Eight young people have since moved back, \
               and none of them has had a crisis admission since.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: false,
        now: false,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: &[("date-of-birth", "14/03/2006")],
    },
    Case {
        name: "a difference for the service but not yet for people",
        text: "I redesigned the duty system and the average time from referral to allocation fell from \
               21 days to 9. Team managers say the rota is much easier to run.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "co-production with experts by experience",
        text: "Two years ago we had no experts by experience involved in training. I worked with our \
               local user-led organisation to recruit and pay eight experts by experience, who now \
               co-deliver our Care Act training. Practitioners rate the sessions 4.7 out of 5, and one \
               told us it changed how she writes support plans. Next, we want them on our recruitment \
               panels too.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: true,
        people: true,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "words that hold a hedge without hedging",
        text: "Not only did we halve the backlog, we were the only council in the region to meet the \
               target, with just over 90% of reviews on time. I put in place a weekly review clinic to \
               get there.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: false,
        now: false,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "plural acronym used before it is spelled out; not the speaker's action",
        text: "Our PDSWs join team huddles every week. Practice Development Social Workers (PDSWs) also \
               run the ASYE programme, and 10 of our 12 newly qualified social workers stayed on after \
               their first year.",
        target: None,
        done: false,
        difference: false,
        evidence: true,
        then: false,
        now: false,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: &["PDSWs"],
        confidential: NONE,
    },
    Case {
        name: "international mobile and email for a carer",
        text: "If CQC want to speak to a carer, her number is +44 7700 900456 and her email is \
               a.carer@example.net, but please use the advocate instead.",
        target: None,
        done: false,
        difference: false,
        evidence: false,
        then: false,
        now: false,
        next: false,
        people: true,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: &[
            ("phone", "+44 7700 900456"),
            ("email", "a.carer@example.net"),
        ],
    },
    Case {
        name: "ten digits that fail the NHS check are not flagged",
        text: "The case reference 943 476 5910 was closed after review.",
        target: None,
        done: false,
        difference: false,
        evidence: true,
        then: false,
        now: false,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "unspaced NHS number",
        text: "Her NHS number 9434765919 was on the referral.",
        target: None,
        done: false,
        difference: false,
        evidence: false,
        then: false,
        now: false,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: &[("nhs-number", "9434765919")],
    },
    Case {
        name: "event dates are not dates of birth",
        text: "On 14 March 2024 the practice audit found 88% of files good; in 2019/20 it was 61%.",
        target: None,
        done: false,
        difference: false,
        evidence: true,
        then: true,
        now: false,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "long answer over a short target",
        text: "When I came into post, 400 people were waiting for a review. I set up a review team, \
               and we introduced a risk rating so the people most at risk were seen first. Today 120 \
               people are waiting, down from 400, and carers tell us they know who to call. I set up a \
               monthly report to the DASS so the figure is watched. Next, we will bring the longest \
               wait under 8 weeks by the end of the year, and I will report progress to the \
               leadership team every month.",
        target: Some(30),
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: true,
        people: true,
        for_people: true,
        over: true,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    // From usability testing: staff feedback and a re-audit were missed.
    Case {
        name: "what managers said is evidence; a re-audit is done",
        text: "We re-audited the 2023 SAR recommendations in January and found every action had been \
               completed. Team managers told me in the March practice forum that the learning had \
               changed how they plan discharges with families.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: false,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "a named man home in days instead of weeks",
        text: "Mr John Smith had waited 3 weeks for a package of care on his last admission. This time \
               I arranged a home first assessment on the ward, and he went home in 2 days instead of 3 \
               weeks.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: &[("titled-name", "Mr John Smith")],
    },
    Case {
        name: "the change told of the person named just before",
        text: "A young person with a learning disability had been placed 80 miles away. She is now \
               able to cook for herself again.",
        target: None,
        done: false,
        difference: true,
        evidence: true,
        then: true,
        now: true,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "five softeners and two local acronyms",
        text: "I think we have just sort of got the MARP going, and the QAF is maybe helping a bit \
               with reviews.",
        target: Some(90),
        done: false,
        difference: false,
        evidence: false,
        then: false,
        now: false,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: &["I think", "just", "sort of", "maybe", "a bit"],
        acronyms: &["MARP", "QAF"],
        confidential: NONE,
    },
    Case {
        name: "street addresses",
        text: "I visited a woman at 12 Acacia Road and her brother at Flat 3, 27 Mill Lane; both now \
               have a named worker.",
        target: None,
        done: true,
        difference: false,
        evidence: false,
        then: false,
        now: true,
        next: false,
        people: true,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: &[
            ("address", "12 Acacia Road"),
            ("address", "Flat 3, 27 Mill Lane"),
        ],
    },
    Case {
        name: "numbered things named after places are not addresses",
        text: "We held 3 Mill Lane meetings under Care Act 2014 Section 42, and the 2 Park Road hubs \
               now share a duty rota at Level 3 Green Park.",
        target: None,
        done: true,
        difference: false,
        evidence: true,
        then: false,
        now: true,
        next: false,
        people: false,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "what exists is not what was done",
        text: "We have a transitions protocol with children's services, and young people now meet \
               adult social care from the age of 14.",
        target: None,
        done: false,
        difference: false,
        evidence: true,
        then: false,
        now: true,
        next: false,
        people: true,
        for_people: false,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
    Case {
        name: "residents, tenants and people who draw on care; back home",
        text: "We recruited tenants and residents to our reference group of people who draw on care. \
               Three are back home after respite, and the group told us the new letters are clearer.",
        target: None,
        done: true,
        difference: true,
        evidence: true,
        then: false,
        now: false,
        next: false,
        people: true,
        for_people: true,
        over: false,
        hedges: NO,
        acronyms: NO,
        confidential: NONE,
    },
];

fn lower(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_lowercase()).collect()
}

#[test]
fn answers_read_as_a_coach_would_read_them() {
    assert!(CASES.len() >= 30, "the table keeps at least 30 answers");
    let lexicon = Lexicon::bundled();
    let mut failures = Vec::new();
    for case in CASES {
        let r = analyse_at(&lexicon, case.text, case.target, &[], YEAR);
        let got = (
            (r.covers.done, r.covers.difference, r.covers.evidence),
            (
                r.then_now_next.then,
                r.then_now_next.now,
                r.then_now_next.next,
            ),
            (
                !r.people_mentions.is_empty(),
                r.difference_for_people,
                r.over_target,
            ),
            r.hedges
                .iter()
                .map(|h| h.text.to_lowercase())
                .collect::<Vec<_>>(),
            r.unexplained_acronyms
                .iter()
                .map(|a| a.text.clone())
                .collect::<Vec<_>>(),
            r.confidentiality
                .iter()
                .map(|c| (c.kind.slug().to_string(), c.text.clone()))
                .collect::<Vec<_>>(),
        );
        let want = (
            (case.done, case.difference, case.evidence),
            (case.then, case.now, case.next),
            (case.people, case.for_people, case.over),
            lower(case.hedges),
            case.acronyms
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>(),
            case.confidential
                .iter()
                .map(|(k, t)| (k.to_string(), t.to_string()))
                .collect::<Vec<_>>(),
        );
        if got != want {
            failures.push(format!(
                "{}\n   want (done, difference, evidence), (then, now, next), (people, for people, over), hedges, acronyms, confidential\n   want {want:?}\n    got {got:?}\n   evidence {:?}\n   difference {:?}",
                case.name,
                r.evidence_markers.iter().map(|f| &f.text).collect::<Vec<_>>(),
                r.difference_markers.iter().map(|f| &f.text).collect::<Vec<_>>(),
            ));
        }
        let count = r.suggestions.len();
        assert!(
            (2..=3).contains(&count),
            "{}: {count} suggestions",
            case.name
        );
        for s in &r.suggestions {
            assert!(s.chars().count() <= 160, "{}: too long: {s}", case.name);
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn findings_point_at_their_text_with_line_and_column() {
    let lexicon = Lexicon::bundled();
    for case in CASES {
        let r = analyse_at(&lexicon, case.text, case.target, &[], YEAR);
        let lines = text::Lines::new(case.text);
        let all = r
            .evidence_markers
            .iter()
            .chain(&r.people_mentions)
            .chain(&r.hedges)
            .chain(&r.unexplained_acronyms)
            .chain(&r.done_markers)
            .chain(&r.difference_markers)
            .chain(&r.process_mentions);
        for f in all {
            assert_eq!(&case.text[f.start..f.end], f.text, "{}", case.name);
            assert_eq!(lines.place(case.text, f.start), (f.line, f.column));
        }
        for c in &r.confidentiality {
            assert_eq!(&case.text[c.start..c.end], c.text, "{}", case.name);
        }
    }
}

#[test]
fn hedges_carry_their_place() {
    let text = "We set it up.\nI think it is just a start.";
    let r = analyse(&Lexicon::bundled(), text, None);
    let places: Vec<(&str, usize, usize)> = r
        .hedges
        .iter()
        .map(|h| (h.text.as_str(), h.line, h.column))
        .collect();
    assert_eq!(places, vec![("I think", 2, 1), ("just", 2, 15)]);
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = "“Carers’ views” – we introduced a survey";
    let r = analyse(&Lexicon::bundled(), text, None);
    let survey = r
        .evidence_markers
        .iter()
        .find(|f| f.text == "survey")
        .expect("survey found");
    assert_eq!(survey.column, text[..survey.start].chars().count() + 1);
    assert_eq!(r.done_markers[0].text, "we introduced");
}

#[test]
fn length_and_speaking_time_use_140_words_a_minute() {
    let text = "word ".repeat(280);
    let r = analyse(&Lexicon::bundled(), &text, Some(90));
    assert_eq!(r.word_count, 280);
    assert_eq!(r.speaking_seconds, 120);
    assert_eq!(r.target_seconds, Some(90));
    assert!(r.over_target);
    let r = analyse(&Lexicon::bundled(), &text, Some(120));
    assert!(!r.over_target, "exactly on target is not over it");
    let r = analyse(&Lexicon::bundled(), "", None);
    assert_eq!((r.word_count, r.speaking_seconds), (0, 0));
    assert_eq!(r.suggestions.len(), 3);
}

#[test]
fn json_has_the_agreed_keys() {
    let r = analyse(
        &Lexicon::bundled(),
        "Mr Okafor said the MARP helped. I set up the audit; 90% were good.",
        Some(60),
    );
    let json = serde_json::to_value(&r).expect("serialises");
    for key in [
        "word_count",
        "speaking_seconds",
        "target_seconds",
        "over_target",
        "covers",
        "then_now_next",
        "evidence_markers",
        "people_mentions",
        "hedges",
        "unexplained_acronyms",
        "confidentiality",
        "suggestions",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    for key in ["done", "difference", "evidence"] {
        assert!(json["covers"][key].is_boolean(), "covers.{key}");
    }
    for key in ["then", "now", "next"] {
        assert!(
            json["then_now_next"][key].is_boolean(),
            "then_now_next.{key}"
        );
    }
    let c = &json["confidentiality"][0];
    assert_eq!(c["kind"], "titled-name");
    assert_eq!(c["text"], "Mr Okafor");
    assert_eq!(
        (c["line"].as_u64(), c["column"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(json["unexplained_acronyms"][0]["text"], "MARP");
}

#[test]
fn parts_are_joined_and_offsets_point_into_the_joined_text() {
    let lexicon = Lexicon::bundled();
    let parts = [
        (
            "done",
            "Set up a carers' forum with the hub.\n- Introduced carers' champions in every team.",
        ),
        ("difference", "Carers are identified earlier."),
        ("evidence", "Carers tell us it helps."),
    ];
    let (joined, r) = analyse_parts(&lexicon, &parts, Some(120));
    assert_eq!(
        joined,
        format!("{}\n\n{}\n\n{}", parts[0].1, parts[1].1, parts[2].1)
    );
    let done: Vec<&str> = r.done_markers.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        done,
        vec!["Set up", "Introduced"],
        "the done prompt supplies the 'I'"
    );
    assert!(r.covers.done);
    assert!(r.covers.evidence, "'tell us' is people's feedback");
    let evidence = r
        .evidence_markers
        .iter()
        .find(|f| f.text == "tell us")
        .expect("found");
    assert_eq!(&joined[evidence.start..evidence.end], "tell us");
    assert_eq!(evidence.line, 6);

    let plain = analyse(&lexicon, &joined, Some(120));
    assert!(
        !plain.covers.done,
        "without the hint, a verb with no subject is not claimed"
    );
}

#[test]
fn an_evidence_part_without_evidence_does_not_count() {
    let lexicon = Lexicon::bundled();
    let parts = [
        (
            "done",
            "I set up a hospital discharge huddle with the ward managers.",
        ),
        ("difference", "People get home sooner."),
        (
            "evidence",
            "Everyone says it is working well and the teams are really positive about it.",
        ),
    ];
    let (_, r) = analyse_parts(&lexicon, &parts, Some(120));
    assert!(r.covers.done);
    assert!(r.covers.difference);
    assert!(!r.covers.evidence);
    assert!(
        r.suggestions[0].contains("Your 'How do you know?' part has no evidence in it yet"),
        "{:?}",
        r.suggestions
    );
}

#[test]
fn a_user_lexicon_extends_the_analysis() {
    let mut lexicon = Lexicon::bundled();
    let text = "I set up the MARP. Our practice week showed the change.";
    let before = analyse(&lexicon, text, None);
    assert_eq!(before.unexplained_acronyms.len(), 1);
    assert!(!before.covers.evidence);
    lexicon
        .extend_from_yaml(
            "lexicon.yaml",
            "glossary: [MARP]\nevidence:\n  sources: [practice week]\n",
        )
        .expect("valid");
    let after = analyse(&lexicon, text, None);
    assert!(after.unexplained_acronyms.is_empty());
    assert!(after.covers.evidence);
}

#[test]
fn false_alarms_stay_quiet() {
    let lexicon = Lexicon::bundled();
    for text in [
        "In 2019 we had 412 people waiting; by 2023 it was 96.",
        "CQC met the DASS and the PSW in the CQC site visit.",
        "Reviews on time rose to 93.5% and then 95 per cent.",
        "Titles on the form were Mr\nMrs and Ms.",
        "The B1 team and the NE1 hub share a duty rota; the A38 is closed.",
        "We have 3,400 people on our books and 1,200 carers.",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(
            r.confidentiality.is_empty(),
            "{text}: {:?}",
            r.confidentiality
        );
        assert!(
            r.unexplained_acronyms.is_empty(),
            "{text}: {:?}",
            r.unexplained_acronyms
        );
    }
}

#[test]
fn suggestions_are_short_kind_and_specific() {
    let lexicon = Lexicon::bundled();
    let vague = analyse(&lexicon, CASES[1].text, Some(120));
    assert_eq!(vague.suggestions.len(), 3);
    assert!(vague.suggestions[0].starts_with("Start with what you did yourself"));
    for s in &vague.suggestions {
        assert!(s.len() < 160, "short: {s}");
        assert!(
            !s.contains("You failed") && !s.contains("wrong"),
            "kind: {s}"
        );
    }
    let private = analyse(&lexicon, CASES[3].text, None);
    assert!(
        private.suggestions[0].contains("NHS number on line 1"),
        "{:?}",
        private.suggestions
    );
    let strong = analyse(&lexicon, CASES[0].text, Some(120));
    assert_eq!(strong.suggestions.len(), 2, "{:?}", strong.suggestions);
}

#[test]
fn the_report_reads_plainly() {
    let lexicon = Lexicon::bundled();
    let r = analyse(&lexicon, CASES[4].text, Some(60));
    let text = render_report(&r);
    assert!(
        text.starts_with("!! CHECK BEFORE YOU SHARE: 3 details"),
        "{text}"
    );
    assert!(text.contains("Done: yes"));
    assert!(text.contains("Difference: yes"));
    assert!(text.contains("Evidence: yes"));
    assert!(text.contains("postcode \"BS16 1QY\" (line 1, column"));
    assert!(
        text.trim_end()
            .lines()
            .last()
            .is_some_and(|l| l.starts_with("  3. ") || l.starts_with("  2. "))
    );
    assert!(!text.contains('\x1b'), "no colour codes");

    let vague = render_report(&analyse(&lexicon, CASES[1].text, Some(120)));
    assert!(vague.contains("Done: no"));
    assert!(
        vague.contains("Softeners (2): \"I think\" (line 1), \"try to\" (line 1)"),
        "{vague}"
    );
    assert!(
        !vague.contains(" 1:"),
        "no places that read like times: {vague}"
    );
    assert!(!vague.contains("CHECK BEFORE"));
}

fn assert_places_hold(text: &str, r: &Report) {
    let lines = text::Lines::new(text);
    let all = r
        .evidence_markers
        .iter()
        .chain(&r.people_mentions)
        .chain(&r.hedges)
        .chain(&r.unexplained_acronyms)
        .chain(&r.done_markers)
        .chain(&r.difference_markers)
        .chain(&r.process_mentions);
    for f in all {
        assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
        assert_eq!(lines.place(text, f.start), (f.line, f.column));
    }
    for c in &r.confidentiality {
        assert_eq!(text.get(c.start..c.end), Some(c.text.as_str()));
    }
    assert!((2..=3).contains(&r.suggestions.len()));
}

proptest::proptest! {
    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,300}") {
        let r = analyse(&Lexicon::bundled(), &text, Some(60));
        assert_places_hold(&text, &r);
        let _ = render_report(&r);
    }

    #[test]
    fn any_parts_are_read_without_panicking(
        done in "\\PC{0,80}",
        difference in "(\\PC|Mr |12 Acacia Road |we have a |  ){0,20}",
        evidence in "\\PC{0,80}",
        key_points in proptest::bool::ANY,
    ) {
        let parts = [("done", done.as_str()), ("difference", difference.as_str()), ("evidence", evidence.as_str())];
        let (joined, r) = if key_points {
            analyse_key_points(&Lexicon::bundled(), &parts, Some(60))
        } else {
            analyse_parts(&Lexicon::bundled(), &parts, Some(60))
        };
        assert_places_hold(&joined, &r);
        assert_eq!(r.parts.len(), 3);
        for p in &r.parts {
            assert!(joined.get(p.start..p.end).is_some());
            if p.empty {
                assert_eq!(p.answers_own, Some(false));
            }
        }
        let _ = render_report(&r);
    }

    #[test]
    fn text_full_of_near_misses_is_read_without_panicking(
        text in "(Mr |Ms |DOB |born |0117 |07700 |\\+44 |943 476 |5919 |BS16 |1QY |\\(|\\)|MARP |SARs |’s |I set up |from |to |78% |2021 |12/03/|1941 |\n|\\. |only |just |[A-Za-z0-9]{1,6} ){0,60}"
    ) {
        let r = analyse(&Lexicon::bundled(), &text, Some(60));
        assert_places_hold(&text, &r);
        let _ = render_report(&r);
    }
}

/// The rehearsal screen's three parts, as the usability tester filled them in.
fn tester_parts() -> [(&'static str, &'static str); 3] {
    [
        (
            "done",
            "We have a transitions protocol with children's services.",
        ),
        (
            "difference",
            "Young people now meet us at 14, and plans in place by 18 rose from 40% to 85%.",
        ),
        ("evidence", ""),
    ]
}

#[test]
fn an_empty_part_is_named_even_when_its_question_is_answered_elsewhere() {
    let (_, r) = analyse_parts(&Lexicon::bundled(), &tester_parts(), Some(120));
    // Anywhere counts for the answer as a whole: the trend in the difference part says how you know.
    assert!(r.covers.evidence);
    let evidence = &r.parts[2];
    assert_eq!(evidence.id, "evidence");
    assert_eq!(evidence.label, "How do you know?");
    assert!(evidence.empty);
    assert_eq!(
        evidence.answers_own,
        Some(false),
        "an empty part answers nothing"
    );
    assert_eq!(r.parts[1].answers_own, Some(true));
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.starts_with("Your 'How do you know?' part is empty:")),
        "{:?}",
        r.suggestions
    );
}

#[test]
fn having_a_protocol_is_not_doing_and_the_suggestion_says_how_to_put_it() {
    let (_, r) = analyse_parts(&Lexicon::bundled(), &tester_parts(), Some(120));
    assert!(!r.covers.done);
    assert_eq!(r.parts[0].answers_own, Some(false));
    let done = r
        .suggestions
        .iter()
        .find(|s| s.contains("says what exists"))
        .unwrap_or_else(|| panic!("{:?}", r.suggestions));
    assert!(
        done.starts_with("Your 'What have you done?' part"),
        "{done}"
    );
    assert!(
        done.contains("(\"We have a transitions protocol\")"),
        "{done}"
    );
    assert!(done.contains("\"I wrote…\""), "{done}");
    assert_eq!(
        r.suggestions[0], *done,
        "nothing done anywhere comes before a part whose question is answered elsewhere"
    );
    assert!(r.suggestions[1].starts_with("Your 'How do you know?' part is empty"));

    let plain = analyse(
        &Lexicon::bundled(),
        "We have a strong team. Waits fell.",
        None,
    );
    assert!(
        plain.suggestions[0]
            .starts_with("Say what you did, not what exists (\"We have a strong team\")"),
        "{:?}",
        plain.suggestions
    );
    let lot = analyse(&Lexicon::bundled(), "We have a lot to be proud of.", None);
    assert!(lot.suggestions[0].starts_with("Start with what you did yourself"));
}

#[test]
fn several_empty_parts_are_named_in_one_step() {
    let parts = [
        ("done", ""),
        ("difference", "  \n"),
        ("evidence", "Our audit found 88% of files good."),
    ];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(120));
    assert!(!r.covers.done && !r.covers.difference && r.covers.evidence);
    assert_eq!(
        r.suggestions[0],
        "Your 'What have you done?' and 'What difference has it made?' parts are empty: add what you did and what changed for people."
    );
    assert!(
        !r.suggestions.iter().any(|s| s.starts_with("Start with")),
        "not said twice: {:?}",
        r.suggestions
    );
}

#[test]
fn a_follow_up_part_is_never_judged_on_its_own() {
    let parts = [
        ("done", "I set up a carers' hub."),
        ("difference", "Carers feel less alone."),
        ("evidence", "Carers told us so in the survey."),
        ("follow-up", ""),
    ];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(120));
    assert_eq!(r.parts[3].answers_own, None);
    assert_eq!(r.parts[3].label, "Follow up");
    assert!(!r.suggestions.iter().any(|s| s.contains("empty")));
}

#[test]
fn staff_feedback_and_re_audits_count_in_parts() {
    let parts = [
        ("done", "We re-audited the 2023 SAR recommendations."),
        ("difference", "Every action is now closed."),
        (
            "evidence",
            "Team managers told me in the March practice forum.",
        ),
    ];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(120));
    assert!(r.covers.done, "{:?}", r.done_markers);
    assert_eq!(r.done_markers[0].text, "We re-audited");
    assert_eq!(r.parts[2].answers_own, Some(true), "'told me' is evidence");
}

#[test]
fn identifying_details_are_placed_by_part_in_parts_and_by_line_in_plain_text() {
    let parts = [
        ("done", "I challenged the delay at the discharge huddle."),
        (
            "difference",
            "Mr John Smith went home in 2 days instead of 3 weeks.",
        ),
        ("evidence", "The ward data shows it."),
    ];
    let lexicon = Lexicon::bundled();
    let (joined, r) = analyse_parts(&lexicon, &parts, Some(120));
    assert!(
        r.difference_for_people,
        "going home is a change for a person"
    );
    assert!(
        !r.suggestions
            .iter()
            .any(|s| s.starts_with("Tie the change")),
        "{:?}",
        r.suggestions
    );
    assert_eq!(
        r.suggestions[0],
        "Take out the name with a title in 'What difference has it made?' and describe the person instead: \"a man in his seventies\"."
    );
    assert!(!r.suggestions.iter().any(|s| s.contains("line")));

    let plain = analyse(&lexicon, &joined, Some(120));
    assert!(
        plain.suggestions[0].contains("name with a title on line 3"),
        "{:?}",
        plain.suggestions
    );

    let two = [
        ("done", "I visited Mrs Okafor."),
        ("difference", ""),
        (
            "evidence",
            "She lives at 12 Acacia Road and told us it helped.",
        ),
    ];
    let (_, r) = analyse_parts(&lexicon, &two, Some(120));
    assert_eq!(
        r.suggestions[0],
        "Take out the 2 identifying details (in 'What have you done?' and 'How do you know?') and describe the person instead."
    );
}

#[test]
fn acronyms_and_softeners_always_get_a_step() {
    let lexicon = Lexicon::bundled();
    let style = |r: &Report| {
        r.suggestions
            .iter()
            .filter(|s| s.contains("Spell out") || s.contains("softeners"))
            .count()
    };
    // The tester's answer: five softeners and MARP and QAF, and none of the three questions answered.
    let r = analyse(&lexicon, CASES[CASES.len() - 5].text, Some(90));
    assert_eq!(r.hedges.len(), 5);
    assert_eq!(r.suggestions.len(), 3);
    assert_eq!(style(&r), 1, "{:?}", r.suggestions);
    assert_eq!(
        r.suggestions[2],
        "Spell out MARP and QAF the first time, and drop softeners such as \"I think\" and \"just\": say plainly what you did."
    );
    assert!(r.suggestions[0].starts_with("Start with what you did yourself"));
    assert!(
        r.suggestions[1]
            .starts_with("Say what difference it made for people and carers, and how you know"),
        "difference and evidence said together to make room: {:?}",
        r.suggestions
    );

    // Confidentiality still comes first, and the style step still gets its place.
    let r = analyse(
        &lexicon,
        "Mrs Okafor said I think it is just the MARP.",
        None,
    );
    assert_eq!(r.suggestions.len(), 3);
    assert!(r.suggestions[0].starts_with("Take out the name with a title"));
    assert_eq!(style(&r), 1, "{:?}", r.suggestions);

    // One softener alone is not worth a step; an acronym alone is.
    let r = analyse(
        &lexicon,
        "I set up a carers' hub and it is just great.",
        None,
    );
    assert_eq!(style(&r), 0, "{:?}", r.suggestions);
    let r = analyse(&lexicon, CASES[6].text, None);
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.starts_with("Spell out MARP and LAS")),
        "{:?}",
        r.suggestions
    );
    let r = analyse(&lexicon, CASES[1].text, Some(120));
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.contains("drop softeners such as \"I think\" and \"try to\"")),
        "{:?}",
        r.suggestions
    );
}

#[test]
fn places_in_the_report_do_not_read_like_times() {
    let lexicon = Lexicon::bundled();
    let text = render_report(&analyse(
        &lexicon,
        "I set up MARP. It is just a start, just a small one.\nMaybe.",
        None,
    ));
    assert!(
        text.contains(
            "Softeners (3): \"just\" (line 1, column 22), \"just\" (line 1, column 36), \"Maybe\" (line 2)"
        ),
        "{text}"
    );
    assert!(
        text.contains("Acronyms to spell out at first use: MARP (line 1)"),
        "{text}"
    );
    assert!(!text.contains(" 1:"), "{text}");
}

#[test]
fn key_points_are_not_judged_on_length_or_wording() {
    let lexicon = Lexicon::bundled();
    let parts = [
        ("done", "- set up MARP with housing\n- weekly"),
        ("difference", "- waits down"),
        ("evidence", ""),
    ];
    let (_, r) = analyse_key_points(&lexicon, &parts, Some(1));
    assert!(r.key_points);
    assert_eq!(r.speaking_seconds, 0);
    assert!(!r.over_target, "jotted notes are never over time");
    assert!(
        r.covers.done,
        "a jotted action counts: the 'I' is said aloud"
    );
    assert_eq!(r.unexplained_acronyms[0].text, "MARP");
    for s in &r.suggestions {
        for wording in ["Start with", "Trim", "room for more", "I set up", "words"] {
            assert!(!s.contains(wording), "{s}");
        }
    }
    assert!(
        r.suggestions
            .iter()
            .any(|s| s == "Your 'How do you know?' part is empty: jot a figure, an audit finding, or what people told you."),
        "{:?}",
        r.suggestions
    );
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.starts_with("Say MARP in full")),
        "{:?}",
        r.suggestions
    );
    let report = render_report(&r);
    assert!(report.contains("of key points; not timed"), "{report}");

    let (_, r) = analyse_key_points(
        &lexicon,
        &[
            ("done", "carers' hub"),
            ("difference", "carers feel less alone"),
        ],
        None,
    );
    assert_eq!(
        r.suggestions[0],
        "Your key points do not yet include what you did yourself: jot the action, e.g. \"set up carers' forum\"."
    );
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.starts_with("Your key points do not yet include how you know")),
        "{:?}",
        r.suggestions
    );

    // Written the same way, the timing and wording advice is back.
    let (_, written) = analyse_parts(&lexicon, &parts, Some(1));
    assert!(!written.key_points);
    assert!(written.over_target);
}

#[test]
fn people_are_found_in_every_way_they_are_written() {
    let lexicon = Lexicon::bundled();
    for text in [
        "Mrs Patel",
        "a young person",
        "residents",
        "tenants",
        "service users",
        "people who draw on care",
        "a man",
        "went home",
        "living at home",
        "back home",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(!r.people_mentions.is_empty(), "{text}");
    }
}

#[test]
fn addresses_serialise_as_address() {
    let r = analyse(&Lexicon::bundled(), "She lives at 12 Acacia Road.", None);
    let json = serde_json::to_value(&r).expect("serialises");
    assert_eq!(json["confidentiality"][0]["kind"], "address");
    assert_eq!(ConfidentialKind::Address.label(), "street address");
    assert_eq!(json["key_points"], false);
    assert!(json["parts"].as_array().is_some_and(Vec::is_empty));
}

#[test]
fn done_verbs_are_read_broadly_and_may_be_done_again() {
    let lexicon = Lexicon::bundled();
    for text in [
        "We re-audited the SAR actions.",
        "We reaudited the SAR actions.",
        "I reviewed every overdue case.",
        "We commissioned an advocacy service.",
        "I trained 40 practice educators.",
        "We rolled out the new model.",
        "We redesigned the front door.",
        "We recruited eight experts by experience.",
        "We relaunched the carers' forum.",
        "I have re-introduced reflective supervision.",
        "We re-commissioned the service.",
        "I convened a learning review.",
        "We carried out a thematic audit.",
        "Together we revised the guidance.",
        "My team and I consulted carers.",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(r.covers.done, "{text}");
    }
    for text in [
        "We have a transitions protocol.",
        "The protocol was reviewed.",
        "I recalled the details.",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(!r.covers.done, "{text}: {:?}", r.done_markers);
    }
}

#[test]
fn what_people_and_staff_said_is_evidence_but_a_meeting_alone_is_not() {
    let lexicon = Lexicon::bundled();
    for text in [
        "Team managers told me in the practice forum.",
        "Practitioners tell me it helps.",
        "We had feedback from carers.",
        "Social workers said it was clearer.",
        "Concerns raised in supervision have stopped.",
        "The staff survey showed it.",
        "We heard from families at a listening event.",
        "They said they felt safer.",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(r.covers.evidence, "{text}");
    }
    for text in [
        "We discuss risk in supervision.",
        "I chair the practice forum.",
        "As I said, it matters.",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(!r.covers.evidence, "{text}: {:?}", r.evidence_markers);
    }
}

#[test]
fn gaps_name_what_the_answer_lacks() {
    let lexicon = Lexicon::bundled();
    let strong = analyse_at(
        &lexicon,
        "When I came into post in 2021, 640 people were waiting. I set up a waiting well team. \
         One carer, a woman in her seventies who looks after her husband, told us she now gets a call \
         every four weeks. Today 212 people are waiting, down from 640, and our audit shows no one came \
         to harm. Next, I will bring the wait under 8 weeks by March.",
        None,
        &[],
        YEAR,
    );
    assert_eq!(strong.gaps(), &[] as &[Gap], "{strong:#?}");

    let thin = analyse_at(
        &lexicon,
        "We have a transitions protocol and a panel.",
        None,
        &[],
        YEAR,
    );
    assert_eq!(
        thin.gaps(),
        &[
            Gap::Done,
            Gap::Difference,
            Gap::Evidence,
            Gap::People,
            Gap::Next,
            Gap::Example,
            Gap::OwnPart
        ]
    );

    // "We" did it, but nothing says what the speaker did personally; a next step with no when.
    let team = analyse_at(
        &lexicon,
        "We introduced carers' champions and carers tell us they are identified sooner. We will \
         keep going.",
        None,
        &[],
        YEAR,
    );
    assert!(team.covers.done);
    assert!(team.has_gap(Gap::OwnPart));
    assert!(team.has_gap(Gap::Next), "a next step with no when");
    assert!(team.has_gap(Gap::Example));
    assert!(!team.has_gap(Gap::People));

    // Under "What have you done?" a bare verb is the speaker's own.
    let (_, parts) = analyse_parts(
        &lexicon,
        &[
            ("done", "Set up a carers' forum."),
            ("difference", ""),
            ("evidence", ""),
        ],
        None,
    );
    assert!(!parts.has_gap(Gap::OwnPart), "{:?}", parts.own_part_markers);
}

#[test]
fn gaps_serialise_as_bank_slugs() {
    for gap in Gap::ALL {
        let json = serde_json::to_string(&gap).expect("serialises");
        assert_eq!(json, format!("\"{}\"", gap.slug()));
        assert_eq!(Gap::from_slug(gap.slug()), Some(gap));
    }
    assert_eq!(Gap::from_slug("own_part"), Some(Gap::OwnPart));
    assert_eq!(Gap::from_slug("nonsense"), None);
    let r = analyse(&Lexicon::bundled(), "We have a panel.", None);
    let json = serde_json::to_value(&r).expect("serialises");
    assert_eq!(json["gaps"][0], "done");
    assert!(json["gaps"].as_array().is_some_and(|g| g.len() == 7));
}
