#![cfg(not(target_arch = "wasm32"))]
//! Untyped integer constants are exact in Go, wider than `int`: `10000000000000000000 / 10`
//! is a valid constant, and a constant fails only where a typed use cannot hold it, with
//! types2's wording (`(overflows)` in an assignment context, `overflows int` in an
//! operation). Each expected text is what `go build` (Go 1.19) printed for the program
//! beside it, saved as `prog.go`, pasted unchanged; the run's output is `go run`'s.

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

#[test]
fn constant_arithmetic_past_int_is_exact_while_the_result_fits() {
    let src = "package main\n\nimport \"fmt\"\n\nconst big = 10000000000000000000\n\nfunc main() {\n\tfmt.Println(big/10, big*4/8 > 0, 9223372036854775807*3/3)\n}\n";
    let program = golang::build(src).expect("Go builds it");
    let mut run = GoRun::new(program, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    assert_eq!(
        run.stdout(),
        "1000000000000000000 true 9223372036854775807\n"
    );
}

#[test]
fn an_untyped_constant_too_big_for_int_in_a_short_declaration_overflows_in_assignment() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	x := 9223372036854775807 + 1
	fmt.Println(x)
}
"#,
        "# command-line-arguments\n./prog.go:6:7: cannot use 9223372036854775807 + 1 (untyped int constant 9223372036854775808) as int value in assignment (overflows)\n",
    );
}

#[test]
fn a_literal_too_big_for_int_in_a_var_declaration_overflows_without_repeating_its_value() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	var x int = 10000000000000000000
	fmt.Println(x)
}
"#,
        "# command-line-arguments\n./prog.go:6:14: cannot use 10000000000000000000 (untyped int constant) as int value in variable declaration (overflows)\n",
    );
}

#[test]
fn an_untyped_constant_too_big_for_int_as_a_println_argument_overflows_in_argument_to_fmt_println()
{
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	fmt.Println(-(-9223372036854775807 - 1))
}
"#,
        "# command-line-arguments\n./prog.go:6:14: cannot use -(-9223372036854775807 - 1) (untyped int constant 9223372036854775808) as int value in argument to fmt.Println (overflows)\n",
    );
}

#[test]
fn a_typed_int_constant_expression_past_the_maximum_overflows_int() {
    expect_go_build(
        r#"package main

import "fmt"

const limit int = 9223372036854775807

func main() {
	fmt.Println(limit + 1)
}
"#,
        "# command-line-arguments\n./prog.go:8:14: limit + 1 (constant 9223372036854775808 of type int) overflows int\n",
    );
}

#[test]
fn negating_the_smallest_typed_int_constant_overflows_int() {
    expect_go_build(
        r#"package main

import "fmt"

const m int = -9223372036854775807 - 1

func main() {
	fmt.Println(-m)
}
"#,
        "# command-line-arguments\n./prog.go:8:14: -m (constant 9223372036854775808 of type int) overflows int\n",
    );
}

#[test]
fn a_duration_constant_past_the_maximum_overflows_int64() {
    expect_go_build(
        r#"package main

import "time"

func main() {
	time.Sleep(10000000000 * time.Second)
}
"#,
        "# command-line-arguments\n./prog.go:6:13: 10000000000 * time.Second (constant 10000000000000000000 of type time.Duration) overflows int64\n",
    );
}

#[test]
fn an_untyped_constant_operand_too_big_for_the_other_operands_type_overflows_it() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	n := 3
	fmt.Println(n + 10000000000000000000)
}
"#,
        "# command-line-arguments\n./prog.go:7:18: 10000000000000000000 (untyped int constant) overflows int\n",
    );
}

#[test]
fn converting_an_untyped_constant_too_big_for_a_duration_cannot_convert() {
    expect_go_build(
        r#"package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Duration(10000000000000000000))
}
"#,
        "# command-line-arguments\n./prog.go:9:28: cannot convert 10000000000000000000 (untyped int constant) to type time.Duration\n",
    );
}

#[test]
fn a_switch_tag_constant_too_big_for_int_overflows_in_switch_expression() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	switch 10000000000000000000 {
	case 1:
		fmt.Println()
	}
}
"#,
        "# command-line-arguments\n./prog.go:6:9: cannot use 10000000000000000000 (untyped int constant) as int value in switch expression (overflows)\n",
    );
}

#[test]
fn a_constant_from_a_variable_is_not_constant_and_its_uses_raise_nothing_more() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	n := 3
	const limit = n * 2
	fmt.Println(limit)
}
"#,
        "# command-line-arguments\n./prog.go:7:16: n * 2 (value of type int) is not constant\n",
    );
}
