use super::*;
use crate::notes::model::{AnswerStyle, FORMAT_VERSION, NoteQuestion, PromptAnswer};
use chrono::{DateTime, FixedOffset};

fn note(session: &str, started: &str, plan: &str) -> Note {
    Note {
        format: FORMAT_VERSION,
        session_id: session.to_string(),
        plan: plan.to_string(),
        banks: vec!["cqc-core".to_string()],
        started: DateTime::<FixedOffset>::parse_from_rfc3339(started).unwrap(),
        finished: None,
        style: AnswerStyle::Written,
        questions: vec![NoteQuestion {
            id: "q1".to_string(),
            topic: "waiting-times".to_string(),
            quality_statements: vec!["assessing-needs".to_string()],
            ask: "How do you know people are not waiting too long?".to_string(),
            answers: vec![PromptAnswer {
                transcribed: None,
                id: "done".to_string(),
                ask: "What have you done?".to_string(),
                seconds: 65,
                text: "Weekly triage huddle.".to_string(),
            }],
            follow_ups: vec![],
            total_seconds: 65,
            target_seconds: 120,
            rating: None,
            reflection: None,
            recovered: false,
            ..NoteQuestion::default()
        }],
        ..Note::default()
    }
}

fn sample() -> Note {
    note("s-1", "2026-11-23T17:40:00+00:00", "mock")
}

/// Every file in `dir` but the lock files of live drafts.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".lock"))
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// What the system does when a process ends: every lock it held is released. (Tests in this
/// process use different folders, so only this test's drafts are let go.)
fn process_ends(data_dir: &Path) {
    forget_live_drafts(data_dir);
}

#[test]
fn new_does_no_io() {
    let store = NotesStore::new("/nonexistent/psw-coach");
    assert_eq!(store.notes_dir(), Path::new("/nonexistent/psw-coach/notes"));
    assert_eq!(
        store.drafts_dir(),
        Path::new("/nonexistent/psw-coach/drafts")
    );
    assert!(store.list().notes.is_empty());
    assert!(store.drafts().is_empty());
}

#[test]
fn file_names_come_from_local_start_and_plan() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let summer = note("a", "2026-06-23T17:40:00+01:00", "topic waiting-times");
    let path = store.save(&summer).unwrap();
    assert_eq!(
        path.file_name().unwrap(),
        "2026-06-23-1740-topic-waiting-times.md"
    );
    assert_eq!(plan_slug("Random 5"), "random-5");
    assert_eq!(plan_slug("../../etc/passwd"), "etc-passwd");
    assert_eq!(plan_slug("équipe  / ünits"), "quipe-nits");
    assert_eq!(plan_slug("///"), "session");
    // Walk 10: today's practice is "today", not the ids of the day's set.
    assert_eq!(plan_slug("today carers-01,access-01,access-02"), "today");
    assert_eq!(
        plan_slug("question carers-01,access-01"),
        "question-carers-01-access-01"
    );
}

#[test]
fn saved_note_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let path = store.save(&sample()).unwrap();
    assert_eq!(path.parent().unwrap(), store.notes_dir());
    assert_eq!(NotesStore::read(&path).unwrap(), sample());
}

#[test]
fn save_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    fs::create_dir_all(store.notes_dir()).unwrap();
    let taken = store.notes_dir().join("2026-11-23-1740-mock.md");
    fs::write(&taken, "my own file, not a note").unwrap();

    let first = store.save(&sample()).unwrap();
    let second = store.save(&sample()).unwrap();
    assert_eq!(first.file_name().unwrap(), "2026-11-23-1740-mock-2.md");
    assert_eq!(second.file_name().unwrap(), "2026-11-23-1740-mock-3.md");
    assert_eq!(
        fs::read_to_string(&taken).unwrap(),
        "my own file, not a note"
    );
    assert_eq!(
        names(&store.notes_dir()),
        [
            "2026-11-23-1740-mock-2.md",
            "2026-11-23-1740-mock-3.md",
            "2026-11-23-1740-mock.md"
        ]
    );
}

