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
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::bank::model::{FollowUp, Gap, Question};
use crate::notes::model::{
    AnswerStyle, Cue, FORMAT_VERSION, Note, NoteKind, NoteQuestion, PairMarks, PartsHeard,
};

use super::clock::Clock;

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

/// The last rung of every ladder: assessors end a line of enquiry by asking to see it.
pub const EVIDENCE_PROBE: &str = "Can you show me the evidence for that? What would I see if I \
looked at it?";

/// From this share of the target on, the timer turns amber ("nearly time").
const AMBER_FROM: f64 = 0.8;

pub const RATINGS: std::ops::RangeInclusive<u8> = 1..=5;

/// How far up the ladder a probe sits: ask the plain ones first, then go deeper, then ask for proof.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rung {
    /// Worth asking of any answer.
    Plain,
    /// Worth asking when the PSW mentions one of the probe's words.
    Deeper,
    /// "Show me the evidence".
    Evidence,
}

impl Rung {
    pub fn label(self) -> &'static str {
        match self {
            Rung::Plain => "Plain",
            Rung::Deeper => "Deeper",
            Rung::Evidence => "Evidence",
        }
    }
}

/// One probe on the interviewer's ladder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    pub ask: String,
    pub rung: Rung,
    /// Words that make a deeper probe the natural one, for the interviewer to listen for.
    pub when: Vec<String>,
    /// What the probe goes after when the answer lacks it.
    pub gap: Option<Gap>,
}

impl Probe {
    /// "\"waiting list\" or \"wait\"", at most `max` words then "or similar": what to listen for
    /// before asking a deeper probe. Empty for a probe with no words.
    pub fn cue_words(&self, max: usize) -> String {
        let quoted: Vec<String> = self
            .when
            .iter()
            .take(max)
            .map(|w| format!("\"{w}\""))
            .collect();
        match quoted.as_slice() {
            [] => String::new(),
            [one] if self.when.len() == 1 => one.clone(),
            _ if self.when.len() > max => format!("{} or similar", quoted.join(", ")),
            [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
        }
    }
}

/// What a gap probe waits for, in the interviewer's words.
pub fn gap_condition(gap: Gap) -> &'static str {
    match gap {
        Gap::Done => "if they have not said what they did",
        Gap::Difference => "if they have not said what difference it made",
        Gap::Evidence => "if they have not said how they know",
        Gap::People => "if they have not said who it helped",
        Gap::Next => "if they have not said what comes next, and when",
        Gap::Example => "if they have not given a specific example",
        Gap::OwnPart => "if they have not said what they did themselves",
    }
}

/// The part whose tick, left empty, makes this gap probe the one to ask.
pub fn part_for_gap(gap: Gap) -> Option<usize> {
    PARTS.iter().position(|p| p.id == gap.slug())
}

/// The probes for a question in the order an interviewer climbs them: the plain ones; then the
/// deeper ones (gap probes, biggest gap first, then those that follow a word heard); then the
/// evidence, the question's own evidence probe or "show me the evidence". The bank's order is kept
/// within a rung. The question's own probes come before its bank's defaults.
pub fn ladder(question: &Question) -> Vec<Probe> {
    let probe = |f: &FollowUp, rung: Rung| Probe {
        ask: f.ask.clone(),
        rung,
        when: f.when.clone(),
        gap: f.gap,
    };
    let all: Vec<&FollowUp> = question.probes().collect();
    let mut probes: Vec<Probe> = all
        .iter()
        .filter(|f| f.when.is_empty() && f.gap.is_none())
        .map(|f| probe(f, Rung::Plain))
        .collect();
    let mut gaps: Vec<&&FollowUp> = all
        .iter()
        .filter(|f| f.when.is_empty() && f.gap.is_some_and(|g| g != Gap::Evidence))
        .collect();
    gaps.sort_by_key(|f| f.gap.map(Gap::rank));
    probes.extend(gaps.into_iter().map(|f| probe(f, Rung::Deeper)));
    probes.extend(
        all.iter()
            .filter(|f| !f.when.is_empty())
            .map(|f| probe(f, Rung::Deeper)),
    );
    let evidence: Vec<Probe> = all
        .iter()
        .filter(|f| f.when.is_empty() && f.gap == Some(Gap::Evidence))
        .map(|f| probe(f, Rung::Evidence))
        .collect();
    if evidence.is_empty() {
        probes.push(Probe {
            ask: EVIDENCE_PROBE.to_string(),
            rung: Rung::Evidence,
            when: Vec::new(),
            gap: Some(Gap::Evidence),
        });
    } else {
        probes.extend(evidence);
    }
    probes
}

