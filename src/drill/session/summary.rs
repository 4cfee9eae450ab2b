//! What the summary screen shows at the end of a rehearsal, free of any terminal concerns.

use super::Session;
use crate::drill::clock::Clock;

impl<C: Clock> Session<C> {
    pub fn summary(&self) -> Summary {
        let questions = self.items[..self.reached()]
            .iter()
            .enumerate()
            .map(|(qi, item)| {
                let total = self.question_time(qi);
                let target = item.question.target();
                QuestionSummary {
                    id: item.question.id.clone(),
                    ask: item.question.ask.clone(),
                    prompts: item
                        .prompts
                        .iter()
                        .enumerate()
                        .map(|(pi, p)| PromptSummary {
                            ask: p.ask.clone(),
                            seconds: self.prompt_time(qi, pi).as_secs(),
                        })
                        .collect(),
                    follow_ups: item
                        .follow_ups
                        .iter()
                        .enumerate()
                        .map(|(at, f)| FollowUpSummary {
                            ask: f.probe.ask.clone(),
                            seconds: self.one_follow_up_time(qi, at).as_secs(),
                            skipped: f.skipped,
                        })
                        .collect(),
                    total_seconds: total.as_secs(),
                    target_seconds: item.question.target_seconds,
                    over_target: total > target,
                    cues: item.cues_ticked.len(),
                    cues_covered: item.cues_ticked.iter().filter(|t| **t).count(),
                    rating: item.rating,
                }
            })
            .collect();
        Summary {
            plan: self.setup.plan_label.clone(),
            questions,
            answered: self.answered(),
            planned: self.items.len(),
            session_seconds: self.session_elapsed().as_secs(),
            finished: self.is_finished(),
            left_out: None,
        }
    }
}

/// What the summary screen shows, free of any terminal concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub plan: String,
    /// Every question reached, the current one included.
    pub questions: Vec<QuestionSummary>,
    pub answered: usize,
    pub planned: usize,
    pub session_seconds: u64,
    pub finished: bool,
    /// What was said but is not in the note, in a sentence with how to get it (a recording
    /// still being transcribed when the PSW saved without waiting), shown where the note is.
    pub left_out: Option<String>,
}

impl Summary {
    pub fn over_target_count(&self) -> usize {
        self.questions.iter().filter(|q| q.over_target).count()
    }

    /// Listen-for cues ticked and offered, over every question reached.
    pub fn cues_covered(&self) -> (usize, usize) {
        self.questions
            .iter()
            .fold((0, 0), |(c, n), q| (c + q.cues_covered, n + q.cues))
    }

    /// How many questions were answered (rated, or passed), and how many were begun and kept as
    /// they stood but never reached their rating (the input ended, or the PSW saved mid-question),
    /// said the same on the summary screen and in plain mode.
    pub fn answered_words(&self) -> String {
        let (answered, planned) = (self.answered, self.planned);
        let started = self.questions.len().saturating_sub(answered);
        let questions = |n: usize| if n == 1 { "question" } else { "questions" };
        let begun = format!(
            "{started} {} started and saved, not yet rated",
            questions(started)
        );
        match (answered, started) {
            (_, 0) => format!("{answered} of {planned} {} answered", questions(planned)),
            (0, _) => format!("{begun} ({planned} planned)"),
            _ => format!(
                "{answered} of {planned} {} answered, and {begun}",
                questions(planned)
            ),
        }
    }

    pub fn average_rating(&self) -> Option<f64> {
        let ratings: Vec<f64> = self
            .questions
            .iter()
            .filter_map(|q| q.rating.map(f64::from))
            .collect();
        (!ratings.is_empty()).then(|| ratings.iter().sum::<f64>() / ratings.len() as f64)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionSummary {
    pub id: String,
    pub ask: String,
    pub prompts: Vec<PromptSummary>,
    /// Every follow-up asked, in order.
    pub follow_ups: Vec<FollowUpSummary>,
    pub total_seconds: u64,
    pub target_seconds: u32,
    pub over_target: bool,
    /// How many "what assessors listen for" cues the question has, and how many the PSW ticked.
    pub cues: usize,
    pub cues_covered: usize,
    pub rating: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromptSummary {
    pub ask: String,
    pub seconds: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpSummary {
    pub ask: String,
    pub seconds: u64,
    pub skipped: bool,
}