#[test]
fn without_hard_links_names_are_still_never_reused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("n.md"), "first").unwrap();
    let temp = dir.path().join(".n.md.tmp");
    let path = link_first_free(dir.path(), "n", &temp, b"second", false).unwrap();
    assert_eq!(path, dir.path().join("n-2.md"));
    assert_eq!(
        fs::read_to_string(dir.path().join("n.md")).unwrap(),
        "first"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "second");
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn two_saves_of_one_note_make_two_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let a = store.save(&sample()).unwrap();
    let b = store.save(&sample()).unwrap();
    assert_ne!(a, b);
    assert_eq!(store.list().notes.len(), 2);
}

#[test]
fn saves_racing_in_threads_never_share_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let paths: Vec<PathBuf> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8).map(|_| s.spawn(|| store.save(&sample()))).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap().unwrap())
            .collect()
    });
    let mut unique = paths.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 8);
    assert_eq!(names(&store.notes_dir()).len(), 8, "no temp files left");
}

#[cfg(unix)]
#[test]
fn notes_and_drafts_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let draft = store.write_draft(&sample()).unwrap();
    assert_eq!(mode(&draft), 0o600);
    assert_eq!(mode(&store.drafts_dir()), 0o700);
    let saved = store.save(&sample()).unwrap();
    assert_eq!(mode(&saved), 0o600);
    assert_eq!(mode(&store.notes_dir()), 0o700);
}

#[test]
fn draft_is_replaced_whole_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let mut n = sample();
    let first = store.write_draft(&n).unwrap();
    n.questions[0].answers[0]
        .text
        .push_str(" And a second thought.");
    let second = store.write_draft(&n).unwrap();
    assert_eq!(first, second);
    assert_eq!(first.file_name().unwrap(), "s-1.md");
    assert_eq!(names(&store.drafts_dir()), ["s-1.md"]);
    assert_eq!(NotesStore::read(&second).unwrap(), n);
}

#[test]
fn odd_session_ids_make_safe_distinct_draft_names() {
    let a = draft_file_name("../x y");
    let b = draft_file_name("../x-y");
    assert!(a.starts_with("---x-y-") && a.ends_with(".md"), "{a}");
    assert_ne!(a, b);
    assert_eq!(
        draft_file_name("20261123-174000-ab12"),
        "20261123-174000-ab12.md"
    );
    assert!(!draft_file_name("").starts_with('.'));
}

#[test]
fn saving_removes_the_sessions_draft_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    store.write_draft(&sample()).unwrap();
    let other = note("s-2", "2026-11-24T09:00:00+00:00", "mock");
    store.write_draft(&other).unwrap();
    store.save(&sample()).unwrap();
    assert_eq!(names(&store.drafts_dir()), ["s-2.md"]);
}

#[test]
fn a_live_draft_is_never_offered_recovered_or_discarded_by_another_copy() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let draft = store.write_draft(&sample()).unwrap();
    // Another psw-coach on the same folder, seen through a store of its own.
    let other = NotesStore::new(dir.path());
    assert!(
        other.drafts().is_empty(),
        "a running session's draft is not offered"
    );
    let err = other.recover(&draft).unwrap_err();
    assert_eq!(err.kind, StoreErrorKind::InUse);
    assert!(err.message.contains("still running"), "{err}");
    assert!(draft.exists());
    assert!(other.list().notes.is_empty(), "no duplicate note");

    // Stand in for the other process with a lock taken the way another process takes it.
    process_ends(dir.path());
    let elsewhere = DraftLock::take(&draft).unwrap();
    assert!(store.drafts().is_empty());
    assert_eq!(
        store.discard_draft(&draft).unwrap_err().kind,
        StoreErrorKind::InUse
    );
    assert!(draft.exists());
    drop(elsewhere);

    // Its owner is gone: now it is offered, once.
    let drafts = store.drafts();
    assert_eq!(drafts.len(), 1);
    store.recover(&drafts[0].path).unwrap();
    assert!(store.drafts().is_empty());
    assert_eq!(names(&store.drafts_dir()), Vec::<String>::new());
    assert!(
        !store.drafts_dir().join(".s-1.md.lock").exists(),
        "the lock file goes with the draft"
    );
}

