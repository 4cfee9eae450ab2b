//! Recording an answer: the microphone (cpal: ALSA on Linux, WASAPI on Windows, CoreAudio on macOS),
//! or a WAV file playing the microphone's part in tests. Either way a [`Take`] fills while the part's
//! timer runs, says at once when something goes wrong, and hands back what it heard so far.

use super::audio::{SAMPLE_RATE, resample};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// Why recording could not start or stopped early, as the PSW can act on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptureFault {
    NoMicrophone,
    PermissionRefused,
    Unplugged,
    Other(String),
}

impl std::fmt::Display for CaptureFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CaptureFault::NoMicrophone => {
                "No microphone was found: plug one in or turn it on, then start the next part."
            }
            CaptureFault::PermissionRefused => {
                "The computer refused psw-coach the microphone: allow it in the privacy or sound settings."
            }
            CaptureFault::Unplugged => {
                "The microphone stopped (unplugged?): what it heard so far is kept."
            }
            CaptureFault::Other(why) => why,
        })
    }
}

/// What a take shares with the thread feeding it.
#[derive(Default)]
struct Shared {
    samples: Mutex<Vec<f32>>,
    fault: Mutex<Option<CaptureFault>>,
    stop: AtomicBool,
}

impl Shared {
    fn push(&self, data: &[f32]) {
        if let Ok(mut s) = self.samples.lock() {
            s.extend_from_slice(data);
        }
    }

    fn fail(&self, fault: CaptureFault) {
        if let Ok(mut f) = self.fault.lock() {
            f.get_or_insert(fault);
        }
    }
}

/// One recording in progress.
pub struct Take {
    shared: Arc<Shared>,
    rate: u32,
    thread: Option<JoinHandle<()>>,
}

impl Take {
    /// A fault met while recording (the microphone unplugged), if any. Recording has stopped then,
    /// and what was heard before it is kept.
    pub fn fault(&self) -> Option<CaptureFault> {
        self.shared.fault.lock().ok().and_then(|f| f.clone())
    }

    /// Seconds of sound so far.
    pub fn seconds(&self) -> f64 {
        let n = self.shared.samples.lock().map(|s| s.len()).unwrap_or(0);
        n as f64 / f64::from(self.rate)
    }

    /// Stops recording and returns everything heard, as 16 kHz mono, with the fault if there was one.
    pub fn finish(self) -> (Vec<f32>, Option<CaptureFault>) {
        let (samples, rate, fault) = self.finish_raw();
        (resample(&samples, rate, SAMPLE_RATE), fault)
    }

    /// Stops recording and returns everything heard at the device's own rate (mono), that rate, and
    /// the fault if there was one. Resampling a long answer takes a while, so the full-screen app
    /// leaves it to the worker thread.
    pub fn finish_raw(mut self) -> (Vec<f32>, u32, Option<CaptureFault>) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        let samples = std::mem::take(
            &mut *self
                .shared
                .samples
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        );
        (samples, self.rate, self.fault())
    }
}

impl Drop for Take {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
    }
}

/// Something to record from. The app holds a `Box<dyn Source>`, so tests give it a file instead of
/// a microphone without a sound card.
pub trait Source: Send + Sync {
    fn start(&self) -> Result<Take, CaptureFault>;
}

/// The computer's default microphone.
pub struct Microphone;

impl Source for Microphone {
    fn start(&self) -> Result<Take, CaptureFault> {
        let shared = Arc::new(Shared::default());
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let feed = Arc::clone(&shared);
        // cpal's stream is not Send on every platform, so one thread owns it from start to stop.
        let thread = std::thread::Builder::new()
            .name("psw-coach-microphone".into())
            .spawn(move || run_microphone(feed, ready_tx))
            .map_err(|e| CaptureFault::Other(format!("could not start recording ({e})")))?;
        match ready_rx.recv_timeout(Duration::from_secs(5)) {
            Ok(Ok(rate)) => Ok(Take {
                shared,
                rate,
                thread: Some(thread),
            }),
            Ok(Err(fault)) => {
                let _ = thread.join();
                Err(fault)
            }
            Err(_) => {
                shared.stop.store(true, Ordering::SeqCst);
                Err(CaptureFault::Other(
                    "The microphone did not answer within 5 seconds: check it is not in use by another program.".into(),
                ))
            }
        }
    }
}

