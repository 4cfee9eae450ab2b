//! Recorded practice in the full-screen app, with a stand-in for the microphone and the
//! transcriber, so these run without the `voice` feature (see `tests/voice.rs` for the real ones).

use crossterm::event::{Event, KeyCode};
use psw_coach::bank::Library;
use psw_coach::tui::app::App;
use psw_coach::tui::theme::MONOCHROME;
use std::path::Path;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use crate::common;

use common::drawn::app_lines as screen_at;
use common::keys::{ctrl, press};
use common::microphone::{Heard, hearing, recorded, tab_on};

fn library() -> Library {
    crate::common::library::good()
}

fn screen(app: &App) -> String {
    screen_at(app, 80, 24)
}

/// A fresh app on the test bank that saves under `data`.
fn app_in(data: &Path) -> App {
    App::new(library(), Some(data.to_path_buf()), MONOCHROME, false)
}

/// Recorded practice on the test bank, saving under `data`, with `probes` follow-ups, its
/// microphone hearing what `heard` is set to say.
fn rehearsing(data: &Path, heard: &Arc<Mutex<Heard>>, probes: usize) -> App {
    let mut app = hearing(app_in(data), heard);
    app.start(recorded(probes));
    app
}

#[test]
fn each_part_is_recorded_and_its_words_appear_in_its_box_while_the_next_part_records() {
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        words: vec!["Um, we set up a weekly huddle with the team managers.".into()],
        ..Heard::default()
    }));
    let mut app = rehearsing(data.path(), &heard, 0);
    let first = screen(&app);
    assert!(
        first.contains("● Recording (0:07): answer aloud, then Tab for the next part."),
        "{first}"
    );
    assert!(heard.lock().unwrap().recording);
    tab_on(&mut app, 1);
    let second = screen(&app);
    assert!(second.contains("Part 2 of 3"), "{second}");
    assert!(
        second.contains("Part 1: 7 s speaking · 130 words a minute (steady)"),
        "{second}"
    );
    assert!(
        second.contains("we set up a weekly huddle"),
        "the earlier part shows its words: {second}"
    );
}

/// The rating step says how long the recorded answer took to say, as measured (7 s a part from
/// the stand-in), not "about" an estimate from its word count.
#[test]
fn the_rating_step_gives_the_speaking_time_measured_from_the_recordings() {
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        words: vec![
            "We set up a weekly huddle with the team managers.".into(),
            "Waiting times fell from forty days to twelve.".into(),
            "We know from the monthly audit.".into(),
        ],
        ..Heard::default()
    }));
    let mut app = rehearsing(data.path(), &heard, 0);
    tab_on(&mut app, 3);
    let rating = screen(&app);
    assert!(rating.contains("21 s speaking, as recorded"), "{rating}");
    assert!(!rating.contains("to say"), "{rating}");
}

/// Without voice in this build, choosing recorded practice says why in one line and how to get
/// it, and the rehearsal goes on spoken with the timer.
#[cfg(not(feature = "voice"))]
#[test]
fn without_voice_recorded_practice_says_why_and_goes_on_spoken() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app_in(data.path());
    app.start(recorded(0));
    let text = screen(&app);
    assert!(text.contains("built without voice"), "{text}");
    assert!(text.contains("--features voice"), "{text}");
    assert!(
        text.contains("Key points"),
        "spoken practice goes on: {text}"
    );
    assert!(!text.contains("Recording"), "{text}");
}