#[test]
fn own_draft_can_be_discarded_and_saving_releases_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let draft = store.write_draft(&sample()).unwrap();
    NotesStore::new(dir.path()).discard_draft(&draft).unwrap();
    assert!(!draft.exists());
    assert!(!held_here(&draft));

    store.write_draft(&sample()).unwrap();
    assert!(held_here(&draft));
    store.save(&sample()).unwrap();
    assert!(!held_here(&draft));
    assert!(fs::read_dir(store.drafts_dir()).unwrap().next().is_none());
}

#[test]
fn no_empty_notes_and_no_empty_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let mut empty = sample();
    empty.questions[0].answers[0].text = "  \n ".into();
    let path = store.write_draft(&empty).unwrap();
    assert!(!path.exists(), "an empty draft is not written");
    let err = store.save(&empty).unwrap_err();
    assert_eq!(err.kind, StoreErrorKind::NothingToSave);
    assert_eq!(err.to_string(), "Nothing was typed, so no note was saved.");
    assert!(store.list().notes.is_empty());

    // Typed, then all deleted again: the old draft goes too, since it no longer says anything.
    store.write_draft(&sample()).unwrap();
    store.write_draft(&empty).unwrap();
    assert!(!path.exists());

    // An empty draft left by a crash right after a start (an older psw-coach wrote these).
    fs::create_dir_all(store.drafts_dir()).unwrap();
    fs::write(store.drafts_dir().join("old.md"), to_markdown(&empty)).unwrap();
    assert!(store.drafts().is_empty(), "not offered");
    assert!(!store.drafts_dir().join("old.md").exists(), "and removed");
    fs::write(store.drafts_dir().join("old.md"), to_markdown(&empty)).unwrap();
    let err = store
        .recover(&store.drafts_dir().join("old.md"))
        .unwrap_err();
    assert_eq!(err.kind, StoreErrorKind::NothingToSave);
    assert!(
        store.list().notes.is_empty(),
        "never recovered as an empty note"
    );
}

#[test]
fn special_and_huge_files_are_reported_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    store.save(&sample()).unwrap();
    let huge = store.notes_dir().join("2026-01-01-0000-huge.md");
    let file = File::create(&huge).unwrap();
    file.set_len(MAX_NOTE_BYTES + 1).unwrap();
    let listing = store.list();
    assert_eq!(listing.notes.len(), 1);
    assert_eq!(listing.problems.len(), 1);
    assert!(
        listing.problems[0].message.contains("larger than 16 MB"),
        "{}",
        listing.problems[0]
    );
    #[cfg(unix)]
    {
        let fifo = store.notes_dir().join("2026-01-02-0000-pipe.md");
        crate::paths::make_fifo(&fifo);
        let err = NotesStore::read(&fifo).unwrap_err();
        assert!(err.message.contains("not an ordinary file"), "{err}");
    }
}

/// The twelfth walk's row 13: a FIFO named like a note in the notes folder was skipped without a
/// word by `notes list` and review, where a 40 MB file there was named. Each thing named like a
/// note that is not a file is now said, by what it is, without being opened.
#[cfg(unix)]
#[test]
fn a_fifo_a_folder_or_a_broken_link_named_like_a_note_is_named_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    store.save(&sample()).unwrap();
    let notes = store.notes_dir();
    crate::paths::make_fifo(&notes.join("2026-12-01-0900-mock.md"));
    fs::create_dir(notes.join("2026-12-02-0900-folder.md")).unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("gone.md"),
        notes.join("2026-12-03-0900-link.md"),
    )
    .unwrap();

    for problems in [store.list().problems, store.summaries().problems] {
        let said: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(said.len(), 3, "{said:#?}");
        assert!(
            said[0].ends_with(
                "2026-12-01-0900-mock.md: this is a named pipe (FIFO), not a note, so it was not \
                 opened: move it out of the notes folder"
            ),
            "{said:#?}"
        );
        assert!(
            said[1].contains("this is a folder, not a note"),
            "{said:#?}"
        );
        assert!(
            said[2].contains("a link to a file that is not there"),
            "{said:#?}"
        );
    }
    assert_eq!(
        store.list().notes.len(),
        1,
        "the note beside them still lists"
    );
}

#[test]
fn a_note_with_a_byte_order_mark_reads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.md");
    fs::write(&path, format!("\u{feff}{}", to_markdown(&sample()))).unwrap();
    assert_eq!(NotesStore::read(&path).unwrap(), sample());
}

