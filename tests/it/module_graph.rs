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
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let here = module_path(&file, &src);
        let from = node(&here);
        let text = std::fs::read_to_string(&file).unwrap();
        for to in names(&here, &text) {
            if to != from {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    edges
}

/// The modules (as [`node`]s) that the code of the module at `here` names: every `crate::` and
/// `super::` path, including each branch of a `{...}` group, also when rustfmt spreads a `use`
/// over several lines.
fn names(here: &[String], text: &str) -> BTreeSet<String> {
    // A file's own tests may use anything; they are not part of the graph.
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    // Comments dropped and lines joined, so a `use` spread over lines reads as one.
    let code: String = code
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut paths = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        if code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        expand(&code[i + "crate::".len()..], Vec::new(), &mut paths);
    }
    for (i, _) in code.match_indices("super::") {
        if code[..i].ends_with("super::") {
            continue;
        }
        let mut base = here.to_vec();
        let mut rest = &code[i..];
        while let Some(r) = rest.strip_prefix("super::") {
            base.pop();
            rest = r;
        }
        expand(rest, base, &mut paths);
    }
    paths
        .iter()
        .map(|p| node(p))
        .filter(|n| !n.is_empty())
        .collect()
}

/// Reads the path at the start of `rest` onto `prefix`, three names deep at most (enough for
/// [`node`]), one path for each branch of a `{a, b::c}` group.
fn expand(rest: &str, mut prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let rest = rest.trim_start();
    let ident: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let after = &rest[ident.len()..];
    if !ident.is_empty() && ident != "self" {
        prefix.push(ident.clone());
    }
    if prefix.len() >= 3 {
        out.push(prefix);
        return;
    }
    if let Some(group) = after
        .strip_prefix("::{")
        .or(after.strip_prefix('{').filter(|_| ident.is_empty()))
    {
        // Split the group at its own commas, not those of nested groups.
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    expand(&group[start..i], prefix.clone(), out);
                    return;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&group[start..i], prefix.clone(), out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        out.push(prefix);
    } else if let Some(next) = after.strip_prefix("::") {
        expand(next, prefix, out);
    } else {
        out.push(prefix);
    }
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

/// What screens share lives in `tui/` (widgets, the note view, the key map, the frame), never in
/// another screen; a screen that opens the next one returns `Effect::Open(Route)` and the app
/// builds it.
#[test]
fn screens_do_not_import_each_other() {
    let edges = graph();
    for (from, to) in &edges {
        if !from.starts_with("tui::screens::") {
            continue;
        }
        let other = to.iter().find(|t| t.starts_with("tui::screens::"));
        assert!(
            other.is_none(),
            "{from} imports {}: move what they share into tui/",
            other.map_or("", |t| t.as_str())
        );
    }
}

/// The screen rule is only as good as the reading of paths: each way one screen has named
/// another (a `use`, a path in an expression, a group, a group spread over lines, from a screen
/// in a folder) is seen as an edge to that screen.
#[test]
fn every_way_of_naming_another_screen_is_an_edge() {
    let home = ["tui", "screens", "home"].map(String::from);
    let nested = ["tui", "screens", "rehearse", "typing"].map(String::from);
    let cases: [(&[String], &str, &str); 7] = [
        (&home, "use super::pick::PickScreen;", "tui::screens::pick"),
        (
            &home,
            "return vec![Effect::Open(Box::new(super::pick::PickScreen::new(",
            "tui::screens::pick",
        ),
        (
            &home,
            "use crate::tui::screens::review_session::SessionScreen;",
            "tui::screens::review_session",
        ),
        (
            &home,
            "use super::{attempts, summary::SummaryScreen};",
            "tui::screens::attempts",
        ),
        (
            &home,
            "use crate::tui::screens::{\n    help::HelpScreen,\n    refine::RefineScreen,\n};",
            "tui::screens::refine",
        ),
        (
            &nested,
            "use super::super::pick::PickScreen;",
            "tui::screens::pick",
        ),
        (
            &nested,
            "use crate::tui::{screens::{pair::PairScreen}, widgets};",
            "tui::screens::pair",
        ),
    ];
    for (here, code, screen) in cases {
        let seen = names(here, code);
        assert!(
            seen.contains(screen),
            "{code:?} from {here:?} names {screen}, but read: {seen:?}"
        );
    }
    // A screen's own parts, the shared modules and a file's tests are not edges to a screen.
    let fine = "use super::typing::Typing;\nuse crate::tui::widgets;\n#[cfg(test)]\nuse super::super::pick::PickScreen;";
    let seen = names(&nested, fine);
    assert!(
        seen.iter()
            .all(|n| n == "tui::screens::rehearse" || !n.starts_with("tui::screens::")),
        "{seen:?}"
    );
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
