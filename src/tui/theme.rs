//! Colours and emphasis, in one place. With `NO_COLOR` set, everything is told apart by bold,
//! underline and reverse video instead, and no screen relies on colour alone to say anything.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub title: Style,
    pub text: Style,
    pub dim: Style,
    pub key: Style,
    pub selected: Style,
    pub border: Style,
    pub good: Style,
    pub warn: Style,
    pub bad: Style,
    pub highlight_hedge: Style,
    pub highlight_acronym: Style,
    pub question: Style,
}

pub const COLOUR: Theme = Theme {
    title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    text: Style::new(),
    dim: Style::new().fg(Color::DarkGray),
    key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    selected: Style::new()
        .fg(Color::Black)
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD),
    border: Style::new().fg(Color::Blue),
    good: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
    warn: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    bad: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    highlight_hedge: Style::new().fg(Color::Black).bg(Color::Yellow),
    highlight_acronym: Style::new().fg(Color::Black).bg(Color::Magenta),
    question: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
};

pub const MONOCHROME: Theme = Theme {
    title: Style::new().add_modifier(Modifier::BOLD),
    text: Style::new(),
    dim: Style::new(),
    key: Style::new().add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    border: Style::new(),
    good: Style::new().add_modifier(Modifier::BOLD),
    warn: Style::new().add_modifier(Modifier::BOLD),
    bad: Style::new().add_modifier(Modifier::BOLD),
    highlight_hedge: Style::new().add_modifier(Modifier::UNDERLINED),
    highlight_acronym: Style::new().add_modifier(Modifier::REVERSED),
    question: Style::new().add_modifier(Modifier::BOLD),
};

impl Theme {
    /// Monochrome when `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => MONOCHROME,
            _ => COLOUR,
        }
    }
}