#[test]
fn a_write_that_fails_part_way_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let mut n = sample();
    let draft = store.write_draft(&n).unwrap();
    let before = fs::read(&draft).unwrap();

    // The disk fills 100 bytes into the next draft.
    n.questions[0].answers[0]
        .text
        .push_str(" Then a long second thought.");
    fault::FAIL_AFTER.set(Some(100));
    let err = store.write_draft(&n).unwrap_err();
    assert_eq!(err.kind, StoreErrorKind::DiskFull);
    assert!(err.message.contains("the disk is full"), "{err}");
    assert_eq!(
        fs::read(&draft).unwrap(),
        before,
        "the last good draft is whole"
    );
    assert_eq!(
        names(&store.drafts_dir()),
        ["s-1.md"],
        "no half-written temp file"
    );

    // The note itself fails part-way too: no note, no stray file, the draft still there.
    fault::FAIL_AFTER.set(Some(100));
    let err = store.save(&n).unwrap_err();
    assert_eq!(err.kind, StoreErrorKind::DiskFull);
    assert_eq!(names(&store.notes_dir()), Vec::<String>::new());
    assert_eq!(fs::read(&draft).unwrap(), before);

    // Space is freed: the retry keeps every word.
    fault::FAIL_AFTER.set(None);
    let saved = store.save(&n).unwrap();
    assert_eq!(NotesStore::read(&saved).unwrap(), n);
    assert!(!draft.exists());
}

#[test]
fn emoji_combining_accents_and_right_to_left_text_are_kept_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let mut n = sample();
    n.questions[0].answers[0].text =
            "Families 👨‍👩‍👧 said 🙂; Zoe\u{301} and Rene\u{301}e led it.\nقالت العائلة إن الانتظار قصير. והצוות הסכים.\n\u{202b}mixed עברית 40%\u{202c} end".into();
    let draft = store.write_draft(&n).unwrap();
    assert_eq!(NotesStore::read(&draft).unwrap(), n);
    let saved = store.save(&n).unwrap();
    assert_eq!(NotesStore::read(&saved).unwrap(), n);
}

#[test]
fn summaries_match_the_notes_and_come_from_the_index_once_read() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    store
        .save(&note("b", "2026-11-24T09:00:00+00:00", "mock"))
        .unwrap();
    let a = store
        .save(&note("a", "2026-11-23T09:00:00+00:00", "topic caseloads"))
        .unwrap();
    fs::write(
        store.notes_dir().join("2026-01-01-0000-bad.md"),
        "not a note",
    )
    .unwrap();

    let expected = NoteSummary::numbered(&store.list().notes);
    let first = store.summaries();
    assert_eq!(first.summaries, expected);
    assert_eq!(first.problems.len(), 1, "a bad note is reported every time");
    let index = store.notes_dir().join(super::super::index::INDEX_FILE);
    #[cfg(unix)]
    assert_eq!(mode(&index), 0o600, "the index is as private as the notes");
    assert_eq!(
        store.list().notes.len(),
        2,
        "the index is never listed as a note"
    );

    // The second listing trusts the index for unchanged files: a planted plan shows through.
    let planted = fs::read_to_string(&index)
        .unwrap()
        .replace("topic caseloads", "from the index");
    fs::write(&index, planted).unwrap();
    let second = store.summaries();
    assert_eq!(second.summaries[0].plan, "from the index");
    assert_eq!(second.problems.len(), 1);

    // A note edited by hand is read again.
    let text = fs::read_to_string(&a)
        .unwrap()
        .replace("topic caseloads", "edited");
    fs::write(&a, text).unwrap();
    assert_eq!(store.summaries().summaries[0].plan, "edited");

    // A broken index is rebuilt, a removed note leaves it.
    fs::write(&index, "{ not json").unwrap();
    fs::remove_file(&a).unwrap();
    let third = store.summaries();
    assert_eq!(third.summaries.len(), 1);
    assert_eq!(third.summaries[0].plan, "mock");
}

