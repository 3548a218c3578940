//! Dates in the article's language, formatted by the browser's `Intl`, so the
//! viewer ships no locale data; US English, the format's default language, is
//! written by the core instead, since a page's first `Intl` formatter loads the
//! browser's locale data (45 ms before the first paint on this machine, four
//! times that on a phone).

use super::context::RenderContext;
use article_core::time::{is_us_english, us_english, LocalTime, Timestamp};
use js_sys::{Date, Object, Reflect};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;

    // `catch`: Intl throws on a language tag it does not know, and a JS exception
    // must not unwind through the viewer.
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locale: &str, options: &JsValue) -> Result<DateTimeFormat, JsValue>;

    #[wasm_bindgen(catch, method, js_class = "DateTimeFormat")]
    fn format(this: &DateTimeFormat, date: &Date) -> Result<String, JsValue>;
}

#[derive(Clone, Copy)]
pub enum DateStyle {
    /// "24 November 2026 at 09:00 GMT"
    DateTime,
    /// "24 Nov 2026"
    Date,
}

/// A `<time>` whose `datetime` is the machine-readable value and whose text is for people.
pub fn time_element(timestamp: &Timestamp, style: DateStyle, cx: &RenderContext) -> impl IntoView {
    html::time()
        .datetime(timestamp.as_str().to_owned())
        .child(format_timestamp(timestamp, style, &cx.lang))
}

/// The date as a reader of `lang` writes it, in the reader's time zone; the
/// timestamp as written when the browser cannot format it.
pub fn format_timestamp(timestamp: &Timestamp, style: DateStyle, lang: &str) -> String {
    let date = Date::new(&JsValue::from_str(timestamp.as_str()));
    // A date the browser cannot read (a leap second) no `Intl` can format either.
    let readable = !date.get_time().is_nan();
    readable
        .then(|| in_us_english(&date, style, lang).or_else(|| by_intl(&date, style, lang)))
        .flatten()
        .unwrap_or_else(|| timestamp.as_str().to_owned())
}

/// What [`by_intl`] gives in US English, on the reader's clock.
fn in_us_english(date: &Date, style: DateStyle, lang: &str) -> Option<String> {
    if !is_us_english(lang) {
        return None;
    }
    let local = LocalTime {
        year: (date.get_full_year() as i32).into(),
        month: (date.get_month() + 1).into(),
        day: date.get_date().into(),
        hour: date.get_hours().into(),
        minute: date.get_minutes().into(),
    };
    us_english(&local, matches!(style, DateStyle::DateTime))
}

fn by_intl(date: &Date, style: DateStyle, lang: &str) -> Option<String> {
    let options = Object::new();
    let set = |key: &str, value: &str| Reflect::set(&options, &key.into(), &value.into()).is_ok();
    let all_set = match style {
        DateStyle::DateTime => set("dateStyle", "long") && set("timeStyle", "short"),
        DateStyle::Date => set("dateStyle", "medium"),
    };
    all_set
        .then(|| DateTimeFormat::new(lang, &options).ok())
        .flatten()
        .and_then(|format| format.format(date).ok())
}
