//! `rehearse --plain` driven through a pipe, as a screen reader user or a script would.

use assert_cmd::Command;

fn plain(data: &std::path::Path, plan: &str, input: &str) -> (String, std::process::ExitStatus) {
    let out = Command::cargo_bin("psw-coach")
        .unwrap()
        .args(["--data-dir"])
        .arg(data)
        .args(["rehearse", "--plain", "--seed", "11", "--plan", plan])
        .write_stdin(input)
        .output()
        .unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status)
}

fn only_note(data: &std::path::Path) -> psw_coach::notes::Note {
    let notes: Vec<_> = std::fs::read_dir(data.join("notes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    psw_coach::notes::NotesStore::read(&notes[0]).unwrap()
}

#[test]
fn a_whole_question_through_a_pipe() {
    let data = tempfile::tempdir().unwrap();
    let input = "\
I set up a caseload panel.
It meets every fortnight.
.
Caseloads fell from 30 to 22.
.
The March audit and the staff survey.
.
Our panel also looks at unallocated work.
.
1 3
4
Lead with the figure.
";
    let (out, status) = plain(data.path(), "random 1", input);
    assert!(status.success(), "{out}");
    assert!(!out.contains('\u{1b}'), "no escape codes in plain mode");
    for expected in [
        "Question 1 of 1",
        "Part 1 of 3: What have you done?",
        "Part 2 of 3: What difference has it made?",
        "Part 3 of 3: How do you know?",
        "Follow-up: ",
        "What assessors listen for:\n  1. ",
        "Which did your answer cover?",
        "Covered 2 of 3.",
        "Rate your answer from 1 (weak) to 5 (strong)",
        "Saved your note: ",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    let note = only_note(data.path());
    let q = &note.questions[0];
    assert_eq!(
        q.answers[0].text,
        "I set up a caseload panel.\nIt meets every fortnight."
    );
    assert_eq!(q.answers[2].text, "The March audit and the staff survey.");
    assert_eq!(q.rating, Some(4));
    let ticks: Vec<bool> = q.cues.iter().map(|c| c.ticked).collect();
    assert_eq!(
        ticks,
        [true, false, true],
        "the cues and their ticks are in the note"
    );
    assert!(out.contains("2 of 3 listen-for points covered"), "{out}");
    assert_eq!(q.reflection.as_deref(), Some("Lead with the figure."));
    assert!(note.finished.is_some());
}

#[test]
fn when_input_ends_the_session_so_far_is_saved() {
    let data = tempfile::tempdir().unwrap();
    let (out, status) = plain(
        data.path(),
        "mock",
        "Only the first part, then the pipe closed.\n",
    );
    assert!(status.success(), "{out}");
    assert!(out.contains("Saved your note: "), "{out}");
    let note = only_note(data.path());
    assert_eq!(note.questions.len(), 1);
    assert_eq!(
        note.questions[0].answers[0].text,
        "Only the first part, then the pipe closed."
    );
    assert!(
        note.finished.is_none(),
        "an unfinished session is saved as unfinished"
    );
    assert!(
        std::fs::read_dir(data.path().join("drafts"))
            .map(|mut d| d.next().is_none())
            .unwrap_or(true),
        "the draft is gone once the note is saved"
    );
}

#[test]
fn an_unknown_plan_is_a_plain_error() {
    let data = tempfile::tempdir().unwrap();
    let (out, status) = plain(data.path(), "topic wating-times", "");
    assert!(!status.success());
    assert!(
        out.contains("waiting-times"),
        "suggests the close topic:\n{out}"
    );
}

#[test]
fn question_headers_name_the_kind_and_topic_in_words() {
    let data = tempfile::tempdir().unwrap();
    let (out, _) = plain(data.path(), "topic waiting-times", "");
    assert!(out.contains("Waiting times)"), "{out}");
    assert!(
        !out.contains("waiting-times)"),
        "a slug in the header:\n{out}"
    );
}

/// A clock that moves a second every time it is read, so time passes between the questions,
/// the rating and the summary as it does for a person.
struct Ticking(std::cell::Cell<std::time::Duration>);

impl psw_coach::drill::Clock for Ticking {
    fn now(&self) -> std::time::Duration {
        self.0.set(self.0.get() + std::time::Duration::from_secs(1));
        self.0.get()
    }

    fn local_now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2026-11-23T17:40:00+00:00").unwrap()
    }
}

#[test]
fn the_session_length_is_said_the_same_at_the_end_of_plain_mode_as_in_the_note() {
    let data = tempfile::tempdir().unwrap();
    let store = psw_coach::notes::NotesStore::new(data.path());
    let options = psw_coach::drill::RehearseOptions {
        plan: "random 1".parse().unwrap(),
        seed: Some(11),
        ..Default::default()
    };
    let input =
        "We set up a panel.\n.\nWaits fell.\n.\nAn audit of 30 cases.\n.\n.\n1\n4\nMore figures.\n";
    let mut out = Vec::new();
    psw_coach::plain::rehearse(
        &psw_coach::bank::Library::load(None, &[]),
        &store,
        &psw_coach::insight::Lexicon::load(None).0,
        &options,
        Ticking(Default::default()),
        std::io::Cursor::new(input),
        &mut out,
        None,
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    let note = only_note(data.path());
    let in_all = psw_coach::text::answering(note.total_seconds());
    let end = out
        .lines()
        .find(|l| l.starts_with("Rehearsal: "))
        .unwrap_or_else(|| panic!("no closing line:\n{out}"));
    assert!(
        end.contains(&in_all),
        "the note says {in_all}; plain mode ends with {end:?}"
    );
}

/// Input that ends mid-question: the summary counts what was typed and kept, not "0 of 1
/// questions answered" over an answer that is in the note.
#[test]
fn input_ending_mid_question_is_counted_as_started_and_saved() {
    let data = tempfile::tempdir().unwrap();
    let (out, status) = plain(
        data.path(),
        "question waiting-times-01",
        "We set up a weekly triage huddle.\nIt cut waits.\n",
    );
    assert!(status.success(), "{out}");
    assert!(!out.contains("0 of 1 questions answered"), "{out}");
    assert!(
        out.contains("Rehearsal: 1 question started and saved, not yet rated (1 planned);"),
        "{out}"
    );
    let note = only_note(data.path());
    assert_eq!(
        note.questions[0].answers[0].text,
        "We set up a weekly triage huddle.\nIt cut waits."
    );

    // One answered in full, the next begun: both counted, each for what it is.
    let data = tempfile::tempdir().unwrap();
    let (out, status) = plain(
        data.path(),
        "question waiting-times-01,waiting-times-02",
        "Done.\n.\nDifference.\n.\nEvidence.\n.\n.\n\n3\n\nThe second, begun.\n",
    );
    assert!(status.success(), "{out}");
    assert!(
        out.contains(
            "Rehearsal: 1 of 2 questions answered, and 1 question started and saved, not yet rated;"
        ),
        "{out}"
    );
}

/// The first line names the plan as a PSW reads it, not as it is typed.
#[test]
fn the_opening_line_names_the_plan_in_plain_words() {
    let data = tempfile::tempdir().unwrap();
    let (out, _) = plain(data.path(), "topic waiting-times 2", "");
    let first = out
        .lines()
        .find(|l| l.contains("plain mode"))
        .unwrap_or_default();
    assert!(
        first.contains("Topic: Waiting times, 2 questions."),
        "{out}"
    );
    assert!(!out.contains("waiting-times 2"), "{out}");
}

/// Issue 18 item 28: input that ends at a follow-up's prompt is not a choice to skip it: the
/// note keeps the follow-up as asked and not answered, not as "skipped".
#[test]
fn input_ending_at_a_follow_up_prompt_does_not_save_it_as_skipped() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("psw-coach")
        .unwrap()
        .arg("--data-dir")
        .arg(data.path())
        .args(["rehearse", "--plain", "--seed", "3", "--plan", "random 1"])
        .write_stdin("I set up a team.\n.\nWaits fell from 40 to 18 weeks.\n.\nOur audit.\n.\n")
        .output()
        .unwrap();
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(
        shown.contains("Follow-up: "),
        "a follow-up was asked: {shown}"
    );
    let note = only_note(data.path());
    let follow_ups = &note.questions[0].follow_ups;
    assert_eq!(follow_ups.len(), 1, "{follow_ups:?}");
    assert!(!follow_ups[0].skipped, "{follow_ups:?}");
    let text = std::fs::read_to_string(
        std::fs::read_dir(data.path().join("notes"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "md"))
            .unwrap(),
    )
    .unwrap();
    assert!(!text.contains("(skipped)"), "{text}");
}

/// A clock moved by hand, shared with the recorder below.
#[derive(Clone)]
struct Shared(std::rc::Rc<std::cell::Cell<std::time::Duration>>);

impl psw_coach::drill::Clock for Shared {
    fn now(&self) -> std::time::Duration {
        self.0.get()
    }

    fn local_now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2026-11-23T17:40:00+00:00").unwrap()
    }
}

/// Speaks for 10 s a part, then takes 40 s to write the words down, as the tiny model does on a
/// busy laptop.
struct SlowToTranscribe(Shared);

impl psw_coach::voice::recorder::BlockingRecorder for SlowToTranscribe {
    fn start(&mut self) -> Result<(), String> {
        let at = self.0.0.get();
        self.0.0.set(at + std::time::Duration::from_secs(10));
        Ok(())
    }

    fn finish(
        &mut self,
        _: Option<u32>,
        _: Option<&psw_coach::voice::recorder::AudioFile>,
    ) -> Result<psw_coach::voice::recorder::Recorded, String> {
        let at = self.0.0.get();
        self.0.0.set(at + std::time::Duration::from_secs(40));
        Ok(psw_coach::voice::recorder::Recorded {
            transcript: "We phone everyone on the list every month.".into(),
            ..Default::default()
        })
    }
}

#[test]
fn a_recorded_parts_time_is_the_speaking_not_the_wait_for_its_words() {
    let data = tempfile::tempdir().unwrap();
    let store = psw_coach::notes::NotesStore::new(data.path());
    let options = psw_coach::drill::RehearseOptions {
        plan: "question waiting-times-02".parse().unwrap(),
        probes: Some(0),
        record: true,
        ..Default::default()
    };
    let clock = Shared(Default::default());
    let mut out = Vec::new();
    psw_coach::plain::rehearse(
        &psw_coach::bank::Library::load(None, &[]),
        &store,
        &psw_coach::insight::Lexicon::load(None).0,
        &options,
        clock.clone(),
        // Each part: Enter stops the recording, Enter keeps the words. Then the ticks and rating.
        std::io::Cursor::new("\n\n\n\n\n\n\n4\n\n"),
        &mut out,
        Some(Box::new(SlowToTranscribe(clock))),
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    assert_eq!(out.matches("Time for this part: 10 s.").count(), 3, "{out}");
    assert!(
        out.contains("Question time 30 s of 2 min 30 s target"),
        "{out}"
    );
}

/// Hears one sentence a part and writes its sound where it is asked to, as the real recorder
/// does, before giving the words back.
struct WritesItsSound;

impl psw_coach::voice::recorder::BlockingRecorder for WritesItsSound {
    fn start(&mut self) -> Result<(), String> {
        Ok(())
    }

    fn finish(
        &mut self,
        _: Option<u32>,
        audio: Option<&psw_coach::voice::recorder::AudioFile>,
    ) -> Result<psw_coach::voice::recorder::Recorded, String> {
        let audio = audio.map(|a| {
            std::fs::create_dir_all(a.path.parent().unwrap()).unwrap();
            std::fs::write(&a.path, b"RIFF").unwrap();
            a.path.clone()
        });
        Ok(psw_coach::voice::recorder::Recorded {
            transcript: "We phone everyone on the list every month.".into(),
            audio,
            ..Default::default()
        })
    }
}

/// A recorded rehearsal of one three-part question in plain mode, with Keep recordings as given:
/// what was printed, and the recordings kept with its note.
fn recorded_in_plain_mode(keep: bool) -> (String, Vec<String>) {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("settings.yaml"),
        format!("keep_audio: {keep}\n"),
    )
    .unwrap();
    let store = psw_coach::notes::NotesStore::new(data.path());
    let options = psw_coach::drill::RehearseOptions {
        plan: "question waiting-times-02".parse().unwrap(),
        probes: Some(0),
        record: true,
        ..Default::default()
    };
    let mut out = Vec::new();
    psw_coach::plain::rehearse(
        &psw_coach::bank::Library::load(None, &[]),
        &store,
        &psw_coach::insight::Lexicon::load(None).0,
        &options,
        Shared(Default::default()),
        std::io::Cursor::new("\n\n\n\n\n\n\n4\n\n"),
        &mut out,
        Some(Box::new(WritesItsSound)),
    )
    .unwrap();
    let note = only_note(data.path());
    let kept = psw_coach::voice::recorder::kept_recordings(data.path(), &note.session_id)
        .iter()
        .map(|p| {
            p.strip_prefix(data.path().join(psw_coach::voice::recorder::RECORDINGS_DIR))
                .unwrap()
                .display()
                .to_string()
        })
        .collect();
    (String::from_utf8(out).unwrap(), kept)
}

#[test]
fn keep_recordings_keeps_each_recorded_part_in_plain_mode_as_in_the_app() {
    let (out, kept) = recorded_in_plain_mode(true);
    let names: Vec<String> = kept
        .iter()
        .map(|n| n.split_once("-q").unwrap().1.to_string())
        .collect();
    assert_eq!(
        names,
        ["1-part1.wav", "1-part2.wav", "1-part3.wav"],
        "{out}"
    );
    assert_eq!(out.matches("The recording is kept: ").count(), 3, "{out}");
    // Without the setting, each part's sound goes once its words are in.
    let (out, kept) = recorded_in_plain_mode(false);
    assert!(kept.is_empty(), "{kept:?}");
    assert!(!out.contains("The recording is kept"), "{out}");
}

#[test]
fn help_at_a_question_asks_it_again_and_is_never_kept_as_the_reflection() {
    let data = tempfile::tempdir().unwrap();
    let input = "\
I set up a caseload panel.
?
It meets every fortnight.
.
Caseloads fell from 30 to 22.
.
The March audit and the staff survey.
.
Our panel also looks at unallocated work.
.
?
1 3
?
4
?
Lead with the figure.
";
    let (out, status) = plain(data.path(), "random 1", input);
    assert!(status.success(), "{out}");
    // After help, the question in hand is asked again, so the next line has something to answer.
    for asked in [
        "Back to your answer: go on typing",
        "Which did your answer cover?",
        "Rate your answer from 1 (weak) to 5 (strong)",
        "One line of reflection",
    ] {
        let shown = out.matches(asked).count();
        let wanted = if asked.starts_with("Back") { 1 } else { 2 };
        assert_eq!(shown, wanted, "{asked:?} in:\n{out}");
    }
    let q = &only_note(data.path()).questions[0];
    assert_eq!(
        q.answers[0].text,
        "I set up a caseload panel.\nIt meets every fortnight."
    );
    assert_eq!(q.rating, Some(4));
    assert_eq!(q.reflection.as_deref(), Some("Lead with the figure."));
}

#[test]
fn psw_coach_plain_on_its_own_is_a_plain_rehearsal() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("psw-coach")
        .unwrap()
        .arg("--data-dir")
        .arg(data.path())
        .arg("--plain")
        .write_stdin("I chair the practice panel.\n.\n")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(
        text.starts_with("psw-coach rehearsal in plain mode. Mock interview"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(only_note(data.path()).questions[0].answers[0].text == "I chair the practice panel.");
    // Another command with it is told where --plain belongs, in words.
    let out = Command::cargo_bin("psw-coach")
        .unwrap()
        .arg("--data-dir")
        .arg(data.path())
        .args(["--plain", "notes", "list"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(
        err.contains("--plain is for rehearsing: psw-coach --plain, or psw-coach rehearse --plain"),
        "{err}"
    );
}

/// The fifth walk: `--plain` after the command (`psw-coach review --plain`, as a PSW with a
/// screen reader types it) got clap's "error: unexpected argument '--plain' found". It is read
/// wherever it is typed: rehearsing plain works either way round, and any other command says in
/// words where plain mode is, naming the plain command that does the same job.
#[test]
fn plain_under_a_commands_help_does_not_say_it_rehearses() {
    for args in [&["voice", "--help"][..], &["notes", "--help"], &["--help"]] {
        let out = Command::cargo_bin("psw-coach")
            .unwrap()
            .args(args)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with("--plain"))
            .unwrap_or_else(|| panic!("{args:?}: {text}"));
        assert!(
            line.contains("screen readers")
                && line.contains("(psw-coach --plain alone is a plain rehearsal)"),
            "{args:?}: {line}"
        );
    }
}

#[test]
fn plain_after_any_command_is_answered_in_words() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::cargo_bin("psw-coach")
            .unwrap()
            .arg("--data-dir")
            .arg(data.path())
            .args(args)
            .write_stdin("I chair the practice panel.\n.\n")
            .output()
            .unwrap()
    };
    let out = run(&["rehearse", "--plan", "random 1", "--plain"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(
        text.starts_with("psw-coach rehearsal in plain mode."),
        "{text}"
    );
    for (args, says) in [
        (&["review", "--plain"][..], "psw-coach notes show NUMBER"),
        (
            &["notes", "list", "--plain"][..],
            "every other command already prints plain lines",
        ),
        (&["pair", "--plain"][..], "psw-coach cards --out cards.md"),
        (
            &["evidence", "list", "--plain"][..],
            "psw-coach rehearse --plain --plan PLAN",
        ),
    ] {
        let out = run(args);
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(!out.status.success(), "{args:?}");
        assert!(err.contains("--plain is for rehearsing"), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("unexpected argument"), "{args:?}: {err}");
    }
}

/// The eleventh walk, row 10: with nowhere to write, plain mode said "copy them from above", and
/// piped in, the answers were never above. They are printed, as the full-screen app prints them.
#[test]
fn answers_that_could_not_be_kept_are_printed_to_copy() {
    let data = tempfile::tempdir().unwrap();
    // Files where the notes and drafts folders should be.
    std::fs::write(data.path().join("notes"), "").unwrap();
    std::fs::write(data.path().join("drafts"), "").unwrap();
    let input = "I set up a caseload panel for every team.\n.\n";
    let (out, status) = plain(data.path(), "random 1", input);
    assert!(!status.success(), "{out}");
    assert!(out.contains("Your answers could not be kept"), "{out}");
    assert!(!out.contains("from above"), "{out}");
    let at = out.find("could not be kept").unwrap();
    assert!(
        out[at..].contains("I set up a caseload panel for every team."),
        "{out}"
    );
}

/// The twelfth walk's row 8: input ending while the second question was read out (Ctrl-D a
/// second or two after it was printed) saved that question as "started" with its seconds, and
/// counted it practised. With nothing typed in it, it is not reached: the note holds the first
/// question alone.
#[test]
fn input_ending_as_a_question_is_read_leaves_it_not_reached() {
    let data = tempfile::tempdir().unwrap();
    let store = psw_coach::notes::NotesStore::new(data.path());
    let options = psw_coach::drill::RehearseOptions {
        plan: "question waiting-times-02,carers-02".parse().unwrap(),
        probes: Some(0),
        ..Default::default()
    };
    let mut out = Vec::new();
    psw_coach::plain::rehearse(
        &psw_coach::bank::Library::load(None, &[]),
        &store,
        &psw_coach::insight::Lexicon::load(None).0,
        &options,
        Ticking(Default::default()),
        std::io::Cursor::new(
            "I set up a weekly call.\n.\nWaits fell from 40 to 18 weeks.\n.\nOur audit.\n.\n\n4\n\n",
        ),
        &mut out,
        None,
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("How long do carers wait"),
        "the second was asked:\n{out}"
    );
    assert!(!out.contains("started and saved"), "{out}");
    let note = only_note(data.path());
    assert_eq!(note.questions.len(), 1, "{out}");
}
