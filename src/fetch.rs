//! Fetching an article's JSON.

use crate::error::ViewerError;
use gloo_net::http::Request;

/// The document's text and the address it finally came from (after redirects),
/// which its relative URLs resolve against.
pub struct Fetched {
    pub text: String,
    pub url: String,
}

pub async fn fetch_article(url: &str) -> Result<Fetched, ViewerError> {
    let network_error = |error: gloo_net::Error| ViewerError::Network {
        url: url.to_owned(),
        message: error.to_string(),
    };
    let response = Request::get(url)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(network_error)?;
    if !response.ok() {
        return Err(ViewerError::Status {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let final_url = response.url();
    let text = response.text().await.map_err(network_error)?;
    Ok(Fetched {
        text,
        url: if final_url.is_empty() {
            url.to_owned()
        } else {
            final_url
        },
    })
}
