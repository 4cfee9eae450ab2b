//! Which questions are weakest, by evidence, and why.
//!
//! "Weakest" weighs what the notes say about the latest answer to each question: a low rating (the
//! PSW's own or a colleague's), gaps the analysis found (no evidence, no difference...), listen-for
//! cues not covered, time since it was last practised, and never having practised it at all. Each
//! part that counts is kept as a [`Reason`] so the screen can say why a question was chosen.
//!
//! "Practised least" is a different plan with its own name: fewest attempts, then longest ago,
//! whatever they were like.

use std::fmt;

use chrono::NaiveDate;

use crate::bank::model::Question;

use super::history::{Attempt, Gap, History};

/// Why a question counts as weak. Display gives the plain words the screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    NeverPractised,
    /// The PSW's own rating of the latest rated answer.
    RatedLow(u8),
    /// A colleague's rating in pair practice.
    ColleagueRatedLow(u8),
    Missing(Gap),
    /// Listen-for cues not ticked, out of how many.
    CuesMissed {
        missed: u8,
        of: u8,
    },
    NotPractisedFor {
        days: i64,
    },
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::NeverPractised => f.write_str("never practised"),
            Reason::RatedLow(r) => write!(f, "you rated it {r} of 5"),
            Reason::ColleagueRatedLow(r) => write!(f, "your colleague rated it {r} of 5"),
            Reason::Missing(gap) => f.write_str(gap.describe()),
            Reason::CuesMissed { missed, of } => write!(f, "{missed} of {of} cues missed"),
            Reason::NotPractisedFor { days } => write!(f, "not practised for {days} days"),
        }
    }
}

/// A question and how weak the evidence says it is. Higher `score` is weaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub id: String,
    pub score: f32,
    /// Strongest reason first.
    pub reasons: Vec<Reason>,
    pub attempts: usize,
    pub last: Option<NaiveDate>,
}

impl Ranked {
    /// "you rated it 2 of 5; no evidence (how you know)", for a line on screen.
    pub fn why(&self) -> String {
        let words: Vec<String> = self.reasons.iter().map(Reason::to_string).collect();
        if words.is_empty() {
            "kept fresh".to_string()
        } else {
            words.join("; ")
        }
    }
}

// The weights. A question rated 1 is weaker than one never tried; one never tried is about as weak
// as one rated 2: both need practice, and an untried question is an unknown on the day.
pub const NEVER: f32 = 6.0;
const STALE_AFTER_DAYS: i64 = 14;

fn rating_points(r: u8) -> f32 {
    match r {
        1 => 8.0,
        2 => 6.0,
        3 => 3.0,
        4 => 1.0,
        _ => 0.0,
    }
}

fn gap_points(g: Gap) -> f32 {
    match g {
        Gap::Evidence | Gap::Difference => 2.5,
        Gap::Done => 2.0,
        _ => 1.0,
    }
}

/// Every question in `questions`, weakest first. Ties go to the question practised longer ago,
/// then to the id, so the order never depends on hashing.
pub fn weakest(questions: &[Question], history: &History, today: NaiveDate) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = questions
        .iter()
        .map(|q| assess(&q.id, history, today))
        .collect();
    ranked.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.last.cmp(&b.last))
            .then_with(|| a.id.cmp(&b.id))
    });
    ranked
}

/// Fewest attempts first, then practised longest ago, then id. A different plan from weakest.
pub fn practised_least(questions: &[Question], history: &History) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = questions
        .iter()
        .map(|q| {
            let attempts: Vec<&Attempt> = history
                .key(&q.id)
                .map(|k| history.attempts_of(k).collect())
                .unwrap_or_default();
            Ranked {
                id: q.id.clone(),
                score: -(attempts.len() as f32),
                reasons: if attempts.is_empty() {
                    vec![Reason::NeverPractised]
                } else {
                    vec![]
                },
                attempts: attempts.len(),
                last: attempts.last().map(|a| a.started.date_naive()),
            }
        })
        .collect();
    ranked.sort_by(|a, b| {
        a.attempts
            .cmp(&b.attempts)
            .then_with(|| a.last.cmp(&b.last))
            .then_with(|| a.id.cmp(&b.id))
    });
    ranked
}

