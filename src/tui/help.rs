//! The help panel, one for each screen, opened with `?` anywhere.

use super::app::App;
use super::theme::Theme;
use super::widgets::centred;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

/// Which screen's keys to explain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpTopic {
    Home,
    Rehearse,
    Summary,
    Recover,
}

fn lines(topic: HelpTopic) -> Vec<(&'static str, &'static str)> {
    let mut out = match topic {
        HelpTopic::Home => vec![
            ("↑ ↓  or  j k", "move through the list"),
            ("Enter", "choose"),
            ("q / Esc", "back from a list of topics; from the menu, quit"),
        ],
        HelpTopic::Rehearse => vec![
            ("Type", "your answer goes straight into the box"),
            ("Enter", "new line"),
            (
                "Tab",
                "next part (done → difference → how you know → follow-up → rating)",
            ),
            ("Shift-Tab", "back to the previous part"),
            ("Tab (empty)", "skip the follow-up question"),
            (
                "1 – 5",
                "rate your answer on the rating step (↑ ↓ change it)",
            ),
            (
                "type",
                "on the rating step: one line on what to change next time",
            ),
            ("Enter", "on the rating step: go to the next question"),
            ("Ctrl-S", "save the session so far and see the summary"),
            ("Esc", "pause: resume, save and quit, or discard"),
            ("Ctrl-Z / Ctrl-Y", "undo / redo"),
            ("F1", "help (also ? before you start typing)"),
        ],
        HelpTopic::Summary => vec![
            ("n", "start another rehearsal"),
            ("↑ ↓  or  j k", "scroll"),
            ("q / Esc", "back to the home screen"),
        ],
        HelpTopic::Recover => vec![
            ("r", "recover: save the unfinished answers as a note"),
            ("l", "keep it for later (asked again next time)"),
            ("↑ ↓  or  j k", "choose a draft"),
            ("d", "discard it (asks you to confirm)"),
        ],
    };
    out.push(("?", "show or hide this help"));
    out
}

pub fn render(app: &App, topic: HelpTopic, area: Rect, buf: &mut Buffer) {
    let theme: &Theme = &app.theme;
    let mut text = vec![
        Line::styled("Every answer is pressed with three questions:", theme.title),
        Line::styled(
            "What have you done? What difference has it made? How do you know?",
            theme.question,
        ),
        Line::from("Your answers are saved as you type and kept as private notes."),
        Line::from(""),
    ];
    for (key, what) in lines(topic) {
        text.push(Line::from(vec![
            ratatui::text::Span::styled(format!("{key:>16}  "), theme.key),
            ratatui::text::Span::raw(what),
        ]));
    }
    text.push(Line::from(""));
    text.push(Line::styled(
        "Press ? or Esc to close this help.",
        theme.dim,
    ));
    let height = text.len() as u16 + 2;
    let popup = centred(area, 76, height);
    Clear.render(popup, buf);
    Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .title(" Help · ? or Esc closes ")
                .border_style(theme.title),
        )
        .render(popup, buf);
}
