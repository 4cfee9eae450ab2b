//! The body reader: the typed blocks, data lines and loose text between the markers.

use super::*;

/// Text outside every marker that is not decoration the app wrote: words whose markers were lost in
/// a hand edit, or lines a person added.
#[derive(Debug)]
pub(super) struct LooseRun<'a> {
    pub(super) first: usize,
    pub(super) last: usize,
    /// The question it sits under: 0 before the first, `n` under the `n`th.
    pub(super) region: usize,
    /// The heading it sits under, as written.
    pub(super) heading: Option<&'a str>,
    /// True when a marked text came between the heading and this run, so the run belongs to none.
    pub(super) after_block: bool,
    pub(super) lines: Vec<&'a str>,
    pub(super) used: bool,
}

/// A heading line outside the marked texts, with the question it sits under.
pub(super) struct Heading<'a> {
    pub(super) line: usize,
    pub(super) text: &'a str,
    pub(super) region: usize,
}

/// What the app writes just after a heading or a data line, for people only, so not text typed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Skip {
    Nothing,
    /// The session line, a question's summary, the coaching or interviewer's marks line.
    OneLine,
    /// Why a follow-up was asked, in `*...*`.
    Starred,
    /// The cue checklist, `- [x] ...` lines.
    Checklist,
}

/// What the body holds: every marked text by key, in the order written, every data line with its
/// line number and the whole line, and whatever else a person left outside the markers.
#[derive(Default)]
pub(super) struct Body<'a> {
    pub(super) blocks: HashMap<BlockKey, VecDeque<String>>,
    pub(super) data: Vec<(usize, DataKind, &'a str, &'a str)>,
    pub(super) runs: Vec<LooseRun<'a>>,
    pub(super) headings: Vec<Heading<'a>>,
    pub(super) warnings: Vec<FormatWarning>,
}

impl<'a> Body<'a> {
    pub(super) fn end_run(&mut self, run: &mut Option<LooseRun<'a>>) {
        if let Some(mut r) = run.take() {
            while r.lines.last().is_some_and(|l| l.trim().is_empty()) {
                r.lines.pop();
            }
            self.runs.push(r);
        }
    }
}

/// Reads the body, whose first line is line `first_line` of the note. A block whose end marker was
/// lost in an edit runs to the next marker, because keeping too much text beats dropping any.
/// Questions start at `question` data lines (format 2) or at `# ` headings (format 1, which has
/// no data lines in the body).
pub(super) fn read_body<'a>(
    lines: impl Iterator<Item = &'a str>,
    first_line: usize,
    v1: bool,
) -> Body<'a> {
    let mut body = Body::default();
    let mut open: Option<(usize, BlockKey, Vec<&str>)> = None;
    let mut run: Option<LooseRun> = None;
    let mut region = 0;
    let mut heading: Option<&str> = None;
    let mut after_block = false;
    let mut skip = Skip::OneLine;
    let mut last_line = first_line;
    for (i, line) in lines.enumerate() {
        let n = first_line + i;
        last_line = n;
        let marker = if line.starts_with(MARKER_OPEN) {
            parse_marker(line)
        } else {
            None
        };
        if let Some((start, key, mut text)) = open.take() {
            match marker {
                Some(MarkerLine::End(kind)) if kind == key.kind => {
                    body.blocks.entry(key).or_default().push_back(join(&text));
                    after_block = true;
                    continue;
                }
                None | Some(MarkerLine::End(_)) => {
                    text.push(line);
                    open = Some((start, key, text));
                    continue;
                }
                Some(_) => {
                    body.warnings.push(no_end_marker(start, key.kind, n - 1));
                    body.blocks.entry(key).or_default().push_back(join(&text));
                    after_block = true;
                }
            }
        }
        match marker {
            Some(MarkerLine::Open(key)) => {
                body.end_run(&mut run);
                open = Some((n, key, Vec::new()));
            }
            Some(MarkerLine::End(kind)) => {
                body.end_run(&mut run);
                body.warnings.push(FormatWarning {
                    line: n,
                    column: None,
                    message: format!(
                        "this end marker `<!-- end {} -->` has no start marker above it, so any \
                         text just above it is not read as part of an answer",
                        kind.word()
                    ),
                });
            }
            Some(MarkerLine::Data(kind, json)) => {
                body.end_run(&mut run);
                body.data.push((n, kind, json, line));
                if kind == DataKind::Question && !v1 {
                    region += 1;
                }
                skip = match kind {
                    DataKind::Question | DataKind::Coaching | DataKind::Pair => Skip::OneLine,
                    DataKind::Probe => Skip::Starred,
                    DataKind::Cues => Skip::Checklist,
                    DataKind::Part => Skip::Nothing,
                    // Not decoration: it leaves whatever was expected next as it was.
                    DataKind::Resume => skip,
                };
            }
            None if line.trim().is_empty() => {
                if let Some(r) = &mut run {
                    r.lines.push(line);
                }
            }
            None if line.starts_with('#') => {
                body.end_run(&mut run);
                let level = line.chars().take_while(|&c| c == '#').count();
                if level == 1 && v1 {
                    region += 1;
                }
                let text = line.trim_end();
                heading = Some(text);
                body.headings.push(Heading {
                    line: n,
                    text,
                    region,
                });
                after_block = false;
                skip = if level == 1 {
                    Skip::OneLine
                } else if text.starts_with("## Follow-up: ") {
                    Skip::Starred
                } else {
                    Skip::Nothing
                };
            }
            None => {
                let trimmed = line.trim_end();
                let decoration = match skip {
                    Skip::Nothing => false,
                    Skip::OneLine => true,
                    Skip::Starred => {
                        trimmed.len() > 1 && trimmed.starts_with('*') && trimmed.ends_with('*')
                    }
                    Skip::Checklist => trimmed.starts_with("- ["),
                };
                if !(decoration && skip == Skip::Checklist) {
                    skip = Skip::Nothing;
                }
                if decoration {
                    continue;
                }
                let r = run.get_or_insert_with(|| LooseRun {
                    first: n,
                    last: n,
                    region,
                    heading,
                    after_block,
                    lines: Vec::new(),
                    used: false,
                });
                r.lines.push(line);
                r.last = n;
            }
        }
    }
    if let Some((start, key, text)) = open {
        body.warnings
            .push(no_end_marker(start, key.kind, last_line));
        body.blocks.entry(key).or_default().push_back(join(&text));
    }
    body.end_run(&mut run);
    body
}

pub(super) fn no_end_marker(start: usize, kind: BlockKind, last: usize) -> FormatWarning {
    FormatWarning {
        line: start,
        column: None,
        message: format!(
            "the {} that starts here has no end marker `<!-- end {} -->`, so everything up to \
             line {last} is read as its text",
            kind.word(),
            kind.word()
        ),
    }
}

pub(super) fn join(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| unescape(l))
        .collect::<Vec<_>>()
        .join("\n")
}
