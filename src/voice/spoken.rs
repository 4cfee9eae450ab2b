//! A spoken answer read back: what was said (the transcript, read by the usual insight code) and how
//! it was said (speaking time, pace, pauses, fillers, softeners).

use super::delivery::{self, PACE_BAND, Timing};
use crate::insight::{self, Lexicon, Report};
use serde_json::{Value, json};

/// Everything the coach says about one spoken answer.
#[derive(Debug, Clone)]
pub struct SpokenAnswer {
    pub transcript: String,
    pub timing: Timing,
    /// The usual reading of the content, with the pace and fillers a minute over the speaking time.
    pub report: Report,
}

impl SpokenAnswer {
    /// Reads `transcript` as an answer and `timing` as its delivery.
    pub fn new(lexicon: &Lexicon, transcript: String, timing: Timing, target: Option<u32>) -> Self {
        let report = insight::analyse(lexicon, &transcript, target)
            .with_spoken_seconds(timing.speaking_seconds.round() as u32);
        SpokenAnswer {
            transcript,
            timing,
            report,
        }
    }

    pub fn words_per_minute(&self) -> Option<u32> {
        delivery::words_per_minute(self.report.word_count, self.timing.speaking_seconds)
    }

    /// "sort of", "kind of" and other softeners, as the insight code found them.
    pub fn softeners(&self) -> Vec<&str> {
        self.report.hedges.iter().map(|h| h.text.as_str()).collect()
    }

    /// The usual report's keys, with the spoken ones (`transcript`, `speaking_seconds` as measured,
    /// `words_per_minute`, `pauses`, `longest_pause`, `fillers`, `fillers_per_minute`, `softeners`)
    /// at the top level beside them.
    pub fn to_json(&self) -> Value {
        let mut v = serde_json::to_value(&self.report).unwrap_or_else(|_| json!({}));
        let fillers_per_minute = self.report.spoken.map(|s| s.fillers_per_minute);
        if let Value::Object(map) = &mut v {
            map.insert("transcript".into(), json!(self.transcript));
            map.insert("audio_seconds".into(), json!(self.timing.audio_seconds));
            map.insert(
                "speaking_seconds".into(),
                json!(self.timing.speaking_seconds),
            );
            map.insert("words_per_minute".into(), json!(self.words_per_minute()));
            map.insert("pauses".into(), json!(self.timing.pauses));
            map.insert(
                "longest_pause".into(),
                json!(self.timing.longest_pause().map(|p| round1(p.seconds()))),
            );
            map.insert("fillers_per_minute".into(), json!(fillers_per_minute));
            map.insert("softeners".into(), json!(self.softeners()));
        }
        v
    }

