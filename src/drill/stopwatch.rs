//! The stopwatch a rehearsal and a pair practice share: time runs from a mark, stops while paused,
//! and is credited in whole runs so the session can give each run to the part on screen. Also
//! what both sessions share about stopping: [`Pausable`], and [`HelpPause`], the clocks stopped
//! while help covers the screen.

use std::time::Duration;

/// Whether the session the stopwatch times has ended: an ended session's time no longer runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Yes,
    No,
}

impl Ended {
    pub fn when(ended: bool) -> Ended {
        if ended { Ended::Yes } else { Ended::No }
    }
}

/// Session time, pauses excluded. Holds no clock: every reading takes `now` from the session's
/// injected clock, so tests move a `FakeClock` and never sleep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopwatch {
    paused: bool,
    /// `now` when time was last credited; time since then is still running.
    mark: Duration,
    /// Credited unpaused time.
    total: Duration,
}

impl Stopwatch {
    /// Starts at `now` with `total` already credited (zero, or what a draft recorded).
    pub fn start(now: Duration, total: Duration) -> Stopwatch {
        Stopwatch {
            paused: false,
            mark: now,
            total,
        }
    }

    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// Time not yet credited: none while paused or once the session has ended.
    pub fn running(&self, now: Duration, ended: Ended) -> Duration {
        if self.paused || ended == Ended::Yes {
            Duration::ZERO
        } else {
            now.saturating_sub(self.mark)
        }
    }

    /// Credits the running time to the total and returns it, for the session to credit to
    /// whatever was on screen; called before anything changes the stage or pauses.
    pub fn settle(&mut self, now: Duration, ended: Ended) -> Duration {
        let run = self.running(now, ended);
        self.mark = now;
        self.total += run;
        run
    }

    /// Stops the time; settle first so the run so far is credited.
    pub fn pause(&mut self) {
        self.paused = true;
    }

    pub fn resume(&mut self, now: Duration) {
        if self.paused {
            self.mark = now;
            self.paused = false;
        }
    }

    /// The whole session so far, pauses excluded.
    pub fn elapsed(&self, now: Duration, ended: Ended) -> Duration {
        self.total + self.running(now, ended)
    }
}

/// A session whose clocks stop and start again: a rehearsal and a pair practice.
pub trait Pausable {
    fn is_paused(&self) -> bool;
    fn is_finished(&self) -> bool;
    /// Credits the time so far and stops the clocks.
    fn pause(&mut self);
    fn resume(&mut self);
}

/// The clocks stopped while help covers a session: help stops them unless they are stopped
/// already (paused by the PSW, or the session over), and only then starts them again when it
/// goes, so help never ends a pause the PSW chose.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct HelpPause {
    stopped: bool,
}

impl HelpPause {
    /// Help now covers the session.
    pub fn cover(&mut self, session: &mut impl Pausable) {
        if !session.is_paused() && !session.is_finished() {
            session.pause();
            self.stopped = true;
        }
    }

    /// Help has gone.
    pub fn reveal(&mut self, session: &mut impl Pausable) {
        if std::mem::take(&mut self.stopped) {
            session.resume();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A session that is only its pause state.
    #[derive(Default)]
    struct Paused {
        paused: bool,
        finished: bool,
    }

    impl Pausable for Paused {
        fn is_paused(&self) -> bool {
            self.paused
        }
        fn is_finished(&self) -> bool {
            self.finished
        }
        fn pause(&mut self) {
            self.paused = true;
        }
        fn resume(&mut self) {
            self.paused = false;
        }
    }

    #[test]
    fn help_stops_running_clocks_and_starts_them_again_when_it_goes() {
        let mut session = Paused::default();
        let mut help = HelpPause::default();
        help.cover(&mut session);
        assert!(session.paused);
        help.reveal(&mut session);
        assert!(!session.paused);
    }

    #[test]
    fn help_never_ends_a_pause_the_psw_chose_nor_stops_a_finished_session() {
        let mut session = Paused {
            paused: true,
            finished: false,
        };
        let mut help = HelpPause::default();
        help.cover(&mut session);
        help.reveal(&mut session);
        assert!(session.paused, "still paused, as the PSW left it");
        let mut over = Paused {
            paused: false,
            finished: true,
        };
        help.cover(&mut over);
        assert!(!over.paused);
        help.reveal(&mut over);
        assert!(!over.paused);
    }

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn time_paused_is_not_counted_and_time_after_resuming_is() {
        let mut w = Stopwatch::start(secs(10), Duration::ZERO);
        assert_eq!(w.elapsed(secs(40), Ended::No), secs(30));
        assert_eq!(w.settle(secs(40), Ended::No), secs(30));
        w.pause();
        assert_eq!(w.elapsed(secs(100), Ended::No), secs(30));
        w.resume(secs(100));
        assert_eq!(w.elapsed(secs(105), Ended::No), secs(35));
    }

    #[test]
    fn an_ended_session_stops_counting_and_a_draft_keeps_its_time() {
        let w = Stopwatch::start(secs(0), secs(90));
        assert_eq!(w.elapsed(secs(20), Ended::No), secs(110));
        assert_eq!(w.elapsed(secs(20), Ended::Yes), secs(90));
    }
}
