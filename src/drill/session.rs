//! The timed rehearsal itself: a state machine the screens drive with Tab, Shift-Tab and keys.
//!
//! All time comes from the `Clock`, so every timing here is exact under a `FakeClock`.

use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use std::rc::Rc;

use crate::bank::model::{Kind, Prompt, Question};
use crate::insight::Lexicon;
use crate::notes::model::{
    AnswerStyle, Cue, FORMAT_VERSION, FollowUpAnswer, FollowUpReason, Note, NoteKind, NoteQuestion,
    PromptAnswer, ResumePoint, ResumeStep,
};

use super::Plan;
use super::clock::Clock;
use super::probe::{self, Heard, Probe, Why};
use super::resume::{self, CannotResume};

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
}

/// Everything said and timed for one question.
#[derive(Debug, Clone)]
struct Item {
    question: Question,
    prompts: Vec<Prompt>,
    answers: Vec<String>,
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

    /// A question as a draft kept it: its own prompts as they were asked (the bank's may have
    /// changed since), what was typed and timed, the follow-ups already asked, ticks and rating.
    fn restored(question: Question, bank_prompts: Vec<Prompt>, saved: &NoteQuestion) -> Item {
        let prompts = if saved.answers.is_empty() {
            bank_prompts
        } else {
            saved
                .answers
                .iter()
                .map(|a| Prompt {
                    id: a.id.clone(),
                    ask: a.ask.clone(),
                })
                .collect()
        };
        let mut item = Item::new(question, prompts);
        for (i, a) in saved.answers.iter().enumerate() {
            if let (Some(text), Some(time)) = (item.answers.get_mut(i), item.prompt_time.get_mut(i))
            {
                *text = a.text.clone();
                *time = Duration::from_secs(a.seconds);
            }
        }
        item.follow_ups = saved
            .follow_ups
            .iter()
            .map(|f| AskedProbe {
                probe: Probe {
                    ask: f.ask.clone(),
                    why: match &f.reason {
                        Some(FollowUpReason::Gap(slug)) => {
                            crate::bank::model::Gap::from_slug(slug).map_or(Why::Plain, Why::Gap)
                        }
                        Some(FollowUpReason::Heard(word)) => Why::Heard(word.clone()),
                        None => Why::Plain,
                    },
                },
                text: f.text.clone(),
                time: Duration::from_secs(f.seconds),
                skipped: f.skipped,
            })
            .collect();
        // Matched by wording: the bank's list of cues may have been reordered since.
        for (cue, tick) in item.question.listen_for.iter().zip(&mut item.cues_ticked) {
            *tick = saved.cues.iter().any(|c| c.ticked && &c.text == cue);
        }
        item.rating = saved.rating;
        item.reflection = saved.reflection.clone().unwrap_or_default();
        item
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
    paused: bool,
    /// `clock.now()` when time was last credited to a stage; time since then is still running.
    mark: Duration,
    /// Credited unpaused time, rating included.
    session_time: Duration,
    /// Follow-ups for a focused question (see [`probes_for_kind`]).
    focused_probes: usize,
    /// Reads answers to find their gaps; the bundled word lists unless the shell gives the PSW's own.
    lexicon: Option<Rc<Lexicon>>,
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
        let session_id = format!(
            "{}-{:04x}",
            started.format("%Y%m%d-%H%M%S"),
            rng.random::<u16>()
        );
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
            mark: clock.now(),
            clock,
            rng,
            session_id,
            started,
            finished,
            paused: false,
            session_time: Duration::ZERO,
            focused_probes: default_probes(&setup_plan),
            lexicon: None,
        }
    }

    /// Rebuilds a session from its draft so the rehearsal goes on where it stopped: the questions
    /// answered are as they were, the one on screen reopens at the part being typed with its
    /// text, the time spent carries on from where it was, the follow-ups asked stay asked, and
    /// the rest of the plan is still to come. `planned` is every question of the draft's plan, in
    /// order, from the banks (see [`resume::planned`]). The session id and start are the draft's,
    /// so its drafts and its note are the same files as before.
    pub fn from_draft(
        note: &Note,
        planned: Vec<(Question, Vec<Prompt>)>,
        clock: C,
    ) -> Result<Session<C>, CannotResume> {
        let point = resume::validate(note, &planned)?.clone();
        let mut items: Vec<Item> = planned
            .into_iter()
            .enumerate()
            .map(|(i, (question, prompts))| match note.questions.get(i) {
                Some(saved) => Item::restored(question, prompts, saved),
                None => Item::new(question, prompts),
            })
            .collect();
        for &i in &point.no_more_probes {
            if let Some(item) = items.get_mut(i) {
                item.no_more_probes = true;
            }
        }
        let index = point.at.min(items.len());
        let stage = match items.get_mut(index) {
            None => Stage::Finished,
            Some(item) => match point.step {
                ResumeStep::Prompt => Stage::Prompt(point.part.min(item.last_prompt())),
                ResumeStep::FollowUp if point.part < item.follow_ups.len() => {
                    item.follow_up_at = point.part;
                    Stage::FollowUp
                }
                ResumeStep::FollowUp | ResumeStep::Rating | ResumeStep::Finished => Stage::Rating,
            },
        };
        let answered: Duration = items
            .iter()
            .flat_map(|item| {
                item.prompt_time
                    .iter()
                    .copied()
                    .chain([item.follow_up_time()])
            })
            .sum();
        let finished =
            (stage == Stage::Finished).then(|| note.finished.unwrap_or_else(|| clock.local_now()));
        Ok(Session {
            setup: SessionSetup {
                plan_label: note.plan.clone(),
                banks: note.banks.clone(),
                style: note.style,
                seed: point.seed,
            },
            items,
            index,
            stage,
            mark: clock.now(),
            clock,
            // Follow-ups still to be drawn come from the same seed; those asked are kept as asked.
            rng: StdRng::seed_from_u64(point.seed),
            session_id: note.session_id.clone(),
            started: note.started,
            finished,
            paused: false,
            session_time: Duration::from_secs(point.session_seconds).max(answered),
            focused_probes: point.probes,
            lexicon: None,
        })
    }

    /// The session so far as a draft: the note, plus the whole plan and where it stands, so a
    /// crash or a kill can be followed by [`Session::from_draft`].
    pub fn to_draft(&self) -> Note {
        let (step, part) = match self.stage {
            Stage::Prompt(i) => (ResumeStep::Prompt, i),
            Stage::FollowUp => (
                ResumeStep::FollowUp,
                self.current().map_or(0, |item| item.follow_up_at),
            ),
            Stage::Rating => (ResumeStep::Rating, 0),
            Stage::Finished => (ResumeStep::Finished, 0),
        };
        Note {
            resume: Some(ResumePoint {
                questions: self.items.iter().map(|i| i.question.id.clone()).collect(),
                at: self.index,
                step,
                part,
                probes: self.focused_probes,
                seed: self.setup.seed,
                session_seconds: self.session_elapsed().as_secs(),
                no_more_probes: (0..self.items.len())
                    .filter(|&i| self.items[i].no_more_probes)
                    .collect(),
            }),
            ..self.to_note()
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

    pub fn pause(&mut self) {
        self.settle();
        self.paused = true;
    }

    pub fn resume(&mut self) {
        if self.paused {
            self.mark = self.clock.now();
            self.paused = false;
        }
    }

    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// Time not yet credited to any stage.
    fn running(&self) -> Duration {
        if self.paused || self.stage == Stage::Finished {
            Duration::ZERO
        } else {
            self.clock.now().saturating_sub(self.mark)
        }
    }

    /// Credits running time to the current stage; called before anything changes the stage or pauses.
    fn settle(&mut self) {
        let run = self.running();
        self.mark = self.clock.now();
        self.session_time += run;
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

    fn prompt_time(&self, question: usize, prompt: usize) -> Duration {
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
    fn follow_up_time(&self, question: usize) -> Duration {
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
    fn one_follow_up_time(&self, question: usize, at: usize) -> Duration {
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

    fn question_time(&self, question: usize) -> Duration {
        let prompts = self
            .items
            .get(question)
            .map_or(0, |item| item.prompts.len());
        (0..prompts)
            .map(|p| self.prompt_time(question, p))
            .sum::<Duration>()
            + self.follow_up_time(question)
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
        self.question().map_or(Duration::ZERO, |q| {
            Duration::from_secs(q.target_seconds.into())
        })
    }

    pub fn is_over_target(&self) -> bool {
        self.question().is_some() && self.question_elapsed() > self.question_target()
    }

    pub fn session_elapsed(&self) -> Duration {
        self.session_time + self.running()
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

    /// The session so far, ready to save as a draft or, once finished, as the final note.
    pub fn to_note(&self) -> Note {
        let questions = self.items[..self.reached()]
            .iter()
            .enumerate()
            .map(|(qi, item)| {
                let answers = item
                    .prompts
                    .iter()
                    .zip(&item.answers)
                    .enumerate()
                    .map(|(pi, (prompt, text))| PromptAnswer {
                        id: prompt.id.clone(),
                        ask: prompt.ask.clone(),
                        seconds: self.prompt_time(qi, pi).as_secs(),
                        text: text.clone(),
                    })
                    .collect();
                let follow_ups = item
                    .follow_ups
                    .iter()
                    .enumerate()
                    .map(|(at, f)| FollowUpAnswer {
                        ask: f.probe.ask.clone(),
                        seconds: self.one_follow_up_time(qi, at).as_secs(),
                        text: f.text.clone(),
                        skipped: f.skipped,
                        reason: match &f.probe.why {
                            Why::Gap(gap) => Some(FollowUpReason::Gap(gap.slug().to_string())),
                            Why::Heard(word) => Some(FollowUpReason::Heard(word.clone())),
                            Why::Plain => None,
                        },
                    })
                    .collect();
                let q = &item.question;
                NoteQuestion {
                    id: q.id.clone(),
                    topic: q.topic.clone(),
                    quality_statements: q
                        .quality_statements
                        .iter()
                        .map(|s| s.slug().to_string())
                        .collect(),
                    ask: q.ask.clone(),
                    answers,
                    follow_ups,
                    total_seconds: self.question_time(qi).as_secs(),
                    target_seconds: q.target_seconds,
                    cues: q
                        .listen_for
                        .iter()
                        .zip(&item.cues_ticked)
                        .map(|(text, ticked)| Cue {
                            text: text.clone(),
                            ticked: *ticked,
                        })
                        .collect(),
                    rating: item.rating,
                    reflection: (!item.reflection.trim().is_empty())
                        .then(|| item.reflection.clone()),
                    recovered: false,
                    ..NoteQuestion::default()
                }
            })
            .collect();
        Note {
            format: FORMAT_VERSION,
            session_id: self.session_id.clone(),
            kind: NoteKind::Rehearse,
            plan: self.setup.plan_label.clone(),
            plan_title: Plan::title_of(&self.setup.plan_label),
            interviewer: None,
            psw: None,
            banks: self.setup.banks.clone(),
            started: self.started,
            finished: self.finished,
            style: self.setup.style,
            questions,
            resume: None,
        }
    }

    pub fn summary(&self) -> Summary {
        let questions = self.items[..self.reached()]
            .iter()
            .enumerate()
            .map(|(qi, item)| {
                let total = self.question_time(qi);
                let target = Duration::from_secs(item.question.target_seconds.into());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::model::{FollowUp, Gap, Kind, QualityStatement};
    use crate::drill::clock::FakeClock;
    use crate::drill::probe::Why;
    use std::collections::HashSet;

    fn secs(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    fn follow_up(ask: &str, when: &[&str]) -> FollowUp {
        FollowUp {
            ask: ask.to_string(),
            when: when.iter().map(|w| w.to_string()).collect(),
            gap: None,
        }
    }

    fn question(id: &str, target_seconds: u32, follow_ups: Vec<FollowUp>) -> Question {
        Question {
            id: id.to_string(),
            bank: "test".to_string(),
            kind: Kind::Focused,
            topic: "waiting-times".to_string(),
            quality_statements: vec![QualityStatement::AssessingNeeds, QualityStatement::Equity],
            ask: format!("Tell me about {id}."),
            follow_ups,
            listen_for: vec![],
            target_seconds,
            tip: None,
            default_probes: vec![],
            prompts: None,
            tags: vec![],
            line: 0,
            column: 0,
        }
    }

    fn setup(seed: u64) -> SessionSetup {
        SessionSetup {
            plan_label: "random 2".to_string(),
            banks: vec!["test".to_string()],
            style: AnswerStyle::Written,
            seed,
        }
    }

    fn clock() -> FakeClock {
        FakeClock::new(DateTime::parse_from_rfc3339("2026-11-23T17:40:12+00:00").unwrap())
    }

    fn probes() -> Vec<FollowUp> {
        vec![
            follow_up("Who owns the waiting list?", &["waiting list"]),
            follow_up(
                "How do you check risk while people wait?",
                &["risk", "wait"],
            ),
            follow_up("Which feedback has changed your plans?", &["feedback"]),
            FollowUp::plain("What would you do differently next time?"),
            FollowUp::plain("Who else should we speak to about this?"),
        ]
    }

    /// Two questions: the first with probes, the second with none.
    fn session_with(seed: u64, clock: &FakeClock) -> Session<FakeClock> {
        Session::new(
            setup(seed),
            vec![
                (question("q1", 120, probes()), Prompt::default_three()),
                (question("q2", 60, vec![]), Prompt::default_three()),
            ],
            clock.clone(),
        )
    }

    #[test]
    fn tab_walks_prompts_follow_up_rating_then_the_next_question() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        assert_eq!((s.len(), s.is_empty()), (2, false));
        assert_eq!(s.stage(), Stage::Prompt(0));
        assert_eq!(s.question().unwrap().id, "q1");
        assert_eq!(s.prompt_position(), Some((1, 3)));
        assert_eq!(s.stage_title(), "What have you done?");
        assert_eq!(s.follow_up(), None);

        s.next();
        assert_eq!(s.stage(), Stage::Prompt(1));
        assert_eq!(s.stage_title(), "What difference has it made?");
        s.next();
        assert_eq!(s.prompt_position(), Some((3, 3)));
        s.next();
        assert_eq!(s.stage(), Stage::FollowUp);
        assert_eq!(s.prompt_position(), None);
        assert_eq!(s.stage_title(), s.follow_up().unwrap().ask);
        s.next();
        assert_eq!(s.stage(), Stage::Rating);
        assert_eq!(s.stage_title(), "How well did that go?");
        s.next();
        assert_eq!((s.index(), s.stage()), (1, Stage::Prompt(0)));
        assert_eq!(s.question().unwrap().id, "q2");
        assert_eq!(s.follow_up(), None);

        // No follow-ups on q2: the last prompt leads straight to the rating.
        s.next();
        s.next();
        s.next();
        assert_eq!(s.stage(), Stage::Rating);
        assert!(!s.is_finished());
        s.next();
        assert_eq!(s.stage(), Stage::Finished);
        assert!(s.is_finished());
        assert_eq!(s.index(), 2);
        assert_eq!(s.question(), None);
        assert!(s.prompts().is_empty());
        assert_eq!(s.text(), "");

        // Nothing moves once finished.
        s.next();
        s.previous();
        assert_eq!(s.stage(), Stage::Finished);
    }

    #[test]
    fn shift_tab_steps_back_but_never_to_an_earlier_question() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        s.previous();
        assert_eq!(s.stage(), Stage::Prompt(0));
        s.next();
        s.next();
        s.previous();
        assert_eq!(s.stage(), Stage::Prompt(1));
        s.next();
        s.next();
        assert_eq!(s.stage(), Stage::FollowUp);
        s.previous();
        assert_eq!(s.stage(), Stage::Prompt(2));
        s.next();
        s.next();
        assert_eq!(s.stage(), Stage::Rating);
        s.previous();
        assert_eq!(s.stage(), Stage::FollowUp);
        s.next();
        s.next();
        assert_eq!((s.index(), s.stage()), (1, Stage::Prompt(0)));
        s.previous();
        assert_eq!((s.index(), s.stage()), (1, Stage::Prompt(0)));

        // Without a follow-up, the rating steps back to the last prompt.
        s.next();
        s.next();
        s.next();
        assert_eq!(s.stage(), Stage::Rating);
        s.previous();
        assert_eq!(s.stage(), Stage::Prompt(2));
    }

    #[test]
    fn skipping_the_follow_up_marks_it_and_goes_to_the_rating() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        s.skip_follow_up();
        assert_eq!(
            s.stage(),
            Stage::Prompt(0),
            "skip only acts on the follow-up"
        );
        s.next();
        s.next();
        s.next();
        clock.advance(secs(4));
        s.skip_follow_up();
        assert_eq!(s.stage(), Stage::Rating);
        let fu = s.to_note().questions[0].follow_ups[0].clone();
        assert!(fu.skipped);
        assert_eq!(fu.seconds, 4);

        // Going back to it means answering it after all.
        s.previous();
        assert_eq!(s.stage(), Stage::FollowUp);
        assert!(!s.to_note().questions[0].follow_ups[0].clone().skipped);
    }

    #[test]
    fn follow_up_follows_the_words_heard_in_any_prompt() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        s.set_text("We cut the waiting list and reviewed risk weekly.".into());
        s.next();
        s.set_text("Fewer complaints.".into());
        s.next();
        s.next();
        // Both the first and second probes are triggered; the first in bank order wins.
        assert_eq!(s.follow_up().unwrap().ask, "Who owns the waiting list?");

        let mut s = session_with(1, &clock);
        s.next();
        s.next();
        s.set_text("Audits and feedback from people.".into());
        s.next();
        assert_eq!(
            s.follow_up().unwrap().ask,
            "Which feedback has changed your plans?"
        );
    }

    #[test]
    fn follow_up_is_drawn_at_random_from_the_seed_when_nothing_triggers() {
        let clock = clock();
        let chosen = |seed| {
            let mut s = session_with(seed, &clock);
            s.set_text("Nothing in particular.".into());
            s.next();
            s.next();
            s.next();
            s.follow_up().unwrap().ask.clone()
        };
        for seed in 0..10 {
            assert_eq!(
                chosen(seed),
                chosen(seed),
                "seed {seed} is not reproducible"
            );
        }
        let seen: HashSet<String> = (0..40).map(chosen).collect();
        assert!(seen.len() > 1, "the random follow-up never varies");
    }

    #[test]
    fn follow_up_stays_fixed_after_going_back_to_the_prompts() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        s.next();
        s.next();
        s.next();
        let first = s.follow_up().unwrap().clone();
        s.previous();
        s.set_text("feedback and the waiting list".into());
        s.next();
        assert_eq!(s.follow_up(), Some(&first));
    }

    #[test]
    fn timings_are_exact_through_pause() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        clock.advance(secs(30));
        s.next();
        clock.advance(secs(45));
        s.pause();
        assert!(s.is_paused());
        clock.advance(secs(100));
        assert_eq!(s.stage_elapsed(), secs(45));
        s.resume();
        assert!(!s.is_paused());
        clock.advance(secs(5));
        assert_eq!(s.stage_elapsed(), secs(50));
        assert_eq!(s.question_elapsed(), secs(80));
        assert_eq!(s.session_elapsed(), secs(80));
        let note = s.to_note();
        let seconds: Vec<u64> = note.questions[0]
            .answers
            .iter()
            .map(|a| a.seconds)
            .collect();
        assert_eq!(seconds, [30, 50, 0]);
        assert_eq!(note.questions[0].total_seconds, 80);
    }

    #[test]
    fn revisits_accumulate_and_rating_time_counts_only_for_the_session() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        clock.advance(secs(10));
        s.next();
        clock.advance(secs(20));
        s.previous();
        assert_eq!(s.stage_elapsed(), secs(10));
        clock.advance(secs(7));
        assert_eq!(s.stage_elapsed(), secs(17));
        s.next();
        assert_eq!(s.stage_elapsed(), secs(20));
        clock.advance(secs(1));
        s.next();
        clock.advance(secs(3));
        s.next();
        clock.advance(secs(60));
        assert_eq!(s.stage(), Stage::FollowUp);
        assert_eq!(s.stage_elapsed(), secs(60));
        s.previous();
        clock.advance(secs(2));
        s.next();
        clock.advance(secs(15));
        assert_eq!(s.stage_elapsed(), secs(75));
        s.next();
        assert_eq!(s.stage(), Stage::Rating);
        assert_eq!(s.stage_elapsed(), Duration::ZERO);
        clock.advance(secs(40));
        // 17 + 21 + 5 + 75: the rating's 40 seconds belong to the session only.
        assert_eq!(s.question_elapsed(), secs(118));
        assert_eq!(s.session_elapsed(), secs(158));
        assert!(!s.is_over_target());
        s.previous();
        clock.advance(secs(3));
        assert!(s.is_over_target(), "121s is over the 120s target");
        assert_eq!(s.question_target(), secs(120));

        s.next();
        s.next();
        assert_eq!(s.question_elapsed(), Duration::ZERO);
        assert_eq!(s.question_target(), secs(60));
        clock.advance(secs(9));
        assert_eq!(s.question_elapsed(), secs(9));
        assert_eq!(s.session_elapsed(), secs(170));
    }

    #[test]
    fn pausing_stops_every_clock_and_finishing_stops_the_session_clock() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        s.pause();
        clock.advance(secs(500));
        s.next();
        s.set_text("typed while paused".into());
        assert_eq!(s.session_elapsed(), Duration::ZERO);
        assert_eq!(s.question_elapsed(), Duration::ZERO);
        s.resume();
        s.resume();
        clock.advance(secs(2));
        assert_eq!(s.stage_elapsed(), secs(2));
        while !s.is_finished() {
            s.next();
        }
        clock.advance(secs(1000));
        assert_eq!(s.session_elapsed(), secs(2));
        assert_eq!(s.question_elapsed(), Duration::ZERO);
        assert!(!s.is_over_target());
    }

    #[test]
    fn seconds_round_down_from_accumulated_time() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        clock.advance(Duration::from_millis(900));
        s.previous();
        clock.advance(Duration::from_millis(900));
        s.next();
        clock.advance(Duration::from_millis(700));
        let note = s.to_note();
        assert_eq!(
            note.questions[0].answers[0].seconds, 1,
            "1.8s rounds down to 1"
        );
        assert_eq!(note.questions[0].answers[1].seconds, 0);
        assert_eq!(note.questions[0].total_seconds, 2, "2.5s rounds down to 2");
    }

    #[test]
    fn text_belongs_to_its_stage() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        s.set_text("done".into());
        s.next();
        assert_eq!(s.text(), "");
        s.set_text("difference".into());
        s.previous();
        assert_eq!(s.text(), "done");
        s.next();
        s.next();
        s.next();
        s.set_text("follow-up answer".into());
        s.next();
        assert_eq!(s.text(), "");
        s.set_text("Rushed the evidence.".into());
        s.previous();
        assert_eq!(s.text(), "follow-up answer");
        s.next();
        assert_eq!(s.text(), "Rushed the evidence.");
    }

    #[test]
    fn rating_only_takes_one_to_five_in_the_rating_stage() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        s.rate(3);
        assert_eq!(s.rating(), None);
        s.next();
        s.next();
        s.next();
        s.next();
        s.rate(0);
        s.rate(6);
        assert_eq!(s.rating(), None);
        s.rate(4);
        assert_eq!(s.rating(), Some(4));
        s.rate(2);
        assert_eq!(s.rating(), Some(2));
        s.next();
        assert_eq!(s.rating(), None, "the next question starts unrated");
    }

    #[test]
    fn answered_and_progress_count_rated_or_passed_questions() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        assert_eq!((s.answered(), s.progress()), (0, 0.0));
        for _ in 0..4 {
            s.next();
        }
        assert_eq!(s.stage(), Stage::Rating);
        assert_eq!(s.answered(), 0);
        s.rate(5);
        assert_eq!((s.answered(), s.progress()), (1, 0.5));
        s.next();
        assert_eq!(s.answered(), 1);
        for _ in 0..4 {
            s.next();
        }
        // Passing through the rating without a score still finishes the question.
        assert!(s.is_finished());
        assert_eq!((s.answered(), s.progress()), (2, 1.0));
    }

    #[test]
    fn an_empty_session_is_finished_from_the_start() {
        let clock = clock();
        let mut s = Session::new(setup(1), vec![], clock.clone());
        assert!(s.is_empty());
        assert!(s.is_finished());
        assert_eq!(s.progress(), 1.0);
        s.next();
        s.set_text("x".into());
        let note = s.to_note();
        assert!(note.questions.is_empty());
        assert_eq!(note.finished, Some(note.started));
    }

    #[test]
    fn a_question_without_prompts_gets_the_three_defaults() {
        let clock = clock();
        let s = Session::new(setup(1), vec![(question("q", 60, vec![]), vec![])], clock);
        assert_eq!(s.prompts(), Prompt::default_three().as_slice());
    }

    #[test]
    fn session_id_comes_from_the_start_time_and_the_seed() {
        let clock = clock();
        let a = session_with(7, &clock);
        let b = session_with(7, &clock);
        let c = session_with(8, &clock);
        assert_eq!(a.session_id(), b.session_id());
        assert_ne!(a.session_id(), c.session_id());
        let id = a.session_id();
        assert!(id.starts_with("20261123-174012-"), "{id}");
        let suffix = &id["20261123-174012-".len()..];
        assert_eq!(suffix.len(), 4);
        assert!(suffix.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
    }

    #[test]
    fn note_holds_everything_so_far_including_the_partial_question() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        s.set_text("Set up a duty desk for the waiting list.".into());
        clock.advance(secs(30));
        s.next();
        s.set_text("Waits down from 12 to 5 weeks.".into());
        clock.advance(secs(20));
        s.next();
        clock.advance(secs(10));
        s.next();
        s.set_text("The team manager.".into());
        clock.advance(secs(15));
        s.next();
        s.rate(3);
        s.set_text("  ".into());
        clock.advance(secs(8));
        s.next();
        s.set_text("Half an answer".into());
        clock.advance(secs(12));

        let note = s.to_note();
        assert_eq!(note.format, FORMAT_VERSION);
        assert_eq!(note.session_id, s.session_id());
        assert_eq!(note.plan, "random 2");
        assert_eq!(note.banks, ["test"]);
        assert_eq!(note.style, AnswerStyle::Written);
        assert_eq!(note.started.to_rfc3339(), "2026-11-23T17:40:12+00:00");
        assert_eq!(note.finished, None);
        assert_eq!(note.questions.len(), 2);

        let q1 = &note.questions[0];
        assert_eq!(q1.id, "q1");
        assert_eq!(q1.topic, "waiting-times");
        assert_eq!(q1.quality_statements, ["assessing-needs", "equity"]);
        assert_eq!(q1.ask, "Tell me about q1.");
        let answers: Vec<(&str, &str, u64, &str)> = q1
            .answers
            .iter()
            .map(|a| (a.id.as_str(), a.ask.as_str(), a.seconds, a.text.as_str()))
            .collect();
        assert_eq!(
            answers,
            [
                (
                    "done",
                    "What have you done?",
                    30,
                    "Set up a duty desk for the waiting list."
                ),
                (
                    "difference",
                    "What difference has it made?",
                    20,
                    "Waits down from 12 to 5 weeks."
                ),
                ("evidence", "How do you know?", 10, ""),
            ]
        );
        assert_eq!(
            q1.follow_ups,
            vec![FollowUpAnswer {
                ask: "Who owns the waiting list?".into(),
                seconds: 15,
                text: "The team manager.".into(),
                skipped: false,
                reason: Some(FollowUpReason::Heard("waiting list".into())),
            }]
        );
        assert_eq!(q1.total_seconds, 75);
        assert_eq!(q1.target_seconds, 120);
        assert_eq!(q1.rating, Some(3));
        assert_eq!(q1.reflection, None, "a blank reflection is no reflection");
        assert!(!q1.recovered);

        let q2 = &note.questions[1];
        assert_eq!(q2.id, "q2");
        assert_eq!(q2.answers.len(), 3);
        assert_eq!(q2.answers[0].text, "Half an answer");
        assert_eq!(q2.answers[0].seconds, 12);
        assert!(q2.follow_ups.is_empty());
        assert_eq!(q2.total_seconds, 12);
        assert_eq!(q2.rating, None);

        for _ in 0..3 {
            s.next();
        }
        s.set_text("Ran out of evidence.".into());
        clock.advance(secs(5));
        s.next();
        assert!(s.is_finished());
        clock.advance(secs(60));
        let note = s.to_note();
        assert_eq!(
            note.finished.map(|t| t.to_rfc3339()),
            Some("2026-11-23T17:41:52+00:00".to_string()),
            "finished is when the last question was left, not when the note was made"
        );
        assert_eq!(
            note.questions[1].reflection.as_deref(),
            Some("Ran out of evidence.")
        );
        assert_eq!(note.total_seconds(), 87);
    }

    #[test]
    fn summary_reports_time_against_target_and_ratings() {
        let clock = clock();
        let mut s = session_with(1, &clock);
        clock.advance(secs(50));
        s.next();
        clock.advance(secs(40));
        s.next();
        clock.advance(secs(20));
        s.next();
        clock.advance(secs(25));
        s.skip_follow_up();
        s.rate(2);
        clock.advance(secs(10));
        s.next();
        clock.advance(secs(30));

        let summary = s.summary();
        assert_eq!(summary.plan, "random 2");
        assert_eq!((summary.answered, summary.planned), (1, 2));
        assert!(!summary.finished);
        assert_eq!(summary.session_seconds, 175);
        assert_eq!(summary.questions.len(), 2);

        let q1 = &summary.questions[0];
        assert_eq!(
            (q1.id.as_str(), q1.ask.as_str()),
            ("q1", "Tell me about q1.")
        );
        let prompts: Vec<(&str, u64)> = q1
            .prompts
            .iter()
            .map(|p| (p.ask.as_str(), p.seconds))
            .collect();
        assert_eq!(
            prompts,
            [
                ("What have you done?", 50),
                ("What difference has it made?", 40),
                ("How do you know?", 20)
            ]
        );
        assert_eq!(q1.follow_ups.len(), 1);
        let fu = &q1.follow_ups[0];
        assert_eq!((fu.seconds, fu.skipped), (25, true));
        assert_eq!((q1.total_seconds, q1.target_seconds), (135, 120));
        assert!(q1.over_target);
        assert_eq!(q1.rating, Some(2));

        let q2 = &summary.questions[1];
        assert_eq!(q2.total_seconds, 30);
        assert!(!q2.over_target);
        assert!(q2.follow_ups.is_empty());
        assert_eq!(q2.rating, None);

        assert_eq!(summary.over_target_count(), 1);
        assert_eq!(summary.average_rating(), Some(2.0));
    }

    /// A focused question with gap probes, a trigger and plain probes, as a mock interview asks it.
    fn mock_with(probes: Option<usize>, kind: Kind, clock: &FakeClock) -> Session<FakeClock> {
        let mut q = question("q1", 150, probes_with_gaps());
        q.kind = kind;
        let mut setup = setup(3);
        setup.plan_label = "mock".to_string();
        let s = Session::new(setup, vec![(q, Prompt::default_three())], clock.clone());
        match probes {
            Some(n) => s.with_probes(n),
            None => s,
        }
    }

    fn probes_with_gaps() -> Vec<FollowUp> {
        let mut probes = probes();
        probes.push(FollowUp {
            ask: "What do the figures say?".into(),
            when: vec![],
            gap: Some(Gap::Evidence),
        });
        probes.push(FollowUp {
            ask: "What was your own part?".into(),
            when: vec![],
            gap: Some(Gap::OwnPart),
        });
        probes
    }

    fn answer_three_parts(s: &mut Session<FakeClock>, clock: &FakeClock, text: &str) {
        s.set_text(text.into());
        for _ in 0..3 {
            clock.advance(secs(10));
            s.next();
        }
    }

    #[test]
    fn a_focused_question_in_a_mock_gets_two_follow_ups_each_timed_and_saved() {
        let clock = clock();
        let mut s = mock_with(None, Kind::Focused, &clock);
        answer_three_parts(&mut s, &clock, "We cut the waiting list.");
        assert_eq!(s.stage(), Stage::FollowUp);
        assert_eq!(s.follow_up_position(), Some((1, 1)));
        assert_eq!(
            s.stage_title(),
            "What do the figures say?",
            "the biggest gap first"
        );
        assert_eq!(s.follow_up().unwrap().why, Why::Gap(Gap::Evidence));
        s.set_text("The list fell from 400 to 150 in a year, says our audit.".into());
        clock.advance(secs(20));
        s.next();
        assert_eq!(s.stage(), Stage::FollowUp);
        assert_eq!(s.follow_up_position(), Some((2, 2)));
        // The evidence is now given in the first follow-up, so the second presses the next gap.
        assert_eq!(s.stage_title(), "What was your own part?");
        s.set_text("I chaired the weekly review.".into());
        clock.advance(secs(7));
        assert_eq!(s.stage_elapsed(), secs(7));
        s.next();
        assert_eq!(s.stage(), Stage::Rating, "two at most");

        let summary = s.summary();
        let asked: Vec<(&str, u64)> = summary.questions[0]
            .follow_ups
            .iter()
            .map(|f| (f.ask.as_str(), f.seconds))
            .collect();
        assert_eq!(
            asked,
            [
                ("What do the figures say?", 20),
                ("What was your own part?", 7)
            ]
        );
        assert_eq!(summary.questions[0].total_seconds, 57);
        let note = s.to_note();
        let saved: Vec<(&str, u64, &str, Option<FollowUpReason>)> = note.questions[0]
            .follow_ups
            .iter()
            .map(|f| (f.ask.as_str(), f.seconds, f.text.as_str(), f.reason.clone()))
            .collect();
        assert_eq!(
            saved,
            [
                (
                    "What do the figures say?",
                    20,
                    "The list fell from 400 to 150 in a year, says our audit.",
                    Some(FollowUpReason::Gap("evidence".into()))
                ),
                (
                    "What was your own part?",
                    7,
                    "I chaired the weekly review.",
                    Some(FollowUpReason::Gap("own-part".into()))
                ),
            ]
        );
        assert_eq!(s.follow_ups().len(), 2);
        assert_eq!(s.follow_ups()[1].text, "I chaired the weekly review.");

        // Back through both follow-ups, then forward again: the same two, nothing re-chosen.
        s.previous();
        assert_eq!(s.follow_up_position(), Some((2, 2)));
        s.previous();
        assert_eq!(s.follow_up_position(), Some((1, 2)));
        assert_eq!(
            s.text(),
            "The list fell from 400 to 150 in a year, says our audit."
        );
        s.next();
        s.next();
        assert_eq!(s.stage(), Stage::Rating);
        assert_eq!(s.follow_ups().len(), 2);
    }

    #[test]
    fn skipping_a_follow_up_moves_on_to_the_next() {
        let clock = clock();
        let mut s = mock_with(None, Kind::Focused, &clock);
        answer_three_parts(&mut s, &clock, "We cut the waiting list.");
        s.skip_follow_up();
        assert_eq!(s.follow_up_position(), Some((2, 2)));
        assert!(s.follow_ups()[0].skipped);
        s.skip_follow_up();
        assert_eq!(s.stage(), Stage::Rating);
        assert!(s.follow_ups()[1].skipped);
    }

    #[test]
    fn broad_questions_get_one_follow_up_and_zero_turns_them_off() {
        let clock = clock();
        let mut s = mock_with(None, Kind::Broad, &clock);
        answer_three_parts(&mut s, &clock, "We cut the waiting list.");
        assert_eq!(s.stage(), Stage::FollowUp);
        s.next();
        assert_eq!(s.stage(), Stage::Rating);

        let mut s = mock_with(Some(0), Kind::Focused, &clock);
        answer_three_parts(&mut s, &clock, "We cut the waiting list.");
        assert_eq!(s.stage(), Stage::Rating);
        assert!(s.follow_ups().is_empty());

        let mut s = mock_with(Some(3), Kind::Focused, &clock);
        answer_three_parts(&mut s, &clock, "We cut the waiting list.");
        for _ in 0..3 {
            assert_eq!(s.stage(), Stage::FollowUp);
            s.next();
        }
        assert_eq!(s.stage(), Stage::Rating);
        assert_eq!(default_probes("mock"), 2);
        assert_eq!(default_probes("random 5"), 1);
    }

    #[test]
    fn a_conditional_probe_is_never_drawn_at_random() {
        let clock = clock();
        for seed in 0..40 {
            let mut s = session_with(seed, &clock);
            s.set_text("Nothing in particular.".into());
            s.next();
            s.next();
            s.next();
            let probe = s.follow_up().unwrap();
            assert_eq!(probe.why, Why::Plain, "seed {seed}");
            let bank = probes();
            let f = bank.iter().find(|f| f.ask == probe.ask).unwrap();
            assert!(f.when.is_empty(), "seed {seed} drew {:?}", f.ask);
        }
    }

    #[test]
    fn listen_for_cues_are_ticked_at_the_rating_and_kept_in_the_note_and_summary() {
        let clock = clock();
        let mut q = question("q1", 120, probes());
        q.listen_for = vec![
            "The wait as a figure and its trend".into(),
            "How risk is checked while people wait".into(),
            "One person's experience".into(),
        ];
        let mut s = Session::new(setup(1), vec![(q, Prompt::default_three())], clock.clone());
        s.toggle_cue(0);
        assert!(s.cues().iter().all(|(_, t)| !t), "ticks only at the rating");
        s.set_text("We cut the waiting list from 400 to 150.".into());
        while s.stage() != Stage::Rating {
            s.next();
        }
        assert_eq!(s.cues().len(), 3);
        s.toggle_cue(0);
        s.toggle_cue(2);
        s.toggle_cue(2);
        s.toggle_cue(1);
        s.toggle_cue(9);
        assert_eq!(
            s.cues(),
            [
                ("The wait as a figure and its trend", true),
                ("How risk is checked while people wait", true),
                ("One person's experience", false)
            ]
        );
        let summary = s.summary();
        assert_eq!(
            (summary.questions[0].cues_covered, summary.questions[0].cues),
            (2, 3)
        );
        assert_eq!(summary.cues_covered(), (2, 3));
        s.set_cues_covered(&[2]);
        let note = s.to_note();
        let cues: Vec<(&str, bool)> = note.questions[0]
            .cues
            .iter()
            .map(|c| (c.text.as_str(), c.ticked))
            .collect();
        assert_eq!(
            cues,
            [
                ("The wait as a figure and its trend", false),
                ("How risk is checked while people wait", false),
                ("One person's experience", true)
            ]
        );

        // Written to Markdown and read back, the cues and their ticks are as they were.
        let text = crate::notes::format::to_markdown(&note);
        let back = crate::notes::format::from_markdown(&text).unwrap();
        assert_eq!(back.questions[0].cues, note.questions[0].cues);
        assert_eq!(back.questions[0].follow_ups, note.questions[0].follow_ups);
        assert_eq!(back, note);
    }
}
