//! The probe table: answers and the follow-up an assessor should ask first.
//!
//! The answers and their expected probes were written before the probe code was run on them. The
//! first table (`TUNED`) was used while building the choice; the second (`HELD_OUT`) was kept out of
//! tuning and is measured separately (see the README's figures).

use super::*;
use crate::bank::check::parse_bank;
use crate::bank::{Bank, Origin};
use crate::insight::Lexicon;

const BANK: &str = r#"
id: probe-table
title: Probe table
description: Two focused questions and a scene-setting one, for the probe table.
version: 1
gap_probes:
  - gap: evidence
    ask: How do you know? What would we see if we looked?
  - gap: example
    ask: Can you give us one specific example?
    kinds: [broad, focused]
questions:
  - id: wait
    kind: focused
    topic: waiting-times
    quality_statements: [assessing-needs]
    ask: How long are people waiting for a Care Act assessment, and how do you keep them safe meanwhile?
    follow_ups:
      - ask: What is the longest anyone has been waiting?
        when: [waiting, wait]
      - ask: Who owns the risk for people on the waiting list, and how often is it reviewed?
        when: [waiting list]
      - ask: Why rely on agency staff for assessments, and what does it cost in continuity?
        when: [agency]
      - ask: Which partners sit on the multi-agency panel, and what do they add?
        when: [multi-agency]
      - ask: How are carers' own assessments prioritised in the queue?
        when: [carers]
      - ask: Is that percentage the same across areas and groups of people?
        when: ["%"]
      - ask: How do you plan for young people before they turn 18?
        when: ["18"]
      - ask: What figures do you have on the wait, and how have they moved this year?
        gap: evidence
      - ask: What has actually changed for the people waiting since you started?
        gap: difference
      - ask: What do people waiting, and their carers, tell you about it?
        gap: people
      - ask: What happens next, and by when?
        gap: next
      - ask: What was your own part in that?
        gap: own-part
      - ask: Can you tell us about one person's wait?
        gap: example
      - ask: What has the council actually done about the wait?
        gap: done
      - How does the wait differ between areas or groups?
      - How do you know the triage is safe?
    listen_for:
      - The wait as a figure and its trend
  - id: practice
    kind: focused
    topic: practice
    quality_statements: [learning-improvement]
    ask: How would we see strengths-based practice in people's records?
    follow_ups:
      - What would a practitioner tell us if we asked them?
      - ask: What came of it at that forum?
        when: [forum]
    listen_for:
      - An audit of records
  - id: scene
    kind: scene-setting
    topic: role-remit
    quality_statements: [governance]
    ask: What sits outside your remit as PSW?
    follow_ups:
      - Who would be best placed to tell us about the areas outside your remit?
    listen_for:
      - The services the role does not reach
"#;

// The probes, by a short name.
const LW: &str = "What is the longest anyone has been waiting?";
const WL: &str = "Who owns the risk for people on the waiting list, and how often is it reviewed?";
const AG: &str = "Why rely on agency staff for assessments, and what does it cost in continuity?";
const MA: &str = "Which partners sit on the multi-agency panel, and what do they add?";
const CA: &str = "How are carers' own assessments prioritised in the queue?";
const PC: &str = "Is that percentage the same across areas and groups of people?";
const EI: &str = "How do you plan for young people before they turn 18?";
const E: &str = "What figures do you have on the wait, and how have they moved this year?";
const D: &str = "What has actually changed for the people waiting since you started?";
const P: &str = "What do people waiting, and their carers, tell you about it?";
const N: &str = "What happens next, and by when?";
const O: &str = "What was your own part in that?";
const X: &str = "Can you tell us about one person's wait?";
const DN: &str = "What has the council actually done about the wait?";
const PL1: &str = "How does the wait differ between areas or groups?";
const BANK_E: &str = "How do you know? What would we see if we looked?";
const BANK_X: &str = "Can you give us one specific example?";
const PR_PLAIN: &str = "What would a practitioner tell us if we asked them?";
const SC_PLAIN: &str = "Who would be best placed to tell us about the areas outside your remit?";

