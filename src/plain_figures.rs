//! The figures drill line by line (`rehearse --plan "figures 10" --plain`), for screen readers,
//! scripts and a pipe: each figure's question and what counts as right, one line of answer, the
//! verdict; at the end how many were right, in how long, and which come back first next time.

use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::drill::Clock;
use crate::evidence::drill::{self, EMPTY_REGISTER, FigureRecords, Run};

/// Runs the drill on the register in `data`, reading one answer a line from `input`.
pub fn drill<C: Clock>(
    data: &Path,
    n: usize,
    clock: &C,
    input: impl BufRead,
    out: &mut impl Write,
) -> io::Result<ExitCode> {
    let say = |out: &mut dyn Write, text: &str| writeln!(out, "{}", crate::display::visible(text));
    let register = match crate::evidence::load(data) {
        Ok(register) => register,
        Err(e) => {
            say(
                out,
                &format!(
                    "{e}\nThe register has a mistake, so there is nothing to drill until it is fixed."
                ),
            )?;
            return Ok(ExitCode::from(2));
        }
    };
    if register.figures.is_empty() {
        say(out, EMPTY_REGISTER)?;
        return Ok(ExitCode::from(2));
    }
    let mut history = match drill::load_history(data) {
        Ok(history) => history,
        Err(e) => {
            say(out, &e)?;
            FigureRecords::default()
        }
    };
    let mut run = Run::new(&register, &history, n);
    let started = clock.now();
    let today = clock.local_now().date_naive();
    say(
        out,
        &format!(
            "Know your figures: {} from your register. Answer each on one line with the figure \
             and when it was true (\"310, 31 October\"); an empty line skips it.",
            run.order.len()
        ),
    )?;
    let mut lines = input.lines();
    let total = run.order.len();
    while let Some(figure) = run.current(&register) {
        let number = run.verdicts.len() + 1;
        say(out, "")?;
        say(
            out,
            &format!("Figure {number} of {total}: {}", drill::ask(figure)),
        )?;
        say(out, &drill::tolerance_text(figure))?;
        out.flush()?;
        let Some(line) = lines.next() else {
            say(out, "")?;
            say(
                out,
                "The input ended; the figures answered so far are kept.",
            )?;
            break;
        };
        // Bytes that are not UTF-8 end `lines()` with an error; treat it as the end of input.
        let Ok(line) = line else { break };
        if let Some(verdict) = run.answer(&register, &mut history, &line, today) {
            say(out, &verdict.message)?;
        }
    }
    say(out, "")?;
    if run.verdicts.is_empty() {
        say(out, "No figures answered.")?;
        return Ok(ExitCode::SUCCESS);
    }
    say(
        out,
        &run.summary(&register, clock.now().saturating_sub(started)),
    )?;
    if let Err(e) = drill::save_history(data, &history) {
        say(out, &e)?;
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drill::clock::FakeClock;

    const REGISTER: &str = "figures:\n  - measure: people waiting for a Care Act assessment\n    value: 310\n    unit: people\n    as_at: 2026-10-31\n    source: monthly performance report\n  - measure: social worker vacancy rate\n    value: 9\n    unit: percent\n    as_at: 2026-09-30\n    source: workforce dashboard\n";

    fn clock() -> FakeClock {
        FakeClock::new("2026-12-05T09:00:00+00:00".parse().unwrap())
    }

    #[test]
    fn the_drill_runs_from_a_pipe_and_missed_ones_come_first_next_time() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("evidence.yaml"), REGISTER).unwrap();
        let mut out = Vec::new();
        let code = drill(
            dir.path(),
            10,
            &clock(),
            io::Cursor::new("310, 31 October\n12%\n"),
            &mut out,
        )
        .unwrap();
        assert_eq!(code, ExitCode::SUCCESS);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(
                "Figure 1 of 2: How many people waiting for a Care Act assessment? And as at when?\nRight within 5%: 295 to 325 people.\nRight: 310 people, as at 31 October 2026."
            ),
            "{text}"
        );
        assert!(
            text.contains("Not quite: you said 12%. The register says 9%"),
            "{text}"
        );
        assert!(
            text.contains("1 of 2 right in 0 s. Missed: social worker vacancy rate. They come first next time."),
            "{text}"
        );
        let mut out = Vec::new();
        drill(dir.path(), 1, &clock(), io::Cursor::new(""), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(
                "Figure 1 of 1: What is your social worker vacancy rate, and as at when?"
            ),
            "{text}"
        );
        assert!(text.contains("No figures answered."), "{text}");
    }

    #[test]
    fn an_empty_register_says_how_to_add_figures_in_one_line() {
        let dir = tempfile::tempdir().unwrap();
        let mut out = Vec::new();
        let code = drill(dir.path(), 10, &clock(), io::Cursor::new(""), &mut out).unwrap();
        assert_eq!(code, ExitCode::from(2));
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(text.contains("psw-coach evidence import"), "{text}");
    }
}
