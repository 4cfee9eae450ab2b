//! Local shorthand an assessor will not know: acronyms that are neither national (in the lexicon's
//! glossary) nor spelled out earlier in the answer.

use super::lexicon::Lexicon;
use super::pattern::ACRONYM_TOKEN;
use std::collections::HashSet;
use std::ops::Range;

/// Longer runs of capitals are headings or shouting, not acronyms.
const MAX_LETTERS: usize = 7;

/// Ordinary words written in capitals for emphasis ("this has NOT been evidenced").
const EMPHASIS: &[&str] = &[
    "NOT", "ALL", "ANY", "MUST", "NEVER", "ONLY", "NO", "AND", "THE", "OR", "BUT", "VERY", "NOW",
    "YES", "ALWAYS", "EVERY", "NONE", "IS", "ARE", "WE", "OUR", "HAVE", "DID", "DO", "KEY", "NEW",
    // and the words that open headings in reports pasted in as answers ("PART 1:", "NEXT STEPS").
    "PART", "SECTION", "THEME", "STEP", "STEPS", "NOTE", "SUMMARY", "CONTEXT", "ACTION", "ACTIONS",
    "UPDATE", "PURPOSE", "AIMS", "IMPACT", "PLAN", "NEXT", "TEAM", "WHAT", "WHY", "HOW", "WHO",
    "WHEN",
];

/// Little words an expansion may hold without a letter in the acronym: "Deprivation of Liberty",
/// "a learning from reviews group (LRG)", "Moving into Adulthood (MA)": any short preposition or
/// tie, since a local name is spelled out however its little words run.
const LINKING: &[&str] = &[
    "of", "and", "the", "for", "to", "in", "on", "with", "a", "an", "at", "by", "&", "from",
    "into", "about", "after", "through", "or", "within", "across",
];

/// Words naming what kind of thing an expansion is, which may follow it without giving a letter:
/// "a park homes link service (PHL)", "the Carers Reach Out scheme (CRO)".
const KIND_WORDS: &[&str] = &[
    "service",
    "services",
    "scheme",
    "team",
    "project",
    "programme",
    "pilot",
    "initiative",
    "panel",
    "meeting",
    "forum",
    "group",
    "pathway",
    "model",
    "approach",
    "process",
    "tool",
    "list",
    "network",
    "partnership",
    "hub",
    "board",
    "register",
    "framework",
    "form",
    "clinic",
    "offer",
];

/// True when `words` spell `letters`, or do so with a last word that only names the kind of thing.
fn spells_maybe_with_kind(letters: &[char], words: &[String]) -> bool {
    spells(letters, words)
        || words.split_last().is_some_and(|(last, rest)| {
            KIND_WORDS.contains(&last.as_str()) && spells(letters, rest)
        })
}

/// Capitalised words that open sentences or name things, so a word in capitals after one is no
/// surname ("Our MARP", "The QAF").
const NOT_GIVEN_NAMES: &[&str] = &[
    "Our",
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "We",
    "I",
    "In",
    "At",
    "On",
    "With",
    "And",
    "For",
    "Each",
    "Every",
    "New",
    "Local",
    "My",
    "Their",
    "His",
    "Her",
    "Its",
    "Your",
    "From",
    "To",
    "By",
    "Of",
    "As",
    "Since",
    "After",
    "Before",
    "When",
    "Then",
    "Now",
    "Both",
    "All",
    "Any",
    "Some",
    "No",
    "Via",
    "Through",
    "Into",
    "Under",
    "Over",
    "Across",
    "Monthly",
    "Weekly",
    "Quarterly",
    "Annual",
    "Joint",
    "Council",
    "County",
    "City",
    "Borough",
    "Adult",
    "Adults",
    "Social",
    "Care",
    "Health",
    "Practice",
    "Development",
    "Quality",
    "Team",
    "Teams",
    "Board",
    "Panel",
    "Service",
    "Services",
    "Hub",
    "Act",
    "Policy",
    "Programme",
    "Project",
    "Report",
    "Review",
    "Forum",
    "Group",
    "Network",
    "Strategy",
    "Plan",
    "Model",
    "Partnership",
    "Unit",
    "Directorate",
    "Department",
    "Office",
    "Lead",
    "Leads",
    "Manager",
    "Managers",
    "Director",
];

