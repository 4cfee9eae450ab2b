//! Voice or not, every 16 ms, from `earshot`'s small network (pure Rust, its weights inside the
//! crate, nothing loaded at run time).

/// earshot takes frames of exactly 256 samples at 16 kHz: 16 ms.
pub const FRAME: usize = 256;
pub const FRAME_SECONDS: f64 = FRAME as f64 / super::audio::SAMPLE_RATE as f64;
/// earshot's own suggested threshold.
const THRESHOLD: f32 = 0.5;

/// One flag per 16 ms frame: true where a voice is heard. The last partial frame is padded.
pub fn voiced_frames(samples: &[f32]) -> Vec<bool> {
    let mut detector = earshot::Detector::default();
    let mut frame = [0f32; FRAME];
    samples
        .chunks(FRAME)
        .map(|chunk| {
            frame.fill(0.0);
            for (f, s) in frame.iter_mut().zip(chunk) {
                *f = s.clamp(-1.0, 1.0);
            }
            detector.predict_f32(&frame) >= THRESHOLD
        })
        .collect()
}

/// Speech and pauses of a recording.
pub fn timing(samples: &[f32]) -> super::delivery::Timing {
    super::delivery::timing(&voiced_frames(samples), FRAME_SECONDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silence_and_a_steady_hum_are_not_speech() {
        assert!(voiced_frames(&vec![0.0; 16_000]).iter().all(|v| !v));
        let hum: Vec<f32> = (0..32_000)
            .map(|i| 0.3 * (std::f32::consts::TAU * 50.0 * i as f32 / 16_000.0).sin())
            .collect();
        let t = timing(&hum);
        assert_eq!(t.speaking_seconds, 0.0, "{t:?}");
    }
}
