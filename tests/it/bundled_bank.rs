//! The bundled question bank keeps its promises: enough questions of every kind, on every topic and
//! quality statement, each one well formed, in British English, with no question asked twice.
//!
//! Every check is a function that returns the problems it finds, so the same checks can be shown to
//! fail on a deliberately broken copy of the bank (the `*_catches_*` tests at the bottom).

use psw_coach::bank::load::BUNDLED;
use psw_coach::bank::{Gap, Kind, Library, Origin, QualityStatement, Question};
use regex::Regex;
use std::collections::{BTreeMap, HashMap};

/// At least this many questions of each kind, and in all.
const MIN_SCENE_SETTING: usize = 6;
const MIN_BROAD: usize = 15;
const MIN_TOTAL: usize = 175;

/// The lines of enquiry PSWs met in the pilots: at least five questions each.
const MAJOR_TOPICS: &[&str] = &[
    "role-remit",
    "proud",
    "pressures",
    "workforce",
    "quality-assurance",
    "practice",
    "caseloads",
    "waiting-times",
    "voice-of-people",
    "edi",
];
const MIN_MAJOR_TOPIC: usize = 5;

/// The other topics a strong bank covers: at least three questions each.
const MINOR_TOPICS: &[&str] = &[
    "safeguarding",
    "carers",
    "transitions",
    "partnerships",
    "mental-capacity",
    "supervision",
    "data-and-performance",
    "self-assessment",
    "learning-improvement",
];
const MIN_MINOR_TOPIC: usize = 3;

/// A PSW's next interview starts from the council's last report: at least this many questions on
/// what has happened since (`re-assessment`).
const REASSESSMENT_TOPIC: &str = "re-assessment";
const MIN_REASSESSMENT: usize = 6;

/// Deprivation of liberty after the Supreme Court's judgment of 2 June 2026 ([2026] UKSC 16): at
/// least this many questions tagged `uksc-16`.
const MIN_UKSC_16: usize = 3;

/// Every quality statement is tagged on at least this many questions, so `statement S` plans have
/// real choice.
const MIN_PER_QUALITY_STATEMENT: usize = 15;

/// Curveballs that test one source of evidence against another ("Staff told us...", "Your data says
/// X but people tell us Y"), tagged `triangulation`.
const MIN_TRIANGULATION: usize = 8;

const MIN_FOLLOW_UPS: usize = 2;
const MIN_LISTEN_FOR: usize = 2;
const MIN_WHEN_WORD_CHARS: usize = 3;

/// American spellings that must not appear ("judgment" is fine in British English too).
const AMERICAN_SPELLINGS: &str = r"(?i)\b(organiz\w*|prioritiz\w*|recogniz\w*|behavior\w*|center\w*|color\w*|practicing|practiced|analyz\w*|programs?|counseling|modeling|favor\w*|neighbor\w*)\b";

/// Words CQC and adult social care do not use. CQC *assesses* councils through an assessment team;
/// "threshold" and "early help" are children's-services words (the Care Act speaks of the section 42
/// enquiry criteria and of preventing, reducing or delaying needs); "serious incident" is the NHS's
/// (adult social care learns from SARs, DHRs, LeDeR, complaints and Ombudsman findings).
const WRONG_VOCABULARY: &[(&str, &str)] = &[
    (
        r"(?i)\binspect(or|ors|ion|ions|ed)?\b",
        "say the CQC assessment team, assessors or assessment",
    ),
    (
        r"(?i)\bthresholds?\b",
        "say the section 42 criteria, or what counts as a concern",
    ),
    (
        r"(?i)\bearly help\b",
        "say prevention: preventing, reducing or delaying needs",
    ),
    (
        r"(?i)\bserious incidents?\b",
        "say SARs, DHRs, LeDeR, complaints or Ombudsman findings",
    ),
];

fn bundled() -> Library {
    Library::load(None, &[])
}

fn key(text: &str) -> String {
    text.trim().to_lowercase()
}

fn target_range(kind: Kind) -> (u32, u32) {
    match kind {
        Kind::SceneSetting => (60, 180),
        Kind::Broad => (120, 300),
        Kind::Focused => (90, 240),
    }
}

// ---------------------------------------------------------------------------------------------
// The checks. Each returns one message per problem, naming the question where there is one.
// ---------------------------------------------------------------------------------------------

fn kind_problems(library: &Library) -> Vec<String> {
    let questions: Vec<&Question> = library.questions().collect();
    let count = |kind: Kind| questions.iter().filter(|q| q.kind == kind).count();
    let mut problems = Vec::new();
    for (kind, min) in [
        (Kind::SceneSetting, MIN_SCENE_SETTING),
        (Kind::Broad, MIN_BROAD),
    ] {
        let n = count(kind);
        if n < min {
            problems.push(format!(
                "only {n} {} questions; the bank needs at least {min}",
                kind.slug()
            ));
        }
    }
    if questions.len() < MIN_TOTAL {
        problems.push(format!(
            "only {} questions in all; the bank needs at least {MIN_TOTAL}",
            questions.len()
        ));
    }
    problems
}

