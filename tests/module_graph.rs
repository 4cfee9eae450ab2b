//! The crate's module graph, read from the source: no cycles, the shells never reach into the
//! command-line parser, and screens never reach into the app that routes them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module at the granularity the rules are about: top-level modules, and the terminal app's
/// own modules one level down (`tui::app`, `tui::screens`, `tui::keymap`...).
fn node(path: &[String]) -> String {
    match path {
        [] => String::new(),
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
    let screens = edges.get("tui::screens").cloned().unwrap_or_default();
    assert!(!screens.contains("tui::app"), "screens import the app");
    for core in ["bank", "drill", "notes", "insight"] {
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
