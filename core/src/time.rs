//! RFC 3339 date-times: checked here, formatted by the browser's `Intl`, or here in US English
//! ([`us_english`]).

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

/// A moment on the reader's clock, as the browser's `Date` reads it in the reader's time zone.
pub struct LocalTime {
    pub year: i64,
    /// 1 to 12.
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
}

/// The languages whose dates [`us_english`] writes: those `Intl` writes in US English.
pub fn is_us_english(lang: &str) -> bool {
    lang.eq_ignore_ascii_case("en") || lang.eq_ignore_ascii_case("en-US")
}

/// The months' names, one after the other (one string, not twelve: a table of slices is
/// larger than the names), and where each ends.
const MONTHS: &str = "JanuaryFebruaryMarchAprilMayJuneJulyAugustSeptemberOctoberNovemberDecember";
const MONTH_ENDS: [u8; 12] = [7, 15, 20, 25, 28, 32, 36, 42, 51, 58, 66, 74];

/// What `Intl.DateTimeFormat("en", …)` writes with `dateStyle: "long", timeStyle: "short"`
/// ("November 24, 2026 at 9:00 AM"), or with `dateStyle: "medium"` ("Nov 24, 2026") when not
/// `with_time`, without the browser's locale data: a page's first `Intl` formatter loads it,
/// tens of milliseconds before the first paint. `None` before year 1, which `Intl` writes
/// with an era.
pub fn us_english(time: &LocalTime, with_time: bool) -> Option<String> {
    let index = usize::try_from(time.month - 1).ok()?;
    let end = usize::from(*MONTH_ENDS.get(index)?);
    let start = index
        .checked_sub(1)
        .map_or(0, |before| usize::from(MONTH_ENDS[before]));
    if time.year < 1 {
        return None;
    }
    // Written out rather than by `format!`, whose arguments cost more code than this.
    let mut text = String::from(&MONTHS[start..if with_time { end } else { start + 3 }]);
    text.push(' ');
    push_digits(&mut text, time.day, 1);
    text.push_str(", ");
    push_digits(&mut text, time.year, 1);
    if with_time {
        text.push_str(" at ");
        push_digits(&mut text, (time.hour + 11) % 12 + 1, 1);
        text.push(':');
        push_digits(&mut text, time.minute, 2);
        text.push_str(if time.hour < 12 { " AM" } else { " PM" });
    }
    Some(text)
}

/// A number that is not negative, in decimal digits, at least `width` of them.
fn push_digits(text: &mut String, number: i64, width: u32) {
    if number >= 10 || width > 1 {
        push_digits(text, number / 10, width.saturating_sub(1));
    }
    text.push(char::from(b'0' + (number % 10) as u8));
}