fn topic_problems(library: &Library) -> Vec<String> {
    let mut by_topic: HashMap<&str, Vec<&str>> = HashMap::new();
    for q in library.questions() {
        by_topic.entry(q.topic.as_str()).or_default().push(&q.id);
    }
    let mut problems = Vec::new();
    for (topics, min) in [
        (MAJOR_TOPICS, MIN_MAJOR_TOPIC),
        (MINOR_TOPICS, MIN_MINOR_TOPIC),
        (&[REASSESSMENT_TOPIC][..], MIN_REASSESSMENT),
    ] {
        for topic in topics {
            let ids = by_topic.get(topic).cloned().unwrap_or_default();
            if ids.len() < min {
                problems.push(format!(
                    "topic `{topic}` has {} questions ({}); it needs at least {min}",
                    ids.len(),
                    if ids.is_empty() {
                        "none".to_string()
                    } else {
                        ids.join(", ")
                    }
                ));
            }
        }
    }
    problems
}

fn quality_statement_problems(library: &Library) -> Vec<String> {
    let mut counts: BTreeMap<QualityStatement, usize> = BTreeMap::new();
    for q in library.questions() {
        for qs in &q.quality_statements {
            *counts.entry(*qs).or_default() += 1;
        }
    }
    QualityStatement::ALL
        .into_iter()
        .filter_map(|qs| {
            let n = counts.get(&qs).copied().unwrap_or(0);
            (n < MIN_PER_QUALITY_STATEMENT).then(|| {
                format!(
                    "quality statement `{}` is on {n} questions; it needs at least {MIN_PER_QUALITY_STATEMENT}",
                    qs.slug()
                )
            })
        })
        .collect()
}

/// Non-empty, and no two the same (ignoring case and surrounding space).
fn list_problems(id: &str, field: &str, items: &[&str], min: usize) -> Vec<String> {
    let mut problems = Vec::new();
    if items.len() < min {
        problems.push(format!(
            "{id}: has {} {field}; it needs at least {min}",
            items.len()
        ));
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        if item.trim().is_empty() {
            problems.push(format!("{id}: {field} #{} is empty", i + 1));
            continue;
        }
        if let Some(first) = seen.insert(key(item), i) {
            problems.push(format!(
                "{id}: {field} #{} repeats #{}: {:?}",
                i + 1,
                first + 1,
                item.trim()
            ));
        }
    }
    problems
}

fn shape_problems(library: &Library) -> Vec<String> {
    let mut problems = Vec::new();
    for q in library.questions() {
        let follow_ups: Vec<&str> = q.follow_ups.iter().map(|f| f.ask.as_str()).collect();
        problems.extend(list_problems(
            &q.id,
            "follow_ups",
            &follow_ups,
            MIN_FOLLOW_UPS,
        ));
        let listen_for: Vec<&str> = q.listen_for.iter().map(String::as_str).collect();
        problems.extend(list_problems(
            &q.id,
            "listen_for",
            &listen_for,
            MIN_LISTEN_FOR,
        ));
        if q.ask.trim().is_empty() {
            problems.push(format!("{}: `ask` is empty", q.id));
        }
        let (low, high) = target_range(q.kind);
        if !(low..=high).contains(&q.target_seconds) {
            problems.push(format!(
                "{}: target_seconds is {}, outside {low}-{high} for a {} question",
                q.id,
                q.target_seconds,
                q.kind.slug()
            ));
        }
    }
    problems
}

fn duplicate_ask_problems(library: &Library) -> Vec<String> {
    let mut first_with: HashMap<String, &str> = HashMap::new();
    let mut problems = Vec::new();
    for q in library.questions() {
        if let Some(first) = first_with.get(&key(&q.ask)) {
            problems.push(format!(
                "{}: asks the same as {first}: {:?}",
                q.id,
                q.ask.trim()
            ));
        } else {
            first_with.insert(key(&q.ask), &q.id);
        }
    }
    problems
}

fn spelling_problems(library: &Library) -> Vec<String> {
    let american = Regex::new(AMERICAN_SPELLINGS).unwrap();
    let mut problems = Vec::new();
    for q in library.questions() {
        let mut texts: Vec<(&str, &str)> = vec![("ask", q.ask.as_str())];
        texts.extend(q.follow_ups.iter().map(|f| ("follow-up", f.ask.as_str())));
        texts.extend(q.listen_for.iter().map(|l| ("listen_for", l.as_str())));
        if let Some(tip) = &q.tip {
            texts.push(("tip", tip.as_str()));
        }
        for (field, text) in texts {
            for m in american.find_iter(text) {
                problems.push(format!(
                    "{}: American spelling `{}` in {field}: {:?}",
                    q.id,
                    m.as_str(),
                    text
                ));
            }
        }
    }
    problems
}

