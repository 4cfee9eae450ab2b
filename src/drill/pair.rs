//! Pair practice: a colleague plays the CQC assessor and holds the keyboard while the PSW speaks.
//!
//! One question goes through four steps:
//! 1. **Asking**: the interviewer reads the question out, marks the probes they actually ask, ticks
//!    the three parts and the listen-for cues as they hear them, and types observations. Only this
//!    step is timed against the question's target.
//! 2. **Feedback**: the interviewer's rating (1-5) and a short Keep / Stop / Start.
//! 3. **Hand-over**: the PSW takes the keyboard and rates themselves without seeing the
//!    interviewer's rating (blind double rating).
//! 4. **Compare**: both ratings side by side with the ticks, then the next question.
//!
//! At the end both may give initials, and the pair can swap roles and go again on a new plan.
//! Time comes only from the injected [`Clock`], so tests move a `FakeClock` and never sleep.

use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::bank::model::Question;
use crate::notes::model::{
    AnswerStyle, FORMAT_VERSION, Note, NoteKind, NoteQuestion, PairMarks, PartsHeard, PromptAnswer,
    Transcribed,
};

use super::clock::Clock;
pub use super::ladder::{LadderProbe, Rung, part_for_gap};
use super::ladder::{from_the_answer, ladder};
use super::stopwatch::{Ended, Stopwatch};

/// The three things assessors press on every topic, as the interviewer ticks them while listening.
pub const PARTS: [Part; 3] = [
    Part {
        id: "done",
        label: "What they have done",
    },
    Part {
        id: "difference",
        label: "The difference it made",
    },
    Part {
        id: "evidence",
        label: "How they know",
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub id: &'static str,
    pub label: &'static str,
}

/// From this share of the target on, the timer turns amber ("nearly time").
const AMBER_FROM: f64 = 0.8;

pub const RATINGS: std::ops::RangeInclusive<u8> = 1..=5;

/// The question timer in words as well as colour, so it reads without colour too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// Green: well within the target.
    OnTime,
    /// Amber: in the last fifth of the target.
    NearlyTime,
    /// Red: over the target.
    OverTime,
}

impl Pace {
    pub fn of(elapsed: Duration, target: Duration) -> Pace {
        if elapsed > target {
            Pace::OverTime
        } else if elapsed.as_secs_f64() >= target.as_secs_f64() * AMBER_FROM {
            Pace::NearlyTime
        } else {
            Pace::OnTime
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Pace::OnTime => "green",
            Pace::NearlyTime => "amber",
            Pace::OverTime => "red",
        }
    }

    /// "green: 1:10 of 2:30", "amber: 0:25 left", "red: over by 0:17".
    pub fn describe(elapsed: Duration, target: Duration) -> String {
        use super::clock::minutes_and_seconds as mmss;
        let pace = Pace::of(elapsed, target);
        let (e, t) = (elapsed.as_secs(), target.as_secs());
        match pace {
            Pace::OnTime => format!("green: {} of {}", mmss(e), mmss(t)),
            Pace::NearlyTime => format!("amber: {} left of {}", mmss(t - e.min(t)), mmss(t)),
            Pace::OverTime => format!("red: over {} by {}", mmss(t), mmss(e - t)),
        }
    }

    /// The same, once the answer is over and the clock has stopped, as a time taken is said
    /// everywhere: "green: within the 2 min 30 s target", "red: over the 2 min 30 s target by 11 s".
    pub fn describe_taken(elapsed: Duration, target: Duration) -> String {
        use crate::text::duration;
        let (e, t) = (elapsed.as_secs(), target.as_secs());
        match Pace::of(elapsed, target) {
            Pace::OnTime => format!("green: within the {} target", duration(t)),
            Pace::NearlyTime => format!(
                "amber: {} inside the {} target",
                duration(t - e.min(t)),
                duration(t)
            ),
            Pace::OverTime => format!(
                "red: over the {} target by {}",
                duration(t),
                duration(e - t)
            ),
        }
    }
}