/// A strong answer: done, own part, difference, evidence, people, an example, next with when.
const STRONG: &str = "I set up a duty triage team in April. We cut the waiting list from 420 to 180 people, \
and the longest wait fell from 26 to 9 weeks, according to our monthly performance report. One carer told us \
her mother was seen within a week. People waiting now get a call every fortnight. Next, we will extend triage \
to the east locality by March.";

/// (name, question id, answer, the probe an assessor should ask first)
const TUNED: &[(&str, &str, &str, &str)] = &[
    (
        "strong answer: the deeper waiting-list probe, not the wait figure it already gave",
        "wait",
        STRONG,
        WL,
    ),
    (
        "no evidence gets the evidence probe",
        "wait",
        "I set up a duty triage team. It has made things much better for people waiting, and staff feel it \
         works well. Next, we will extend it to the east locality by March.",
        E,
    ),
    (
        "gives the longest wait: is not asked for it",
        "wait",
        "The longest anyone has been waiting is 9 weeks, down from 26 weeks last year, and the waiting list is \
         now 180 people. I set up a duty triage team that calls people every fortnight; one carer told us it made \
         her feel less forgotten. By March we will extend it to the east locality.",
        WL,
    ),
    (
        "gives the figure, no other trigger: a plain probe that does not ask for a figure",
        "wait",
        "The longest anyone has been waiting is 9 weeks, down from 26 weeks last year. I set up a duty triage \
         team that calls people every fortnight; one carer told us it made her feel less forgotten. By March we \
         will extend it to the east locality.",
        PL1,
    ),
    (
        "vague answer: evidence first",
        "wait",
        "We have worked really hard on this and things are a lot better now. The team is brilliant and we are \
         proud of them.",
        E,
    ),
    (
        "multi-agency does not fire the agency probe",
        "wait",
        "I set up a multi-agency panel in April that reviews everyone who has waited over 12 weeks. The longest \
         wait fell from 26 to 9 weeks, according to our monthly performance report. One carer told us her mother \
         was seen within a week. Next, we will extend the panel to the east locality by March.",
        MA,
    ),
    (
        "agency staff fire the agency probe",
        "wait",
        "I stopped using agency staff for assessments in April. The longest wait still fell from 26 to 9 weeks, \
         according to our monthly performance report. One carer told us her mother was seen within a week. Next, \
         we will recruit two more assessors by March.",
        AG,
    ),
    (
        "carers' with an apostrophe fires the carers probe",
        "wait",
        "I set up a carers' assessment clinic in April. The longest wait for a carers' assessment fell from 20 \
         to 6 weeks, according to our monthly performance report. One carer told us she was seen within a week. \
         Next, we will run the clinic in the east locality by March.",
        CA,
    ),
    (
        "a percentage fires the percentage probe",
        "wait",
        "I set up a duty triage team in April. The share of people assessed within 28 days rose from 60% to 85%, \
         according to our monthly performance report. One carer told us her mother was seen within a week. Next, \
         we will extend triage to the east locality by March.",
        PC,
    ),
    (
        "an age in figures fires the transitions probe",
        "wait",
        "I set up a transitions worker post in April so young people are known to us from 14, not at 18. The \
         longest wait for them fell from 20 to 4 weeks, according to our monthly performance report. One young \
         man told us he met his worker a year early. Next, we will add a second worker by March.",
        EI,
    ),
    (
        "no difference gets the difference probe",
        "wait",
        "I set up a duty triage team in April, and I chair its weekly risk meeting. Our audit of 40 cases in \
         September found that every person waiting had a named worker. One carer, a woman in her seventies who \
         looks after her husband, told us she knew who to ring. By March we will repeat the audit in the east \
         locality.",
        D,
    ),
    (
        "no people gets the people probe",
        "wait",
        "I set up a duty triage team in April and the longest wait fell from 26 to 9 weeks, according to our \
         monthly performance report. For example, in one case the triage call picked up a fall risk within two \
         days. By March we will extend triage to the east locality.",
        P,
    ),
    (
        "no next step gets the next probe",
        "wait",
        "I set up a duty triage team in April. We cut the waiting list from 420 to 180 people, and the longest \
         wait fell from 26 to 9 weeks, according to our monthly performance report. One carer told us her mother \
         was seen within a week. People waiting now get a call every fortnight.",
        N,
    ),
    (
        "only 'we': the own-part probe",
        "wait",
        "We set up a duty triage team in April. We cut the waiting list from 420 to 180 people, and the longest \
         wait fell from 26 to 9 weeks, according to our monthly performance report. One carer told us her mother \
         was seen within a week. By March we will extend triage to the east locality.",
        O,
    ),
    (
        "no example gets the example probe",
        "wait",
        "I set up a duty triage team in April. We cut the waiting list from 420 to 180 people, and the longest \
         wait fell from 26 to 9 weeks, according to our monthly performance report. People waiting now get a call \
         every fortnight. Next, we will extend triage to the east locality by March.",
        X,
    ),
    (
        "nothing done: the done probe",
        "wait",
        "The longest wait fell from 26 to 9 weeks, according to our monthly performance report, and one carer \
         told us her mother was seen within a week. By March we will extend triage to the east locality.",
        DN,
    ),
    (
        "a next step without when still gets the next probe",
        "wait",
        "I set up a duty triage team in April. We cut the waiting list from 420 to 180 people, and the longest \
         wait fell from 26 to 9 weeks, according to our monthly performance report. One carer told us her mother \
         was seen within a week. Next, we will extend triage to the east locality.",
        N,
    ),
    (
        "waiting list heard but no evidence: the gap comes before the word",
        "wait",
        "Our waiting list is a real priority and we have done a lot of work on it with the team.",
        E,
    ),
    ("empty answer: evidence first", "wait", "", E),
    // Written expecting D; changed to E after the insight analysis (issue 10) stopped counting a
    // hedged figure as evidence. Pressing "I think about 400" for the figures fits an assessor too.
    (
        "a hedged figure: the evidence probe",
        "wait",
        "I think about 400 people are waiting for an assessment at the moment.",
        E,
    ),
    (
        "a figure but no change: the difference probe",
        "wait",
        "About 400 people are waiting for an assessment, according to our weekly report.",
        D,
    ),
    (
        "scene-setting, no evidence: the bank's default evidence probe",
        "scene",
        "I am the PSW and I report to the director.",
        BANK_E,
    ),
    (
        "scene-setting with evidence: the bank's example probe is not for scene-setting, so the plain one",
        "scene",
        "I am the PSW three days a week and lead a team of 6 practice educators. Mental health social work \
         sits with the NHS trust under a section 75 agreement, and I meet its lead every month.",
        SC_PLAIN,
    ),
    (
        "focused question without its own example probe: the bank's",
        "practice",
        "I led an audit of 60 records in June: 48 showed the person's own words about what matters to them, \
         up from 30 last year. People told the audit team they felt listened to. By March I will repeat the audit \
         with the principal occupational therapist.",
        BANK_X,
    ),
    (
        "a forum is never asked at random: the plain probe",
        "practice",
        "I led an audit of 60 records in June: 48 showed the person's own words about what matters to them, \
         up from 30 last year. For example, one woman in her eighties who wanted to stay at home had that written \
         as her goal. By March I will repeat the audit.",
        PR_PLAIN,
    ),
    (
        "a forum heard, no gaps: the forum probe",
        "practice",
        "I set up a practice forum in April. I led an audit of 60 records in June: 48 showed the person's own \
         words, up from 30 last year. For example, one woman in her eighties who wanted to stay at home had that \
         written as her goal. By March I will repeat the audit.",
        "What came of it at that forum?",
    ),
];