/// Issue 11: temp files left by writes a crash cut short are cleaned from `notes/` and
/// `drafts/` once stale, and nothing else is touched: not a live writer's, not a fresh one, not
/// a name that is not ours, not a symlink or what it points at, not a folder outside the data
/// folder, and a note hard-linked from its temp keeps every word.
#[cfg(unix)]
#[test]
fn stale_temp_files_are_cleaned_and_nothing_else() {
    use std::time::{Duration, SystemTime};
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let (notes, drafts) = (store.notes_dir(), store.drafts_dir());
    fs::create_dir_all(&notes).unwrap();
    fs::create_dir_all(&drafts).unwrap();
    // A process number no system hands out (Linux's pid_max is at most 2^22), rather than a
    // child spawned and reaped: a spawned child shares this test process's open files until
    // it execs, which would briefly hold other tests' draft locks and make drafts look live.
    let dead: u32 = 2_000_000_000;
    assert!(!process_alive(dead));
    let me = std::process::id();
    let age = |path: &Path, seconds: u64| {
        let file = File::options().write(true).open(path).unwrap();
        file.set_modified(SystemTime::now() - Duration::from_secs(seconds))
            .unwrap();
    };
    let make = |path: PathBuf, seconds: u64| {
        fs::write(&path, "half a draft").unwrap();
        age(&path, seconds);
        path
    };
    let saved = store.save(&sample()).unwrap();
    let linked = notes.join(format!(
        ".{}.{dead}.4.tmp",
        saved.file_name().unwrap().to_str().unwrap()
    ));
    fs::hard_link(&saved, &linked).unwrap();
    age(&linked, 7200);
    let gone = [
        // A dead writer's, a few minutes old.
        make(drafts.join(format!(".s-1.md.{dead}.0.tmp")), 300),
        make(notes.join(format!("..index.json.{dead}.7.tmp")), 120),
        // Two hours old, whoever wrote it (a number may have been reused).
        make(
            notes.join(format!(".2026-11-23-1740-mock.md.{me}.3.tmp")),
            7200,
        ),
        linked,
    ];
    let kept = [
        // Just written by a writer that is gone: another machine may share the folder.
        make(drafts.join(format!(".s-2.md.{dead}.0.tmp")), 0),
        // A live writer's, five minutes old.
        make(drafts.join(format!(".s-3.md.{me}.0.tmp")), 300),
        // Not our names.
        make(drafts.join("notes.tmp"), 7200),
        make(drafts.join(".s-4.md.tmp"), 7200),
        make(notes.join(".x.md.12a.0.tmp"), 7200),
        make(notes.join(format!("x.md.{dead}.0.tmp")), 7200),
        make(notes.join("mine.md"), 7200),
    ];
    // A temp-like name that is a symlink to a file outside the data folder.
    let outside = tempfile::tempdir().unwrap();
    let target = make(outside.path().join(format!(".t.md.{dead}.0.tmp")), 7200);
    let link = drafts.join(format!(".link.md.{dead}.0.tmp"));
    std::os::unix::fs::symlink(&target, &link).unwrap();
    // A temp-like name that is a folder.
    let folder = drafts.join(format!(".f.md.{dead}.0.tmp"));
    fs::create_dir(&folder).unwrap();

    store.drafts();

    for path in &gone {
        assert!(!path.exists(), "{} should be cleaned", path.display());
    }
    for path in &kept {
        assert!(path.exists(), "{} should be kept", path.display());
    }
    assert!(fs::symlink_metadata(&link).is_ok(), "the symlink is left");
    assert_eq!(fs::read_to_string(&target).unwrap(), "half a draft");
    assert!(folder.is_dir());
    assert_eq!(
        NotesStore::read(&saved).unwrap(),
        sample(),
        "the note keeps every word"
    );

    // A notes folder that is a symlink to somewhere else: nothing there is ours.
    let data = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), data.path().join("notes")).unwrap();
    let stale = make(elsewhere.path().join(format!(".n.md.{dead}.0.tmp")), 7200);
    NotesStore::new(data.path()).drafts();
    assert!(stale.exists(), "nothing outside the data folder is removed");
}

