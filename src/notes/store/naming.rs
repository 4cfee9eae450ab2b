//! File naming: a note's and a draft's file name from its start time, plan and session.

use super::*;

/// `2026-11-23-1740-mock`, from the start time as the PSW saw it on their clock.
pub(super) fn note_stem(note: &Note) -> String {
    format!(
        "{}-{}",
        note.started.format("%Y-%m-%d-%H%M"),
        plan_slug(&note.plan)
    )
}

/// ASCII letters and digits only, so the name is safe on every disk and in every sync tool.
pub(super) fn plan_slug(plan: &str) -> String {
    // Today's practice is named so: its label lists the ids of the day's whole set, which made
    // "…-today-carers-01-access-01-access-02-carers-02-carers-03.md" (walk 10).
    let plan = if plan.starts_with("today ") {
        "today"
    } else {
        plan
    };
    let mut slug = String::new();
    for c in plan.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "session".to_string()
    } else {
        slug.to_string()
    }
}

/// `<session_id>.md`. An id that is not already a safe name is cleaned and given a short fixed
/// hash of the original, so two odd ids cannot end up sharing (and replacing) one draft.
pub(super) fn draft_file_name(session_id: &str) -> String {
    let clean: String = session_id
        .chars()
        .take(100)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if clean == session_id && !clean.is_empty() {
        format!("{clean}.md")
    } else {
        format!("{clean}-{:016x}.md", fnv1a(session_id.as_bytes()))
    }
}

// Stable across Rust releases, unlike the standard library's hasher, so a draft keeps its name.
pub(super) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
