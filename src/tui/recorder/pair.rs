//! Pair practice's recorder: the PSW's spoken answer to each question is recorded while the
//! colleague listens (the asking step) and transcribed in the background once they move on to
//! their feedback, where the words are shown to them. The words go into the session, so the
//! draft and the note keep them, marked as transcribed.
//!
//! The pair screen owns one [`PairRecorder`] and calls [`PairRecorder::follow`] after every key
//! and tick; when to start and stop is worked out here from the session alone. Nothing waits:
//! stopping hands the sound to the worker thread, and the words are collected on a later call.

use crate::drill::Clock;
use crate::drill::pair::{PairSession, PairStage};
use crate::text::sentence;
use crate::voice::recorder::{AudioFile, LiveRecorder};
use std::collections::HashMap;
use std::path::PathBuf;

pub struct PairRecorder {
    live: Box<dyn LiveRecorder>,
    /// The question (from 0) whose answer is being recorded now.
    recording: Option<usize>,
    /// Takes sent to be transcribed, by the id they were sent under, with their question.
    waiting: HashMap<u64, usize>,
    next_id: u64,
    /// Questions not to record again: the microphone failed on them (the colleague listens).
    given_up: Vec<usize>,
    /// The delivery of each question's answer, on one line, from its last take.
    delivery: HashMap<usize, String>,
    /// Why a question's answer (or one of its takes) could not be transcribed.
    failed: HashMap<usize, String>,
    /// The last problem with the microphone, in a sentence, until recording starts again.
    problem: Option<String>,
    /// Where each answer's sound is written while it waits for its words: the folder, the
    /// session's id to name it by, and whether the PSW keeps it once transcribed.
    audio: Option<(PathBuf, String, bool)>,
}

/// What the colleague sees of the PSW's answer on the feedback step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeardAnswer {
    /// The delivery on one line ("42 s speaking · 138 words a minute (steady) · ..."), once known.
    pub delivery: Option<String>,
    /// The words, and a line saying what is still to come or what went wrong.
    pub text: String,
}

impl PairRecorder {
    pub fn new(live: Box<dyn LiveRecorder>) -> PairRecorder {
        PairRecorder {
            live,
            recording: None,
            waiting: HashMap::new(),
            next_id: 0,
            given_up: Vec::new(),
            delivery: HashMap::new(),
            failed: HashMap::new(),
            problem: None,
            audio: None,
        }
    }

    /// Writes each answer's sound to `folder` as `SESSION-qN-answer.wav` before it is
    /// transcribed, so nothing said is lost; with `keep` (the PSW's setting) it stays once the
    /// words are in, otherwise it is removed then.
    pub fn saving_audio_in(
        mut self,
        folder: PathBuf,
        session_id: &str,
        keep: bool,
    ) -> PairRecorder {
        self.audio = Some((folder, session_id.to_string(), keep));
        self
    }

    /// True while an answer is being recorded or transcribed: the screen then checks back often.
    pub fn busy(&self) -> bool {
        self.recording.is_some() || !self.waiting.is_empty()
    }

    /// Brings recording into step with the session: words that have come back go to their
    /// question; the answer is recorded while the colleague listens (the asking step, clocks
    /// running) and sent to be transcribed when they stop listening or pause. Takes after a pause,
    /// or after going back to listening, follow the first. True when words landed.
    pub fn follow<C: Clock>(&mut self, session: &mut PairSession<C>) -> bool {
        let mut changed = false;
        for (id, result) in self.live.results() {
            let Some(question) = self.waiting.remove(&id) else {
                continue;
            };
            match result {
                Ok(heard) => {
                    let landed = session.put_transcript(question, &heard.transcript);
                    if let (true, Some(path), Some((.., false))) =
                        (landed, &heard.audio, &self.audio)
                    {
                        // The words are in the session: the sound goes, as the PSW chose.
                        let _ = std::fs::remove_file(path);
                    }
                    changed |= landed;
                    if let Some(fault) = heard.fault {
                        self.problem = Some(fault);
                    }
                    self.delivery.insert(question, heard.summary);
                }
                Err(why) => {
                    self.failed.insert(question, sentence(&why));
                }
            }
        }
        if let (Some(question), Some(fault)) = (self.recording, self.live.fault()) {
            // Unplugged part-way: what was heard is transcribed; the colleague listens as usual.
            self.given_up.push(question);
            self.send();
            self.problem = Some(format!(
                "{} The rest of this answer is not recorded: listen and mark as usual.",
                sentence(&fault)
            ));
        }
        let wanted = match session.stage() {
            PairStage::Asking if !session.is_paused() => {
                Some(session.index()).filter(|q| !self.given_up.contains(q))
            }
            _ => None,
        };
        if wanted != self.recording {
            self.send();
            if let Some(question) = wanted {
                match self.live.start() {
                    Ok(()) => {
                        self.problem = None;
                        self.recording = Some(question);
                    }
                    Err(why) => {
                        self.given_up.push(question);
                        self.problem = Some(format!(
                            "{} This answer is not recorded: listen and mark as usual.",
                            sentence(&why)
                        ));
                    }
                }
            }
        }
        changed
    }

    /// Stops the take being recorded, if any, and sends it to be transcribed.
    fn send(&mut self) {
        let Some(question) = self.recording.take() else {
            return;
        };
        let id = self.next_id;
        self.next_id += 1;
        let audio = self
            .audio
            .as_ref()
            .map(|(folder, session, keep)| AudioFile {
                path: folder.join(format!("{session}-q{}-answer.wav", question + 1)),
                keep: *keep,
            });
        if self.live.stop(id, None, audio) {
            self.waiting.insert(id, question);
        } else {
            self.failed.insert(
                question,
                "The answer could not be sent to be transcribed.".to_string(),
            );
        }
    }

    /// Stops recording and lets the sound go (the session was discarded).
    pub fn let_go(&mut self) {
        self.recording = None;
        self.live.let_go();
    }

    /// "● Recording (0:42)" while it records, for the listening step's timer line.
    pub fn recording_line(&self) -> Option<String> {
        self.recording.map(|_| {
            format!(
                "● Recording ({})",
                crate::text::clock(self.live.seconds().round() as u64)
            )
        })
    }

    /// The last problem with the microphone, in a sentence.
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// What to show the colleague of the answer to question `index` (from 0): the words so far,
    /// and whether more are being transcribed or could not be. `None` when nothing of it was
    /// recorded.
    pub fn heard<C: Clock>(&self, session: &PairSession<C>, index: usize) -> Option<HeardAnswer> {
        let words = session
            .items()
            .get(index)
            .map_or("", |item| item.transcript.trim());
        let pending = self.waiting.values().any(|&q| q == index) || self.recording == Some(index);
        let failed = self.failed.get(&index);
        if words.is_empty() && !pending && failed.is_none() {
            return None;
        }
        let mut text = words.to_string();
        let mut add = |line: String| {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&line);
        };
        if pending {
            add(
                "Transcribing the answer on this computer… the words appear here in a few seconds."
                    .to_string(),
            );
        } else if let Some(why) = failed {
            add(format!(
                "The answer could not be transcribed: {why} Give your feedback from what you heard."
            ));
        }
        Some(HeardAnswer {
            delivery: self.delivery.get(&index).cloned(),
            text,
        })
    }
}

#[cfg(test)]
mod tests;
