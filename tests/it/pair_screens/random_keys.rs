//! Random keys through pair practice, in process: every pair step is reached, from the
//! interviewer's screen to the saved session, and no key sequence panics or fails to draw at any
//! size. (The random-input runs before this one never left home's menu for pair practice.)

use super::*;
use crossterm::event::{Event, KeyEvent, KeyModifiers};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeSet;

/// Keys that mean something on some pair step, with letters that type into its boxes. Ctrl-C and
/// Ctrl-Z are left out: they end or stop the terminal loop, which is not here.
fn random_key(rng: &mut StdRng) -> KeyEvent {
    const PLAIN: &[KeyCode] = &[
        KeyCode::Enter,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Esc,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Backspace,
        KeyCode::F(1),
    ];
    const LETTERS: &[char] = &[
        '1', '2', '3', '4', '5', ' ', '?', 'a', 'c', 'd', 'n', 'q', 'r', 's', 'x', 'y', 'j', 'k',
        'é', '—',
    ];
    const WITH_CTRL: &[char] = &['d', 't', 's', 'n', 'e', 'y'];
    // Enter and the ratings often enough that a run goes through both questions to the initials.
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    match rng.random_range(0..20) {
        0..=4 => plain(KeyCode::Enter),
        5..=7 => plain(KeyCode::Char(char::from(b'1' + rng.random_range(0..5u8)))),
        8..=11 => plain(PLAIN[rng.random_range(0..PLAIN.len())]),
        12..=17 => plain(KeyCode::Char(LETTERS[rng.random_range(0..LETTERS.len())])),
        _ => KeyEvent::new(
            KeyCode::Char(WITH_CTRL[rng.random_range(0..WITH_CTRL.len())]),
            KeyModifiers::CONTROL,
        ),
    }
}

#[test]
fn random_keys_reach_every_pair_step_without_a_panic_at_any_size() {
    let mut rng = StdRng::seed_from_u64(20_261_206);
    let mut reached = BTreeSet::new();
    for run in 0..30 {
        let temp = tempfile::tempdir().unwrap();
        let (mut app, clock) = pairing_in(Some(temp.path().to_path_buf()));
        for step in 0..80 {
            if app.should_quit() {
                break;
            }
            let key = random_key(&mut rng);
            app.on_events(vec![Event::Key(key)]);
            clock.advance(Duration::from_secs(rng.random_range(0..40)));
            reached.insert(format!("{:?}", app.top().context()));
            let shown = format!("{}", draw(&app, 80, 24).backend());
            assert!(
                !shown
                    .trim_matches(|c: char| c == '"' || c.is_whitespace())
                    .is_empty(),
                "run {run}, key {step} ({key:?}) drew an empty screen"
            );
            if step % 10 == 0 {
                draw(&app, 40, 12);
                draw(&app, 120, 40);
            }
        }
    }
    for step in [
        Context::PairAsking,
        Context::PairObservations,
        Context::PairRating,
        Context::PairFeedback,
        Context::PairHandOver,
        Context::PairCompare,
        Context::PairMenu,
        Context::PairConfirmDiscard,
        Context::PairInitials,
        Context::PairSaved,
    ] {
        assert!(
            reached.contains(&format!("{step:?}")),
            "{step:?} never reached; reached {reached:?}"
        );
    }
}