fn run_microphone(shared: Arc<Shared>, ready: std::sync::mpsc::Sender<Result<u32, CaptureFault>>) {
    use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
    // ALSA writes its own error lines to stderr, over the full-screen app, when there is no sound
    // card; on this thread (where the microphone opens and runs) they go to a buffer instead, and
    // the PSW gets the one sentence below. Held until the thread ends.
    #[cfg(target_os = "linux")]
    let _quiet = alsa::Output::local_error_handler().ok();
    let host = cpal::default_host();
    let Some(device) = host.default_input_device() else {
        let _ = ready.send(Err(CaptureFault::NoMicrophone));
        return;
    };
    let config = match device.default_input_config() {
        Ok(c) => c,
        Err(e) => {
            let _ = ready.send(Err(classify_at_start(e.kind())));
            return;
        }
    };
    let channels = usize::from(config.channels()).max(1);
    let rate = config.sample_rate();
    let feed = Arc::clone(&shared);
    let on_error = {
        let shared = Arc::clone(&shared);
        move |e: cpal::Error| match e.kind() {
            // Glitches and re-routing are survivable: recording goes on.
            cpal::ErrorKind::Xrun
            | cpal::ErrorKind::DeviceChanged
            | cpal::ErrorKind::RealtimeDenied => {}
            kind => {
                shared.fail(classify(kind));
                shared.stop.store(true, Ordering::SeqCst);
            }
        }
    };
    let mono = move |data: &[f32]| -> Vec<f32> {
        data.chunks(channels)
            .map(|f| f.iter().sum::<f32>() / f.len() as f32)
            .collect()
    };
    let stream = match config.sample_format() {
        cpal::SampleFormat::F32 => device.build_input_stream::<f32, _, _>(
            config.into(),
            move |data, _| feed.push(&mono(data)),
            on_error,
            None,
        ),
        cpal::SampleFormat::I16 => device.build_input_stream::<i16, _, _>(
            config.into(),
            move |data, _| {
                let f: Vec<f32> = data.iter().map(|&s| f32::from(s) / 32768.0).collect();
                feed.push(&mono(&f))
            },
            on_error,
            None,
        ),
        cpal::SampleFormat::I32 => device.build_input_stream::<i32, _, _>(
            config.into(),
            move |data, _| {
                let f: Vec<f32> = data.iter().map(|&s| s as f32 / 2_147_483_648.0).collect();
                feed.push(&mono(&f))
            },
            on_error,
            None,
        ),
        other => {
            let _ = ready.send(Err(CaptureFault::Other(format!(
                "The microphone sends sound as {other}, which psw-coach cannot read yet."
            ))));
            return;
        }
    };
    let stream = match stream.and_then(|s| s.play().map(|()| s)) {
        Ok(s) => s,
        Err(e) => {
            let _ = ready.send(Err(classify_at_start(e.kind())));
            return;
        }
    };
    let _ = ready.send(Ok(rate));
    while !shared.stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(stream);
}

/// cpal's error kinds in the PSW's terms.
pub fn classify(kind: cpal::ErrorKind) -> CaptureFault {
    match kind {
        cpal::ErrorKind::PermissionDenied => CaptureFault::PermissionRefused,
        cpal::ErrorKind::DeviceNotAvailable | cpal::ErrorKind::StreamInvalidated => {
            CaptureFault::Unplugged
        }
        cpal::ErrorKind::HostUnavailable => CaptureFault::NoMicrophone,
        cpal::ErrorKind::DeviceBusy => CaptureFault::Other(
            "The microphone is busy in another program (a video call?): close it and start the next part."
                .into(),
        ),
        other => CaptureFault::Other(format!("The microphone failed: {other}")),
    }
}

/// cpal's error kinds when the microphone would not open at all. A device not available before
/// anything was heard is no microphone to use (a computer with no sound input gives ALSA's
/// "default" device, which then fails to open), not one unplugged part-way: "The microphone
/// stopped (unplugged?)" misled on such a computer.
pub fn classify_at_start(kind: cpal::ErrorKind) -> CaptureFault {
    match classify(kind) {
        CaptureFault::Unplugged => CaptureFault::NoMicrophone,
        fault => fault,
    }
}

/// A WAV file heard as if through the microphone, at `speed` times real time (all at once when
/// infinite), optionally "unplugged" after some seconds. For tests and for trying recorded practice on a computer without one.
pub struct FileSource {
    pub path: PathBuf,
    pub speed: f64,
    pub unplug_after: Option<f64>,
}

