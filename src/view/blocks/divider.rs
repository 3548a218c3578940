use leptos::html;
use leptos::prelude::*;

pub fn divider_view() -> impl IntoView {
    html::hr().class("av-divider")
}
