//! Key to frame in recorded practice while a part is transcribed in the background (issue 20's
//! budget: under 5 ms at the 99th percentile). Drives the real app in process, with the real
//! recorder (whisper.cpp on its worker thread) hearing `WAV` through PSW_COACH_VOICE_INPUT, and
//! times each key press plus the frame it causes, drawn at 80x24:
//!
//! 1. the yardstick: the same keys and frames before any transcription has started;
//! 2. while the first part (the whole of `WAV`) is being transcribed.
//!
//! `PSW_COACH_VOICE_MODEL=ggml-tiny.en.bin cargo run --features voice --example voice_frames -- WAV`

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use psw_coach::bank::Library;
use psw_coach::drill::RehearseOptions;
use psw_coach::tui::app::App;
use psw_coach::tui::theme::MONOCHROME;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::{Duration, Instant};

fn key(app: &mut App, c: char) {
    app.on_events(vec![Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    ))]);
}

fn screen(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    buffer.content().iter().map(|c| c.symbol()).collect()
}

/// One key press and its frame, timed.
fn press_and_draw(app: &mut App, terminal: &mut Terminal<TestBackend>, c: char) -> Duration {
    let start = Instant::now();
    key(app, c);
    terminal.draw(|frame| app.view(frame)).expect("draw");
    start.elapsed()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    println!(
        "{name}: {} key presses, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        times.len(),
        percentile(&times, 0.5).as_secs_f64() * 1000.0,
        percentile(&times, 0.99).as_secs_f64() * 1000.0,
        times.last().map_or(0.0, |t| t.as_secs_f64() * 1000.0)
    );
}

fn main() {
    let wav = std::env::args().nth(1).expect("usage: voice_frames WAV");
    // SAFETY: set before any other thread starts.
    unsafe { std::env::set_var("PSW_COACH_VOICE_INPUT", &wav) };
    let data = std::env::temp_dir().join(format!("psw-coach-voice-frames-{}", std::process::id()));
    std::fs::create_dir_all(&data).expect("data folder");
    let mut app = App::new(
        Library::load(None, &[]),
        Some(data.clone()),
        MONOCHROME,
        false,
    );
    app.start(RehearseOptions {
        plan: "random 1".parse().expect("plan"),
        seed: Some(1),
        spoken: true,
        record: true,
        probes: Some(0),
    });
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    terminal.draw(|frame| app.view(frame)).expect("draw");
    assert!(
        screen(&terminal).contains("Recording"),
        "{}",
        screen(&terminal)
    );
    // Let the worker load the model first, so the yardstick is not taken while it loads.
    std::thread::sleep(Duration::from_secs(3));
    let mut idle = Vec::new();
    for i in 0..300 {
        idle.push(press_and_draw(
            &mut app,
            &mut terminal,
            "abcdefgh "[i % 9..].chars().next().unwrap_or('a'),
        ));
        std::thread::sleep(Duration::from_millis(5));
    }
    // Part 1 goes to be transcribed; part 2 records.
    app.on_events(vec![Event::Key(KeyEvent::new(
        KeyCode::Tab,
        KeyModifiers::NONE,
    ))]);
    let started = Instant::now();
    let mut busy = Vec::new();
    let mut i = 0usize;
    loop {
        busy.push(press_and_draw(
            &mut app,
            &mut terminal,
            "abcdefgh "[i % 9..].chars().next().unwrap_or('a'),
        ));
        i += 1;
        app.tick();
        terminal.draw(|frame| app.view(frame)).expect("draw");
        if !screen(&terminal).contains("Transcribing") {
            break;
        }
        // About as fast as a quick typist: 100 ms a key.
        std::thread::sleep(Duration::from_millis(100));
    }
    let took = started.elapsed();
    report("yardstick, no transcription running", idle);
    report("while the part was transcribed", busy);
    println!(
        "the transcription took {:.1} s on the worker thread",
        took.as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&data);
}
