//! The two results of `fmt.Println`, `fmt.Print` and `fmt.Printf` (`n int, err error`)
//! where a program uses them. The lab treats those calls as statements, but a learner
//! who writes `ch <- fmt.Println(x)` or `return fmt.Print(s)` must read Go's own
//! message, which counts the two values: `multiple-value fmt.Println(x) (value of type
//! (n int, err error)) in single-value context`, `too many return values` with
//! `have (int, error)`, `too many arguments in call to f` with `have (int, error)`.

use super::ast::Expr;
use super::check::Checker;
use super::check_assign::two_result_print;
use super::print;
use super::types::Type;

/// The `have` list of a call that gives a print call's two results.
const HAVE: &str = "int, error";

impl Checker {
    /// Go's message for a print call used where one value is wanted.
    pub(super) fn print_results_as_value(&mut self, e: &Expr) -> bool {
        if two_result_print(std::slice::from_ref(e)).is_none() {
            return false;
        }
        self.err(
            e.pos,
            format!(
                "multiple-value {} (value of type (n int, err error)) in single-value context",
                print::expr(e)
            ),
        );
        true
    }

    /// `return fmt.Println(...)`: two values for a function with at most one result.
    pub(super) fn print_results_returned(&mut self, values: &[Expr], want: &Option<Type>) -> bool {
        let Some((call, _)) = two_result_print(values) else {
            return false;
        };
        self.expr_maybe_void(call);
        let want = want.as_ref().map(|t| t.to_string()).unwrap_or_default();
        self.err(
            call.pos,
            format!("too many return values\n\thave ({HAVE})\n\twant ({want})"),
        );
        true
    }

    /// `fmt.Println(fmt.Println(...))`: Go prints the inner call's results (`2 <nil>`),
    /// but the lab's print calls give none, so this is outside the subset.
    pub(super) fn print_results_printed(&mut self, args: &[Expr]) -> bool {
        let Some((call, fun)) = two_result_print(args) else {
            return false;
        };
        self.expr_maybe_void(call);
        self.unsupported(
            call.pos,
            &format!("printing the results of {fun}"),
            &format!("{fun}(...) as a statement of its own"),
        );
        true
    }

    /// `f(fmt.Println(...))` where `f` takes fewer than two parameters. (With two, Go
    /// spreads the results over them; the lab's checker leaves that to its usual path.)
    pub(super) fn print_results_passed(
        &mut self,
        name: &str,
        params: &[Type],
        args: &[Expr],
    ) -> bool {
        let Some((call, _)) = two_result_print(args) else {
            return false;
        };
        if params.len() >= 2 {
            return false;
        }
        self.expr_maybe_void(call);
        let want: Vec<String> = params.iter().map(|t| t.to_string()).collect();
        self.err(
            call.pos,
            format!(
                "too many arguments in call to {name}\n\thave ({HAVE})\n\twant ({})",
                want.join(", ")
            ),
        );
        true
    }
}
