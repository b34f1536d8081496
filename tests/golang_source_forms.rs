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
