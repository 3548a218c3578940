use crate::view::context::RenderContext;
use crate::view::story_card::{story_card, CardPlace};
use article_core::story_link::StoryLink;
use leptos::html;
use leptos::prelude::*;

/// A link to another story inside the body, a region named by its label and the story's
/// headline ("Related: …"), which keeps the landmarks of several apart.
pub fn related_view(link: &StoryLink, cx: &RenderContext) -> impl IntoView {
    html::aside()
        .class("av-related-block")
        .attr(
            "aria-label",
            format!("{}: {}", cx.text.related_story, link.headline),
        )
        .child(story_card(link, CardPlace::Body, cx))
}