/// "Jane WRIGHT", "Sarah HOLT": a surname in capitals after a given name is a name, not shorthand.
fn is_surname(text: &str, range: &Range<usize>) -> bool {
    let word = &text[range.clone()];
    if word.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return false;
    }
    let before = &text[..range.start];
    if !before.ends_with([' ', '\t']) {
        return false;
    }
    let previous = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let mut chars = previous.chars();
    let given = chars.next().is_some_and(char::is_uppercase)
        && previous.chars().count() >= 2
        && chars.all(char::is_lowercase)
        && !NOT_GIVEN_NAMES.contains(&previous);
    given && !text[range.end..].trim_start().starts_with('(')
}

/// An acronym as written and the form used to compare it ("SARs" and "SAR’s" are both "SAR").
struct Acronym<'a> {
    key: String,
    letters: Vec<char>,
    written: &'a str,
}

fn acronym(token: &str) -> Option<Acronym<'_>> {
    let core = token
        .strip_suffix("'s")
        .or_else(|| token.strip_suffix("’s"))
        .unwrap_or(token);
    // A lower-case plural "s" after capitals: "PDSWs". "DoLS" keeps its own capital S.
    let core = match core.strip_suffix('s') {
        Some(rest)
            if rest.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && rest.chars().all(|c| !c.is_lowercase()) =>
        {
            rest
        }
        _ => core,
    };
    let letters: Vec<char> = core.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let length = core.chars().filter(|c| c.is_alphanumeric()).count();
    let acronym_like = upper >= 2
        && upper * 2 >= letters.len()
        && (2..=MAX_LETTERS).contains(&length)
        // "NE1", "A38", "M25": postcode districts and roads, not shorthand.
        && !core.ends_with(|c: char| c.is_ascii_digit())
        && !EMPHASIS.contains(&core);
    acronym_like.then(|| Acronym {
        key: core.to_uppercase(),
        letters: letters.iter().flat_map(|c| c.to_lowercase()).collect(),
        written: token,
    })
}

/// True when the glossary holds the acronym. Written in capitals it may match any casing of an
/// entry ("DOLS" is DoLS); written with small letters inside it must match the entry exactly, since a
/// local name cased its own way is not the national term ("the PiP panel" is not PIP, the benefit).
fn knows(lexicon: &Lexicon, acr: &Acronym<'_>) -> bool {
    let core = acr
        .written
        .strip_suffix("'s")
        .or_else(|| acr.written.strip_suffix("’s"))
        .unwrap_or(acr.written);
    let singular = core
        .strip_suffix('s')
        .filter(|rest| rest.to_uppercase() == acr.key)
        .unwrap_or(core);
    let mixed = singular.chars().any(char::is_lowercase);
    if !mixed {
        return lexicon.knows_acronym(&acr.key) || lexicon.knows_acronym(acr.written);
    }
    lexicon
        .glossary()
        .iter()
        .any(|entry| entry == singular || entry == core)
}

