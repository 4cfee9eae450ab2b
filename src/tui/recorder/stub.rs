//! A stand-in for the microphone and the transcriber, for the recorders' tests: it says what it
//! was asked, and hands back words only when a test says the worker is done.

use crate::drill::clock::FakeClock;
use crate::voice::recorder::{AudioFile, Done, LiveRecorder, Recorded};
use std::cell::RefCell;
use std::rc::Rc;

/// What the stand-in microphone and transcriber have been asked, and what they will answer.
#[derive(Default)]
pub(crate) struct Fake {
    pub(crate) recording: bool,
    pub(crate) starts: usize,
    /// Parts stopped and waiting, by id, in order, with where their sound was to be written.
    pub(crate) sent: Vec<(u64, Option<AudioFile>)>,
    /// Makes `start` fail with this sentence.
    pub(crate) refuse: Option<String>,
    /// Makes the take in progress report this fault.
    pub(crate) fault: Option<String>,
    /// Makes transcription fail with this sentence.
    pub(crate) broken: Option<String>,
    pub(crate) discarded: usize,
    /// Where each part's sound was to be written, in order.
    pub(crate) kept: Vec<Option<AudioFile>>,
    /// Times the PSW let the rehearsal go.
    pub(crate) let_go: usize,
}

struct Stub(Rc<RefCell<Fake>>);

impl LiveRecorder for Stub {
    fn start(&mut self) -> Result<(), String> {
        let mut f = self.0.borrow_mut();
        if let Some(why) = &f.refuse {
            return Err(why.clone());
        }
        f.recording = true;
        f.starts += 1;
        Ok(())
    }
    fn is_recording(&self) -> bool {
        self.0.borrow().recording
    }
    fn seconds(&self) -> f64 {
        12.0
    }
    fn fault(&self) -> Option<String> {
        self.0.borrow().fault.clone()
    }
    fn stop(&mut self, id: u64, _target: Option<u32>, audio: Option<AudioFile>) -> bool {
        let mut f = self.0.borrow_mut();
        f.kept.push(audio.clone());
        if !f.recording {
            return false;
        }
        f.recording = false;
        f.fault = None;
        f.sent.push((id, audio));
        true
    }
    fn discard(&mut self) {
        let mut f = self.0.borrow_mut();
        if f.recording {
            f.discarded += 1;
        }
        f.recording = false;
    }
    fn results(&mut self) -> Vec<Done> {
        // Nothing comes back until the test says the worker is done (see `finish`).
        Vec::new()
    }
}

/// The stand-in, with a way to hand back words for the parts sent so far.
pub(crate) struct Rig {
    pub(crate) fake: Rc<RefCell<Fake>>,
    pub(crate) done: Rc<RefCell<Vec<Done>>>,
}

struct Finishing(Stub, Rc<RefCell<Vec<Done>>>);

impl LiveRecorder for Finishing {
    fn start(&mut self) -> Result<(), String> {
        self.0.start()
    }
    fn is_recording(&self) -> bool {
        self.0.is_recording()
    }
    fn seconds(&self) -> f64 {
        self.0.seconds()
    }
    fn fault(&self) -> Option<String> {
        self.0.fault()
    }
    fn stop(&mut self, id: u64, target: Option<u32>, keep: Option<AudioFile>) -> bool {
        self.0.stop(id, target, keep)
    }
    fn discard(&mut self) {
        self.0.discard()
    }
    fn let_go(&mut self) {
        self.0.0.borrow_mut().let_go += 1;
        self.0.discard()
    }
    fn results(&mut self) -> Vec<Done> {
        std::mem::take(&mut *self.1.borrow_mut())
    }
}

impl Rig {
    /// The stand-in, and the recorder a screen would get from it.
    pub(crate) fn live() -> (Rig, Box<dyn LiveRecorder>) {
        let fake = Rc::new(RefCell::new(Fake::default()));
        let done = Rc::new(RefCell::new(Vec::new()));
        let live = Box::new(Finishing(Stub(Rc::clone(&fake)), Rc::clone(&done)));
        (Rig { fake, done }, live)
    }

    /// The worker hands back `words` for the oldest part sent and not yet answered (its sound
    /// written where it was asked to be).
    pub(crate) fn finish(&self, words: &str) {
        let (id, audio) = self.fake.borrow_mut().sent.remove(0);
        let result = match &self.fake.borrow().broken {
            Some(why) => Err(why.clone()),
            None => Ok(Recorded {
                transcript: words.to_string(),
                summary: "12 s speaking · 140 words a minute (steady)".to_string(),
                speaking_seconds: 12.0,
                audio: audio.map(|a| a.path),
                ..Default::default()
            }),
        };
        self.done.borrow_mut().push((id, result));
    }
}

/// The clock every recorded session in these tests starts on (the recorder's timings are the
/// stand-in's, so the hour matters only in the note's name).
pub(crate) fn clock() -> FakeClock {
    FakeClock::new(chrono::DateTime::parse_from_rfc3339("2026-12-05T09:00:00+00:00").unwrap())
}
