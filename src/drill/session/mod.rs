//! The timed rehearsal itself: a state machine the screens drive with Tab, Shift-Tab and keys.
//! Here: the questions, where the session stands, the text and ticks of each part, and the
//! follow-ups drawn. Beside it: how long each part took (`time.rs`), the session as a note and a
//! draft and back (`record.rs`), and the summary at the end (`summary.rs`).
//!
//! All time comes from the `Clock`, so every timing here is exact under a `FakeClock`.

mod record;
mod summary;
mod time;

pub use summary::{FollowUpSummary, PromptSummary, QuestionSummary, Summary};

use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use rand::SeedableRng;
use rand::rngs::StdRng;

use std::rc::Rc;

use crate::bank::model::{Kind, Prompt, Question};
use crate::insight::Lexicon;
use crate::notes::model::AnswerStyle;

use super::clock::Clock;
use super::probe::{self, Heard, Probe};
use super::stopwatch::Stopwatch;

pub const RATING_TITLE: &str = "How well did that go?";
const FINISHED_TITLE: &str = "Session complete";
pub const RATINGS: std::ops::RangeInclusive<u8> = 1..=5;

/// Where the session is within the current question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Answering the prompt at this index ("What have you done?" ...).
    Prompt(usize),
    FollowUp,
    Rating,
    Finished,
}

/// One part of one question: where a recording's words go once transcribed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartAt {
    /// The question's place in the session, from 0.
    pub question: usize,
    pub part: PartSlot,
}

