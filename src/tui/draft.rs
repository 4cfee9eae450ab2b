//! When a screen's draft is written, shared by the screens that keep one (a rehearsal and pair
//! practice): soon after typing stops, never far behind while typing goes on, and after a failed
//! write only once a growing wait has passed, so the loop keeps reading keys. Also how long those
//! screens wait for keys before their next tick ([`next_tick`]).

use crate::notes::StoreError;
use std::time::Duration;

/// How long after the last key the draft is written.
pub const DRAFT_AFTER_QUIET: Duration = Duration::from_millis(800);
/// The most a draft may lag behind the screen while someone types without pause.
pub const DRAFT_AT_MOST: Duration = Duration::from_secs(2);
/// After a draft cannot be written, the first retry waits this long, doubling up to the most.
pub const DRAFT_RETRY_FIRST: Duration = Duration::from_secs(1);
pub const DRAFT_RETRY_MOST: Duration = Duration::from_secs(16);

/// How long a session screen (a rehearsal, pair practice) may wait for keys before its next tick:
/// until the clock on screen, showing `elapsed`, reaches its next whole second; a quarter second
/// at most while words are being transcribed (`transcribing`), so they land soon; and no later
/// than the draft is due.
pub fn next_tick(
    now: Duration,
    elapsed: Duration,
    transcribing: bool,
    draft_due: Option<Duration>,
) -> Duration {
    let mut wait = Duration::from_millis(1000 - u64::from(elapsed.subsec_millis()));
    if transcribing {
        wait = wait.min(Duration::from_millis(250));
    }
    match draft_due {
        Some(due) => wait.min(due.saturating_sub(now)),
        None => wait,
    }
}

/// Whether the draft on disk is behind the screen, and when to write it next. Times are the
/// screen's clock readings (time since the session began).
#[derive(Debug, Default)]
pub struct DraftSchedule {
    /// Since when the screen has held something the draft on disk lacks.
    unsaved_since: Option<Duration>,
    last_change: Duration,
    failures: u32,
    retry_at: Option<Duration>,
    problem: Option<StoreError>,
}

impl DraftSchedule {
    pub fn new(now: Duration) -> DraftSchedule {
        DraftSchedule {
            last_change: now,
            ..DraftSchedule::default()
        }
    }

    /// Something was typed or ticked: write it once typing pauses, or within the most lag.
    pub fn changed(&mut self, now: Duration) {
        self.last_change = now;
        self.unsaved_since.get_or_insert(now);
    }

    /// The draft is behind (a change of step), without counting as typing.
    pub fn behind(&mut self, now: Duration) {
        self.unsaved_since.get_or_insert(now);
    }

    /// The screen moved on a step (a question, a part, a stage): the draft is behind, and is
    /// written at once unless a failed write is waiting for its retry. True when it is to be
    /// written now.
    pub fn stepped(&mut self, now: Duration) -> bool {
        self.behind(now);
        !self.retrying()
    }

    /// True while a failed write waits for its retry: nothing is written sooner.
    pub fn retrying(&self) -> bool {
        self.retry_at.is_some()
    }

    /// When the draft will next be written, if it is behind the screen.
    pub fn due_at(&self) -> Option<Duration> {
        let first = self.unsaved_since?;
        let due = (self.last_change + DRAFT_AFTER_QUIET).min(first + DRAFT_AT_MOST);
        // After a failed write, never sooner than the back-off allows: retrying at once would
        // leave no time to read the keyboard.
        Some(self.retry_at.map_or(due, |retry| due.max(retry)))
    }

    pub fn due(&self, now: Duration) -> bool {
        self.due_at().is_some_and(|due| now >= due)
    }

    /// The draft on disk is up to date.
    pub fn written(&mut self) {
        *self = DraftSchedule {
            last_change: self.last_change,
            ..DraftSchedule::default()
        };
    }

    /// The draft could not be written: keep it due, wait longer after each failure, keep why.
    pub fn failed(&mut self, problem: StoreError, now: Duration) {
        self.failures = self.failures.saturating_add(1);
        let wait = DRAFT_RETRY_FIRST
            .saturating_mul(1 << self.failures.min(8).saturating_sub(1))
            .min(DRAFT_RETRY_MOST);
        self.retry_at = Some(now + wait);
        self.unsaved_since.get_or_insert(now);
        self.problem = Some(problem);
    }

    /// Saved as a note: nothing more is owed to the draft.
    pub fn saved(&mut self) {
        self.unsaved_since = None;
        self.problem = None;
    }

    /// Why the last write failed, until one succeeds.
    pub fn problem(&self) -> Option<&StoreError> {
        self.problem.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
    }

    #[test]
    fn a_session_screen_ticks_on_the_second_sooner_while_transcribing_or_when_the_draft_is_due() {
        let ms = Duration::from_millis;
        // 12.3 s on the clock: the next whole second is 700 ms away.
        assert_eq!(next_tick(secs(50.0), secs(12.3), false, None), ms(700));
        assert_eq!(next_tick(secs(50.0), secs(12.3), true, None), ms(250));
        assert_eq!(
            next_tick(secs(50.0), secs(12.3), false, Some(secs(50.1))),
            ms(100)
        );
        // A draft overdue is written at once.
        assert_eq!(
            next_tick(secs(50.0), secs(12.3), true, Some(secs(49.0))),
            Duration::ZERO
        );
    }

    #[test]
    fn written_soon_after_typing_stops_and_never_far_behind() {
        let mut d = DraftSchedule::new(secs(0.0));
        assert_eq!(d.due_at(), None);
        d.changed(secs(1.0));
        assert_eq!(d.due_at(), Some(secs(1.8)));
        // Typing on without a pause: still written 2 s after the first unsaved key.
        for t in [1.5, 2.0, 2.5, 2.9] {
            d.changed(secs(t));
        }
        assert_eq!(d.due_at(), Some(secs(3.0)));
        d.written();
        assert_eq!(d.due_at(), None);
    }

    #[test]
    fn a_failed_write_backs_off_and_a_success_clears_it() {
        let mut d = DraftSchedule::new(secs(0.0));
        d.changed(secs(0.0));
        let problem = || StoreError {
            path: "drafts".into(),
            kind: crate::notes::StoreErrorKind::from_io(std::io::ErrorKind::StorageFull),
            message: "the disk is full".into(),
        };
        d.failed(problem(), secs(1.0));
        assert!(d.retrying() && d.problem().is_some());
        assert_eq!(d.due_at(), Some(secs(2.0)));
        d.failed(problem(), secs(2.0));
        assert_eq!(d.due_at(), Some(secs(4.0)));
        for t in 3..20 {
            d.failed(problem(), secs(f64::from(t)));
        }
        assert_eq!(d.due_at(), Some(secs(19.0) + DRAFT_RETRY_MOST));
        d.written();
        assert!(!d.retrying() && d.problem().is_none() && d.due_at().is_none());
    }
}
