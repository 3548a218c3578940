use article_core::blocks::heading::Heading;
use leptos::html;
use leptos::prelude::*;

pub fn heading_view(heading: &Heading) -> AnyView {
    let (text, id) = (heading.text.clone(), heading.id.clone());
    match heading.level {
        3 => html::h3().class("av-heading").id(id).child(text).into_any(),
        4 => html::h4().class("av-heading").id(id).child(text).into_any(),
        _ => html::h2().class("av-heading").id(id).child(text).into_any(),
    }
}
