//! What the standalone app's `<head>` says about the article shown: its values as plain text
//! and web addresses, in one JS object that `web/app.js` writes into the head as attributes
//! and text (the title, the meta description, the canonical link, Open Graph and Twitter card
//! tags, JSON-LD `NewsArticle`). Only the app calls this: an embedded viewer leaves its host
//! page's head alone.

use article_core::markdown::plain_text;
use article_core::url_policy::SafeUrl;
use article_core::{Article, Lead};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

/// `{headline, description, url, image, imageAlt, lang, published, modified, site, siteUrl,
/// logo, authors: [{name, url}]}`, each field present only when the article has it.
pub fn summary(article: &Article) -> JsValue {
    let summary = Object::new();
    let set = |object: &Object, name: &str, value: Option<&str>| {
        if let Some(value) = value {
            let _ = Reflect::set(object, &name.into(), &value.into());
        }
    };
    // The standfirst is inline Markdown: its words.
    let description = article.standfirst.as_deref().map(plain_text);
    let (image, image_alt) = match &article.lead {
        Some(Lead::Image(image)) => (web_address(Some(&image.src)), Some(image.alt.as_str())),
        Some(Lead::Video(video)) => (web_address(video.poster.as_ref()), None),
        None => (None, None),
    };
    set(&summary, "headline", Some(&article.headline));
    set(&summary, "description", description.as_deref());
    set(&summary, "url", web_address(article.url.as_ref()));
    set(&summary, "image", image);
    set(
        &summary,
        "imageAlt",
        image_alt.filter(|alt| !alt.is_empty()),
    );
    set(&summary, "lang", Some(&article.lang));
    set(
        &summary,
        "published",
        article.published.as_ref().map(|time| time.as_str()),
    );
    set(
        &summary,
        "modified",
        article.updated.as_ref().map(|time| time.as_str()),
    );
    if let Some(source) = &article.source {
        set(&summary, "site", Some(&source.name));
        set(&summary, "siteUrl", web_address(source.url.as_ref()));
        let logo = source.logo.as_ref().map(|logo| &logo.src);
        set(&summary, "logo", web_address(logo));
    }
    let authors = article
        .byline
        .iter()
        .map(|person| {
            let author = Object::new();
            set(&author, "name", Some(&person.name));
            set(&author, "url", web_address(person.url.as_ref()));
            author
        })
        .collect::<Array>();
    let _ = Reflect::set(&summary, &"authors".into(), &authors);
    summary.into()
}

/// Search engines and link previews follow only web addresses, not `data:` or `mailto:`.
fn web_address(url: Option<&SafeUrl>) -> Option<&str> {
    url.map(SafeUrl::as_str)
        .filter(|url| url.starts_with("https:") || url.starts_with("http:"))
}
