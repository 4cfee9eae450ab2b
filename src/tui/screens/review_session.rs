//! One past session read back: each answer with its times, rating, cues ticked and insights.

use std::cell::Cell;
use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use crate::insight::Report;
use crate::notes::{
    AnswerStyle, Note, NoteKind, NoteProblem, NoteQuestion, NoteWarning, NotesStore,
};
use crate::review::History;
use crate::text::one_line;
use crate::tui::component::Effect;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::frame::{Areas, ScreenFrame};
use crate::tui::keymap::{Action, Context};
use crate::tui::note_view::{hanging, plan_title, question_lines};
use crate::tui::route::Route;
use crate::tui::theme::Theme;
use crate::tui::widgets;

pub struct SessionScreen {
    history: Rc<History>,
    note: Note,
    /// What a hand edit damaged in the note, shown above it so nothing passes for "nothing typed".
    warnings: Vec<NoteWarning>,
    /// Which question has the focus (the one `a`, `n` and `e` act on).
    focus: usize,
    /// The session's place in `history`, when it was opened from there.
    session: Option<usize>,
    /// The scroll as last drawn (drawing clamps it to the text), and whether the next drawing
    /// should bring the focused question to the top.
    scroll: Cell<u16>,
    jump: Cell<bool>,
    /// The coaching on each answer, worked out from its words when first drawn: a rehearsal's
    /// note keeps the words, not the advice, and the advice is what a PSW comes back to read.
    coaching: std::cell::OnceCell<Vec<Report>>,
    /// The PSW's evidence register, its out-of-date limit in months, and today: the coaching says
    /// where an answer's figures disagree with it.
    register: (
        Rc<crate::evidence::Register>,
        u32,
        Option<chrono::NaiveDate>,
    ),
}

impl SessionScreen {
    /// Reads the session's note from disk; the index keeps no typed words.
    pub fn open(history: Rc<History>, session: usize) -> Result<SessionScreen, NoteProblem> {
        let (note, warnings) = NotesStore::read_checked(&history.sessions[session].path)?;
        let mut screen = SessionScreen::new(history, note);
        screen.warnings = warnings;
        screen.session = Some(session);
        Ok(screen)
    }

    /// Puts the focus on the answer at `position`, brought to the top.
    pub fn focus_on(mut self, position: usize) -> SessionScreen {
        if position > 0 && position < self.note.questions.len() {
            self.focus = position;
            self.jump.set(true);
        }
        self
    }

    /// Puts the focus on the first answer holding `words` (any case), as review's find (`/`)
    /// chose the session by: opened at its first answer, the words could be questions further
    /// on with nothing to show where (walk 9). Unchanged when no answer holds them.
    pub fn focus_on_words(self, words: Option<&str>) -> SessionScreen {
        let Some(needle) = words
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
        else {
            return self;
        };
        let holds = |q: &NoteQuestion| {
            let mut typed: Vec<&str> = q.parts().into_iter().map(|(_, t)| t).collect();
            typed.extend(q.reflection.as_deref());
            if let Some(p) = &q.pair {
                typed.extend([&p.observations, &p.keep, &p.stop, &p.start].map(String::as_str));
            }
            typed.iter().any(|t| t.to_lowercase().contains(&needle))
        };
        match self.note.questions.iter().position(holds) {
            Some(at) => {
                let mut screen = self;
                screen.focus = 0;
                screen.focus_on(at)
            }
            None => self,
        }
    }

    pub fn new(history: Rc<History>, note: Note) -> SessionScreen {
        SessionScreen {
            history,
            note,
            warnings: Vec::new(),
            focus: 0,
            session: None,
            scroll: Cell::new(0),
            jump: Cell::new(false),
            coaching: std::cell::OnceCell::new(),
            register: (Rc::default(), 3, None),
        }
    }

    /// Checks each answer's figures against the PSW's evidence register in its coaching.
    pub fn with_register(
        mut self,
        register: Rc<crate::evidence::Register>,
        stale_months: u32,
        today: chrono::NaiveDate,
    ) -> SessionScreen {
        self.register = (register, stale_months, Some(today));
        self
    }

    fn coaching(&self) -> &[Report] {
        self.coaching.get_or_init(|| {
            let lexicon = crate::insight::Lexicon::bundled();
            self.note
                .questions
                .iter()
                .map(|q| {
                    let target = Some(q.target_seconds).filter(|t| *t > 0);
                    let spoken = self.note.style == AnswerStyle::Spoken;
                    let (_, mut report) = crate::insight::analyse_titled(
                        &lexicon,
                        &q.parts(),
                        &q.part_titles(),
                        target,
                        spoken,
                    );
                    if let (register, months, Some(today)) = &self.register {
                        let answer: Vec<&str> = q.parts().iter().map(|(_, t)| *t).collect();
                        report.suggestions.extend(crate::evidence::coaching::lines(
                            register,
                            &answer.join("\n"),
                            *today,
                            *months,
                        ));
                    }
                    report
                })
                .collect()
        })
    }

