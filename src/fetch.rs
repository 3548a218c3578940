//! Fetching an article's JSON, within a time limit and the document size limit. Unless its
//! length is announced and known to be its decoded length, the body is read as a stream and
//! its decoded bytes counted, so a server that sends more than the limit (chunked, or
//! compressed, so that `Content-Length` does not tell) is cut off at the limit rather than
//! buffered whole.

use crate::error::ViewerError;
use article_core::{Limits, Loaded, Rest};
use gloo_timers::callback::Timeout;
use js_sys::{Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReadableStreamDefaultReader, RequestInit, Response, ResponseType, TextDecoder,
};

/// The document's text and the address it finally came from (after redirects),
/// which its relative URLs resolve against.
struct Fetched {
    text: String,
    url: String,
}

/// A fetch the page started before the module was ready (the app's loader starts the
/// article's while the module compiles), taken over by the viewer that asks for `url`.
pub struct EarlyFetch {
    pub url: String,
    pub response: Promise,
    pub controller: AbortController,
}

impl EarlyFetch {
    /// Reads `{ url, response, controller }` as the loader passes it; `None` for anything else.
    pub fn from_js(value: &JsValue) -> Option<Self> {
        let field = |name: &str| Reflect::get(value, &JsValue::from_str(name)).ok();
        Some(Self {
            url: field("url")?.as_string()?,
            response: field("response")?.dyn_into().ok()?,
            controller: field("controller")?.dyn_into().ok()?,
        })
    }
}

/// Fetches the article at `url` (an address the URL policy allowed) and reads it, its
/// relative URLs resolved against the address it finally came from: the one way from an
/// address to an article, for the viewer and for `validate`. A long article comes first
/// screen first ([`article_core::load_first_screen`]).
pub async fn fetch_and_load(
    url: &str,
    limits: &Limits,
    timeout_ms: u32,
    early: Option<EarlyFetch>,
) -> Result<(Loaded, Option<Rest>), ViewerError> {
    let fetched = fetch_article(url, limits, timeout_ms, early).await?;
    article_core::load_first_screen(fetched.text, Some(&fetched.url), limits).map_err(|error| {
        ViewerError::Document {
            url: Some(fetched.url),
            error,
        }
    })
}

async fn fetch_article(
    url: &str,
    limits: &Limits,
    timeout_ms: u32,
    early: Option<EarlyFetch>,
) -> Result<Fetched, ViewerError> {
    let (response, controller) = match early {
        Some(early) => (early.response, Some(early.controller)),
        None => start(url),
    };
    let signal = controller.as_ref().map(AbortController::signal);
    // Aborts the request, and the reading of its body, if they outlast the limit;
    // dropped (and so cancelled) when this function returns.
    let _deadline =
        controller.map(|controller| Timeout::new(timeout_ms, move || controller.abort()));
    let failed = |error: JsValue| {
        if signal.as_ref().is_some_and(|signal| signal.aborted()) {
            ViewerError::TimedOut {
                url: url.to_owned(),
                seconds: timeout_ms.div_ceil(1000),
            }
        } else {
            ViewerError::Network {
                url: url.to_owned(),
                message: js_message(&error),
            }
        }
    };

    let response: Response = JsFuture::from(response)
        .await
        .and_then(JsCast::dyn_into)
        .map_err(failed)?;
    if !response.ok() {
        return Err(ViewerError::Status {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let too_large = |error| ViewerError::Document {
        url: Some(url.to_owned()),
        error,
    };
    // A document announced as too large is refused before its body is downloaded.
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let announced = header("content-length").and_then(|length| length.parse().ok());
    if let Some(bytes) = announced {
        limits.check_size(bytes).map_err(too_large)?;
    }
    // The announced length is the decoded one only for a body sent as it is, which only a
    // same-origin response can be seen to be (another origin's `Content-Encoding` is hidden).
    let length_is_decoded = response.type_() == ResponseType::Basic
        && header("content-encoding").is_none_or(|encoding| encoding == "identity");
    if announced.is_some() && length_is_decoded {
        // The browser holds the body to the length it announced.
        let text = response.text().map_err(failed)?;
        let text = JsFuture::from(text).await.map_err(failed)?;
        return Ok(fetched(
            text.as_string().unwrap_or_default(),
            &response,
            url,
        ));
    }
    // Chromium's network panel may list a body read this way as cancelled once it is
    // read whole; the document is complete all the same.
    let bytes = match response.body() {
        Some(body) => {
            let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
            read_within(&reader, limits)
                .await
                .map_err(|error| error.map_or_else(too_large, failed))?
        }
        None => Vec::new(),
    };
    // As `Response.text()` decodes: UTF-8, with U+FFFD for what is not. Valid bytes become the
    // text as they are (through the browser's decoder and back, 2 MB took longer); others go
    // to that decoder, which replaces them as `Response.text()` does, rather than to Rust's
    // lossy conversion (about 600 bytes brotli of code).
    let text = String::from_utf8(bytes).or_else(|invalid| {
        TextDecoder::new()
            .and_then(|decoder| decoder.decode_with_u8_array(invalid.as_bytes()))
            .map_err(failed)
    })?;
    Ok(fetched(text, &response, url))
}

/// The document, with the address it came from after redirects.
fn fetched(text: String, response: &Response, requested: &str) -> Fetched {
    let final_url = response.url();
    Fetched {
        text,
        url: if final_url.is_empty() {
            requested.to_owned()
        } else {
            final_url
        },
    }
}

fn start(url: &str) -> (Promise, Option<AbortController>) {
    let controller = AbortController::new().ok();
    let init = RequestInit::new();
    init.set_signal(controller.as_ref().map(AbortController::signal).as_ref());
    let headers = js_sys::Object::new();
    let _ = Reflect::set(&headers, &"Accept".into(), &"application/json".into());
    init.set_headers(&headers);
    let response = match web_sys::window() {
        Some(window) => window.fetch_with_str_and_init(url, &init),
        None => Promise::reject(&"no window to fetch from".into()),
    };
    (response, controller)
}

/// The body's bytes, counted as they arrive; the read is cancelled once they pass the
/// document size limit (`Err(Err(..))`). A read that fails is `Err(Ok(thrown))`.
async fn read_within(
    reader: &ReadableStreamDefaultReader,
    limits: &Limits,
) -> Result<Vec<u8>, Result<JsValue, article_core::LoadError>> {
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(Ok)?;
        if Reflect::get(&chunk, &"done".into()).is_ok_and(|done| done.is_truthy()) {
            return Ok(bytes);
        }
        let Ok(value) = Reflect::get(&chunk, &"value".into()) else {
            continue;
        };
        let value: Uint8Array = value.unchecked_into();
        if let Err(error) = limits.check_received(bytes.len() + value.length() as usize) {
            // Tells the server to stop sending; what it sent is dropped.
            let _ = reader.cancel();
            return Err(Err(error));
        }
        let start = bytes.len();
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
    }
}

/// A thrown JS value in words: an `Error`'s message, or the value as text.
fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the request failed".to_owned())
}