/// Pair practice with the spoken, recorded style: the PSW's answer records while the colleague
/// listens, its words are shown to the colleague on the feedback step, and the note keeps them
/// marked as transcribed.
#[test]
fn in_pair_practice_the_answer_is_recorded_and_its_words_shown_on_the_feedback_step() {
    use psw_coach::drill::pair::PairStart;
    use psw_coach::notes::AnswerStyle;
    use psw_coach::review::Settings;
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        words: vec!["Um, we cut the wait for an assessment from 19 weeks to 7.".into()],
        ..Heard::default()
    }));
    let mut app = hearing(
        app_in(data.path()).with_settings(Settings {
            answer_style: AnswerStyle::Recorded,
            ..Settings::default()
        }),
        &heard,
    );
    app.start_pair(PairStart::new("random 1".parse().unwrap(), Some(3)));
    let listening = screen(&app);
    assert!(listening.contains("● Recording (0:07)"), "{listening}");
    assert!(heard.lock().unwrap().recording);
    // The PSW has finished: the colleague presses Enter for their feedback.
    press(&mut app, KeyCode::Enter);
    assert!(
        !heard.lock().unwrap().recording,
        "feedback stops the recording"
    );
    app.tick();
    let feedback = screen(&app);
    assert!(
        feedback.contains("What the PSW said, transcribed"),
        "{feedback}"
    );
    assert!(
        feedback.contains("Um, we cut the wait for an assessment from 19 weeks to 7."),
        "{feedback}"
    );
    assert!(
        feedback.contains("7 s speaking · 130 words a minute (steady)"),
        "{feedback}"
    );
    press(&mut app, KeyCode::Char('4'));
    ctrl(&mut app, 's');
    press(&mut app, KeyCode::Enter);
    let notes = saved_notes(data.path());
    assert_eq!(notes.len(), 1, "{}", screen(&app));
    let note = &notes[0];
    assert!(
        note.contains("## The PSW's answer, as heard (") && note.contains(", transcribed)\n"),
        "{note}"
    );
    assert!(
        note.contains("we cut the wait for an assessment from 19 weeks to 7."),
        "{note}"
    );
}

/// Pair practice with the spoken, recorded style but no voice in this build (or no model): one
/// line says why, and the colleague listens and marks as usual.
#[test]
fn in_pair_practice_without_a_recorder_the_pair_goes_on_and_says_why() {
    use psw_coach::drill::pair::PairStart;
    use psw_coach::notes::AnswerStyle;
    use psw_coach::review::Settings;
    let data = tempfile::tempdir().unwrap();
    let mut app = app_in(data.path())
        .with_settings(Settings {
            answer_style: AnswerStyle::Recorded,
            ..Settings::default()
        })
        .with_recorders(Rc::new(|_| {
            Err("No voice model has been added yet: run `psw-coach voice add FILE`.".into())
        }));
    app.start_pair(PairStart::new("random 1".parse().unwrap(), Some(3)));
    let text = screen(&app);
    assert!(text.contains("No voice model has been added yet"), "{text}");
    assert!(text.contains("listens and marks as usual"), "{text}");
    assert!(!text.contains("Recording"), "{text}");
    assert!(text.contains("Read this out"), "{text}");
}

/// The follow-up is chosen from the words, so when the last part is still being transcribed the
/// screen says it is waiting (keys still work), and moves on once the words are in.
#[test]
fn the_follow_up_waits_for_the_last_parts_words_and_says_so() {
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        slow: true,
        words: vec![
            "We set up a weekly huddle with the team managers.".into(),
            "Waits fell from 40 to 25 days.".into(),
            "We know from the audit.".into(),
        ],
        ..Heard::default()
    }));
    let mut app = rehearsing(data.path(), &heard, 1);
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    let waiting = screen(&app);
    assert!(waiting.contains("Part 3 of 3"), "{waiting}");
    let flat = waiting.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "Waiting for your words, transcribed on this computer, to choose a follow-up"
        ),
        "{waiting}"
    );
    // Keys still work: typing goes into the box.
    app.on_events(vec![Event::Paste("and the carers' survey".into())]);
    assert!(screen(&app).contains("and the carers' survey"));
    heard.lock().unwrap().slow = false;
    app.tick();
    // The words are in: on to the follow-up chosen from them (or the rating, when nothing
    // is left to ask), without a key.
    let asked = screen(&app);
    assert!(!asked.contains("Part 3 of 3"), "{asked}");
    assert!(!asked.contains("Waiting for your words"), "{asked}");
    assert!(asked.contains("Follow-up"), "{asked}");
    // Walk item 40: on a follow-up the recording line does not speak of a next part.
    let flat = asked.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Recording (0:07): answer the follow-up aloud, then Tab to go on."),
        "{asked}"
    );
}