#[test]
fn crash_then_recover() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = NotesStore::new(dir.path());
        store.write_draft(&sample()).unwrap();
        // The process dies here: no save.
        process_ends(dir.path());
    }
    // A stray temp file from a write cut short must not be offered as a draft.
    fs::write(dir.path().join("drafts/.s-1.md.99.0.tmp"), "half").unwrap();

    let store = NotesStore::new(dir.path());
    let drafts = store.drafts();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].result.as_ref().unwrap(), &sample());

    let saved = store.recover(&drafts[0].path).unwrap();
    let back = NotesStore::read(&saved).unwrap();
    assert!(back.questions.iter().all(|q| q.recovered));
    assert_eq!(back.questions[0].answers, sample().questions[0].answers);
    assert!(!drafts[0].path.exists());
    assert!(store.drafts().is_empty());
    assert_eq!(store.list().notes.len(), 1);
}

#[test]
fn a_resumed_draft_is_this_copys_own_and_ends_as_one_note_without_its_resume_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut draft = sample();
    draft.resume = Some(crate::notes::model::ResumePoint {
        questions: vec!["q1".into(), "q2".into()],
        probes: 1,
        ..Default::default()
    });
    {
        let store = NotesStore::new(dir.path());
        store.write_draft(&draft).unwrap();
        process_ends(dir.path());
    }
    let store = NotesStore::new(dir.path());
    let offered = store.drafts();
    assert_eq!(offered.len(), 1);
    let path = offered[0].path.clone();

    let back = store.resume(&path).unwrap();
    assert_eq!(back, draft);
    // Live again: not offered, not recoverable nor resumable by another copy.
    assert!(store.drafts().is_empty());
    let elsewhere = std::thread::spawn({
        let dir = dir.path().to_path_buf();
        let path = path.clone();
        move || NotesStore::new(&dir).drafts().len() + usize::from(DraftLock::take(&path).is_some())
    });
    assert_eq!(elsewhere.join().unwrap(), 0);

    // Going on writes the same draft, and the note replaces it: one note, no draft.
    let mut more = draft.clone();
    more.questions[0].answers[0]
        .text
        .push_str(" And a second line.");
    assert_eq!(store.write_draft(&more).unwrap(), path);
    assert_eq!(names(&store.drafts_dir()), vec!["s-1.md".to_string()]);
    let saved = store.save(&more).unwrap();
    assert!(names(&store.drafts_dir()).is_empty());
    assert_eq!(store.list().notes.len(), 1);
    let text = fs::read_to_string(&saved).unwrap();
    assert!(text.contains("And a second line."));
    assert!(!text.contains("<!-- resume"), "{text}");
    assert_eq!(NotesStore::read(&saved).unwrap().resume, None);
}

#[test]
fn a_draft_given_back_or_renamed_is_offered_again_and_never_doubled() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = NotesStore::new(dir.path());
        store.write_draft(&sample()).unwrap();
        process_ends(dir.path());
    }
    let store = NotesStore::new(dir.path());
    let path = store.drafts()[0].path.clone();
    store.resume(&path).unwrap();
    store.let_go(&path);
    assert_eq!(store.drafts().len(), 1, "given back, it is offered again");

    let renamed = store.drafts_dir().join("renamed.md");
    fs::rename(&path, &renamed).unwrap();
    let e = store.resume(&renamed).unwrap_err();
    assert!(e.message.contains("has been renamed"), "{e}");
    assert_eq!(store.drafts().len(), 1, "refused, it is left as it was");
    assert!(store.resume(&dir.path().join("elsewhere.md")).is_err());
}

#[test]
fn drafts_come_oldest_first_and_broken_ones_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    store
        .write_draft(&note("late", "2026-11-24T09:00:00+00:00", "mock"))
        .unwrap();
    store
        .write_draft(&note("early", "2026-11-23T09:00:00+00:00", "mock"))
        .unwrap();
    fs::write(store.drafts_dir().join("broken.md"), "not a note\n").unwrap();
    process_ends(dir.path());
    let drafts = store.drafts();
    let ids: Vec<_> = drafts
        .iter()
        .filter_map(|d| d.result.as_ref().ok().map(|n| n.session_id.clone()))
        .collect();
    assert_eq!(ids, ["early", "late"]);
    let broken = drafts.iter().find(|d| d.result.is_err()).unwrap();
    assert_eq!(broken.result.as_ref().unwrap_err().line, 1);

    let err = store.recover(&broken.path).unwrap_err();
    assert_eq!(err.kind, StoreErrorKind::Malformed);
    assert!(broken.path.exists(), "a broken draft is kept");
}

