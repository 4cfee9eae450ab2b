//! Recorded spoken practice in the full-screen app: the microphone records each part while its
//! timer runs; when the PSW moves on, the part is transcribed in the background (see
//! `voice::recorder::LiveRecorder`) while the next part starts, and its words land in that part's
//! box, where they can be corrected before the insights run.
//!
//! The rehearse screen owns one [`PartRecorder`] and calls [`PartRecorder::follow`] after every key
//! and tick; this component works out from the session alone when to start and stop. It never
//! waits: stopping hands the sound to the worker thread, and the words are collected on a later
//! call.

use crate::drill::{Clock, PartAt, PartSlot, Session};
use crate::notes::NoteQuestion;
use crate::text::sentence;
use crate::voice::recorder::{AudioFile, LiveRecorder};
use std::collections::HashMap;

pub struct PartRecorder {
    live: Box<dyn LiveRecorder>,
    /// The part being recorded now.
    recording: Option<PartAt>,
    /// Parts sent to be transcribed, by the id they were sent under.
    waiting: HashMap<u64, PartAt>,
    next_id: u64,
    /// Parts not to record again by themselves: the microphone failed on them (the PSW types).
    given_up: Vec<PartAt>,
    /// The delivery of each part transcribed, on one line, in the order they came back.
    delivery: Vec<(PartAt, String)>,
    /// Seconds of speech measured in each part whose words reached its box, takes added up.
    spoken: HashMap<PartAt, f64>,
    /// The last problem, in a sentence, until the next part starts.
    problem: Option<String>,
    /// The part the microphone could not start on: its sentence ("No microphone was found ...
    /// the timer carries on") is about that part and goes once the PSW leaves it.
    problem_part: Option<PartAt>,
    /// The part that was recording when the rehearsal was paused: it records again on resuming,
    /// and the words of both takes are kept in order.
    paused: Option<PartAt>,
    /// Where each part's sound is written while it waits for its words: the folder, the
    /// session's id to name the files by, and whether the PSW keeps them once transcribed.
    audio: Option<(std::path::PathBuf, String, bool)>,
    /// The part on screen when the PSW asked to go on while its words (or an earlier part's)
    /// were still being transcribed: the follow-up is chosen once they are in.
    holding: Option<PartAt>,
    /// The PSW asked to save: nothing more is recorded, and the screen waits for the words
    /// still being transcribed so the note is whole (walk item 39).
    finishing: bool,
}

impl PartRecorder {
    pub fn new(live: Box<dyn LiveRecorder>) -> PartRecorder {
        PartRecorder {
            live,
            recording: None,
            waiting: HashMap::new(),
            next_id: 0,
            given_up: Vec::new(),
            delivery: Vec::new(),
            spoken: HashMap::new(),
            problem: None,
            problem_part: None,
            paused: None,
            audio: None,
            holding: None,
            finishing: false,
        }
    }

    /// Writes each part's sound to `folder` as `SESSION-qN-partN.wav` before it is transcribed,
    /// so nothing said is lost; with `keep` (the PSW's setting) it stays once the words are in,
    /// otherwise it is removed then.
    pub fn saving_audio_in(
        mut self,
        folder: std::path::PathBuf,
        session_id: &str,
        keep: bool,
    ) -> PartRecorder {
        self.audio = Some((folder, session_id.to_string(), keep));
        self
    }

    /// True while the part at `at` is being recorded.
    pub fn records(&self, at: PartAt) -> bool {
        self.recording == Some(at)
    }

    /// True while the words of the part at `at` are being transcribed.
    pub fn transcribes(&self, at: PartAt) -> bool {
        self.waiting.values().any(|p| *p == at)
    }

    /// True while a part is being recorded or transcribed: the screen then checks back often.
    pub fn busy(&self) -> bool {
        self.recording.is_some() || !self.waiting.is_empty()
    }