/// Kept out of tuning: the choice was never adjusted to these.
const HELD_OUT: &[(&str, &str, &str, &str)] = &[
    (
        "carer's with one carer: the carers probe",
        "wait",
        "I set up a carers assessment clinic in April. Each carer's assessment now takes 3 weeks, down from 11, \
         according to our monthly performance report. One carer told us she was seen within a week. Next, we will \
         open a second clinic by June.",
        CA,
    ),
    (
        "no evidence and no example: evidence first",
        "wait",
        "I set up a duty triage team. Waits have improved for people and their families. Next, we will extend \
         triage by March.",
        E,
    ),
    (
        "no people and no next step: people first",
        "wait",
        "I set up a duty triage team in April and the longest wait fell from 26 to 9 weeks, according to our \
         monthly performance report. For example, in one case the triage call picked up a fall risk within two days.",
        P,
    ),
    (
        "no own part and no example: own part first",
        "wait",
        "The team set up duty triage in April. We cut the waiting list from 420 to 180 people, according to our \
         monthly performance report, and people waiting now get a call every fortnight. By March we will extend \
         triage to the east locality.",
        O,
    ),
    (
        "hedged, no figure: evidence",
        "wait",
        "I think waits are probably a bit shorter than they were, and I believe people feel more supported.",
        E,
    ),
    (
        "strong practice answer with no forum: the plain probe",
        "practice",
        "I led an audit of 60 records in June: 48 showed the person's own words, up from 30 last year. For \
         example, one man in his seventies who wanted to keep his allotment had that as his goal. By March I will \
         repeat the audit.",
        PR_PLAIN,
    ),
    (
        "scene-setting, vague: default evidence",
        "scene",
        "Quite a lot sits outside my remit, to be honest.",
        BANK_E,
    ),
    (
        "waiting-list named in a strong answer with agency-led in it: not the agency probe",
        "wait",
        "I ended agency-led assessments in April. We cut the waiting list from 420 to 180 people, and the longest \
         wait fell from 26 to 9 weeks, according to our monthly performance report. One carer told us her mother \
         was seen within a week. Next, we will extend triage to the east locality by March.",
        WL,
    ),
];