#[test]
fn discard_removes_only_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let draft = store.write_draft(&sample()).unwrap();
    let saved = store
        .save(&note("s-9", "2026-11-23T17:40:00+00:00", "mock"))
        .unwrap();

    let err = store.discard_draft(&saved).unwrap_err();
    assert!(err.message.contains("not a psw-coach draft"), "{err}");
    assert!(saved.exists());
    assert!(store.recover(&saved).is_err());
    assert!(saved.exists());

    store.discard_draft(&draft).unwrap();
    assert!(!draft.exists());
    store.discard_draft(&draft).unwrap();
}

#[test]
fn malformed_note_is_reported_with_line_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let good = store.save(&sample()).unwrap();
    let bad = store.notes_dir().join("2026-01-01-0000-mock.md");
    let text = to_markdown(&sample()).replace("\"target\":120", "\"target\":[");
    fs::write(&bad, &text).unwrap();
    let not_utf8 = store.notes_dir().join("2026-01-02-0000-mock.md");
    fs::write(&not_utf8, b"---\nplan: caf\xe9\n").unwrap();

    let listing = store.list();
    assert_eq!(listing.notes.len(), 1);
    assert_eq!(listing.notes[0].0, good);
    assert_eq!(listing.problems.len(), 2);
    let p = &listing.problems[0];
    assert_eq!(p.path, bad);
    let line = text
        .lines()
        .position(|l| l.contains("\"target\":["))
        .unwrap()
        + 1;
    assert!(p.line >= line && p.line <= line + 1, "{p}");
    assert!(
        p.to_string()
            .starts_with(&format!("{}:{}: ", bad.display(), p.line))
    );
    assert_eq!(listing.problems[1].line, 2);
    assert_eq!(fs::read_to_string(&bad).unwrap(), text, "never rewritten");
}

#[test]
fn list_is_sorted_by_start() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    // Same instant order differs from name order once offsets differ.
    store
        .save(&note("b", "2026-11-23T10:30:00+01:00", "b"))
        .unwrap();
    store
        .save(&note("a", "2026-11-23T10:00:00+00:00", "a"))
        .unwrap();
    let ids: Vec<_> = store
        .list()
        .notes
        .into_iter()
        .map(|(_, n)| n.session_id)
        .collect();
    assert_eq!(ids, ["b", "a"]);
}

#[test]
fn io_kinds_map_to_plain_messages() {
    let path = Path::new("/home/pat/.local/share/psw-coach/notes");
    let cases = [
        (
            io::ErrorKind::ReadOnlyFilesystem,
            StoreErrorKind::ReadOnly,
            "the disk is read-only",
        ),
        (
            io::ErrorKind::PermissionDenied,
            StoreErrorKind::PermissionDenied,
            "not allowed to write",
        ),
        (
            io::ErrorKind::StorageFull,
            StoreErrorKind::DiskFull,
            "the disk is full",
        ),
        (
            io::ErrorKind::QuotaExceeded,
            StoreErrorKind::DiskFull,
            "the disk is full",
        ),
        (
            io::ErrorKind::BrokenPipe,
            StoreErrorKind::Other,
            "the disk reported a problem",
        ),
    ];
    // The system's own errors carry a number ("os error 20") a PSW cannot act on.
    for (code, words) in [
        (20, "part of that path is a file, not a folder"),
        (2, "a folder on that path does not exist"),
        (17, "a file of that name is in the way"),
        (5, "the disk reported a problem (Input/output error)"),
    ] {
        let err = StoreError::io(Operation::Save, path, &io::Error::from_raw_os_error(code));
        let text = err.to_string();
        assert!(text.contains(words), "{text}");
        assert!(!text.contains("os error"), "{text}");
    }
    for (io_kind, kind, words) in cases {
        let err = StoreError::io(Operation::Save, path, &io::Error::from(io_kind));
        assert_eq!(err.kind, kind);
        let text = err.to_string();
        assert!(text.starts_with("Could not save your answer: "), "{text}");
        assert!(text.contains(words), "{text}");
        assert!(
            text.contains("(/home/pat/.local/share/psw-coach/notes)"),
            "{text}"
        );
        assert!(text.ends_with(", then try again."), "{text}");
    }
    let full = StoreError::io(
        Operation::Save,
        path,
        &io::Error::from(io::ErrorKind::StorageFull),
    );
    assert_eq!(
        full.to_string(),
        "Could not save your answer: the disk is full (/home/pat/.local/share/psw-coach/notes). \
             Free some space, then try again."
    );
    let discard = StoreError::io(
        Operation::Discard,
        path,
        &io::Error::from(io::ErrorKind::ReadOnlyFilesystem),
    );
    assert!(
        discard
            .to_string()
            .contains("Make it writable and try again."),
        "{discard}"
    );
}

