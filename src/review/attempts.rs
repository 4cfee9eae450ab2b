//! Every attempt at one question: latest against best, the rating trend, and refining an answer.

use chrono::{DateTime, FixedOffset};

use crate::notes::{FORMAT_VERSION, Note, NoteProblem, NoteQuestion, NotesStore};

use super::history::{Attempt, History, QuestionKey};

/// The attempts at one question, oldest first, with which is latest and which is best.
#[derive(Debug, Clone, PartialEq)]
pub struct AttemptsView {
    pub key: QuestionKey,
    /// Indexes into [`History::attempts`], oldest first.
    pub attempts: Vec<u32>,
    /// Positions in `attempts`.
    pub latest: usize,
    pub best: usize,
}

impl AttemptsView {
    pub fn of(history: &History, key: QuestionKey) -> Option<AttemptsView> {
        let list: Vec<&Attempt> = history.attempts_of(key).collect();
        if list.is_empty() {
            return None;
        }
        let attempts = history.attempt_indices(key).to_vec();
        Some(AttemptsView {
            key,
            latest: list.len() - 1,
            best: best_of(&list),
            attempts,
        })
    }

    pub fn get<'h>(&self, history: &'h History, i: usize) -> &'h Attempt {
        &history.attempts[self.attempts[i] as usize]
    }

    pub fn latest<'h>(&self, history: &'h History) -> &'h Attempt {
        self.get(history, self.latest)
    }

    pub fn best<'h>(&self, history: &'h History) -> &'h Attempt {
        self.get(history, self.best)
    }

    /// The PSW's ratings, oldest first (unrated attempts left out).
    pub fn trend(&self, history: &History) -> Vec<u8> {
        (0..self.attempts.len())
            .filter_map(|i| self.get(history, i).rating)
            .collect()
    }

    /// "rising: 2 → 3 → 4", "falling: 4 → 2", "steady at 3", or "not rated yet". Past six
    /// ratings, the latest six, which is what the PSW is working on: "rising over the last 6: …".
    pub fn trend_words(&self, history: &History) -> String {
        const SHOWN: usize = 6;
        let all = self.trend(history);
        let trend = &all[all.len().saturating_sub(SHOWN)..];
        let arrows = trend
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(" → ");
        let over = if all.len() > SHOWN {
            format!(" over the last {SHOWN}")
        } else {
            String::new()
        };
        match (trend.first(), trend.last()) {
            (None, _) | (_, None) => "not rated yet".to_string(),
            (Some(a), _) if trend.len() == 1 => format!("rated {a} once"),
            (Some(a), Some(b)) if b > a => format!("rising{over}: {arrows}"),
            (Some(a), Some(b)) if b < a => format!("falling{over}: {arrows}"),
            (Some(a), _) => format!("steady at {a}{over}: {arrows}"),
        }
    }
}

/// The best attempt: the highest rated (the lower of self and colleague when both rated), the
/// later of equals, unless the PSW marked one as best in its note. Refined answers from before
/// refining asked for a rating were marked best by the app, not by the PSW: that mark is not a
/// choice and does not count.
pub fn best_of(list: &[&Attempt]) -> usize {
    if let Some(i) = list.iter().rposition(|a| a.best && !a.refined) {
        return i;
    }
    let mut best = list.len() - 1;
    let mut best_rating = list[best].weakest_rating();
    for (i, a) in list.iter().enumerate().rev() {
        if a.weakest_rating() > best_rating {
            best = i;
            best_rating = a.weakest_rating();
        }
    }
    best
}

/// The note and question an attempt came from, read back from disk for its words.
pub fn read_attempt(history: &History, attempt: &Attempt) -> Result<(Note, usize), NoteProblem> {
    let session = history.session_of(attempt);
    let note = NotesStore::read(&session.path)?;
    let position = usize::from(attempt.position);
    if position >= note.questions.len() {
        return Err(NoteProblem {
            path: session.path.clone(),
            line: 0,
            message: "this note has changed since it was listed; open review again".to_string(),
        });
    }
    Ok((note, position))
}

