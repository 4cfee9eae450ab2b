//! Numbers as figures: whisper.cpp writes some in words and some half in words ("200 and 10",
//! "two hundred and ten", "forty-five"), and an answer's figures read, and are coached, best as
//! figures. Single numbers below ten stay words ("one of the teams", "two managers"), as in
//! British plain-English style; a lone figure is left as it came.

use crate::text::number_value;

/// `text` with its spoken numbers written as figures.
pub fn as_figures(text: &str) -> String {
    let tokens = tokenise(text);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < tokens.len() {
        if let Some((value, end)) = number_at(&tokens, i) {
            let words: Vec<&Token> = tokens[i..end]
                .iter()
                .filter(|t| !matches!(t, Token::Gap(_)))
                .collect();
            // One word below ten, or one figure alone: as it came.
            let alone = words.len() == 1;
            let keep = alone && (matches!(words[0], Token::Figure(_)) || value < 10);
            if !keep {
                out.push_str(&figures(value));
                i = end;
                continue;
            }
        }
        out.push_str(tokens[i].text());
        i += 1;
    }
    out
}

#[derive(Debug)]
enum Token<'a> {
    /// A run of letters.
    Word(&'a str),
    /// A run of digits, with commas between groups ("1,200").
    Figure(&'a str),
    /// Anything else: spaces, hyphens, punctuation.
    Gap(&'a str),
}

impl<'a> Token<'a> {
    fn text(&self) -> &'a str {
        match self {
            Token::Word(s) | Token::Figure(s) | Token::Gap(s) => s,
        }
    }
}

fn tokenise(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        let kind = |c: char| {
            if c.is_alphabetic() {
                0
            } else if c.is_ascii_digit() {
                1
            } else {
                2
            }
        };
        let this = kind(c);
        let mut j = k + 1;
        while j < chars.len() {
            let (_, d) = chars[j];
            // "1,200": a comma with three digits after it stays inside the figure.
            let comma_group = this == 1
                && d == ','
                && chars[j + 1..]
                    .iter()
                    .take(3)
                    .filter(|(_, x)| x.is_ascii_digit())
                    .count()
                    == 3
                && chars.get(j + 4).is_none_or(|(_, x)| !x.is_ascii_digit());
            if kind(d) == this && (this != 2 || d == c) || comma_group {
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(text.len(), |(e, _)| *e);
        let s = &text[at..end];
        tokens.push(match this {
            0 => Token::Word(s),
            1 => Token::Figure(s),
            _ => Token::Gap(s),
        });
        k = j;
    }
    tokens
}

/// The value of a number word below a hundred ("seven", "forty"): a unit, a teen or a tens word from
/// the one list of number words, never a run-together "fiftytwo" (the tidy joins "fifty two" itself).
fn small(word: &str) -> Option<u64> {
    number_value(&word.to_lowercase())
        .filter(|v| *v < 20.0 || (*v < 100.0 && v % 10.0 == 0.0))
        .map(|v| v as u64)
}

fn scale(word: &str) -> Option<u64> {
    match word.to_lowercase().as_str() {
        "hundred" => Some(100),
        "thousand" => Some(1_000),
        "million" => Some(1_000_000),
        _ => None,
    }
}

/// A figure's value, commas allowed ("1,200"); none past what a u64 holds.
fn figure(s: &str) -> Option<u64> {
    s.replace(',', "").parse().ok()
}

/// The number starting at token `i`, and the token after its end, when one starts there.
fn number_at(tokens: &[Token], i: usize) -> Option<(u64, usize)> {
    // The total of finished thousands and millions, and the part below the last of them.
    let (mut total, mut current) = (0u64, None::<u64>);
    let mut end = i;
    let mut k = i;
    // Figures join only through "and" ("200 and 10"): "20 5" is two numbers.
    let (mut last_figure, mut and_since) = (false, false);
    // Where the number ended before the part after its last thousand or million began.
    let mut before_part = i;
    // "and" or a gap waits to be taken until a number part follows it.
    while k < tokens.len() {
        let token = &tokens[k];
        let next_value = match token {
            Token::Word(w) if scale(w).is_some() => {
                let s = scale(w)?;
                let Some(c) = current else { break };
                if s == 100 {
                    if c >= 100 || c == 0 {
                        break;
                    }
                    current = Some(c * 100);
                } else {
                    let scaled = c.checked_mul(s)?;
                    if total != 0 && total < scaled {
                        // "5 thousand ten thousand": the number ends before "ten", which starts
                        // the next one.
                        return (total > 0).then_some((total, before_part));
                    }
                    total = total.checked_add(scaled)?;
                    current = Some(0);
                    before_part = k + 1;
                }
                end = k + 1;
                k += 1;
                continue;
            }
            Token::Word(w) => small(w),
            Token::Figure(f) => figure(f).filter(|n| *n < 1_000 || current.is_none()),
            Token::Gap(_) => None,
        };
        let Some(n) = next_value else {
            // A space or a hyphen between parts, or "and" after hundreds or thousands.
            let joins = match token {
                Token::Gap(g) => g.chars().all(|c| c == ' ' || c == '-') && current.is_some(),
                Token::Word(w) => {
                    w.eq_ignore_ascii_case("and")
                        && current.is_some_and(|c| c % 100 == 0 && (c > 0 || total > 0))
                        && !(last_figure && current.is_some_and(|c| c >= 1_000))
                }
                Token::Figure(_) => false,
            };
            if joins {
                and_since |= matches!(token, Token::Word(_));
                k += 1;
                continue;
            }
            break;
        };
        let is_figure = matches!(token, Token::Figure(_));
        if (last_figure || is_figure) && current.is_some() && !and_since {
            break;
        }
        match current {
            None => current = Some(n),
            // "twenty five", "200 and 10", "two hundred and ten": a smaller part fills the
            // places left empty; anything else is a new number.
            Some(c)
                if (c % 100 == 0 && n < 100 && (c > 0 || total > 0))
                    || (c % 10 == 0 && c % 100 >= 20 && n < 10 && n > 0) =>
            {
                current = Some(c + n);
            }
            Some(_) => break,
        }
        last_figure = is_figure;
        and_since = false;
        end = k + 1;
        k += 1;
    }
    let value = total.checked_add(current?)?;
    (end > i).then_some((value, end))
}

/// A number as figures, with commas from ten thousand up ("2026", "12,500").
fn figures(n: u64) -> String {
    let digits = n.to_string();
    if n < 10_000 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::as_figures;

    #[test]
    fn numbers_said_in_words_or_half_in_words_become_figures() {
        for (said, written) in [
            ("from 200 and 10 to 40", "from 210 to 40"),
            ("two hundred and ten cases", "210 cases"),
            ("Forty-five days, then twelve.", "45 days, then 12."),
            ("about 3 thousand carers", "about 3000 carers"),
            ("twenty five thousand pounds", "25,000 pounds"),
            ("one hundred and one", "101"),
            ("two thousand and twenty six", "2026"),
        ] {
            assert_eq!(as_figures(said), written, "{said}");
        }
    }

    #[test]
    fn small_numbers_lone_figures_and_other_words_are_left_as_they_came() {
        for same in [
            "one of the teams had two managers",
            "in 2026 we saw 1,200 people and 40 of them",
            "we met 3 times and 4 times",
            "and then ten and",
            "nine",
            "",
            "1, 2, 3",
            "a hundred and 20 visits",
            "20 5 and 200 10",
            "we saw 1,200 and 10 of them",
        ] {
            assert_eq!(as_figures(same), same.replace("ten", "10"), "{same}");
        }
    }
}
