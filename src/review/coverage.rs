//! How much of the framework has been practised, and the figures behind the progress screen.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, Duration, NaiveDate};

use crate::bank::model::{QualityStatement, Question, StatementNote};
use crate::bank::topic_title;

use super::history::{Attempt, History, QuestionKey};

/// One quality statement or topic: what the banks hold and how much of it has been practised.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageRow {
    pub slug: String,
    pub title: String,
    /// Questions the loaded banks hold for it.
    pub questions: usize,
    /// Of those (or of retired ones the notes name), how many have been answered at least once.
    pub practised: usize,
    pub attempts: usize,
    pub average: Option<f32>,
    pub last: Option<NaiveDate>,
    /// For a quality statement: what good looks like, as the bank puts it (see
    /// [`Coverage::with_notes`]).
    pub good: Option<StatementNote>,
}

impl CoverageRow {
    pub fn covered(&self) -> bool {
        self.practised > 0
    }

    /// Practised share of its questions, 0 to 100.
    pub fn percent(&self) -> u16 {
        if self.questions == 0 {
            return if self.practised > 0 { 100 } else { 0 };
        }
        ((self.practised * 100) / self.questions).min(100) as u16
    }
}

/// The nine quality statements in the framework's order, and every topic.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub statements: Vec<CoverageRow>,
    pub topics: Vec<CoverageRow>,
}

impl Coverage {
    pub fn compute(questions: &[Question], history: &History) -> Coverage {
        // Statements and topics come from the bank when the question is still there (it may have
        // been re-tagged since), else from the note that asked it.
        let bank: HashMap<&str, &Question> = questions.iter().map(|q| (q.id.as_str(), q)).collect();
        let statements_of = |key: QuestionKey| -> Vec<QualityStatement> {
            let info = history.question(key);
            match bank.get(info.id.as_str()) {
                Some(q) => q.quality_statements.clone(),
                None => info.statements.iter().collect(),
            }
        };
        let topic_of = |key: QuestionKey| -> String {
            let info = history.question(key);
            bank.get(info.id.as_str())
                .map_or_else(|| info.topic.clone(), |q| q.topic.clone())
        };

        let mut statements: Vec<Tally> = QualityStatement::ALL
            .iter()
            .map(|_| Tally::default())
            .collect();
        let mut topics: BTreeMap<String, Tally> = BTreeMap::new();
        for q in questions {
            for s in &q.quality_statements {
                statements[*s as usize].questions += 1;
            }
            topics.entry(q.topic.clone()).or_default().questions += 1;
        }
        for (k, _) in history.questions.iter().enumerate() {
            let key = QuestionKey(k as u32);
            let attempts: Vec<&Attempt> = history.attempts_of(key).collect();
            if attempts.is_empty() {
                continue;
            }
            for s in statements_of(key) {
                statements[s as usize].add(&attempts);
            }
            topics.entry(topic_of(key)).or_default().add(&attempts);
        }
        Coverage {
            statements: QualityStatement::ALL
                .iter()
                .zip(statements)
                .map(|(s, t)| t.row(s.slug(), s.title()))
                .collect(),
            // In title order, as a PSW looks for a topic by its name, not its slug.
            topics: {
                let mut rows: Vec<CoverageRow> = topics
                    .into_iter()
                    .map(|(slug, t)| {
                        let title = topic_title(&slug);
                        t.row(&slug, &title)
                    })
                    .collect();
                rows.sort_by(|a, b| a.title.cmp(&b.title));
                rows
            },
        }
    }

    /// Adds each quality statement's "what good looks like" note, from `note` (usually
    /// [`crate::bank::Library::statement_note`]), so the PSW reads it beside their coverage.
    pub fn with_notes<'a>(
        mut self,
        note: impl Fn(QualityStatement) -> Option<&'a StatementNote>,
    ) -> Coverage {
        for (row, statement) in self.statements.iter_mut().zip(QualityStatement::ALL) {
            row.good = note(statement).cloned();
        }
        self
    }

    pub fn statements_covered(&self) -> usize {
        self.statements.iter().filter(|r| r.covered()).count()
    }

    pub fn uncovered_statements(&self) -> Vec<QualityStatement> {
        QualityStatement::ALL
            .into_iter()
            .zip(&self.statements)
            .filter(|(_, r)| !r.covered())
            .map(|(s, _)| s)
            .collect()
    }
}

#[derive(Default)]
struct Tally {
    questions: usize,
    practised: usize,
    attempts: usize,
    rating_sum: u32,
    rated: u32,
    last: Option<NaiveDate>,
}

impl Tally {
    fn add(&mut self, attempts: &[&Attempt]) {
        self.practised += 1;
        self.attempts += attempts.len();
        for a in attempts {
            if let Some(r) = a.rating {
                self.rating_sum += u32::from(r);
                self.rated += 1;
            }
            self.last = self.last.max(Some(a.started.date_naive()));
        }
    }

