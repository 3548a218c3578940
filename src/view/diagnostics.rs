use super::context::RenderContext;
use article_core::Diagnostic;
use leptos::html;
use leptos::prelude::*;

/// The problems found in the document, for its author (shown only when asked for).
pub fn diagnostics_view(diagnostics: &[Diagnostic], cx: &RenderContext) -> impl IntoView {
    let items = diagnostics
        .iter()
        .map(|diagnostic| {
            let severity = diagnostic.severity.as_str();
            html::li()
                .class(format!("av-diagnostic av-diagnostic-{severity}"))
                .child((
                    html::span().class("av-severity").child(severity),
                    (!diagnostic.path.is_empty())
                        .then(|| html::code().child(diagnostic.path.clone())),
                    html::span()
                        .class("av-message")
                        .child(diagnostic.message.clone()),
                ))
        })
        .collect::<Vec<_>>();
    let region_id = cx.id("diagnostics");
    html::section()
        .id(region_id.clone())
        .class("av-diagnostics")
        .attr("part", "diagnostics")
        .attr("aria-label", cx.text.diagnostics)
        .attr("aria-labelledby", cx.labelled_with_headline(&region_id))
        .attr("lang", "en")
        .attr("dir", "ltr")
        .child((
            html::h2().child(format!("{} ({})", cx.text.diagnostics, diagnostics.len())),
            html::ul().child(items),
        ))
}
