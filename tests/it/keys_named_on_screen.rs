//! A sentence on a screen that names a key ("Press t to try it now") takes the key from the key
//! map (`keymap::label(context, action)`), so a rebinding cannot leave the words wrong. Read from
//! the source: every string literal in a screen's file (tests left out) is checked.
//!
//! No screen names a key by hand: a string literal that names one fails. A sentence that names one
//! key of a group ("press 1 (weak) to 5 (strong)") takes it from `keymap::key_name`; a scroll
//! mark ("↓") is a literal of its own, with no words.

use psw_coach::tui::keymap::{self, Context, GLOBAL};
use std::path::{Path, PathBuf};

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

/// A letter or sign key named after "press" ("press q", "Press ? for help"), which
/// [`named_keys`] cannot tell from a word.
fn pressed_letters(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(2)
        .filter(|w| w[0].eq_ignore_ascii_case("press"))
        .map(|w| w[1].trim_end_matches([',', '.', ';', ':']))
        .filter(|k| k.chars().count() == 1)
        .map(str::to_string)
        .collect()
}

/// Arrow keys named in a sentence ("↑↓ chooses one"); a lone arrow with no words (a scroll
/// bar's mark) is not a sentence.
fn arrows(text: &str) -> Vec<String> {
    let arrows: String = text.chars().filter(|c| "←→↑↓".contains(*c)).collect();
    if arrows.is_empty() || !text.chars().any(char::is_alphabetic) {
        return Vec::new();
    }
    vec![arrows]
}

/// The string literals in a file's code, tests left out, each with the line it starts on: a
/// string continued over lines with `\` reads as one, comments and char literals are passed over.
fn strings(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
        }
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '\'' {
            // A char literal ('"', '\'', 'x'); anything else is a lifetime.
            if chars.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                continue;
            }
            if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                continue;
            }
            i += 1;
            continue;
        }
        let raw_hashes = if c == 'r' && !chars[..i].last().is_some_and(|p| p.is_alphanumeric()) {
            let n = chars[i + 1..].iter().take_while(|h| **h == '#').count();
            (chars.get(i + 1 + n) == Some(&'"')).then_some(n)
        } else {
            None
        };
        if let Some(n) = raw_hashes {
            let start = line;
            let mut text = String::new();
            i += n + 2;
            let close: String = std::iter::once('"').chain("#".repeat(n).chars()).collect();
            while i < chars.len() && !chars[i..].iter().collect::<String>().starts_with(&close) {
                if chars[i] == '\n' {
                    line += 1;
                }
                text.push(chars[i]);
                i += 1;
            }
            i += close.len();
            out.push((start, text));
            continue;
        }
        if c == '"' {
            let start = line;
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    match chars.get(i + 1) {
                        // A line continued: the break and the next line's indent are dropped.
                        Some('\n') => {
                            line += 1;
                            i += 2;
                            while i < chars.len() && chars[i].is_whitespace() {
                                if chars[i] == '\n' {
                                    line += 1;
                                }
                                i += 1;
                            }
                        }
                        Some(&e) => {
                            text.push(if e == 'n' { '\n' } else { e });
                            i += 2;
                        }
                        None => i += 1,
                    }
                    continue;
                }
                if chars[i] == '\n' {
                    line += 1;
                }
                text.push(chars[i]);
                i += 1;
            }
            i += 1;
            out.push((start, text));
            continue;
        }
        i += 1;
    }
    out
}

/// Every `.rs` file under `dir`, a screen split into a folder included.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && !path
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .ends_with("tests")
        {
            out.push(path);
        }
    }
}

/// A file's code without its tests.
fn code(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or("")
}

/// The problems in one screen file's sentences: each key named by hand.
fn problems_in(file: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (line, s) in strings(code(text)) {
        let keys = named_keys(&s)
            .into_iter()
            .chain(pressed_letters(&s))
            .chain(arrows(&s));
        for key in keys {
            problems.push(format!(
                "{file}:{line}: names {key} by hand; take it from keymap::label(context, action): \"{s}\""
            ));
        }
    }
    problems
}

#[test]
fn a_sentence_on_a_screen_names_keys_only_through_the_key_map() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/screens");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    let mut problems = Vec::new();
    for path in &files {
        let file = path.strip_prefix(&dir).unwrap().display().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        problems.extend(problems_in(&file, &text));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Each screen file (tests left out) with its name under `src/tui/screens` and its code.
fn screen_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/screens");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    files.sort();
    files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            let name = path.strip_prefix(&dir).unwrap().display().to_string();
            (name, code(&text).to_string())
        })
        .collect()
}

