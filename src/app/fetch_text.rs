//! Fetching a teaching asset (`challenges.txt`, `lessons.txt`, `program-challenges.txt`,
//! `programs/*.go`) as text when its panel opens: the prose stays out of the wasm, and a
//! failure becomes a message naming the file.
//!
//! The single-file build (`scripts/inline-single.mjs`) carries every asset in
//! `window.pclabAssets`, by the same names: a page opened from `file://` or from an LMS
//! cannot fetch its neighbours, so an inlined asset is read from there first.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text at `url`, or why it could not be fetched.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    if let Some(text) = inlined(&window, url) {
        return Ok(text);
    }
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

/// The single-file build's copy of `url`, if the page is that build and holds it.
fn inlined(window: &web_sys::Window, url: &str) -> Option<String> {
    let assets = js_sys::Reflect::get(window, &"pclabAssets".into()).ok()?;
    if !assets.is_object() {
        return None;
    }
    js_sys::Reflect::get(&assets, &url.into()).ok()?.as_string()
}
