//! A data folder holding 10,000 notes, each a full mock interview (seven questions, four answers
//! of about 150 words each), made by running a plain-mode rehearsal once and copying its note.

use psw_coach::bank::Library;
use psw_coach::drill::{FakeClock, Plan, RehearseOptions};
use psw_coach::insight::Lexicon;
use psw_coach::notes::NotesStore;
use std::time::Duration;

pub const NOTES: usize = 10_000;

pub fn ten_thousand_notes() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let store = NotesStore::new(data.path());
    let answer = "I set up a monthly practice forum and we introduced reflective supervision; \
        waits fell from 40 to 25 days and our March audit of 30 cases showed it. "
        .repeat(6);
    let mut input = String::new();
    for _ in 0..7 {
        for _ in 0..4 {
            input.push_str(&format!("{answer}\n.\n"));
        }
        input.push_str("4\nLead with the figure.\n");
    }
    let clock =
        FakeClock::new(chrono::DateTime::parse_from_rfc3339("2026-11-23T17:40:00+00:00").unwrap());
    clock.advance(Duration::from_secs(1));
    let options = RehearseOptions {
        plan: Plan::Mock,
        seed: Some(5),
        spoken: false,
        record: false,
        ..Default::default()
    };
    psw_coach::plain::rehearse(
        &Library::load(None, &[]),
        &store,
        &Lexicon::load(None).0,
        &options,
        clock,
        std::io::Cursor::new(input.into_bytes()),
        &mut std::io::sink(),
        None,
    )
    .unwrap();
    let listing = store.list();
    let (path, note) = &listing.notes[0];
    assert_eq!(note.questions.len(), 7);
    let text = std::fs::read_to_string(path).unwrap();
    for i in 1..NOTES {
        let copy = text.replace(&note.session_id, &format!("{}-{i}", note.session_id));
        let name = format!(
            "2026-{:02}-{:02}-{:04}-mock-{i}.md",
            1 + i % 12,
            1 + i % 28,
            i % 2400
        );
        std::fs::write(store.notes_dir().join(name), copy).unwrap();
    }
    data
}
