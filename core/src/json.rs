//! A JSON reader of the core's own (RFC 8259), in place of `serde_json`: 20 KB less
//! code in the browser module (serde's deserializer, its `BTreeMap` and float tables).
//!
//! It accepts exactly what `serde_json::from_str` accepts (a differential test,
//! `tests/json.rs`, holds it to that) and fails at the same place with the same words,
//! since the viewer's messages quote them. It differs in three ways, none visible
//! to a document: objects keep their keys in order, and a repeated key is kept too,
//! the later one read as the value ([`Map::remove`] and [`Map::get`] look from the end);
//! a fractional number keeps the text it was written with instead of an `f64` (the
//! core never computes with one); and nesting deeper than `max_depth` stops the
//! parser at the bracket that opens the level too many, before it recurses further.
//!
//! [`parse_deferring`] checks a long article's body whole but leaves its blocks unbuilt,
//! each one built by [`parse_element`] when it is resolved.

use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// The field `key` of an object (the later one, if the key is repeated).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(map) => map.get(key),
            _ => None,
        }
    }
}

/// An object's fields, in the order written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a field after the others (a repeated key then hides the earlier one).
    pub fn insert(&mut self, key: String, value: Value) {
        self.0.push((key, value));
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0
            .iter()
            .rev()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    /// Takes the field `key` out, with any earlier field of the same name.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let at = self.0.iter().rposition(|(name, _)| name == key)?;
        let (_, value) = self.0.remove(at);
        self.0.retain(|(name, _)| name != key);
        Some(value)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(key, value)| (key, value))
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.0.iter().map(|(_, value)| value)
    }
}

/// A number, classed as `serde_json` classes it: a whole number that fits `u64`
/// (or, below 0, `i64`) is an integer; any other is a float, kept as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Number(N);

#[derive(Clone, Debug, PartialEq)]
enum N {
    PosInt(u64),
    NegInt(i64),
    Float(Box<str>),
}

impl Number {
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            N::PosInt(n) => Some(n),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            N::PosInt(n) => i64::try_from(n).ok(),
            N::NegInt(n) => Some(n),
            N::Float(_) => None,
        }
    }

    /// A fraction, an exponent, or a whole number too large for 64 bits.
    pub fn is_f64(&self) -> bool {
        matches!(self.0, N::Float(_))
    }

    /// How the number compares with the whole number `whole`, exactly, from its digits.
    pub fn cmp_whole(&self, whole: u64) -> Ordering {
        match &self.0 {
            N::PosInt(n) => n.cmp(&whole),
            N::NegInt(_) => Ordering::Less,
            N::Float(text) => cmp_decimal(text, whole),
        }
    }
}

impl From<u64> for Number {
    fn from(n: u64) -> Self {
        Number(N::PosInt(n))
    }
}

impl From<i64> for Number {
    fn from(n: i64) -> Self {
        match u64::try_from(n) {
            Ok(n) => Number(N::PosInt(n)),
            Err(_) => Number(N::NegInt(n)),
        }
    }
}

/// Integers as Rust writes them, floats as the document wrote them.
impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            N::PosInt(n) => fmt::Display::fmt(n, f),
            N::NegInt(n) => fmt::Display::fmt(n, f),
            N::Float(text) => f.write_str(text),
        }
    }
}

/// One JSON number and nothing else around it, as `serde_json::Number`'s `FromStr`.
impl std::str::FromStr for Number {
    type Err = ();

    fn from_str(text: &str) -> Result<Self, ()> {
        let mut parser = Parser::new(text, 0);
        match (text.as_bytes().first(), parser.value()) {
            (Some(b'-' | b'0'..=b'9'), Ok(Value::Number(number))) if parser.at == text.len() => {
                Ok(number)
            }
            _ => Err(()),
        }
    }
}

/// Why the text is not JSON, and the byte offset `serde_json` would place it at: the
/// error's line and column are those of the character that ends before that offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub at: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `serde_json`'s message for the error.
    Syntax(&'static str),
    /// An array or object opens a level deeper than the limit; `at` is just after its bracket.
    TooDeep,
}