impl Probe {
    /// When to ask it, for the interviewer: "if they mention \"wait\"", "if they have not said how
    /// they know"; `None` for a plain probe.
    pub fn condition(&self) -> Option<String> {
        if !self.when.is_empty() {
            Some(format!("if they mention {}", self.cue_words(3)))
        } else {
            self.gap.map(|g| gap_condition(g).to_string())
        }
    }
}

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
    pub probes: Vec<Probe>,
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
    /// True once the question has been reached; a question never reached is not saved.
    pub reached: bool,
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

    pub fn probes_asked_count(&self) -> usize {
        self.probes_asked.iter().filter(|&&a| a).count()
    }

    /// True when the interviewer marked, typed or rated anything.
    pub fn has_content(&self) -> bool {
        let typed = |t: &str| !t.trim().is_empty();
        self.parts.iter().any(|&p| p)
            || self.probes_asked.iter().any(|&a| a)
            || self.cues_ticked.iter().any(|&c| c)
            || typed(&self.observations)
            || typed(&self.keep)
            || typed(&self.stop)
            || typed(&self.start)
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
    paused: bool,
    /// `clock.now()` when time was last credited; time since then is still running.
    mark: Duration,
    session_time: Duration,
    tip_shown: bool,
}

impl<C: Clock> PairSession<C> {
    pub fn new(setup: PairSetup, questions: Vec<Question>, clock: C) -> PairSession<C> {
        let mut rng = StdRng::seed_from_u64(setup.seed);
        let started = clock.local_now();
        let session_id = format!(
            "{}-{:04x}-pair{}",
            started.format("%Y%m%d-%H%M%S"),
            rng.random::<u16>(),
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
            mark: clock.now(),
            clock,
            session_id,
            started,
            finished,
            paused: false,
            session_time: Duration::ZERO,
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

    pub fn set_observations(&mut self, text: String) {
        if let Some(item) = self.current_mut() {
            item.observations = text;
        }
    }

    pub fn set_feedback(&mut self, which: Feedback, text: String) {
        if let Some(item) = self.current_mut() {
            *item.feedback_mut(which) = text;
        }
    }

    // ---- steps ----

    /// The PSW has finished answering: stop the question clock and give feedback.
    pub fn finish_asking(&mut self) -> Result<(), PairRefusal> {
        if self.stage != PairStage::Asking {
            return Err(PairRefusal::NotNow);
        }
        self.settle();
        self.stage = PairStage::Feedback;
        Ok(())
    }

    /// Back from feedback to listening, when the PSW had more to say; the question clock runs again.
    pub fn back_to_asking(&mut self) -> Result<(), PairRefusal> {
        if self.stage != PairStage::Feedback {
            return Err(PairRefusal::NotNow);
        }
        self.settle();
        self.stage = PairStage::Asking;
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
        if self.stage != PairStage::Feedback {
            return Err(PairRefusal::NotNow);
        }
        if self.current().and_then(|i| i.interviewer_rating).is_none() {
            return Err(PairRefusal::NeedInterviewerRating);
        }
        self.settle();
        self.stage = PairStage::HandOver;
        Ok(())
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
        if self.stage != PairStage::HandOver {
            return Err(PairRefusal::NotNow);
        }
        if self.current().and_then(|i| i.psw_rating).is_none() {
            return Err(PairRefusal::NeedPswRating);
        }
        self.settle();
        self.stage = PairStage::Compare;
        Ok(())
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
        self.paused = true;
    }

    pub fn resume(&mut self) {
        if self.paused {
            self.mark = self.clock.now();
            self.paused = false;
        }
    }

    /// Space: pause or carry on.
    pub fn toggle_pause(&mut self) {
        if self.paused {
            self.resume();
        } else {
            self.pause();
        }
    }

    pub fn is_paused(&self) -> bool {
        self.paused
    }

    fn running(&self) -> Duration {
        if self.paused || self.stage == PairStage::Finished {
            Duration::ZERO
        } else {
            self.clock.now().saturating_sub(self.mark)
        }
    }

    /// Credits running time; called before anything changes the stage or pauses.
    fn settle(&mut self) {
        let run = self.running();
        self.mark = self.clock.now();
        self.session_time += run;
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
        self.question().map_or(Duration::ZERO, |q| {
            Duration::from_secs(q.target_seconds.into())
        })
    }

    pub fn pace(&self) -> Pace {
        Pace::of(self.question_elapsed(), self.question_target())
    }

    /// The whole sitting so far, feedback included, pauses excluded.
    pub fn session_elapsed(&self) -> Duration {
        self.session_time + self.running()
    }

    /// Questions rated by both.
    pub fn completed(&self) -> usize {
        self.items
            .iter()
            .filter(|i| i.interviewer_rating.is_some() && i.psw_rating.is_some())
            .count()
    }

    /// The questions reached, which are the ones a note keeps.
    pub fn reached(&self) -> impl Iterator<Item = (usize, &PairItem)> {
        self.items.iter().enumerate().filter(|(_, i)| i.reached)
    }

    /// True when anything was marked, typed or rated: a session with nothing in it is not saved.
    pub fn has_content(&self) -> bool {
        self.items.iter().any(PairItem::has_content)
    }

    /// Ids of every question reached, so the next round can ask others.
    pub fn asked_ids(&self) -> Vec<String> {
        self.reached().map(|(_, i)| i.question.id.clone()).collect()
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
    /// the end. Only questions reached are kept. The PSW answered aloud, so there are no typed
    /// answers: the interviewer's marks, both ratings and the timings are the record.
    pub fn to_note(&self) -> Note {
        let initial = |s: &str| {
            let s = s.trim();
            (!s.is_empty()).then(|| s.to_string())
        };
        let questions = self
            .reached()
            .map(|(i, item)| {
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
                    cues: q
                        .listen_for
                        .iter()
                        .zip(&item.cues_ticked)
                        .map(|(text, &ticked)| Cue {
                            text: text.clone(),
                            ticked,
                        })
                        .collect(),
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
                    total_seconds: self.question_time(i).as_secs(),
                    target_seconds: q.target_seconds,
                    rating: item.psw_rating,
                    ..NoteQuestion::default()
                }
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
            style: AnswerStyle::Spoken,
            questions,
            resume: None,
        }
    }
}

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
}

impl PairStart {
    pub fn new(plan: super::Plan, seed: Option<u64>) -> PairStart {
        PairStart {
            plan,
            seed,
            round: 1,
            initials: Initials::default(),
            exclude: Vec::new(),
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
mod tests {
    use super::*;
    use crate::bank::model::{Kind, QualityStatement};
    use crate::drill::clock::FakeClock;

    fn secs(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    fn question(id: &str, target_seconds: u32) -> Question {
        Question {
            id: id.to_string(),
            bank: "test".to_string(),
            kind: Kind::Focused,
            topic: "waiting-times".to_string(),
            quality_statements: vec![QualityStatement::AssessingNeeds],
            ask: format!("Tell me about {id}."),
            follow_ups: vec![
                FollowUp {
                    ask: "Who owns the waiting list?".into(),
                    when: vec!["waiting list".into()],
                    gap: None,
                },
                FollowUp {
                    ask: "What do people tell you?".into(),
                    when: vec![],
                    gap: None,
                },
            ],
            default_probes: vec![FollowUp {
                ask: "Who did it make a difference for?".into(),
                when: vec![],
                gap: Some(Gap::People),
            }],
            listen_for: vec!["A figure".into(), "A person's voice".into()],
            target_seconds,
            tip: Some("Lead with the figure.".into()),
            prompts: None,
            tags: vec![],
            line: 0,
            column: 0,
        }
    }

    fn setup() -> PairSetup {
        PairSetup {
            plan_label: "random 2".into(),
            plan_title: "2 questions at random".into(),
            banks: vec!["test".into()],
            seed: 7,
            round: 1,
            initials: Initials::default(),
        }
    }

    fn clock() -> FakeClock {
        FakeClock::new(DateTime::parse_from_rfc3339("2026-12-01T19:00:00+00:00").unwrap())
    }

    fn session(clock: &FakeClock) -> PairSession<FakeClock> {
        PairSession::new(
            setup(),
            vec![question("q1", 100), question("q2", 60)],
            clock.clone(),
        )
    }

    /// Rates the current question by both and moves on.
    fn rate_both(s: &mut PairSession<FakeClock>, interviewer: u8, psw: u8) {
        s.finish_asking().unwrap();
        s.rate_interviewer(interviewer);
        s.hand_over().unwrap();
        s.rate_psw(psw);
        s.compare().unwrap();
        s.next_question().unwrap();
    }

    #[test]
    fn the_ladder_climbs_plain_then_deeper_then_evidence() {
        let probes = ladder(&question("q", 60));
        let rungs: Vec<Rung> = probes.iter().map(|p| p.rung).collect();
        assert_eq!(
            rungs,
            [Rung::Plain, Rung::Deeper, Rung::Deeper, Rung::Evidence]
        );
        assert_eq!(probes[0].ask, "What do people tell you?");
        assert_eq!(probes[0].condition(), None);
        assert_eq!(probes[1].ask, "Who did it make a difference for?");
        assert_eq!(
            probes[1].condition().unwrap(),
            "if they have not said who it helped"
        );
        assert_eq!(probes[2].when, ["waiting list"]);
        assert_eq!(
            probes[2].condition().unwrap(),
            "if they mention \"waiting list\""
        );
        assert_eq!(probes[3].ask, EVIDENCE_PROBE);
        assert_eq!(part_for_gap(Gap::Evidence), Some(2));
        assert_eq!(part_for_gap(Gap::People), None);

        // A question's own evidence probe replaces the generic one, and gaps go biggest first.
        let mut q = question("q", 60);
        q.follow_ups.push(FollowUp {
            ask: "What would the audit show?".into(),
            when: vec![],
            gap: Some(Gap::Evidence),
        });
        q.follow_ups.push(FollowUp {
            ask: "What changed for people?".into(),
            when: vec![],
            gap: Some(Gap::Difference),
        });
        let asks: Vec<String> = ladder(&q).into_iter().map(|p| p.ask).collect();
        assert_eq!(
            asks,
            [
                "What do people tell you?",
                "What changed for people?",
                "Who did it make a difference for?",
                "Who owns the waiting list?",
                "What would the audit show?"
            ]
        );

        let mut p = probes[2].clone();
        assert_eq!(p.cue_words(3), "\"waiting list\"");
        p.when = vec!["a".into(), "b".into()];
        assert_eq!(p.cue_words(3), "\"a\" or \"b\"");
        p.when = vec!["a".into(), "b".into(), "c".into(), "d".into()];
        assert_eq!(p.cue_words(3), "\"a\", \"b\", \"c\" or similar");
        assert_eq!(probes[0].cue_words(3), "");
    }

    #[test]
    fn ticks_probes_and_cues_toggle_and_are_kept_per_question() {
        let clock = clock();
        let mut s = session(&clock);
        assert_eq!(s.stage(), PairStage::Asking);
        s.toggle_part(0);
        s.toggle_part(2);
        s.toggle_part(2);
        s.toggle_part(9); // no such part: ignored
        s.toggle_probe(2);
        s.toggle_probe(40);
        s.toggle_cue(1);
        s.set_observations("Gave the figure, no person's voice.".into());
        let item = s.current().unwrap();
        assert_eq!(item.parts, [true, false, false]);
        assert_eq!(item.probes_asked, [false, false, true, false]);
        assert_eq!(item.cues_ticked, [false, true]);
        assert_eq!((item.parts_heard(), item.cues_heard()), (1, 1));
        assert_eq!(item.probes_asked_count(), 1);

        // Still correctable while giving feedback...
        s.finish_asking().unwrap();
        s.toggle_part(1);
        assert_eq!(s.current().unwrap().parts, [true, true, false]);
        // ...but not once the PSW has the keyboard.
        s.rate_interviewer(3);
        s.hand_over().unwrap();
        s.toggle_part(2);
        s.toggle_cue(0);
        s.toggle_probe(0);
        let item = s.current().unwrap();
        assert_eq!(item.parts, [true, true, false]);
        assert_eq!(item.cues_ticked, [false, true]);
        assert_eq!(item.probes_asked, [false, false, true, false]);

        s.rate_psw(4);
        s.compare().unwrap();
        s.next_question().unwrap();
        let fresh = s.current().unwrap();
        assert_eq!(fresh.question.id, "q2");
        assert_eq!(fresh.parts, [false; 3]);
        assert!(fresh.observations.is_empty());
        assert_eq!(
            s.items()[0].observations,
            "Gave the figure, no person's voice."
        );
    }

    #[test]
    fn only_asking_is_timed_and_pause_stops_every_clock() {
        let clock = clock();
        let mut s = session(&clock);
        clock.advance(secs(30));
        assert_eq!(s.question_elapsed(), secs(30));
        s.toggle_pause();
        assert!(s.is_paused());
        clock.advance(secs(100));
        assert_eq!(s.question_elapsed(), secs(30));
        assert_eq!(s.session_elapsed(), secs(30));
        s.toggle_pause();
        clock.advance(secs(45));
        assert_eq!(s.question_elapsed(), secs(75));
        s.finish_asking().unwrap();
        clock.advance(secs(20)); // feedback: the session runs, the question does not
        assert_eq!(s.question_elapsed(), secs(75));
        assert_eq!(s.session_elapsed(), secs(95));

        // Back to listening: the question clock picks up where it stopped.
        s.back_to_asking().unwrap();
        clock.advance(secs(10));
        assert_eq!(s.question_elapsed(), secs(85));
        s.finish_asking().unwrap();
        s.rate_interviewer(2);
        s.hand_over().unwrap();
        clock.advance(secs(5));
        s.rate_psw(4);
        s.compare().unwrap();
        s.next_question().unwrap();
        assert_eq!(s.question_time(0), secs(85));
        assert_eq!(s.question_elapsed(), Duration::ZERO);
        assert_eq!(s.session_elapsed(), secs(110));
    }

    #[test]
    fn pace_reads_green_amber_red_in_words() {
        let t = secs(100);
        assert_eq!(Pace::of(secs(79), t), Pace::OnTime);
        assert_eq!(Pace::of(secs(80), t), Pace::NearlyTime);
        assert_eq!(Pace::of(secs(100), t), Pace::NearlyTime);
        assert_eq!(Pace::of(secs(101), t), Pace::OverTime);
        assert_eq!(Pace::describe(secs(70), t), "green: 1:10 of 1:40");
        assert_eq!(Pace::describe(secs(85), t), "amber: 0:15 left of 1:40");
        assert_eq!(Pace::describe(secs(117), t), "red: over 1:40 by 0:17");

        let clock = clock();
        let s = session(&clock);
        assert_eq!(s.pace(), Pace::OnTime);
        clock.advance(secs(90));
        assert_eq!(s.pace(), Pace::NearlyTime);
        clock.advance(secs(11));
        assert_eq!(s.pace(), Pace::OverTime);
        assert_eq!(s.pace().word(), "red");
    }

    #[test]
    fn both_ratings_are_needed_and_the_psw_rates_blind() {
        let clock = clock();
        let mut s = session(&clock);
        // Ratings only count at their own step.
        s.rate_interviewer(4);
        s.rate_psw(4);
        assert_eq!(s.current().unwrap().interviewer_rating, None);
        assert_eq!(s.hand_over(), Err(PairRefusal::NotNow));

        s.finish_asking().unwrap();
        assert_eq!(s.hand_over(), Err(PairRefusal::NeedInterviewerRating));
        s.rate_interviewer(0);
        s.rate_interviewer(6);
        assert_eq!(s.hand_over(), Err(PairRefusal::NeedInterviewerRating));
        s.rate_interviewer(2);
        s.rate_interviewer(3); // changed their mind
        s.set_feedback(Feedback::Keep, "The waiting-list figure up front.".into());
        s.set_feedback(Feedback::Stop, "Reading from notes.".into());
        s.set_feedback(Feedback::Start, "Name one person's story.".into());
        s.rate_psw(5);
        assert_eq!(s.current().unwrap().psw_rating, None);
        s.hand_over().unwrap();
        assert_eq!(s.stage(), PairStage::HandOver);

        assert_eq!(s.compare(), Err(PairRefusal::NeedPswRating));
        s.rate_interviewer(1); // the interviewer cannot change theirs behind the PSW's back
        s.rate_psw(5);
        s.compare().unwrap();
        let item = s.current().unwrap();
        assert_eq!(
            (item.interviewer_rating, item.psw_rating),
            (Some(3), Some(5))
        );
        assert_eq!(
            item.feedback(Feedback::Keep),
            "The waiting-list figure up front."
        );
        assert_eq!(item.feedback(Feedback::Stop), "Reading from notes.");
        assert_eq!(item.feedback(Feedback::Start), "Name one person's story.");
        assert_eq!(s.completed(), 1);
    }

    #[test]
    fn the_session_finishes_after_the_last_comparison() {
        let clock = clock();
        let mut s = session(&clock);
        rate_both(&mut s, 3, 4);
        assert!(s.items()[1].reached);
        s.toggle_tip();
        assert!(s.tip_shown());
        rate_both(&mut s, 2, 2);
        assert!(!s.tip_shown(), "each question starts with its tip hidden");
        assert!(s.is_finished());
        assert_eq!(s.completed(), 2);
        assert_eq!(s.finished(), Some(s.started()));
        assert_eq!(s.next_question(), Err(PairRefusal::NotNow));
        assert_eq!(s.question(), None);
    }

    #[test]
    fn finishing_early_keeps_only_the_questions_reached() {
        let clock = clock();
        let mut s = session(&clock);
        assert!(!s.has_content());
        s.toggle_part(0);
        assert!(s.has_content());
        clock.advance(secs(12));
        s.finish();
        assert!(s.is_finished());
        assert_eq!(s.reached().count(), 1);
        assert_eq!(s.asked_ids(), ["q1"]);
        assert_eq!(s.question_time(0), secs(12));
        clock.advance(secs(12));
        assert_eq!(s.session_elapsed(), secs(12));
    }

    #[test]
    fn swapping_roles_swaps_initials_and_counts_the_round() {
        let clock = clock();
        let mut s = session(&clock);
        rate_both(&mut s, 3, 4);
        rate_both(&mut s, 4, 4);
        s.set_initials(Initials {
            interviewer: "AB".into(),
            psw: "CD".into(),
        });
        let next = s.swapped_setup("mock".into(), "Mock interview".into(), 8);
        assert_eq!(next.round, 2);
        assert_eq!(next.initials.interviewer, "CD");
        assert_eq!(next.initials.psw, "AB");
        let fresh = not_yet_asked(vec![question("q1", 60), question("q3", 60)], &s.asked_ids());
        assert_eq!(fresh.len(), 1);
        assert_eq!(fresh[0].id, "q3");
        // If every question was asked already, ask them again rather than nothing.
        assert_eq!(
            not_yet_asked(vec![question("q1", 60)], &s.asked_ids()).len(),
            1
        );

        let second = PairSession::new(next, fresh, clock.clone());
        assert_ne!(second.session_id(), s.session_id());
        assert!(second.session_id().ends_with("-pair2"));
        assert_eq!(second.stage(), PairStage::Asking);
        assert_eq!(second.initials().psw, "AB");
    }

    #[test]
    fn the_note_keeps_marks_ratings_feedback_and_timings_of_questions_reached() {
        let clock = clock();
        let mut s = session(&clock);
        s.toggle_part(0);
        s.toggle_part(2);
        s.toggle_probe(0);
        s.toggle_probe(3);
        s.toggle_cue(1);
        s.set_observations("Strong on triage.".into());
        clock.advance(secs(95));
        s.finish_asking().unwrap();
        s.rate_interviewer(3);
        s.set_feedback(Feedback::Keep, "The figure.".into());
        s.set_feedback(Feedback::Start, "A story.".into());
        s.hand_over().unwrap();
        s.rate_psw(4);

        // A draft mid-way holds what is there so far.
        let draft = s.to_note();
        assert_eq!(draft.kind, NoteKind::Pair);
        assert_eq!(draft.finished, None);
        assert_eq!(draft.questions.len(), 1, "q2 not reached yet");

        s.compare().unwrap();
        s.next_question().unwrap();
        clock.advance(secs(20));
        s.finish();
        s.set_initials(Initials {
            interviewer: " AB ".into(),
            psw: String::new(),
        });
        let note = s.to_note();
        assert_eq!(note.plan, "random 2");
        assert_eq!(note.plan_title, "2 questions at random");
        assert_eq!(note.interviewer.as_deref(), Some("AB"));
        assert_eq!(note.psw, None);
        assert_eq!(note.style, AnswerStyle::Spoken);
        assert!(note.finished.is_some());
        assert_eq!(note.questions.len(), 2);
        let q = &note.questions[0];
        assert_eq!(q.total_seconds, 95);
        assert_eq!(q.rating, Some(4));
        assert_eq!(q.cues_ticked(), 1);
        assert!(q.answers.is_empty());
        let marks = q.pair.as_ref().unwrap();
        assert_eq!(marks.rating, Some(3));
        assert_eq!(
            (
                marks.heard.done,
                marks.heard.difference,
                marks.heard.evidence
            ),
            (true, false, true)
        );
        assert_eq!(
            marks.probes_asked,
            ["What do people tell you?", EVIDENCE_PROBE]
        );
        assert_eq!(marks.observations, "Strong on triage.");
        assert_eq!(
            (marks.keep.as_str(), marks.stop.as_str()),
            ("The figure.", "")
        );
        assert_eq!(marks.start, "A story.");
        assert_eq!(note.questions[1].total_seconds, 20);
        assert_eq!(note.questions[1].pair.as_ref().unwrap().rating, None);

        // It survives the note format exactly.
        let text = crate::notes::to_markdown(&note);
        assert_eq!(crate::notes::from_markdown(&text).unwrap(), note);
    }

    #[test]
    fn an_empty_plan_is_finished_from_the_start() {
        let s = PairSession::new(setup(), vec![], clock());
        assert!(s.is_finished());
        assert!(s.is_empty());
        assert_eq!(s.reached().count(), 0);
    }
}