fn bank() -> Bank {
    parse_bank("table.yaml", BANK, Origin::Bundled("table.yaml")).expect("the table's bank loads")
}

/// The first of the bank's probes for an answer, as `banks try` would give it once the anchored
/// follow-ups (tested in `drill/anchor`, and first when the answer gives something to press on)
/// are set aside: these tables check the choice among the bank's own probes.
fn first(bank: &Bank, lexicon: &Lexicon, id: &str, answer: &str) -> Option<Probe> {
    let question = bank.questions.iter().find(|q| q.id == id).unwrap();
    let mut heard = Heard::analyse_text(lexicon, answer);
    heard.anchors.clear();
    rank(question, &heard, &[]).into_iter().next()
}

fn run(table: &[(&str, &str, &str, &str)]) -> Vec<String> {
    let bank = bank();
    let lexicon = Lexicon::bundled();
    let mut misses = Vec::new();
    for (name, id, answer, expected) in table {
        let got = first(&bank, &lexicon, id, answer);
        let got_ask = got.as_ref().map_or("(none)".to_string(), |p| p.ask.clone());
        if got_ask != *expected {
            let gaps = Heard::analyse_text(&lexicon, answer).gaps;
            misses.push(format!(
                "{name}:\n  expected {expected:?}\n  got      {got_ask:?} ({})\n  gaps found: {gaps:?}",
                got.map(|p| p.reason()).unwrap_or_default()
            ));
        }
    }
    misses
}

/// Walk 8: a spoken answer with nothing jotted got "Why: your answer had no evidence of how you
/// know" under its follow-up. With nothing typed, the follow-up is the question's own, said so.
#[test]
fn the_follow_up_to_an_empty_answer_judges_no_words() {
    let bank = bank();
    let lexicon = Lexicon::bundled();
    let got = first(&bank, &lexicon, "wait", "\n\n").expect("a follow-up is still asked");
    assert_eq!(
        got.why_for_the_psw(),
        "a follow-up assessors often ask on this question"
    );
    let typed = first(&bank, &lexicon, "wait", "We set up a duty team.").expect("asked");
    assert!(
        typed.why_for_the_psw().starts_with("your answer had"),
        "{typed:?}"
    );
}

