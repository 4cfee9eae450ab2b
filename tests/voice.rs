//! Spoken answers end to end, through the real binary: a WAV in, transcript and delivery out.
//!
//! With `--features voice` these need espeak-ng (it speaks the fixtures, with pauses placed to the
//! sample) and a model in PSW_COACH_VOICE_MODEL (`.ci/run` builds it with scripts/voice-model).
//! Without the feature, the binary must say in one line that voice is not built in.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

#[cfg(feature = "voice")]
mod common;

fn coach(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("psw-coach").unwrap();
    cmd.env("PSW_COACH_DATA_DIR", data).env_remove("NO_COLOR");
    cmd
}

#[cfg(not(feature = "voice"))]
#[test]
fn without_the_feature_each_way_in_says_why_in_one_line() {
    let data = tempfile::tempdir().unwrap();
    let wav = data.path().join("answer.wav");
    std::fs::write(&wav, b"RIFF").unwrap();
    for args in [
        vec!["analyse", "--audio", wav.to_str().unwrap()],
        vec!["voice"],
        vec!["voice", "transcribe", "s1-q1-part1.wav"],
    ] {
        let out = coach(data.path()).args(&args).assert().failure();
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("built without voice") && err.contains("--features voice"),
            "{err}"
        );
    }
}

/// A saved recorded rehearsal of one question, session `s1`, whose second part is empty (its
/// recording could not be transcribed) and is kept as `recordings/s1-q1-part2.wav` with `sound`.
fn a_note_with_a_kept_recording(data: &Path, sound: &[u8]) -> std::path::PathBuf {
    use psw_coach::notes::{AnswerStyle, Note, NoteQuestion, NotesStore, PromptAnswer};
    let answer = |id: &str, ask: &str, text: &str| PromptAnswer {
        id: id.into(),
        ask: ask.into(),
        seconds: 30,
        text: text.into(),
        transcribed: None,
    };
    let note = Note {
        format: psw_coach::notes::model::FORMAT_VERSION,
        session_id: "s1".into(),
        plan: "mock".into(),
        plan_title: "Mock interview".into(),
        started: chrono::DateTime::parse_from_rfc3339("2026-12-05T10:00:00+00:00").unwrap(),
        style: AnswerStyle::Recorded,
        questions: vec![NoteQuestion {
            id: "wt-01".into(),
            topic: "waiting-times".into(),
            ask: "What have you done about waiting times?".into(),
            answers: vec![
                answer("done", "What have you done?", "I set up a duty desk."),
                answer("difference", "What difference has it made?", ""),
            ],
            target_seconds: 120,
            total_seconds: 60,
            ..NoteQuestion::default()
        }],
        ..Note::default()
    };
    let saved = NotesStore::new(data).save(&note).unwrap();
    let dir = data.join("recordings");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("s1-q1-part2.wav"), sound).unwrap();
    saved
}

/// `notes show` names each kept recording and says, in words, how to transcribe it again or
/// delete it; deleting asks for --yes, says when its words are nowhere else, and then deletes
/// only it. None of this needs voice in the build.
#[test]
fn a_kept_recording_is_listed_with_its_note_and_deleted_only_when_confirmed() {
    let data = tempfile::tempdir().unwrap();
    a_note_with_a_kept_recording(data.path(), b"RIFF");
    let wav = data.path().join("recordings/s1-q1-part2.wav");
    let out = coach(data.path())
        .args(["notes", "show", "latest"])
        .assert()
        .success();
    let shown = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(shown.contains(wav.to_str().unwrap()), "{shown}");
    assert!(
        shown.contains("psw-coach voice transcribe s1-q1-part2.wav")
            && shown.contains("To delete it: psw-coach voice delete s1-q1-part2.wav --yes"),
        "{shown}"
    );
    let out = coach(data.path())
        .args(["voice", "delete", "s1-q1-part2.wav"])
        .assert()
        .failure();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("nothing was deleted")
            && err.contains("question 1, part 2")
            && err.contains("Its words are not in your notes")
            && err.contains("--yes"),
        "{err}"
    );
    assert!(wav.exists(), "nothing goes without --yes");
    coach(data.path())
        .args(["voice", "delete", "--yes"])
        .arg(&wav)
        .assert()
        .success()
        .stdout(predicate::str::contains("Deleted"));
    assert!(!wav.exists());
    coach(data.path())
        .args(["voice", "delete", "s1-q1-part2.wav", "--yes"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "no recording called s1-q1-part2.wav",
        ));
}

