#![cfg(not(target_arch = "wasm32"))]
//! Runes, the bytes of strings and the bit operators, as Go 1.19 has them: a rune
//! literal is an untyped rune constant whose default type is `rune` (`int32` to `%T`),
//! `rune` arithmetic wraps at 32 bits, `rune` and `int` are different types, a string
//! holds bytes (`"\xff"` is one), and a shift past 63 bits leaves 0 or the sign. Each
//! expected text is what real Go printed for the program beside it, saved as `prog.go`.

use producer_consumer_lab::sim::golang::{self, GoRun};
use producer_consumer_lab::sim::scenario::PolicyKind;

/// What the program prints on standard output when it runs to its end.
fn stdout_of(src: &str) -> String {
    let program = golang::build(src).expect("Go builds it");
    let mut run = GoRun::new(program, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    run.stdout().to_string()
}

/// What `go build` prints for `src` (saved as `prog.go`), from the lab's checker.
fn go_build(src: &str) -> String {
    match golang::build(src) {
        Ok(_) => String::from("(builds)"),
        Err(errors) => golang::error::go_build_output("prog.go", &errors),
    }
}

/// `src` as the body of `main` in a program importing fmt.
fn main_body(body: &str) -> String {
    format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n{body}}}\n")
}

#[test]
fn a_rune_literal_defaults_to_rune_which_percent_t_calls_int32() {
    let src = main_body("\tr := 'a'\n\tfmt.Printf(\"%T %v %c %q %U\\n\", r, r, r, r, r)\n");
    assert_eq!(stdout_of(&src), "int32 97 a 'a' U+0061\n");
}

#[test]
fn rune_arithmetic_wraps_at_32_bits() {
    let src = main_body(
        "\tvar r rune = 2147483647\n\tr++\n\tbig := 5000000000\n\tfmt.Println(r, rune(big))\n",
    );
    assert_eq!(stdout_of(&src), "-2147483648 705032704\n");
}

#[test]
fn an_int_and_a_rune_are_mismatched_types() {
    let src = main_body("\tn := 3\n\tr := 'a'\n\tfmt.Println(n + r)\n");
    assert_eq!(
        go_build(&src),
        "# command-line-arguments\n./prog.go:8:14: invalid operation: n + r (mismatched types int and rune)\n"
    );
}

#[test]
fn a_rune_literal_in_a_message_shows_its_value() {
    let src = main_body("\tvar s string = 'a'\n\tfmt.Println(s)\n");
    assert_eq!(
        go_build(&src),
        "# command-line-arguments\n./prog.go:6:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration\n"
    );
}

#[test]
fn string_of_a_rune_variable_is_its_utf8_or_the_replacement_character() {
    let src = main_body(
        "\tr := 'é'\n\tn := -1\n\tfmt.Println(string(r), len(string(r)), string(rune(n)))\n",
    );
    assert_eq!(stdout_of(&src), "é 2 \u{fffd}\n");
}

#[test]
fn a_string_is_bytes_so_a_byte_escape_is_one_byte_long() {
    let src = main_body("\tfmt.Println(len(\"\\xff\"), len(\"\\377\"), len(\"é\"))\n");
    assert_eq!(stdout_of(&src), "1 1 2\n");
}

#[test]
fn quoting_a_string_that_is_not_utf8_escapes_each_stray_byte() {
    let src =
        main_body("\ts := \"\\xffok\\xe4\\xb8\"\n\tfmt.Printf(\"%q %x %d\\n\", s, s, len(s))\n");
    assert_eq!(stdout_of(&src), "\"\\xffok\\xe4\\xb8\" ff6f6be4b8 5\n");
}

#[test]
fn concatenated_bytes_that_form_utf8_print_as_the_character() {
    let src = main_body(
        "\tu := \"\\xe4\"\n\tu += \"\\xb8\\x96\"\n\tfmt.Println(u, len(u), u == \"世\")\n",
    );
    assert_eq!(stdout_of(&src), "世 3 true\n");
}

#[test]
fn shifts_past_the_width_leave_zero_or_the_sign_and_bitwise_operators_work_on_ints() {
    let src = main_body(
        "\tn := 70\n\tx := 12\n\tfmt.Println(1<<n, -8>>n, x&10, x|3, x^5, x&^4, ^x, 1<<10)\n",
    );
    assert_eq!(stdout_of(&src), "0 -1 8 15 9 8 -13 1024\n");
}

#[test]
fn a_negative_shift_count_is_a_run_time_panic_and_a_constant_one_a_compile_error() {
    let src = main_body("\tfmt.Println(1 << -1)\n");
    assert_eq!(
        go_build(&src),
        "# command-line-arguments\n./prog.go:6:19: invalid operation: negative shift count -1 (untyped int constant)\n"
    );
    let program = golang::build(&main_body("\tk := -1\n\tfmt.Println(1 << k)\n")).expect("builds");
    let mut run = GoRun::new(program, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    let outcome = format!("{:?}", run.outcome());
    assert!(
        outcome.contains("panic: runtime error: negative shift amount"),
        "{outcome}"
    );
}
