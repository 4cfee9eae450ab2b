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

/// For light terminal backgrounds: dark text, no white or yellow on white.
pub const LIGHT: Theme = Theme {
    title: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
    text: Style::new(),
    dim: Style::new().fg(Color::DarkGray),
    key: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
    selected: Style::new()
        .fg(Color::White)
        .bg(Color::Blue)
        .add_modifier(Modifier::BOLD),
    border: Style::new().fg(Color::DarkGray),
    good: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
    warn: Style::new().fg(Color::Red),
    bad: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    highlight_hedge: Style::new().fg(Color::Black).bg(Color::LightYellow),
    highlight_acronym: Style::new().fg(Color::Black).bg(Color::LightMagenta),
    question: Style::new().fg(Color::Black).add_modifier(Modifier::BOLD),
};

/// Strong contrast: white and bright yellow on black, everything that matters bold.
pub const HIGH_CONTRAST: Theme = Theme {
    title: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
    text: Style::new().fg(Color::White),
    dim: Style::new().fg(Color::Gray),
    key: Style::new()
        .fg(Color::LightYellow)
        .add_modifier(Modifier::BOLD),
    selected: Style::new()
        .fg(Color::Black)
        .bg(Color::LightYellow)
        .add_modifier(Modifier::BOLD),
    border: Style::new().fg(Color::White),
    good: Style::new()
        .fg(Color::LightGreen)
        .add_modifier(Modifier::BOLD),
    warn: Style::new()
        .fg(Color::LightYellow)
        .add_modifier(Modifier::BOLD),
    bad: Style::new()
        .fg(Color::LightRed)
        .add_modifier(Modifier::BOLD),
    highlight_hedge: Style::new().fg(Color::Black).bg(Color::LightYellow),
    highlight_acronym: Style::new().fg(Color::Black).bg(Color::LightCyan),
    question: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
};

impl Theme {
    /// The theme chosen in settings; `NO_COLOR` wins over every choice.
    pub fn for_choice(choice: crate::review::ThemeChoice) -> Theme {
        if no_color() {
            return MONOCHROME;
        }
        match choice {
            crate::review::ThemeChoice::Dark => COLOUR,
            crate::review::ThemeChoice::Light => LIGHT,
            crate::review::ThemeChoice::HighContrast => HIGH_CONTRAST,
        }
    }

    /// Monochrome when `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => MONOCHROME,
            _ => COLOUR,
        }
    }
}

/// True when `NO_COLOR` is set to anything non-empty (no-color.org).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}