/// Walk 6: a recording from a rehearsal never saved is not said to be kept "as a new note" by
/// `voice transcribe`, which can only show its words (there is no note to add them to).
#[test]
fn deleting_a_recording_of_an_unsaved_rehearsal_says_its_words_can_only_be_shown() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("recordings");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("s9-q1-part1.wav"), b"RIFF").unwrap();
    let out = coach(data.path())
        .args(["voice", "delete", "s9-q1-part1.wav"])
        .assert()
        .failure();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("was not saved as a note"), "{err}");
    assert!(
        err.contains("`psw-coach voice transcribe s9-q1-part1.wav` shows them, to copy first."),
        "{err}"
    );
    assert!(!err.contains("as a new note"), "{err}");
    assert!(dir.join("s9-q1-part1.wav").exists());
}

/// Several recordings are deleted together, and a mistyped name among them deletes none.
#[test]
fn several_recordings_are_deleted_together_or_not_at_all() {
    let data = tempfile::tempdir().unwrap();
    a_note_with_a_kept_recording(data.path(), b"RIFF");
    let dir = data.path().join("recordings");
    std::fs::write(dir.join("s1-q1-part1.wav"), b"RIFF").unwrap();
    let out = coach(data.path())
        .args(["notes", "show", "latest"])
        .assert()
        .success();
    let shown = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        shown.contains(
            "To delete them all: psw-coach voice delete s1-q1-part1.wav s1-q1-part2.wav --yes"
        ),
        "{shown}"
    );
    coach(data.path())
        .args([
            "voice",
            "delete",
            "s1-q1-part1.wav",
            "s1-q1-part9.wav",
            "--yes",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "no recording called s1-q1-part9.wav",
        ));
    assert!(dir.join("s1-q1-part1.wav").exists(), "none deleted");
    let out = coach(data.path())
        .args(["voice", "delete", "s1-q1-part1.wav", "s1-q1-part2.wav"])
        .assert()
        .failure();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains(
            "To delete them, run: psw-coach voice delete s1-q1-part1.wav s1-q1-part2.wav --yes"
        ),
        "{err}"
    );
    coach(data.path())
        .args([
            "voice",
            "delete",
            "s1-q1-part1.wav",
            "s1-q1-part2.wav",
            "--yes",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Deleted").count(2));
    assert!(psw_coach::voice::recorder::kept_recordings(data.path(), "s1").is_empty());
}

/// A symbolic link in recordings/ is never followed, transcribed or deleted, nor is a file
/// outside that folder.
#[cfg(unix)]
#[test]
fn a_symbolic_link_or_a_file_elsewhere_is_refused_and_left_alone() {
    let data = tempfile::tempdir().unwrap();
    a_note_with_a_kept_recording(data.path(), b"RIFF");
    let precious = data.path().join("precious.wav");
    std::fs::write(&precious, b"RIFF").unwrap();
    let link = data.path().join("recordings/s1-q1-part1.wav");
    std::os::unix::fs::symlink(&precious, &link).unwrap();
    let delete = |which: &Path| {
        coach(data.path())
            .args(["voice", "delete", "--yes"])
            .arg(which)
            .assert()
            .failure()
    };
    delete(Path::new("s1-q1-part1.wav")).stderr(predicate::str::contains(
        "is a symbolic link, not a recording psw-coach made, so it was left alone",
    ));
    delete(&precious).stderr(predicate::str::contains("not in your recordings folder"));
    #[cfg(feature = "voice")]
    coach(data.path())
        .args(["voice", "transcribe", "s1-q1-part1.wav"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("symbolic link"));
    assert!(precious.exists() && link.symlink_metadata().is_ok());
}

/// `voice add` checks a model even in a build without voice, so IT can install it ahead of time.
#[test]
fn a_corrupt_model_is_refused_and_nothing_is_kept() {
    let data = tempfile::tempdir().unwrap();
    let bad = data.path().join("ggml-tiny.en.bin");
    let mut bytes = 0x6767_6d6cu32.to_le_bytes().to_vec();
    bytes.extend_from_slice(&[7u8; 300]);
    std::fs::write(&bad, bytes).unwrap();
    coach(data.path())
        .args(["voice", "add", bad.to_str().unwrap()])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a whisper.cpp model file"));
    assert!(!data.path().join("voice/model.bin").exists());
}

#[cfg(feature = "voice")]
mod with_voice {
    use super::*;
    use serde_json::Value;

    const RATE: u32 = 22_050;

    fn model() -> std::path::PathBuf {
        let m = std::env::var_os("PSW_COACH_VOICE_MODEL").expect(
            "set PSW_COACH_VOICE_MODEL to a model built with scripts/voice-model to run the voice tests",
        );
        std::path::PathBuf::from(m)
    }

    /// espeak-ng's speech for `text`, its own leading and trailing silence cut off, so that where
    /// speech starts and stops in a fixture is known to the sample.
    fn speak(text: &str, dir: &Path) -> Vec<i16> {
        let out = dir.join("phrase.wav");
        let status = std::process::Command::new("espeak-ng")
            .args(["-v", "en-gb", "-s", "150", "-w"])
            .arg(&out)
            .arg(text)
            .status()
            .expect("espeak-ng is needed for the voice tests (apt-get install espeak-ng)");
        assert!(status.success());
        let mut r = hound::WavReader::open(&out).unwrap();
        assert_eq!(r.spec().sample_rate, RATE);
        let s: Vec<i16> = r.samples::<i16>().map(Result::unwrap).collect();
        let loud = |x: &i16| x.unsigned_abs() > 300;
        let first = s.iter().position(loud).unwrap();
        let last = s.iter().rposition(loud).unwrap();
        s[first..=last].to_vec()
    }

    struct Fixture {
        wav: std::path::PathBuf,
        speech: (f64, f64),
        pauses: Vec<(f64, f64)>,
    }

    /// Phrases with silences of known length between them, at espeak's 22.05 kHz (so reading the
    /// file resamples it, as it would a phone's recording).
    fn fixture(dir: &Path, lead: f64, parts: &[(&str, f64)]) -> Fixture {
        let mut all: Vec<i16> = vec![0; (lead * f64::from(RATE)) as usize];
        let mut pauses = Vec::new();
        for (i, (text, gap)) in parts.iter().enumerate() {
            all.extend(speak(text, dir));
            let end = all.len() as f64 / f64::from(RATE);
            if i + 1 < parts.len() && *gap >= 2.0 {
                pauses.push((end, end + gap));
            }
            all.extend(std::iter::repeat_n(0, (gap * f64::from(RATE)) as usize));
        }
        let trailing = parts.last().unwrap().1;
        let speech_end = all.len() as f64 / f64::from(RATE) - trailing;
        let wav = dir.join("answer.wav");
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: RATE,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::create(&wav, spec).unwrap();
        for s in all {
            w.write_sample(s).unwrap();
        }
        w.finalize().unwrap();
        Fixture {
            wav,
            speech: (lead, speech_end),
            pauses,
        }
    }

    fn analyse(data: &Path, wav: &Path) -> Value {
        let out = coach(data)
            .env("PSW_COACH_VOICE_MODEL", model())
            .args(["analyse", "--json", "--audio", wav.to_str().unwrap()])
            .assert()
            .success();
        serde_json::from_slice(&out.get_output().stdout).unwrap()
    }

    fn near(got: &Value, want: f64, what: &str) {
        let got = got.as_f64().unwrap_or_else(|| panic!("{what} missing"));
        // Printed for docs/voice.md (run with --nocapture).
        eprintln!(
            "{what}: got {got:.2} s, truth {want:.2} s, off by {:.2} s",
            (got - want).abs()
        );
        assert!(
            (got - want).abs() <= 0.3,
            "{what}: got {got:.2}, truth {want:.2}"
        );
    }

    /// Walk 6, item 3: a part with nothing said (a muted microphone, or the silence after the
    /// answer) is read as no speech at once: whisper.cpp took 3.5 minutes over one second of
    /// digital silence, holding up every part after it and a save waiting for their words.
    #[test]
    fn a_silent_recording_is_read_as_no_speech_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let wav = dir.path().join("silent.wav");
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: 16_000,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::create(&wav, spec).unwrap();
        for _ in 0..16_000 {
            w.write_sample(0i16).unwrap();
        }
        w.finalize().unwrap();
        let started = std::time::Instant::now();
        let v = analyse(dir.path(), &wav);
        let took = started.elapsed();
        assert_eq!(v["transcript"], "", "{v}");
        assert_eq!(v["speaking_seconds"], 0.0, "{v}");
        assert!(took.as_secs() < 20, "took {took:?}");
    }

    #[test]
    fn pauses_pace_and_fillers_come_from_the_recording_within_a_third_of_a_second() {
        let dir = tempfile::tempdir().unwrap();
        let f = fixture(
            dir.path(),
            0.8,
            &[
                ("I set up a new forum for carers in the spring.", 2.6),
                ("Um, waiting times fell from forty days to twelve.", 1.0),
                ("We know because we check every case each month.", 3.1),
                ("Next year we will add a survey of people.", 0.5),
            ],
        );
        let v = analyse(dir.path(), &f.wav);
        let pauses = v["pauses"].as_array().unwrap();
        assert_eq!(pauses.len(), 2, "the 1 s gap is not a pause: {pauses:?}");
        for (got, (start, end)) in pauses.iter().zip(&f.pauses) {
            near(&got["start"], *start, "pause start");
            near(&got["end"], *end, "pause end");
        }
        near(
            &v["longest_pause"],
            f.pauses[1].1 - f.pauses[1].0,
            "longest pause",
        );
        near(
            &v["speaking_seconds"],
            f.speech.1 - f.speech.0,
            "speaking time",
        );
        let words = v["word_count"].as_f64().unwrap();
        let truth_wpm = words * 60.0 / (f.speech.1 - f.speech.0);
        let wpm = v["words_per_minute"].as_f64().unwrap();
        assert!(
            (wpm - truth_wpm).abs() <= 3.0,
            "pace {wpm} against {truth_wpm:.0}"
        );
        let transcript = v["transcript"].as_str().unwrap().to_lowercase();
        for word in ["forum", "waiting", "12", "month", "survey"] {
            assert!(
                transcript.contains(word),
                "{word:?} missing from {transcript:?}"
            );
        }
        let fillers: Vec<&str> = v["fillers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["text"].as_str().unwrap())
            .collect();
        assert!(
            fillers.iter().any(|f| f.eq_ignore_ascii_case("um")),
            "{fillers:?} in {transcript:?}"
        );
        assert!(
            v["covers"]["done"].as_bool().unwrap(),
            "the usual reading runs on the transcript"
        );
    }

    #[test]
    fn the_readable_report_gives_the_delivery_then_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let f = fixture(
            dir.path(),
            0.3,
            &[
                ("I chair the practice panel.", 2.4),
                ("It meets every week.", 0.3),
            ],
        );
        let out = coach(dir.path())
            .env("PSW_COACH_VOICE_MODEL", model())
            .args(["analyse", "--audio", f.wav.to_str().unwrap()])
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(text.contains("Pauses of 2 seconds or more: 1"), "{text}");
        assert!(
            text.contains("Pace:") && text.contains("The three questions"),
            "{text}"
        );
    }

    fn saved_note(data: &Path) -> String {
        let note = std::fs::read_dir(data.join("notes"))
            .unwrap()
            .filter_map(Result::ok)
            .find(|e| e.path().extension().is_some_and(|x| x == "md"))
            .expect("a note is saved");
        std::fs::read_to_string(note.path()).unwrap()
    }

    /// Plain mode, recording through the file-backed input: Enter stops, the words and the delivery
    /// are shown, a correction is kept, and the note holds what was said.
    #[test]
    fn recorded_plain_practice_transcribes_each_part_and_keeps_a_correction() {
        let dir = tempfile::tempdir().unwrap();
        let f = fixture(
            dir.path(),
            0.4,
            &[
                ("I set up a weekly huddle with the team managers.", 2.5),
                ("Waiting times fell by half.", 0.3),
            ],
        );
        // Part 1: stop, keep. Part 2: stop, correct. Part 3: stop, keep. Then cues, rating, reflection.
        let input = "\n\n\nWaits fell from forty to twenty days.\n.\n\n\n\n\n\n";
        let out = coach(dir.path())
            .env("PSW_COACH_VOICE_MODEL", model())
            .env("PSW_COACH_VOICE_INPUT", &f.wav)
            .args([
                "rehearse", "--record", "--plan", "random 1", "--probes", "0",
            ])
            .write_stdin(input)
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(
            text.contains("recorded and transcribed on this computer"),
            "{text}"
        );
        assert_eq!(text.matches("Heard: ").count(), 3, "{text}");
        assert!(text.to_lowercase().contains("team managers"), "{text}");
        assert!(text.contains("Pauses of 2 seconds or more: 1;"), "{text}");
        let note = saved_note(dir.path());
        assert!(
            note.contains("Waits fell from forty to twenty days."),
            "the correction is kept: {note}"
        );
        assert!(
            note.to_lowercase().contains("team managers"),
            "the transcript is kept: {note}"
        );
        assert!(note.contains(" · recorded answers · "), "{note}");
        // Any question may come up ("random 1"), and some have their own prompts, so the parts are
        // counted rather than named.
        assert!(
            note.matches(", transcribed)\n").count() == 2,
            "parts kept as heard say so in their heading: {note}"
        );
        assert!(
            note.contains(", transcribed, then corrected)\n") && note.contains("\"transcript\":\""),
            "the corrected part keeps what was heard: {note}"
        );
    }

    /// Plain mode with Settings › Keep recordings: each part's sound stays beside the notes, private,
    /// named after the session as the full-screen app names it, and `notes show` lists it.
    #[test]
    fn recorded_plain_practice_keeps_each_parts_recording_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let f = fixture(
            dir.path(),
            0.4,
            &[("I set up a weekly huddle with the team managers.", 0.5)],
        );
        std::fs::write(dir.path().join("settings.yaml"), "keep_audio: true\n").unwrap();
        let out = coach(dir.path())
            .env("PSW_COACH_VOICE_MODEL", model())
            .env("PSW_COACH_VOICE_INPUT", &f.wav)
            .args([
                "rehearse", "--record", "--plan", "random 1", "--probes", "0",
            ])
            .write_stdin("\n\n\n\n\n\n\n\n\n")
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(text.contains("The recording is kept: "), "{text}");
        let folder = dir.path().join("recordings");
        let mut kept: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        kept.sort();
        assert!(!kept.is_empty(), "{text}");
        assert!(
            kept.iter()
                .enumerate()
                .all(|(i, n)| n.ends_with(&format!("-q1-part{}.wav", i + 1))),
            "{kept:?}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&folder), 0o700);
            assert_eq!(mode(&folder.join(&kept[0])), 0o600);
        }
        let shown = coach(dir.path())
            .args(["notes", "show", "latest"])
            .assert()
            .success();
        let shown = String::from_utf8(shown.get_output().stdout.clone()).unwrap();
        assert!(shown.contains(&kept[0]), "{shown}");
    }

    /// The figures drill heard: a figure said aloud (espeak-ng's speech through the model, the file
    /// standing in for the microphone) is transcribed and judged against the register.
    #[test]
    fn a_spoken_figure_is_heard_and_judged_against_the_register() {
        let dir = tempfile::tempdir().unwrap();
        let f = fixture(
            dir.path(),
            0.4,
            &[("Three hundred and ten, at the end of October.", 0.5)],
        );
        std::fs::write(
            dir.path().join("evidence.yaml"),
            "figures:\n  - measure: people waiting for a Care Act assessment\n    value: 310\n    \
             unit: people\n    as_at: 2026-10-31\n    source: monthly performance report\n",
        )
        .unwrap();
        let out = coach(dir.path())
            .env("PSW_COACH_VOICE_MODEL", model())
            .env("PSW_COACH_VOICE_INPUT", &f.wav)
            .args(["rehearse", "--plain", "--record", "--plan", "figures 1"])
            .write_stdin("\n")
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(text.contains("Heard: "), "{text}");
        assert!(
            text.contains("Right: 310 people, as at 31 October 2026."),
            "{text}"
        );
        assert!(text.contains("1 of 1 right"), "{text}");
    }

    /// No model: one line says how to get one, and the rehearsal carries on with typed key points.
    #[test]
    fn without_a_model_recorded_practice_says_so_and_goes_on_typed() {
        let dir = tempfile::tempdir().unwrap();
        let out = coach(dir.path())
            .env_remove("PSW_COACH_VOICE_MODEL")
            .args([
                "rehearse", "--record", "--plan", "random 1", "--probes", "0",
            ])
            .write_stdin("I chair the panel.\n.\n")
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(
            text.starts_with("No voice model has been added yet"),
            "{text}"
        );
        assert!(saved_note(dir.path()).contains("I chair the panel."));
    }

    /// The full-screen app with the spoken, recorded style, its model given by `model` (`None`:
    /// no model at all), on the home screen.
    fn app_recording(data: &Path, model: Option<&Path>) -> common::Coach {
        std::fs::write(data.join("settings.yaml"), "answer_style: recorded\n").unwrap();
        let mut cmd = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_psw-coach"));
        cmd.arg("--data-dir");
        cmd.arg(data);
        match model {
            Some(m) => cmd.env("PSW_COACH_VOICE_MODEL", m),
            None => cmd.env_remove("PSW_COACH_VOICE_MODEL"),
        }
        cmd.env_remove("PSW_COACH_VOICE_INPUT");
        let coach = common::Coach::spawn(cmd);
        coach.wait_for("Style: spoken, recorded");
        coach
    }

    /// Waits until the screen shows `phrase`, however its lines are wrapped.
    fn wait_for_words(coach: &common::Coach, phrase: &str) {
        let flat = || {
            coach
                .contents()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while std::time::Instant::now() < deadline {
            if flat().contains(phrase) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!(
            "the screen never said {phrase:?}; it shows:\n{}",
            coach.contents()
        );
    }

    /// A model file that is damaged, or none at all, in the full-screen app: one plain line says
    /// why under the first part, and the rehearsal goes on typed with the timer.
    #[test]
    fn in_the_app_a_corrupt_or_missing_model_is_said_plainly_and_typed_practice_goes_on() {
        let data = tempfile::tempdir().unwrap();
        let bytes = std::fs::read(model()).unwrap();
        let corrupt = data.path().join("ggml-tiny.en.bin");
        std::fs::write(&corrupt, &bytes[..bytes.len() / 3]).unwrap();
        for (model, said) in [
            (Some(corrupt.as_path()), "damaged or cut short"),
            (None, "No voice model has been added yet"),
        ] {
            let home = tempfile::tempdir().unwrap();
            let mut coach = app_recording(home.path(), model);
            coach.send("\r");
            wait_for_words(&coach, said);
            wait_for_words(&coach, "This rehearsal is spoken with the timer");
            coach.type_text("Typed key point");
            coach.wait_for("Typed key point");
            let shown = coach.contents();
            assert!(!shown.contains("● Recording"), "{shown}");
            coach.child.kill().unwrap();
        }
    }

    #[test]
    fn without_a_model_the_message_says_how_to_get_one() {
        let dir = tempfile::tempdir().unwrap();
        let f = fixture(dir.path(), 0.2, &[("Hello.", 0.2)]);
        coach(dir.path())
            .env_remove("PSW_COACH_VOICE_MODEL")
            .args(["analyse", "--audio", f.wav.to_str().unwrap()])
            .assert()
            .failure()
            .stderr(
                predicate::str::contains("scripts/voice-model")
                    .and(predicate::str::contains("voice add")),
            );
    }

    #[test]
    fn an_unreadable_recording_is_named_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        let text = dir.path().join("answer.wav");
        std::fs::write(&text, "this is text, not sound").unwrap();
        coach(dir.path())
            .env("PSW_COACH_VOICE_MODEL", model())
            .args(["analyse", "--audio", text.to_str().unwrap()])
            .assert()
            .failure()
            .stderr(predicate::str::contains(
                "answer.wav: this is not a WAV sound file",
            ));
    }

    #[test]
    fn a_model_cut_short_is_refused_before_whisper_reads_it() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = std::fs::read(model()).unwrap();
        let cut = dir.path().join("cut.bin");
        std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
        let f = fixture(dir.path(), 0.2, &[("Hello.", 0.2)]);
        coach(dir.path())
            .env("PSW_COACH_VOICE_MODEL", &cut)
            .args(["analyse", "--audio", f.wav.to_str().unwrap()])
            .assert()
            .failure()
            .stderr(predicate::str::contains("damaged or cut short"));
    }

    fn notes_in(data: &Path) -> Vec<std::path::PathBuf> {
        let mut notes: Vec<_> = std::fs::read_dir(data.join("notes"))
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        notes.sort();
        notes
    }

    /// A part that could not be transcribed during the rehearsal is transcribed again from its
    /// kept recording: its words and delivery are shown and kept as a new note; the note it came
    /// from stays byte for byte as it was; a second run keeps nothing twice; the recording stays.
    #[test]
    fn a_kept_recording_is_transcribed_again_into_a_new_note() {
        let data = tempfile::tempdir().unwrap();
        let f = fixture(
            data.path(),
            0.3,
            &[("Waiting times fell from forty days to twelve.", 0.3)],
        );
        let original = a_note_with_a_kept_recording(data.path(), &std::fs::read(&f.wav).unwrap());
        let before = std::fs::read(&original).unwrap();
        let transcribe = || {
            let out = coach(data.path())
                .env("PSW_COACH_VOICE_MODEL", model())
                .args(["voice", "transcribe", "s1-q1-part2.wav"])
                .assert()
                .success();
            String::from_utf8(out.get_output().stdout.clone()).unwrap()
        };
        let text = transcribe();
        assert!(
            text.contains(
                "Question 1: What have you done about waiting times?\nPart 2: What difference \
                 has it made?\n\n"
            ),
            "{text}"
        );
        assert!(text.to_lowercase().contains("waiting times fell"), "{text}");
        assert!(
            text.contains("Speaking time:") && text.contains("Kept as a new note"),
            "{text}"
        );
        assert_eq!(std::fs::read(&original).unwrap(), before, "never changed");
        let notes = notes_in(data.path());
        assert_eq!(notes.len(), 2, "{notes:?}");
        let new = notes.iter().find(|p| **p != original).unwrap();
        let new = std::fs::read_to_string(new).unwrap();
        assert!(
            new.contains("I set up a duty desk.")
                && new.to_lowercase().contains("waiting times fell")
                && new.contains(", transcribed)\n"),
            "{new}"
        );
        let again = transcribe();
        assert!(again.contains("already in"), "{again}");
        assert_eq!(notes_in(data.path()).len(), 2, "nothing kept twice");
        assert!(data.path().join("recordings/s1-q1-part2.wav").exists());
    }

    /// Notes that cannot be read: the words are still shown, with the reason they were not kept,
    /// and the recording stays.
    #[test]
    fn with_the_notes_unreadable_the_words_are_shown_and_the_reason_said() {
        let data = tempfile::tempdir().unwrap();
        let f = fixture(data.path(), 0.3, &[("We meet every week.", 0.3)]);
        a_note_with_a_kept_recording(data.path(), &std::fs::read(&f.wav).unwrap());
        let notes = data.path().join("notes");
        std::fs::rename(&notes, data.path().join("notes-moved")).unwrap();
        std::fs::write(&notes, b"not a folder").unwrap();
        let out = coach(data.path())
            .env("PSW_COACH_VOICE_MODEL", model())
            .args(["voice", "transcribe", "s1-q1-part2.wav"])
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(text.to_lowercase().contains("every week"), "{text}");
        assert!(text.contains("Your notes could not be read"), "{text}");
        assert!(data.path().join("recordings/s1-q1-part2.wav").exists());
    }

    #[test]
    fn a_kept_recording_that_cannot_be_read_is_said_plainly_and_stays() {
        let data = tempfile::tempdir().unwrap();
        a_note_with_a_kept_recording(data.path(), b"this is text, not sound");
        let out = coach(data.path())
            .env("PSW_COACH_VOICE_MODEL", model())
            .args(["voice", "transcribe", "s1-q1-part2.wav"])
            .assert()
            .failure();
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(
            err.contains("this is not a WAV sound file")
                && err.contains("The recording is kept as it was"),
            "{err}"
        );
        assert!(data.path().join("recordings/s1-q1-part2.wav").exists());
        assert_eq!(notes_in(data.path()).len(), 1);
    }

    #[test]
    fn voice_add_keeps_a_private_copy_and_voice_names_it() {
        let dir = tempfile::tempdir().unwrap();
        coach(dir.path())
            .env_remove("PSW_COACH_VOICE_MODEL")
            .args(["voice", "add"])
            .arg(model())
            .assert()
            .success()
            .stdout(predicate::str::contains("Whisper tiny.en"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let meta = std::fs::metadata(dir.path().join("voice/model.bin")).unwrap();
            assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        }
        coach(dir.path())
            .env_remove("PSW_COACH_VOICE_MODEL")
            .arg("voice")
            .assert()
            .success()
            .stdout(
                // The speed is said as the wait a PSW has for a 3-minute answer, never as a
                // developer's "x real time".
                predicate::str::contains("a 3-minute answer takes about")
                    .and(predicate::str::contains("real time").not())
                    .and(predicate::str::contains("nothing is sent")),
            );
    }
}
