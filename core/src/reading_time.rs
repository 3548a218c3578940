/// Words an adult reads in a minute, on screen, in a news story.
pub const WORDS_PER_MINUTE: usize = 200;

/// Minutes to read `words`, rounded up; at least one.
pub fn reading_minutes(words: usize) -> u32 {
    u32::try_from(words.div_ceil(WORDS_PER_MINUTE).max(1)).unwrap_or(u32::MAX)
}