impl Source for FileSource {
    fn start(&self) -> Result<Take, CaptureFault> {
        let samples = super::audio::read_wav(&self.path).map_err(CaptureFault::Other)?;
        let shared = Arc::new(Shared::default());
        if self.speed.is_infinite() {
            // Heard all at once, as if the PSW had finished speaking: deterministic for tests.
            let end = self.unplug_after.map_or(samples.len(), |u| {
                ((u * f64::from(SAMPLE_RATE)) as usize).min(samples.len())
            });
            shared.push(&samples[..end]);
            if end < samples.len() {
                shared.fail(CaptureFault::Unplugged);
            }
            return Ok(Take {
                shared,
                rate: SAMPLE_RATE,
                thread: None,
            });
        }
        let feed = Arc::clone(&shared);
        let (speed, unplug) = (self.speed.max(0.01), self.unplug_after);
        let thread = std::thread::spawn(move || {
            // 100 ms at a time, as a sound card delivers it.
            let chunk = SAMPLE_RATE as usize / 10;
            for (i, block) in samples.chunks(chunk).enumerate() {
                if feed.stop.load(Ordering::SeqCst) {
                    return;
                }
                if unplug.is_some_and(|u| i as f64 * 0.1 >= u) {
                    feed.fail(CaptureFault::Unplugged);
                    return;
                }
                feed.push(block);
                std::thread::sleep(Duration::from_secs_f64(0.1 / speed));
            }
        });
        Ok(Take {
            shared,
            rate: SAMPLE_RATE,
            thread: Some(thread),
        })
    }
}

/// A WAV file heard through a whole rehearsal as one long answer, at `speed` times real time: each
/// take goes on where the last one stopped, and once the file is over the "microphone" hears
/// silence, so the recording's clock keeps time with the part's as a real one does (walk item 41:
/// every part heard the whole file again, at once, and the clock stood still).
pub struct PlayedThrough {
    samples: Arc<Vec<f32>>,
    at: Arc<std::sync::atomic::AtomicUsize>,
    speed: f64,
}

impl PlayedThrough {
    pub fn open(path: &std::path::Path, speed: f64) -> Result<PlayedThrough, String> {
        Ok(PlayedThrough {
            samples: Arc::new(super::audio::read_wav(path)?),
            at: Arc::default(),
            speed: speed.max(0.01),
        })
    }
}

impl Source for PlayedThrough {
    fn start(&self) -> Result<Take, CaptureFault> {
        let shared = Arc::new(Shared::default());
        let feed = Arc::clone(&shared);
        let (samples, at, speed) = (Arc::clone(&self.samples), Arc::clone(&self.at), self.speed);
        let thread = std::thread::spawn(move || {
            // 100 ms at a time, as a sound card delivers it.
            let chunk = SAMPLE_RATE as usize / 10;
            let silence = vec![0.0; chunk];
            while !feed.stop.load(Ordering::SeqCst) {
                let from = at.load(Ordering::SeqCst).min(samples.len());
                let to = (from + chunk).min(samples.len());
                if from < to {
                    feed.push(&samples[from..to]);
                    at.store(to, Ordering::SeqCst);
                } else {
                    feed.push(&silence);
                }
                std::thread::sleep(Duration::from_secs_f64(0.1 / speed));
            }
        });
        Ok(Take {
            shared,
            rate: SAMPLE_RATE,
            thread: Some(thread),
        })
    }
}

/// A source that always fails to start, as a computer with no microphone or with access refused.
pub struct Unavailable(pub CaptureFault);

