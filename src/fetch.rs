//! Fetching an article's JSON, within a time limit and the document size limit.

use crate::error::ViewerError;
use article_core::Limits;
use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use web_sys::AbortController;

/// The document's text and the address it finally came from (after redirects),
/// which its relative URLs resolve against.
pub struct Fetched {
    pub text: String,
    pub url: String,
}

pub async fn fetch_article(
    url: &str,
    limits: &Limits,
    timeout_ms: u32,
) -> Result<Fetched, ViewerError> {
    let network_error = |error: gloo_net::Error| ViewerError::Network {
        url: url.to_owned(),
        message: error.to_string(),
    };
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(AbortController::signal);
    // Aborts the request, and the reading of its body, if they outlast the limit;
    // dropped (and so cancelled) when this function returns.
    let _deadline =
        controller.map(|controller| Timeout::new(timeout_ms, move || controller.abort()));
    let timed_out = || signal.as_ref().is_some_and(|signal| signal.aborted());
    let timed_out_error = || ViewerError::TimedOut {
        url: url.to_owned(),
        seconds: timeout_ms.div_ceil(1000),
    };

    let response = match Request::get(url)
        .header("Accept", "application/json")
        .abort_signal(signal.as_ref())
        .send()
        .await
    {
        Ok(response) => response,
        Err(_) if timed_out() => return Err(timed_out_error()),
        Err(error) => return Err(network_error(error)),
    };
    if !response.ok() {
        return Err(ViewerError::Status {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    // A document announced as too large is refused before its body is downloaded.
    let announced = response
        .headers()
        .get("content-length")
        .and_then(|length| length.parse().ok());
    if let Some(Err(error)) = announced.map(|bytes| limits.check_size(bytes)) {
        return Err(ViewerError::Document {
            url: Some(url.to_owned()),
            error,
        });
    }
    let final_url = response.url();
    let text = match response.text().await {
        Ok(text) => text,
        Err(_) if timed_out() => return Err(timed_out_error()),
        Err(error) => return Err(network_error(error)),
    };
    Ok(Fetched {
        text,
        url: if final_url.is_empty() {
            url.to_owned()
        } else {
            final_url
        },
    })
}
