//! The most psw-coach takes as one answer, and the plain words said when an answer is longer: kept
//! apart from the reading, which is linear in its input and needs no limit for speed.

/// The longest answer `psw-coach analyse` reads: 200 KB, about 30,000 words or over three hours
/// spoken. The analysis is linear in its input, so this is not about speed but about catching a
/// whole report or the wrong file given as one answer.
pub const MAX_ANSWER_BYTES: usize = 200 * 1024;

/// A plain message when `text` is longer than [`MAX_ANSWER_BYTES`].
pub fn check_answer_size(text: &str) -> Result<(), String> {
    answer_too_long(text.len()).map_or(Ok(()), Err)
}

/// A plain message when an answer of `len` bytes is longer than [`MAX_ANSWER_BYTES`].
pub fn answer_too_long(len: usize) -> Option<String> {
    if len <= MAX_ANSWER_BYTES {
        return None;
    }
    let size = if len >= 1024 * 1024 {
        format!("{:.1} MB", len as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", len.div_ceil(1024))
    };
    Some(format!(
        "this answer is {size}, and answers of up to {} KB (about 30,000 words) are analysed; \
         split it into single answers and analyse each",
        MAX_ANSWER_BYTES / 1024
    ))
}

/// What is said of an answer found to be longer than [`MAX_ANSWER_BYTES`] before it was all read.
pub fn answer_over_limit() -> String {
    format!(
        "this answer is longer than {} KB (about 30,000 words), the most psw-coach takes as one \
         answer; split it into single answers",
        MAX_ANSWER_BYTES / 1024
    )
}
