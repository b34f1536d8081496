#![cfg(not(target_arch = "wasm32"))]
//! Go's compile errors, worded and placed as `go build` (Go 1.19) prints them, one rule
//! per test. Each expected text is real Go's output for the program beside it, built as
//! `prog.go` (`go build -tags faketime`), pasted unchanged, or, for a corpus program, the
//! output `tools/go-programs/record.py` recorded.

use producer_consumer_lab::sim::golang;

/// What `go build` prints for `src` (saved as `prog.go`), from the lab's checker.
fn expect_go_build(src: &str, want: &str) {
    let got = match golang::build(src) {
        Ok(_) => String::from("(builds)"),
        Err(errors) => golang::error::go_build_output("prog.go", &errors),
    };
    assert_eq!(got, want);
}

/// What `go build` prints for the corpus program `name`
/// (`tools/go-programs/programs/NAME.go`), against real Go's output recorded beside it.
fn expect_corpus_build(name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/go-programs");
    let src = std::fs::read_to_string(dir.join(format!("programs/{name}.go"))).expect("program");
    let golden =
        std::fs::read_to_string(dir.join(format!("golden/programs__{name}.json"))).expect("golden");
    let recorded: serde_json::Value = serde_json::from_str(golden.lines().next().unwrap_or(""))
        .expect("the golden's first line is JSON");
    let want = recorded["compile"].as_str().expect("real Go refused it");
    let got = match golang::build(&src) {
        Ok(_) => String::from("(builds)"),
        Err(errors) => golang::error::go_build_output(&format!("{name}.go"), &errors),
    };
    assert_eq!(got, want);
}

#[test]
fn a_typed_value_of_the_wrong_type_is_cannot_use_as_type() {
    expect_go_build(
        r#"package main

import "time"

func main() {
	n := 100
	time.Sleep(n)
}
"#,
        "# command-line-arguments\n./prog.go:7:13: cannot use n (variable of type int) as type time.Duration in argument to time.Sleep\n",
    );
}

#[test]
fn an_untyped_constant_of_the_wrong_kind_is_cannot_use_as_value() {
    expect_go_build(
        r#"package main

func main() {
	var n int = "five"
	_ = n
}
"#,
        "# command-line-arguments\n./prog.go:4:14: cannot use \"five\" (untyped string constant) as int value in variable declaration\n",
    );
}

#[test]
fn a_receive_is_described_as_a_comma_ok_expression() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	ch := make(chan int)
	var s string = <-ch
	fmt.Println(s)
}
"#,
        "# command-line-arguments\n./prog.go:7:17: cannot use <-ch (comma, ok expression of type int) as type string in variable declaration\n",
    );
}

#[test]
fn a_unary_operator_error_sits_at_its_operand() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	x := 3
	y := !x
	fmt.Println(y)
}
"#,
        "# command-line-arguments\n./prog.go:7:8: invalid operation: operator ! not defined on x (variable of type int)\n",
    );
}

#[test]
fn a_mismatched_comparison_is_reported_at_its_second_operand() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	n := 3
	fmt.Println(n == "3")
}
"#,
        "# command-line-arguments\n./prog.go:7:19: invalid operation: n == \"3\" (mismatched types int and untyped string)\n",
    );
}

#[test]
fn comparisons_name_the_operator_and_the_kind_they_lack() {
    expect_go_build(
        r#"package main

import "fmt"

func f() {}

func main() {
	a, b := true, false
	fmt.Println(a < b)
	c1, c2 := make(chan int), make(chan int)
	fmt.Println(c1 < c2)
	fmt.Println(f == f)
	fmt.Println(nil == nil)
}
"#,
        "# command-line-arguments\n./prog.go:9:14: invalid operation: a < b (operator < not defined on bool)\n./prog.go:11:14: invalid operation: c1 < c2 (operator < not defined on chan)\n./prog.go:12:14: invalid operation: f == f (func can only be compared to nil)\n./prog.go:13:21: invalid operation: nil == nil (operator == not defined on untyped nil)\n",
    );
}

#[test]
fn switch_cases_are_converted_to_the_tag_type_before_comparing() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	n := 2
	s := "a"
	switch {
	case 1:
		fmt.Println("one")
	case n:
	}
	switch n {
	case s:
	}
}
"#,
        "# command-line-arguments\n./prog.go:9:7: cannot convert 1 (untyped int constant) to bool\n./prog.go:11:7: invalid case n in switch on true (mismatched types int and bool)\n./prog.go:14:7: invalid case s in switch on n (mismatched types string and int)\n",
    );
}

#[test]
fn making_a_type_that_is_no_channel_slice_or_map_is_gos_error() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	ch := make(int)
	fmt.Println(ch)
}
"#,
        "# command-line-arguments\n./prog.go:6:13: invalid argument: cannot make int; type must be slice, map, or channel\n",
    );
}

#[test]
fn a_method_the_type_lacks_is_undefined_with_a_case_hint() {
    expect_go_build(
        r#"package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Foo()
	mu.lock()
	wg.Wait()
}
"#,
        "# command-line-arguments\n./prog.go:8:5: wg.Foo undefined (type sync.WaitGroup has no field or method Foo)\n./prog.go:9:5: mu.lock undefined (type sync.Mutex has no field or method lock, but does have Lock)\n",
    );
}

