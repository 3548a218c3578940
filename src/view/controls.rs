//! The reader controls: text size, line spacing and theme, in a disclosure in the viewer's
//! corner, so that it takes no room above the headline.

use super::context::RenderContext;
use crate::reader::{ReaderChoices, TEXT_SIZES};
use crate::viewer::Theme;
use article_core::Article;
use leptos::html;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// Called with the reader's new choices, at each change.
pub type OnChoice = Rc<dyn Fn(ReaderChoices)>;

/// The controls, set to `choices`; the theme is offered unless the page chose one. They
/// speak the article's language, in its direction: beside the headline at its end.
pub fn controls_view(
    choices: ReaderChoices,
    offer_theme: bool,
    article: &Article,
    cx: &RenderContext,
    on_choice: OnChoice,
) -> impl IntoView {
    let text = cx.text;
    let spacing = [
        text.spacing_compact,
        text.spacing_normal,
        text.spacing_relaxed,
    ];
    let spacing = spacing.iter().enumerate().map(|(step, label)| {
        radio(
            cx.id("spacing"),
            step.to_string(),
            label,
            step == usize::from(choices.spacing),
        )
    });
    let themes = offer_theme.then(|| {
        let radios = Theme::ALL.iter().zip(text.themes).map(|(theme, label)| {
            let value = theme.attribute().unwrap_or("auto");
            radio(
                cx.id("theme"),
                value.to_owned(),
                label,
                *theme == choices.theme,
            )
        });
        group(text.theme, radios.collect::<Vec<_>>())
    });
    let size = html::label().class("av-control-size").child((
        text.text_size,
        html::input()
            .r#type("range")
            .id(cx.id("size"))
            .min("0")
            .max((TEXT_SIZES.len() - 1).to_string())
            .value(choices.size.to_string()),
    ));
    let prefix = cx.id("");
    html::details()
        .class("av-controls")
        .attr("part", "controls")
        .lang(article.lang.clone())
        .dir(article.dir.as_str())
        .child((
            html::summary()
                .attr("aria-label", text.reading_settings)
                .title(text.reading_settings)
                .child("Aa"),
            html::div()
                .class("av-controls-panel")
                .on(leptos::ev::input, move |event| {
                    let panel = event
                        .current_target()
                        .and_then(|target| target.dyn_into::<Element>().ok());
                    if let Some(choices) = panel.and_then(|panel| read(&panel, &prefix)) {
                        on_choice(choices);
                    }
                })
                .child((
                    size,
                    group(text.line_spacing, spacing.collect::<Vec<_>>()),
                    themes,
                )),
        ))
}

fn group(legend: &'static str, radios: Vec<impl IntoView>) -> impl IntoView {
    html::fieldset().child((html::legend().child(legend), radios))
}

fn radio(name: String, value: String, label: &'static str, checked: bool) -> impl IntoView {
    html::label().child((
        html::input()
            .r#type("radio")
            .name(name)
            .value(value)
            .checked(checked),
        label,
    ))
}

/// The choices the controls in `panel` show now.
fn read(panel: &Element, prefix: &str) -> Option<ReaderChoices> {
    let value = |selector: String| {
        let input = panel.query_selector(&selector).ok()??;
        Some(input.dyn_into::<HtmlInputElement>().ok()?.value())
    };
    Some(ReaderChoices {
        size: value(format!("#{prefix}size"))?.parse().ok()?,
        spacing: value(format!("[name={prefix}spacing]:checked"))?
            .parse()
            .ok()?,
        theme: Theme::from_name(value(format!("[name={prefix}theme]:checked")).as_deref()),
    })
}
