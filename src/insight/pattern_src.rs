//! The fixed patterns of the insight checks, as regular-expression sources, in one place.
//!
//! Compiling these at run time cost most of a short `analyse` (about 100 M instructions of 115 M, issue
//! 17). `build.rs` (build/patterns.rs) now compiles each into a DFA at build time and the binary
//! carries the tables; [`super::pattern::Pattern`] searches them, with nothing compiled at run time.
//! A test compiles each source with the `regex` crate too and checks both find the same matches.
//!
//! Digits are ASCII (`[0-9]`): a digit from another script is no figure a PSW types, and it made the
//! tables several times larger. Word boundaries are ASCII, as they were.

/// Month names and their usual short forms, longest first so "March" wins over "Mar".
pub const MONTHS: &str = "January|February|March|April|May|June|July|August|September|\
October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

/// A number as people write them: "1,250", "6.5", "96".
const NUM: &str = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)";
const PER: &str = r"(?:[ \t]*%|[ \t]*per[ \t]*cent)";
/// Words that soften or frame a figure without changing it: "about 40", "an average of six".
const ABOUT: &str = r"(?:(?:about|around|over|under|nearly|almost|roughly|some|just[ \t]+(?:over|under)|(?:an|the)[ \t]+(?:average|median)[ \t]+of)\s+)?";
/// Every number from one to ninety-nine in words ("fourteen", "sixty", "twenty-five"): a figure said
/// aloud is as much a figure as one typed, and a transcript gives them all.
macro_rules! number_words {
    () => {
        r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine)(?-u:\b))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    };
}
/// An amount in words: "fell to none", "down from twelve".
const NUM_WORD: &str = concat!(
    r"(?:none|zero|nil|nobody|no\s+one|",
    number_words!(),
    r"|a\s+hundred|half|a\s+(?:quarter|third|fifth|tenth))"
);
/// An amount a trend may start or end at in words: "from a handful to around 30", "from about two a
/// month to fourteen".
const AMOUNT_WORD: &str = concat!(
    r"(?:a\s+handful|a\s+few|a\s+couple|a\s+dozen|none|",
    number_words!(),
    r"|a\s+hundred|half)"
);
/// The part of a year a before is dated by, which takes more words than the gap a trend otherwise
/// allows: "from 14 in the first quarter of 2024 to 2", "from 30 in the second half of last year to 9".
const PART_OF_YEAR: &str = r"(?:[ \t]+in[ \t]+the[ \t]+(?:first|second|third|fourth|last|final|same|previous)[ \t]+(?:quarter|half|month|week|year)(?:[ \t]+of[ \t]+(?:(?:19|20)[0-9]{2}|last[ \t]+year|the[ \t]+year))?)";

/// Units a compared figure may carry.
const UNIT: &str = r"(?:[ \t]+(?:weeks?|days?|months?|hours?|years?|minutes?|people|cases))?";

/// The last word of a street name. "Dr" and "End" are left out: they are far more often a title or
/// "Year End" than a street.
const STREET_WORDS: &str = "Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Way|Crescent|Cres|\
Court|Ct|Gardens|Gdns|Place|Pl|Terrace|Grove|Hill|Square|Sq|Row|Walk|Rise|View|Park|Mews|Parade|\
Green|Vale|Gate|Wharf|Yard|Fields|Villas|Cottages|Boulevard|Broadway|Meadow|Meadows|Chase|Croft|\
Bank|Brow|Fold|Garth|Wynd|Nook|Mount|Dale|Quay|Approach|Hey|Heys|Leys|Grange";

/// The last word of a named block of homes: "Carmody House", "Linden Court", "Marsh Heights".
const BUILDING_WORDS: &str = "House|Court|Lodge|Mansions|Tower|Towers|Heights|Buildings|Hall|Point";

