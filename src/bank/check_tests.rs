use super::*;

const GOOD: &str = "\
id: test-bank
title: Test bank
description: For tests.
version: 1
questions:
  - id: q-one
    kind: focused
    topic: waiting-times
    quality_statements: [assessing-needs, equity]
    ask: How long do people wait?
    follow_ups:
      - How do you know?
      - ask: How do you keep in touch while they wait?
        when: [Waiting]
    listen_for:
      - A figure and its trend
";

fn problems(text: &str) -> Vec<Problem> {
    parse_bank("bank.yaml", text, Origin::Bundled("bank.yaml")).unwrap_err()
}

/// The single problem a text has, as `line:col: message`.
fn only(text: &str) -> (usize, usize, String) {
    let all = problems(text);
    assert_eq!(all.len(), 1, "expected one problem, got {all:#?}");
    (all[0].line, all[0].column, all[0].message.clone())
}

#[test]
fn a_good_bank_loads_with_defaults() {
    let bank = parse_bank("bank.yaml", GOOD, Origin::Bundled("bank.yaml")).unwrap();
    assert_eq!(bank.prompts, Prompt::default_three());
    let q = &bank.questions[0];
    assert_eq!(q.target_seconds, 150, "focused default");
    assert_eq!(
        q.follow_ups[1].when,
        vec!["waiting"],
        "trigger words are lower-cased"
    );
    assert_eq!((q.line, q.column), (6, 9));
}

#[test]
fn yaml_syntax_error_is_located() {
    let (line, _, message) = only("id: a\ntitle: [unclosed\n");
    assert!(line >= 2, "{line}");
    assert!(message.starts_with("YAML syntax"), "{message}");
}

#[test]
fn tabs_are_reported_at_the_tab() {
    let text = GOOD.replace("    kind: focused", "\tkind: focused");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (7, 1));
    assert!(message.contains("tab"), "{message}");
}

/// Walk 8: a NUL in a question made the reader stop there and report "missing field
/// `follow_ups`" at the question's first line; a bell or an escape passed "All clear" and showed
/// on screen as "[31m". Each is reported where it is, and the carriage returns of Windows line
/// endings are not.
#[test]
fn control_characters_are_reported_where_they_are() {
    for (c, code) in [('\0', "U+0000"), ('\u{7}', "U+0007"), ('\u{1b}', "U+001B")] {
        let text = GOOD.replace("ask: How long do", &format!("ask: How long{c} do"));
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (10, 18), "{code}: {message}");
        assert!(
            message.contains(&format!("invisible control character ({code})")),
            "{message}"
        );
    }
    assert!(
        parse_bank(
            "bank.yaml",
            &GOOD.replace('\n', "\r\n"),
            Origin::Bundled("b")
        )
        .is_ok()
    );
}

#[test]
fn empty_file_is_reported() {
    let (line, column, message) = only("# only a comment\n\n");
    assert_eq!((line, column), (1, 1));
    assert!(message.contains("empty"), "{message}");
}

#[test]
fn missing_field_names_the_field() {
    let text = GOOD.replace("    ask: How long do people wait?\n", "");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (6, 5));
    assert_eq!(message, "missing field `ask` in a question");
}

#[test]
fn wrong_type_says_what_was_expected() {
    let text = GOOD.replace(
        "    listen_for:\n      - A figure and its trend\n",
        "    listen_for: A figure\n",
    );
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (15, 17));
    assert!(
        message.contains("`listen_for` should be a list"),
        "{message}"
    );
}

#[test]
fn unknown_field_suggests_the_close_one() {
    let text = GOOD.replace("    follow_ups:", "    folow_ups:");
    let all = problems(&text);
    let unknown = all
        .iter()
        .find(|p| p.message.contains("unknown field"))
        .unwrap();
    assert_eq!((unknown.line, unknown.column), (11, 5));
    assert!(
        unknown.message.contains("did you mean `follow_ups`?"),
        "{}",
        unknown.message
    );
}

#[test]
fn unknown_kind_is_reported_with_the_choices() {
    let text = GOOD.replace("kind: focused", "kind: focussed");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (7, 11));
    assert!(message.contains("unknown kind `focussed`"), "{message}");
    assert!(message.contains("did you mean `focused`"), "{message}");
}

#[test]
fn unknown_quality_statement_is_reported_at_the_value() {
    let text = GOOD.replace("[assessing-needs, equity]", "[assessing-needs, equality]");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (9, 43));
    assert!(
        message.contains("unknown quality statement `equality`"),
        "{message}"
    );
}