#[test]
fn a_name_the_package_lacks_is_undefined_at_the_name() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	fmt.Printn("x")
}
"#,
        "# command-line-arguments\n./prog.go:6:6: undefined: fmt.Printn\n",
    );
}

#[test]
fn a_package_used_as_a_value_is_not_in_selector() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	x := fmt
	fmt.Println(x)
}
"#,
        "# command-line-arguments\n./prog.go:6:7: use of package fmt not in selector\n",
    );
}

#[test]
fn a_second_import_of_a_package_is_redeclared_and_unused() {
    expect_go_build(
        r#"package main

import "fmt"
import "fmt"

func main() {
	fmt.Println("x")
}
"#,
        "# command-line-arguments\n./prog.go:4:8: fmt redeclared in this block\n\t./prog.go:3:8: other declaration of fmt\n./prog.go:4:8: imported and not used: \"fmt\"\n",
    );
}

#[test]
fn a_redeclared_variable_names_the_other_declaration_and_is_not_unused() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	x := 1
	var x int
	fmt.Println(x)
}
"#,
        "# command-line-arguments\n./prog.go:7:6: x redeclared in this block\n\t./prog.go:6:2: other declaration of x\n",
    );
}

#[test]
fn a_nil_without_a_type_makes_its_variable_invalid_and_silent() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	x := nil
	fmt.Println(x)
}
"#,
        "# command-line-arguments\n./prog.go:6:7: use of untyped nil in assignment\n",
    );
}

#[test]
fn go_and_defer_without_a_call_are_reported_and_checking_goes_on() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	go fmt.Println
	defer 1
}
"#,
        "# command-line-arguments\n./prog.go:6:8: expression in go must be function call\n./prog.go:7:8: expression in defer must be function call\n./prog.go:7:8: invalid operation: cannot call non-function 1 (untyped int constant)\n",
    );
}

#[test]
fn an_assignment_as_an_if_condition_is_named_with_its_sides() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	x := 1
	if x = 1 {
		fmt.Println(x)
	}
}
"#,
        "# command-line-arguments\n./prog.go:7:7: syntax error: cannot use assignment (x) = (1) as value\n",
    );
}

#[test]
fn ranging_over_a_send_only_channel_gives_the_cause_in_parentheses() {
    expect_go_build(
        r#"package main

import "fmt"

func consume(ch chan<- int) {
	for v := range ch {
		fmt.Println(v)
	}
}

func main() {
	consume(make(chan int))
}
"#,
        "# command-line-arguments\n./prog.go:6:17: cannot range over ch (variable of type chan<- int) (receive from send-only channel)\n",
    );
}
#[test]
fn bad_escapes_and_rune_literals_are_each_reported_where_go_reports_them() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	fmt.Println("a\qb", "\x4", "\777", "\ud800")
	fmt.Println('ab', '')
	x := 1 @ 2
	fmt.Println(x)
}
"#,
        "# command-line-arguments\n./prog.go:6:17: unknown escape\n./prog.go:6:26: invalid character '\"' in hexadecimal escape\n./prog.go:6:34: octal escape value 511 > 255\n./prog.go:6:44: escape is invalid Unicode code point U+D800\n./prog.go:7:14: more than one character in rune literal\n./prog.go:7:21: empty rune literal or unescaped '\n./prog.go:8:9: invalid character U+0040 '@'\n./prog.go:8:11: syntax error: unexpected literal 2 at end of statement\n",
    );
}

#[test]
fn a_newline_in_a_string_is_reported_at_the_newline_and_parsing_goes_on() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	fmt.Println("abc
	")
}
"#,
        "# command-line-arguments\n./prog.go:6:18: newline in string\n./prog.go:6:18: syntax error: unexpected newline in argument list; possibly missing comma or )\n./prog.go:7:4: newline in string\n",
    );
}