fn when_problems(library: &Library) -> Vec<String> {
    let mut problems = Vec::new();
    for q in library.questions() {
        for f in &q.follow_ups {
            for word in &f.when {
                // A number ("18") or `%` is a real cue since matching takes them as words.
                let figure = word.trim() == "%" || word.trim().chars().all(|c| c.is_ascii_digit());
                if !figure && word.trim().chars().count() < MIN_WHEN_WORD_CHARS {
                    problems.push(format!(
                        "{}: `when` word {:?} is shorter than {MIN_WHEN_WORD_CHARS} letters (follow-up {:?})",
                        q.id, word, f.ask
                    ));
                }
            }
        }
    }
    problems
}

/// Everything a PSW reads: the bank's own title and description, and each question's ask, follow-ups,
/// listen-for cues and tip. `when` words are left out on purpose: they are matched against the PSW's
/// own words, and a PSW may well say "threshold".
fn shown_texts(library: &Library) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for bank in &library.banks {
        texts.push((format!("bank {}", bank.id), bank.title.clone()));
        texts.push((format!("bank {}", bank.id), bank.description.clone()));
        for p in &bank.prompts {
            texts.push((format!("bank {} prompt", bank.id), p.ask.clone()));
        }
        for n in &bank.statement_notes {
            let place = format!("bank {} note on {}", bank.id, n.statement.slug());
            texts.push((place.clone(), n.what_good_looks_like.clone()));
            texts.push((place, n.source.clone()));
        }
    }
    for q in library.questions() {
        texts.push((format!("{} ask", q.id), q.ask.clone()));
        for f in &q.follow_ups {
            texts.push((format!("{} follow-up", q.id), f.ask.clone()));
        }
        for l in &q.listen_for {
            texts.push((format!("{} listen_for", q.id), l.clone()));
        }
        if let Some(tip) = &q.tip {
            texts.push((format!("{} tip", q.id), tip.clone()));
        }
    }
    texts
}

fn vocabulary_problems(library: &Library) -> Vec<String> {
    let rules: Vec<(Regex, &str)> = WRONG_VOCABULARY
        .iter()
        .map(|(pattern, advice)| (Regex::new(pattern).unwrap(), *advice))
        .collect();
    let mut problems = Vec::new();
    for (place, text) in shown_texts(library) {
        for (rule, advice) in &rules {
            if let Some(m) = rule.find(&text) {
                problems.push(format!(
                    "{place}: `{}` is not CQC's or adult social care's word ({advice}): {text:?}",
                    m.as_str()
                ));
            }
        }
    }
    problems
}

/// Facts the bank once got wrong, checked wherever the subject comes up.
fn fact_problems(library: &Library) -> Vec<String> {
    let lps = Regex::new(r"(?i)\bLPS\b|liberty protection safeguards").unwrap();
    let due_by_a_date = Regex::new(
        r"(?i)\b(due|expected|planned|promised|half of|by|during|in) (early |late )?20\d\d\b",
    )
    .unwrap();
    let leder = Regex::new(r"(?i)\bLeDeR\b").unwrap();
    let case_tracking = Regex::new(r"(?i)case tracking|tracked cases|cases we tracked").unwrap();
    let choosing = Regex::new(r"(?i)\b(choose|chose|chosen|put forward|best cases)\b").unwrap();
    let mut problems = Vec::new();
    for (place, text) in shown_texts(library) {
        // LPS were never brought in, and the government has said it will consult further. A promise
        // pinned to a date ("due in 2026") goes stale on that date: say what was decided, by whom.
        if lps.is_match(&text) && text.to_lowercase().contains("delay") {
            problems.push(format!(
                "{place}: LPS is not simply delayed (set out in 2019, never brought into force): {text:?}"
            ));
        }
        if lps.is_match(&text) && due_by_a_date.is_match(&text) {
            problems.push(format!(
                "{place}: LPS pinned to a date that will pass; say what was decided and by whom: {text:?}"
            ));
        }
        // Since [2026] UKSC 16 (2 June 2026) the acid test no longer decides a deprivation of liberty
        // on its own: a text that names it says so.
        let lower_text = text.to_lowercase();
        if lower_text.contains("acid test")
            && !["no longer", "uksc 16", "overruled"]
                .iter()
                .any(|w| lower_text.contains(w))
        {
            problems.push(format!(
                "{place}: the acid test no longer decides it on its own since [2026] UKSC 16: {text:?}"
            ));
        }
        // The Victims and Prisoners Act 2024 (s19) renames domestic homicide reviews.
        if lower_text.contains("domestic homicide review")
            && !lower_text.contains("domestic abuse related death")
        {
            problems.push(format!(
                "{place}: domestic homicide reviews are now domestic abuse related death reviews: {text:?}"
            ));
        }
        // The council builds the list of tracked cases and supplies the records; PSWs often lead it.
        if lower_text.contains("not know which cases") {
            problems.push(format!(
                "{place}: the council pulls the tracked cases and supplies the records: {text:?}"
            ));
        }
        // LeDeR reviews the deaths of people with a learning disability and of autistic people: where
        // a text says whom it covers, it names both.
        let lower = text.to_lowercase();
        if leder.is_match(&text)
            && lower.contains("learning disabilit")
            && !lower.contains("autistic")
        {
            problems.push(format!(
                "{place}: LeDeR covers autistic people as well as people with a learning disability: {text:?}"
            ));
        }
        // CQC selects the cases it tracks against its own criteria; the council does not choose them.
        if case_tracking.is_match(&text) && choosing.is_match(&text) {
            problems.push(format!(
                "{place}: CQC selects tracked cases against its criteria; the council does not choose them: {text:?}"
            ));
        }
    }
    problems
}

