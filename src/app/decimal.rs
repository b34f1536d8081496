//! Decimal text for the page's few non-integer numbers (SVG coordinates, metrics), written
//! with integer arithmetic: Rust's float formatting (`{:.1}`) pulls about 10 KB of float
//! printing into the wasm, and the lab needs no more than a fixed number of decimals.

/// `value` with exactly `decimals` digits after the point (0 to 9), rounded half away
/// from zero, as `format!("{value:.N}")` writes it for the lab's values; `NaN` and
/// infinities (never drawn) become `0`.
pub fn fixed(value: f64, decimals: u32) -> String {
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals);
    if !value.is_finite() {
        return fixed(0.0, decimals);
    }
    // `floor(x + 0.5)` is one wasm instruction; `f64::round` would pull in libm.
    let scaled = (value.abs() * scale as f64 + 0.5).floor();
    let units = if scaled >= u64::MAX as f64 {
        u64::MAX
    } else {
        scaled as u64
    };
    let sign = if value < 0.0 && units > 0 { "-" } else { "" };
    let (whole, part) = (units / scale, units % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{part:0width$}", width = decimals as usize)
    }
}