#[test]
fn an_unterminated_raw_string_reaches_the_end_of_the_file() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	fmt.Println(`abc)
}
"#,
        "# command-line-arguments\n./prog.go:6:14: string not terminated\n./prog.go:8:1: syntax error: unexpected EOF in argument list; possibly missing comma or )\n",
    );
}
#[test]
fn a_repeated_constant_case_is_a_duplicate_naming_the_previous_case() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	n := 2
	switch n {
	case 1, 2:
	case 1:
	}
	switch s := "a"; s {
	case "a", "b", "a":
	}
	switch {
	case true, true:
	}
	fmt.Println(n)
}
"#,
        "# command-line-arguments\n./prog.go:9:7: duplicate case 1 (constant of type int) in expression switch\n\t./prog.go:8:7: previous case\n./prog.go:12:17: duplicate case \"a\" (constant of type string) in expression switch\n\t./prog.go:12:7: previous case\n",
    );
}

#[test]
fn a_built_in_called_with_the_wrong_number_of_arguments_is_an_invalid_operation() {
    expect_go_build(
        r#"package main

func main() {
	ch := make(chan int)
	close()
	close(ch, ch)
	_ = len()
	panic()
}
"#,
        "# command-line-arguments\n./prog.go:5:2: invalid operation: not enough arguments for close() (expected 1, found 0)\n./prog.go:6:2: invalid operation: too many arguments for close(ch, ch) (expected 1, found 2)\n./prog.go:7:6: invalid operation: not enough arguments for len() (expected 1, found 0)\n./prog.go:8:2: invalid operation: not enough arguments for panic() (expected 1, found 0)\n",
    );
}

#[test]
fn too_many_return_values_points_at_the_first_value_too_many() {
    expect_go_build(
        r#"package main

func f() int {
	return 1, 2
}

func main() {
	f()
}
"#,
        "# command-line-arguments\n./prog.go:4:12: too many return values\n	have (number, number)\n	want (int)\n",
    );
}

#[test]
fn an_assignment_operation_with_mismatched_sides_is_spelled_as_written() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	n := 3
	n += "a"
	s := "x"
	s -= n
	fmt.Println(n, s)
}
"#,
        "# command-line-arguments\n./prog.go:7:2: invalid operation: n += \"a\" (mismatched types int and untyped string)\n./prog.go:9:2: invalid operation: s -= n (mismatched types string and int)\n",
    );
}

#[test]
fn a_make_size_is_converted_to_int_implicitly_or_must_be_an_integer() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	s := "3"
	a := make(chan int, "3")
	b := make(chan int, s)
	fmt.Println(a, b)
}
"#,
        "# command-line-arguments\n./prog.go:7:22: cannot convert \"3\" (untyped string constant) to int\n./prog.go:8:22: invalid argument: index s (variable of type string) must be integer\n",
    );
}

#[test]
fn a_built_in_with_a_result_or_a_conversion_as_a_statement_is_not_used() {
    expect_go_build(
        r#"package main

import "time"

func main() {
	ch := make(chan int, 1)
	cap(ch)
	(len(ch))
	time.Duration(5)
	<-ch
}
"#,
        "# command-line-arguments\n./prog.go:7:2: cap(ch) (value of type int) is not used\n./prog.go:8:2: (len(ch)) (value of type int) is not used\n./prog.go:9:2: time.Duration(5) (constant 5 of type time.Duration) is not used\n",
    );
}

#[test]
fn go_and_defer_describe_a_discarded_result_and_count_its_arguments_as_uses() {
    expect_go_build(
        r#"package main

func main() {
	ch := make(chan int, 1)
	go len(ch)
	defer int(3)
}
"#,
        "# command-line-arguments\n./prog.go:5:5: go discards result of len(ch) (value of type int)\n./prog.go:6:8: defer requires function call, not conversion int(3) (constant 3 of type int)\n",
    );
}

#[test]
fn a_package_function_or_method_named_without_a_call_is_described_by_its_signature() {
    expect_go_build(
        r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	fmt.Println
	wg.Add
}
"#,
        "# command-line-arguments\n./prog.go:10:2: fmt.Println (value of type func(a ...any) (n int, err error)) is not used\n./prog.go:11:2: wg.Add (value of type func(delta int)) is not used\n",
    );
}

#[test]
fn a_type_is_not_an_expression_and_a_built_in_must_be_called() {
    expect_go_build(
        r#"package main

import "time"

func main() {
	time.Duration
	x := int
	len
}
"#,
        "# command-line-arguments\n./prog.go:6:2: time.Duration (type) is not an expression\n./prog.go:7:7: int (type) is not an expression\n./prog.go:8:2: len (built-in) must be called\n",
    );
}

#[test]
fn a_function_literal_prints_its_parameters_as_written_and_its_type_with_each_name() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	func() {}
	func(a, b int) string { return fmt.Sprint(a, b) }
}
"#,
        "# command-line-arguments\n./prog.go:6:2: func() {} (value of type func()) is not used\n./prog.go:7:2: func(a, b int) string {…} (value of type func(a int, b int) string) is not used\n",
    );
}

#[test]
fn the_tenth_error_stops_the_build_with_too_many_errors_at_once() {
    expect_corpus_build("ce_ten_errors_too_many");
}

#[test]
fn a_conversion_without_its_one_argument_is_missing_or_has_too_many_at_the_last() {
    expect_go_build(
        r#"package main

import "fmt"

func main() {
	n := 1
	a := int()
	b := int(1, n)
	fmt.Println(a, b, string(65))
}
"#,
        "# command-line-arguments\n./prog.go:7:7: missing argument in conversion to int\n./prog.go:8:14: too many arguments in conversion to int\n",
    );
}

#[test]
fn a_print_calls_two_results_used_as_one_value_read_as_gos_multiple_value_error() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- fmt.Println(\"a\")\n}\n";
    let Err(errors) = golang::build(src) else {
        panic!("Go rejects it");
    };
    assert_eq!(
        golang::error::go_build_output("prog.go", &errors),
        "# command-line-arguments\n./prog.go:7:8: multiple-value fmt.Println(\"a\") (value of type (n int, err error)) in single-value context\n"
    );
}
