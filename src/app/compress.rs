//! Packing a learner's program into a link with the browser's own `CompressionStream`
//! (`deflate-raw`), and unpacking it with `DecompressionStream`: no compression code in
//! the wasm. The bindings are declared here because web-sys still marks these streams
//! unstable; they are the standard Compression Streams API, in every current browser.

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::sim::golang::program_link::{base64url, from_base64url};
use crate::sim::golang::MAX_SOURCE_BYTES;

#[wasm_bindgen]
extern "C" {
    /// `CompressionStream`: bytes in, compressed bytes out.
    type CompressionStream;
    #[wasm_bindgen(catch, constructor)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> web_sys::WritableStream;

    /// `DecompressionStream`: compressed bytes in, bytes out.
    type DecompressionStream;
    #[wasm_bindgen(catch, constructor)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter, js_name = readable)]
    fn out_of(this: &DecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter, js_name = writable)]
    fn into_stream(this: &DecompressionStream) -> web_sys::WritableStream;
}

/// The format both ends use: deflate without zlib's header and checksum (smallest links).
const FORMAT: &str = "deflate-raw";

/// The longest `program=` value read: twice what the largest program packs to even
/// without compression, so a hostile link cannot make the page inflate more than tens
/// of megabytes (deflate's best ratio is about 1000:1) before the size check.
const MAX_PACKED: usize = 2 * MAX_SOURCE_BYTES * 4 / 3;

/// Feeds `bytes` through a transform stream's two ends and collects what comes out.
async fn pipe(
    bytes: &[u8],
    writable: web_sys::WritableStream,
    readable: web_sys::ReadableStream,
) -> Result<Vec<u8>, JsValue> {
    let writer = writable.get_writer()?;
    // Not awaited before reading: the stream may wait for its reader (backpressure).
    // Their rejections are the reader's too, so they are caught here and dropped.
    let wrote = writer.write_with_chunk(&Uint8Array::from(bytes));
    let closed = writer.close();
    let noop = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = wrote.catch(&noop);
    let _ = closed.catch(&noop);
    noop.forget();
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&readable))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// `source` compressed and written as base64url, for `program=`.
pub async fn pack(source: &str) -> Result<String, String> {
    let failed = |_| "this browser cannot compress the program (no CompressionStream)".to_string();
    let stream = CompressionStream::new(FORMAT).map_err(failed)?;
    let (w, r) = (stream.writable(), stream.readable());
    let bytes = pipe(source.as_bytes(), w, r).await.map_err(failed)?;
    Ok(base64url(&bytes))
}

/// The program a `program=` value holds, or why it cannot be read.
pub async fn unpack(packed: &str) -> Result<String, String> {
    if packed.len() > MAX_PACKED {
        return Err(format!(
            "program= is {} characters long; a link's program packs to at most {MAX_PACKED}",
            packed.len()
        ));
    }
    let bytes =
        from_base64url(packed).map_err(|e| format!("program= is not a packed program: {e}"))?;
    let stream = DecompressionStream::new(FORMAT).map_err(|_| {
        "this browser cannot unpack the program (no DecompressionStream)".to_string()
    })?;
    let (w, r) = (stream.into_stream(), stream.out_of());
    let text = pipe(&bytes, w, r)
        .await
        .map_err(|_| "program= does not unpack: the link is damaged or cut off".to_string())?;
    if text.len() > MAX_SOURCE_BYTES {
        return Err(format!(
            "program= unpacks to {} bytes; the lab accepts programs of at most {MAX_SOURCE_BYTES}",
            text.len()
        ));
    }
    String::from_utf8(text).map_err(|_| "program= does not unpack to text (UTF-8)".to_string())
}
