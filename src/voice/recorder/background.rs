//! The full-screen app's recorder: the part being recorded now, and a worker thread that
//! transcribes the parts already recorded, one at a time, while the PSW answers the next.
//!
//! The screen's thread only starts and stops takes and sends their sound down a channel; resampling,
//! the voice-activity detector and whisper.cpp all run on the worker. On a two-core laptop the worker
//! uses one core, so the screen keeps the other.

use super::sound_file::{keep, settle};
use super::{AudioFile, Done, LiveRecorder};
use crate::voice::audio::{SAMPLE_RATE, resample};
use crate::voice::capture::{Source, Take};
use crate::voice::transcribe::Transcriber;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

/// One part's sound on its way to the worker.
struct Job {
    id: u64,
    samples: Vec<f32>,
    rate: u32,
    fault: Option<String>,
    target: Option<u32>,
    audio: Option<AudioFile>,
}

pub struct Background {
    source: Box<dyn Source>,
    take: Option<Take>,
    jobs: Sender<Job>,
    done: Receiver<Done>,
    /// Set when the PSW lets the rehearsal go: the worker drops what it has not finished.
    let_go: Arc<AtomicBool>,
}

impl Background {
    /// Starts the worker, which loads `model` at once (on its own thread) and waits for parts.
    pub fn new(
        model: PathBuf,
        data: Option<PathBuf>,
        source: Box<dyn Source>,
    ) -> Result<Background, String> {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, done) = channel();
        let let_go = Arc::new(AtomicBool::new(false));
        let dropped = Arc::clone(&let_go);
        std::thread::Builder::new()
            .name("psw-coach-transcriber".into())
            .spawn(move || work(&model, data, &inbox, &outbox, &dropped))
            .map_err(|e| format!("Recording cannot start: no thread to transcribe on ({e})."))?;
        Ok(Background {
            source,
            take: None,
            jobs,
            done,
            let_go,
        })
    }
}

/// One core for transcribing, the rest for the screen (at least one each).
fn background_threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get().saturating_sub(1))
        .unwrap_or(1)
        .max(1)
}

fn work(
    model: &std::path::Path,
    data: Option<PathBuf>,
    inbox: &Receiver<Job>,
    outbox: &Sender<Done>,
    let_go: &AtomicBool,
) {
    let transcriber = Transcriber::load(model).map(|t| t.with_threads(background_threads()));
    let lexicon = crate::insight::Lexicon::load(data.as_deref()).0;
    // True while the rehearsal that sent the parts is open to take their words.
    let mut listening = true;
    // Ends when the recorder is dropped (the rehearsal closed) and every part sent is dealt with.
    for job in inbox {
        if let_go.load(Ordering::Relaxed) {
            continue;
        }
        let samples = resample(&job.samples, job.rate, SAMPLE_RATE);
        // Written before transcribing, so the sound outlives a transcription that fails and a
        // rehearsal closed before its words came back.
        let saved = job.audio.as_ref().map(|a| keep(&a.path, &samples));
        if !listening {
            continue;
        }
        let result = match &transcriber {
            Ok(t) => super::read_part(t, &lexicon, &samples, job.fault, job.target),
            Err(why) => Err(why.clone()),
        };
        if let_go.load(Ordering::Relaxed) {
            if let Some(Ok(path)) = &saved {
                let _ = std::fs::remove_file(path);
            }
            continue;
        }
        let wanted = job.audio.as_ref().is_some_and(|a| a.keep);
        listening = outbox.send((job.id, settle(result, saved, wanted))).is_ok();
    }
}

impl LiveRecorder for Background {
    fn start(&mut self) -> Result<(), String> {
        self.discard();
        self.take = Some(self.source.start().map_err(|f| f.to_string())?);
        Ok(())
    }

    fn is_recording(&self) -> bool {
        self.take.is_some()
    }

    fn seconds(&self) -> f64 {
        self.take.as_ref().map_or(0.0, Take::seconds)
    }

    fn fault(&self) -> Option<String> {
        self.take
            .as_ref()
            .and_then(Take::fault)
            .map(|f| f.to_string())
    }

    fn stop(&mut self, id: u64, target_seconds: Option<u32>, audio: Option<AudioFile>) -> bool {
        let Some(take) = self.take.take() else {
            return false;
        };
        let (samples, rate, fault) = take.finish_raw();
        let job = Job {
            id,
            samples,
            rate,
            fault: fault.map(|f| f.to_string()),
            target: target_seconds,
            audio,
        };
        if self.jobs.send(job).is_err() {
            // The worker has gone (it could not start): say so for this part.
            return false;
        }
        true
    }

    fn discard(&mut self) {
        if let Some(take) = self.take.take() {
            drop(take.finish_raw());
        }
    }

    fn let_go(&mut self) {
        self.let_go.store(true, Ordering::Relaxed);
        self.discard();
    }

    fn results(&mut self) -> Vec<Done> {
        self.done.try_iter().collect()
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        // The microphone is let go at once; a transcription under way finishes on its own and
        // its words go nowhere (the rehearsal that wanted them has closed, its note saved).
        self.discard();
    }
}