/// The notes saved under the data folder, as text.
fn saved_notes(data: &std::path::Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(data.join("notes")) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// Walk item 39: pause, resume (a second take of the part), pause and save while that take is
/// still being transcribed. The save waits, saying so, and the note has the second take's words.
#[test]
fn saving_while_a_second_take_is_transcribed_waits_for_its_words_and_keeps_them() {
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        words: vec![
            "We set up a weekly huddle with the team managers.".into(),
            "Waits fell from 40 to 25 days.".into(),
            "The monthly audit shows the change held.".into(),
        ],
        ..Heard::default()
    }));
    let mut app = rehearsing(data.path(), &heard, 0);
    tab_on(&mut app, 1);
    // Part 2: a first take, paused; resumed, a second take while the transcriber is slow.
    press(&mut app, KeyCode::Esc);
    app.tick();
    press(&mut app, KeyCode::Char('r'));
    assert!(heard.lock().unwrap().recording, "{}", screen(&app));
    heard.lock().unwrap().slow = true;
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('s'));
    app.tick();
    let waiting = screen(&app);
    let flat = waiting.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Still writing down your last words"),
        "{waiting}"
    );
    assert!(!heard.lock().unwrap().recording, "nothing more is recorded");
    assert!(saved_notes(data.path()).is_empty(), "not saved yet");
    heard.lock().unwrap().slow = false;
    app.tick();
    let notes = saved_notes(data.path());
    assert_eq!(notes.len(), 1, "{}", screen(&app));
    assert!(
        notes[0].contains("Waits fell from 40 to 25 days."),
        "{}",
        notes[0]
    );
    assert!(
        notes[0].contains("The monthly audit shows the change held."),
        "the second take's words are in the note: {}",
        notes[0]
    );
}

/// Walk item 39, not waiting: Ctrl-S while the save waits for words saves at once, and says
/// plainly which words are not in the note and how to get them.
#[test]
fn saving_without_waiting_for_words_says_which_are_missing_and_how_to_get_them() {
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        words: vec!["We set up a weekly huddle with the team managers.".into()],
        ..Heard::default()
    }));
    let mut app = rehearsing(data.path(), &heard, 0);
    tab_on(&mut app, 1);
    heard.lock().unwrap().slow = true;
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('s'));
    assert!(saved_notes(data.path()).is_empty(), "{}", screen(&app));
    ctrl(&mut app, 's');
    assert_eq!(saved_notes(data.path()).len(), 1, "{}", screen(&app));
    let saved = screen(&app);
    let flat = saved.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Not in it yet: the words of Part 2, still being written down."),
        "{saved}"
    );
    assert!(flat.contains("voice transcribe"), "{saved}");
}

/// Walk item 39, the wait is bounded: words that never come back do not keep the PSW waiting.
/// Still waiting after 89 seconds; at 90 the note is saved, saying which words are not in it.
#[test]
fn a_save_waiting_for_words_goes_ahead_after_ninety_seconds_and_says_what_is_missing() {
    use chrono::TimeZone;
    use psw_coach::drill::FakeClock;
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        words: vec!["We set up a weekly huddle with the team managers.".into()],
        ..Heard::default()
    }));
    let clock = FakeClock::new(
        chrono::FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 6, 9, 0, 0)
            .unwrap(),
    );
    let source = clock.clone();
    let mut app = hearing(
        app_in(data.path()).with_clock(Rc::new(move || Box::new(source.clone()))),
        &heard,
    );
    app.start(recorded(0));
    tab_on(&mut app, 1);
    heard.lock().unwrap().slow = true;
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('s'));
    clock.advance(std::time::Duration::from_secs(89));
    app.tick();
    assert!(saved_notes(data.path()).is_empty(), "{}", screen(&app));
    clock.advance(std::time::Duration::from_secs(1));
    app.tick();
    assert_eq!(saved_notes(data.path()).len(), 1, "{}", screen(&app));
    let saved = screen(&app);
    let flat = saved.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Not in it yet: the words of Part 2, still being written down."),
        "{saved}"
    );
}

