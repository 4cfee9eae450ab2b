//! Know your figures: quick-fire questions from the evidence register, one typed answer each,
//! judged at once within a tolerance shown beside the question; missed figures come first next
//! time. In pair practice the colleague reads the question out and types what they hear.
//!
//! Spoken (the recorded answer style, with voice and a model): each figure is recorded while its
//! question is on screen, through the voice helper's background recorder
//! (`voice::recorder::LiveRecorder`, as recorded rehearsal uses it); Enter on an empty box stops
//! it, and the words heard are judged as a typed answer would be. Typing instead always works.

use std::time::Duration;

use crate::drill::Clock;
use crate::evidence::Register;
use crate::evidence::drill::{self, FigureRecords, Run, Verdict};
use crate::text::sentence;
use crate::tui::component::{Ctx, Effect, Screen, ScreenId};
use crate::tui::keymap::{Action, Context};
use crate::tui::text_box::{Lines, TextBox};
use crate::tui::widgets;
use crate::voice::recorder::LiveRecorder;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// The longest answer taken: a figure and a date, with room to spare.
const MAX_ANSWER: usize = 200;

/// Keys this close together after the round has ended are typing carried on from the last
/// answer, not a choice on the done screen.
const TYPING_ON: Duration = Duration::from_secs(1);

pub struct FiguresScreen {
    register: Register,
    history: FigureRecords,
    run: Run,
    /// How many figures were asked for, for "again".
    count: usize,
    typed: TextBox,
    /// The last answer's figure and verdict, shown above the next question.
    last: Option<(String, Verdict)>,
    clock: Box<dyn Clock>,
    started: Duration,
    /// The time taken, fixed when the last figure is answered.
    took: Option<Duration>,
    /// A colleague asks and types what they hear.
    pair: bool,
    /// Spoken answers: the recorder, while it works (a failure leaves typing).
    voice: Option<Voice>,
    /// Why a spoken answer was not heard, until the next figure.
    voice_problem: Option<String>,
    /// When a key was last typed on after the round ended (letters meant for an answer): while
    /// the typing goes on, `n` and `q` in it are letters too, not "again" and "done".
    typed_on: Option<Duration>,
}

/// The recorder and where it is with the figure on screen.
struct Voice {
    live: Box<dyn LiveRecorder>,
    /// The id the figure on screen was sent to be transcribed under.
    waiting: Option<u64>,
    next_id: u64,
}

impl FiguresScreen {
    pub fn new(
        register: Register,
        history: FigureRecords,
        count: usize,
        clock: Box<dyn Clock>,
        pair: bool,
    ) -> FiguresScreen {
        let run = Run::new(&register, &history, count);
        let started = clock.now();
        FiguresScreen {
            register,
            history,
            run,
            count,
            typed: TextBox::new("", Lines::One),
            last: None,
            clock,
            started,
            took: None,
            pair,
            voice: None,
            voice_problem: None,
            typed_on: None,
        }
    }

    /// Spoken answers through `live`, starting with the first figure.
    pub fn with_voice(mut self, live: Box<dyn LiveRecorder>) -> FiguresScreen {
        self.voice = Some(Voice {
            live,
            waiting: None,
            next_id: 0,
        });
        self.listen();
        self
    }

    /// Starts recording the figure on screen; a microphone that cannot be used is said once, and
    /// the drill goes on typed.
    fn listen(&mut self) {
        if self.run.is_done() {
            return;
        }
        if let Some(voice) = &mut self.voice
            && let Err(why) = voice.live.start()
        {
            self.voice_problem = Some(format!("{} Type the figures instead.", sentence(&why)));
            self.voice = None;
        }
    }

    /// Enter on an empty box while recording: the figure said is sent to be transcribed, and
    /// judged when its words come back.
    fn stop_listening(&mut self) -> bool {
        let Some(voice) = &mut self.voice else {
            return false;
        };
        if voice.waiting.is_some() || !voice.live.is_recording() || !self.typed.is_empty() {
            return voice.waiting.is_some();
        }
        let id = voice.next_id;
        voice.next_id += 1;
        if voice.live.stop(id, None, None) {
            voice.waiting = Some(id);
            true
        } else {
            false
        }
    }

