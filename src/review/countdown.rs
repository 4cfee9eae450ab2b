//! The days to the on-site visit and today's suggested practice.
//!
//! Today's set is planned from what was practised before today, so it stays the same all day and
//! its questions tick off as they are done. It first brings in quality statements never practised,
//! enough each day that all nine are covered before the visit, then fills up with the weakest
//! questions by evidence, putting ones already practised but still weak first so they are repeated.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::bank::model::{QualityStatement, Question};

use super::coverage::Coverage;
use super::history::History;
use super::rank::{self, Ranked, Reason};

/// Days between today and the visit. Practice days left include today but not the day itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    pub on_site: NaiveDate,
    pub today: NaiveDate,
}

impl Countdown {
    pub fn days_left(&self) -> i64 {
        (self.on_site - self.today).num_days()
    }

    /// "12 days to the on-site visit (Thursday 14 January)".
    pub fn headline(&self) -> String {
        let when = self.on_site.format("%A %-d %B");
        match self.days_left() {
            d if d < 0 => format!("The on-site visit was on {when}; set the next date in settings"),
            0 => format!("The on-site visit is today ({when}). Good luck"),
            1 => format!("1 day to the on-site visit (tomorrow, {when})"),
            d => format!("{d} days to the on-site visit ({when})"),
        }
    }
}

/// One question suggested for today.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick {
    pub id: String,
    /// Statements never practised before that this question brings in.
    pub new_statements: Vec<QualityStatement>,
    /// The evidence that it is weak, for "why this one".
    pub reasons: Vec<Reason>,
    /// Already answered today.
    pub done: bool,
}

impl Pick {
    /// "covers Safeguarding, Equity": the statements not practised yet that it covers, if any.
    fn covers(&self) -> Option<String> {
        if self.new_statements.is_empty() {
            return None;
        }
        let titles: Vec<&str> = self
            .new_statements
            .iter()
            .map(|s| short_title(*s))
            .collect();
        Some(format!("covers {}", titles.join(", ")))
    }

    /// The main reason in a few words, for a narrow line: "covers Safeguarding", "rated 2 of 5".
    pub fn short_why(&self) -> String {
        // Done: the morning's reason ("never practised") is no longer true.
        if self.done {
            return "practised today".to_string();
        }
        if let Some(covers) = self.covers() {
            return covers;
        }
        match self.reasons.first() {
            Some(Reason::RatedLow(r)) => format!("you rated it {r}"),
            Some(Reason::ColleagueRatedLow(r)) => format!("colleague rated it {r}"),
            Some(Reason::Missing(g)) => format!("missing: {}", g.slug().replace('-', " ")),
            Some(Reason::CuesMissed { missed, of }) => format!("{missed} of {of} cues missed"),
            Some(Reason::NotPractisedFor { days }) => format!("{days} days since"),
            Some(Reason::NeverPractised) => "never practised".to_string(),
            None => "keeps it fresh".to_string(),
        }
    }

    /// Why it was chosen, in a few words for one line.
    pub fn why(&self) -> String {
        let mut words: Vec<String> = Vec::new();
        if self.done {
            words.push("practised today".to_string());
        }
        words.extend(self.covers());
        if !self.done {
            words.extend(self.reasons.iter().take(2).map(Reason::to_string));
        }
        if words.is_empty() {
            "keeps it fresh".to_string()
        } else {
            words.join("; ")
        }
    }
}

/// A quality statement's short name for narrow places.
pub fn short_title(s: QualityStatement) -> &'static str {
    match s {
        QualityStatement::AssessingNeeds => "Assessing needs",
        QualityStatement::HealthierLives => "Healthier lives",
        QualityStatement::Equity => "Equity",
        QualityStatement::CareProvision => "Care provision",
        QualityStatement::Partnerships => "Partnerships",
        QualityStatement::SafePathways => "Safe pathways",
        QualityStatement::Safeguarding => "Safeguarding",
        QualityStatement::Governance => "Governance",
        QualityStatement::LearningImprovement => "Learning",
    }
}