    fn lines(&self, theme: &Theme, width: usize) -> (Vec<Line<'static>>, Vec<usize>) {
        let mut lines = Vec::new();
        let mut starts = Vec::new();
        if !self.warnings.is_empty() {
            hanging(
                &mut lines,
                width,
                vec![Span::styled("!! ", theme.warn)],
                "This note was changed outside psw-coach and parts of it are damaged. What could \
                 still be read is shown below.",
                theme.warn,
            );
            for w in &self.warnings {
                hanging(
                    &mut lines,
                    width,
                    vec![Span::raw("   ")],
                    &one_line(&w.to_string()),
                    theme.text,
                );
            }
            lines.push(Line::raw(""));
        }
        if let Some(part_way) = part_way(&self.note) {
            hanging(&mut lines, width, Vec::new(), &part_way, theme.text);
            lines.push(Line::raw(""));
        }
        let coaching = self.coaching();
        for (i, q) in self.note.questions.iter().enumerate() {
            starts.push(lines.len());
            question_lines(&mut lines, i, q, i == self.focus, theme, width, true);
            if let Some(report) = coaching.get(i)
                && q.parts().iter().any(|(_, text)| !text.trim().is_empty())
            {
                coaching_lines(&mut lines, q, report, theme, width);
            }
        }
        (lines, starts)
    }
}

/// The session's name on the read-back's title: its plan's title, or for one question practised
/// on its own (or refined) its topic, since the question itself is the first line below; the
/// title read "1 chosen question" (the thirteenth walk's row 7).
fn session_title(n: &Note) -> String {
    let mut practised = n.questions.iter().filter(|q| crate::notes::practised(q));
    match (practised.next(), practised.next()) {
        (Some(only), None)
            if crate::notes::summary::one_question_name(&n.plan, &only.ask).is_some() =>
        {
            let topic = crate::bank::topic_title(&only.topic);
            if n.is_refined_answer() {
                format!("{topic}: refined answer")
            } else {
                format!("{topic}: one question")
            }
        }
        _ => plan_title(&n.plan),
    }
}

/// " · 3 questions" as review's list counts them (the questions practised); a note that also
/// keeps one only glimpsed says so ("1 of 2 answered"), since both are shown below. A
/// session of one question named by its topic needs no count.
fn question_count(n: &Note) -> String {
    let all = n.questions.len();
    let practised = n
        .questions
        .iter()
        .filter(|q| crate::notes::practised(q))
        .count();
    let plural = if all == 1 { "" } else { "s" };
    if practised == all && all == 1 && session_title(n) != plan_title(&n.plan) {
        String::new()
    } else if practised == all {
        format!(" · {all} question{plural}")
    } else {
        format!(" · {practised} of {all} answered")
    }
}

/// A pair session saved before both had rated each question says how far it got, in its saved
/// screen's words: "Saved part way: 2 questions, 1 not yet rated by both." A line of its own
/// above the answers, since the title has no room for it at 80 columns.
fn part_way(n: &Note) -> Option<String> {
    if n.kind != NoteKind::Pair {
        return None;
    }
    let unrated = n.questions.iter().filter(|q| !q.rated_by_both()).count();
    let all = n.questions.len();
    (unrated > 0).then(|| {
        format!(
            "Saved part way: {all} question{}{}.",
            if all == 1 { "" } else { "s" },
            crate::notes::summary::not_yet_rated_by_both(unrated)
        )
    })
}

/// The coaching read back under an answer: what it covered (unless the note kept its own
/// insights line) and each piece of advice, as the rating step showed them.
fn coaching_lines(
    lines: &mut Vec<Line<'static>>,
    q: &NoteQuestion,
    report: &Report,
    theme: &Theme,
    width: usize,
) {
    // Drop the blank line that ends the answer, and put it back after the coaching.
    let blank = lines.last().is_some_and(|l| l.width() == 0);
    if blank {
        lines.pop();
    }
    if q.coaching.is_none() {
        let mark = |yes: bool, word: &str| -> [Span<'static>; 2] {
            if yes {
                [
                    Span::styled("✓ ", theme.good),
                    Span::styled(format!("{word}  "), theme.text),
                ]
            } else {
                [
                    Span::styled("✗ ", theme.bad),
                    Span::styled(format!("{word}  "), theme.text),
                ]
            }
        };
        let mut spans = vec![Span::styled("   Covered: ", theme.key)];
        for (yes, word) in [
            (report.covers.done, "Done"),
            (report.covers.difference, "Difference"),
            (report.covers.evidence, "How you know"),
            (report.then_now_next.then, "Then"),
            (report.then_now_next.now, "Now"),
            (report.then_now_next.next, "Next"),
        ] {
            spans.extend(mark(yes, word));
        }
        lines.push(Line::from(spans));
    }
    if !report.suggestions.is_empty() {
        lines.push(Line::styled("   Coaching:", theme.key));
        for advice in &report.suggestions {
            hanging(
                lines,
                width,
                vec![Span::raw("     "), Span::styled("• ", theme.key)],
                &one_line(advice),
                theme.text,
            );
        }
    }
    if blank {
        lines.push(Line::raw(""));
    }
}

impl Screen for SessionScreen {
    fn id(&self) -> ScreenId {
        ScreenId::ReviewSession
    }