/// The first unexplained use of each acronym, in text order. `skip` holds places already flagged
/// for another reason (an email address in capitals is not an acronym).
pub(crate) fn unexplained(
    lexicon: &Lexicon,
    text: &str,
    skip: &[Range<usize>],
) -> Vec<Range<usize>> {
    let mut explained: HashSet<String> = HashSet::new();
    let mut reported: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    let skip = super::text::Taken::covering(skip);
    for m in ACRONYM_TOKEN.find_iter(text) {
        if skip.overlaps(&m) {
            continue;
        }
        let Some(acr) = acronym(&text[m.clone()]) else {
            continue;
        };
        // "SG-2026-0417", "AS/2231": the letters of a reference number, which says nothing to
        // spell out (the number itself is flagged as a detail to take out, when it is one).
        let mut after = text[m.end..].chars();
        if matches!(after.next(), Some('-' | '/'))
            && after.next().is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        if knows(lexicon, &acr) || in_capitals_run(lexicon, text, m.clone()) || is_surname(text, &m)
        {
            continue;
        }
        if spelled_out_here(text, m.clone(), &acr.letters) {
            explained.insert(acr.key);
            continue;
        }
        if explained.contains(&acr.key) || reported.contains(&acr.key) {
            continue;
        }
        reported.insert(acr.key);
        // "The IGT's audit": the acronym is IGT, not its possessive.
        let possessive = ["'s", "’s"]
            .iter()
            .find(|p| text[m.clone()].ends_with(*p))
            .map_or(0, |p| p.len());
        out.push(m.start..m.end - possessive);
    }
    out
}

/// True inside a heading or a shouted phrase ("SOCIAL CARE REFORM", "SHOW GRIP"): a word in capitals
/// next to another capitalised word of three letters or more that is not a known acronym.
fn in_capitals_run(lexicon: &Lexicon, text: &str, range: Range<usize>) -> bool {
    let shouted = |word: &str| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.chars().count() >= 3
            && word.chars().all(|c| c.is_uppercase())
            && !lexicon.knows_acronym(word)
    };
    // Only the neighbouring words matter: look no further than a short window either side, so a
    // long answer on one line is not searched again for every word.
    let window_start = text.ceil_char_boundary(range.start.saturating_sub(80));
    let window_end = text.floor_char_boundary(range.end + 80);
    let line_start = text[window_start..range.start]
        .rfind('\n')
        .map_or(window_start, |i| window_start + i + 1);
    let line_end = text[range.end..window_end]
        .find('\n')
        .map_or(window_end, |i| range.end + i);
    // Only a neighbour with nothing but a space between: "MARP, QAF and LAS" is a list, not a heading.
    let before = text[line_start..range.start]
        .strip_suffix([' ', '\t'])
        .and_then(|b| b.split_whitespace().next_back())
        .filter(|w| w.ends_with(|c: char| c.is_alphanumeric()));
    let after = text[range.end..line_end]
        .strip_prefix([' ', '\t'])
        .and_then(|a| a.split_whitespace().next());
    before.is_some_and(shouted) || after.is_some_and(shouted)
}

/// "Multi-Agency Risk Panel (MARP)" or "MARP (multi-agency risk panel)".
fn spelled_out_here(text: &str, range: Range<usize>, letters: &[char]) -> bool {
    let before = &text[..range.start];
    let after = &text[range.end..];
    if before.trim_end_matches([' ', '\t']).ends_with('(') {
        let preceding = look_back(before.trim_end_matches([' ', '\t']).trim_end_matches('('));
        let clause = preceding
            .rfind(['.', ';', ':', '!', '?', '(', ')', '\n'])
            .map_or(preceding, |i| &preceding[i + 1..]);
        let words = words_of(clause);
        let longest = letters.len() + 4;
        let first = words.len().saturating_sub(longest);
        return (first..words.len())
            .rev()
            .any(|k| spells_maybe_with_kind(letters, &words[k..]));
    }
    if named_before(before, letters) {
        return true;
    }
    let after = after.trim_start_matches([' ', '\t']);
    // "the TRACE team (Transfers, Reviews and Care Escalation)": the word for its kind may come
    // between the acronym and its expansion.
    let after = KIND_WORDS
        .iter()
        .find_map(|kind| {
            after
                .strip_prefix(kind)
                .map(|rest| rest.trim_start_matches([' ', '\t']))
                .filter(|rest| rest.starts_with('('))
        })
        .unwrap_or(after);
    if let Some(inside) = after.strip_prefix('(')
        && let Some(close) = inside
            .get(..inside.len().min(200))
            .and_then(|i| i.find(')'))
    {
        let words = words_of(&inside[..close]);
        // A long aside in brackets is not an expansion, and trying it letter by letter would be slow.
        if words.len() > letters.len() + 6 {
            return false;
        }
        // Allow a lead-in such as "our" or "the local".
        return (0..words.len().min(3)).any(|k| spells_maybe_with_kind(letters, &words[k..]));
    }
    explained_after(after, letters)
}