/// Tagged questions: enough curveballs, and a closing question.
fn tag_problems(library: &Library) -> Vec<String> {
    let tagged = |tag: &str| {
        library
            .questions()
            .filter(|q| q.tags.iter().any(|t| t == tag))
            .count()
    };
    let mut problems = Vec::new();
    let n = tagged("triangulation");
    if n < MIN_TRIANGULATION {
        problems.push(format!(
            "only {n} questions tagged `triangulation`; the bank needs at least {MIN_TRIANGULATION}"
        ));
    }
    let n = tagged("uksc-16");
    if n < MIN_UKSC_16 {
        problems.push(format!(
            "only {n} questions tagged `uksc-16` (deprivation of liberty after the June 2026 judgment); the bank needs at least {MIN_UKSC_16}"
        ));
    }
    if tagged("closing") == 0 {
        problems.push(
            "no question tagged `closing` (\"Is there anything we haven't asked...?\")".to_string(),
        );
    }
    problems
}

/// Every question has its own probe for a specific example, its own probe for the PSW's own part or
/// what comes next, and a plain probe for the answer that leaves nothing out. The bank's default gap
/// probes are a safety net for other banks; the bundled bank words these for each question.
fn probe_problems(library: &Library) -> Vec<String> {
    let mut problems = Vec::new();
    for q in library.questions() {
        let has = |gaps: &[Gap]| {
            q.follow_ups
                .iter()
                .any(|f| f.gap.is_some_and(|g| gaps.contains(&g)))
        };
        if !has(&[Gap::Example]) {
            problems.push(format!(
                "{}: no follow-up of its own with `gap: example`",
                q.id
            ));
        }
        if !has(&[Gap::OwnPart, Gap::Next]) {
            problems.push(format!(
                "{}: no follow-up of its own with `gap: own-part` or `gap: next`",
                q.id
            ));
        }
        if !q
            .follow_ups
            .iter()
            .any(|f| f.gap.is_none() && f.when.is_empty())
        {
            problems.push(format!(
                "{}: no plain follow-up for an answer that leaves nothing out",
                q.id
            ));
        }
    }
    problems
}

/// The four biggest gaps an answer can have, each of which every broad and focused question presses
/// in its own words. The bank-wide `gap_probes` are only the fallback for other banks.
const OWN_GAPS: [Gap; 4] = [Gap::Evidence, Gap::Difference, Gap::Done, Gap::People];

/// Every broad and focused question has its own unconditional probe for evidence, difference, done
/// and people, so a vague answer is pressed on that topic, not with a bank-wide staple. An own probe
/// with `when` words would leave the gap unpressed when its words are not heard, so it does not count.
fn own_gap_probe_problems(library: &Library) -> Vec<String> {
    let mut problems = Vec::new();
    for q in library.questions() {
        if q.kind == Kind::SceneSetting {
            continue;
        }
        for gap in OWN_GAPS {
            let own = q
                .follow_ups
                .iter()
                .any(|f| f.gap == Some(gap) && !f.is_conditional());
            if !own {
                problems.push(format!(
                    "{}: no follow-up of its own with `gap: {}` (and no `when` words)",
                    q.id,
                    gap.slug()
                ));
            }
        }
    }
    problems
}

