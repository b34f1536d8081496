#![cfg(not(target_arch = "wasm32"))]
//! Each construct, compile error and run-time error of `GO-SUBSET.md` has a test: a
//! program in `tools/go-programs/programs` that uses it, whose real Go 1.19 output was
//! recorded in `golden/`, and which the interpreter must reproduce exactly. Each
//! construct outside the subset gets the subset's error at the right line and column.

use std::fs;
use std::path::{Path, PathBuf};

use producer_consumer_lab::sim::golang::{self, GoRun};
use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::scenario::PolicyKind;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/go-programs")
}

/// The recorded real-Go lines of `name` as (text, end-or-error) strings.
fn golden(name: &str) -> String {
    fs::read_to_string(root().join(format!("golden/programs__{name}.json")))
        .unwrap_or_else(|_| panic!("no golden output recorded for {name}"))
}

/// The first line of an error: Go's (a second line may name the lab's limit).
fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or_default()
}

/// Runs `name` and renders it the way record.py stores real Go's output.
fn interpreted(name: &str) -> String {
    let source = fs::read_to_string(root().join(format!("programs/{name}.go"))).expect("program");
    let prog = match golang::build(&source) {
        Ok(p) => p,
        Err(errors) => {
            let text = golang::error::go_build_output(&format!("{name}.go"), &errors);
            return format!("{}\n", serde_json::json!({"compile": text, "status": 2}));
        }
    };
    let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    let mut out = String::new();
    for l in run.lines() {
        let t = if l.t_ns.is_multiple_of(1_000_000) {
            serde_json::json!(l.t_ns / 1_000_000)
        } else {
            serde_json::json!(l.t_ns as f64 / 1e6)
        };
        out.push_str(&format!(
            "{}\n",
            serde_json::json!({"t": t, "text": l.text})
        ));
    }
    let end = match run.outcome() {
        Some(Outcome::Finished) => serde_json::json!({"end": "finished"}),
        Some(Outcome::Deadlock { message }) => {
            serde_json::json!({"end": "deadlock", "error": first_line(message)})
        }
        Some(Outcome::Error { message }) => {
            serde_json::json!({"end": "error", "error": first_line(message)})
        }
        None => serde_json::json!({"end": "unfinished"}),
    };
    out.push_str(&format!("{end}\n"));
    out
}

/// Parses both sides as JSON lines so that spacing differences do not matter.
fn lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect()
}

/// The program uses `needle` and the interpreter prints what real Go printed.
fn check(name: &str, needle: &str, expect_in_golden: &str) {
    let source = fs::read_to_string(root().join(format!("programs/{name}.go"))).expect("program");
    assert!(source.contains(needle), "{name}.go does not use {needle:?}");
    let want = golden(name);
    assert!(
        want.contains(expect_in_golden),
        "real Go's output of {name} lacks {expect_in_golden:?}"
    );
    assert_eq!(
        lines(&interpreted(name)),
        lines(&want),
        "{name} differs from real Go"
    );
}

macro_rules! construct {
    ($test:ident, $file:expr, $needle:expr, $golden:expr) => {
        #[test]
        fn $test() {
            check($file, $needle, $golden);
        }
    };
}

