//! A stand-in for the microphone and the transcriber, so recorded practice runs in-process without
//! the `voice` feature: each stop hands back the next of `words` at once (unless `slow`).

use crossterm::event::KeyCode;
use psw_coach::drill::RehearseOptions;
use psw_coach::tui::app::App;
use psw_coach::voice::recorder::{AudioFile, Done, LiveRecorder, Recorded};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

/// What the stand-in microphone hears, and what a test reads back from it.
#[derive(Default)]
pub struct Heard {
    pub recording: bool,
    pub done: Vec<Done>,
    /// What each stop transcribes to, in turn ("Nothing more." once they run out).
    pub words: Vec<String>,
    /// The transcriber is slow: nothing comes back until this is cleared.
    pub slow: bool,
    /// Each part's delivery line, when not the short one.
    pub summary: Option<String>,
    /// The microphone cannot start, with this sentence.
    pub refuse: Option<String>,
    /// The recording clock shown on screen, in seconds (7 when not set).
    pub seconds: Option<f64>,
    /// How many recordings were thrown away (typing won over them).
    pub discarded: usize,
}

pub struct Stand(pub Arc<Mutex<Heard>>);

impl LiveRecorder for Stand {
    fn start(&mut self) -> Result<(), String> {
        let mut h = self.0.lock().unwrap();
        if let Some(why) = &h.refuse {
            return Err(why.clone());
        }
        h.recording = true;
        Ok(())
    }
    fn is_recording(&self) -> bool {
        self.0.lock().unwrap().recording
    }
    fn seconds(&self) -> f64 {
        self.0.lock().unwrap().seconds.unwrap_or(7.0)
    }
    fn fault(&self) -> Option<String> {
        None
    }
    fn stop(&mut self, id: u64, _target: Option<u32>, _keep: Option<AudioFile>) -> bool {
        let mut h = self.0.lock().unwrap();
        h.recording = false;
        let words = if h.words.is_empty() {
            "Nothing more.".to_string()
        } else {
            h.words.remove(0)
        };
        let summary = h
            .summary
            .clone()
            .unwrap_or_else(|| "7 s speaking · 130 words a minute (steady) · no fillers".into());
        h.done.push((
            id,
            Ok(Recorded {
                transcript: words,
                summary,
                speaking_seconds: 7.0,
                ..Default::default()
            }),
        ));
        true
    }
    fn discard(&mut self) {
        let mut h = self.0.lock().unwrap();
        h.recording = false;
        h.discarded += 1;
    }
    fn results(&mut self) -> Vec<Done> {
        let mut h = self.0.lock().unwrap();
        if h.slow {
            return Vec::new();
        }
        std::mem::take(&mut h.done)
    }
}

/// `app` with a microphone that hears what `heard` is set to say.
pub fn hearing(app: App, heard: &Arc<Mutex<Heard>>) -> App {
    let shared = Arc::clone(heard);
    app.with_recorders(Rc::new(move |_| {
        Ok(Box::new(Stand(Arc::clone(&shared))) as Box<dyn LiveRecorder>)
    }))
}

/// Recorded practice of one question at random (seed 3) with `probes` follow-ups.
pub fn recorded(probes: usize) -> RehearseOptions {
    RehearseOptions {
        plan: "random 1".parse().unwrap(),
        seed: Some(3),
        spoken: true,
        record: true,
        probes: Some(probes),
    }
}

/// Tab `times`, with a tick after each so the stand-in's words come back as the app's loop does.
pub fn tab_on(app: &mut App, times: usize) {
    for _ in 0..times {
        super::keys::press(app, KeyCode::Tab);
        app.tick();
    }
}