/// The keys a file asks the map for, as (context, action) names: each
/// `label(Context::X, Action::Y)`, and each `key(Action::Y)` of a `key` helper that asks
/// `label(Context::X, action)` (the nearest one before it, or else the first after it).
fn asked(code: &str) -> Vec<(String, String)> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    // Where each helper's context is set, and the context.
    let helpers: Vec<(usize, String)> = code
        .match_indices("label(Context::")
        .filter_map(|(at, m)| {
            let rest = &code[at + m.len()..];
            let context = ident(rest);
            rest[context.len()..]
                .starts_with(",action)")
                .then_some((at, context))
        })
        .collect();
    let mut out = Vec::new();
    for (at, m) in code.match_indices("label(Context::") {
        let rest = &code[at + m.len()..];
        let context = ident(rest);
        if let Some(action) = rest[context.len()..].strip_prefix(",Action::") {
            out.push((context, ident(action)));
        }
    }
    for (at, m) in code.match_indices("key(Action::") {
        if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let action = ident(&code[at + m.len()..]);
        let helper = helpers
            .iter()
            .rev()
            .find(|(h, _)| *h < at)
            .or_else(|| helpers.first());
        if let Some((_, context)) = helper {
            out.push((context.clone(), action));
        }
    }
    // One key of a group: `key_name(Context::X, Action::Rate(5))`, and pair practice's
    // `rate_keys(Context::X)`, which names the first and last rating keys.
    for (at, m) in code.match_indices("key_name(Context::") {
        let rest = &code[at + m.len()..];
        let context = ident(rest);
        if let Some(action) = rest[context.len()..].strip_prefix(",Action::") {
            let name = ident(action);
            let payload: String = action[name.len()..]
                .strip_prefix('(')
                .map(|p| p.chars().take_while(char::is_ascii_digit).collect())
                .unwrap_or_default();
            let action = if payload.is_empty() {
                name
            } else {
                format!("{name}({payload})")
            };
            out.push((context, action));
        }
    }
    for (at, m) in code.match_indices("rate_keys(Context::") {
        if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let context = ident(&code[at + m.len()..]);
        out.push((context.clone(), "Rate(1)".to_string()));
        out.push((context, "Rate(5)".to_string()));
    }
    out
}

/// Every key a screen asks the map for (`keymap::label(Context::X, Action::Y)`, directly or
/// through a small `key(Action::Y)` helper) names a key: the context binds the action, so no
/// sentence is left with a gap where its key should be.
#[test]
fn every_key_a_screen_asks_the_map_for_is_bound() {
    let mut count = 0;
    let mut problems = Vec::new();
    for (file, code) in screen_files() {
        for (context, action) in asked(&code) {
            count += 1;
            let Some(context) = Context::ALL
                .into_iter()
                .find(|c| format!("{c:?}") == context)
            else {
                problems.push(format!("{file}: no context {context}"));
                continue;
            };
            // "Rate(5)" must be bound as it is; "Save" in any form.
            let bound = keymap::bindings(context).iter().chain(GLOBAL).any(|b| {
                let bound = format!("{:?}", b.action);
                !b.keys.is_empty()
                    && (bound == action || bound.split('(').next() == Some(action.as_str()))
            });
            if !bound {
                problems.push(format!(
                    "{file}: asks for the key of {action} in {context:?}, which binds none"
                ));
            }
        }
    }
    assert!(
        count >= 40,
        "only {count} keys asked for: is the source still read?"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// One key of a group is read with its value, so a rating key the context does not bind is
/// caught; pair practice's `rate_keys` asks for the first and the last.
#[test]
fn one_key_of_a_group_is_read_with_its_value() {
    let code = "format!(\"press {} (weak)\", keymap::key_name(Context::PairRating, Action::Rate(1))); rate_keys(Context::PairHandOver); fn rate_keys(context: Context) {}";
    assert_eq!(
        asked(code),
        [
            ("PairRating".to_string(), "Rate(1)".to_string()),
            ("PairHandOver".to_string(), "Rate(1)".to_string()),
            ("PairHandOver".to_string(), "Rate(5)".to_string()),
        ]
    );
}

/// The helper form is read as the direct one is.
#[test]
fn a_key_asked_through_a_helper_is_read_with_its_context() {
    let code = "fn f() { key(Action::Up); let key = |action| keymap::label(Context::SettingsDate, action); key(Action::Back); }\nfn key(action: Action) -> &'static str { keymap::label(Context::Settings, action).unwrap_or_default() }";
    let pairs = |v: Vec<(String, String)>| -> Vec<String> {
        v.into_iter().map(|(c, a)| format!("{c}.{a}")).collect()
    };
    assert_eq!(
        pairs(asked(code)),
        ["SettingsDate.Up", "SettingsDate.Back"],
        "the first key() is before any helper, so it takes the first one after it"
    );
}

#[test]
fn the_check_finds_a_key_in_a_sentence() {
    assert_eq!(
        named_keys("Press Ctrl-S to try again, or Esc."),
        ["Ctrl-S", "Esc"]
    );
    assert!(named_keys("Tabulate the F10 figures").is_empty());
    assert_eq!(
        pressed_letters("Press t to try it now; press ? for help."),
        ["t", "?"]
    );
    assert!(pressed_letters("the pressure is on").is_empty());
    assert_eq!(arrows("3 attempts · ↑↓ chooses one"), ["↑↓"]);
    assert!(arrows("↑").is_empty());
}

/// The sentences the check once found by hand, each in the form it had, are caught again: on one
/// line, continued over lines, and with a key letter after "press".
#[test]
fn a_key_named_by_hand_on_a_screen_is_caught() {
    let cases = [
        "Paragraph::new(\"No attempts at this question yet. Press t to try it now.\")",
        "format!(\n    \"Space ticks a question to ask ({ticked} ticked). Enter starts with the ticked ones \\\n     in this order.\"\n)",
        "let s = \"No session matches. \\\n    Press x to clear the filters.\";",
        "Line::from(\"To begin, press Enter on “Mock interview”. Press ? for help at any time.\")",
        "format!(\"{} attempts · ↑↓ chooses the one beside the latest\", n)",
    ];
    for code in cases {
        assert!(
            !problems_in("review.rs", code).is_empty(),
            "not caught: {code}"
        );
    }
    // The same sentence with the key from the key map is fine, and so is a char literal quote.
    let fine = "format!(\"Press {} to try it now.\", keymap::label(Context::Attempts, Action::TryAgain).unwrap_or_default()); let q = '\"'; let t = \"tabs\";";
    assert_eq!(problems_in("attempts.rs", fine), Vec::<String>::new());
}
