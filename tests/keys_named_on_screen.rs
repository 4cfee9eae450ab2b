//! A sentence on a screen that names a key ("Ctrl-S saves it once the disk is fixed") must name a
//! key that screen's contexts really bind, so a rebinding in the key map cannot leave the words
//! wrong. Read from the source: every string in a screen's file against the keys bound in the
//! contexts that file uses, and the keys that work everywhere.

use crossterm::event::{KeyCode, KeyModifiers};
use psw_coach::tui::keymap::{self, Context, GLOBAL, Key};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

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

/// A screen's files with their code, tests left out: its file, or every file of its folder (a
/// screen split along its seams names its contexts in one file and its sentences in another).
fn screen_files(path: &Path) -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = if path.is_dir() {
        std::fs::read_dir(path)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .filter(|p| !p.file_stem().unwrap().to_string_lossy().ends_with("tests"))
            .collect()
    } else {
        vec![path.to_path_buf()]
    };
    files.sort();
    let screens = path.parent().unwrap();
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
            let name = f.strip_prefix(screens).unwrap().display().to_string();
            (name, code)
        })
        .collect()
}

#[test]
fn a_sentence_on_a_screen_names_only_keys_its_contexts_bind() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/screens");
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let files = screen_files(&entry.unwrap().path());
        let contexts: Vec<Context> = Context::ALL
            .into_iter()
            .filter(|c| {
                files
                    .iter()
                    .any(|(_, code)| code.contains(&format!("Context::{c:?}")))
            })
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
        for (file, code) in &files {
            for (line, s) in strings(code) {
                for key in named_keys(&s) {
                    if !bound.contains(&key) {
                        problems.push(format!(
                            "{file}:{line}: names {key}, which none of its contexts binds: \"{s}\""
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `keymap::label(Context::X, Action::Y)` a screen asks for names a key: the context binds
/// the action, so no sentence is left with a gap where its key should be.
#[test]
fn every_key_a_screen_asks_the_map_for_is_bound() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/screens");
    let mut asked = 0;
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        for (file, code) in screen_files(&entry.unwrap().path()) {
            let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
            for call in code.split("label(Context::").skip(1) {
                let Some((context, rest)) = call.split_once(",Action::") else {
                    continue;
                };
                let action: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                asked += 1;
                let Some(context) = Context::ALL
                    .into_iter()
                    .find(|c| format!("{c:?}") == context)
                else {
                    problems.push(format!("{file}: no context {context}"));
                    continue;
                };
                let bound = keymap::bindings(context).iter().chain(GLOBAL).any(|b| {
                    !b.keys.is_empty()
                        && format!("{:?}", b.action).split('(').next() == Some(action.as_str())
                });
                if !bound {
                    problems.push(format!(
                        "{file}: asks for the key of {action} in {context:?}, which binds none"
                    ));
                }
            }
        }
    }
    assert!(
        asked >= 20,
        "only {asked} keys asked for: is the source still read?"
    );
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