#[test]
fn duplicate_id_points_at_the_second_and_names_the_first() {
    let second = GOOD.split("questions:\n").nth(1).unwrap();
    let text = format!("{GOOD}{second}");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (17, 9));
    assert!(
        message.contains("duplicate question id `q-one`"),
        "{message}"
    );
    assert!(message.contains("line 6"), "{message}");
}

#[test]
fn empty_text_is_reported() {
    let text = GOOD.replace("ask: How long do people wait?", "ask: \"  \"");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (10, 10));
    assert_eq!(message, "`ask` is empty: write some text here");
}

#[test]
fn target_seconds_must_be_a_sensible_whole_number() {
    let text = GOOD.replace(
        "    listen_for:",
        "    target_seconds: 2 minutes\n    listen_for:",
    );
    let (_, _, message) = only(&text);
    assert!(message.contains("whole number of seconds"), "{message}");
}

#[test]
fn every_problem_in_a_file_is_reported_not_just_the_first() {
    let text = GOOD
        .replace("kind: focused", "kind: wide")
        .replace("follow_ups:", "folow_ups:");
    assert!(problems(&text).len() >= 3, "{:#?}", problems(&text));
}

const NEW_FIELDS: &str = "\
id: new-bank
title: New bank
description: Every field added for probing like an assessor.
version: 2
prompts_by_kind:
  scene-setting:
    - id: remit
      ask: Your role and remit
    - id: heard
      ask: How you are heard
gap_probes:
  - gap: evidence
    ask: How do you know that?
  - gap: example
    ask: Can you give me a specific example?
    kinds: [broad, focused]
questions:
  - id: s-one
    kind: scene-setting
    topic: role-remit
    quality_statements: [governance]
    ask: Tell us about your role.
    follow_ups:
      - Who do you report to?
    listen_for:
      - The remit
  - id: f-one
    kind: focused
    topic: waiting-times
    quality_statements: [assessing-needs]
    ask: How long do people wait?
    tags: [triangulation, young-carers]
    prompts:
      - id: now
        ask: Where are things now?
    follow_ups:
      - ask: What does your audit say about it?
        gap: evidence
      - ask: What is the longest wait?
        when: [waiting list, 85%]
    listen_for:
      - A figure
";

fn new_bank() -> Bank {
    parse_bank("bank.yaml", NEW_FIELDS, Origin::Bundled("bank.yaml")).unwrap()
}

#[test]
fn new_fields_load() {
    let bank = new_bank();
    let (s, f) = (&bank.questions[0], &bank.questions[1]);
    let asks = |p: &[Prompt]| p.iter().map(|p| p.ask.clone()).collect::<Vec<_>>();
    assert_eq!(
        asks(bank.prompts_for(s)),
        ["Your role and remit", "How you are heard"],
        "scene-setting gets its kind's prompts"
    );
    assert_eq!(asks(bank.prompts_for(f)), ["Where are things now?"]);
    assert_eq!(f.tags, ["triangulation", "young-carers"]);
    assert!(s.tags.is_empty());
    assert_eq!(f.follow_ups[0].gap, Some(Gap::Evidence));
    assert_eq!(f.follow_ups[1].when, ["waiting list", "85%"]);
    // The question's own evidence probe wins over the bank's.
    let defaults = |q: &Question| {
        q.default_probes
            .iter()
            .map(|p| (p.gap, p.ask.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        defaults(f),
        [(
            Some(Gap::Example),
            "Can you give me a specific example?".to_string()
        )]
    );
    assert_eq!(
        defaults(s),
        [(Some(Gap::Evidence), "How do you know that?".to_string())],
        "the example probe is for broad and focused questions only"
    );
    assert_eq!(f.probes().count(), 3);
    assert_eq!(bank.gap_probes[1].kinds, [Kind::Broad, Kind::Focused]);
    assert!(bank.warnings.is_empty(), "{:#?}", bank.warnings);
}

#[test]
fn old_banks_load_unchanged() {
    let bank = parse_bank("bank.yaml", GOOD, Origin::Bundled("bank.yaml")).unwrap();
    let q = &bank.questions[0];
    assert_eq!(bank.prompts_for(q), Prompt::default_three().as_slice());
    assert!(bank.prompts_by_kind.is_empty() && bank.gap_probes.is_empty());
    assert!(q.default_probes.is_empty() && q.tags.is_empty() && q.prompts.is_none());
    assert_eq!(q.follow_ups[0], FollowUp::plain("How do you know?"));
    assert_eq!(q.follow_ups[1].gap, None);
    for (name, text) in crate::bank::load::BUNDLED {
        assert!(
            parse_bank(name, text, Origin::Bundled(name)).is_ok(),
            "{name} no longer loads"
        );
    }
}

#[test]
fn unknown_gap_is_located_with_a_suggestion() {
    let text = NEW_FIELDS.replace("gap: example", "gap: exmaple");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (14, 10));
    assert!(
        message.contains("unknown gap `exmaple` (did you mean `example`?)"),
        "{message}"
    );
    let text = NEW_FIELDS.replace("        gap: evidence", "        gap: own_part");
    let (_, _, message) = only(&text);
    assert!(message.contains("did you mean `own-part`?"), "{message}");
}

#[test]
fn unknown_kinds_in_new_fields_are_located() {
    let text = NEW_FIELDS.replace("  scene-setting:\n", "  scene-seting:\n");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (6, 3));
    assert!(
        message.contains("did you mean `scene-setting`?"),
        "{message}"
    );
    let text = NEW_FIELDS.replace("kinds: [broad, focused]", "kinds: [broad, focussed]");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (16, 20));
    assert!(message.contains("did you mean `focused`?"), "{message}");
}

