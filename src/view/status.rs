//! What the viewer shows when there is no article to show.

use crate::error::ViewerError;
use article_core::i18n::UiText;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use std::rc::Rc;

pub fn loading_view(text: &UiText) -> impl IntoView {
    html::div()
        .class("av-status av-loading")
        .attr("part", "status")
        .role("status")
        .attr("aria-live", "polite")
        .child(html::p().child(text.loading))
}

/// Fetches the article again.
pub type Retry = Rc<dyn Fn()>;

/// One clear error, with its reason, its place in the input, and a way to try again
/// when the article was fetched.
pub fn error_view(error: &ViewerError, text: &UiText, retry: Option<Retry>) -> impl IntoView {
    html::div()
        .class("av-status av-error")
        .attr("part", "status")
        .role("alert")
        .child((
            html::h1().class("av-error-title").child(text.cannot_show),
            html::p().class("av-error-reason").child(error.reason()),
            error.place().map(|place| {
                html::p()
                    .class("av-error-place")
                    .child(html::code().child(place))
            }),
            error.url().map(|url| {
                html::p()
                    .class("av-error-source")
                    .child(html::code().child(url.to_owned()))
            }),
            retry.map(|retry| {
                html::p().child(
                    html::button()
                        .class("av-retry")
                        .r#type("button")
                        .on(ev::click, move |_| retry())
                        .child(text.try_again),
                )
            }),
        ))
}