    /// A few plain lines on the delivery, for the coach after each answer. No scores for
    /// "confidence" or "nerves": only what can be measured and changed.
    pub fn delivery_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.timing.speaking_seconds < 1.0 {
            lines.push("No speech was heard in this recording.".to_string());
            return lines;
        }
        lines.push(format!(
            "Speaking time: {}.",
            crate::text::duration(self.timing.speaking_seconds.round() as u64)
        ));
        if let Some(wpm) = self.words_per_minute() {
            lines.push(format!(
                "Pace: {wpm} words a minute, {} ({}-{} suits an interview).",
                delivery::pace_advice(wpm),
                PACE_BAND.0,
                PACE_BAND.1
            ));
        }
        match self.timing.longest_pause() {
            None => lines.push("Pauses of 2 seconds or more: none.".to_string()),
            Some(longest) => lines.push(format!(
                "Pauses of 2 seconds or more: {}; the longest {:.1} s at {}. A pause to think is fine: say \"let me think\" if it helps.",
                self.timing.pauses.len(),
                longest.seconds(),
                clock(longest.start)
            )),
        }
        let per_minute = self.report.spoken.map(|s| s.fillers_per_minute);
        let examples: Vec<String> = self
            .report
            .fillers
            .iter()
            .take(3)
            .map(|f| format!("\"{}\"", f.text))
            .collect();
        match (per_minute, examples.is_empty()) {
            (Some(r), false) => lines.push(format!(
                "Fillers: {r:.1} a minute ({}).",
                examples.join(", ")
            )),
            _ => lines.push("Fillers: none heard.".to_string()),
        }
        let softeners = self.softeners();
        if !softeners.is_empty() {
            let shown: Vec<String> = softeners
                .iter()
                .take(3)
                .map(|s| format!("\"{s}\""))
                .collect();
            lines.push(format!(
                "Softeners: {} ({}): say plainly what you did and know.",
                softeners.len(),
                shown.join(", ")
            ));
        }
        lines
    }

    /// The delivery on one line: "42 s speaking · 138 words a minute (steady) · 1 pause of 2 s or
    /// more (longest 2.6 s) · fillers 2.0 a minute ("um", "you know") · 1 softener ("sort of")".
    pub fn delivery_summary(&self) -> String {
        if self.timing.speaking_seconds < 1.0 {
            return "no speech was heard".to_string();
        }
        let mut parts = vec![format!(
            "{} speaking",
            crate::text::duration(self.timing.speaking_seconds.round() as u64)
        )];
        if let Some(wpm) = self.words_per_minute() {
            let (low, high) = PACE_BAND;
            let judged = if wpm < low {
                "slow"
            } else if wpm > high {
                "quick"
            } else {
                "steady"
            };
            parts.push(format!("{wpm} words a minute ({judged})"));
        }
        parts.push(
            match (self.timing.pauses.len(), self.timing.longest_pause()) {
                (_, None) => "no pauses of 2 s or more".to_string(),
                (1, Some(p)) => format!("1 pause of 2 s or more ({:.1} s)", p.seconds()),
                (n, Some(p)) => format!("{n} pauses of 2 s or more (longest {:.1} s)", p.seconds()),
            },
        );
        let quoted = |items: Vec<&str>| {
            items
                .iter()
                .take(2)
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self.report.spoken.map(|s| s.fillers_per_minute) {
            Some(r) if !self.report.fillers.is_empty() => parts.push(format!(
                "fillers {r:.1} a minute ({})",
                quoted(
                    self.report
                        .fillers
                        .iter()
                        .map(|f| f.text.as_str())
                        .collect()
                )
            )),
            _ => parts.push("no fillers".to_string()),
        }
        let softeners = self.softeners();
        match softeners.len() {
            0 => {}
            1 => parts.push(format!("1 softener ({})", quoted(softeners))),
            n => parts.push(format!("{n} softeners ({})", quoted(softeners))),
        }
        parts.join(" · ")
    }

    /// The whole report as `analyse --audio` prints it: transcript, delivery, then the usual reading.
    pub fn render(&self) -> String {
        let mut out = String::from("Transcript (made on this computer):\n");
        out.push_str(&textwrap::fill(
            if self.transcript.is_empty() {
                "(no words heard)"
            } else {
                &self.transcript
            },
            textwrap::Options::new(78)
                .initial_indent("  ")
                .subsequent_indent("  "),
        ));
        out.push_str("\n\nDelivery:\n");
        for line in self.delivery_lines() {
            out.push_str(&format!("  {line}\n"));
        }
        out.push_str("\nContent:\n");
        let mut content = self.report.clone();
        // The pace is in the delivery above, against its own band; not twice.
        content.spoken = None;
        out.push_str(&insight::render_report(&content));
        out
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// 0:07, 2:05: minutes and seconds, as a PSW reads a recording's clock.
fn clock(seconds: f64) -> String {
    crate::text::clock(seconds.round() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::voice::delivery::Pause;

    fn answer(text: &str, speaking: f64, pauses: Vec<Pause>) -> SpokenAnswer {
        let timing = Timing {
            audio_seconds: speaking + 1.0,
            speaking_seconds: speaking,
            speech_start: Some(0.5),
            speech_end: Some(speaking + 0.5),
            pauses,
        };
        SpokenAnswer::new(&Lexicon::bundled(), text.to_string(), timing, Some(120))
    }

    #[test]
    fn json_has_the_spoken_keys_beside_the_usual_ones() {
        let a = answer(
            "Um, I set up a carers' forum. It has, you know, sort of helped: waits fell from 40 to 12 days.",
            9.0,
            vec![Pause {
                start: 3.0,
                end: 5.5,
            }],
        );
        let v = a.to_json();
        assert_eq!(v["speaking_seconds"], json!(9.0));
        assert_eq!(v["pauses"][0]["start"], json!(3.0));
        assert_eq!(v["pauses"][0]["end"], json!(5.5));
        assert_eq!(v["longest_pause"], json!(2.5));
        assert!(
            v["transcript"]
                .as_str()
                .unwrap()
                .starts_with("Um, I set up")
        );
        assert!(v["words_per_minute"].as_u64().unwrap() > 100);
        assert!(v["fillers"].as_array().unwrap().len() >= 2, "{v}");
        assert!(v["covers"].is_object(), "the usual keys stay");
        assert!(
            v["softeners"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s == "sort of")
        );
    }

    #[test]
    fn delivery_is_a_few_plain_lines_without_scores_of_confidence() {
        let a = answer(
            "Um, I set up a carers' forum. Waits fell from 40 to 12 days.",
            5.0,
            vec![Pause {
                start: 2.0,
                end: 4.1,
            }],
        );
        let lines = a.delivery_lines().join("\n");
        assert!(lines.contains("Speaking time: 5 s."), "{lines}");
        assert!(
            lines.contains("Pauses of 2 seconds or more: 1; the longest 2.1 s at 0:02"),
            "{lines}"
        );
        assert!(
            lines.contains("Fillers:") && lines.contains("\"Um\""),
            "{lines}"
        );
        assert!(!lines.to_lowercase().contains("confiden") && !lines.contains("nerv"));
        let silent = answer("", 0.0, vec![]);
        assert_eq!(
            silent.delivery_lines(),
            vec!["No speech was heard in this recording."]
        );
    }
}