/// Scene-setting questions are never pressed with "What difference has it made?"; every question
/// of every other kind still goes through the three stages.
fn prompt_problems(library: &Library) -> Vec<String> {
    let mut problems = Vec::new();
    for bank in &library.banks {
        for q in &bank.questions {
            let prompts = bank.prompts_for(q);
            let asks_difference = prompts.iter().any(|p| p.id == "difference");
            if q.kind == Kind::SceneSetting && asks_difference {
                problems.push(format!(
                    "{}: a scene-setting question is asked \"What difference has it made?\"",
                    q.id
                ));
            }
            if q.kind != Kind::SceneSetting && prompts.len() < 3 {
                problems.push(format!(
                    "{}: only {} prompts for a {} question",
                    q.id,
                    prompts.len(),
                    q.kind.slug()
                ));
            }
        }
    }
    problems
}

/// `banks check` warnings (a `when` word in the question's own ask, a probe that refers back to
/// something with no `when` words) are worth fixing in the bank that ships.
fn warning_problems(library: &Library) -> Vec<String> {
    library
        .banks
        .iter()
        .flat_map(|bank| bank.warnings.iter().map(|w| w.to_string()))
        .collect()
}

fn all_problems(library: &Library) -> Vec<String> {
    let mut problems = Vec::new();
    problems.extend(kind_problems(library));
    problems.extend(topic_problems(library));
    problems.extend(quality_statement_problems(library));
    problems.extend(shape_problems(library));
    problems.extend(duplicate_ask_problems(library));
    problems.extend(spelling_problems(library));
    problems.extend(when_problems(library));
    problems.extend(vocabulary_problems(library));
    problems.extend(fact_problems(library));
    problems.extend(tag_problems(library));
    problems.extend(probe_problems(library));
    problems.extend(own_gap_probe_problems(library));
    problems.extend(prompt_problems(library));
    problems.extend(warning_problems(library));
    problems
}

