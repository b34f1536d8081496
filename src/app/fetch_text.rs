//! Fetching a teaching asset (`challenges.txt`, `lessons.txt`) as text when its panel
//! opens: the prose stays out of the wasm, and a failure becomes a message naming the file.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text at `url`, or why it could not be fetched.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let failed = |_| format!("could not fetch {url}");
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    if !response.ok() {
        return Err(format!(
            "could not fetch {url}: status {}",
            response.status()
        ));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    text.as_string().ok_or_else(|| format!("{url} is not text"))
}
