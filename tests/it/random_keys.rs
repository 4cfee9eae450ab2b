//! The real binary under a few hundred random key presses, from a fixed seed so a failure can be
//! replayed: whatever screens they reach, psw-coach never panics, and quitting puts the terminal
//! back (the alternate screen left, the cursor shown).

use crate::common;

use common::{Coach, holds_within_patience};
use std::io::Write;

/// A small xorshift generator: the same seed gives the same keys on every machine.
struct Keys(u64);

impl Keys {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Keys a person might press anywhere: letters (not `q`, which would leave before the keys are
/// all pressed), digits, space, the arrows, Enter, Esc, Tab, Backspace, F1, `?` and Ctrl-S. Ctrl-Z
/// and Ctrl-C are kept for the end.
const PRESSES: &[&str] = &[
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "v", "w", "x", "y", "z", "A", "N", "Y", "1", "2", "9", " ", "\x1b[A", "\x1b[B", "\x1b[C",
    "\x1b[D", "\r", "\r", "\r", "\x1b", "\x1b", "\t", "\x7f", "\x1bOP", "?", "\x13",
];

/// How many keys are pressed.
const HOW_MANY: usize = 400;

#[test]
fn random_keys_never_panic_and_quitting_restores_the_terminal() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(data.path(), &[]);
    coach.wait_for("Mock interview");
    assert!(
        coach.screen.lock().unwrap().screen().alternate_screen(),
        "the app draws on the alternate screen, so leaving it can be checked"
    );
    let mut keys = Keys(0x5eed_2026_1206);
    let mut sent = Vec::new();
    for n in 0..HOW_MANY {
        // A key may end the app (Esc on the home menu, a menu's "Quit"): then the rest are not
        // pressed, and what is checked is how it ended.
        if n % 20 == 0 && coach.child.try_wait().unwrap().is_some() {
            break;
        }
        let key = PRESSES[keys.below(PRESSES.len())];
        sent.push(key);
        if coach.writer.write_all(key.as_bytes()).is_err() {
            break;
        }
        let _ = coach.writer.flush();
        // Paced as a quick typist: an Esc sent with the next key in one read would be Alt+key.
        std::thread::sleep(std::time::Duration::from_millis(8));
    }
    // Ctrl-C leaves from anywhere; `q` from whatever it may leave open. Both are pressed again
    // until the app has gone: on a loaded machine a key can arrive in the same read as the one
    // before it.
    let mut ctrl_c_next = true;
    let ended = holds_within_patience(|| {
        if coach.child.try_wait().unwrap().is_some() {
            return true;
        }
        let key: &[u8] = if ctrl_c_next { b"\x03" } else { b"q" };
        ctrl_c_next = !ctrl_c_next;
        let _ = coach.writer.write_all(key);
        let _ = coach.writer.flush();
        std::thread::sleep(std::time::Duration::from_millis(50));
        false
    });
    assert!(
        ended,
        "psw-coach did not end after {} keys:\n{}\nkeys: {sent:?}",
        sent.len(),
        coach.contents()
    );
    let status = coach.wait_exit();
    // The last bytes written (leaving the alternate screen) can reach the reader after the exit.
    let restored = holds_within_patience(|| {
        let parser = coach.screen.lock().unwrap();
        let screen = parser.screen();
        !screen.alternate_screen() && !screen.hide_cursor()
    });
    let shown = coach.contents();
    assert!(
        !shown.contains("panicked") && status.exit_code() != 101,
        "psw-coach panicked ({status:?}):\n{shown}\nkeys: {sent:?}"
    );
    assert!(
        restored,
        "the terminal was not put back (alternate screen or hidden cursor):\n{shown}\nkeys: {sent:?}"
    );
}