/// Where the pair is within the current question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairStage {
    /// The PSW answers aloud; the interviewer ticks, marks probes and takes notes. Timed.
    Asking,
    /// The interviewer's rating and Keep / Stop / Start.
    Feedback,
    /// The PSW has the keyboard and rates themselves, blind.
    HandOver,
    /// Both ratings side by side with the ticks.
    Compare,
    /// Every question done: initials, save, and the offer to swap roles.
    Finished,
}

/// The three short feedback texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feedback {
    /// What worked, to keep doing.
    Keep,
    /// What to drop.
    Stop,
    /// What to add.
    Start,
}

impl Feedback {
    pub const ALL: [Feedback; 3] = [Feedback::Keep, Feedback::Stop, Feedback::Start];

    pub fn label(self) -> &'static str {
        match self {
            Feedback::Keep => "Keep",
            Feedback::Stop => "Stop",
            Feedback::Start => "Start",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            Feedback::Keep => "what worked",
            Feedback::Stop => "what to drop",
            Feedback::Start => "what to add",
        }
    }
}

/// Optional initials, given at the end; swapped with the roles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Initials {
    pub interviewer: String,
    pub psw: String,
}

impl Initials {
    pub fn swapped(&self) -> Initials {
        Initials {
            interviewer: self.psw.clone(),
            psw: self.interviewer.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairSetup {
    /// The plan as typed (`mock`, `topic carers`), for the note.
    pub plan_label: String,
    /// The plan as a heading ("Mock interview").
    pub plan_title: String,
    pub banks: Vec<String>,
    /// Drives the session id, so a session can be replayed.
    pub seed: u64,
    /// 1 for the first session of a sitting, 2 after the first swap, and so on.
    pub round: u32,
    pub initials: Initials,
}

/// Everything the interviewer marked and both people said about one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairItem {
    pub question: Question,
    pub probes: Vec<LadderProbe>,
    pub probes_asked: Vec<bool>,
    /// Done, difference, how they know: heard or not.
    pub parts: [bool; 3],
    pub cues_ticked: Vec<bool>,
    pub observations: String,
    pub interviewer_rating: Option<u8>,
    pub keep: String,
    pub stop: String,
    pub start: String,
    pub psw_rating: Option<u8>,
    /// Time spent asking and answering (never the feedback).
    pub time: Duration,
    /// True once the question has been reached; a question never reached is not saved, nor one
    /// only moved to ([`PairSession::kept`]).
    pub reached: bool,
    /// The PSW's answer as transcribed on this computer, when pair practice records it (takes
    /// after a pause follow the first); empty when nothing was recorded.
    pub transcript: String,
}

impl PairItem {
    fn new(question: Question) -> PairItem {
        let probes = ladder(&question);
        PairItem {
            probes_asked: vec![false; probes.len()],
            cues_ticked: vec![false; question.listen_for.len()],
            probes,
            question,
            parts: [false; 3],
            observations: String::new(),
            interviewer_rating: None,
            keep: String::new(),
            stop: String::new(),
            start: String::new(),
            psw_rating: None,
            time: Duration::ZERO,
            reached: false,
            transcript: String::new(),
        }
    }

    pub fn feedback(&self, which: Feedback) -> &str {
        match which {
            Feedback::Keep => &self.keep,
            Feedback::Stop => &self.stop,
            Feedback::Start => &self.start,
        }
    }

    fn feedback_mut(&mut self, which: Feedback) -> &mut String {
        match which {
            Feedback::Keep => &mut self.keep,
            Feedback::Stop => &mut self.stop,
            Feedback::Start => &mut self.start,
        }
    }

    pub fn parts_heard(&self) -> usize {
        self.parts.iter().filter(|&&p| p).count()
    }

    pub fn cues_heard(&self) -> usize {
        self.cues_ticked.iter().filter(|&&c| c).count()
    }

    /// Puts the follow-ups anchored in the observations at the top of the ladder, keeping every
    /// mark: a rung from the answer already marked as asked stays even if the notes change.
    fn refresh_from_the_answer(&mut self) {
        let mut probes = Vec::new();
        let mut asked = Vec::new();
        for (probe, was) in self.probes.iter().zip(&self.probes_asked) {
            if probe.rung == Rung::FromAnswer && *was {
                probes.push(probe.clone());
                asked.push(true);
            }
        }
        for probe in from_the_answer(&self.observations) {
            if !probes.iter().any(|p: &LadderProbe| p.ask == probe.ask) {
                probes.push(probe);
                asked.push(false);
            }
        }
        for (probe, was) in self.probes.iter().zip(&self.probes_asked) {
            if probe.rung != Rung::FromAnswer {
                probes.push(probe.clone());
                asked.push(*was);
            }
        }
        self.probes = probes;
        self.probes_asked = asked;
    }

    pub fn probes_asked_count(&self) -> usize {
        self.probes_asked.iter().filter(|&&a| a).count()
    }

    /// True when the interviewer marked, typed or rated anything.
    /// True once the interviewer and the PSW have both rated the answer.
    pub fn rated_by_both(&self) -> bool {
        self.interviewer_rating.is_some() && self.psw_rating.is_some()
    }

    pub fn has_content(&self) -> bool {
        let typed = |t: &str| !t.trim().is_empty();
        self.parts.iter().any(|&p| p)
            || self.probes_asked.iter().any(|&a| a)
            || self.cues_ticked.iter().any(|&c| c)
            || typed(&self.observations)
            || typed(&self.keep)
            || typed(&self.stop)
            || typed(&self.start)
            || typed(&self.transcript)
            || self.interviewer_rating.is_some()
            || self.psw_rating.is_some()
    }
}

/// Why a step could not be taken; the screen says it in these words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairRefusal {
    /// The interviewer has to rate before handing over, or the PSW's rating is not blind.
    NeedInterviewerRating,
    /// The PSW has to rate before the comparison.
    NeedPswRating,
    /// The step does not apply here.
    NotNow,
}

impl std::fmt::Display for PairRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PairRefusal::NeedInterviewerRating => {
                "Give your rating (1 to 5) before handing over the keyboard."
            }
            PairRefusal::NeedPswRating => "Give your own rating (1 to 5) to see the comparison.",
            PairRefusal::NotNow => "That does not apply at this step.",
        })
    }
}