/// "a Transfer of Care Hub, which everyone calls the TOCH", "the community reablement offer, known as
/// CRO": the words before "calls", "known as" and the like spell it out.
/// How far back (or on) an expansion is looked for: far more than the longest expansion and its
/// naming words ("known as", "which everyone calls it", "which stands for") need, and a bound, so that
/// an answer on one line with no stops is not split and lower-cased again for every acronym in it
/// (that made `analyse` quadratic: 50 KB in 0.5 s, 2026-12-08).
const LOOK_BACK_BYTES: usize = 400;

/// The end of `before`, at most `LOOK_BACK_BYTES` long, starting on a character boundary.
fn look_back(before: &str) -> &str {
    &before[before.ceil_char_boundary(before.len().saturating_sub(LOOK_BACK_BYTES))..]
}

fn named_before(before: &str, letters: &[char]) -> bool {
    let near = look_back(before);
    let sentence = near
        .rfind(['.', ';', ':', '!', '?', '(', ')', '\n'])
        .map_or(near, |i| &near[i + 1..]);
    let mut words = words_of(sentence);
    // The little words between the naming verb and the acronym: "calls it the", "known as our".
    while words
        .last()
        .is_some_and(|w| ["the", "a", "an", "it", "our", "them"].contains(&w.as_str()))
    {
        words.pop();
    }
    let n = words.len();
    let last = |back: usize| {
        n.checked_sub(back)
            .and_then(|i| words.get(i))
            .map_or("", String::as_str)
    };
    let named = if last(1) == "as" && ["known", "refer", "refers", "referred"].contains(&last(2))
        || last(1) == "to" && ["shortened", "abbreviated"].contains(&last(2))
    {
        n - 2
    } else if ["call", "calls", "called"].contains(&last(1)) {
        n - 1
    } else {
        return false;
    };
    let words = &words[..named];
    let longest = letters.len() + 4;
    // Up to three words between the expansion and the verb: "which everyone", "that we all".
    (words.len().saturating_sub(3)..=words.len())
        .rev()
        .any(|end| {
            (end.saturating_sub(longest)..end)
                .any(|k| spells_maybe_with_kind(letters, &words[k..end]))
        })
}

/// "CLC which is community led conversations", "the MHT, that's the memory hub team": the words
/// after "which is", "that's", "that is", "meaning", "short for" or "stands for" spell it out.
fn explained_after(after: &str, letters: &[char]) -> bool {
    let after = after.trim_start_matches([',', ' ', '\t']);
    // The lead-in and the 200 bytes of expansion read below are all that matter: lower-casing the
    // whole rest of the answer for every acronym made a long answer quadratic.
    let after = after[..after.floor_char_boundary(LOOK_BACK_BYTES)]
        .to_lowercase()
        .replace('’', "'");
    let Some(rest) = [
        "which is ",
        "which are ",
        "that's ",
        "that is ",
        "meaning ",
        "short for ",
        "which stands for ",
        "stands for ",
        "which means ",
    ]
    .iter()
    .find_map(|lead| after.strip_prefix(lead)) else {
        return false;
    };
    let end = rest
        .find(['.', ';', ',', '(', ')', '\n', ':', '?', '!'])
        .unwrap_or(rest.len());
    let words = words_of(&rest[..end.min(200)]);
    let longest = letters.len() + 4;
    // Allow a lead-in such as "the" or "our", and words after the expansion ("... conversations
    // where a worker sees you").
    (0..words.len().min(3)).any(|k| {
        (k + 1..=words.len().min(k + longest))
            .any(|e| spells_maybe_with_kind(letters, &words[k..e]))
    })
}