construct!(
    buffered_channels_with_range_and_close_match_go,
    "seed",
    "make(chan int, 3)",
    "Consumed :  5"
);
construct!(
    unbuffered_channels_hand_off_as_in_go,
    "seed_unbuffered",
    "make(chan int)",
    "finished"
);
construct!(
    println_puts_a_space_between_operands,
    "print_spacing",
    "fmt.Println(\"Produced : \", 1)",
    "Produced :  1"
);
construct!(
    print_spaces_only_between_non_strings,
    "print_spacing",
    "fmt.Print(1, 2, 3)",
    "1 2 3"
);
construct!(
    printf_verbs_widths_and_complaints_match_go,
    "printf_verbs",
    "%-5d",
    "%!d(string=str)"
);
construct!(
    durations_print_as_go_prints_them,
    "durations",
    "time.Millisecond*1500",
    "1.5s"
);
construct!(
    var_define_and_multiple_assignment_work,
    "ifs_loops",
    "a, b = b, a",
    "2 1"
);
construct!(
    compound_assignment_and_increment_work,
    "ifs_loops",
    "a %= 2",
    "finished"
);
construct!(
    if_with_init_and_else_if_chains_work,
    "ifs_loops",
    "if x := 5; x > 3",
    "big 5"
);
construct!(
    three_clause_condition_and_infinite_for_loops_work,
    "ifs_loops",
    "for {",
    "k 3"
);
construct!(
    break_and_continue_leave_and_skip_iterations,
    "ifs_loops",
    "continue",
    "sum 16"
);
construct!(
    switch_with_tag_several_values_and_default,
    "switches",
    "case 3, 4:",
    "medium"
);
construct!(
    switch_without_tag_and_with_init,
    "switches",
    "switch y := x * 2; y",
    "six"
);
construct!(
    go_statements_start_goroutines_in_go_order,
    "sleep_order",
    "go func(id int)",
    "woke"
);
construct!(
    closures_capture_variables_by_reference,
    "closures",
    "inc := func() { x++ }",
    "12"
);
construct!(
    defer_runs_last_first_with_arguments_evaluated_early,
    "defers",
    "defer fmt.Println(\"deferred x is\", x)",
    "deferred x is 1"
);
construct!(
    comma_ok_receive_reports_a_closed_channel,
    "comma_ok",
    "v, ok := <-ch",
    "false"
);
construct!(
    select_with_default_does_not_block,
    "nonblocking_send",
    "default:",
    "full, dropped 2"
);
construct!(
    select_with_time_after_times_out,
    "select_timeout",
    "time.After(100 * time.Millisecond)",
    "timeout"
);
construct!(
    select_receive_forms_pick_the_ready_case,
    "select_loop",
    "case v, ok := <-b:",
    "quit"
);
construct!(
    len_and_cap_of_channels_match_go,
    "nonblocking_send",
    "fmt.Println(len(ch), cap(ch))",
    "1 2"
);
construct!(
    wait_groups_count_and_release_waiters,
    "wait_many",
    "wg.Wait()",
    "sees zero"
);
construct!(
    waitgroup_pointers_are_passed_to_workers,
    "worker_pool",
    "wg *sync.WaitGroup",
    "sum 42"
);
construct!(
    mutexes_serialise_and_hand_over_as_go_does,
    "mutex_contention",
    "mu.Lock()",
    "holds the lock"
);
construct!(
    conds_wait_signal_over_a_mutex,
    "bounded_buffer_cond",
    "notFull.Wait()",
    "final count 0"
);
construct!(
    cond_broadcast_wakes_every_waiter,
    "cond_broadcast",
    "c.Broadcast()",
    "released"
);
construct!(
    one_cond_with_if_still_runs_as_go_runs_it,
    "one_cond_broken",
    "if count == 1",
    "take"
);
construct!(
    semaphore_channels_of_empty_structs_bound_concurrency,
    "semaphore_chan",
    "struct{}{}",
    "end 5"
);
construct!(
    pipelines_of_receive_only_channels_work,
    "pipeline",
    "<-chan int",
    "256"
);
construct!(
    fan_in_with_a_waitgroup_and_a_closer,
    "fanin_waitgroup",
    "close(out)",
    "all done"
);
construct!(
    recursion_and_function_results_work,
    "recursion",
    "fib(n-1) + fib(n-2)",
    "610 3628800"
);
construct!(
    globals_and_constants_initialise_before_main,
    "globals_consts",
    "const delay",
    "hello 6"
);
construct!(
    function_values_and_literals_are_called,
    "func_values",
    "apply(sq, 5)",
    "25 10"
);
construct!(
    a_statement_blocks_inside_an_expression,
    "blocked_in_expr",
    "fmt.Println(\"got\", <-ch",
    "got 7 then 8"
);
construct!(
    main_returning_ends_the_program_with_goroutines_blocked,
    "main_exits_early",
    "main ends",
    "finished"
);
construct!(
    strings_bools_and_raw_strings_work,
    "strings_and_bools",
    "`raw",
    "raw\\\\nstring"
);
construct!(
    loop_variables_copied_per_goroutine_agree_with_go,
    "loopvar_122",
    "v := i",
    "goroutine"
);
construct!(
    results_of_calls_and_receives_may_be_dropped,
    "unused_results",
    "two()",
    "1 1 s"
);