pub struct PairSession<C: Clock> {
    setup: PairSetup,
    items: Vec<PairItem>,
    /// Equals `items.len()` once finished.
    index: usize,
    stage: PairStage,
    clock: C,
    session_id: String,
    started: DateTime<FixedOffset>,
    finished: Option<DateTime<FixedOffset>>,
    /// Session time, pauses excluded (rating and feedback included).
    watch: Stopwatch,
    tip_shown: bool,
}

/// Pair practice's clocks, for help to stop (`HelpPause`).
impl<C: Clock> super::stopwatch::Pausable for PairSession<C> {
    fn is_paused(&self) -> bool {
        PairSession::is_paused(self)
    }
    fn is_finished(&self) -> bool {
        PairSession::is_finished(self)
    }
    fn pause(&mut self) {
        PairSession::pause(self);
    }
    fn resume(&mut self) {
        PairSession::resume(self);
    }
}

impl<C: Clock> PairSession<C> {
    pub fn new(setup: PairSetup, questions: Vec<Question>, clock: C) -> PairSession<C> {
        let mut rng = StdRng::seed_from_u64(setup.seed);
        let started = clock.local_now();
        let session_id = format!(
            "{}-pair{}",
            super::new_session_id(started, &mut rng),
            setup.round
        );
        let mut items: Vec<PairItem> = questions.into_iter().map(PairItem::new).collect();
        let (stage, finished) = match items.first_mut() {
            Some(first) => {
                first.reached = true;
                (PairStage::Asking, None)
            }
            None => (PairStage::Finished, Some(started)),
        };
        PairSession {
            setup,
            items,
            index: 0,
            stage,
            watch: Stopwatch::start(clock.now(), Duration::ZERO),
            clock,
            session_id,
            started,
            finished,
            tip_shown: false,
        }
    }