/// Today's suggested practice.
#[derive(Debug, Clone, PartialEq)]
pub struct TodayPlan {
    pub picks: Vec<Pick>,
    /// Statements never practised before today: what the set was planned from, so it holds still.
    pub uncovered: Vec<QualityStatement>,
    /// Statements never practised at all, today's practice counted: what the PSW is told.
    pub still_to_practise: Vec<QualityStatement>,
    /// Practice days left, today included (at least 1).
    pub practice_days: i64,
    /// Different questions answered today, in today's set or not (a mock counts).
    pub practised_today: usize,
}

impl TodayPlan {
    /// Quality statements practised at least once, today included.
    pub fn statements_practised(&self) -> usize {
        QualityStatement::ALL.len() - self.still_to_practise.len()
    }

    pub fn done(&self) -> usize {
        self.picks.iter().filter(|p| p.done).count()
    }

    pub fn ids(&self) -> Vec<String> {
        self.picks.iter().map(|p| p.id.clone()).collect()
    }

    /// The questions still to do today.
    pub fn remaining(&self) -> Vec<String> {
        self.picks
            .iter()
            .filter(|p| !p.done)
            .map(|p| p.id.clone())
            .collect()
    }
}

/// Plans `per_day` questions for `today` (more only when the statements left cannot otherwise be
/// covered in the days left). Without an on-site date the days are unlimited: one new statement a
/// day is still brought in while any is missing.
pub fn plan_today(
    questions: &[Question],
    history: &History,
    today: NaiveDate,
    on_site: Option<NaiveDate>,
    per_day: usize,
) -> TodayPlan {
    let per_day = per_day.max(1);
    // Planned from the history before today, so the set holds still while it is practised.
    let before = history_before(history, today);
    let coverage = Coverage::compute(questions, &before);
    let uncovered = coverage.uncovered_statements();
    let practice_days = on_site.map_or(i64::MAX, |d| (d - today).num_days().max(1));
    let quota = if uncovered.is_empty() {
        0
    } else if practice_days == i64::MAX {
        1
    } else {
        uncovered.len().div_ceil(practice_days as usize)
    };
    let ranked = rank::weakest(questions, &before, today);
    let by_id = |id: &str| questions.iter().find(|q| q.id == id);

    let mut picks: Vec<Pick> = Vec::new();
    let mut chosen: HashSet<&str> = HashSet::new();
    let mut to_cover: Vec<QualityStatement> = uncovered.clone();
    let mut covered_today = 0;
    while covered_today < quota && !to_cover.is_empty() {
        // The question that brings in most uncovered statements; among equals the weakest.
        let candidates: Vec<(Vec<QualityStatement>, &Ranked)> = ranked
            .iter()
            .filter(|r| !chosen.contains(r.id.as_str()))
            .filter_map(|r| {
                let new: Vec<QualityStatement> = by_id(&r.id)?
                    .quality_statements
                    .iter()
                    .copied()
                    .filter(|s| to_cover.contains(s))
                    .collect();
                (!new.is_empty()).then_some((new, r))
            })
            .collect();
        let Some(most) = candidates.iter().map(|(new, _)| new.len()).max() else {
            break;
        };
        let Some((new, r)) = candidates.into_iter().find(|(new, _)| new.len() == most) else {
            break;
        };
        covered_today += new.len();
        to_cover.retain(|s| !new.contains(s));
        chosen.insert(&r.id);
        picks.push(pick(r, new));
    }
    // Then the weakest: first those practised and still weak (repeated), then anything weakest.
    let weak_practised = ranked
        .iter()
        .filter(|r| r.attempts > 0 && !r.reasons.is_empty());
    let rest = ranked.iter();
    for r in weak_practised.chain(rest) {
        if picks.len() >= per_day {
            break;
        }
        if chosen.insert(&r.id) {
            picks.push(pick(r, Vec::new()));
        }
    }
    // Ticked off when answered today.
    let today_ids: HashSet<&str> = history
        .attempts
        .iter()
        .filter(|a| a.started.date_naive() == today)
        .map(|a| history.question(a.question).id.as_str())
        .collect();
    for p in &mut picks {
        p.done = today_ids.contains(p.id.as_str());
    }
    // Said as it stands now, so a statement practised this morning no longer reads as missing.
    let still_to_practise = Coverage::compute(questions, history).uncovered_statements();
    TodayPlan {
        picks,
        uncovered,
        still_to_practise,
        practice_days: practice_days.min(i64::from(u32::MAX)),
        practised_today: today_ids.len(),
    }
}