/// The rows of the box whose top border starts with `title`, inside its left and right borders.
fn boxed(text: &str, title: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let Some(top) = lines
        .iter()
        .position(|l| l.starts_with(&format!("┌ {title}")))
    else {
        return Vec::new();
    };
    let width = lines[top].chars().position(|c| c == '┐').unwrap_or(0);
    lines[top + 1..]
        .iter()
        .take_while(|l| l.starts_with('│'))
        .map(|l| {
            l.chars()
                .skip(1)
                .take(width - 1)
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect()
}

/// Walk item 38: three recorded parts and a follow-up, each with a long delivery line. At
/// 80x24 the coaching keeps its first piece of advice whole; the delivery lines fold to a row
/// each, cut with "…", and the last row names the parts left out and where they are in full,
/// which PgDn reaches. At 100x30, with room, every line is shown whole under the screen.
#[test]
fn at_80x24_the_delivery_lines_give_way_to_the_coaching_and_stay_reachable() {
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        words: vec![
            "We set up a weekly huddle with the team managers and I chaired it every Monday."
                .into(),
            "Waiting times fell from forty days to twelve, and carers told us it felt quicker."
                .into(),
            "We know from the monthly audit and the carers' survey.".into(),
            "Next we will test it with the hospital team.".into(),
        ],
        summary: Some(
            "1 min 2 s speaking · 138 words a minute (steady) · 2 pauses of 2 s or more \
             (longest 3.1 s) · fillers 2.0 a minute (\"um\", \"you know\") · 1 softener \
             (\"sort of\")"
                .into(),
        ),
        ..Heard::default()
    }));
    let mut app = rehearsing(data.path(), &heard, 1);
    tab_on(&mut app, 4);
    let rating = screen(&app);
    assert!(rating.contains("How well did that go?"), "{rating}");
    // The first piece of advice is read to its end inside the coaching box.
    let covered = boxed(&rating, "What it covered");
    let advice: Vec<&String> = covered
        .iter()
        .skip_while(|l| !l.starts_with('•'))
        .take_while(|l| l.starts_with('•') || !l.is_empty())
        .collect();
    let first = advice
        .iter()
        .enumerate()
        .take_while(|(i, l)| *i == 0 || !l.starts_with('•'))
        .map(|(_, l)| l.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        first.ends_with('.') || first.ends_with('?'),
        "the first advice is cut: {first:?}\n{rating}"
    );
    // Under the screen: a row a part, each cut visibly, and the rest named.
    let foot: Vec<&str> = rating.lines().rev().skip(1).take(3).collect();
    for line in &foot {
        assert!(line.chars().count() <= 80, "{rating}");
    }
    assert!(
        rating.contains("… Part 3, Follow-up 1: in full at the end of What it covered (PgDn)."),
        "{rating}"
    );
    for part in ["Part 1: 1 min 2 s", "Part 2: 1 min 2 s"] {
        let row = rating.lines().find(|l| l.starts_with(part)).unwrap_or("");
        assert!(row.ends_with('…'), "{part} is cut without a mark: {rating}");
    }
    // PgDn reaches every part's line whole in the coaching.
    let mut seen = String::new();
    for _ in 0..12 {
        seen.push_str(&boxed(&screen(&app), "What it covered").join(" "));
        seen.push(' ');
        press(&mut app, KeyCode::PageDown);
    }
    let seen = seen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(seen.contains("How you said it:"), "{seen}");
    assert!(
        seen.contains("Follow-up 1: 1 min 2 s speaking · 138 words a minute (steady)"),
        "{seen}"
    );
    assert!(seen.contains("1 softener (\"sort of\")"), "{seen}");
    // With room, each part's line is whole under the screen and not repeated in the coaching.
    let wide = screen_at(&app, 120, 40);
    let flat = wide.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Follow-up 1: 1 min 2 s speaking · 138 words a minute (steady) · 2 pauses of 2 s or more (longest 3.1 s) · fillers 2.0 a minute (\"um\", \"you know\") · 1 softener (\"sort of\")"),
        "{wide}"
    );
    assert!(!wide.contains("How you said it:"), "{wide}");
}

/// Walk 6, item 1: an answer only spoken, saved before its words came back (Ctrl-S while the
/// save waits). There is no note to keep, and the PSW is told so without "Nothing was typed",
/// with the recording that holds what they said and the command that shows its words.
#[test]
fn saving_only_spoken_words_before_they_come_back_says_where_they_are() {
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        slow: true,
        ..Heard::default()
    }));
    let mut app = rehearsing(data.path(), &heard, 0);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('s'));
    ctrl(&mut app, 's');
    assert!(saved_notes(data.path()).is_empty());
    let home = screen(&app);
    let flat = home.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!flat.contains("Nothing was typed"), "{home}");
    assert!(
        flat.contains(
            "No note was saved: nothing was typed, and the words you said (Part 1) were still \
             being written down."
        ),
        "{home}"
    );
    assert!(
        flat.contains("to see its words, type: psw-coach voice transcribe "),
        "{home}"
    );
    assert!(
        flat.ends_with("-q1-part1.wav ↑↓/j k move Enter choose ? help e evidence q quit"),
        "{home}"
    );
    assert!(!flat.contains('`'), "{home}");
}