    fn row(self, slug: &str, title: &str) -> CoverageRow {
        CoverageRow {
            slug: slug.to_string(),
            title: title.to_string(),
            questions: self.questions,
            practised: self.practised,
            attempts: self.attempts,
            average: (self.rated > 0).then(|| self.rating_sum as f32 / self.rated as f32),
            last: self.last,
            good: None,
        }
    }
}

/// Weeks shown on the progress screen.
pub const WEEKS: usize = 12;

/// The figures behind the progress charts, up to and including `today`.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// The Monday of the first of the twelve weeks shown.
    pub first_monday: NaiveDate,
    /// Answers given each day, [week][weekday Monday = 0], oldest week first; days after today are `None`.
    pub calendar: Vec<[Option<usize>; 7]>,
    pub days_practised: usize,
    /// Days in a row up to today (or yesterday, so a streak is not broken before today's practice).
    pub streak: usize,
    /// The latest answers' time as a share of their target (1.0 is on target), oldest first.
    pub timing: Vec<f64>,
    /// Of the answers in `timing`, how many stayed within their target.
    pub within_target: usize,
    /// Average rating per week, oldest first, `None` for weeks with no rated answer.
    pub weekly_rating: Vec<Option<f64>>,
    pub answers: usize,
}

/// How many of the latest answers the timing chart shows.
pub const TIMING_POINTS: usize = 40;