    pub fn setup(&self) -> &PairSetup {
        &self.setup
    }

    pub fn session_id(&self) -> &str {
        &self.session_id
    }

    pub fn started(&self) -> DateTime<FixedOffset> {
        self.started
    }

    pub fn finished(&self) -> Option<DateTime<FixedOffset>> {
        self.finished
    }

    pub fn stage(&self) -> PairStage {
        self.stage
    }

    pub fn index(&self) -> usize {
        self.index
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn is_finished(&self) -> bool {
        self.stage == PairStage::Finished
    }

    /// Every question, reached or not, in order.
    pub fn items(&self) -> &[PairItem] {
        &self.items
    }

    pub fn current(&self) -> Option<&PairItem> {
        self.items.get(self.index)
    }

    fn current_mut(&mut self) -> Option<&mut PairItem> {
        self.items.get_mut(self.index)
    }

    pub fn question(&self) -> Option<&Question> {
        self.current().map(|i| &i.question)
    }

    pub fn initials(&self) -> &Initials {
        &self.setup.initials
    }

    pub fn set_initials(&mut self, initials: Initials) {
        self.setup.initials = initials;
    }

    // ---- marks while asking (and still correctable at the feedback step) ----

    fn marking(&self) -> bool {
        matches!(self.stage, PairStage::Asking | PairStage::Feedback)
    }

    /// `1`, `2`, `3`: the PSW covered (or, pressed again, did not cover) that part.
    pub fn toggle_part(&mut self, part: usize) {
        if !self.marking() {
            return;
        }
        if let Some(p) = self.current_mut().and_then(|i| i.parts.get_mut(part)) {
            *p = !*p;
        }
    }

    pub fn toggle_probe(&mut self, probe: usize) {
        if !self.marking() {
            return;
        }
        if let Some(p) = self
            .current_mut()
            .and_then(|i| i.probes_asked.get_mut(probe))
        {
            *p = !*p;
        }
    }

    pub fn toggle_cue(&mut self, cue: usize) {
        if !self.marking() {
            return;
        }
        if let Some(c) = self.current_mut().and_then(|i| i.cues_ticked.get_mut(cue)) {
            *c = !*c;
        }
    }

    pub fn toggle_tip(&mut self) {
        self.tip_shown = !self.tip_shown;
    }

    pub fn tip_shown(&self) -> bool {
        self.tip_shown
    }

    /// The interviewer's notes on the answer. The follow-ups anchored in them ("You said 96%...")
    /// go to the top of the ladder, marked "from the answer"; one already marked as asked stays.
    pub fn set_observations(&mut self, text: String) {
        if let Some(item) = self.current_mut() {
            item.observations = text;
            item.refresh_from_the_answer();
        }
    }

    /// Puts the words transcribed from the PSW's answer to question `index` (from 0) after any
    /// heard before, whichever step is on screen now. False when there is no such question.
    pub fn put_transcript(&mut self, index: usize, words: &str) -> bool {
        let (Some(item), words) = (self.items.get_mut(index), words.trim()) else {
            return false;
        };
        if words.is_empty() {
            return false;
        }
        if !item.transcript.is_empty() {
            item.transcript.push_str("\n\n");
        }
        item.transcript.push_str(words);
        true
    }

    pub fn set_feedback(&mut self, which: Feedback, text: String) {
        if let Some(item) = self.current_mut() {
            *item.feedback_mut(which) = text;
        }
    }

    // ---- steps ----

    /// The PSW has finished answering: stop the question clock and give feedback.
    pub fn finish_asking(&mut self) -> Result<(), PairRefusal> {
        self.step(PairStage::Asking, PairStage::Feedback)
    }

    /// Back from feedback to listening, when the PSW had more to say; the question clock runs again.
    pub fn back_to_asking(&mut self) -> Result<(), PairRefusal> {
        self.step(PairStage::Feedback, PairStage::Asking)
    }

    /// From step `from` to step `to`, the time so far credited first; refused at any other step.
    fn step(&mut self, from: PairStage, to: PairStage) -> Result<(), PairRefusal> {
        if self.stage != from {
            return Err(PairRefusal::NotNow);
        }
        self.settle();
        self.stage = to;
        Ok(())
    }

    /// The interviewer's own rating, 1 to 5, at the feedback step only.
    pub fn rate_interviewer(&mut self, rating: u8) {
        if self.stage != PairStage::Feedback || !RATINGS.contains(&rating) {
            return;
        }
        if let Some(item) = self.current_mut() {
            item.interviewer_rating = Some(rating);
        }
    }

    /// Hands the keyboard to the PSW; only once the interviewer has rated, so the PSW rates blind.
    pub fn hand_over(&mut self) -> Result<(), PairRefusal> {
        if self.stage == PairStage::Feedback
            && self.current().and_then(|i| i.interviewer_rating).is_none()
        {
            return Err(PairRefusal::NeedInterviewerRating);
        }
        self.step(PairStage::Feedback, PairStage::HandOver)
    }

    /// The PSW's own rating, 1 to 5, on the hand-over screen only.
    pub fn rate_psw(&mut self, rating: u8) {
        if self.stage != PairStage::HandOver || !RATINGS.contains(&rating) {
            return;
        }
        if let Some(item) = self.current_mut() {
            item.psw_rating = Some(rating);
        }
    }

    /// Shows both ratings; only once the PSW has rated.
    pub fn compare(&mut self) -> Result<(), PairRefusal> {
        if self.stage == PairStage::HandOver && self.current().and_then(|i| i.psw_rating).is_none()
        {
            return Err(PairRefusal::NeedPswRating);
        }
        self.step(PairStage::HandOver, PairStage::Compare)
    }

    /// From the comparison on to the next question, or to the end.
    pub fn next_question(&mut self) -> Result<(), PairRefusal> {
        if self.stage != PairStage::Compare {
            return Err(PairRefusal::NotNow);
        }
        self.settle();
        self.index += 1;
        self.tip_shown = false;
        match self.items.get_mut(self.index) {
            Some(item) => {
                item.reached = true;
                self.stage = PairStage::Asking;
            }
            None => self.finish(),
        }
        Ok(())
    }

    /// Ends the session early, keeping everything marked so far (the current question included).
    pub fn finish(&mut self) {
        if self.stage == PairStage::Finished {
            return;
        }
        self.settle();
        self.stage = PairStage::Finished;
        self.finished = Some(self.clock.local_now());
    }

    // ---- time ----

    pub fn pause(&mut self) {
        self.settle();
        self.watch.pause();
    }

    pub fn resume(&mut self) {
        self.watch.resume(self.clock.now());
    }

    /// Pause or carry on.
    pub fn toggle_pause(&mut self) {
        if self.watch.is_paused() {
            self.resume();
        } else {
            self.pause();
        }
    }

    pub fn is_paused(&self) -> bool {
        self.watch.is_paused()
    }

    fn running(&self) -> Duration {
        self.watch.running(self.clock.now(), self.ended())
    }

    fn ended(&self) -> Ended {
        Ended::when(self.stage == PairStage::Finished)
    }

    /// Credits running time; called before anything changes the stage or pauses.
    fn settle(&mut self) {
        let run = self.watch.settle(self.clock.now(), self.ended());
        if self.stage == PairStage::Asking
            && let Some(item) = self.current_mut()
        {
            item.time += run;
        }
    }

    /// Time on a question so far: only the asking, never the feedback.
    pub fn question_time(&self, question: usize) -> Duration {
        let credited = self.items.get(question).map_or(Duration::ZERO, |i| i.time);
        if question == self.index && self.stage == PairStage::Asking {
            credited + self.running()
        } else {
            credited
        }
    }

    pub fn question_elapsed(&self) -> Duration {
        self.question_time(self.index)
    }

    pub fn question_target(&self) -> Duration {
        self.question().map_or(Duration::ZERO, Question::target)
    }

    pub fn pace(&self) -> Pace {
        Pace::of(self.question_elapsed(), self.question_target())
    }

    /// The whole sitting so far, feedback included, pauses excluded.
    pub fn session_elapsed(&self) -> Duration {
        self.watch.elapsed(self.clock.now(), self.ended())
    }

    /// Questions rated by both.
    pub fn completed(&self) -> usize {
        self.items.iter().filter(|i| i.rated_by_both()).count()
    }

    /// The questions reached.
    pub fn reached(&self) -> impl Iterator<Item = (usize, &PairItem)> {
        self.items.iter().enumerate().filter(|(_, i)| i.reached)
    }

    /// The questions a note keeps, and every screen and review counts: those reached with
    /// anything marked, typed or rated, or with at least [`ASKED_AFTER`] spent on them. A question
    /// only moved to, with nothing in it, was not asked: saved straight after Enter, it was kept
    /// as "2 of 5 questions" while review counted 1 (the thirteenth walk's row 6).
    pub fn kept(&self) -> impl Iterator<Item = (usize, &PairItem)> {
        self.reached()
            .filter(|(i, item)| item.has_content() || self.question_time(*i) >= ASKED_AFTER)
    }

    /// True when anything was marked, typed or rated: a session with nothing in it is not saved.
    pub fn has_content(&self) -> bool {
        self.items.iter().any(PairItem::has_content)
    }

    /// Ids of every question kept, so the next round can ask others.
    pub fn asked_ids(&self) -> Vec<String> {
        self.kept().map(|(_, i)| i.question.id.clone()).collect()
    }

    /// The setup for the next round: roles and initials swapped, on the plan the new interviewer
    /// chooses. This session is left as it is, to be saved on its own.
    pub fn swapped_setup(&self, plan_label: String, plan_title: String, seed: u64) -> PairSetup {
        PairSetup {
            plan_label,
            plan_title,
            banks: self.setup.banks.clone(),
            seed,
            round: self.setup.round + 1,
            initials: self.setup.initials.swapped(),
        }
    }
}

impl<C: Clock> PairSession<C> {
    /// The session so far as a note of kind `pair`: for the draft while it runs, and the note at
    /// the end. Only the questions [`kept`](Self::kept) are in it. The PSW answered aloud, so there
    /// are no typed answers: the interviewer's marks, both ratings and the timings are the record.
    pub fn to_note(&self) -> Note {
        let initial = |s: &str| {
            let s = s.trim();
            (!s.is_empty()).then(|| s.to_string())
        };
        let questions = self
            .kept()
            .map(|(i, item)| NoteQuestion {
                pair: Some(PairMarks {
                    rating: item.interviewer_rating,
                    heard: PartsHeard {
                        done: item.parts[0],
                        difference: item.parts[1],
                        evidence: item.parts[2],
                    },
                    probes_asked: item
                        .probes
                        .iter()
                        .zip(&item.probes_asked)
                        .filter(|(_, asked)| **asked)
                        .map(|(p, _)| p.ask.clone())
                        .collect(),
                    observations: item.observations.clone(),
                    keep: item.keep.clone(),
                    stop: item.stop.clone(),
                    start: item.start.clone(),
                }),
                answers: spoken_answer(item, self.question_time(i).as_secs()),
                total_seconds: self.question_time(i).as_secs(),
                rating: item.psw_rating,
                ..NoteQuestion::asked(&item.question, &item.cues_ticked)
            })
            .collect();
        Note {
            format: FORMAT_VERSION,
            session_id: self.session_id.clone(),
            kind: NoteKind::Pair,
            plan: self.setup.plan_label.clone(),
            plan_title: self.setup.plan_title.clone(),
            interviewer: initial(&self.setup.initials.interviewer),
            psw: initial(&self.setup.initials.psw),
            banks: self.setup.banks.clone(),
            started: self.started,
            finished: self.finished,
            // Recorded once any answer was transcribed, so review tells the two apart.
            style: if self.items.iter().any(|i| !i.transcript.trim().is_empty()) {
                AnswerStyle::Recorded
            } else {
                AnswerStyle::Spoken
            },
            questions,
            resume: None,
        }
    }
}

/// The PSW's answer as the note keeps it when it was recorded: one part, marked as transcribed
/// on this computer; nothing when it was not recorded (the interviewer's marks are the record).
fn spoken_answer(item: &PairItem, seconds: u64) -> Vec<PromptAnswer> {
    if item.transcript.trim().is_empty() {
        return Vec::new();
    }
    vec![PromptAnswer {
        id: SPOKEN_ANSWER_ID.to_string(),
        ask: "The PSW's answer, as heard".to_string(),
        seconds,
        text: item.transcript.clone(),
        transcribed: Some(Transcribed::AsHeard),
    }]
}

/// Time on a question, with nothing marked, from which it counts as asked and answered aloud:
/// reading a question out alone takes about this long, so less is a question only moved to
/// (Enter, then Ctrl-S a moment later), which is neither kept nor counted.
pub const ASKED_AFTER: Duration = Duration::from_secs(10);

/// The id of the one part a recorded pair answer is kept as.
pub const SPOKEN_ANSWER_ID: &str = "spoken";

/// What the app needs to start a pair session: the plan, and for a later round who is who and
/// which questions were asked already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairStart {
    pub plan: super::Plan,
    /// The same number picks the same questions (as `cards --seed` does).
    pub seed: Option<u64>,
    pub round: u32,
    pub initials: Initials,
    /// Question ids not to ask again, unless nothing else is left.
    pub exclude: Vec<String>,
    /// The questions the interviewer ticked in the plan's list, in order; empty for the plan's
    /// own choice. The session is still named by `plan` ("Topic: Waiting times"), not by ids.
    pub chosen: Vec<String>,
}

impl PairStart {
    pub fn new(plan: super::Plan, seed: Option<u64>) -> PairStart {
        PairStart {
            plan,
            seed,
            round: 1,
            initials: Initials::default(),
            exclude: Vec::new(),
            chosen: Vec::new(),
        }
    }

    /// `chosen` questions, ticked in the list of `plan` (a topic or a quality statement).
    pub fn chosen(plan: super::Plan, chosen: Vec<String>) -> PairStart {
        PairStart {
            chosen,
            ..PairStart::new(plan, None)
        }
    }

    /// What picks the questions: the ticked ones if there are any, else the plan.
    pub fn selection(&self) -> super::Plan {
        if self.chosen.is_empty() {
            self.plan.clone()
        } else {
            super::Plan::Questions(self.chosen.clone())
        }
    }
}

/// Drops the questions the last round asked, unless that would leave nothing to ask.
pub fn not_yet_asked(questions: Vec<Question>, asked: &[String]) -> Vec<Question> {
    let fresh: Vec<Question> = questions
        .iter()
        .filter(|q| !asked.contains(&q.id))
        .cloned()
        .collect();
    if fresh.is_empty() { questions } else { fresh }
}

#[cfg(test)]
#[path = "pair_tests.rs"]
mod tests;
