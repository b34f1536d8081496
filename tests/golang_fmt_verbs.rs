#![cfg(not(target_arch = "wasm32"))]
//! `fmt.Printf`, `fmt.Println` and `fmt.Print` byte for byte as Go 1.19 prints them, one
//! rule per test. Each expected output is real Go's for the program beside it (built with
//! `-tags faketime`, run with `GOMAXPROCS=1`, `tools/go-programs/gorun.py`), pasted
//! unchanged.

use producer_consumer_lab::sim::golang::{self, GoRun};
use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::scenario::PolicyKind;

/// Runs `src` to its end in Go's order: its lines and the first line of its error.
fn expect_stdout(src: &str, want: &[&str], error: &str) {
    let program = golang::build(src).expect("the program builds");
    let mut run = GoRun::new(program, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    let lines: Vec<String> = run
        .lines()
        .into_iter()
        .map(|l| l.text.to_string())
        .collect();
    assert_eq!(lines, want);
    let got_error = match run.outcome() {
        Some(Outcome::Error { message } | Outcome::Deadlock { message }) => {
            message.lines().next().unwrap_or_default().to_string()
        }
        _ => String::new(),
    };
    assert_eq!(got_error, error);
}

#[test]
fn integer_verbs_take_every_flag_as_go_does() {
    expect_stdout(
        r#"package main

import "fmt"

func main() {
	n := -7
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|%O\n", n, n, n, n, n, n, n, n, n, n)
	fmt.Printf("%#x|%#o|%08b|% d|%#b|%#08x|%+08d\n", 3054, 8, 5, 5, 5, 255, 42)
	fmt.Printf("%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%5.0d|\n", 7, 7, 7, 7, 0, 0)
	fmt.Printf("%c|%U|%#U|%q|%q|%+v|%#v\n", 72, 0x1F600, 0x1F600, 0x1F600, -1, 5, 5)
}
"#,
        &[
            "-7|   -7|-7   |-0007|-7|-7|-7|-7|-111|-0o7",
            "0xbee|010|00000101| 5|0b101|0x000000ff|+0000042",
            "007|     007|007     |     007||     |",
            "H|U+1F600|U+1F600 '😀'|'😀'|'�'|5|5",
        ],
        "",
    );
}

#[test]
fn string_verbs_pad_truncate_quote_and_hex_as_go_does() {
    expect_stdout(
        r#"package main

import "fmt"

func main() {
	fmt.Printf("%05s|%-05s|%05t|%5q|%-7q|%.2s|%8.2s|\n", "ab", "ab", true, "x", "y", "hello", "hello")
	fmt.Printf("%x|%X|% x|%#x|% #x|%.1x|%8x|%-8x|\n", "hi", "hi", "hi", "hi", "hi", "hi", "hi", "hi")
	fmt.Printf("%q|%+q|%#q|%#q|%#v\n", "é\t", "é", "abc", "a`b", "s")
}
"#,
        &[
            "000ab|ab   |0true|  \"x\"|\"y\"    |he|      he|",
            "6869|6869|68 69|0x6869|0x68 0x69|68|    6869|6869    |",
            "\"é\\t\"|\"\\u00e9\"|`abc`|\"a`b\"|\"s\"",
        ],
        "",
    );
}

#[test]
fn a_bad_verb_prints_the_operand_with_v_under_the_same_flags() {
    expect_stdout(
        r#"package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Printf("%5z|%+z|%-4t|%d|%s\n", 3, 4, 5, true, false)
	fmt.Printf("%t|%d|%s|%x|%5v\n", time.Second, time.Second, time.Second, time.Second, time.Millisecond)
}
"#,
        &[
            "%!z(int=    3)|%!z(int=+4)|%!t(int=5   )|%!d(bool=true)|%!s(bool=false)",
            "%!t(time.Duration=1000000000)|1000000000|1s|3173|  1ms",
        ],
        "",
    );
}

#[test]
fn argument_indexes_and_star_widths_follow_go() {
    expect_stdout(
        r#"package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d|%[3]d|%[0]d|%[x]d|%d %d\n", 1, 2, 3)
	fmt.Printf("%*d|%-*d|%.*d|%*d\n", 5, 1, 5, 2, 3, 4, "x", 9)
	fmt.Printf("%d %!|%5.|%.\n", 1, 2)
	fmt.Printf("%s %d\n", "a", "b", 1, true)
	fmt.Printf("trailing %")
	fmt.Println()
}
"#,
        &[
            "2 1|3|%!d(BADINDEX)|%!d(BADINDEX)|%!d(MISSING) %!d(MISSING)",
            "    1|2    |004|%!(BADWIDTH)9",
            "1 %!!(int=2)|%!|(MISSING)%!",
            "(MISSING)a %!d(string=b)",
            "%!(EXTRA int=1, bool=true)trailing %!(NOVERB)",
        ],
        "",
    );
}

#[test]
fn type_names_and_struct_values_print_as_reflect_spells_them() {
    expect_stdout(
        r#"package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	var r <-chan string
	fmt.Printf("%T|%T|%T|%T|%T|%T|%T\n", 1, "s", true, time.Second, struct{}{}, ch, r)
	fmt.Printf("%v|%5v|%d|%s|%!d(x)\n", struct{}{}, struct{}{}, struct{}{}, struct{}{})
}
"#,
        &[
            "int|string|bool|time.Duration|struct {}|chan int|<-chan string",
            "{}|{}|{}|{}|%!!(MISSING)d(x)",
        ],
        "",
    );
}

#[test]
fn nil_prints_as_nil_and_a_nil_channel_equals_nil() {
    expect_stdout(
        r#"package main

import "fmt"

func main() {
	var ch chan int
	var f func()
	fmt.Println(nil, ch == nil, nil == ch, f == nil)
	fmt.Printf("%v %d|%T\n", nil, nil, nil)
	panic(nil)
}
"#,
        &["<nil> true true true", "<nil> %!d(<nil>)|<nil>"],
        "panic: nil",
    );
}

#[test]
fn a_nil_channel_or_func_under_an_integer_verb_prints_its_address_zero() {
    // fmtPointer formats the address as an unsigned integer for b, o, d, x and X.
    expect_stdout(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar c chan int\n\tvar f func()\n\tvar s chan<- string\n\tfmt.Printf(\"%d|%x|%X|%o|%b|%#x|%5d|%-4d|%05d\\n\", c, c, c, c, c, c, c, c, c)\n\tfmt.Printf(\"%d|%x|%v|%v\\n\", f, s, f, s)\n}\n",
        &["0|0|0|0|0|0x0|    0|0   |00000", "0|0|<nil>|<nil>"],
        "",
    );
}