fn assert_clean(what: &str, problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{what}: {} problem(s) in the bundled bank:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

// ---------------------------------------------------------------------------------------------
// The bundled bank passes every check.
// ---------------------------------------------------------------------------------------------

#[test]
fn bundled_banks_load_without_skips() {
    let library = bundled();
    let skipped: Vec<String> = library.skipped.iter().map(|s| s.summary()).collect();
    assert!(
        skipped.is_empty(),
        "bundled banks were skipped:\n  {}",
        skipped.join("\n  ")
    );
    assert!(!library.banks.is_empty(), "no bundled bank loaded at all");
}

#[test]
fn enough_questions_of_each_kind() {
    assert_clean("kinds", kind_problems(&bundled()));
}

#[test]
fn every_topic_has_its_minimum() {
    assert_clean("topics", topic_problems(&bundled()));
}

#[test]
fn every_quality_statement_has_its_minimum() {
    assert_clean("quality statements", quality_statement_problems(&bundled()));
}

#[test]
fn every_question_is_well_formed() {
    assert_clean("question shape", shape_problems(&bundled()));
}

#[test]
fn no_question_is_asked_twice() {
    assert_clean("duplicate asks", duplicate_ask_problems(&bundled()));
}

#[test]
fn british_spelling_throughout() {
    assert_clean("spelling", spelling_problems(&bundled()));
}

#[test]
fn when_words_are_real_cues() {
    assert_clean("when words", when_problems(&bundled()));
}

#[test]
fn cqc_vocabulary_throughout() {
    assert_clean("vocabulary", vocabulary_problems(&bundled()));
}

#[test]
fn facts_stay_right() {
    assert_clean("facts", fact_problems(&bundled()));
}

#[test]
fn enough_curveballs_and_a_closing_question() {
    assert_clean("tags", tag_problems(&bundled()));
}

#[test]
fn every_question_probes_for_an_example_and_for_own_part_or_next() {
    assert_clean("probes", probe_problems(&bundled()));
}

#[test]
fn every_broad_and_focused_question_has_its_own_probe_for_the_four_big_gaps() {
    assert_clean("own gap probes", own_gap_probe_problems(&bundled()));
}

/// What an assessor would notice: a vague answer (no evidence, no difference, nothing done, no
/// people) to any broad or focused question is pressed first with that question's own evidence
/// probe, then its own difference probe, never the bank-wide staples.
#[test]
fn a_vague_answer_is_pressed_with_the_questions_own_probes_first() {
    use psw_coach::drill::probe::{Heard, rank};
    let library = bundled();
    let bank = &library.banks[0];
    let staples: Vec<&str> = bank.gap_probes.iter().map(|g| g.ask.as_str()).collect();
    let heard = Heard::new("We have done a lot of work on this.", OWN_GAPS.to_vec());
    for q in library.questions().filter(|q| q.kind != Kind::SceneSetting) {
        let ranked = rank(q, &heard, &[]);
        let gaps: Vec<Option<Gap>> = ranked.iter().take(4).map(|p| p.gap()).collect();
        assert_eq!(
            gaps,
            OWN_GAPS.map(Some),
            "{}: biggest gap first, one probe per gap",
            q.id
        );
        for probe in ranked.iter().take(4) {
            assert!(
                !staples.contains(&probe.ask.as_str()),
                "{}: a bank-wide probe was chosen before the question's own: {:?}",
                q.id,
                probe.ask
            );
            assert!(
                q.follow_ups.iter().any(|f| f.ask == probe.ask),
                "{}: {:?} is not the question's own",
                q.id,
                probe.ask
            );
        }
    }
}

#[test]
fn own_gap_probe_check_catches_a_question_pressed_only_by_the_bank_wide_probes() {
    let (library, _) = with_first_question(|_| {});
    let id = library
        .questions()
        .find(|q| q.kind == Kind::Focused)
        .unwrap()
        .id
        .clone();
    let mut library = library;
    for bank in &mut library.banks {
        for q in bank.questions.iter_mut().filter(|q| q.id == id) {
            q.follow_ups.retain(|f| f.gap != Some(Gap::People));
            for f in q.follow_ups.iter_mut().filter(|f| f.gap == Some(Gap::Done)) {
                f.when = vec!["audit".into()];
            }
        }
    }
    let problems = own_gap_probe_problems(&library);
    assert_found(
        &problems,
        &format!("{id}: no follow-up of its own with `gap: people`"),
    );
    assert_found(
        &problems,
        &format!("{id}: no follow-up of its own with `gap: done`"),
    );
    assert_eq!(problems.len(), 2, "{problems:#?}");
}

/// Each of the nine quality statements says what good looks like, with a source and a date, short
/// enough to read on the progress screen and a card at 80 columns.
#[test]
fn every_quality_statement_says_what_good_looks_like() {
    let library = bundled();
    let bank = &library.banks[0];
    for qs in QualityStatement::ALL {
        let note = bank
            .statement_note(qs)
            .unwrap_or_else(|| panic!("no `quality_statements` note for `{}`", qs.slug()));
        assert!(
            (150..=450).contains(&note.what_good_looks_like.chars().count()),
            "{}: the note should be a few sentences (150-450 characters), not {}",
            qs.slug(),
            note.what_good_looks_like.chars().count()
        );
        assert!(
            note.source.contains("CQC"),
            "{}: {}",
            qs.slug(),
            note.source
        );
        assert_eq!(
            Some(note.as_of),
            bank.as_of,
            "{}: read with the rest of the bank",
            qs.slug()
        );
    }
}

#[test]
fn scene_setting_has_its_own_prompts() {
    assert_clean("prompts", prompt_problems(&bundled()));
}

#[test]
fn the_checker_has_no_warnings_for_the_bundled_bank() {
    assert_clean("warnings", warning_problems(&bundled()));
}

// ---------------------------------------------------------------------------------------------
// The checks bite: each one finds a fault put into a copy of the bank.
// ---------------------------------------------------------------------------------------------

/// A copy of the bundled bank after `edit`, loaded the way a user's bank would be.
fn edited_copy(edit: impl Fn(&str) -> String) -> Library {
    let (name, text) = BUNDLED[0];
    let edited = edit(text);
    assert_ne!(edited, text, "the edit did not change the bank");
    let mut library = Library::default();
    library.add(name, &edited, Origin::Bundled("edited-copy.yaml"));
    assert!(
        library.skipped.is_empty(),
        "the edited copy should still parse: {:?}",
        library
            .skipped
            .iter()
            .map(|s| s.summary())
            .collect::<Vec<_>>()
    );
    library
}

/// A clone of the bundled library with one question changed in memory.
fn with_first_question(change: impl Fn(&mut Question)) -> (Library, String) {
    let mut library = bundled();
    let q = &mut library.banks[0].questions[0];
    change(q);
    let id = q.id.clone();
    (library, id)
}

fn assert_found(problems: &[String], needle: &str) {
    assert!(
        problems.iter().any(|p| p.contains(needle)),
        "expected a problem mentioning {needle:?}, got: {problems:#?}"
    );
}

#[test]
fn spelling_check_catches_an_american_spelling_in_a_tip() {
    let library = edited_copy(|text| text.replacen("    tip: ", "    tip: Prioritize this. ", 1));
    let first = library.questions().next().unwrap().id.clone();
    let problems = spelling_problems(&library);
    assert_found(
        &problems,
        &format!("{first}: American spelling `Prioritize` in tip"),
    );
    // "programme" and "judgment" are fine; "program" on its own is not.
    let library = edited_copy(|text| {
        text.replacen(
            "    tip: ",
            "    tip: A programme of work and a sound judgment. ",
            1,
        )
    });
    assert!(spelling_problems(&library).is_empty());
    let library = edited_copy(|text| text.replacen("    tip: ", "    tip: The program. ", 1));
    assert_found(&spelling_problems(&library), "`program`");
}

#[test]
fn duplicate_check_catches_a_repeated_ask() {
    let library = bundled();
    let mut questions = library.questions();
    let first = questions.next().unwrap().clone();
    let second = questions.next().unwrap().clone();
    let library = edited_copy(|text| {
        text.replacen(
            &format!("ask: {}", second.ask),
            &format!("ask: {}", first.ask.to_uppercase()),
            1,
        )
    });
    let problems = duplicate_ask_problems(&library);
    assert_found(
        &problems,
        &format!("{}: asks the same as {}", second.id, first.id),
    );
}

#[test]
fn topic_check_catches_a_topic_below_its_minimum() {
    let library = edited_copy(|text| text.replace("topic: carers\n", "topic: unpaid-care\n"));
    assert_found(&topic_problems(&library), "topic `carers` has 0 questions");
}

#[test]
fn quality_statement_check_catches_a_thin_statement() {
    let mut library = bundled();
    for bank in &mut library.banks {
        for q in &mut bank.questions {
            q.quality_statements
                .retain(|qs| *qs != QualityStatement::SafePathways);
            if q.quality_statements.is_empty() {
                q.quality_statements.push(QualityStatement::Governance);
            }
        }
    }
    assert_found(
        &quality_statement_problems(&library),
        "quality statement `safe-pathways` is on 0 questions",
    );
}

#[test]
fn kind_check_catches_too_few_scene_setting_questions() {
    let library = edited_copy(|text| text.replace("kind: scene-setting", "kind: broad"));
    assert_found(&kind_problems(&library), "only 0 scene-setting questions");
}

#[test]
fn shape_check_catches_thin_or_repeated_lists_and_odd_timings() {
    let (library, id) = with_first_question(|q| {
        q.follow_ups.truncate(1);
        q.listen_for = vec!["A figure".into(), " a FIGURE ".into(), "  ".into()];
        q.target_seconds = 1000;
    });
    let problems = shape_problems(&library);
    assert_found(&problems, &format!("{id}: has 1 follow_ups"));
    assert_found(&problems, &format!("{id}: listen_for #2 repeats #1"));
    assert_found(&problems, &format!("{id}: listen_for #3 is empty"));
    assert_found(&problems, &format!("{id}: target_seconds is 1000"));
}

#[test]
fn when_check_catches_a_short_cue() {
    let (library, id) = with_first_question(|q| {
        q.follow_ups[0].when = vec!["at".into()];
    });
    assert_found(
        &when_problems(&library),
        &format!("{id}: `when` word \"at\""),
    );
    // Figures are real cues: "at 18", "85%".
    let (library, _) = with_first_question(|q| {
        q.follow_ups[0].when = vec!["18".into(), "%".into()];
    });
    assert!(when_problems(&library).is_empty());
}

#[test]
fn kind_check_catches_too_few_questions_in_all() {
    let mut library = bundled();
    library.banks[0].questions.truncate(MIN_TOTAL - 1);
    assert_found(
        &kind_problems(&library),
        &format!("only {} questions in all", MIN_TOTAL - 1),
    );
}

#[test]
fn vocabulary_check_catches_inspectors_thresholds_early_help_and_serious_incidents() {
    for (wrong, needle) in [
        ("the inspector", "`inspector`"),
        ("Inspectors", "`Inspectors`"),
        ("the threshold", "`threshold`"),
        ("early help", "`early help`"),
        ("serious incidents", "`serious incidents`"),
    ] {
        let (library, id) = with_first_question(|q| {
            q.tip = Some(format!("Tell {wrong} about it."));
        });
        assert_found(
            &vocabulary_problems(&library),
            &format!("{id} tip: {needle}"),
        );
    }
    // In the bank's own description too.
    let library = edited_copy(|text| {
        text.replacen(
            "description: >-\n",
            "description: >-\n  For a CQC inspection.\n",
            1,
        )
    });
    assert_found(&vocabulary_problems(&library), "`inspection`");
}

#[test]
fn fact_check_catches_lps_delayed_leder_without_autistic_people_and_chosen_cases() {
    let (library, id) = with_first_question(|q| {
        q.listen_for
            .push("With the Liberty Protection Safeguards delayed, what now?".into());
        q.follow_ups[0].ask =
            "What has LeDeR taught you about people with a learning disability?".into();
        q.tip = Some("Say how you chose the cases you put forward for case tracking.".into());
    });
    let problems = fact_problems(&library);
    assert_found(
        &problems,
        &format!("{id} listen_for: LPS is not simply delayed"),
    );
    assert_found(
        &problems,
        &format!("{id} follow-up: LeDeR covers autistic people"),
    );
    assert_found(&problems, &format!("{id} tip: CQC selects tracked cases"));
}

#[test]
fn fact_check_catches_the_law_as_it_stood_before_2026() {
    let (library, id) = with_first_question(|q| {
        q.listen_for
            .push("Legal literacy on the acid test, refreshed each year".into());
        q.follow_ups[0].ask = "What would you say in the LPS consultation due in 2026?".into();
        q.tip = Some("Name the domestic homicide reviews you learnt from.".into());
        q.ask = "You will not know which cases were tracked. What then?".into();
    });
    let problems = fact_problems(&library);
    assert_found(
        &problems,
        &format!("{id} listen_for: the acid test no longer"),
    );
    assert_found(&problems, &format!("{id} follow-up: LPS pinned to a date"));
    assert_found(
        &problems,
        &format!("{id} tip: domestic homicide reviews are now"),
    );
    assert_found(
        &problems,
        &format!("{id} ask: the council pulls the tracked cases"),
    );
    // Written as the law now stands, the same subjects pass.
    let (library, _) = with_first_question(|q| {
        q.listen_for
            .push("Since [2026] UKSC 16 the acid test no longer settles it on its own".into());
        q.tip = Some(
            "Domestic abuse related death reviews (domestic homicide reviews until 2024).".into(),
        );
    });
    assert!(fact_problems(&library).is_empty());
}

/// `banks check` judges `as_of` and `checked` against the day it is given: clean on the day the
/// bank was last read, a warning (never a failure) once a date is over a year old.
#[test]
fn banks_check_warns_when_the_law_was_last_checked_over_a_year_ago() {
    let data = tempfile::tempdir().unwrap();
    let check = |today: &str| {
        let out = assert_cmd::Command::cargo_bin("psw-coach")
            .unwrap()
            .env("PSW_COACH_DATA_DIR", data.path())
            .args(["banks", "check", "--today", today])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    let bank = &bundled().banks[0];
    let as_of = bank.as_of.expect("the bundled bank has an as_of date");
    let today = as_of.format("%Y-%m-%d").to_string();
    assert!(!check(&today).contains("over a year"), "{}", check(&today));
    let later = as_of + chrono::Days::new(400);
    let stderr = check(&later.format("%Y-%m-%d").to_string());
    assert!(
        stderr.contains("question_banks/cqc-psw-adults.yaml:")
            && stderr.contains("the bank's `as_of` date is"),
        "{stderr}"
    );
    assert!(
        stderr.contains("question `mental-capacity-05`'s `checked` date is"),
        "{stderr}"
    );
}

#[test]
fn tag_check_catches_too_few_curveballs_and_no_closing_question() {
    let library = edited_copy(|text| {
        text.replace("triangulation]", "curveball]")
            .replace("tags: [closing]", "tags: [last]")
            .replace("tags: [dols, uksc-16]", "tags: [dols]")
    });
    let problems = tag_problems(&library);
    assert_found(&problems, "only 0 questions tagged `uksc-16`");
    assert_found(&problems, "only 0 questions tagged `triangulation`");
    assert_found(&problems, "no question tagged `closing`");
}

#[test]
fn probe_check_catches_a_question_without_example_own_part_next_or_plain_probes() {
    let (library, id) = with_first_question(|q| {
        q.follow_ups
            .retain(|f| !matches!(f.gap, Some(Gap::Example | Gap::OwnPart | Gap::Next)));
        q.follow_ups
            .retain(|f| f.gap.is_some() || !f.when.is_empty());
    });
    let problems = probe_problems(&library);
    assert_found(
        &problems,
        &format!("{id}: no follow-up of its own with `gap: example`"),
    );
    assert_found(
        &problems,
        &format!("{id}: no follow-up of its own with `gap: own-part` or `gap: next`"),
    );
    assert_found(&problems, &format!("{id}: no plain follow-up"));
}

#[test]
fn prompt_check_catches_scene_setting_asked_what_difference() {
    let library = edited_copy(|text| {
        let start = text.find("prompts_by_kind:").unwrap();
        let end = text.find("gap_probes:").unwrap();
        format!("{}{}", &text[..start], &text[end..])
    });
    let first = library.questions().next().unwrap().id.clone();
    assert_found(
        &prompt_problems(&library),
        &format!("{first}: a scene-setting question is asked \"What difference has it made?\""),
    );
}

#[test]
fn warning_check_catches_a_when_word_from_the_ask() {
    // role-remit-01 asks about the role; a probe triggered by "role" would fire on every answer.
    let library = edited_copy(|text| {
        text.replacen(
            "when: [practice development, development team,",
            "when: [role, practice development, development team,",
            1,
        )
    });
    assert_found(&warning_problems(&library), "`when` word `role`");
}

#[test]
fn a_clean_copy_has_no_problems() {
    // The mutation tests above start from the real bank, so it must be clean to begin with.
    assert_clean("all checks", all_problems(&bundled()));
}