impl Progress {
    pub fn compute(history: &History, today: NaiveDate) -> Progress {
        let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
        let first_monday = monday - Duration::weeks(WEEKS as i64 - 1);
        let mut calendar = vec![[None; 7]; WEEKS];
        for (w, week) in calendar.iter_mut().enumerate() {
            for (d, day) in week.iter_mut().enumerate() {
                let date = first_monday + Duration::days((w * 7 + d) as i64);
                if date <= today {
                    *day = Some(0);
                }
            }
        }
        let mut sums = vec![(0u32, 0u32); WEEKS];
        let mut dates: HashSet<NaiveDate> = HashSet::new();
        for a in &history.attempts {
            let date = a.started.date_naive();
            dates.insert(date);
            if date < first_monday || date > today {
                continue;
            }
            let offset = (date - first_monday).num_days() as usize;
            let (w, d) = (offset / 7, offset % 7);
            if let Some(n) = &mut calendar[w][d] {
                *n += 1;
            }
            if let Some(r) = a.rating {
                sums[w].0 += u32::from(r);
                sums[w].1 += 1;
            }
        }
        let mut streak = 0;
        let mut day = if dates.contains(&today) {
            today
        } else {
            today - Duration::days(1)
        };
        while dates.contains(&day) {
            streak += 1;
            day -= Duration::days(1);
        }
        let recent: Vec<&Attempt> = history
            .attempts
            .iter()
            .rev()
            // An answer saved with no time on the clock (plain mode from a pipe) was not timed:
            // it was counted "within" its target (walk 5, row 17).
            .filter(|a| a.target > 0 && a.seconds > 0 && a.started.date_naive() <= today)
            .take(TIMING_POINTS)
            .collect();
        let timing: Vec<f64> = recent
            .iter()
            .rev()
            .map(|a| f64::from(a.seconds) / f64::from(a.target))
            .collect();
        Progress {
            first_monday,
            days_practised: calendar
                .iter()
                .flatten()
                .filter(|d| d.is_some_and(|n| n > 0))
                .count(),
            calendar,
            streak,
            within_target: recent.iter().filter(|a| !a.over_target()).count(),
            timing,
            weekly_rating: sums
                .into_iter()
                .map(|(sum, n)| (n > 0).then(|| f64::from(sum) / f64::from(n)))
                .collect(),
            answers: history.attempts.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::fixtures::*;

    #[test]
    fn statements_and_topics_from_a_known_history() {
        let notes = vec![
            note_at(
                "2026-11-02T10:00:00+00:00",
                "a",
                &[("wt-01", 2), ("wt-02", 4)],
            ),
            note_at(
                "2026-11-09T10:00:00+00:00",
                "b",
                &[("wt-01", 3), ("qa-02", 0)],
            ),
        ];
        let c = Coverage::compute(&bank(), &history_of(&notes));
        let row = |slug: &str| c.statements.iter().find(|r| r.slug == slug).unwrap();
        let needs = row("assessing-needs");
        assert_eq!(
            (needs.questions, needs.practised, needs.attempts),
            (3, 2, 3)
        );
        assert_eq!(needs.average, Some(3.0));
        assert_eq!(needs.last, NaiveDate::from_ymd_opt(2026, 11, 9));
        assert_eq!(needs.percent(), 66);
        let gov = row("governance");
        assert_eq!(
            (gov.practised, gov.average),
            (1, None),
            "unrated still counts as practised"
        );
        assert!(row("equity").covered());
        assert!(!row("safeguarding").covered());
        assert_eq!(c.statements_covered(), 4);
        assert_eq!(
            c.uncovered_statements(),
            [
                QualityStatement::HealthierLives,
                QualityStatement::CareProvision,
                QualityStatement::Partnerships,
                QualityStatement::SafePathways,
                QualityStatement::Safeguarding
            ]
        );
        let waits = c.topics.iter().find(|r| r.slug == "waiting-times").unwrap();
        assert_eq!(
            (waits.title.as_str(), waits.questions, waits.practised),
            ("Waiting times", 2, 2)
        );
        assert_eq!(c.topics.len(), 10);
        let titles: Vec<&str> = c.topics.iter().map(|r| r.title.as_str()).collect();
        let mut sorted = titles.clone();
        sorted.sort_unstable();
        assert_eq!(titles, sorted, "topics in title order");
    }

    #[test]
    fn each_statement_row_carries_what_good_looks_like_from_the_bank() {
        let library = crate::bank::Library::load(None, &[]);
        let c = Coverage::compute(&bank(), &history_of(&[]));
        assert!(c.statements.iter().all(|r| r.good.is_none()));
        let c = c.with_notes(|s| library.statement_note(s));
        for (row, statement) in c.statements.iter().zip(QualityStatement::ALL) {
            let good = row
                .good
                .as_ref()
                .expect("the bundled bank has a note for each");
            assert_eq!(good.statement, statement);
            assert!(!good.what_good_looks_like.is_empty() && !good.source.is_empty());
        }
        assert!(
            c.topics.iter().all(|r| r.good.is_none()),
            "topics have none"
        );
    }

    #[test]
    fn a_question_retagged_in_the_bank_counts_where_the_bank_now_puts_it() {
        let notes = vec![note_at("2026-11-02T10:00:00+00:00", "a", &[("sg-01", 4)])];
        let mut questions = bank();
        questions[4].quality_statements = vec![QualityStatement::SafePathways];
        let c = Coverage::compute(&questions, &history_of(&notes));
        assert!(c.statements[QualityStatement::SafePathways as usize].covered());
        assert!(!c.statements[QualityStatement::Safeguarding as usize].covered());
    }

    #[test]
    fn an_answer_with_no_time_on_the_clock_is_not_counted_as_timed() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let mut piped = note_at(
            "2026-11-30T10:00:00+00:00",
            "piped",
            &[("wt-01", 3), ("qa-01", 3)],
        );
        for q in &mut piped.questions {
            q.total_seconds = 0;
        }
        let p = Progress::compute(&history_of(&[piped.clone()]), today);
        assert!(p.timing.is_empty(), "{:?}", p.timing);
        assert_eq!(p.within_target, 0);
        piped.questions[0].total_seconds = 90;
        let p = Progress::compute(&history_of(&[piped]), today);
        assert_eq!(p.timing, [0.6]);
        assert_eq!(p.within_target, 1);
    }

    #[test]
    fn progress_calendar_streak_timing_and_weekly_ratings() {
        // Tuesday 1 December 2026.
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let mut late = note_at(
            "2026-11-30T10:00:00+00:00",
            "b",
            &[("wt-01", 4), ("qa-01", 2)],
        );
        late.questions[1].total_seconds = 200;
        let notes = vec![
            note_at("2026-09-01T10:00:00+00:00", "old", &[("wt-01", 1)]),
            note_at("2026-11-29T10:00:00+00:00", "a", &[("wt-01", 5)]),
            late,
        ];
        let p = Progress::compute(&history_of(&notes), today);
        assert_eq!(
            p.first_monday,
            NaiveDate::from_ymd_opt(2026, 9, 14).unwrap()
        );
        assert_eq!(p.calendar.len(), 12);
        assert_eq!(
            p.calendar[11],
            [Some(2), Some(0), None, None, None, None, None]
        );
        assert_eq!(p.calendar[10][6], Some(1), "Sunday 29 November");
        assert_eq!(
            p.days_practised, 2,
            "1 September is before the twelve weeks"
        );
        assert_eq!(p.streak, 2, "yesterday and the day before; today not yet");
        assert_eq!(p.timing, [0.8, 0.8, 0.8, 200.0 / 150.0]);
        assert_eq!(p.within_target, 3);
        assert_eq!(p.weekly_rating[10], Some(5.0));
        assert_eq!(p.weekly_rating[11], Some(3.0));
        assert_eq!(p.weekly_rating[0], None);
        assert_eq!(p.answers, 4);
    }
}
