//! Dates in the article's language, formatted by the browser's `Intl`, so the
//! viewer ships no locale data.

use super::context::RenderContext;
use article_core::time::Timestamp;
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
    let options = Object::new();
    let set = |key: &str, value: &str| Reflect::set(&options, &key.into(), &value.into()).is_ok();
    let all_set = match style {
        DateStyle::DateTime => set("dateStyle", "long") && set("timeStyle", "short"),
        DateStyle::Date => set("dateStyle", "medium"),
    };
    let date = Date::new(&JsValue::from_str(timestamp.as_str()));
    all_set
        .then(|| DateTimeFormat::new(lang, &options).ok())
        .flatten()
        .and_then(|format| format.format(&date).ok())
        .unwrap_or_else(|| timestamp.as_str().to_owned())
}
