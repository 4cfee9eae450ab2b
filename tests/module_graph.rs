//! The crate's module graph, read from the source: no cycles, the shells never reach into the
//! command-line parser, screens never reach into the app that routes them or into each other, and
//! the core never names a terminal crate.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module at the granularity the rules are about: top-level modules, the terminal app's own
/// modules one level down (`tui::app`, `tui::keymap`...), and each screen on its own
/// (`tui::screens::review`), so one screen importing another is an edge.
fn node(path: &[String]) -> String {
    match path {
        [] => String::new(),
        [first, second, third, ..] if first == "tui" && second == "screens" => {
            format!("tui::screens::{third}")
        }
        [first, second, ..] if first == "tui" => format!("tui::{second}"),
        [first, ..] => first.clone(),
    }
}

fn module_path(file: &Path, src: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The pure core: tested directly, never a terminal.
const CORE: [&str; 5] = ["bank", "drill", "notes", "insight", "review"];

/// Edges from each module to the modules its code names (`crate::x::y`, `super::x`).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let here = module_path(&file, &src);
        let from = node(&here);
        let text = std::fs::read_to_string(&file).unwrap();
        // A file's own tests may use anything; they are not part of the graph.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for line in code.lines() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            let mut targets = Vec::new();
            for (i, _) in line.match_indices("crate::") {
                let rest = &line[i + "crate::".len()..];
                let first = ident(rest);
                let second = rest
                    .strip_prefix(&format!("{first}::"))
                    .map(ident)
                    .unwrap_or_default();
                targets.push(vec![first, second]);
            }
            for (i, _) in line.match_indices("super::") {
                if line[..i].ends_with("super::") {
                    continue;
                }
                let mut base = here.clone();
                let mut rest = &line[i..];
                while let Some(r) = rest.strip_prefix("super::") {
                    base.pop();
                    rest = r;
                }
                let name = ident(rest);
                if !name.is_empty() {
                    base.push(name);
                }
                targets.push(base);
            }
            for target in targets {
                let target: Vec<String> = target.into_iter().filter(|s| !s.is_empty()).collect();
                let to = node(&target);
                if !to.is_empty() && to != from {
                    edges.entry(from.clone()).or_default().insert(to);
                }
            }
        }
    }
    edges
}

#[test]
fn the_module_graph_has_no_cycles() {
    let edges = graph();
    // Depth-first search, reporting the first cycle found as a path.
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for start in edges.keys() {
        let cycle = visit(start, &edges, &mut Vec::new(), &mut done);
        assert!(
            cycle.is_none(),
            "import cycle: {}",
            cycle.unwrap().join(" -> ")
        );
    }
}

#[test]
fn the_shells_never_import_the_command_line_and_screens_never_import_the_app() {
    let edges = graph();
    for (from, to) in &edges {
        if from.starts_with("tui") || from == "plain" {
            assert!(!to.contains("cli"), "{from} imports cli");
        }
    }
    for (from, to) in &edges {
        if from.starts_with("tui::screens::") {
            assert!(!to.contains("tui::app"), "{from} imports the app");
        }
    }
    for core in CORE {
        for to in edges.get(core).into_iter().flatten() {
            assert!(
                !to.starts_with("tui") && to != "plain" && to != "cli",
                "the core module {core} imports the shell {to}"
            );
        }
    }
    assert!(
        !edges.get("notes").is_some_and(|to| to.contains("drill")),
        "notes imports drill"
    );
}

/// What screens share lives in `tui/` (widgets, the note view, the key map), never in another
/// screen. The edges listed are the ones left: a screen that opens the next one builds it itself
/// (review opens a session, a session its attempts, attempts refine, home the pair picker).
/// Moving those behind effects the app carries out is still to do; nothing may be added here.
#[test]
fn screens_do_not_import_each_other() {
    const OPENS: [(&str, &str); 4] = [
        ("tui::screens::review", "tui::screens::review_session"),
        ("tui::screens::review_session", "tui::screens::attempts"),
        ("tui::screens::attempts", "tui::screens::refine"),
        ("tui::screens::home", "tui::screens::pick"),
    ];
    let edges = graph();
    for (from, to) in &edges {
        if !from.starts_with("tui::screens::") {
            continue;
        }
        for t in to.iter().filter(|t| t.starts_with("tui::screens::")) {
            assert!(
                OPENS.contains(&(from.as_str(), t.as_str())),
                "{from} imports {t}: move what they share into tui/"
            );
        }
    }
}

/// The core is tested without a terminal: no file in it names ratatui or crossterm, even by a
/// full path that a `use` check would miss.
#[test]
fn the_core_never_names_a_terminal_crate() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for core in CORE {
        let mut files = Vec::new();
        let dir = src.join(core);
        if dir.is_dir() {
            rust_files(&dir, &mut files);
        }
        let file = src.join(format!("{core}.rs"));
        if file.is_file() {
            files.push(file);
        }
        assert!(!files.is_empty(), "no source for the core module {core}");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for name in ["ratatui", "crossterm"] {
                    assert!(
                        !code.contains(name),
                        "{}:{}: the core names {name}",
                        file.display(),
                        n + 1
                    );
                }
            }
        }
    }
}