#[test]
fn the_probe_table_gets_the_expected_first_probe() {
    assert!(TUNED.len() >= 25, "the issue asks for at least 25 answers");
    let misses = run(TUNED);
    assert!(
        misses.is_empty(),
        "{} of {} answers got the wrong first probe:\n{}",
        misses.len(),
        TUNED.len(),
        misses.join("\n")
    );
}

#[test]
fn held_out_answers_get_the_expected_first_probe() {
    let misses = run(HELD_OUT);
    assert!(
        misses.is_empty(),
        "{} of {} held-out answers got the wrong first probe:\n{}",
        misses.len(),
        HELD_OUT.len(),
        misses.join("\n")
    );
}

#[test]
fn an_answer_that_gives_the_figure_is_never_asked_for_it() {
    let bank = bank();
    let lexicon = Lexicon::bundled();
    let q = bank.questions.iter().find(|q| q.id == "wait").unwrap();
    let heard = Heard::analyse_text(&lexicon, STRONG);
    let asks: Vec<String> = rank(q, &heard, &[]).into_iter().map(|p| p.ask).collect();
    assert!(!asks.iter().any(|a| a == LW), "{asks:#?}");
    assert!(!asks.iter().any(|a| a == E), "{asks:#?}");
}

#[test]
fn multi_agency_never_fires_the_agency_probe() {
    let bank = bank();
    let lexicon = Lexicon::bundled();
    let q = bank.questions.iter().find(|q| q.id == "wait").unwrap();
    let mut heard = Heard::analyse_text(&lexicon, TUNED[5].2);
    let ranked = rank(q, &heard, &[]);
    assert!(!ranked.iter().any(|p| p.ask == AG), "{ranked:#?}");
    heard.anchors.clear();
    let ranked = rank(q, &heard, &[]);
    assert_eq!(ranked[0].why, Why::Heard("multi-agency".into()));
}

/// Issue 18 item 4: a probe set off by a word is dropped when the sentence that holds the word
/// already answers it ("from year 9" answers "at what age do you start?"; "we prioritise using the
/// screening tool" answers "how do you decide who is first?").
#[test]
fn a_word_triggered_probe_is_not_asked_when_its_sentence_answers_it() {
    let age = FollowUp {
        ask: "At what age do you start working with young people?".into(),
        when: vec!["year 9".into(), "transitions".into()],
        gap: None,
    };
    let decide = FollowUp {
        ask: "How do you decide who is seen first?".into(),
        when: vec!["prioritise".into()],
        gap: None,
    };
    let heard = |a: &str| Heard::new(a, vec![]);
    assert!(answered_where_heard(
        &age,
        &heard("Our transitions work starts at year 9 with every school.")
    ));
    assert!(answered_where_heard(
        &age,
        &heard("The transitions team starts when a young person is fourteen.")
    ));
    assert!(!answered_where_heard(
        &age,
        &heard("The transitions team is new.")
    ));
    assert!(answered_where_heard(
        &decide,
        &heard("We prioritise using the screening tool.")
    ));
    assert!(!answered_where_heard(
        &decide,
        &heard("We prioritise carers.")
    ));
}

/// Walk 9: "What has the board challenged the council on, and how did you respond?" was asked,
/// set off by "challenged", of an answer whose sentence told both the challenge and the response.
#[test]
fn a_challenge_probe_is_not_asked_when_the_answer_told_the_challenge_and_the_response() {
    let challenge = FollowUp {
        ask: "What has the board challenged the council on, and how did you respond?".into(),
        when: vec!["challenged".into(), "subgroup".into()],
        gap: None,
    };
    let heard = |a: &str| Heard::new(a, vec![]);
    assert!(answered_where_heard(
        &challenge,
        &heard(
            "Last spring the board challenged us on hospital discharge referrals, so we \
             rebuilt the triage form with the ward managers."
        )
    ));
    // A challenge with no response, or a response to no challenge, leaves it to ask.
    assert!(!answered_where_heard(
        &challenge,
        &heard("The board challenged us on hospital discharge referrals.")
    ));
    assert!(!answered_where_heard(
        &challenge,
        &heard("I chair the audit subgroup, so I see every case review first.")
    ));
}

