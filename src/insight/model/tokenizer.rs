//! BERT's uncased WordPiece tokenizer, as all-MiniLM-L6-v2 was trained with it: clean the text,
//! lower-case it and drop accents, split at spaces and punctuation, then cut each word into the
//! longest pieces the vocabulary holds ("safeguarding" is "safeguarding"; "reablement" is "re",
//! "##able", "##ment").

use std::collections::HashMap;

/// The model reads at most this many tokens, [CLS] and [SEP] included, as sentence-transformers does.
pub const MAX_TOKENS: usize = 256;
/// A longer word is one unknown token, as in BERT.
const MAX_WORD_CHARS: usize = 100;

pub struct Vocab {
    ids: HashMap<String, u32>,
    unk: u32,
    cls: u32,
    sep: u32,
}

impl Vocab {
    /// One token a line, its id the line's number (BERT's vocab.txt).
    pub fn from_lines(text: &str) -> Result<Vocab, String> {
        let ids: HashMap<String, u32> = text
            .lines()
            .enumerate()
            .map(|(i, t)| (t.to_string(), i as u32))
            .collect();
        let id = |t: &str| {
            ids.get(t)
                .copied()
                .ok_or_else(|| format!("the vocabulary has no {t}"))
        };
        Ok(Vocab {
            unk: id("[UNK]")?,
            cls: id("[CLS]")?,
            sep: id("[SEP]")?,
            ids,
        })
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// [CLS], the word pieces (cut at MAX_TOKENS - 2), [SEP].
    pub fn encode(&self, text: &str) -> Vec<u32> {
        let mut out = vec![self.cls];
        for word in words(text) {
            self.pieces(&word, &mut out);
            if out.len() >= MAX_TOKENS - 1 {
                break;
            }
        }
        out.truncate(MAX_TOKENS - 1);
        out.push(self.sep);
        out
    }

    fn pieces(&self, word: &str, out: &mut Vec<u32>) {
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        if chars.len() > MAX_WORD_CHARS {
            out.push(self.unk);
            return;
        }
        let mut found = Vec::new();
        let mut start = 0;
        while start < chars.len() {
            let from = chars[start].0;
            let mut end = chars.len();
            let mut hit = None;
            while end > start {
                let to = chars.get(end).map_or(word.len(), |&(b, _)| b);
                let piece = if start == 0 {
                    word[from..to].to_string()
                } else {
                    format!("##{}", &word[from..to])
                };
                if let Some(&id) = self.ids.get(&piece) {
                    hit = Some(id);
                    break;
                }
                end -= 1;
            }
            match hit {
                Some(id) => {
                    found.push(id);
                    start = end;
                }
                None => {
                    out.push(self.unk);
                    return;
                }
            }
        }
        out.extend(found);
    }
}

/// Lower-cased, accent-free words and single punctuation marks, in order.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c == '\0' || c == '\u{fffd}' || (c.is_control() && !c.is_whitespace()) {
            continue;
        }
        if c.is_whitespace() {
            flush(&mut word, &mut out);
        } else if is_punctuation(c) || is_cjk(c) {
            flush(&mut word, &mut out);
            out.push(c.to_string());
        } else {
            for l in c.to_lowercase() {
                if let Some(base) = without_accent(l) {
                    word.push(base);
                }
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

fn flush(word: &mut String, out: &mut Vec<String>) {
    if !word.is_empty() {
        out.push(std::mem::take(word));
    }
}

/// BERT's test: ASCII punctuation and symbols, and Unicode punctuation. Without Unicode's category
/// tables, the general punctuation block (dashes, curly quotes, ellipsis) and Latin-1's marks stand
/// for the rest; answers are English prose, where no other punctuation turns up.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '\u{a1}' | '\u{a7}' | '\u{ab}' | '\u{b6}' | '\u{b7}' | '\u{bb}' | '\u{bf}'
        )
        || ('\u{2010}'..='\u{2027}').contains(&c)
        || ('\u{2030}'..='\u{205e}').contains(&c)
        || ('\u{3000}'..='\u{303f}').contains(&c)
}

/// BERT puts spaces round CJK ideographs; they are rare in answers but cost nothing to keep right.
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// The letter without its accent (BERT strips accents from uncased text: "café" is "cafe");
/// `None` for a combining mark on its own.
fn without_accent(c: char) -> Option<char> {
    if ('\u{300}'..='\u{36f}').contains(&c) {
        return None;
    }
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    })
}