const EOF_LIST: &str = "EOF while parsing a list";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_STRING: &str = "EOF while parsing a string";
const EOF_VALUE: &str = "EOF while parsing a value";
const INVALID_NUMBER: &str = "invalid number";
const INVALID_ESCAPE: &str = "invalid escape";
/// A lone UTF-16 surrogate in a `\u` escape. `serde_json`'s two names for it describe its
/// parser, not the document (it calls a lone trailing surrogate "leading").
const LONE_SURROGATE: &str = "a lone surrogate in a \\u escape (\\uD800 to \\uDFFF come only in \
                              pairs that make one character)";

/// Parses a JSON text, with arrays and objects nested at most `max_depth` levels.
pub fn parse(text: &str, max_depth: usize) -> Result<Value, Error> {
    parse_with(Parser::new(text, max_depth)).map(|(value, _)| value)
}

/// The places in a text of an array's elements, in order.
pub type Places = Vec<Range<usize>>;

/// Parses a JSON text as [`parse`] does, with the same verdict and errors, except for the
/// array in the field `field` of the top-level object: its elements are checked as they
/// are read but not built, and the array is read as empty. Their places in `text` come
/// with the value instead, for [`parse_element`] to build each when it is wanted; `None`
/// when there is no such array (a repeated field is read as its later value, as ever).
pub fn parse_deferring(
    text: &str,
    max_depth: usize,
    field: &str,
) -> Result<(Value, Option<Places>), Error> {
    let mut parser = Parser::new(text, max_depth);
    parser.deferred_field = Some(field);
    parse_with(parser)
}

/// The element at `place` of the array [`parse_deferring`] left unbuilt in `text`.
pub fn parse_element(text: &str, place: Range<usize>, max_depth: usize) -> Result<Value, Error> {
    let mut parser = Parser::new(text, max_depth);
    parser.at = place.start;
    // Inside the top-level object and the array, as when it was checked.
    parser.depth = 2;
    parser.value()
}

fn parse_with(mut parser: Parser) -> Result<(Value, Option<Places>), Error> {
    let value = parser.value()?;
    match parser.whitespace() {
        Some(_) => Err(parser.peek_error("trailing characters")),
        None => Ok((value, parser.deferred)),
    }
}

