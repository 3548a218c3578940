use super::context::RenderContext;
use super::story_card::{story_card, CardPlace};
use crate::view::piece::IntoPiece;
use article_core::story_link::StoryLink;
use article_core::tags::Tag;
use leptos::html;
use leptos::prelude::*;

/// The article's topics, as a navigation region named "Topics" and the headline.
pub fn tags_view(tags: &[Tag], cx: &RenderContext) -> Option<impl IntoView> {
    if tags.is_empty() {
        return None;
    }
    let items = tags
        .iter()
        .map(|tag| {
            html::li().child(cx.linked(
                tag.url.as_ref(),
                Some("tag"),
                tag.name.clone().into_piece(),
            ))
        })
        .collect::<Vec<_>>();
    let tags_id = cx.id("tags");
    Some(
        html::nav()
            .id(tags_id.clone())
            .class("av-tags")
            .attr("part", "tags")
            .attr("aria-label", cx.text.tags)
            .attr("aria-labelledby", cx.labelled_with_headline(&tags_id))
            .child(html::ul().child(items)),
    )
}

/// Related stories: a list of links under a heading that also names the region, with the
/// article's headline.
pub fn related_view(related: &[StoryLink], cx: &RenderContext) -> Option<impl IntoView> {
    if related.is_empty() {
        return None;
    }
    let heading_id = cx.id("related-heading");
    let items = related
        .iter()
        .map(|link| html::li().child(story_card(link, CardPlace::List, cx)))
        .collect::<Vec<_>>();
    Some(
        html::nav()
            .class("av-related")
            .attr("part", "related")
            .attr("aria-labelledby", cx.labelled_with_headline(&heading_id))
            .child((
                html::h2().id(heading_id).child(cx.text.related_stories),
                html::ul().class("av-related-list").child(items),
            )),
    )
}