    /// Words back from the transcriber: judged as the answer; a failure is said, and the box
    /// waits for the figure typed.
    fn hear(&mut self) -> Vec<Effect> {
        let Some(voice) = &mut self.voice else {
            return Vec::new();
        };
        let Some(id) = voice.waiting else {
            if voice.live.is_recording()
                && let Some(fault) = voice.live.fault()
            {
                voice.live.discard();
                self.voice_problem = Some(format!("{} Type the figure instead.", sentence(&fault)));
                self.voice = None;
            }
            return Vec::new();
        };
        let Some((_, result)) = voice.live.results().into_iter().find(|(i, _)| *i == id) else {
            return Vec::new();
        };
        voice.waiting = None;
        match result {
            Ok(heard) if !heard.transcript.trim().is_empty() => {
                self.typed = TextBox::new(heard.transcript.trim(), Lines::One);
                self.check()
            }
            Ok(_) => {
                self.voice_problem = Some(format!(
                    "Nothing was heard. Type the figure, or {} on the empty box to skip it.",
                    crate::tui::keymap::label(Context::FiguresDrill, Action::Choose).unwrap_or("")
                ));
                Vec::new()
            }
            Err(why) => {
                self.voice_problem = Some(format!("{} Type the figure instead.", sentence(&why)));
                Vec::new()
            }
        }
    }

    fn elapsed(&self) -> Duration {
        self.took
            .unwrap_or_else(|| self.clock.now().saturating_sub(self.started))
    }

    fn check(&mut self) -> Vec<Effect> {
        let Some(measure) = self.run.current(&self.register).map(|f| f.measure.clone()) else {
            return Vec::new();
        };
        let today = self.clock.local_now().date_naive();
        let text = std::mem::take(&mut self.typed).text();
        let Some(verdict) = self
            .run
            .answer(&self.register, &mut self.history, &text, today)
        else {
            return Vec::new();
        };
        self.last = Some((measure, verdict));
        self.voice_problem = None;
        if let Some(voice) = &mut self.voice
            && voice.live.is_recording()
        {
            // Typed while recording: the typing is the answer, the sound is let go.
            voice.live.discard();
        }
        if self.run.is_done() {
            self.took = Some(self.clock.now().saturating_sub(self.started));
        } else {
            self.listen();
        }
        // Kept after every answer, so a drill stopped half way still brings its misses back.
        vec![Effect::SaveFigureDrill(Box::new(self.history.clone()))]
    }

    /// Characters still free in the answer (a figure and a date need far fewer).
    fn room(&self) -> usize {
        MAX_ANSWER.saturating_sub(self.typed.text().chars().count())
    }

    /// A key on the done screen: true while it is typing carried on from the last answer (the
    /// round ended on Enter with the PSW still typing), which is then let go rather than
    /// starting a new round with the rest of the words in its first answer.
    fn typing_on(&mut self, letter: bool) -> bool {
        let now = self.clock.now();
        let going = letter
            || self
                .typed_on
                .is_some_and(|at| now.saturating_sub(at) < TYPING_ON);
        if going {
            self.typed_on = Some(now);
        }
        going
    }

    fn again(&mut self) {
        self.run = Run::new(&self.register, &self.history, self.count);
        self.typed_on = None;
        self.last = None;
        self.typed = TextBox::new("", Lines::One);
        self.started = self.clock.now();
        self.took = None;
        self.listen();
    }

    /// The line about the spoken answer, if there is one to say.
    fn voice_line(&self) -> Option<String> {
        if let Some(problem) = &self.voice_problem {
            return Some(problem.clone());
        }
        let voice = self.voice.as_ref()?;
        if voice.waiting.is_some() {
            return Some("Transcribing what you said, on this computer…".to_string());
        }
        (voice.live.is_recording() && self.typed.is_empty()).then(|| {
            format!(
                "● Recording ({}): say the figure and its date, then {}; or type it.",
                crate::text::clock(voice.live.seconds().round() as u64),
                crate::tui::keymap::label(Context::FiguresDrill, Action::Choose).unwrap_or("")
            )
        })
    }
}

impl Screen for FiguresScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Figures
    }

    fn context(&self) -> Context {
        if self.run.is_done() {
            Context::FiguresDone
        } else {
            Context::FiguresDrill
        }
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        match action {
            Action::Choose if self.stop_listening() => {}
            Action::Choose => return Some(self.check()),
            Action::Again | Action::Back if self.run.is_done() && self.typing_on(false) => {}
            Action::Back => {
                if let Some(voice) = &mut self.voice {
                    voice.live.discard();
                }
                return Some(vec![Effect::Close]);
            }
            Action::Again => self.again(),
            Action::Type(_) | Action::Undo | Action::Redo => {
                if self.run.is_done() {
                    // Letters typed on after the round ended are let go, and said so.
                    if matches!(action, Action::Type(_)) {
                        self.typing_on(true);
                        return Some(Vec::new());
                    }
                    return None;
                }
                if let Action::Type(key) = action
                    && matches!(key.code, crossterm::event::KeyCode::Char(_))
                    && self.room() == 0
                {
                    return Some(Vec::new());
                }
                return Some(self.typed.on_action(action)?.effects());
            }
            _ => return None,
        }
        Some(Vec::new())
    }

    fn on_text(&mut self, text: &str) -> Vec<Effect> {
        if self.run.is_done() {
            if !text.trim().is_empty() {
                self.typing_on(true);
            }
            return Vec::new();
        }
        // A pasted answer is one line: the box makes its line breaks spaces.
        let text: String = text.chars().take(self.room()).collect();
        self.typed.paste(&text).effects()
    }

    fn tick(&mut self) -> Vec<Effect> {
        self.hear()
    }

    fn on_terminate(&mut self) -> Vec<Effect> {
        if let Some(voice) = &mut self.voice {
            voice.live.discard();
        }
        Vec::new()
    }

    fn wait(&self) -> Option<Duration> {
        if self.voice.as_ref().is_some_and(|v| v.waiting.is_some()) {
            // Words on their way: check back often, so the verdict follows at once.
            return Some(Duration::from_millis(100));
        }
        // The clock on screen moves once a second.
        (!self.run.is_done()).then_some(Duration::from_secs(1))
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        render(self, ctx, area, buf)
    }
}

