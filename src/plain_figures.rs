//! The figures drill line by line (`rehearse --plan "figures 10" --plain`), for screen readers,
//! scripts and a pipe: each figure's question and what counts as right, one line of answer, the
//! verdict; at the end how many were right, in how long, and which come back first next time.
//!
//! With `--record` (voice and a model), each figure is recorded while its question waits, by the
//! same recorder plain rehearsal uses (`voice::recorder::BlockingRecorder`): an empty line stops it
//! and the words heard are judged; a line typed is the answer instead.

use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::drill::Clock;
use crate::evidence::drill::{self, EMPTY_REGISTER, FigureRecords, Run};
use crate::voice::recorder::BlockingRecorder;

/// Runs the drill on the register in `data`, reading one answer a line from `input`, with each
/// figure recorded and transcribed when `recorder` is given.
pub fn drill<C: Clock>(
    data: &Path,
    n: usize,
    clock: &C,
    input: impl BufRead,
    out: &mut impl Write,
    mut recorder: Option<Box<dyn BlockingRecorder>>,
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
        &if recorder.is_some() {
            format!(
                "Know your figures: {} from your register. Say each figure and when it was true \
                 (\"310, 31 October\"), then press Enter; or type it on the line. Heard on this \
                 computer only.",
                run.order.len()
            )
        } else {
            format!(
                "Know your figures: {} from your register. Answer each on one line with the \
                 figure and when it was true (\"310, 31 October\"); an empty line skips it.",
                run.order.len()
            )
        },
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
        say(out, drill::MARGIN)?;
        // Listening while the PSW answers; a microphone that cannot be used is said once.
        let listening = match recorder.as_mut().map(|r| r.start()) {
            Some(Ok(())) => true,
            Some(Err(why)) => {
                say(
                    out,
                    &format!("{} Type the figures instead.", crate::text::sentence(&why)),
                )?;
                recorder = None;
                false
            }
            None => false,
        };
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
        let Ok(mut line) = line else { break };
        if listening && let Some(r) = recorder.as_mut() {
            // Stopped either way; a line typed is the answer and the sound is not used.
            let heard = r.finish(None, None);
            if line.trim().is_empty() {
                match heard {
                    Ok(heard) => {
                        line = heard.transcript.trim().to_string();
                        say(out, &format!("Heard: {line}"))?;
                    }
                    Err(why) => say(
                        out,
                        &format!("{} Counted as not answered.", crate::text::sentence(&why)),
                    )?,
                }
            }
        }
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
            None,
        )
        .unwrap();
        assert_eq!(code, ExitCode::SUCCESS);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(
                "Figure 1 of 2: How many people are waiting for a Care Act assessment, and as at when?\nRight within 5% of your register's figure; say the month it was true too.\nRight: 310 people, as at 31 October 2026."
            ),
            "{text}"
        );
        // The range is not said before the answer: its middle is the figure.
        assert!(!text.contains("295 to 325"), "{text}");
        assert!(
            text.contains("Not quite: you said 12%. The register says 9%"),
            "{text}"
        );
        assert!(
            text.contains("1 of 2 right in 0 s. Missed: social worker vacancy rate. They come first next time."),
            "{text}"
        );
        let mut out = Vec::new();
        drill(dir.path(), 1, &clock(), io::Cursor::new(""), &mut out, None).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(
                "Figure 1 of 1: What is your social worker vacancy rate, and as at when?"
            ),
            "{text}"
        );
        assert!(text.contains("No figures answered."), "{text}");
    }

    /// What the spoken drill over [`REGISTER`] prints, with `typed` as the lines typed and
    /// `recorder` as the microphone.
    fn spoken(typed: &'static str, recorder: Box<dyn BlockingRecorder>) -> String {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("evidence.yaml"), REGISTER).unwrap();
        let mut out = Vec::new();
        drill(
            dir.path(),
            10,
            &clock(),
            io::Cursor::new(typed),
            &mut out,
            Some(recorder),
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Hears each of `words` in turn.
    struct Heard(Vec<&'static str>);

    impl BlockingRecorder for Heard {
        fn start(&mut self) -> Result<(), String> {
            Ok(())
        }
        fn finish(
            &mut self,
            _target: Option<u32>,
            _audio: Option<&crate::voice::recorder::AudioFile>,
        ) -> Result<crate::voice::recorder::Recorded, String> {
            Ok(crate::voice::recorder::Recorded {
                transcript: self.0.remove(0).to_string(),
                ..Default::default()
            })
        }
    }

    #[test]
    fn a_figure_said_aloud_is_judged_and_a_line_typed_wins_over_it() {
        let text = spoken(
            "\n12%\n",
            Box::new(Heard(vec![
                " Three hundred and ten, as at the end of October.",
                "Nine per cent.",
            ])),
        );
        assert!(
            text.contains("Say each figure and when it was true"),
            "{text}"
        );
        assert!(
            text.contains(
                "Heard: Three hundred and ten, as at the end of October.\nRight: 310 people"
            ),
            "{text}"
        );
        // Typed "12%": the typing is the answer, not the "nine per cent" heard.
        assert!(!text.contains("Heard: Nine"), "{text}");
        assert!(text.contains("Not quite: you said 12%."), "{text}");
    }

    struct NoMicrophone;

    impl BlockingRecorder for NoMicrophone {
        fn start(&mut self) -> Result<(), String> {
            Err("No microphone was found".into())
        }
        fn finish(
            &mut self,
            _target: Option<u32>,
            _audio: Option<&crate::voice::recorder::AudioFile>,
        ) -> Result<crate::voice::recorder::Recorded, String> {
            Err("not recording".into())
        }
    }

    #[test]
    fn without_a_microphone_one_line_says_why_and_the_figures_are_typed() {
        let text = spoken("310, 31 October\n9%, September\n", Box::new(NoMicrophone));
        assert_eq!(
            text.matches("No microphone was found. Type the figures instead.")
                .count(),
            1,
            "{text}"
        );
        assert!(text.contains("2 of 2 right"), "{text}");
    }

    #[test]
    fn an_empty_register_says_how_to_add_figures_in_one_line() {
        let dir = tempfile::tempdir().unwrap();
        let mut out = Vec::new();
        let code = drill(
            dir.path(),
            10,
            &clock(),
            io::Cursor::new(""),
            &mut out,
            None,
        )
        .unwrap();
        assert_eq!(code, ExitCode::from(2));
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(text.contains("psw-coach evidence import"), "{text}");
    }
}
