//! RFC 3339 date-times: checked here, formatted by the browser's `Intl`.

use std::cmp::Ordering;
use std::fmt;

/// A valid RFC 3339 date-time, kept as written (for `<time datetime>`) with the
/// instant it names (to compare `updated` with `published`).
#[derive(Clone, Debug)]
pub struct Timestamp {
    text: String,
    /// Seconds since 1970-01-01T00:00:00Z, and the fraction as nanoseconds.
    instant: (i64, u32),
}

impl Timestamp {
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_instant(text.as_bytes())
            .map(|instant| Self {
                text: text.to_owned(),
                instant,
            })
            .ok_or_else(|| {
                "not an RFC 3339 date-time (expected a form like 2020-02-10T14:30:00Z)".to_owned()
            })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.instant == other.instant
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.instant.cmp(&other.instant))
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; `t`, `z` and a space for `T` are allowed.
fn parse_instant(s: &[u8]) -> Option<(i64, u32)> {
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = s.get(range)?;
        digits.iter().all(u8::is_ascii_digit).then(|| {
            digits
                .iter()
                .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'))
        })
    };
    let byte = |at: usize| s.get(at).copied();
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    if byte(4)? != b'-' || byte(7)? != b'-' || !matches!(byte(10)?, b'T' | b't' | b' ') {
        return None;
    }
    if byte(13)? != b':' || byte(16)? != b':' {
        return None;
    }
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    // 60 is a leap second.
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut at = 19;
    let mut nanos = 0u32;
    if byte(at) == Some(b'.') {
        at += 1;
        let start = at;
        while byte(at).is_some_and(|b| b.is_ascii_digit()) {
            if at - start < 9 {
                nanos += u32::from(s[at] - b'0') * 10u32.pow(8 - (at - start) as u32);
            }
            at += 1;
        }
        if at == start {
            return None;
        }
    }
    let offset_seconds = match byte(at)? {
        b'Z' | b'z' if at + 1 == s.len() => 0,
        sign @ (b'+' | b'-') if at + 6 == s.len() && byte(at + 3)? == b':' => {
            let (hours, minutes) = (number(at + 1..at + 3)?, number(at + 4..at + 6)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let offset = hours * 3600 + minutes * 60;
            if sign == b'+' {
                offset
            } else {
                -offset
            }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset_seconds;
    Some((seconds, nanos))
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}
