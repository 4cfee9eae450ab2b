//! British spellings of the American ones whisper.cpp writes most in answers about social care:
//! "-ize" and "-yze" words, "center", "behavior", "program" and the like. Only whole words change,
//! keeping their capitals; a word not known here is left as it was said.

/// `text` with the common American spellings made British.
pub fn british(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            out.push_str(&respell(&word));
            word.clear();
            out.push(c);
        }
    }
    out.push_str(&respell(&word));
    out
}

/// One word, British, in the same case as it came.
fn respell(word: &str) -> String {
    let lower = word.to_lowercase();
    let Some(british) = british_of(&lower) else {
        return word.to_string();
    };
    if word.chars().all(|c| c.is_uppercase()) && word.chars().count() > 1 {
        british.to_uppercase()
    } else if word.chars().next().is_some_and(char::is_uppercase) {
        let mut chars = british.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        british
    }
}

/// Whole words spelt differently, with the endings they take.
const WORDS: &[(&str, &str)] = &[
    ("center", "centre"),
    ("centered", "centred"),
    ("behavior", "behaviour"),
    ("behavioral", "behavioural"),
    ("color", "colour"),
    ("favor", "favour"),
    ("favorite", "favourite"),
    ("honor", "honour"),
    ("labor", "labour"),
    ("neighbor", "neighbour"),
    ("neighborhood", "neighbourhood"),
    ("program", "programme"),
    ("counselor", "counsellor"),
    ("counseling", "counselling"),
    ("modeling", "modelling"),
    ("traveled", "travelled"),
    ("traveling", "travelling"),
    ("canceled", "cancelled"),
    ("fulfill", "fulfil"),
    ("enroll", "enrol"),
    ("defense", "defence"),
    ("offense", "offence"),
    ("pediatric", "paediatric"),
    ("pediatrics", "paediatrics"),
    ("fetal", "foetal"),
    ("maneuver", "manoeuvre"),
    ("catalog", "catalogue"),
    ("dialog", "dialogue"),
    ("gray", "grey"),
    ("mold", "mould"),
    ("skeptical", "sceptical"),
];

/// Words ending "-ize" that are spelt so in British English too ("size", "seize", "prize").
const IZE_AS_IS: &[&str] = &[
    "size",
    "sized",
    "sizes",
    "sizing",
    "seize",
    "seized",
    "seizes",
    "seizing",
    "seizure",
    "prize",
    "prized",
    "prizes",
    "capsize",
    "capsized",
    "downsize",
    "downsized",
    "downsizing",
    "oversize",
    "oversized",
    "resize",
    "resized",
    "outsize",
    "baize",
    "maize",
];

/// The British spelling of a lower-case word, when it differs.
fn british_of(lower: &str) -> Option<String> {
    if let Some((_, british)) = WORDS.iter().find(|(us, _)| *us == lower) {
        return Some((*british).to_string());
    }
    // Plurals of the whole words: "centers", "programs", "behaviors".
    if let Some(stem) = lower.strip_suffix('s')
        && let Some((_, british)) = WORDS.iter().find(|(us, _)| *us == stem)
    {
        return Some(format!("{british}s"));
    }
    if IZE_AS_IS.contains(&lower) || lower.len() < 6 {
        return None;
    }
    // "organize", "authorization", "recognized", "analyze": -iz-/-yz- before these endings.
    for (us, uk) in [
        ("izations", "isations"),
        ("ization", "isation"),
        ("izing", "ising"),
        ("izers", "isers"),
        ("izer", "iser"),
        ("izes", "ises"),
        ("ized", "ised"),
        ("ize", "ise"),
        ("yzing", "ysing"),
        ("yzed", "ysed"),
        ("yzes", "yses"),
        ("yze", "yse"),
    ] {
        if let Some(stem) = lower.strip_suffix(us) {
            return Some(format!("{stem}{uk}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::british;

    #[test]
    fn american_spellings_become_british_keeping_capitals() {
        assert_eq!(
            british("We prioritized the authorizations and Organized a program at the center."),
            "We prioritised the authorisations and Organised a programme at the centre."
        );
        assert_eq!(
            british("Their behaviors were analyzed by the counselor; CENTERS agreed."),
            "Their behaviours were analysed by the counsellor; CENTRES agreed."
        );
    }

    #[test]
    fn words_british_english_spells_the_same_are_left_alone() {
        for same in [
            "The size of the caseload seized up; a prize for the team.",
            "We recognise the organisation's centre.",
            "Citizens were downsized? No.",
            "",
        ] {
            assert_eq!(british(same), same);
        }
    }
}
