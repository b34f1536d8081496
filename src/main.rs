//! The web app's entry point: mounts the lab (wasm32 only).

fn main() {}
