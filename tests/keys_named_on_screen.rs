//! A sentence on a screen that names a key ("Ctrl-S saves it once the disk is fixed") must name a
//! key that screen's contexts really bind, so a rebinding in the key map cannot leave the words
//! wrong. Read from the source: every string in a screen's file against the keys bound in the
//! contexts that file uses, and the keys that work everywhere.

use crossterm::event::{KeyCode, KeyModifiers};
use psw_coach::tui::keymap::{self, Context, GLOBAL, Key};
use std::collections::BTreeSet;
use std::path::Path;

/// How a sentence would name the key.
fn name(key: &Key) -> Option<String> {
    let Key(code, mods) = *key;
    Some(match code {
        KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
            format!("Ctrl-{}", c.to_ascii_uppercase())
        }
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        _ => return None,
    })
}

/// The key names a text uses: `Ctrl-X`, `Shift-Tab`, `Esc`, `Tab`, `Enter`, `F1`, `PgUp`, `PgDn`,
/// `Space`, as whole words.
fn named_keys(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let fixed = ["Shift-Tab", "Esc", "Tab", "Enter", "PgUp", "PgDn", "Space"];
    let mut out = Vec::new();
    for w in words {
        let ctrl = w
            .strip_prefix("Ctrl-")
            .is_some_and(|r| r.len() == 1 && r.chars().all(|c| c.is_ascii_uppercase()));
        let f = w.strip_prefix('F').is_some_and(|r| r == "1");
        if ctrl || f || fixed.contains(&w) {
            out.push(w.to_string());
        }
    }
    out
}

/// The string literals in a file's code, tests left out.
fn strings(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let line = line.split("//").next().unwrap_or("");
        let mut parts = line.split('"');
        parts.next();
        while let Some(inside) = parts.next() {
            out.push((n + 1, inside.to_string()));
            parts.next();
        }
    }
    out
}

#[test]
fn a_sentence_on_a_screen_names_only_keys_its_contexts_bind() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/screens");
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let contexts: Vec<Context> = Context::ALL
            .into_iter()
            .filter(|c| code.contains(&format!("Context::{c:?}")))
            .collect();
        if contexts.is_empty() {
            continue;
        }
        let bound: BTreeSet<String> = contexts
            .iter()
            .flat_map(|c| keymap::bindings(*c).iter())
            .chain(GLOBAL)
            .flat_map(|b| b.keys.iter())
            .filter_map(name)
            .collect();
        for (line, s) in strings(code) {
            for key in named_keys(&s) {
                if !bound.contains(&key) {
                    problems.push(format!(
                        "{}:{line}: names {key}, which none of its contexts binds: \"{s}\"",
                        path.file_name().unwrap().to_string_lossy()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_a_key_in_a_sentence() {
    assert_eq!(
        named_keys("Press Ctrl-S to try again, or Esc."),
        ["Ctrl-S", "Esc"]
    );
    assert!(named_keys("Tabulate the F10 figures").is_empty());
}