/// The evidence on one question.
pub fn assess(id: &str, history: &History, today: NaiveDate) -> Ranked {
    let attempts: Vec<&Attempt> = history
        .key(id)
        .map(|k| history.attempts_of(k).collect())
        .unwrap_or_default();
    let Some(latest) = attempts.last() else {
        return Ranked {
            id: id.to_string(),
            score: NEVER,
            reasons: vec![Reason::NeverPractised],
            attempts: 0,
            last: None,
        };
    };
    let mut parts: Vec<(f32, Reason)> = Vec::new();
    // The latest rating given is what the PSW thinks now; an unrated latest answer says nothing.
    if let Some(r) = attempts.iter().rev().find_map(|a| a.rating) {
        parts.push((rating_points(r), Reason::RatedLow(r)));
    }
    if let Some(r) = attempts.iter().rev().find_map(|a| a.colleague) {
        // Both ratings may be low; the weaker one carries the score, the other still shows.
        parts.push((rating_points(r), Reason::ColleagueRatedLow(r)));
    }
    let rating_score = parts.iter().map(|p| p.0).fold(0.0, f32::max);
    let mut score = rating_score;
    parts.retain(|(points, _)| *points >= rating_points(3));

    if let Some(gaps) = latest.gaps {
        let gap_score: f32 = gaps.iter().map(gap_points).sum();
        score += gap_score.min(5.0);
        parts.extend(gaps.iter().map(|g| (gap_points(g), Reason::Missing(g))));
    }
    if let Some((ticked, of)) = latest.cues
        && of > 0
        && ticked < of
    {
        let missed = of - ticked;
        let points = 3.0 * f32::from(missed) / f32::from(of);
        score += points;
        parts.push((points, Reason::CuesMissed { missed, of }));
    }
    let last = latest.started.date_naive();
    let days = (today - last).num_days().max(0);
    score += (days as f32 / 7.0).min(4.0);
    if days >= STALE_AFTER_DAYS {
        parts.push((
            (days as f32 / 7.0).min(4.0),
            Reason::NotPractisedFor { days },
        ));
    }
    parts.sort_by(|a, b| b.0.total_cmp(&a.0));
    Ranked {
        id: id.to_string(),
        score,
        reasons: parts.into_iter().map(|p| p.1).collect(),
        attempts: attempts.len(),
        last: Some(last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::fixtures::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    #[test]
    fn low_ratings_and_never_practised_come_first_with_their_reasons() {
        let notes = vec![
            note_at(
                "2026-11-30T10:00:00+00:00",
                "mock",
                &[("wt-01", 1), ("wt-02", 2), ("qa-01", 5), ("qa-02", 4)],
            ),
            note_at(
                "2026-11-30T11:00:00+00:00",
                "mock",
                &[("sg-01", 3), ("pa-01", 5), ("tr-01", 5), ("ca-01", 5)],
            ),
            note_at(
                "2026-11-30T12:00:00+00:00",
                "mock",
                &[("cp-01", 5), ("ed-01", 5), ("wf-01", 5)],
            ),
        ];
        let h = history_of(&notes);
        let ranked = weakest(&bank(), &h, today());
        let ids: Vec<&str> = ranked.iter().map(|r| r.id.as_str()).collect();
        // Rated 1, rated 2 a day ago, never tried, then rated 3 and 4; the 5s last.
        assert_eq!(&ids[..5], ["wt-01", "wt-02", "pr-01", "sg-01", "qa-02"]);
        assert_eq!(ranked[0].why(), "you rated it 1 of 5");
        assert_eq!(ranked[1].why(), "you rated it 2 of 5");
        assert_eq!(ranked[2].why(), "never practised");
        assert_eq!(ranked[3].why(), "you rated it 3 of 5");
        assert_eq!(ranked.last().unwrap().why(), "kept fresh");
    }

    #[test]
    fn time_since_practised_tips_the_balance_and_is_named() {
        let notes = vec![
            note_at("2026-10-01T10:00:00+00:00", "a", &[("qa-01", 4)]),
            note_at("2026-11-30T10:00:00+00:00", "b", &[("qa-02", 4)]),
        ];
        let h = history_of(&notes);
        let old = assess("qa-01", &h, today());
        let fresh = assess("qa-02", &h, today());
        assert!(old.score > fresh.score);
        assert_eq!(old.reasons, [Reason::NotPractisedFor { days: 61 }]);
        assert!(fresh.reasons.is_empty());
        assert_eq!(old.why(), "not practised for 61 days");
    }

    #[test]
    fn gaps_cues_and_a_colleagues_rating_count() {
        let notes = vec![note_at(
            "2026-11-30T10:00:00+00:00",
            "pair",
            &[("wt-01", 4), ("wt-02", 4)],
        )];
        let mut h = history_of(&notes);
        let a = &mut h.attempts[0];
        a.gaps = Some([Gap::Evidence, Gap::People].into_iter().collect());
        a.cues = Some((1, 4));
        a.colleague = Some(2);
        let r = assess("wt-01", &h, today());
        assert_eq!(
            r.reasons,
            [
                Reason::ColleagueRatedLow(2),
                Reason::Missing(Gap::Evidence),
                Reason::CuesMissed { missed: 3, of: 4 },
                Reason::Missing(Gap::People),
            ]
        );
        assert_eq!(
            r.why(),
            "your colleague rated it 2 of 5; no evidence of how you know; 3 of 4 cues missed; no people it made a difference for"
        );
        // 6 (colleague's 2) + 3.5 gaps + 2.25 cues + 1/7 of a day's staleness.
        assert!(
            (r.score - (6.0 + 3.5 + 2.25 + 1.0 / 7.0)).abs() < 1e-4,
            "{}",
            r.score
        );
        assert!(r.score > assess("wt-02", &h, today()).score);
    }

    #[test]
    fn the_latest_rating_given_is_the_one_that_counts() {
        let notes = vec![
            note_at("2026-11-01T10:00:00+00:00", "a", &[("wt-01", 1)]),
            note_at("2026-11-29T10:00:00+00:00", "b", &[("wt-01", 4)]),
            note_at("2026-11-30T10:00:00+00:00", "c", &[("wt-01", 0)]),
        ];
        let r = assess("wt-01", &history_of(&notes), today());
        assert_eq!(r.attempts, 3);
        assert!(r.reasons.is_empty(), "{:?}", r.reasons);
        assert!(r.score < 2.0);
    }

    #[test]
    fn practised_least_is_its_own_order() {
        let notes = vec![
            note_at("2026-11-01T10:00:00+00:00", "a", &[("wt-01", 1)]),
            note_at(
                "2026-11-20T10:00:00+00:00",
                "b",
                &[("qa-01", 5), ("qa-02", 5)],
            ),
            note_at("2026-11-21T10:00:00+00:00", "c", &[("qa-01", 5)]),
        ];
        let h = history_of(&notes);
        let ranked = practised_least(&bank(), &h);
        let ids: Vec<&str> = ranked.iter().map(|r| r.id.as_str()).collect();
        // Nine never practised (by id), then once long ago, once lately, twice.
        assert_eq!(&ids[9..], ["wt-01", "qa-02", "qa-01"]);
        assert!(
            ranked[..9]
                .iter()
                .all(|r| r.reasons == [Reason::NeverPractised])
        );
    }
}
