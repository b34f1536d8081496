//! The page's memory allocator: Talc in place of the standard library's dlmalloc.
//!
//! Issue 11 lists a smaller allocator among the levers for a lighter bundle. Talc is made
//! for WebAssembly (it grows the wasm memory itself, as dlmalloc does) and is smaller and
//! faster there; `scripts/bundle-size.sh` gives what it saves (the README's "Bundle size").
//! The page is single-threaded (no `atomics` target feature), which the cfg in `mod.rs`
//! requires, since this allocator takes no lock.
//!
//! Native builds (the tests, `pc-trace`) keep the system allocator.

/// Every allocation of the scenario lab, the program lab and the wasm tests.
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
