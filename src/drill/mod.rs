//! A rehearsal: which questions to ask, and the timed session that asks them.

pub mod clock;