construct!(
    undefined_names_are_go_compile_errors,
    "ce_undefined",
    "fmt.Println(y)",
    "undefined: y"
);
construct!(
    unused_variables_are_go_compile_errors,
    "ce_unused_var",
    "x := 1",
    "x declared but not used"
);
construct!(
    a_variable_whose_value_is_invalid_is_never_reported_unused,
    "ce_invalid_init_used",
    "a := undefinedA",
    "k declared but not used"
);
construct!(
    an_unused_variable_after_an_undefined_initialiser_is_not_reported_either,
    "ce_unused_after_undefined_init",
    "z := undefinedThing",
    "undefined: undefinedThing"
);
construct!(
    methods_on_a_variable_of_an_undefined_type_raise_no_follow_on_errors,
    "ce_undefined_pkg_methods",
    "wg.Add(1)",
    "undefined: sync"
);
construct!(
    wait_group_methods_without_the_sync_import_stop_at_undefined_sync,
    "ce_wg_methods_without_sync_import",
    "wg.Add(-3)",
    "undefined: sync"
);
construct!(
    two_range_variables_over_a_channel_are_a_checker_error_with_the_operand_described,
    "ce_range_two_vars_chan",
    "for i, v := range ch",
    "range over ch (variable of type chan int) permits only one iteration variable"
);
construct!(
    an_untyped_number_against_a_channel_or_func_is_cannot_convert,
    "ce_untyped_int_vs_chan",
    "ch == 1",
    "cannot convert 1 (untyped int constant) to chan int"
);
construct!(
    comparing_a_channel_with_an_integer_reports_the_integer,
    "ce_compare_chan_with_int",
    "ch == 1",
    "7:11: cannot convert 1 (untyped int constant) to chan int"
);
construct!(
    make_chan_without_an_element_type_is_a_missing_element_type_syntax_error,
    "ce_chan_missing_elem_type",
    "make(chan)",
    "6:17: syntax error: missing channel element type"
);
construct!(
    a_receive_only_parameter_without_an_element_type_is_the_same_syntax_error,
    "ce_recv_chan_missing_elem_type",
    "in <-chan, out",
    "5:22: syntax error: missing channel element type"
);
construct!(
    unused_imports_are_go_compile_errors,
    "ce_unused_import",
    "\"sync\"",
    "imported and not used: \\\"sync\\\""
);
construct!(
    mismatched_types_are_go_compile_errors,
    "ce_mismatched",
    "d * n",
    "mismatched types time.Duration and int"
);
construct!(
    wrong_argument_counts_are_go_compile_errors,
    "ce_arg_count",
    "f(1)",
    "not enough arguments in call to f"
);
construct!(
    sends_and_receives_against_direction_are_go_compile_errors,
    "ce_send_recv_only",
    "ch <- 1",
    "cannot send to receive-only channel"
);
construct!(
    defines_without_new_variables_are_go_compile_errors,
    "ce_no_new_vars",
    "a := 2",
    "no new variables on left side of :="
);
construct!(
    missing_returns_are_go_compile_errors,
    "ce_missing_return",
    "func sign",
    "missing return"
);
construct!(
    assignments_of_the_wrong_type_are_go_compile_errors,
    "ce_assign_type",
    "var x int = \"s\"",
    "cannot use"
);
construct!(
    non_boolean_conditions_are_go_compile_errors,
    "ce_cond_types",
    "if n {",
    "non-boolean condition"
);
construct!(
    more_than_ten_errors_stop_as_go_stops,
    "ce_too_many",
    "a11",
    "too many errors"
);
construct!(
    calls_used_as_values_and_bad_closes_are_errors,
    "ce_mixed",
    "close(5)",
    "(no value) used as value"
);