#[test]
fn misspelt_new_fields_get_did_you_mean() {
    let text = NEW_FIELDS.replace("gap_probes:", "gap_probe:");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (11, 1));
    assert!(message.contains("did you mean `gap_probes`?"), "{message}");
    let text = NEW_FIELDS.replace("    tags:", "    tag:");
    let (_, _, message) = only(&text);
    assert!(message.contains("did you mean `tags`?"), "{message}");
    let text = NEW_FIELDS.replace("        gap: evidence", "        gaps: evidence");
    let (_, _, message) = only(&text);
    assert!(message.contains("did you mean `gap`?"), "{message}");
}

#[test]
fn tags_must_be_slugs() {
    let text = NEW_FIELDS.replace("young-carers]", "Young Carers]");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (32, 27));
    assert!(message.contains("tag `Young Carers`"), "{message}");
    let empty = NEW_FIELDS.replace("[triangulation, young-carers]", "[]");
    assert!(parse_bank("b", &empty, Origin::Bundled("b")).is_ok());
}

#[test]
fn a_when_word_in_the_questions_own_ask_is_a_warning() {
    let text = NEW_FIELDS.replace("[waiting list, 85%]", "[Wait, 85%]");
    let bank = parse_bank("bank.yaml", &text, Origin::Bundled("bank.yaml")).unwrap();
    let w: Vec<String> = bank.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(
        w[0].starts_with(
            "bank.yaml:40:16: warning: `when` word `Wait` is in the question's own ask"
        ),
        "{}",
        w[0]
    );
}

#[test]
fn a_probe_that_refers_back_needs_a_trigger() {
    let text = NEW_FIELDS.replace(
            "      - Who do you report to?",
            "      - What have you raised at that board?\n      - ask: What came of it at that forum?\n        when: [forum]",
        );
    let bank = parse_bank("bank.yaml", &text, Origin::Bundled("bank.yaml")).unwrap();
    let w: Vec<String> = bank.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(w.len(), 1, "only the probe without `when` words: {w:#?}");
    assert!(
        w[0].starts_with("bank.yaml:24:9: warning: this probe refers back"),
        "{}",
        w[0]
    );
    assert!(w[0].contains("\"that board\""), "{}", w[0]);
    assert_eq!(refers_back("How do you know that the board listens?"), None);
    assert_eq!(
        refers_back("As you mentioned, who leads?").as_deref(),
        Some("you mentioned")
    );
}

#[test]
fn an_empty_when_word_is_an_error() {
    let text = NEW_FIELDS.replace("[waiting list, 85%]", "[waiting list, \"-\"]");
    let (line, _, message) = only(&text);
    assert_eq!(line, 40);
    assert!(message.contains("no letters or numbers"), "{message}");
}

#[test]
fn did_you_mean_ignores_far_off_words() {
    assert_eq!(
        did_you_mean("folow_ups", QUESTION_FIELDS),
        Some("follow_ups")
    );
    assert_eq!(did_you_mean("banana", QUESTION_FIELDS), None);
}