    /// Brings recording into step with the session: words that have come back go into their
    /// parts; the part on screen is recorded if it has nothing in it yet (a part being corrected,
    /// or one already typed, is left alone); a part the PSW has moved away from, or paused, is
    /// sent to be transcribed. Returns the parts whose text changed.
    pub fn follow<C: Clock>(&mut self, session: &mut Session<C>) -> Vec<PartAt> {
        let mut changed = Vec::new();
        for (id, result) in self.live.results() {
            let Some(at) = self.waiting.remove(&id) else {
                continue;
            };
            let name = part_name(session, at);
            match result {
                Ok(heard) => {
                    if session.put_transcript(at, &heard.transcript) {
                        changed.push(at);
                        // Silence measures nothing: words typed into its part afterwards are
                        // timed from their count, not as recorded.
                        if !heard.transcript.trim().is_empty() {
                            *self.spoken.entry(at).or_default() += heard.speaking_seconds;
                        }
                        self.words_are_in(heard.audio.as_deref());
                    }
                    if let Some(fault) = heard.fault {
                        self.problem = Some(fault);
                    }
                    self.delivery.retain(|(p, _)| *p != at);
                    self.delivery
                        .push((at, format!("{name}: {}", heard.summary)));
                }
                Err(why) => {
                    self.problem = Some(format!(
                        "{name} could not be transcribed: {} Type it in its box instead \
                         (Shift-Tab goes back).",
                        sentence(&why)
                    ));
                }
            }
        }
        if self.recording.is_some()
            && let Some(fault) = self.live.fault()
        {
            // Unplugged part-way: what was heard is transcribed; the rest of the part is typed.
            if let Some(at) = self.recording {
                self.given_up.push(at);
            }
            self.send(session);
            self.problem = Some(format!("{} Type the rest of this part.", sentence(&fault)));
        }
        if self.problem_part.is_some() && self.problem_part != session.part_at() {
            self.problem = None;
            self.problem_part = None;
        }
        if self.holding.is_some() && self.holding != session.part_at() {
            self.holding = None;
        }
        let wanted = if session.is_paused() {
            self.paused = self.paused.or(self.recording);
            None
        } else {
            if session.part_at() != self.paused {
                self.paused = None;
            }
            session.part_at().filter(|&at| self.wants(session, at))
        };
        if wanted != self.recording {
            self.send(session);
            if let Some(at) = wanted {
                self.problem = None;
                self.problem_part = None;
                self.paused = None;
                match self.live.start() {
                    Ok(()) => self.recording = Some(at),
                    Err(why) => {
                        self.given_up.push(at);
                        self.problem_part = Some(at);
                        self.problem = Some(format!(
                            "{} Type this part instead; the timer carries on.",
                            sentence(&why)
                        ));
                    }
                }
            }
        }
        changed
    }

    /// How long the answer to question `question` (from 0) took to say, measured from its
    /// recordings, given its parts as the session's note has them: the sum over the parts with
    /// words in them, when every one of those was recorded and its words came back. `None` when
    /// any was typed instead, or none was measured: the estimate from the word count is then the
    /// honest figure.
    pub fn speaking_seconds(&self, question: usize, parts: &NoteQuestion) -> Option<u32> {
        let prompts = parts
            .answers
            .iter()
            .enumerate()
            .map(|(i, a)| (PartSlot::Prompt(i), a.text.as_str()));
        let follow_ups = parts
            .follow_ups
            .iter()
            .enumerate()
            .map(|(i, f)| (PartSlot::FollowUp(i), f.text.as_str()));
        let mut total: Option<f64> = None;
        for (part, text) in prompts.chain(follow_ups) {
            if text.trim().is_empty() {
                continue;
            }
            let seconds = self.spoken.get(&PartAt { question, part })?;
            total = Some(total.unwrap_or(0.0) + seconds);
        }
        total.map(|t| t.round() as u32)
    }

    /// A part's words are in its box: its sound goes, unless the PSW keeps recordings.
    fn words_are_in(&self, audio: Option<&std::path::Path>) {
        if let (Some(path), Some((.., false))) = (audio, &self.audio) {
            // Gone already is fine; a file that cannot be removed stays private and listed.
            let _ = std::fs::remove_file(path);
        }
    }

    /// Tab on the part on screen. When going on would choose a follow-up from what was said and
    /// this question's words are still being transcribed, the part is sent and the follow-up
    /// waits for them (true: the screen stays). Tab again goes on without waiting.
    pub fn hold_for_words<C: Clock>(&mut self, session: &Session<C>) -> bool {
        let here = session.part_at();
        if self.holding.is_some() && self.holding == here {
            self.holding = None;
            return false;
        }
        if !session.next_chooses_follow_up() {
            return false;
        }
        self.send(session);
        let question = session.index();
        if self.waiting.values().any(|at| at.question == question) {
            self.holding = here;
            return true;
        }
        false
    }

    /// True once the words a held follow-up waited for are in (or failed): the screen goes on.
    pub fn ready_to_go_on(&mut self) -> bool {
        let Some(held) = self.holding else {
            return false;
        };
        if self.waiting.values().any(|at| at.question == held.question) {
            return false;
        }
        self.holding = None;
        true
    }

    /// The PSW asked to save: the part recording now is sent and nothing more is recorded.
    /// Returns how many parts' words are still to come.
    pub fn finish<C: Clock>(&mut self, session: &Session<C>) -> usize {
        self.finishing = true;
        self.send(session);
        self.waiting.len()
    }