fn words_of(clause: &str) -> Vec<String> {
    clause
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/' || c == '–')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// True when `words`, all of them, spell `letters`: each word gives its first letter (little linking
/// words may give none), and a word may give more letters from inside it ("Continuing Healthcare" for
/// CHC). Acronyms and expansions are short, so plain backtracking is quick.
fn spells(letters: &[char], words: &[String]) -> bool {
    fn go(letters: &[char], words: &[String]) -> bool {
        let Some((word, rest_words)) = words.split_first() else {
            return letters.is_empty();
        };
        if LINKING.contains(&word.as_str()) && go(letters, rest_words) {
            return true;
        }
        let mut chars = word.chars();
        let (Some(initial), Some((&first, mut rest))) = (chars.next(), letters.split_first())
        else {
            return false;
        };
        if initial != first {
            return false;
        }
        if go(rest, rest_words) {
            return true;
        }
        for c in chars {
            if let Some((&next, after)) = rest.split_first()
                && c == next
            {
                rest = after;
                if go(rest, rest_words) {
                    return true;
                }
            }
        }
        false
    }
    !words.is_empty() && go(letters, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(text: &str) -> Vec<&str> {
        unexplained(&Lexicon::bundled(), text, &[])
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn the_letters_of_a_reference_and_everyday_abbreviations_are_not_flagged() {
        assert_eq!(
            flagged("The file was KR/4410 and the case HB-2025-0093 went to the QPR."),
            vec!["QPR"]
        );
        assert!(
            flagged("Everyone shows photo ID at the door, and LGBT+ carers meet monthly.")
                .is_empty()
        );
    }

    #[test]
    fn national_acronyms_pass_and_local_ones_are_flagged_once() {
        assert_eq!(
            flagged(
                "CQC met the DASS, the ICB and our MARP. The MARP met twice; SARs and DoLS too."
            ),
            vec!["MARP"]
        );
        assert_eq!(
            flagged("PDSWs and PDSW’s support LAS."),
            vec!["PDSWs", "LAS"]
        );
    }

    #[test]
    fn national_benefits_law_and_bodies_known_by_their_letters_pass() {
        // Sentences written for this test: national terms every assessor knows pass, a local one
        // among them is still flagged.
        assert_eq!(
            flagged(
                "She had DLA and NRPF status, a UASC and an ISVA came, the DASH went in, he was on \
                 a CTO with S117 aftercare, the LGSCO and the NMC wrote, the old CCG closed, and \
                 the HRG met."
            ),
            vec!["HRG"]
        );
    }

    #[test]
    fn national_checks_and_conditions_known_by_their_letters_pass() {
        assert_eq!(
            flagged(
                "Every befriender had a DBS check. Her son has MS and OCD, the DVLA took his licence, \
                 HMRC chased the carer, his CKD got worse and the DNACPR was on file; the QRB met."
            ),
            vec!["QRB"]
        );
    }

    #[test]
    fn spelled_out_either_way_counts() {
        assert_eq!(
            flagged("Our Multi-Agency Risk Panel (MARP) meets weekly; MARP has cut delays."),
            Vec::<&str>::new()
        );
        assert_eq!(
            flagged("MARP (multi-agency risk panel) meets weekly, and MARP works."),
            Vec::<&str>::new()
        );
        assert_eq!(
            flagged("The Make the Difference (MTD) model and Continuing Healthcare (CHCX) checks."),
            vec!["CHCX"]
        );
        assert_eq!(
            flagged(
                "University of Gloucestershire (UoG) and Practice Development Social Workers (PDSWs)."
            ),
            Vec::<&str>::new()
        );
        // A lower-case local name with a little word that gives no letter.
        assert_eq!(
            flagged("I set up a lessons from audits panel (LAP), and the LAP meets monthly."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn spelled_out_after_which_is_or_thats_counts() {
        assert!(flagged("We moved to what we call FCP which is family circle planning where a worker visits.").is_empty());
        assert!(flagged("She went to the MHT, that's the memory hub team, on Fridays.").is_empty());
        assert!(flagged("The RAP, short for rapid assessment pathway, opened in May.").is_empty());
        // Words after "which is" that do not spell it leave it flagged.
        assert_eq!(
            flagged("The FCP which is working well has a waiting list."),
            vec!["FCP"]
        );
    }

    #[test]
    fn spelled_out_before_the_word_for_its_kind_counts() {
        assert_eq!(
            flagged("We fund a carers reach out scheme (CRO), and CRO workers visit weekly."),
            Vec::<&str>::new()
        );
        assert_eq!(
            flagged("The WSR (weekend safety review meeting) and the Rapid Help Line team (RHL)."),
            Vec::<&str>::new()
        );
        assert_eq!(
            flagged("A weekly list (TAR) and a carers scheme (CRO)."),
            vec!["TAR", "CRO"],
            "the kind word alone spells nothing"
        );
    }

    #[test]
    fn everyday_shorthand_needs_no_spelling_out() {
        assert_eq!(
            flagged(
                "Two tenants moved from B&Bs into HMOs; the PCSO checked the CCTV and swapped the SIM."
            ),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn used_before_it_is_spelled_out_is_still_flagged() {
        assert_eq!(
            flagged("MARP helps. Our Multi-Agency Risk Panel (MARP) meets weekly."),
            vec!["MARP"]
        );
    }

    #[test]
    fn headings_in_capitals_are_not_acronyms() {
        assert_eq!(
            flagged(
                "2) LEGISLATION AND SOCIAL CARE REFORM\nIn other words, \"SHOW GRIP.\" PART 1: results"
            ),
            Vec::<&str>::new()
        );
        assert_eq!(
            flagged("Our ASC R&R team"),
            vec!["R&R"],
            "next to a known acronym is no heading"
        );
    }

    #[test]
    fn a_possessive_is_flagged_as_the_bare_acronym() {
        assert_eq!(
            flagged("The HRP's report and the HRP’s minutes went to the board."),
            vec!["HRP"]
        );
    }

    #[test]
    fn a_local_name_cased_its_own_way_is_not_the_national_term() {
        assert_eq!(
            flagged("Claims for PIP rose, and the PiP group met; DoLS and DOLS cases fell."),
            vec!["PiP"]
        );
    }

    #[test]
    fn spelled_out_after_the_word_for_its_kind_counts() {
        assert_eq!(
            flagged("We opened the SHORE team (Support at Home, Outreach and Rapid Enablement)."),
            Vec::<&str>::new()
        );
        assert_eq!(
            flagged("We opened the SHORE team (with the housing department)."),
            vec!["SHORE"]
        );
    }

    #[test]
    fn spelled_out_before_what_everyone_calls_it_counts() {
        assert!(
            flagged(
                "We run a Discharge Planning Huddle, which everyone calls the DPH, each morning."
            )
            .is_empty()
        );
        assert!(flagged("The carers respite offer, known as CRO, doubled.").is_empty());
        assert!(flagged("Our weekly risk meeting, shortened to WRM, is chaired by me.").is_empty());
        assert_eq!(
            flagged("The new panel, which everyone calls the DPH, meets each morning."),
            vec!["DPH"],
            "words before that do not spell it leave it flagged"
        );
    }

    #[test]
    fn an_expansion_is_found_near_its_acronym_however_long_the_answer_on_one_line() {
        // A transcript with no stops: the reading looks only a short way either side of each
        // acronym, and must still find the expansion said with it, and still flag one never said.
        let filler = "and we went out to see people at home and ".repeat(80);
        let said = format!(
            "{filler}the carers respite offer known as CRO doubled and the CRO went well {filler}then the RRG met"
        );
        assert_eq!(flagged(&said), vec!["RRG"]);
        let after = format!("{filler}we set up the MHT which is the memory hub team {filler}");
        assert!(flagged(&after).is_empty());
    }

    #[test]
    fn emphasis_roads_and_names_are_not_acronyms() {
        assert_eq!(
            flagged("This has NOT been done on the A38 or in NE1 by McGowan or O'Brien."),
            Vec::<&str>::new()
        );
    }
}