    fn context(&self) -> Context {
        Context::ReviewSession
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let last = self.note.questions.len().saturating_sub(1);
        match action {
            Action::Up => self.scroll.set(self.scroll.get().saturating_sub(1)),
            Action::Down => self.scroll.set(self.scroll.get().saturating_add(1)),
            Action::PageUp => self.scroll.set(self.scroll.get().saturating_sub(10)),
            Action::PageDown => self.scroll.set(self.scroll.get().saturating_add(10)),
            Action::Top => {
                self.scroll.set(0);
                self.focus = 0;
            }
            Action::Bottom => self.focus = last,
            Action::NextPart => self.focus = (self.focus + 1).min(last),
            Action::PreviousPart => self.focus = self.focus.saturating_sub(1),
            Action::Back => return Some(vec![Effect::Close]),
            Action::Attempts => {
                let Some(q) = self.note.questions.get(self.focus) else {
                    return Some(Vec::new());
                };
                let Some(key) = self.history.key(&q.id) else {
                    return Some(Vec::new());
                };
                return Some(vec![Effect::Open(Route::Attempts {
                    history: self.history.clone(),
                    key,
                    from: self.session.map(|s| (s, self.focus)),
                })]);
            }
            Action::TryAgain => {
                let Some(q) = self.note.questions.get(self.focus) else {
                    return Some(Vec::new());
                };
                return Some(vec![Effect::TryQuestion(q.id.clone())]);
            }
            _ => return None,
        }
        // Tab and Shift-Tab bring the focused question to the top.
        if matches!(
            action,
            Action::NextPart | Action::PreviousPart | Action::Bottom
        ) {
            self.jump.set(true);
        }
        Some(Vec::new())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let theme = ctx.theme;
        let n = &self.note;
        let title = Line::from(vec![
            Span::styled(one_line(&session_title(n)), theme.title),
            Span::styled(
                format!(
                    " · {} · {}{}",
                    n.started.format("%a %-d %b %Y %H:%M"),
                    match n.kind {
                        crate::notes::NoteKind::Rehearse => "alone",
                        crate::notes::NoteKind::Pair => "pair practice",
                    },
                    question_count(n)
                ),
                theme.text,
            ),
        ]);
        let Areas { body, .. } = ScreenFrame::body_only(self.context(), title, Constraint::Min(3))
            .draw(area, buf, ctx)?;
        let mut block = Block::bordered().border_style(theme.border);
        let inner = block.inner(body);
        let width = usize::from(inner.width);
        let (lines, starts) = self.lines(theme, width);
        let height_of = |ls: &[Line]| widgets::lines_height(ls, width);
        let total = height_of(&lines);
        let max_scroll = total.saturating_sub(inner.height);
        let scroll = if self.jump.replace(false) {
            height_of(&lines[..starts.get(self.focus).copied().unwrap_or(0)])
        } else {
            self.scroll.get()
        }
        .min(max_scroll);
        self.scroll.set(scroll);
        // The coaching under the last answer ran past the panel's foot with nothing to say so.
        if let Some(mark) = widgets::more_mark(scroll > 0, scroll < max_scroll) {
            block = block.title_bottom(Line::from(mark).right_aligned());
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(block)
            .render(body, buf);
        None
    }
}

#[cfg(test)]
mod title_tests {
    use super::*;
    use crate::review::fixtures::{answered, note_at};

    fn title_of(note: Note) -> String {
        let screen = SessionScreen::new(Rc::new(History::default()), note);
        let shown = crate::tui::drawn::screen_text(&screen, 80, 24);
        shown
            .lines()
            .next()
            .unwrap_or_default()
            .trim_matches('"')
            .trim()
            .to_string()
    }

    /// The thirteenth walk's row 7: one question read back was titled "1 chosen question · … ·
    /// 1 question"; it is named by its topic, the question being the first line below. A note
    /// keeping a question only glimpsed counts as review's list does.
    #[test]
    fn the_read_back_title_names_one_question_by_its_topic_and_counts_as_review_does() {
        let one = note_at(
            "2026-11-09T18:00:00+00:00",
            "question carers-02",
            &[("carers-02", 3)],
        );
        let topic = crate::bank::topic_title(&one.questions[0].topic);
        assert_eq!(
            title_of(one),
            format!("{topic}: one question · Mon 9 Nov 2026 18:00 · alone")
        );
        let refined = note_at(
            "2026-11-09T18:00:00+00:00",
            "refine s-1",
            &[("carers-02", 4)],
        );
        assert!(title_of(refined).starts_with(&format!("{topic}: refined answer · ")));

        let mut two = note_at("2026-11-10T18:00:00+00:00", "random 5", &[("wt-01", 2)]);
        let mut glimpsed = answered("wt-02", 0);
        glimpsed.rating = None;
        glimpsed.total_seconds = 0;
        glimpsed.answers.iter_mut().for_each(|a| a.text.clear());
        two.questions.push(glimpsed);
        assert_eq!(
            title_of(two),
            "5 questions at random · Tue 10 Nov 2026 18:00 · alone · 1 of 2 answered"
        );
    }
}
