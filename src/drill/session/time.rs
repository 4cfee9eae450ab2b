//! How long each part of a rehearsal took: the running time is credited to the part on screen
//! (a prompt, a follow-up) whenever the stage changes or the clocks stop, and every reading
//! adds what is still running. Pauses and the rating are not answering time.

use std::time::Duration;

use super::{Item, Session, Stage};
use crate::bank::model::Question;
use crate::drill::clock::Clock;
use crate::drill::stopwatch::Ended;

impl<C: Clock> Session<C> {
    pub fn pause(&mut self) {
        self.settle();
        self.watch.pause();
    }

    pub fn resume(&mut self) {
        self.watch.resume(self.clock.now());
    }

    pub fn is_paused(&self) -> bool {
        self.watch.is_paused()
    }

    /// Time not yet credited to any stage.
    pub(super) fn running(&self) -> Duration {
        self.watch.running(self.clock.now(), self.ended())
    }

    pub(super) fn ended(&self) -> Ended {
        Ended::when(self.stage == Stage::Finished)
    }

    /// Credits running time to the current stage; called before anything changes the stage or pauses.
    pub(super) fn settle(&mut self) {
        let run = self.watch.settle(self.clock.now(), self.ended());
        let stage = self.stage;
        if let Some(item) = self.current_mut() {
            match stage {
                Stage::Prompt(i) => {
                    if let Some(t) = item.prompt_time.get_mut(i) {
                        *t += run;
                    }
                }
                Stage::FollowUp => {
                    if let Some(f) = item.follow_ups.get_mut(item.follow_up_at) {
                        f.time += run;
                    }
                }
                Stage::Rating | Stage::Finished => {}
            }
        }
    }

    pub(super) fn prompt_time(&self, question: usize, prompt: usize) -> Duration {
        let credited = self
            .items
            .get(question)
            .and_then(|item| item.prompt_time.get(prompt))
            .copied()
            .unwrap_or_default();
        if question == self.index && self.stage == Stage::Prompt(prompt) {
            credited + self.running()
        } else {
            credited
        }
    }

    /// Time on every follow-up of a question.
    pub(super) fn follow_up_time(&self, question: usize) -> Duration {
        let credited = self
            .items
            .get(question)
            .map(Item::follow_up_time)
            .unwrap_or_default();
        if question == self.index && self.stage == Stage::FollowUp {
            credited + self.running()
        } else {
            credited
        }
    }

    /// Time on one follow-up, the running time included when it is on screen.
    pub(super) fn one_follow_up_time(&self, question: usize, at: usize) -> Duration {
        let Some(item) = self.items.get(question) else {
            return Duration::ZERO;
        };
        let credited = item.follow_ups.get(at).map(|f| f.time).unwrap_or_default();
        if question == self.index && self.stage == Stage::FollowUp && item.follow_up_at == at {
            credited + self.running()
        } else {
            credited
        }
    }

    pub(super) fn question_time(&self, question: usize) -> Duration {
        let prompts = self
            .items
            .get(question)
            .map_or(0, |item| item.prompts.len());
        (0..prompts)
            .map(|p| self.prompt_time(question, p))
            .sum::<Duration>()
            + self.follow_up_time(question)
    }

    /// Lets go of the time on the question on screen when nothing was typed, rated or ticked in
    /// it, so the note and summary leave it out as not reached: plain mode's input ending while a
    /// question is read out (a screen reader takes some seconds) saved it as "started" and counted
    /// it practised (the twelfth walk's row 8). A question with anything in it keeps its time.
    pub fn forget_untouched_question(&mut self) {
        let typed = |t: &str| !t.trim().is_empty();
        let untouched = self.current().is_some_and(|item| {
            item.rating.is_none()
                && !typed(&item.reflection)
                && item.answers.iter().all(|a| !typed(a))
                && item.follow_ups.iter().all(|f| !typed(&f.text))
                && !item.cues_ticked.iter().any(|t| *t)
        });
        if !untouched {
            return;
        }
        // Stopped, so no more time runs on it while the note is written.
        self.pause();
        if let Some(item) = self.current_mut() {
            item.prompt_time
                .iter_mut()
                .for_each(|t| *t = Duration::ZERO);
            item.follow_ups
                .iter_mut()
                .for_each(|f| f.time = Duration::ZERO);
        }
    }

    /// Time in the current prompt or follow-up, across every visit; zero in the rating.
    pub fn stage_elapsed(&self) -> Duration {
        match self.stage {
            Stage::Prompt(i) => self.prompt_time(self.index, i),
            Stage::FollowUp => self.current().map_or(Duration::ZERO, |item| {
                self.one_follow_up_time(self.index, item.follow_up_at)
            }),
            Stage::Rating | Stage::Finished => Duration::ZERO,
        }
    }

    /// Prompts and follow-up of the current question; the rating is thinking time, not answering.
    pub fn question_elapsed(&self) -> Duration {
        self.question_time(self.index)
    }

    pub fn question_target(&self) -> Duration {
        self.question().map_or(Duration::ZERO, Question::target)
    }

    pub fn is_over_target(&self) -> bool {
        self.question().is_some() && self.question_elapsed() > self.question_target()
    }

    pub fn session_elapsed(&self) -> Duration {
        self.watch.elapsed(self.clock.now(), self.ended())
    }
}