/// Every pattern by name: the name of its `static` in the generated code, and its source.
pub fn sources() -> Vec<(&'static str, String)> {
    vec![
        // "We have a transitions protocol": what exists, said where what was done is wanted.
        (
            "HAVE_A",
            r"(?i)(?-u:\b)(?:(?:we|I)['’]ve|(?:we|I|the team|our team|my team|the council|the service)\s+(?:now\s+|also\s+|already\s+|still\s+)?(?:have|has))\s+(?:got\s+)?(?:a|an|the|our|some|several|two|three|four|five|[0-9]+)(?-u:\b)".to_string(),
        ),
        // Spoken fillers. "Like" is one only where it leans on nothing (checked in code).
        (
            "FILLER",
            r"(?i)(?-u:\b)(?:um+|uh+|er+m*|you\s+know|I\s+mean|like)(?-u:\b)".to_string(),
        ),
        // When a next step will happen: a date, a month, a season or a span ("by March", "next
        // year", "in the coming months", "within six weeks", "from April", "every quarter",
        // "before Easter", "after the summer", "in the new year"). A season or feast is a when
        // after any lead ("in the autumn", "over the summer", "at Easter", "by Easter"), as is a
        // half year ("in the second half of the year") and "the end of the financial year".
        (
            "WHEN",
            format!(
                r"(?i)(?-u:\b)(?:by\s+(?:the\s+end\s+of\s+)?(?:the\s+)?(?:next|this|spring|summer|autumn|winter|christmas|easter|new\s+year|(?-i:{MONTHS})|[0-9])|next\s+(?:year|month|week|quarter|spring|summer|autumn|winter|(?:financial|academic|school)\s+year)|this\s+(?:year|month|week|quarter|spring|summer|autumn|winter|financial\s+year)|(?:in|over)\s+the\s+(?:coming|next)\s+[a-z0-9]+|within\s+(?:the\s+(?:next|coming)\s+)?(?:[a-z0-9]+\s+)?(?:weeks?|months?|days?|years?)|from\s+(?:next|(?-i:{MONTHS})|[0-9])|(?:before|after)\s+(?:the\s+)?(?:easter|christmas|new\s+year|spring|summer|autumn|winter)|the\s+new\s+(?:financial\s+)?year|(?:in|over|during|through|at)\s+(?:the\s+)?(?:spring|summer|autumn|winter|easter|christmas)|(?:first|second)\s+half\s+of\s+(?:the\s+|next\s+|this\s+)?(?:financial\s+)?year|(?:19|20)[0-9]{{2}}|later\s+this\s+[a-z]+|(?:end|start)\s+of\s+(?:the\s+)?(?:financial\s+)?(?:year|month|quarter)|every\s+(?:week|month|quarter|year|[a-z]+\s+(?:weeks|months))|weekly|monthly|quarterly|annually|(?-i:(?:{MONTHS})))(?-u:\b)"
            ),
        ),
        // "a man in his seventies who", "a young carer whose", "a woman of eighty-eight", "an autistic
        // young man whose", "a mother who uses a wheelchair": one person, described by age, condition
        // or what marks them out as a case is told (a rule speaks of "a person who needs care").
        (
            "EXAMPLE_PERSON",
            r"(?i)(?-u:\b)(?:a|an|one)\s+(?:(?:young|older|elderly|disabled|autistic|deaf|blind|local|single|Black|Asian|trans|retired)\s+){0,2}(?:man|woman|gentleman|lady|person|carer|family|couple|mum|mother|dad|father|daughter|son|resident|tenant|client|husband|wife|brother|sister|girl|boy|grandmother|grandfather|widow|widower)\s+(?:in\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+|mid-)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[0-9]{2}s)|aged\s+(?:about\s+|around\s+|over\s+|under\s+)?[0-9]+|(?:of|aged)\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|of\s+[0-9]+|who\s+(?:had|has|was|is|lives|lived|told|rang|came|wanted|needed|used|uses\s+a\s+wheelchair)|whose|was|had\s+been|with\s+(?:autism|down['’]?s\s+syndrome|cerebral\s+palsy|epilepsy|(?:a\s+)?spinal\s+injury|huntington['’]s|dementia|(?:a\s+)?learning\s+disabilit(?:y|ies)|(?:a\s+)?brain\s+injury|multiple\s+sclerosis|parkinson['’]s|motor\s+neurone\s+disease|(?:a\s+)?stroke|sight\s+loss|hearing\s+loss|(?:severe\s+)?mental\s+illness|schizophrenia|complex\s+needs))(?-u:\b)".to_string(),
        ),
        // One relative or person doing something, as a story is told: "her daughter rang", "the son
        // emailed", "I visited a woman", "one carer told us".
        (
            "PERSON_ACTS",
            r"(?i)(?-u:\b)(?:(?:the|her|his|their)\s+(?:daughter|son|wife|husband|mum|mother|dad|father|sister|brother|niece|nephew|grandson|granddaughter|partner)|(?:visited|met|saw|phoned|rang|called|spoke\s+to)\s+(?:a|an|one)\s+(?:man|woman|gentleman|lady|carer|family|young\s+(?:man|woman|person)|person|resident|tenant))(?:\s+(?:lives|lived|rang|rings|called|calls|asked|asks|told|tells|said|says|emailed|wrote|came|went|waited|needed|wanted|at|in\s+(?:his|her)))(?-u:\b)".to_string(),
        ),
        // "now", "today", "currently": a new state when the clause goes on to say it.
        (
            "NOW_WORD",
            r"(?i)(?-u:\b)(?:now|today|currently|at\s+present|these\s+days|nowadays)(?-u:\b)"
                .to_string(),
        ),
        // Evidence: "from 78% to 90%", "down from 14 weeks to 6".
        (
            "TREND",
            format!(
                r"(?i)(?-u:\b)(?:(?:down|up|rising|falling|fell|rose|increased|decreased|reduced|dropped|grew|improved|gone\s+(?:up|down)|come\s+down)\s+)?from\s+{ABOUT}(?P<a>{NUM})(?-u:\b)(?P<ap>{PER})?{PART_OF_YEAR}?(?:[ \t]+[0-9A-Za-z_'’/.-]+){{0,4}}?\s+to\s+{ABOUT}(?P<b>{NUM})(?-u:\b)(?P<bp>{PER})?(?:[ \t]+(?:weeks?|days?|months?|hours?|people|cases))?"
            ),
        ),
        // One side of a trend said with its direction: "up from 78%", "fallen to 6 weeks", "up 30%",
        // "fell to none", "30% more".
        (
            "TREND_ONE_SIDED",
            format!(
                r"(?i)(?-u:\b)(?:(?:(?:down|up)\s+from|(?:fallen|fell|dropped|reduced|decreased|come\s+down|came\s+down|gone\s+down|went\s+down|risen|rose|increased|grown|gone\s+up|went\s+up|improved|cut)\s+(?:by|to))\s+{ABOUT}(?:{NUM}(?-u:\b){PER}?|{NUM_WORD}(?-u:\b))(?:[ \t]+(?:weeks?|days?|months?|hours?))?|(?:up|down)\s+(?:by\s+)?{ABOUT}{NUM}(?-u:\b){PER}|{NUM}(?-u:\b){PER}\s+(?:more|fewer|higher|lower|less)(?-u:\b)|(?:{NUM}|{NUM_WORD})(?-u:\b)\s+(?:pounds|weeks?|days?|hours?|minutes?|months?|people|points)\s+(?:fewer|higher|lower|less|sooner|quicker|faster|shorter|cheaper)(?-u:\b))"
            ),
        ),
        // A figure set against an earlier one: "against nine the quarter before", "against 52% a
        // year earlier", "against an average of three weeks before", "against I think it was six
        // the year before" (that softener is the old figure's, not the change's), "against eleven
        // calls in the first half of the year".
        (
            "AGAINST_BEFORE",
            format!(
                r"(?i)(?-u:\b)against\s+(?:(?:an?|the)\s+(?:average|median|mean|total)\s+of\s+|I\s+think\s+(?:it\s+)?(?:was|were)\s+)?{ABOUT}(?:{NUM}(?-u:\b){PER}?|{NUM_WORD}(?-u:\b))(?:\s+[A-Za-z0-9'’]+){{0,4}}?\s+(?:before|previously|earlier|ago|last\s+year|in\s+(?:19|20)[0-9]{{2}}|in\s+the\s+(?:first|previous|same|preceding)(?-u:\b))(?-u:\b)"
            ),
        ),
        // A figure set against another: "in 2 days instead of 3 weeks", "9% compared with 24%".
        (
            "COMPARED",
            format!(
                r"(?i)(?-u:\b){ABOUT}(?P<a>{NUM})(?-u:\b)(?P<ap>{PER})?{UNIT}\s+(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|as\s+against)\s+{ABOUT}(?P<b>{NUM})(?-u:\b)(?P<bp>{PER})?{UNIT}"
            ),
        ),
        // A trend told in words on one side: "from a handful to around 30", "from about two a month
        // to fourteen".
        (
            "TREND_WORDS",
            format!(
                r"(?i)(?-u:\b)from\s+{ABOUT}{AMOUNT_WORD}(?-u:\b)(?:[ \t]+[A-Za-z]+){{0,3}}?\s+to\s+{ABOUT}(?:{NUM}|{AMOUNT_WORD})(?-u:\b)"
            ),
        ),
        // An after set against a before in other words: "is down to two", "down to no falls this
        // year", "40 fewer than last year",
        // "compared with 1 in 4 last year", "better than last year's 35 of 44".
        (
            "TREND_AGAINST_LAST",
            format!(
                r"(?i)(?-u:\b)(?:down\s+to\s+(?:{ABOUT}(?:{NUM}|{AMOUNT_WORD})|no\s+[a-z]+)(?-u:\b)|{NUM}(?-u:\b)\s+(?:more|fewer|higher|lower|less)\s+than\s+(?:last|the\s+previous|a\s+year\s+ago)(?-u:\b)|compared\s+(?:with|to)\s+{ABOUT}{NUM}(?-u:\b)(?:\s+[A-Za-z0-9]+){{0,3}}?\s+(?:before|previously|earlier|ago|last\s+year)(?-u:\b)|than\s+last\s+year['’]s\s+{NUM}(?-u:\b))"
            ),
        ),
        ("PERCENTAGE", format!(r"(?i)(?-u:\b){NUM}(?-u:\b){PER}")),
        // "2019/20", "2021-2023": financial years and spans of years.
        (
            "YEAR_SPAN",
            r"(?-u:\b)(?:19|20)[0-9]{2}[/-](?:(?:19|20)[0-9]{2}|[0-9]{2})(?-u:\b)".to_string(),
        ),
        (
            "NUMERIC_DATE",
            r"(?-u:\b)[0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{4}|[0-9]{2})(?-u:\b)".to_string(),
        ),
        // Month names need their capital, so "may" the verb is not taken for May.
        (
            "MONTH_DATE",
            format!(
                r"(?-u:\b)(?:[0-9]{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?)?(?:{MONTHS})(?-u:\b)(?:[ \t]+[0-9]{{1,2}}(?:st|nd|rd|th)?,?(?-u:\b))?(?:[ \t]+(?:19|20)[0-9]{{2}}(?-u:\b))?"
            ),
        ),
        ("NUMBER", format!(r"(?-u:\b){NUM}(?-u:\b)")),
        ("YEAR", r"(?-u:\b)(?:19|20)[0-9]{2}".to_string()),
        // A phone number given with its country code: "+61 412 555 019", "0033 6 12 34 56 78".
        (
            "INTERNATIONAL_PHONE",
            r"(?:\+|(?-u:\b)00)[1-9][0-9]{0,2}(?:[ -]?\(0\))?(?:[ -]?[0-9]{1,5}){2,6}(?-u:\b)"
                .to_string(),
        ),
        // Words that say a name is made up: "a fictional Mr Bean", "a made-up case, Mrs Tiggy".
        (
            "MADE_UP",
            r"(?i)(?-u:\b)(?:fictional|fictitious|made[- ]up|invented|pretend|imaginary|character|cartoon|persona)(?-u:\b)".to_string(),
        ),
        (
            "EMAIL",
            r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}".to_string(),
        ),
        (
            "NHS_NUMBER",
            r"(?-u:\b)(?:[0-9]{3} [0-9]{3} [0-9]{4}|[0-9]{3}-[0-9]{3}-[0-9]{4}|[0-9]{10})(?-u:\b)"
                .to_string(),
        ),
        // A run that might be a phone number: "+44" or "0" then digits in groups.
        (
            "PHONE_RUN",
            r"(?:\+44|\(0|0)[0-9()-]*(?:[ ][0-9()-]*[0-9])*".to_string(),
        ),
        (
            "POSTCODE",
            r"(?-u:\b)(?P<out>[A-Za-z]{1,2}[0-9][A-Za-z0-9]?)[ \t]?(?P<in>[0-9][A-Za-z]{2})(?-u:\b)"
                .to_string(),
        ),
        // "12 Acacia Road", "Flat 3, 27 Mill Lane", "4a St John's Close"; and a home in a named
        // building with no street number, "Flat 6, Carmody House" ("Room 3, Mary Seacole House" is
        // more often a meeting room than a home, so only a flat or an apartment counts there).
        (
            "ADDRESS",
            format!(
                r"(?-u:\b)(?:(?:(?:Flat|Apartment|Apt\.?|Unit|Room)[ \t]+[0-9]{{1,4}}[A-Za-z]?,?[ \t]+)?(?P<num>[0-9]{{1,3}}[A-Za-z]?)(?:-[0-9]{{1,3}})?,?[ \t]+(?:[A-Z][A-Za-z'’-]+[ \t]+){{1,3}}(?:{STREET_WORDS})|(?:Flat|Apartment|Apt\.?)[ \t]+[0-9]{{1,4}}[A-Za-z]?,?[ \t]+(?:[A-Z][A-Za-z'’-]+[ \t]+){{1,3}}(?:{BUILDING_WORDS}))(?-u:\b)"
            ),
        ),
        // A date in figures, for dates of birth: "3/5/1941", "03.05.41".
        (
            "BIRTH_NUMERIC_DATE",
            r"(?-u:\b)(?P<d>[0-9]{1,2})(?P<s1>[/.-])(?P<m>[0-9]{1,2})(?P<s2>[/.-])(?P<y>[0-9]{4}|[0-9]{2})(?-u:\b)".to_string(),
        ),
        (
            "WORD_DATE",
            format!(
                r"(?i)(?-u:\b)(?:[0-9]{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{MONTHS})\.?,?[ \t]+(?P<y1>[0-9]{{4}})|(?:{MONTHS})\.?[ \t]+[0-9]{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?P<y2>[0-9]{{4}}))(?-u:\b)"
            ),
        ),
        // A full stop only ends a sentence before a space, so "6.86" and "gov.uk" stay whole.
        ("SENTENCE_END", r"[.!?]+(?:\s+|$)|\n".to_string()),
        // A word with a capital, or one in lower case with capitals later ("eMAR").
        (
            "ACRONYM_TOKEN",
            r"(?-u:\b)(?:[A-Z][A-Za-z0-9&+]*|[a-z][a-z]?[A-Z][A-Za-z0-9&+]*)(?:['’]s)?".to_string(),
        ),
    ]
}