/// Issue 17: the question's own pointed probe comes before the bank-wide staple for the same gap,
/// even when the own probe names its gap only by its wording.
#[test]
fn the_questions_own_probe_comes_before_the_bank_staple() {
    let bank = bank();
    let q = bank.questions.iter().find(|q| q.id == "wait").unwrap();
    // An own probe worded for evidence, with no `gap:`, and the bank's staple for evidence.
    let mut q = q.clone();
    q.follow_ups.retain(|f| f.gap != Some(Gap::Evidence));
    let heard = Heard::new("I set up duty triage in April.", vec![Gap::Evidence]);
    let first_evidence = rank(&q, &heard, &[])
        .into_iter()
        .find(|p| p.gap() == Some(Gap::Evidence))
        .expect("an evidence probe");
    assert_eq!(first_evidence.ask, "How do you know the triage is safe?");
    assert_ne!(first_evidence.ask, BANK_E);
}

#[test]
fn an_answer_with_a_figure_to_press_on_gets_the_anchored_follow_up_first() {
    let bank = bank();
    let lexicon = Lexicon::bundled();
    let q = bank.questions.iter().find(|q| q.id == "wait").unwrap();
    let answer = "I set up a call-back rota, and the waiting list is down to 210 from 530. \
                  Our audit shows no one came to harm.";
    let ranked = rank(q, &Heard::analyse_text(&lexicon, answer), &[]);
    let anchored = ranked[0].anchor().expect("anchored first");
    assert_eq!(anchored.said, "210");
    assert_eq!(
        ranked[0].reason(),
        "you said \"210\": asking about the 210 still waiting"
    );
    // The bank's probes still follow, for the second follow-up and for the colleague.
    assert!(ranked.iter().any(|p| p.anchor().is_none()), "{ranked:#?}");
    // Once asked, it is not asked again.
    let asked = [ranked[0].ask.clone()];
    let again = rank(q, &Heard::analyse_text(&lexicon, answer), &asked);
    assert!(again.iter().all(|p| p.ask != asked[0]));
}

#[test]
fn a_vague_answer_is_pressed_on_its_own_claim_then_the_gap_probes() {
    let bank = bank();
    let lexicon = Lexicon::bundled();
    let q = bank.questions.iter().find(|q| q.id == "wait").unwrap();
    let ranked = rank(
        q,
        &Heard::analyse_text(
            &lexicon,
            "We are working hard on waits and things are improving.",
        ),
        &[],
    );
    // The proof is asked for in the answer's own words, not with a stock line.
    assert!(
        ranked[0]
            .ask
            .starts_with("You said you are working hard on waits and things are improving:"),
        "{ranked:#?}"
    );
    assert!(matches!(ranked[1].why, Why::Gap(_)), "{ranked:#?}");
    // With nothing that can be quoted, the bank's gap probes ask for the proof.
    let ranked = rank(q, &Heard::analyse_text(&lexicon, "Lots going on."), &[]);
    assert!(ranked.iter().all(|p| p.anchor().is_none()), "{ranked:#?}");
    assert!(matches!(ranked[0].why, Why::Gap(_)), "{ranked:#?}");
}

/// Issue 23, probes-5: a sweeping claim pinned down in its own words comes before the bank's stock
/// lines, and after a question's own pointed probe.
#[test]
fn a_pinned_claim_comes_before_the_stock_lines_and_after_a_pointed_probe() {
    let bank = bank();
    let lexicon = Lexicon::bundled();
    let answer = "I have a say in most things across the service.";
    let heard = Heard::analyse_text(&lexicon, answer);
    let pinned = "You said you have a say in most things across the service:";
    // The scene-setting question has only the bank's stock lines for its gaps.
    let scene = bank.questions.iter().find(|q| q.id == "scene").unwrap();
    let ranked = rank(scene, &heard, &[]);
    assert!(ranked[0].ask.starts_with(pinned), "{ranked:#?}");
    // The waiting question's own pointed probe for the gap comes first.
    let wait = bank.questions.iter().find(|q| q.id == "wait").unwrap();
    let ranked = rank(wait, &heard, &[]);
    let at = ranked.iter().position(|p| p.ask.starts_with(pinned));
    let stock = ranked.iter().position(|p| is_stock(wait, &p.ask));
    assert!(at.is_some_and(|a| a > 0), "{ranked:#?}");
    assert!(at < stock || stock.is_none(), "{ranked:#?}");
    assert!(is_stock(wait, "What happens next, and by when?"));
    assert!(!is_stock(wait, "How do you know the triage is safe?"));
}