/// The line and column of an error's offset in `text`, counted from 1, the column in
/// characters (never 0: an error at the start of a line is in its column 1).
pub fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.as_bytes().get(..at).unwrap_or(text.as_bytes());
    let line_start = before
        .iter()
        .rposition(|&byte| byte == b'\n')
        .map_or(0, |newline| newline + 1);
    let line = 1 + before.iter().filter(|&&byte| byte == b'\n').count();
    // A character is counted by its first byte, a byte that is not 0b10xx_xxxx.
    let column = before
        .get(line_start..)
        .unwrap_or_default()
        .iter()
        .filter(|&&byte| byte & 0xC0 != 0x80)
        .count();
    (line, column.max(1))
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
    max_depth: usize,
    /// False while values are only checked, not built (see [`parse_deferring`]).
    build: bool,
    /// The top-level field whose array is deferred, and the places of its elements.
    deferred_field: Option<&'a str>,
    deferred: Option<Places>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, max_depth: usize) -> Self {
        Self {
            text,
            bytes: text.as_bytes(),
            at: 0,
            depth: 0,
            max_depth,
            build: true,
            deferred_field: None,
            deferred: None,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    /// An error caused by the byte last read: placed after it.
    fn error(&self, message: &'static str) -> Error {
        Error {
            kind: ErrorKind::Syntax(message),
            at: self.at,
        }
    }

    /// An error caused by the byte about to be read: placed after it.
    fn peek_error(&self, message: &'static str) -> Error {
        Error {
            kind: ErrorKind::Syntax(message),
            at: (self.at + 1).min(self.bytes.len()),
        }
    }

    /// Skips whitespace; the byte after it, not read.
    fn whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.at += 1;
        }
        self.peek()
    }

    fn value(&mut self) -> Result<Value, Error> {
        let Some(first) = self.whitespace() else {
            return Err(self.peek_error(EOF_VALUE));
        };
        match first {
            b'n' => self.ident(b"null", Value::Null),
            b't' => self.ident(b"true", Value::Bool(true)),
            b'f' => self.ident(b"false", Value::Bool(false)),
            b'-' | b'0'..=b'9' => self.number().map(Value::Number),
            b'"' => {
                self.at += 1;
                self.string().map(Value::String)
            }
            b'[' => {
                self.deeper()?;
                let items = self.array(None);
                self.depth -= 1;
                items.map(Value::Array)
            }
            b'{' => {
                self.deeper()?;
                let fields = self.object();
                self.depth -= 1;
                fields.map(Value::Object)
            }
            _ => Err(self.peek_error("expected value")),
        }
    }

    /// Enters the array or object whose bracket is the next byte, if the limit allows.
    fn deeper(&mut self) -> Result<(), Error> {
        self.at += 1;
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(Error {
                kind: ErrorKind::TooDeep,
                at: self.at,
            });
        }
        Ok(())
    }

    fn ident(&mut self, ident: &[u8], value: Value) -> Result<Value, Error> {
        self.at += 1;
        for expected in ident.iter().skip(1) {
            match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(byte) if byte != *expected => return Err(self.error("expected ident")),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    /// After `[`. With `places`, its items are only checked, and their places kept there.
    fn array(&mut self, mut places: Option<&mut Places>) -> Result<Vec<Value>, Error> {
        let mut items = Vec::new();
        let mut first = true;
        loop {
            match self.whitespace() {
                None => return Err(self.peek_error(EOF_LIST)),
                Some(b']') => break,
                Some(_) if first => first = false,
                Some(b',') => {
                    self.at += 1;
                    match self.whitespace() {
                        Some(b']') => return Err(self.peek_error("trailing comma")),
                        None => return Err(self.peek_error(EOF_VALUE)),
                        Some(_) => {}
                    }
                }
                Some(_) => return Err(self.peek_error("expected `,` or `]`")),
            }
            let start = self.at;
            let item = self.value()?;
            match places.as_deref_mut() {
                Some(places) => places.push(start..self.at),
                None if self.build => items.push(item),
                None => {}
            }
        }
        self.at += 1;
        Ok(items)
    }

    /// The value of the deferred field, after its `:`. An array's items are checked and
    /// their places kept; any other value is read as usual, and hides an earlier array.
    fn deferred_value(&mut self) -> Result<Value, Error> {
        if self.whitespace() != Some(b'[') {
            self.deferred = None;
            return self.value();
        }
        self.deeper()?;
        let mut places = Vec::new();
        self.build = false;
        let items = self.array(Some(&mut places));
        self.build = true;
        self.depth -= 1;
        self.deferred = Some(places);
        items.map(Value::Array)
    }

    /// After `{`.
    fn object(&mut self) -> Result<Map, Error> {
        let mut fields = Map::new();
        let mut first = true;
        loop {
            match self.whitespace() {
                None => return Err(self.peek_error(EOF_OBJECT)),
                Some(b'}') => break,
                Some(b'"') if first => first = false,
                Some(_) if first => return Err(self.peek_error("key must be a string")),
                Some(b',') => {
                    self.at += 1;
                    match self.whitespace() {
                        Some(b'"') => {}
                        Some(b'}') => return Err(self.peek_error("trailing comma")),
                        Some(_) => return Err(self.peek_error("key must be a string")),
                        None => return Err(self.peek_error(EOF_VALUE)),
                    }
                }
                Some(_) => return Err(self.peek_error("expected `,` or `}`")),
            }
            self.at += 1;
            let key = self.string()?;
            match self.whitespace() {
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.peek_error("expected `:`")),
                None => return Err(self.peek_error(EOF_OBJECT)),
            }
            let value = match self.deferred_field {
                Some(field) if self.depth == 1 && field == key => self.deferred_value()?,
                _ => self.value()?,
            };
            if self.build {
                fields.insert(key, value);
            }
        }
        self.at += 1;
        Ok(fields)
    }

    /// After the opening `"`, up to and with the closing one.
    fn string(&mut self) -> Result<String, Error> {
        let mut text = String::new();
        let mut start = self.at;
        loop {
            let rest = self.bytes.get(self.at..).unwrap_or_default();
            self.at += rest
                .iter()
                .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
                .unwrap_or(rest.len());
            // `start` and `at` are at ASCII bytes (or the ends), so on character boundaries.
            if self.build {
                text.push_str(self.text.get(start..self.at).unwrap_or_default());
            }
            match self.next() {
                None => return Err(self.error(EOF_STRING)),
                Some(b'"') => return Ok(text),
                Some(b'\\') => self.escape(&mut text)?,
                Some(_) => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
            }
            start = self.at;
        }
    }

    /// After a backslash.
    fn escape(&mut self, text: &mut String) -> Result<(), Error> {
        let escaped = match self.next() {
            None => return Err(self.error(EOF_STRING)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => self.unicode_escape()?,
            Some(_) => return Err(self.error(INVALID_ESCAPE)),
        };
        if self.build {
            text.push(escaped);
        }
        Ok(())
    }

    /// After `\u`: one character, from one escape or from a surrogate pair of two.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let first = self.hex4()?;
        if (0xDC00..=0xDFFF).contains(&first) {
            return Err(self.error(LONE_SURROGATE));
        }
        if !(0xD800..=0xDBFF).contains(&first) {
            return char::from_u32(first).ok_or_else(|| self.error(LONE_SURROGATE));
        }
        for expected in [b'\\', b'u'] {
            match self.next() {
                None => return Err(self.error(EOF_STRING)),
                Some(byte) if byte != expected => return Err(self.error(LONE_SURROGATE)),
                Some(_) => {}
            }
        }
        let second = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&second) {
            return Err(self.error(LONE_SURROGATE));
        }
        char::from_u32(0x1_0000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            .ok_or_else(|| self.error(LONE_SURROGATE))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let Some(digits) = self.bytes.get(self.at..self.at + 4) else {
            self.at = self.bytes.len();
            return Err(self.error(EOF_STRING));
        };
        self.at += 4;
        let mut n = 0;
        for &digit in digits {
            let value = match digit {
                b'0'..=b'9' => digit - b'0',
                b'a'..=b'f' => digit - b'a' + 10,
                b'A'..=b'F' => digit - b'A' + 10,
                _ => return Err(self.error(INVALID_ESCAPE)),
            };
            n = n * 16 + u32::from(value);
        }
        Ok(n)
    }

    /// At `-` or a digit. The steps, and where each error is placed, are `serde_json`'s:
    /// the digits that fit a `u64` make the significand, the others only move the
    /// decimal exponent, and the number is out of range when the `f64` it makes
    /// would be infinite.
    fn number(&mut self) -> Result<Number, Error> {
        let start = self.at;
        let positive = self.peek() != Some(b'-');
        if !positive {
            self.at += 1;
        }
        let mut significand: u64 = match self.next() {
            None => return Err(self.error(EOF_VALUE)),
            Some(b'0') => {
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.peek_error(INVALID_NUMBER));
                }
                0
            }
            Some(digit @ b'1'..=b'9') => u64::from(digit - b'0'),
            Some(_) => return Err(self.error(INVALID_NUMBER)),
        };
        let mut exponent: i32 = 0;
        let mut float = false;
        // The integer part.
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            self.at += 1;
            match significand
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(digit - b'0')))
            {
                Some(n) if !float => significand = n,
                _ => {
                    float = true;
                    exponent = exponent.saturating_add(1);
                }
            }
        }
        if self.peek() == Some(b'.') {
            float = true;
            self.at += 1;
            let mut digits = 0;
            let mut overflowed = false;
            while let Some(digit @ b'0'..=b'9') = self.peek() {
                self.at += 1;
                digits += 1;
                if overflowed {
                    continue;
                }
                match significand
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(u64::from(digit - b'0')))
                {
                    Some(n) => {
                        significand = n;
                        exponent = exponent.saturating_sub(1);
                    }
                    None => overflowed = true,
                }
            }
            if digits == 0 {
                return Err(match self.peek() {
                    Some(_) => self.peek_error(INVALID_NUMBER),
                    None => self.peek_error(EOF_VALUE),
                });
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            float = true;
            self.at += 1;
            let positive_exponent = match self.peek() {
                Some(b'+') => {
                    self.at += 1;
                    true
                }
                Some(b'-') => {
                    self.at += 1;
                    false
                }
                _ => true,
            };
            let mut written: i32 = match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(digit @ b'0'..=b'9') => i32::from(digit - b'0'),
                Some(_) => return Err(self.error(INVALID_NUMBER)),
            };
            let mut overflowed = false;
            while let Some(digit @ b'0'..=b'9') = self.peek() {
                self.at += 1;
                if overflowed {
                    continue;
                }
                match written
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(i32::from(digit - b'0')))
                {
                    Some(n) => written = n,
                    None => {
                        // Infinity, unless it is 0 or the exponent is negative.
                        if significand != 0 && positive_exponent {
                            return Err(self.error("number out of range"));
                        }
                        overflowed = true;
                    }
                }
            }
            if overflowed {
                return Ok(self.float(start));
            }
            exponent = if positive_exponent {
                exponent.saturating_add(written)
            } else {
                exponent.saturating_sub(written)
            };
        }
        if float {
            if out_of_range(significand, exponent) {
                return Err(self.error("number out of range"));
            }
            return Ok(self.float(start));
        }
        if positive {
            return Ok(Number(N::PosInt(significand)));
        }
        // -0, and whole numbers below `i64::MIN`, are floats.
        let negative = (significand as i64).wrapping_neg();
        if negative >= 0 {
            Ok(self.float(start))
        } else {
            Ok(Number(N::NegInt(negative)))
        }
    }

    fn float(&self, start: usize) -> Number {
        Number(N::Float(
            self.text.get(start..self.at).unwrap_or_default().into(),
        ))
    }
}

