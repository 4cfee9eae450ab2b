//! The full-screen app's recorder: the part being recorded now, and a worker thread that
//! transcribes the parts already recorded, one at a time, while the PSW answers the next.
//!
//! The screen's thread only starts and stops takes and sends their sound down a channel; resampling,
//! the voice-activity detector and whisper.cpp all run on the worker. On a two-core laptop the worker
//! uses one core, so the screen keeps the other.

use super::{AudioFile, Done, LiveRecorder, Recorded};
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

/// A part's words with what became of its sound: the file's place when it was written; when it
/// could not be, a fault only if the PSW asked to keep it; when the words could not be had, where
/// the sound is kept (or that it could not be).
fn settle(
    result: Result<Recorded, String>,
    saved: Option<Result<PathBuf, String>>,
    wanted: bool,
) -> Result<Recorded, String> {
    match (result, saved) {
        (Ok(mut heard), Some(Ok(path))) => {
            heard.audio = Some(path);
            Ok(heard)
        }
        (Ok(mut heard), Some(Err(why))) if wanted => {
            let why = format!("{why} The words are transcribed as usual.");
            heard.fault = Some(match heard.fault.take() {
                Some(fault) => format!("{} {why}", crate::text::sentence(&fault)),
                None => why,
            });
            Ok(heard)
        }
        (Ok(heard), _) => Ok(heard),
        (Err(why), Some(Ok(path))) => Err(format!(
            "{} Its recording is kept, to transcribe later: {}",
            crate::text::sentence(&why),
            path.display()
        )),
        (Err(why), Some(Err(lost))) => Err(format!("{} {lost}", crate::text::sentence(&why))),
        (Err(why), None) => Err(why),
    }
}

/// Writes a part's sound to `path` (16 kHz mono, 16-bit), private to the PSW: 0600 in a 0700
/// folder, never through a symbolic link, never over another file (a second take of the same part
/// gets `-2`, `-3`...). The error is a sentence; the words are transcribed either way.
fn keep(path: &std::path::Path, samples: &[f32]) -> Result<PathBuf, String> {
    let fail = |e: &std::io::Error| {
        format!(
            "The recording could not be kept: {}",
            crate::paths::plain_write_error(path, e)
        )
    };
    if let Some(dir) = path.parent() {
        crate::paths::ensure_private_dir(dir).map_err(|e| fail(&e))?;
    }
    let stem = path.with_extension("");
    for n in 1..100 {
        let candidate = if n == 1 {
            path.to_path_buf()
        } else {
            PathBuf::from(format!("{}-{n}.wav", stem.display()))
        };
        match crate::voice::audio::write_wav(&candidate, samples) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                let _ = std::fs::remove_file(&candidate);
                return Err(fail(&e));
            }
        }
    }
    Err(fail(&std::io::Error::other("too many takes of this part")))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_recording_is_private_and_a_second_take_never_replaces_the_first() {
        use std::os::unix::fs::PermissionsExt;
        let data = tempfile::tempdir().unwrap();
        let path = data.path().join("recordings").join("s1-q1-part1.wav");
        let sound = vec![0.1f32; 16_000];
        assert_eq!(keep(&path, &sound).unwrap(), path);
        let again = keep(&path, &sound).unwrap();
        assert_eq!(
            again,
            data.path().join("recordings").join("s1-q1-part1-2.wav")
        );
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&data.path().join("recordings")), 0o700);
        assert_eq!(crate::voice::audio::read_wav(&path).unwrap().len(), 16_000);
    }

    fn heard(words: &str) -> Recorded {
        Recorded {
            transcript: words.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_part_not_transcribed_says_where_its_sound_is_kept_and_a_failed_write_matters_only_if_asked()
     {
        let path = PathBuf::from("/data/recordings/s1-q1-part1.wav");
        let why = settle(
            Err("The voice model is damaged".into()),
            Some(Ok(path.clone())),
            false,
        )
        .unwrap_err();
        assert_eq!(
            why,
            "The voice model is damaged. Its recording is kept, to transcribe later: \
             /data/recordings/s1-q1-part1.wav"
        );
        let lost = settle(
            Err("The voice model is damaged".into()),
            Some(Err(
                "The recording could not be kept: the disk is full.".into()
            )),
            false,
        )
        .unwrap_err();
        assert!(
            lost.ends_with("could not be kept: the disk is full."),
            "{lost}"
        );
        let ok = settle(Ok(heard("We did.")), Some(Ok(path.clone())), false).unwrap();
        assert_eq!(
            ok.audio,
            Some(path),
            "the recorder removes it once the words are in"
        );
        let full = || {
            Some(Err(
                "The recording could not be kept: the disk is full.".to_string()
            ))
        };
        assert_eq!(
            settle(Ok(heard("We did.")), full(), false).unwrap().fault,
            None
        );
        assert_eq!(
            settle(Ok(heard("We did.")), full(), true)
                .unwrap()
                .fault
                .as_deref(),
            Some(
                "The recording could not be kept: the disk is full. The words are transcribed as \
                 usual."
            )
        );
    }

    #[test]
    fn a_recording_that_cannot_be_kept_says_so_and_names_the_place() {
        let data = tempfile::tempdir().unwrap();
        // A file where the folder should be: the folder cannot be made.
        std::fs::write(data.path().join("recordings"), b"").unwrap();
        let why = keep(&data.path().join("recordings").join("a.wav"), &[0.0; 100]).unwrap_err();
        assert!(why.starts_with("The recording could not be kept:"), "{why}");
        assert!(why.contains("recordings"), "names the place: {why}");
    }
}
