//! The web app's entry point: installs the crash overlay, then mounts the lab (wasm32 only).
//!
//! The panic hook goes in before anything is rendered, so even a panic during the first
//! render shows the overlay instead of a blank page.

/// Mounts [`App`](producer_consumer_lab::app::App) on the page's `<body>`.
#[cfg(target_arch = "wasm32")]
fn main() {
    use producer_consumer_lab::app::{crash_overlay, App};

    crash_overlay::install_panic_hook();
    crash_overlay::listen_for_test_panic();
    // Before the first render: the URL sync may rewrite the address during it.
    let _ = producer_consumer_lab::app::browser::opened_query();
    yew::Renderer::<App>::new().render();
}

/// Explains, on a native build, where the app actually runs.
///
/// Native builds exist for the simulation's tests and the `pc-trace` tool; this binary
/// only makes sense in a browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "producer-consumer-lab is a web app: run ./scripts/serve.sh and open \
         http://127.0.0.1:8080/ (or use the pc-trace tool: cargo run --bin pc-trace)"
    );
    std::process::exit(2);
}