/// GOOD with a bank `as_of`, a question `checked` and a quality statement note.
fn dated_bank() -> String {
    GOOD.replace(
        "version: 1\n",
        "version: 1\nas_of: 2026-12-01\nquality_statements:\n  - slug: equity\n    \
             what_good_looks_like: Leaders know who gets a worse deal, and act.\n    \
             source: CQC framework\n    as_of: 2025-06-30\n",
    )
    .replace(
        "    ask: How long do people wait?\n",
        "    ask: How long do people wait?\n    checked: 2025-11-02\n",
    )
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn dates_and_notes_load_with_their_places() {
    let bank = parse_bank("bank.yaml", &dated_bank(), Origin::Bundled("bank.yaml")).unwrap();
    assert_eq!(bank.as_of, Some(day("2026-12-01")));
    let note = bank.statement_note(QualityStatement::Equity).unwrap();
    assert_eq!(
        note.title, "Equity in experience and outcomes",
        "CQC's title by default"
    );
    assert_eq!(note.as_of, day("2025-06-30"));
    assert!(bank.statement_note(QualityStatement::Governance).is_none());
    let places: Vec<(usize, DatedItem)> = bank
        .dates
        .iter()
        .map(|d| (d.line, d.item.clone()))
        .collect();
    assert_eq!(
        places,
        [
            (5, DatedItem::Bank),
            (10, DatedItem::Statement(QualityStatement::Equity)),
            (17, DatedItem::Question("q-one".into())),
        ]
    );
    assert!(
        GOOD.lines().count() > 10
            && parse_bank("b", GOOD, Origin::Bundled("b"))
                .unwrap()
                .dates
                .is_empty()
    );
}

#[test]
fn a_date_over_a_year_old_is_a_warning_on_the_day_passed_in() {
    let bank = parse_bank("bank.yaml", &dated_bank(), Origin::Bundled("bank.yaml")).unwrap();
    // A year to the day is not yet stale; the day after is.
    assert!(stale_dates(&bank, day("2026-06-30")).is_empty());
    let stale = stale_dates(&bank, day("2026-07-01"));
    assert_eq!(stale.len(), 1, "{stale:#?}");
    assert_eq!((stale[0].line, stale[0].column), (10, 12));
    assert!(
        stale[0]
            .message
            .contains("the note on `equity` date is 30 June 2025"),
        "{}",
        stale[0].message
    );
    let stale = stale_dates(&bank, day("2026-12-04"));
    assert_eq!(stale.len(), 2, "{stale:#?}");
    assert_eq!(
        stale[1].to_string(),
        "question_banks/bank.yaml:17:14: warning: question `q-one`'s `checked` date is 2 November 2025, over a year before today (4 December 2026): read it against the law and guidance as they stand, then update the date"
    );
    assert_eq!(
        stale_dates(&bank, day("2027-12-02")).len(),
        3,
        "the bank's own as_of too"
    );
}

#[test]
fn a_bad_date_or_note_is_located() {
    let text = dated_bank().replace("checked: 2025-11-02", "checked: 2/11/2025");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (17, 14));
    assert!(message.contains("YYYY-MM-DD"), "{message}");
    let text = dated_bank().replace("as_of: 2026-12-01", "as_of: 2026-02-30");
    assert_eq!(only(&text).0, 5);
    let text = dated_bank().replace("slug: equity", "slug: equality");
    let (line, _, message) = only(&text);
    assert_eq!(line, 7);
    assert!(message.contains("did you mean `equity`"), "{message}");
    let text = dated_bank().replace("    source: CQC framework\n", "");
    assert!(only(&text).2.contains("missing field `source`"));
}

/// The twelfth walk's row 4: a colon inside a line of text ("Waiting list: a figure") made the
/// line a field, and the message only said it was "a set of named fields", or for a follow-up
/// named an unknown field and a missing `ask`. Each says the colon is the cause, once, and shows
/// the text in the quotes that mend it.
#[test]
fn a_colon_inside_a_line_of_text_is_named_with_the_quotes_that_mend_it() {
    let cue = GOOD.replace(
        "      - A figure and its trend",
        "      - Waiting list: a figure and its trend",
    );
    let (line, _, message) = only(&cue);
    assert_eq!(line, 16);
    assert!(
        message.contains("`listen_for` should be text, but the `: ` (a colon and a space)")
            && message.contains("\"Waiting list: a figure and its trend\""),
        "{message}"
    );
    let follow_up = GOOD.replace(
        "      - How do you know?",
        "      - Areas: how do you know it differs?",
    );
    let (line, _, message) = only(&follow_up);
    assert_eq!(line, 12);
    assert!(
        message.starts_with("this follow-up has a `: ` (a colon and a space) in it")
            && message.contains("\"Areas: how do you know it differs?\""),
        "{message}"
    );
    // A follow-up written with its fields is still read as one.
    assert!(parse_bank("bank.yaml", GOOD, Origin::Bundled("bank.yaml")).is_ok());
}
