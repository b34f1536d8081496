//! `app::decimal::fixed`, the integer-only decimal writer the page uses instead of Rust's
//! float formatting, against `format!("{:.N}")` itself (run under Node: no DOM needed).
#![cfg(target_arch = "wasm32")]

use producer_consumer_lab::app::decimal::fixed;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn fixed_writes_what_rusts_own_formatting_writes_for_the_labs_values() {
    let values = [
        0.0,
        1.0,
        12.25,
        99.94,
        123.456,
        0.04,
        -2.71,
        544.0,
        1e6 / 3.0,
        7.5,
    ];
    for value in values {
        for decimals in 0..4u32 {
            let want = format!("{value:.*}", decimals as usize);
            let got = fixed(value, decimals);
            // Exact ties (12.25 to one decimal) may round the other way: one unit apart.
            let unit = 1.0 / 10f64.powi(decimals as i32);
            let number = |text: &str| text.parse::<f64>().unwrap_or(f64::NAN);
            let apart = (number(&want) - number(&got)).abs();
            assert!(
                got == want || apart <= unit * 1.01,
                "{value} .{decimals}: {got} vs {want}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn fixed_keeps_trailing_zeros_and_never_writes_minus_zero_or_nan() {
    assert_eq!(fixed(12.0, 1), "12.0");
    assert_eq!(fixed(3.0, 0), "3");
    assert_eq!(fixed(-0.01, 1), "0.0");
    assert_eq!(fixed(-2.25, 1).chars().next(), Some('-'));
    assert_eq!(fixed(f64::NAN, 2), "0.00");
    assert_eq!(fixed(f64::INFINITY, 1), "0.0");
}
