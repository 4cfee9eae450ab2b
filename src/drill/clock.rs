//! Time, handed to the session so that tests can move it by hand and never sleep.

use chrono::{DateTime, FixedOffset, Local, Timelike};
use std::time::{Duration, Instant};

/// A stopwatch reading: `95` -> `1:35` (the one format, in [`crate::text`]).
pub use crate::text::clock as minutes_and_seconds;

pub trait Clock {
    /// Monotonic time since some fixed point; only differences matter.
    fn now(&self) -> Duration;
    /// The wall-clock time, in the PSW's own time zone, for the note.
    fn local_now(&self) -> DateTime<FixedOffset>;
}

/// Lets a shell hold "some clock" without being generic: the real one in the app, a fake in tests.
impl<C: Clock + ?Sized> Clock for Box<C> {
    fn now(&self) -> Duration {
        (**self).now()
    }

    fn local_now(&self) -> DateTime<FixedOffset> {
        (**self).local_now()
    }
}

/// The real clock.
#[derive(Debug, Clone, Copy)]
pub struct SystemClock {
    origin: Instant,
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock {
            origin: Instant::now(),
        }
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.origin.elapsed()
    }

    fn local_now(&self) -> DateTime<FixedOffset> {
        // Whole seconds: notes are read by people, and a stopwatch needs no nanoseconds.
        let now = Local::now().fixed_offset();
        now.with_nanosecond(0).unwrap_or(now)
    }
}

/// A clock that only moves when told to, for tests.
#[derive(Debug, Clone)]
pub struct FakeClock {
    inner: std::rc::Rc<std::cell::Cell<Duration>>,
    start: DateTime<FixedOffset>,
}

impl FakeClock {
    pub fn new(start: DateTime<FixedOffset>) -> Self {
        FakeClock {
            inner: Default::default(),
            start,
        }
    }

    /// Moves this clock and every clone of it forward.
    pub fn advance(&self, by: Duration) {
        self.inner.set(self.inner.get() + by);
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Duration {
        self.inner.get()
    }

    fn local_now(&self) -> DateTime<FixedOffset> {
        self.start + chrono::Duration::from_std(self.inner.get()).unwrap_or_default()
    }
}