// Root can write through any chmod, so use a place even root cannot create folders in.
#[cfg(target_os = "linux")]
#[test]
fn unwritable_place_gives_the_permission_or_read_only_message() {
    let store = NotesStore::new("/sys/psw-coach-test");
    let err = store.save(&sample()).unwrap_err();
    assert!(
        matches!(
            err.kind,
            StoreErrorKind::PermissionDenied | StoreErrorKind::ReadOnly
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with("Could not save your answer: "),
        "{err}"
    );
    let err = store.write_draft(&sample()).unwrap_err();
    assert!(
        err.to_string().starts_with("Could not keep a safety copy"),
        "{err}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_real_full_disk_is_reported_as_full() {
    let Ok(mut full) = OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let err = write_synced(&mut full, &[b'x'; 8192]).unwrap_err();
    assert_eq!(
        StoreErrorKind::from_io(err.kind()),
        StoreErrorKind::DiskFull
    );
}

#[test]
fn a_file_other_than_a_note_not_written_is_said_in_words_with_what_to_do() {
    let path = Path::new("/data/evidence.yaml");
    let read_only = io::Error::from_raw_os_error(30);
    if read_only.kind() == io::ErrorKind::ReadOnlyFilesystem {
        assert_eq!(
            not_written("the register", path, &read_only),
            "Could not save the register: the disk is read-only (/data/evidence.yaml). Make it \
             writable, then try again."
        );
    }
    let full = io::Error::from(io::ErrorKind::StorageFull);
    let said = not_written("your settings", path, &full);
    assert!(said.contains("the disk is full"), "{said}");
    assert!(said.contains("Free some space, then try again."), "{said}");
    assert!(!said.contains("os error"), "{said}");
}

/// The thirteenth walk's rows 6 and 8: `notes list` counted every question a note holds ("2
/// questions" where review counted 1, the second only glimpsed) and named each one-question
/// session "1 chosen question". It counts the questions practised, as review does, and names a
/// session of one question by the question, cut to a listing's width; the same from the index
/// as from the notes.
#[test]
fn notes_list_counts_questions_practised_and_names_one_question_by_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = NotesStore::new(dir.path());
    let mut one = note("s-1", "2026-11-09T18:00:00+00:00", "question q1");
    one.plan_title = "1 chosen question".into();
    one.questions[0].ask =
        "How long do carers wait for a carer's assessment, and what do they get while they wait?"
            .into();
    store.save(&one).unwrap();
    let mut two = note("s-2", "2026-11-10T18:00:00+00:00", "random 5");
    two.plan_title = "5 questions at random".into();
    let mut glimpsed = two.questions[0].clone();
    glimpsed.id = "q2".into();
    glimpsed.total_seconds = 0;
    glimpsed.answers.iter_mut().for_each(|a| a.text.clear());
    two.questions.push(glimpsed);
    store.save(&two).unwrap();

    let summaries = store.summaries().summaries;
    assert_eq!(summaries, NoteSummary::numbered(&store.list().notes));
    let lines: Vec<String> = summaries.iter().map(|s| s.to_string()).collect();
    assert!(
        lines[0].contains("  How long do carers wait for a carer's asses…  1 question  "),
        "{lines:?}"
    );
    assert!(!lines[0].contains("chosen"), "{lines:?}");
    assert!(
        lines[1].contains("  5 questions at random  1 question  "),
        "{lines:?}"
    );
}