construct!(
    sending_on_a_closed_channel_panics,
    "send_closed",
    "ch <- 1",
    "panic: send on closed channel"
);
construct!(
    closing_a_closed_channel_panics,
    "close_closed",
    "close(ch)",
    "panic: close of closed channel"
);
construct!(
    closing_a_nil_channel_panics,
    "close_nil",
    "var ch chan int",
    "panic: close of nil channel"
);
construct!(
    a_negative_waitgroup_counter_panics,
    "negative_wg",
    "wg.Done()",
    "panic: sync: negative WaitGroup counter"
);
construct!(
    a_plain_variable_is_read_after_the_calls_and_receives_of_its_statement,
    "order_reads_after_calls_and_receives",
    "fmt.Println(count, inc())",
    "1 1"
);
construct!(
    a_local_bool_passed_to_fmt_is_copied_before_a_receive_runs,
    "order_local_bool_iface_copied_before_recv",
    "fmt.Println(done, n, <-ch)",
    "false 5 true"
);
construct!(
    each_side_of_and_and_or_is_ordered_on_its_own,
    "order_andand_order",
    "g < h() && true",
    "false"
);
construct!(
    each_go_argument_is_ordered_as_an_assignment_of_its_own,
    "order_go_args_each_its_own_statement",
    "go show(x, x+g(), x)",
    "0 20 10"
);
construct!(
    a_deferred_call_during_a_panic_runs_its_callees_to_their_end,
    "panic_deferred_named_func_calls_helper",
    "logMsg(\"closing resources\")",
    "cleanup finished"
);
construct!(
    go_and_defer_evaluate_their_arguments_left_to_right,
    "order_reads_after_calls_and_receives",
    "go show(count, inc())",
    "show 9 10"
);
construct!(
    a_waitgroup_reused_before_its_wait_returned_panics,
    "wg_reused_before_wait_returned",
    "wg.Add(1)",
    "panic: sync: WaitGroup is reused before previous Wait has returned"
);
construct!(
    a_late_comer_takes_the_unit_that_woke_a_mutex_waiter,
    "mutex_late_comer_takes_the_woken_waiters_unit",
    "mu.Lock()",
    "late comer got the lock"
);
construct!(
    more_than_256_ready_goroutines_overflow_to_the_global_queue,
    "runq_600_spawned_by_main",
    "go fmt.Println",
    "g 600"
);
construct!(
    unlocking_an_unlocked_mutex_is_fatal,
    "unlock_unlocked",
    "mu.Unlock()",
    "fatal error: sync: unlock of unlocked mutex"
);
construct!(
    integer_division_by_zero_panics_after_defers,
    "divide_zero",
    "div(1, z)",
    "integer divide by zero"
);
construct!(
    panic_with_a_string_runs_defers_then_ends,
    "panic_string",
    "panic(\"boom\")",
    "panic: boom"
);
construct!(
    panic_with_an_int_prints_the_value,
    "panic_int",
    "panic(x + 2)",
    "panic: 42"
);
construct!(
    all_goroutines_asleep_is_a_deadlock,
    "deadlock_unbuffered",
    "ch <- 1",
    "all goroutines are asleep"
);
construct!(
    a_goroutine_blocked_on_a_nil_channel_counts_as_asleep,
    "deadlock_nil_chan",
    "<-ch",
    "all goroutines are asleep"
);
construct!(
    forgetting_to_close_deadlocks_the_range,
    "forgot_close",
    "for v := range ch",
    "all goroutines are asleep"
);
construct!(
    package_variables_are_initialised_in_dependency_order,
    "global_init_order",
    "var a = b + 1",
    "11 10 cc dd"
);
construct!(
    package_variables_depend_on_what_the_functions_they_call_use,
    "global_init_funcs",
    "var total = sum()",
    "10 4 big 1 3"
);
construct!(
    a_parenthesized_single_result_is_a_result,
    "closures_counter_gen",
    "(func() int)",
    "1 2 101 3 102"
);
construct!(
    sprint_sprintln_and_sprintf_return_what_print_would_write,
    "sprint_family",
    "fmt.Sprintf(\"%5.2s|%-4d|\", \"hello\", 7)",
    "    he|7   |"
);
construct!(
    sprint_names_the_items_of_a_two_by_two_producer_consumer,
    "prodcons_two_by_two_ids",
    "fmt.Sprint",
    "c 2 <- p1-1"
);
construct!(
    sprint_results_are_strings_and_sprintf_needs_its_format,
    "ce_sprint_args",
    "fmt.Sprintf()",
    "not enough arguments in call to fmt.Sprintf"
);
construct!(
    a_zero_valued_channel_or_func_equals_nil,
    "ce_func_nil_ok",
    "fmt.Println(ch == nil, nil == ch)",
    "true true"
);

/// The subset's message for `src`, which must fail to build.
fn error_of(src: &str) -> String {
    match golang::build(src) {
        Ok(_) => panic!("expected an error for:\n{src}"),
        Err(errors) => errors[0].to_string(),
    }
}

fn in_main(body: &str) -> String {
    format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n{body}\n\tfmt.Println()\n}}\n")
}

