//! How an answer was said, from a voice-activity detector's frame-by-frame verdicts: when speech
//! started and stopped, and the pauses of two seconds or more.
//!
//! Pure arithmetic over "voice or not" flags, so it is tested without audio. The flags come from
//! `earshot` (see `vad.rs`) rather than from the transcriber's timestamps, because Whisper stretches
//! words over silence and a 2.8 s pause can vanish from its timings.

use serde::Serialize;

/// A pause counts from this long: shorter ones are breaths and commas.
pub const PAUSE_SECONDS: f64 = 2.0;

/// Runs of voice shorter than this are clicks, breaths or a chair creaking, not speech.
const MIN_SPEECH_SECONDS: f64 = 0.08;

/// A steady pace for an interview answer, in words a minute.
pub const PACE_BAND: (u32, u32) = (120, 160);

/// One silence of [`PAUSE_SECONDS`] or more between two stretches of speech, in seconds from the
/// start of the recording.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Pause {
    pub start: f64,
    pub end: f64,
}

impl Pause {
    pub fn seconds(&self) -> f64 {
        self.end - self.start
    }
}

/// When speech began and ended, and the pauses in between.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timing {
    /// The whole recording, in seconds.
    pub audio_seconds: f64,
    /// From the first word to the last (silence before and after left out); 0 when nothing was said.
    pub speaking_seconds: f64,
    pub speech_start: Option<f64>,
    pub speech_end: Option<f64>,
    pub pauses: Vec<Pause>,
}

impl Timing {
    pub fn longest_pause(&self) -> Option<Pause> {
        self.pauses
            .iter()
            .copied()
            .max_by(|a, b| a.seconds().total_cmp(&b.seconds()))
    }
}

/// Reads speech and pauses from one flag per frame of `frame_seconds` (true: voice heard).
pub fn timing(voiced: &[bool], frame_seconds: f64) -> Timing {
    let audio_seconds = voiced.len() as f64 * frame_seconds;
    let min_frames = (MIN_SPEECH_SECONDS / frame_seconds).ceil() as usize;
    // Stretches of voice as [start, end) frame ranges, the too-short ones dropped.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, &v) in voiced.iter().chain(std::iter::once(&false)).enumerate() {
        match (v, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if i - s >= min_frames {
                    runs.push((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    let (Some(first), Some(last)) = (runs.first(), runs.last()) else {
        return Timing {
            audio_seconds,
            speaking_seconds: 0.0,
            speech_start: None,
            speech_end: None,
            pauses: Vec::new(),
        };
    };
    let at = |frame: usize| frame as f64 * frame_seconds;
    let pauses = runs
        .windows(2)
        .map(|w| Pause {
            start: at(w[0].1),
            end: at(w[1].0),
        })
        .filter(|p| p.seconds() >= PAUSE_SECONDS)
        .map(|p| Pause {
            start: round2(p.start),
            end: round2(p.end),
        })
        .collect();
    let (speech_start, speech_end) = (at(first.0), at(last.1));
    Timing {
        audio_seconds: round2(audio_seconds),
        speaking_seconds: round2(speech_end - speech_start),
        speech_start: Some(round2(speech_start)),
        speech_end: Some(round2(speech_end)),
        pauses,
    }
}

/// Seconds to two decimal places: the detector works in 16 ms frames, so more would be noise.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Words a minute over the speaking time, or `None` when nothing was said.
pub fn words_per_minute(words: usize, speaking_seconds: f64) -> Option<u32> {
    (speaking_seconds >= 1.0).then(|| (words as f64 * 60.0 / speaking_seconds).round() as u32)
}

/// One plain line on the pace against [`PACE_BAND`].
pub fn pace_advice(wpm: u32) -> &'static str {
    let (low, high) = PACE_BAND;
    if wpm < low {
        "on the slow side: fine for a hard point, but keep the story moving"
    } else if wpm > high {
        "quick: slow down so the assessors can note what you say"
    } else {
        "a steady pace for an interview"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: f64 = 0.016;

    fn frames(spec: &[(bool, f64)]) -> Vec<bool> {
        spec.iter()
            .flat_map(|&(v, secs)| std::iter::repeat_n(v, (secs / F).round() as usize))
            .collect()
    }

    #[test]
    fn pauses_of_two_seconds_or_more_are_found_with_their_times() {
        let v = frames(&[
            (false, 0.5),
            (true, 3.0),
            (false, 2.5),
            (true, 2.0),
            (false, 1.0),
            (true, 1.0),
            (false, 0.4),
        ]);
        let t = timing(&v, F);
        assert_eq!(t.pauses.len(), 1, "the 1 s gap is a breath, not a pause");
        let p = t.pauses[0];
        assert!(
            (p.start - 3.5).abs() < 0.02 && (p.end - 6.0).abs() < 0.02,
            "{p:?}"
        );
        assert!((t.speaking_seconds - 9.5).abs() < 0.03, "{t:?}");
        assert_eq!(t.longest_pause(), Some(p));
    }

    #[test]
    fn a_click_in_a_silence_does_not_split_a_pause() {
        let v = frames(&[
            (true, 1.0),
            (false, 1.5),
            (true, 0.032),
            (false, 1.5),
            (true, 1.0),
        ]);
        let t = timing(&v, F);
        assert_eq!(t.pauses.len(), 1);
        assert!((t.pauses[0].seconds() - 3.03).abs() < 0.05, "{t:?}");
    }

    #[test]
    fn silence_alone_has_no_speech_and_no_pace() {
        let t = timing(&frames(&[(false, 5.0)]), F);
        assert_eq!(t.speaking_seconds, 0.0);
        assert!(t.pauses.is_empty() && t.speech_start.is_none());
        assert_eq!(words_per_minute(0, t.speaking_seconds), None);
    }

    #[test]
    fn pace_is_words_over_speaking_minutes_and_judged_against_the_band() {
        assert_eq!(words_per_minute(140, 60.0), Some(140));
        assert_eq!(words_per_minute(50, 30.0), Some(100));
        assert!(pace_advice(100).contains("slow"));
        assert!(pace_advice(140).contains("steady"));
        assert!(pace_advice(190).contains("slow down"));
    }
}