impl Source for Unavailable {
    fn start(&self) -> Result<Take, CaptureFault> {
        Err(self.0.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wav(dir: &std::path::Path, seconds: f32) -> PathBuf {
        let p = dir.join("take.wav");
        let s: Vec<f32> = (0..(16_000.0 * seconds) as usize)
            .map(|i| 0.2 * (i as f32 * 0.05).sin())
            .collect();
        super::super::audio::write_wav(&p, &s).unwrap();
        p
    }

    #[test]
    fn a_file_source_records_what_it_plays_until_stopped() {
        let dir = tempfile::tempdir().unwrap();
        let src = FileSource {
            path: wav(dir.path(), 1.0),
            speed: 50.0,
            unplug_after: None,
        };
        let take = src.start().unwrap();
        std::thread::sleep(Duration::from_millis(200));
        let (samples, fault) = take.finish();
        assert_eq!(fault, None);
        assert_eq!(samples.len(), 16_000);
    }

    /// Walk item 41: the file standing in for the microphone in the full-screen app is one long
    /// answer: the next part hears what comes after the last part's end, not the file again, and
    /// once it is over the clock still runs on silence. Waits on what was heard, never on a fixed
    /// sleep, so a busy machine cannot make it fail.
    #[test]
    fn a_file_played_through_goes_on_where_the_last_part_stopped_then_hears_silence() {
        // Polls until the take has heard at least `seconds`, giving up after ten seconds.
        fn heard(take: &Take, seconds: f64) {
            let deadline = std::time::Instant::now() + Duration::from_secs(10);
            while take.seconds() < seconds && std::time::Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(2));
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let path = wav(dir.path(), 2.0);
        let file = super::super::audio::read_wav(&path).unwrap();
        // Four times real time: the two-second file lasts half a second.
        let src = PlayedThrough::open(&path, 4.0).unwrap();
        let take = src.start().unwrap();
        heard(&take, 0.1);
        let (first, _, _) = take.finish_raw();
        assert!(
            !first.is_empty() && first.len() < file.len(),
            "{}",
            first.len()
        );
        assert_eq!(first[..], file[..first.len()]);
        let take = src.start().unwrap();
        heard(&take, 0.1);
        let (second, _, _) = take.finish_raw();
        let n = second.len().min(file.len() - first.len());
        assert!(n > 0);
        assert_eq!(
            second[..n],
            file[first.len()..first.len() + n],
            "the next part goes on from where the last stopped"
        );
        // Past the end of the file: the clock keeps running on silence.
        let take = src.start().unwrap();
        heard(&take, 2.2);
        let early = take.seconds();
        heard(&take, early + 0.1);
        assert!(take.seconds() > early, "the recording's clock stood still");
        let (rest, _, _) = take.finish_raw();
        assert!(rest.iter().rev().take(1600).all(|s| *s == 0.0));
    }

    #[test]
    fn unplugging_mid_answer_keeps_what_was_heard_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let src = FileSource {
            path: wav(dir.path(), 2.0),
            speed: 50.0,
            unplug_after: Some(0.5),
        };
        let take = src.start().unwrap();
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(take.fault(), Some(CaptureFault::Unplugged));
        let (samples, fault) = take.finish();
        assert_eq!(samples.len(), 8_000, "the first half second is kept");
        assert!(fault.unwrap().to_string().contains("kept"));
    }

    #[test]
    fn an_instant_file_source_unplugged_keeps_exactly_what_came_before() {
        let dir = tempfile::tempdir().unwrap();
        let src = FileSource {
            path: wav(dir.path(), 2.0),
            speed: f64::INFINITY,
            unplug_after: Some(1.5),
        };
        let (samples, fault) = src.start().unwrap().finish();
        assert_eq!(samples.len(), 24_000);
        assert_eq!(fault, Some(CaptureFault::Unplugged));
    }

    #[test]
    fn no_microphone_and_refusal_are_said_plainly() {
        let err = Unavailable(CaptureFault::NoMicrophone)
            .start()
            .err()
            .unwrap();
        assert!(err.to_string().starts_with("No microphone was found"));
        assert_eq!(
            classify(cpal::ErrorKind::PermissionDenied),
            CaptureFault::PermissionRefused
        );
        assert_eq!(
            classify(cpal::ErrorKind::DeviceNotAvailable),
            CaptureFault::Unplugged
        );
        // Before anything was heard, the same kind means there is no microphone to use.
        assert_eq!(
            classify_at_start(cpal::ErrorKind::DeviceNotAvailable),
            CaptureFault::NoMicrophone
        );
        assert_eq!(
            classify_at_start(cpal::ErrorKind::PermissionDenied),
            CaptureFault::PermissionRefused
        );
        assert!(
            CaptureFault::PermissionRefused
                .to_string()
                .contains("allow it")
        );
    }

    /// Walk item 37: opening the microphone writes nothing of ALSA's own to stderr, where it would
    /// be printed over the full-screen app. Run in a child process so its stderr can be read; on a
    /// computer with no sound card (this one: no /dev/snd), ALSA complains on every open.
    #[test]
    fn opening_the_microphone_writes_nothing_of_alsas_own_to_stderr() {
        const CHILD: &str = "PSW_COACH_TEST_OPEN_MICROPHONE";
        if std::env::var_os(CHILD).is_some() {
            let _ = Microphone.start();
            return;
        }
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "voice::capture::tests::opening_the_microphone_writes_nothing_of_alsas_own_to_stderr",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, "1")
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("ALSA lib"), "{stderr}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.contains("1 passed"),
            "the child ran the test: {stdout}"
        );
    }
}
