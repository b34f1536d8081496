#![cfg(not(target_arch = "wasm32"))]
//! Details of how a program is written that real Go keeps: its messages quote literals as
//! they were written (`0x10`, `1_000_000`, `` `raw` ``, `'a'`), and a `func init` runs
//! after the package variables and before main. Each expected text is what Go 1.19
//! printed for the program beside it, saved as `prog.go` (`go build`, `go run`).

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
fn init_functions_run_in_order_after_the_package_variables_and_before_main() {
    let src = r#"package main

import "fmt"

func init() { fmt.Println("one") }
func init() { fmt.Println("two") }

var x = f()

func f() int { fmt.Println("var"); return 1 }

func main() {
	fmt.Println("main", x)
}
"#;
    let program = golang::build(src).expect("Go builds it");
    let mut run = GoRun::new(program, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    assert_eq!(run.stdout(), "var\none\ntwo\nmain 1\n");
}

#[test]
fn init_cannot_be_called_and_takes_no_arguments() {
    expect_go_build(
        r#"package main

import "fmt"

func init() {
	fmt.Println("a")
}

func main() {
	init()
}
"#,
        "# command-line-arguments\n./prog.go:10:2: undefined: init\n",
    );
    expect_go_build(
        r#"package main

func init(x int) {
}

func main() {
}
"#,
        "# command-line-arguments\n./prog.go:3:6: func init must have no arguments and no return values\n",
    );
}

#[test]
fn a_hex_literal_is_quoted_as_written_with_its_value_beside_it() {
    expect_go_build(
        r#"package main

func main() {
	var s string = 0x10
	_ = s
}
"#,
        "# command-line-arguments\n./prog.go:4:17: cannot use 0x10 (untyped int constant 16) as string value in variable declaration\n",
    );
}

#[test]
fn an_octal_literal_in_a_mismatched_operation_is_quoted_as_written() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	fmt.Println("a" + 017)
}
"#,
        "# command-line-arguments\n./prog.go:6:14: invalid operation: \"a\" + 017 (mismatched types untyped string and untyped int)\n",
    );
}

#[test]
fn an_integer_literal_with_underscores_is_quoted_as_written() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	limit := "max"
	fmt.Println(limit + 1_000_000)
}
"#,
        "# command-line-arguments\n./prog.go:7:14: invalid operation: limit + 1_000_000 (mismatched types string and untyped int)\n",
    );
}

#[test]
fn a_raw_string_keeps_its_backquotes_and_shows_its_value() {
    expect_go_build(
        r#"package main

func main() {
	var n int = `raw`
	_ = n
}
"#,
        "# command-line-arguments\n./prog.go:4:14: cannot use `raw` (untyped string constant \"raw\") as int value in variable declaration\n",
    );
}

#[test]
fn a_string_with_an_escape_is_quoted_as_written_and_its_value_decoded() {
    expect_go_build(
        r#"package main

func main() {
	var n int = "\x41"
	_ = n
}
"#,
        "# command-line-arguments\n./prog.go:4:14: cannot use \"\\x41\" (untyped string constant \"A\") as int value in variable declaration\n",
    );
}

#[test]
fn a_long_string_constants_value_is_cut_at_72_characters_as_go_constant_prints_it() {
    expect_go_build(
        r#"package main

func main() {
	var n int = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"
	_ = n
}
"#,
        "# command-line-arguments\n./prog.go:4:14: cannot use \"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\" (untyped string constant \"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop...) as int value in variable declaration\n",
    );
}

#[test]
fn a_syntax_error_names_a_hex_literal_as_written() {
    expect_go_build(
        r#"package main

func main() {
	x := 1
	x 0x10
}
"#,
        "# command-line-arguments\n./prog.go:5:4: syntax error: unexpected literal 0x10 at end of statement\n",
    );
}

#[test]
fn a_syntax_error_names_a_rune_literal_as_written() {
    expect_go_build(
        r#"package main

func main() {
	x := 1
	x 'a'
}
"#,
        "# command-line-arguments\n./prog.go:5:4: syntax error: unexpected literal 'a' at end of statement\n",
    );
}

#[test]
fn a_func_type_with_grouped_parameter_names_gives_each_name_the_type_after_it() {
    let src = r#"package main

import "fmt"

func apply(f func(a, b int) int, x, y int) int { return f(x, y) }

func main() {
	var op func(x, y int) int = func(x, y int) int { return x - y }
	fmt.Println(apply(op, 10, 3))
}
"#;
    let program = golang::build(src).expect("Go builds it");
    let mut run = GoRun::new(program, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    assert_eq!(run.stdout(), "7\n");
}

#[test]
fn a_func_type_naming_some_parameters_only_is_a_syntax_error() {
    expect_go_build(
        "package main\n\nfunc main() {\n\tvar f func(a int, string)\n\t_ = f\n}\n",
        "# command-line-arguments\n./prog.go:4:20: syntax error: mixed named and unnamed parameters\n",
    );
}
