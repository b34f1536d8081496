#![cfg(not(target_arch = "wasm32"))]
//! Declaration groups as Go reads them: `iota` counts the specs of a `const ( ... )`
//! group, a spec without values repeats the last spec's type and values, and a grouped
//! `var ( ... )` inside a function declares its names in that function's block (not in a
//! block of its own). Each expected text is what Go 1.19 printed for the program beside
//! it, saved as `prog.go` (`go build`, `go run`).

use producer_consumer_lab::sim::golang::{self, GoRun};
use producer_consumer_lab::sim::scenario::PolicyKind;

/// What `go build` prints for `src` (saved as `prog.go`), from the lab's checker.
fn expect_go_build(src: &str, want: &str) {
    let got = match golang::build(src) {
        Ok(_) => String::from("(builds)"),
        Err(errors) => golang::error::go_build_output("prog.go", &errors),
    };
    assert_eq!(got, want);
}

/// What `src` prints when run to its end in Go's order.
fn printed(src: &str) -> String {
    let program = golang::build(src).expect("Go builds it");
    let mut run = GoRun::new(program, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    run.stdout()
}

#[test]
fn iota_counts_the_specs_of_a_const_group_and_a_spec_without_values_repeats_the_last() {
    // Typed and untyped, several names to a spec, `_` skipping a value, strings, and a
    // group inside a function.
    assert_eq!(
        printed(
            r#"package main

import (
	"fmt"
	"time"
)

const (
	A time.Duration = iota * time.Millisecond
	B
	C
)

const (
	p, q = iota, iota * 2
	r, s
	_, _
	t, u
)

const (
	word = "s"
	again
	n = iota + 100
	m
)

const single = iota

func main() {
	const (
		low = iota - 1
		mid
		high
	)
	fmt.Println(A, B, C, p, q, r, s, t, u, word, again, n, m, single, low, mid, high)
	fmt.Printf("%T %T\n", B, mid)
}
"#
        ),
        "0s 1ms 2ms 0 0 1 2 3 6 s s 102 103 0 -1 0 1\ntime.Duration int\n"
    );
}

#[test]
fn a_grouped_var_inside_a_function_declares_its_names_in_the_enclosing_block() {
    assert_eq!(
        printed(
            r#"package main

import "fmt"

func main() {
	var (
		a = 1
		b = 2
	)
	fmt.Println(a, b)
}
"#
        ),
        "1 2\n"
    );
}

#[test]
fn iota_outside_a_const_declaration_and_a_typed_spec_without_values_are_gos_errors() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	x := iota
	fmt.Println(x)
}
"#,
        "# command-line-arguments\n./prog.go:6:7: cannot use iota outside constant declaration\n",
    );
    expect_go_build(
        r#"package main

import "fmt"

const (
	a = iota
	b int
)

func main() {
	fmt.Println(a, b)
}
"#,
        "# command-line-arguments\n./prog.go:7:2: missing init expr for b\n",
    );
}