fn pick(r: &Ranked, new_statements: Vec<QualityStatement>) -> Pick {
    Pick {
        id: r.id.clone(),
        new_statements,
        reasons: r.reasons.clone(),
        done: false,
    }
}

/// The history as it stood at the start of `day`.
fn history_before(history: &History, day: NaiveDate) -> History {
    let mut h = history.clone();
    h.truncate_before(day);
    h
}

impl History {
    /// Drops every session started on or after `day` (sessions are oldest first).
    pub(crate) fn truncate_before(&mut self, day: NaiveDate) {
        let keep = self.sessions.partition_point(|s| s.date() < day);
        if keep == self.sessions.len() {
            return;
        }
        let first_dropped = self.sessions[keep].attempts.start;
        self.sessions.truncate(keep);
        self.attempts.truncate(first_dropped as usize);
        self.reindex();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::fixtures::*;
    use chrono::Duration;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn countdown_words() {
        let c = |on: &str| Countdown {
            on_site: day(on),
            today: day("2026-12-01"),
        };
        assert_eq!(c("2026-12-15").days_left(), 14);
        assert_eq!(
            c("2026-12-15").headline(),
            "14 days to the on-site visit (Tuesday 15 December)"
        );
        assert_eq!(
            c("2026-12-02").headline(),
            "1 day to the on-site visit (tomorrow, Wednesday 2 December)"
        );
        assert!(c("2026-12-01").headline().contains("is today"));
        assert!(c("2026-11-20").headline().contains("set the next date"));
    }

    /// Practises every suggestion each day, rating `rate(id)`, until the day before the visit.
    fn campaign(
        mut notes: Vec<crate::notes::Note>,
        start: NaiveDate,
        on_site: NaiveDate,
        per_day: usize,
        rate: impl Fn(&str) -> u8,
    ) -> (Vec<TodayPlan>, History) {
        let questions = bank();
        let mut plans = Vec::new();
        let mut today = start;
        while today < on_site {
            let h = history_of(&notes);
            let plan = plan_today(&questions, &h, today, Some(on_site), per_day);
            let answers: Vec<(&str, u8)> = plan
                .picks
                .iter()
                .map(|p| (p.id.as_str(), rate(&p.id)))
                .collect();
            notes.push(note_at(
                &format!("{today}T18:00:00+00:00"),
                "today",
                &answers,
            ));
            plans.push(plan);
            today += Duration::days(1);
        }
        (plans, history_of(&notes))
    }

    #[test]
    fn the_plan_covers_all_nine_statements_before_the_date() {
        // Only waiting times and quality assurance practised so far; three days to go, three a day.
        let history = vec![note_at(
            "2026-11-20T10:00:00+00:00",
            "a",
            &[("wt-01", 4), ("qa-01", 4)],
        )];
        let start = day("2026-12-01");
        let (plans, after) = campaign(history, start, day("2026-12-04"), 3, |_| 4);
        assert_eq!(plans.len(), 3);
        assert_eq!(plans[0].practice_days, 3);
        assert_eq!(plans[0].uncovered.len(), 7);
        let coverage = Coverage::compute(&bank(), &after);
        assert_eq!(
            coverage.statements_covered(),
            9,
            "{:?}",
            coverage.uncovered_statements()
        );
        // 7 statements over 3 days: at least 3 new ones on day one.
        let new_day_one: usize = plans[0].picks.iter().map(|p| p.new_statements.len()).sum();
        assert!(new_day_one >= 3, "{:?}", plans[0].picks);
        assert!(
            plans[0].picks[0].why().starts_with("covers "),
            "{}",
            plans[0].picks[0].why()
        );
    }

    #[test]
    fn a_single_day_left_still_covers_everything_even_beyond_the_daily_count() {
        let (plans, after) = campaign(vec![], day("2026-12-01"), day("2026-12-02"), 2, |_| 3);
        assert_eq!(plans.len(), 1);
        assert!(
            plans[0].picks.len() > 2,
            "coverage needs more than two today"
        );
        assert_eq!(Coverage::compute(&bank(), &after).statements_covered(), 9);
    }

    #[test]
    fn the_weakest_are_repeated_before_the_date() {
        // Everything covered already; wt-01 was rated 1 and stays weak whenever practised.
        let all: Vec<(&str, u8)> = BANK
            .iter()
            .map(|(id, _, _)| (*id, if *id == "wt-01" { 1 } else { 5 }))
            .collect();
        let history = vec![note_at("2026-11-28T10:00:00+00:00", "mock", &all)];
        let (plans, after) = campaign(history, day("2026-12-01"), day("2026-12-05"), 3, |id| {
            if id == "wt-01" { 2 } else { 5 }
        });
        assert!(plans.iter().all(|p| p.uncovered.is_empty()));
        assert_eq!(plans[0].picks[0].id, "wt-01");
        assert_eq!(plans[0].picks[0].why(), "you rated it 1 of 5");
        let wt = after.key("wt-01").unwrap();
        assert_eq!(
            after.attempts_of(wt).count(),
            1 + plans.len(),
            "repeated every day"
        );
    }

    #[test]
    fn todays_set_holds_still_and_ticks_off_as_it_is_done() {
        let today = day("2026-12-01");
        let questions = bank();
        let mut notes = vec![note_at("2026-11-20T10:00:00+00:00", "a", &[("wt-01", 2)])];
        let before = plan_today(
            &questions,
            &history_of(&notes),
            today,
            Some(day("2026-12-20")),
            5,
        );
        assert_eq!(before.done(), 0);
        let first = before.picks[0].id.clone();
        notes.push(note_at(
            "2026-12-01T09:00:00+00:00",
            "today",
            &[(first.as_str(), 5)],
        ));
        let after = plan_today(
            &questions,
            &history_of(&notes),
            today,
            Some(day("2026-12-20")),
            5,
        );
        assert_eq!(after.ids(), before.ids());
        assert_eq!(after.done(), 1);
        assert!(!after.remaining().contains(&first));
        // The plan still works from the morning's gaps, but what is said counts today's practice.
        assert_eq!(after.uncovered, before.uncovered);
        let first_statements = &questions
            .iter()
            .find(|q| q.id == first)
            .unwrap()
            .quality_statements;
        assert!(!first_statements.is_empty());
        assert_eq!(
            after.statements_practised(),
            before.statements_practised()
                + first_statements
                    .iter()
                    .filter(|s| before.still_to_practise.contains(s))
                    .count()
        );
        assert!(after.statements_practised() > before.statements_practised());
        assert!(
            first_statements
                .iter()
                .all(|s| !after.still_to_practise.contains(s))
        );
    }

    /// Straight after practising questions outside today's set (a mock), the plan says so, and
    /// a suggested question done today no longer gives the morning's reason ("never practised").
    #[test]
    fn today_reflects_what_was_just_practised() {
        let today = day("2026-12-01");
        let questions = bank();
        let mut notes = vec![note_at("2026-11-20T10:00:00+00:00", "a", &[("wt-01", 2)])];
        let before = plan_today(&questions, &history_of(&notes), today, None, 2);
        let set = before.ids();
        let others: Vec<&str> = questions
            .iter()
            .map(|q| q.id.as_str())
            .filter(|id| !set.iter().any(|s| s == id))
            .take(3)
            .collect();
        let mut answered: Vec<(&str, u8)> = others.iter().map(|id| (*id, 3)).collect();
        answered.push((set[0].as_str(), 4));
        notes.push(note_at("2026-12-01T09:00:00+00:00", "mock", &answered));
        let after = plan_today(&questions, &history_of(&notes), today, None, 2);
        assert_eq!(after.practised_today, 4);
        let done = after.picks.iter().find(|p| p.done).unwrap();
        assert_eq!(done.short_why(), "practised today");
        assert!(done.why().starts_with("practised today"), "{}", done.why());
    }

    #[test]
    fn without_a_date_one_new_statement_a_day_is_brought_in() {
        let plan = plan_today(&bank(), &History::default(), day("2026-12-01"), None, 5);
        assert_eq!(plan.picks.len(), 5);
        let new: usize = plan.picks.iter().map(|p| p.new_statements.len()).sum();
        assert!((1..=2).contains(&new), "{new}");
    }
}