#[test]
fn a_follow_up_on_the_answers_own_source_or_complaints_that_asks_for_what_it_gives_is_passed_over()
{
    let bank = bank();
    let lexicon = Lexicon::bundled();
    let q = bank.questions.iter().find(|q| q.id == "wait").unwrap();
    // An answer that gives everything: what changed, what the speaker did, and what is next.
    let full = "In 2024 carers in the west waited eleven weeks for an assessment. I set up a carers' \
                triage desk with the carers' centre, and I trained the six duty workers myself. The \
                wait is now three weeks, and we had 12 complaints about waiting last year against 31 \
                the year before. One carer, a man looking after his wife with dementia, was seen in \
                nine days and now has a sitter on Tuesdays. In March the desk goes to the east team \
                as well.";
    let heard = Heard::analyse_text(&lexicon, full);
    assert!(heard.gaps.is_empty(), "{:?}", heard.gaps);
    let ranked = rank(q, &heard, &[]);
    assert!(
        ranked.iter().all(|p| !p
            .ask
            .starts_with("Tell us about one of those 12 complaints")),
        "{ranked:#?}"
    );
    // Still anchored first, on something the answer leaves open.
    assert!(ranked[0].anchor().is_some(), "{ranked:#?}");
    // Where something is missing (no one person's story, no next step), the same follow-up is
    // still offered: it asks what the answer has not said.
    let thin = "I set up a carers' triage desk, and we had 12 complaints about waiting last year \
                against 31 the year before.";
    let heard = Heard::analyse_text(&lexicon, thin);
    assert!(!heard.gaps.is_empty());
    let ranked = rank(q, &heard, &[]);
    assert!(
        ranked.iter().any(|p| p
            .ask
            .starts_with("Tell us about one of those 12 complaints")),
        "{ranked:#?}"
    );
}

#[test]
fn asking_when_you_will_do_something_asks_for_the_next_step() {
    // "When will you review the rota again?" is dropped from an answer that says when.
    assert_eq!(
        asks_for("When will you review the duty rota again, and who will be there?"),
        vec![Gap::Next]
    );
}

/// probes-22 p02: an answer that gave everything every probe asked for got no follow-up at all.
#[test]
fn an_answer_that_gives_everything_still_gets_a_follow_up() {
    const FULL: &str = r#"
id: full
title: Full
description: One question whose only follow-up asks for a figure.
version: 1
questions:
  - id: reviews
    kind: focused
    topic: reviews
    quality_statements: [assessing-needs]
    ask: How do you keep reviews up to date?
    follow_ups:
      - How many reviews were done last year?
    listen_for:
      - The reviews as a figure
"#;
    let bank = parse_bank("full.yaml", FULL, Origin::Bundled("full.yaml")).expect("loads");
    let lexicon = Lexicon::bundled();
    let question = &bank.questions[0];
    let answer = "Last year we did 1,400 reviews, against 900 the year before.";
    let mut heard = Heard::analyse_text(&lexicon, answer);
    heard.anchors.clear();
    heard.gaps.clear();
    let got = rank(question, &heard, &[]);
    assert_eq!(
        got.first().map(|p| p.ask.as_str()),
        Some("How many reviews were done last year?"),
        "{got:?}"
    );
}

/// probes-22 p30: "What evidence would you most want us to see for it?" fits any answer, and was
/// judged vague; a vague claim said back goes before it.
#[test]
fn what_evidence_would_you_most_want_is_a_stock_line() {
    let bank = bank();
    let question = &bank.questions[0];
    assert!(is_stock(
        question,
        "What evidence would you most want us to see for it?"
    ));
}