fn render(state: &FiguresScreen, ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = ctx.theme;
    let [body, footer] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let width = usize::from(body.width.saturating_sub(2)).max(10);
    let total = state.run.order.len();
    let asked = state.run.verdicts.len();
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor = None;
    // Where the answer box goes, drawn over its row once the text around it is drawn.
    let mut answer_row = None;
    if let Some((measure, verdict)) = &state.last {
        // The verdict says "Right" or "Not quite" in words; colour only repeats it.
        let style = if verdict.right { theme.good } else { theme.bad };
        lines.push(Line::styled(
            widgets::cut_line(&format!("Last figure: {measure}"), width),
            theme.dim,
        ));
        for l in widgets::wrap_hanging(&verdict.message, width, "") {
            lines.push(Line::styled(l, style));
        }
        lines.push(Line::default());
    }
    match state.run.current(&state.register) {
        Some(figure) => {
            if state.pair {
                lines.push(Line::styled(
                    "Read the question out, then type what they say.",
                    theme.dim,
                ));
            }
            for l in widgets::wrap_hanging(&drill::ask(figure), width, "") {
                lines.push(Line::styled(l, theme.question));
            }
            // The range is for a colleague judging; alone, it would give the figure away.
            let margin = if state.pair {
                drill::tolerance_text(figure)
            } else {
                drill::MARGIN.to_string()
            };
            lines.push(Line::styled(margin, theme.dim));
            lines.push(Line::default());
            let prompt = "Answer: ";
            answer_row = Some((lines.len() as u16, prompt));
            lines.push(Line::styled(prompt, theme.key));
            if let Some(line) = state.voice_line() {
                lines.push(Line::default());
                for l in widgets::wrap_hanging(&line, width, "") {
                    lines.push(Line::styled(l, theme.warn));
                }
            }
        }
        None => {
            let summary = state.run.summary(&state.register, state.elapsed());
            for l in widgets::wrap_hanging(&summary, width, "") {
                lines.push(Line::styled(l, theme.text));
            }
            lines.push(Line::default());
            lines.push(Line::styled(
                if state.run.right() == total {
                    "Every figure right. Drill again another day to keep them fresh."
                } else {
                    "Drill again and the figures you missed come first."
                },
                theme.dim,
            ));
            if state.typed_on.is_some() {
                lines.push(Line::default());
                let said = format!(
                    "The round had ended, so what was typed after it was not taken. Stop \
                     typing for a moment, then {} to drill again or {} when done.",
                    crate::tui::keymap::label(Context::FiguresDone, Action::Again).unwrap_or(""),
                    crate::tui::keymap::label(Context::FiguresDone, Action::Back).unwrap_or("")
                );
                for l in widgets::wrap_hanging(&said, width, "") {
                    lines.push(Line::styled(l, theme.warn));
                }
            }
        }
    }
    let title = if state.run.is_done() {
        " Know your figures: done ".to_string()
    } else {
        format!(
            " Know your figures: {} of {total} · {} right · {} ",
            (asked + 1).min(total),
            state.run.right(),
            widgets::clock(state.elapsed().as_secs())
        )
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .title(Span::styled(title, theme.title))
                .border_style(theme.border),
        )
        .render(body, buf);
    if let Some((row, prompt)) = answer_row
        && row + 1 < body.height.saturating_sub(1)
    {
        // The end of a long answer stays in view, after a "…".
        let x = body.x + 1 + prompt.len() as u16;
        let field = Rect::new(x, body.y + 1 + row, body.right().saturating_sub(x + 1), 1);
        cursor = state.typed.render_line(theme.text, theme, field, buf);
    }
    widgets::footer(state.context(), theme).render(footer, buf);
    cursor
}