/// A new note holding a refined answer: the original question with the PSW's edited parts and
/// the PSW's own rating of them (never the old rating, which was of other words), naming the
/// session it came from. It is not marked best: the best is the highest rated. The original note
/// is never touched; the caller saves this one as a new file.
pub fn refine_note(
    original: &Note,
    edited: NoteQuestion,
    rating: Option<u8>,
    session_id: String,
    now: DateTime<FixedOffset>,
) -> Note {
    let mut question = edited;
    question.recovered = false;
    question.rating = rating.filter(|r| (1..=5).contains(r));
    // The colleague's marks and rating, and the reflection, were about the old words.
    question.pair = None;
    question.reflection = None;
    question.best = false;
    super::history::mark_refined(&mut question, &original.session_id);
    let id = question.id.clone();
    Note {
        format: FORMAT_VERSION,
        session_id,
        plan: format!("refine {id}"),
        plan_title: "Refined answer".to_string(),
        banks: original.banks.clone(),
        started: now,
        finished: Some(now),
        style: original.style,
        questions: vec![question],
        ..Note::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::fixtures::*;

    #[test]
    fn latest_against_best_and_the_trend() {
        let notes = vec![
            note_at("2026-11-01T10:00:00+00:00", "a", &[("wt-01", 2)]),
            note_at(
                "2026-11-05T10:00:00+00:00",
                "b",
                &[("wt-01", 4), ("qa-01", 3)],
            ),
            note_at("2026-11-09T10:00:00+00:00", "c", &[("wt-01", 3)]),
            note_at("2026-11-10T10:00:00+00:00", "d", &[("wt-01", 0)]),
        ];
        let h = history_of(&notes);
        let v = AttemptsView::of(&h, h.key("wt-01").unwrap()).unwrap();
        assert_eq!(v.attempts.len(), 4);
        assert_eq!(v.latest, 3);
        assert_eq!(v.best, 1);
        assert_eq!(v.best(&h).rating, Some(4));
        assert_eq!(h.session_of(v.best(&h)).plan, "b");
        assert_eq!(v.trend(&h), [2, 4, 3]);
        assert_eq!(v.trend_words(&h), "rising: 2 → 4 → 3");
        let qa = AttemptsView::of(&h, h.key("qa-01").unwrap()).unwrap();
        assert_eq!(qa.trend_words(&h), "rated 3 once");
        assert_eq!((qa.latest, qa.best), (0, 0));
        assert_eq!(h.session_of(qa.latest(&h)).plan, "b");
        // A long run of attempts: the latest six, and the trend over them.
        let notes: Vec<_> = [4, 5, 1, 2, 2, 3, 3, 4, 4]
            .iter()
            .enumerate()
            .map(|(i, r)| {
                note_at(
                    &format!("2026-11-{:02}T10:00:00+00:00", i + 1),
                    "a",
                    &[("wt-01", *r)],
                )
            })
            .collect();
        let h = history_of(&notes);
        let v = AttemptsView::of(&h, h.key("wt-01").unwrap()).unwrap();
        assert_eq!(
            v.trend_words(&h),
            "rising over the last 6: 2 → 2 → 3 → 3 → 4 → 4"
        );
    }

    #[test]
    fn a_marked_best_wins_over_ratings() {
        let notes = vec![
            note_at("2026-11-01T10:00:00+00:00", "a", &[("wt-01", 5)]),
            note_at("2026-11-05T10:00:00+00:00", "b", &[("wt-01", 4)]),
            note_at("2026-11-06T10:00:00+00:00", "c", &[("wt-01", 2)]),
        ];
        let mut h = history_of(&notes);
        h.attempts[1].best = true;
        let v = AttemptsView::of(&h, h.key("wt-01").unwrap()).unwrap();
        assert_eq!(v.best, 1);
    }

    /// A refined answer the PSW has not rated stays out of the trend and is not the best; one
    /// marked best by an older version of the app (not by the PSW) does not beat a higher rating.
    #[test]
    fn an_unrated_or_app_marked_refined_answer_is_not_the_best() {
        let notes = vec![
            note_at("2026-11-01T10:00:00+00:00", "a", &[("wt-01", 2)]),
            note_at("2026-11-05T10:00:00+00:00", "b", &[("wt-01", 4)]),
            note_at("2026-11-06T10:00:00+00:00", "c", &[("wt-01", 0)]),
        ];
        let mut h = history_of(&notes);
        h.attempts[2].refined = true;
        let v = AttemptsView::of(&h, h.key("wt-01").unwrap()).unwrap();
        assert_eq!(v.best, 1);
        assert_eq!(v.trend_words(&h), "rising: 2 → 4");
        h.attempts[2].best = true;
        h.attempts[2].rating = Some(2);
        let v = AttemptsView::of(&h, h.key("wt-01").unwrap()).unwrap();
        assert_eq!(v.best, 1, "an old refined copy marked best by the app");
    }

    #[test]
    fn refining_saves_a_new_best_note_and_keeps_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let original = note_at(
            "2026-11-01T10:00:00+00:00",
            "a",
            &[("wt-01", 2), ("qa-01", 3)],
        );
        let original_path = store.save(&original).unwrap();
        let original_text = std::fs::read_to_string(&original_path).unwrap();

        let h = History::load(&store, &|_, _| {});
        let view = AttemptsView::of(&h, h.key("wt-01").unwrap()).unwrap();
        let (note, position) = read_attempt(&h, view.latest(&h)).unwrap();
        assert_eq!(position, 0);
        let mut edited = note.questions[position].clone();
        edited.answers[1].text = "Waits fell from 41 to 19 days; 12 people told us so.".into();
        let now = DateTime::parse_from_rfc3339("2026-11-02T09:00:00+00:00").unwrap();
        let refined = refine_note(&note, edited, Some(4), "refined-1".into(), now);
        let refined_path = store.save(&refined).unwrap();

        assert_ne!(refined_path, original_path);
        assert_eq!(
            std::fs::read_to_string(&original_path).unwrap(),
            original_text
        );
        let back = NotesStore::read(&refined_path).unwrap();
        assert_eq!(back.questions.len(), 1);
        assert_eq!(
            back.questions[0].rating,
            Some(4),
            "its own rating, not the old 2"
        );
        assert!(
            !back.questions[0].best,
            "best is the highest rated, not a mark"
        );
        assert_eq!(
            back.questions[0].refined_from.as_deref(),
            Some(original.session_id.as_str())
        );
        assert_eq!(back.plan_title, "Refined answer");

        let h = History::load(&store, &|_, _| {});
        let view = AttemptsView::of(&h, h.key("wt-01").unwrap()).unwrap();
        assert_eq!(view.attempts.len(), 2, "the original is still an attempt");
        assert_eq!(view.best, 1, "rated 4 against the original's 2");
        assert!(view.best(&h).refined);
        let (best, at) = read_attempt(&h, view.best(&h)).unwrap();
        assert!(
            best.questions[at].answers[1]
                .text
                .contains("12 people told us so")
        );
        let (first, at) = read_attempt(&h, view.get(&h, 0)).unwrap();
        assert_eq!(
            first.questions[at].answers[1].text,
            "Waits fell from 41 to 19 days."
        );
    }
}