/// Walk 6, item 2: with no microphone the box does not say "Answer aloud" under the sentence
/// saying to type, and that sentence ("the timer carries on") is gone on the rating step, where
/// there is no part to type and no timer.
#[test]
fn with_no_microphone_the_box_asks_for_typing_and_the_rating_step_drops_the_part_line() {
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        refuse: Some(
            "No microphone was found: plug one in or turn it on, then start the next part.".into(),
        ),
        ..Heard::default()
    }));
    let mut app = rehearsing(data.path(), &heard, 0);
    let part = screen(&app);
    assert!(part.contains("No microphone was found"), "{part}");
    assert!(part.contains("Start typing your answer"), "{part}");
    assert!(!part.contains("Answer aloud"), "{part}");
    for word in ["Huddles", "Shorter", "Audit"] {
        for c in word.chars() {
            press(&mut app, KeyCode::Char(c));
        }
        tab_on(&mut app, 1);
    }
    let rating = screen(&app);
    assert!(rating.contains("How well did that go?"), "{rating}");
    assert!(!rating.contains("No microphone"), "{rating}");
    assert!(!rating.contains("timer carries on"), "{rating}");
}

/// Walk 6, row 11: recorded practice with no microphone, every part typed. The note is not
/// headed "recorded answers": nothing was recorded.
#[test]
fn a_recorded_rehearsal_with_every_part_typed_is_not_saved_as_recorded() {
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        refuse: Some("No microphone was found: plug one in or turn it on.".into()),
        ..Heard::default()
    }));
    let mut app = rehearsing(data.path(), &heard, 0);
    for words in ["Huddles weekly.", "Waits fell.", "The audit."] {
        app.on_events(vec![Event::Paste(words.into())]);
        tab_on(&mut app, 1);
    }
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Enter);
    let notes = saved_notes(data.path());
    assert_eq!(notes.len(), 1, "{}", screen(&app));
    assert!(!notes[0].contains("recorded answers"), "{}", notes[0]);
    assert!(notes[0].contains(" · spoken answers · "), "{}", notes[0]);
    assert!(!notes[0].contains("transcribed"), "{}", notes[0]);
}

/// Walk 6, row 14: a follow-up recorded in silence, then typed. The note does not call the typed
/// words "transcribed, then corrected", and the rating step does not give the speaking time "as
/// recorded" when some words were only typed.
#[test]
fn a_follow_up_recorded_in_silence_then_typed_is_kept_as_typed() {
    let data = tempfile::tempdir().unwrap();
    let heard = Arc::new(Mutex::new(Heard {
        words: vec![
            "We set up a weekly huddle with the team managers.".into(),
            "Waits fell from 40 to 25 days.".into(),
            "We know from the audit.".into(),
            String::new(),
        ],
        ..Heard::default()
    }));
    let mut app = rehearsing(data.path(), &heard, 1);
    tab_on(&mut app, 3);
    assert!(screen(&app).contains("Follow-up"), "{}", screen(&app));
    // Nothing said: Tab, then back to type the answer.
    tab_on(&mut app, 1);
    press(&mut app, KeyCode::BackTab);
    app.tick();
    app.on_events(vec![Event::Paste("By March?".into())]);
    tab_on(&mut app, 1);
    let rating = screen(&app);
    assert!(rating.contains("How well did that go?"), "{rating}");
    assert!(!rating.contains("as recorded"), "{rating}");
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Enter);
    let notes = saved_notes(data.path());
    assert_eq!(notes.len(), 1, "{}", screen(&app));
    let note = &notes[0];
    assert!(note.contains("By March?"), "{note}");
    assert!(!note.contains("then corrected"), "{note}");
    assert!(note.contains(" · recorded answers · "), "{note}");
}
