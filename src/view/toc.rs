//! The contents: the body's headings as links, for an article with three or more. Open
//! beside the text on a wide screen; a disclosure above it on a phone.

use super::blocks::heading::heading_anchor;
use super::context::RenderContext;
use article_core::{Article, Block};
use leptos::html;
use leptos::prelude::*;

pub fn toc_view(article: &Article, cx: &RenderContext) -> Option<impl IntoView> {
    let items: Vec<_> = article
        .body
        .iter()
        .enumerate()
        .filter_map(|(index, block)| match block {
            Block::Heading(heading) => Some(
                html::li().class(format!("av-toc-{}", heading.level)).child(
                    html::a()
                        .href(format!("#{}", heading_anchor(heading, index, cx)))
                        .child(heading.text.clone()),
                ),
            ),
            _ => None,
        })
        .collect();
    if items.len() < 3 {
        return None;
    }
    let label = cx.id("contents");
    Some(
        html::nav()
            .class("av-toc")
            .attr("part", "contents")
            .attr("aria-labelledby", label.clone())
            .child(html::details().open(cx.wide).child((
                html::summary().id(label).child(cx.text.contents),
                html::ol().child(items),
            ))),
    )
}