/// Whether `significand` × 10^`exponent` is past the largest `f64`, that is, at or
/// above the halfway point between it and 2^1024, which rounds to infinity.
fn out_of_range(significand: u64, exponent: i32) -> bool {
    /// The first digits of that halfway point, 1.797693134862315807937…e308.
    const HALFWAY: &[u8] = b"17976931348623158079";
    if significand == 0 || exponent < 0 {
        return false;
    }
    let digits = significand.to_string();
    let magnitude = i64::from(exponent) + digits.len() as i64 - 1;
    match magnitude.cmp(&308) {
        Ordering::Less => false,
        Ordering::Greater => true,
        // The halfway point has more digits, not all 0, after these.
        Ordering::Equal => digits.as_bytes() > HALFWAY.get(..digits.len()).unwrap_or(HALFWAY),
    }
}

/// Compares the JSON number `text` with `whole`, from the digits, without rounding.
fn cmp_decimal(text: &str, whole: u64) -> Ordering {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (
            text.get(..at).unwrap_or_default(),
            text.get(at + 1..).unwrap_or_default(),
        ),
        None => (text, ""),
    };
    let (integer, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // value = 0.DIGITS × 10^point, DIGITS with no leading or trailing zeros.
    let all: Vec<u8> = integer.bytes().chain(fraction.bytes()).collect();
    let leading = all.iter().take_while(|&&d| d == b'0').count();
    let digits = all.get(leading..).unwrap_or_default();
    let digits = match digits.iter().rposition(|&d| d != b'0') {
        Some(last) => digits.get(..=last).unwrap_or_default(),
        None => &[],
    };
    if digits.is_empty() {
        return 0.cmp(&whole);
    }
    if negative {
        return Ordering::Less;
    }
    if whole == 0 {
        return Ordering::Greater;
    }
    let written = match exponent.trim_start_matches('+').parse::<i64>() {
        Ok(written) => written,
        Err(_) if exponent.is_empty() => 0,
        // Only an exponent too long for i64 fails: huge, or tiny when negative.
        Err(_) if exponent.starts_with('-') => i64::MIN / 2,
        Err(_) => i64::MAX / 2,
    };
    let point = written.saturating_add(integer.len() as i64 - leading as i64);
    let whole_text = whole.to_string();
    let whole_digits = whole_text.trim_end_matches('0').as_bytes();
    let whole_point = whole_text.len() as i64;
    point
        .cmp(&whole_point)
        .then_with(|| digits.cmp(whole_digits))
}
