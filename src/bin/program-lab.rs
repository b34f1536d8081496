//! The program lab's entry point, a bundle of its own: installs the crash overlay, then
//! mounts [`ProgramApp`](producer_consumer_lab::app::ProgramApp) (wasm32 only).
//!
//! `static/loader.js` loads this bundle instead of the scenario lab's for a program link
//! (`?program=…`, `?edit=go`), so the scenario page never downloads the Go interpreter,
//! and a program page never downloads the monitor and semaphore labs, the explorer and
//! the lessons. Trunk builds it from the `data-type="worker"` link in `index.html` (Trunk
//! allows one "main" app per page); `scripts/post-build.mjs` gives its files hashed
//! names and writes them into the loader's tag.

/// Mounts the program lab on the page's `<body>`.
#[cfg(target_arch = "wasm32")]
fn main() {
    use producer_consumer_lab::app::{crash_overlay, ProgramApp};

    crash_overlay::install_panic_hook();
    crash_overlay::listen_for_test_panic();
    // Before the first render: the address sync may rewrite the address during it.
    let _ = producer_consumer_lab::app::browser::opened_query();
    yew::Renderer::<ProgramApp>::new().render();
}

/// Explains, on a native build, where the program lab actually runs.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "program-lab is the web app's program lab: run ./scripts/serve.sh and open \
         http://127.0.0.1:8080/?edit=go (or run a Go file natively: cargo run --bin pc-trace -- --go FILE)"
    );
    std::process::exit(2);
}