/// A prompt (from 0) or a follow-up (from 0, in the order asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartSlot {
    Prompt(usize),
    FollowUp(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSetup {
    pub plan_label: String,
    pub banks: Vec<String>,
    pub style: AnswerStyle,
    /// Drives the session id and any follow-up drawn at random, so a session can be replayed.
    pub seed: u64,
}

/// A follow-up put to the PSW, and their answer to it.
#[derive(Debug, Clone)]
pub struct AskedProbe {
    pub probe: Probe,
    pub text: String,
    time: Duration,
    pub skipped: bool,
    /// The words as transcribed, when this follow-up was recorded.
    heard: Option<String>,
}

/// Everything said and timed for one question.
#[derive(Debug, Clone)]
struct Item {
    question: Question,
    prompts: Vec<Prompt>,
    answers: Vec<String>,
    /// The words as transcribed, for each prompt that was recorded.
    heard: Vec<Option<String>>,
    prompt_time: Vec<Duration>,
    /// The follow-ups asked so far, in order; each is fixed once asked.
    follow_ups: Vec<AskedProbe>,
    /// Which of `follow_ups` is on screen while in [`Stage::FollowUp`].
    follow_up_at: usize,
    /// True once the session has looked for one more follow-up and found none.
    no_more_probes: bool,
    /// One per `question.listen_for` cue: ticked when the PSW says the answer covered it.
    cues_ticked: Vec<bool>,
    rating: Option<u8>,
    reflection: String,
}

impl Item {
    fn new(question: Question, prompts: Vec<Prompt>) -> Item {
        // A question must have something to answer; the bank's own three are the safe fallback.
        let prompts = if prompts.is_empty() {
            Prompt::default_three()
        } else {
            prompts
        };
        Item {
            answers: vec![String::new(); prompts.len()],
            heard: vec![None; prompts.len()],
            prompt_time: vec![Duration::ZERO; prompts.len()],
            cues_ticked: vec![false; question.listen_for.len()],
            question,
            prompts,
            follow_ups: Vec::new(),
            follow_up_at: 0,
            no_more_probes: false,
            rating: None,
            reflection: String::new(),
        }
    }

    fn last_prompt(&self) -> usize {
        self.prompts.len().saturating_sub(1)
    }

    fn follow_up_time(&self) -> Duration {
        self.follow_ups.iter().map(|f| f.time).sum()
    }

    /// Every part of the answer so far, follow-ups included, as the analysis reads them.
    fn parts(&self) -> Vec<(&str, &str)> {
        self.prompts
            .iter()
            .zip(&self.answers)
            .map(|(p, a)| (p.id.as_str(), a.as_str()))
            .chain(
                self.follow_ups
                    .iter()
                    .map(|f| ("follow-up", f.text.as_str())),
            )
            .collect()
    }
}

/// How many follow-ups a question gets: `focused` for focused questions, at most one for the others
/// (scene-setting and broad questions are pressed less in the real interview).
pub fn probes_for_kind(kind: Kind, focused: usize) -> usize {
    match kind {
        Kind::Focused => focused,
        Kind::SceneSetting | Kind::Broad => focused.min(1),
    }
}

/// The default number of follow-ups for focused questions: two in a mock interview, as an assessor
/// presses a focused line of enquiry, and one elsewhere.
pub fn default_probes(plan_label: &str) -> usize {
    if plan_label == super::Plan::Mock.label() {
        2
    } else {
        1
    }
}

pub struct Session<C: Clock> {
    setup: SessionSetup,
    items: Vec<Item>,
    /// Equals `items.len()` once finished.
    index: usize,
    stage: Stage,
    clock: C,
    rng: StdRng,
    session_id: String,
    started: DateTime<FixedOffset>,
    /// Recorded at the moment of finishing so the note does not change each time it is saved.
    finished: Option<DateTime<FixedOffset>>,
    /// Session time, pauses excluded (rating and feedback included).
    watch: Stopwatch,
    /// Follow-ups for a focused question (see [`probes_for_kind`]).
    focused_probes: usize,
    /// Reads answers to find their gaps; the bundled word lists unless the shell gives the PSW's own.
    lexicon: Option<Rc<Lexicon>>,
}

/// The rehearsal's clocks, for help to stop (`HelpPause`).
impl<C: Clock> super::stopwatch::Pausable for Session<C> {
    fn is_paused(&self) -> bool {
        Session::is_paused(self)
    }
    fn is_finished(&self) -> bool {
        Session::is_finished(self)
    }
    fn pause(&mut self) {
        Session::pause(self);
    }
    fn resume(&mut self) {
        Session::resume(self);
    }
}

impl<C: Clock> Session<C> {
    pub fn new(
        setup: SessionSetup,
        questions: Vec<(Question, Vec<Prompt>)>,
        clock: C,
    ) -> Session<C> {
        let mut rng = StdRng::seed_from_u64(setup.seed);
        let setup_plan = setup.plan_label.clone();
        let started = clock.local_now();
        let session_id = super::new_session_id(started, &mut rng);
        let items: Vec<Item> = questions
            .into_iter()
            .map(|(q, prompts)| Item::new(q, prompts))
            .collect();
        let (stage, finished) = if items.is_empty() {
            (Stage::Finished, Some(started))
        } else {
            (Stage::Prompt(0), None)
        };
        Session {
            setup,
            items,
            index: 0,
            stage,
            watch: Stopwatch::start(clock.now(), Duration::ZERO),
            clock,
            rng,
            session_id,
            started,
            finished,
            focused_probes: default_probes(&setup_plan),
            lexicon: None,
        }
    }

    /// Follow-ups per focused question.
    pub fn probes(&self) -> usize {
        self.focused_probes
    }

    /// Up to `n` follow-ups for each focused question (one at most for the others; 0 turns them off).
    pub fn with_probes(mut self, n: usize) -> Self {
        self.focused_probes = n;
        self
    }

    /// Reads answers with these word lists (the PSW's own lexicon added to the bundled one).
    pub fn with_lexicon(mut self, lexicon: Rc<Lexicon>) -> Self {
        self.lexicon = Some(lexicon);
        self
    }

    pub fn session_id(&self) -> &str {
        &self.session_id
    }

    pub fn plan_label(&self) -> &str {
        &self.setup.plan_label
    }

    /// Changes how the answers are given: recorded practice becomes spoken when recording cannot
    /// start.
    pub fn set_style(&mut self, style: AnswerStyle) {
        self.setup.style = style;
    }

    pub fn style(&self) -> AnswerStyle {
        self.setup.style
    }

    pub fn stage(&self) -> Stage {
        self.stage
    }

    /// The current question's position, from 0; equals `len()` once finished.
    pub fn index(&self) -> usize {
        self.index
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    fn current(&self) -> Option<&Item> {
        self.items.get(self.index)
    }

    fn current_mut(&mut self) -> Option<&mut Item> {
        self.items.get_mut(self.index)
    }

    pub fn question(&self) -> Option<&Question> {
        self.current().map(|item| &item.question)
    }

    /// The prompts of the current question; empty once finished.
    pub fn prompts(&self) -> &[Prompt] {
        self.current().map_or(&[], |item| &item.prompts)
    }

    pub fn stage_title(&self) -> String {
        match self.stage {
            Stage::Prompt(i) => self
                .prompts()
                .get(i)
                .map(|p| p.ask.clone())
                .unwrap_or_default(),
            Stage::FollowUp => self.follow_up().map(|f| f.ask.clone()).unwrap_or_default(),
            Stage::Rating => RATING_TITLE.to_string(),
            Stage::Finished => FINISHED_TITLE.to_string(),
        }
    }

    /// (1-based prompt number, prompt count), only while answering a prompt.
    pub fn prompt_position(&self) -> Option<(usize, usize)> {
        match self.stage {
            Stage::Prompt(i) => Some((i + 1, self.prompts().len())),
            _ => None,
        }
    }

    /// The text belonging to the current stage: an answer, the follow-up answer, or the reflection.
    pub fn text(&self) -> &str {
        let Some(item) = self.current() else {
            return "";
        };
        match self.stage {
            Stage::Prompt(i) => item.answers.get(i).map_or("", String::as_str),
            Stage::FollowUp => item
                .follow_ups
                .get(item.follow_up_at)
                .map_or("", |f| f.text.as_str()),
            Stage::Rating => &item.reflection,
            Stage::Finished => "",
        }
    }

    pub fn set_text(&mut self, text: String) {
        let stage = self.stage;
        let Some(item) = self.current_mut() else {
            return;
        };
        let slot = match stage {
            Stage::Prompt(i) => item.answers.get_mut(i),
            Stage::FollowUp => item
                .follow_ups
                .get_mut(item.follow_up_at)
                .map(|f| &mut f.text),
            Stage::Rating => Some(&mut item.reflection),
            Stage::Finished => None,
        };
        if let Some(slot) = slot {
            *slot = text;
        }
    }

    /// Where the part on screen sits (a prompt or a follow-up of the current question), to find it
    /// again once its recording is transcribed; `None` on the rating step and at the end.
    pub fn part_at(&self) -> Option<PartAt> {
        let item = self.current()?;
        let part = match self.stage {
            Stage::Prompt(i) => PartSlot::Prompt(i),
            Stage::FollowUp => PartSlot::FollowUp(item.follow_up_at),
            Stage::Rating | Stage::Finished => return None,
        };
        Some(PartAt {
            question: self.index,
            part,
        })
    }

    /// The text and the words heard of the part at `at`, if it exists.
    fn slot_mut(&mut self, at: PartAt) -> Option<(&mut String, &mut Option<String>)> {
        let item = self.items.get_mut(at.question)?;
        match at.part {
            PartSlot::Prompt(i) => item.answers.get_mut(i).zip(item.heard.get_mut(i)),
            PartSlot::FollowUp(i) => item
                .follow_ups
                .get_mut(i)
                .map(|f| (&mut f.text, &mut f.heard)),
        }
    }

    /// True when the part at `at` holds a transcript (kept as heard or corrected).
    pub fn is_transcribed(&self, at: PartAt) -> bool {
        let Some(item) = self.items.get(at.question) else {
            return false;
        };
        match at.part {
            PartSlot::Prompt(i) => item.heard.get(i).is_some_and(Option::is_some),
            PartSlot::FollowUp(i) => item.follow_ups.get(i).is_some_and(|f| f.heard.is_some()),
        }
    }

    /// The text of the part at `at` (empty when there is no such part).
    pub fn text_at(&self, at: PartAt) -> &str {
        let Some(item) = self.items.get(at.question) else {
            return "";
        };
        match at.part {
            PartSlot::Prompt(i) => item.answers.get(i).map_or("", String::as_str),
            PartSlot::FollowUp(i) => item.follow_ups.get(i).map_or("", |f| f.text.as_str()),
        }
    }

    /// Puts the words transcribed from the part at `at` into it, whichever part is on screen now.
    /// Anything already typed there is kept, with the words after it; a second recording of the
    /// same part (after a pause) follows the first. False when there is no such part.
    pub fn put_transcript(&mut self, at: PartAt, words: &str) -> bool {
        let Some((text, heard)) = self.slot_mut(at) else {
            return false;
        };
        let words = words.trim();
        let join = |a: &str, b: &str| match (a.trim().is_empty(), b.is_empty()) {
            (true, _) => b.to_string(),
            (false, true) => a.to_string(),
            (false, false) => format!("{}\n\n{b}", a.trim_end()),
        };
        *heard = Some(join(heard.as_deref().unwrap_or(""), words));
        *text = join(text, words);
        true
    }

    /// Tab: on to the next prompt, the follow-ups, the rating, then the next question.
    pub fn next(&mut self) {
        self.settle();
        let Some(item) = self.current() else {
            return;
        };
        let last_prompt = item.last_prompt();
        self.stage = match self.stage {
            Stage::Prompt(i) if i < last_prompt => Stage::Prompt(i + 1),
            Stage::Prompt(_) => self.follow_up_from(0),
            Stage::FollowUp => {
                let at = item.follow_up_at;
                self.follow_up_from(at + 1)
            }
            Stage::Rating => {
                self.index += 1;
                if self.index < self.items.len() {
                    Stage::Prompt(0)
                } else {
                    self.finished = Some(self.clock.local_now());
                    Stage::Finished
                }
            }
            Stage::Finished => Stage::Finished,
        };
    }

    /// True when Tab now would choose a new follow-up from what has been said: on the last prompt,
    /// or on the last follow-up asked, of a question with follow-ups still to ask. Recorded
    /// practice then waits for the words still being transcribed.
    pub fn next_chooses_follow_up(&self) -> bool {
        let Some(item) = self.current() else {
            return false;
        };
        let at = match self.stage {
            Stage::Prompt(i) if i == item.last_prompt() => 0,
            Stage::FollowUp => item.follow_up_at + 1,
            _ => return false,
        };
        at >= item.follow_ups.len()
            && at < probes_for_kind(item.question.kind, self.focused_probes)
            && !item.no_more_probes
    }

    /// Shift-Tab: back one stage, but never to an earlier question, which is already done with.
    pub fn previous(&mut self) {
        self.settle();
        let Some(item) = self.current() else {
            return;
        };
        let last_prompt = item.last_prompt();
        let asked = item.follow_ups.len();
        let at = item.follow_up_at;
        self.stage = match self.stage {
            Stage::Prompt(i) => Stage::Prompt(i.saturating_sub(1)),
            Stage::FollowUp if at > 0 => self.enter_follow_up(at - 1),
            Stage::FollowUp => Stage::Prompt(last_prompt),
            Stage::Rating if asked > 0 => self.enter_follow_up(asked - 1),
            Stage::Rating => Stage::Prompt(last_prompt),
            Stage::Finished => Stage::Finished,
        };
    }

    /// Passes over the follow-up on screen; the time already spent on it still counts. The next
    /// follow-up, if the question has one, comes next, as an assessor moves on to another probe.
    pub fn skip_follow_up(&mut self) {
        if self.stage != Stage::FollowUp {
            return;
        }
        self.settle();
        let at = match self.current_mut() {
            Some(item) => {
                if let Some(f) = item.follow_ups.get_mut(item.follow_up_at) {
                    f.skipped = true;
                }
                item.follow_up_at
            }
            None => return,
        };
        self.stage = self.follow_up_from(at + 1);
    }

    /// Returning to a skipped follow-up means the PSW means to answer it after all.
    fn enter_follow_up(&mut self, at: usize) -> Stage {
        if let Some(item) = self.current_mut() {
            item.follow_up_at = at;
            if let Some(f) = item.follow_ups.get_mut(at) {
                f.skipped = false;
            }
        }
        Stage::FollowUp
    }

    /// The stage for follow-up number `at` (from 0): one already asked, a new one chosen now from
    /// everything said so far, or the rating when the question has no more to ask.
    fn follow_up_from(&mut self, at: usize) -> Stage {
        let Some(item) = self.items.get(self.index) else {
            return Stage::Rating;
        };
        if at < item.follow_ups.len() {
            return self.enter_follow_up(at);
        }
        let wanted = probes_for_kind(item.question.kind, self.focused_probes);
        if at >= wanted || item.no_more_probes {
            return Stage::Rating;
        }
        let lexicon = self
            .lexicon
            .get_or_insert_with(|| Rc::new(Lexicon::bundled()))
            .clone();
        let spoken = self.setup.style == AnswerStyle::Spoken;
        let heard = Heard::analyse_parts(&lexicon, &item.parts(), spoken);
        let asked: Vec<String> = item
            .follow_ups
            .iter()
            .map(|f| f.probe.ask.clone())
            .collect();
        let chosen = probe::draw(&item.question, &heard, &asked, &mut self.rng);
        let Some(item) = self.items.get_mut(self.index) else {
            return Stage::Rating;
        };
        match chosen {
            Some(probe) => {
                item.follow_ups.push(AskedProbe {
                    probe,
                    text: String::new(),
                    time: Duration::ZERO,
                    skipped: false,
                    heard: None,
                });
                let at = item.follow_ups.len() - 1;
                self.enter_follow_up(at)
            }
            None => {
                item.no_more_probes = true;
                Stage::Rating
            }
        }
    }

    /// The follow-up on screen, or the last one asked once past them.
    pub fn follow_up(&self) -> Option<&Probe> {
        self.current().and_then(|item| {
            item.follow_ups
                .get(item.follow_up_at)
                .or(item.follow_ups.last())
                .map(|f| &f.probe)
        })
    }

    /// Every follow-up asked of the current question so far.
    pub fn follow_ups(&self) -> &[AskedProbe] {
        self.current()
            .map_or(&[], |item| item.follow_ups.as_slice())
    }

    /// (1-based follow-up number, how many asked so far), only while answering a follow-up.
    pub fn follow_up_position(&self) -> Option<(usize, usize)> {
        match (self.stage, self.current()) {
            (Stage::FollowUp, Some(item)) => Some((item.follow_up_at + 1, item.follow_ups.len())),
            _ => None,
        }
    }

    /// Sets the PSW's own rating, 1 to 5, while in the rating stage; anything else is ignored.
    pub fn rate(&mut self, rating: u8) {
        if self.stage != Stage::Rating || !RATINGS.contains(&rating) {
            return;
        }
        if let Some(item) = self.current_mut() {
            item.rating = Some(rating);
        }
    }

    /// What assessors listen for in an answer to the current question, each with whether the PSW
    /// ticked it as covered.
    pub fn cues(&self) -> Vec<(&str, bool)> {
        self.current().map_or_else(Vec::new, |item| {
            item.question
                .listen_for
                .iter()
                .map(String::as_str)
                .zip(item.cues_ticked.iter().copied())
                .collect()
        })
    }

    /// Ticks or unticks cue `at` (from 0) during the rating step; anything else is ignored.
    pub fn toggle_cue(&mut self, at: usize) {
        if self.stage != Stage::Rating {
            return;
        }
        if let Some(tick) = self.current_mut().and_then(|i| i.cues_ticked.get_mut(at)) {
            *tick = !*tick;
        }
    }

    /// Sets every cue's tick at once (plain mode asks which were covered), during the rating step.
    pub fn set_cues_covered(&mut self, covered: &[usize]) {
        if self.stage != Stage::Rating {
            return;
        }
        if let Some(item) = self.current_mut() {
            for (at, tick) in item.cues_ticked.iter_mut().enumerate() {
                *tick = covered.contains(&at);
            }
        }
    }

    pub fn rating(&self) -> Option<u8> {
        self.current().and_then(|item| item.rating)
    }

    /// Questions done with: every one passed through its rating, and the current one once rated.
    pub fn answered(&self) -> usize {
        let passed = self.index.min(self.items.len());
        passed + usize::from(self.rating().is_some())
    }

    pub fn progress(&self) -> f64 {
        if self.items.is_empty() {
            1.0
        } else {
            self.answered() as f64 / self.items.len() as f64
        }
    }

    pub fn is_finished(&self) -> bool {
        self.stage == Stage::Finished
    }

    /// How many questions the note and summary cover: all passed, plus the current one.
    fn reached(&self) -> usize {
        let passed = self.index.min(self.items.len());
        // The question on screen counts once it has a second of answering or anything typed or
        // rated: one just opened and left at 0:00 was not reached, so it is neither listed nor
        // saved as answered.
        let current = self.items.get(self.index).is_some_and(|item| {
            let typed = |t: &str| !t.trim().is_empty();
            self.question_time(self.index) >= Duration::from_secs(1)
                || item.rating.is_some()
                || typed(&item.reflection)
                || item.answers.iter().any(|a| typed(a))
                || item.follow_ups.iter().any(|f| typed(&f.text))
        });
        passed + usize::from(current)
    }
}

#[cfg(test)]
mod tests;
