//! The register's word on one answer, as lines for the coaching after it ("You said 265 people
//! waiting; the register says 310 as at 31 October 2026, from the monthly performance report").

use chrono::NaiveDate;

use super::matcher::{FlagKind, Matcher};
use super::model::Register;

/// At most this many lines: the panel is coaching, not a report (`evidence check` gives them all).
pub const MOST: usize = 3;

/// One line per figure that differs from the register, rests on an out-of-date figure or has no
/// source there, differences first. Nothing when the register holds no figures: without one,
/// every figure would be "unsourced".
pub fn lines(register: &Register, text: &str, today: NaiveDate, stale_months: u32) -> Vec<String> {
    if register.figures.is_empty() || text.trim().is_empty() {
        return Vec::new();
    }
    let mut flags = Matcher::new(register).check(text, today, stale_months);
    flags.sort_by_key(|f| match f.kind {
        FlagKind::Differs => 0,
        FlagKind::Stale => 1,
        FlagKind::Unsourced => 2,
        FlagKind::Inconsistent => 3,
    });
    let mut out: Vec<String> = flags
        .iter()
        .take(MOST)
        .map(|f| format!("Your figures: {}", f.message))
        .collect();
    if flags.len() > MOST {
        out.push(format!(
            "Your figures: {} more to check (psw-coach evidence check lists every one).",
            flags.len() - MOST
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::file::parse;

    #[test]
    fn a_difference_comes_first_and_an_empty_register_says_nothing() {
        let register = parse("figures:\n  - measure: people waiting for a Care Act assessment\n    value: 310\n    unit: people\n    as_at: 2026-10-31\n    source: monthly performance report\n").unwrap();
        let today = "2026-12-05".parse().unwrap();
        let text = "We have 47 care homes. We have 265 people waiting for a Care Act assessment.";
        let got = lines(&register, text, today, 3);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].starts_with("Your figures: You said \"We have 265 people waiting")
                && got[0].contains("the register says 310 people as at 31 October 2026"),
            "{got:?}"
        );
        assert!(got[1].contains("care homes"), "{got:?}");
        assert!(lines(&Register::default(), text, today, 3).is_empty());
    }

    #[test]
    fn the_line_for_the_rest_names_the_command_without_markdown_marks() {
        let register = parse("figures:\n  - measure: people waiting for a Care Act assessment\n    value: 310\n    unit: people\n    as_at: 2026-10-31\n    source: monthly performance report\n").unwrap();
        let today = "2026-12-05".parse().unwrap();
        let text = "We have 47 care homes. We run 12 locality teams. We made 830 referrals. \
                    We have 64 shared lives carers. We hold 19 provider forums.";
        let got = lines(&register, text, today, 3);
        assert_eq!(got.len(), MOST + 1, "{got:?}");
        // Shown on a screen, backticks would read as stray marks (walk item 35).
        assert_eq!(
            got[MOST], "Your figures: 2 more to check (psw-coach evidence check lists every one).",
            "{got:?}"
        );
    }
}