    /// The parts whose words have not come back yet, named as on screen, in the order sent.
    pub fn words_to_come<C: Clock>(&self, session: &Session<C>) -> Vec<String> {
        let mut sent: Vec<_> = self.waiting.iter().collect();
        sent.sort_by_key(|(id, _)| **id);
        let mut names: Vec<String> = Vec::new();
        for (_, at) in sent {
            let name = part_name(session, *at);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// The names of the recordings whose words have not come back yet, in the order sent (as
    /// `voice transcribe` takes them); empty when no sound is written.
    pub fn recordings_to_come(&self) -> Vec<String> {
        let Some((folder, id, _)) = &self.audio else {
            return Vec::new();
        };
        let mut sent: Vec<_> = self.waiting.iter().collect();
        sent.sort_by_key(|(n, _)| **n);
        let mut names: Vec<String> = Vec::new();
        for (_, at) in sent {
            let path = crate::voice::recorder::part_file(folder, id, *at);
            if let Some(name) = path.file_name().and_then(|n| n.to_str())
                && !names.iter().any(|n| n == name)
            {
                names.push(name.to_string());
            }
        }
        names
    }

    /// Whether the part at `at` should be recording.
    fn wants<C: Clock>(&self, session: &Session<C>, at: PartAt) -> bool {
        !self.finishing
            && (self.recording == Some(at)
                || self.paused == Some(at)
                || (!session.is_transcribed(at)
                    && !self.waiting.values().any(|p| *p == at)
                    && !self.given_up.contains(&at)
                    && session.text_at(at).trim().is_empty()))
    }

    /// Stops the part being recorded, if any, and sends it to be transcribed.
    fn send<C: Clock>(&mut self, session: &Session<C>) {
        let Some(at) = self.recording.take() else {
            return;
        };
        let id = self.next_id;
        self.next_id += 1;
        let audio = self
            .audio
            .as_ref()
            .map(|(folder, session, keep)| AudioFile {
                path: crate::voice::recorder::part_file(folder, session, at),
                keep: *keep,
            });
        if self.live.stop(id, None, audio) {
            self.waiting.insert(id, at);
        } else {
            self.problem = Some(format!(
                "{} could not be sent to be transcribed. Type it in its box instead.",
                part_name(session, at)
            ));
        }
    }

    /// Stops recording and lets the sound go, with every part not yet transcribed (the
    /// rehearsal was discarded).
    pub fn let_go(&mut self) {
        self.recording = None;
        self.holding = None;
        self.live.let_go();
    }

    /// What to show under the answer: recording now, parts being transcribed, the last problem,
    /// and the delivery of this question's parts so far. Empty when there is nothing to say.
    pub fn lines<C: Clock>(&self, session: &Session<C>) -> Vec<String> {
        let mut lines = self.state_lines(session);
        lines.extend(self.delivery_lines(session));
        lines
    }

    /// What the recorder is doing: the last problem, recording now, parts being transcribed.
    pub fn state_lines<C: Clock>(&self, session: &Session<C>) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(problem) = &self.problem {
            lines.push(problem.clone());
        }
        if self.recording.is_some() {
            // A follow-up is no part: Tab ends it and goes on to the next follow-up or the rating.
            let then = if session.stage() == crate::drill::Stage::FollowUp {
                "answer the follow-up aloud, then Tab to go on"
            } else {
                "answer aloud, then Tab for the next part"
            };
            lines.push(format!(
                "● Recording ({}): {then}.",
                crate::text::clock(self.live.seconds().round() as u64)
            ));
        }
        match (self.holding, self.waiting.len()) {
            (_, n) if self.finishing && n > 0 => lines.push(format!(
                "Still writing down your last words… the note is saved once they are in ({} \
                 saves now without them).",
                crate::tui::keymap::label(
                    crate::tui::keymap::Context::Answer,
                    crate::tui::keymap::Action::Save
                )
                .unwrap_or_default()
            )),
            (Some(_), _) => lines.push(format!(
                "Waiting for your words, transcribed on this computer, to choose a follow-up from \
                 them… {} goes on without waiting.",
                crate::tui::keymap::label(
                    crate::tui::keymap::Context::Answer,
                    crate::tui::keymap::Action::NextPart
                )
                .unwrap_or_default()
            )),
            (None, 0) => {}
            (None, 1) => lines.push("Transcribing 1 part on this computer…".to_string()),
            (None, n) => lines.push(format!("Transcribing {n} parts on this computer…")),
        }
        lines
    }

    /// How this question's parts were said, a line each: while answering, the part just
    /// transcribed; on the rating step, every part of the answer (there they give way to the
    /// coaching in a short window, walk item 38).
    pub fn delivery_lines<C: Clock>(&self, session: &Session<C>) -> Vec<String> {
        let this_question = self
            .delivery
            .iter()
            .filter(|(at, _)| at.question == session.index())
            .map(|(_, line)| line.clone());
        if session.part_at().is_some() {
            this_question.last().into_iter().collect()
        } else {
            this_question.collect()
        }
    }
}

/// "Part 2", "Follow-up 1", or "Question 3, part 2" once the PSW is on another question.
fn part_name<C: Clock>(session: &Session<C>, at: PartAt) -> String {
    let part = match at.part {
        PartSlot::Prompt(i) => format!("part {}", i + 1),
        PartSlot::FollowUp(i) => format!("follow-up {}", i + 1),
    };
    if at.question == session.index() {
        let mut c = part.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    } else {
        format!("Question {}, {part}", at.question + 1)
    }
}

pub mod pair;

/// A stand-in microphone and transcriber for the crate's tests.
#[cfg(test)]
pub(crate) mod stub;
#[cfg(test)]
mod tests;