#[test]
fn each_construct_outside_the_subset_gets_the_subsets_error_at_its_position() {
    let cases = [
        (
            "\tm := map[string]int{}",
            "6:7: maps is not supported in this lab",
        ),
        ("\tvar s []int", "6:8: slices is not supported in this lab"),
        ("\tvar a [3]int", "6:8: arrays is not supported in this lab"),
        (
            "\tvar x interface{}",
            "6:8: interfaces is not supported in this lab",
        ),
        (
            "\tfor i := range 10 {\n\t\tfmt.Println(i)\n\t}",
            "6:17: range over an integer (for i := range n, Go 1.22) is not supported in this lab",
        ),
        (
            "\tfor _, r := range \"ab\" {\n\t\tfmt.Println(r)\n\t}",
            "6:20: range over a string is not supported in this lab",
        ),
        (
            "\ts := \"ab\"\n\tfor i := range s {\n\t\tfmt.Println(i)\n\t}",
            "7:17: range over a string is not supported in this lab",
        ),
        (
            "L:\n\tfor {\n\t\tbreak L\n\t}",
            "6:1: labels is not supported in this lab",
        ),
        ("\tgoto end", "6:2: goto is not supported in this lab"),
        (
            "\tvar n int64 = 3\n\t_ = n",
            "6:8: the type int64 is not supported in this lab",
        ),
        (
            "\tx := 3\n\tfmt.Println(float64(x))",
            "7:14: the type float64 is not supported in this lab",
        ),
        (
            "\tx := 1.5",
            "6:7: floating-point numbers is not supported in this lab",
        ),
        (
            "\t_ = recover()",
            "6:6: the built-in recover is not supported in this lab",
        ),
        (
            "\tswitch 1 {\n\tcase 1:\n\t\tfallthrough\n\t}",
            "8:3: fallthrough is not supported in this lab",
        ),
        (
            "\tp := fmt.Println\n\tp()",
            "6:7: fmt.Println as a value is not supported in this lab",
        ),
    ];
    for (body, want) in cases {
        let got = error_of(&in_main(body));
        assert!(
            got.starts_with(want),
            "for {body:?}:\n got {got}\nwant {want}..."
        );
        assert!(
            got.contains("(supported: "),
            "{got} does not say what is supported"
        );
    }
}

#[test]
fn types_methods_generics_and_other_packages_get_the_subsets_error() {
    let cases = [
        (
            "package main\n\ntype T struct{ x int }\n\nfunc main() {}\n",
            "3:1: type declarations is not supported",
        ),
        (
            "package main\n\nfunc (t int) m() {}\n\nfunc main() {}\n",
            "3:6: methods is not supported",
        ),
        (
            "package main\n\nfunc f[T any](x T) {}\n\nfunc main() {}\n",
            "3:7: generics is not supported",
        ),
        (
            "package main\n\nimport \"os\"\n\nfunc main() { os.Exit(1) }\n",
            "3:8: package \"os\" is not supported",
        ),
        (
            "package main\n\nimport \"time\"\n\nfunc main() { t := time.NewTimer(1)\n_ = t }\n",
            "5:20: time.NewTimer is not supported",
        ),
    ];
    for (src, want) in cases {
        let got = error_of(src);
        assert!(got.starts_with(want), "got {got}\nwant {want}...");
    }
}

#[test]
fn a_program_over_the_size_limit_is_refused_with_the_limit_named() {
    let big = format!(
        "package main\n\nfunc main() {{}}\n//{}\n",
        "x".repeat(golang::MAX_SOURCE_BYTES)
    );
    let got = error_of(&big);
    assert!(got.contains("the lab accepts at most 16384"), "{got}");
}

fn run_limited(src: &str, limits: golang::machine::Limits) -> Option<Outcome> {
    let prog = golang::build(src).expect("builds");
    let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
    run.machine.limits = limits;
    run.run_to_end();
    run.outcome().cloned()
}

#[test]
fn runaway_programs_stop_at_the_named_limit() {
    let limits = golang::machine::Limits {
        steps: 10_000,
        goroutines: 100,
        depth: 200,
    };
    let spin = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
    let spawn = "package main\n\nfunc main() {\n\tfor {\n\t\tgo func() {\n\t\t\tselect {}\n\t\t}()\n\t}\n}\n";
    let recurse =
        "package main\n\nfunc f(n int) int {\n\treturn f(n + 1)\n}\n\nfunc main() {\n\tf(0)\n}\n";
    for (src, word) in [
        (spin, "statements"),
        (spawn, "goroutines"),
        (recurse, "nested calls"),
    ] {
        match run_limited(src, limits) {
            Some(Outcome::Error { message }) => {
                assert!(
                    message.contains("lab limit") && message.contains(word),
                    "{message}"
                )
            }
            other => panic!("expected a limit error naming {word}, got {other:?}"),
        }
    }
}

#[test]
fn loop_variables_are_per_iteration_as_in_go_1_22_without_the_copy() {
    // Go 1.19 needs `i := i` for each goroutine to see its own `i`; Go 1.22, and the lab,
    // give each iteration its own variable. Without the copy the lab must print what real
    // Go 1.19 printed with it.
    let source = fs::read_to_string(root().join("programs/closures.go")).expect("program");
    assert!(source.contains("\t\ti := i\n"));
    let without = source.replace("\t\ti := i\n", "");
    let prog = golang::build(&without).expect("builds without the copy");
    let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
    run.run_to_end();
    let got: Vec<String> = run.lines().into_iter().map(|l| l.text).collect();
    let want: Vec<String> = lines(&golden("closures"))
        .iter()
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    assert_eq!(got, want);
}
