//! Lab Go: a learner's own Go program (the subset in `GO-SUBSET.md`), run statement by
//! statement with Go's meaning and, under `go-runtime`, Go 1.19's single-processor order.
//!
//! The stages, one module each, in the order a program meets them:
//! - [`lexer`] (with Go's semicolon insertion) and [`token`];
//! - [`parser`] (`parse_stmt`, `parse_expr`) to the [`ast`];
//! - [`check`] (`check_stmt`, `check_expr`, `check_ops`, `check_call`): names, [`types`],
//!   constants and Go's compile errors;
//! - [`compile`] (`compile_stmt`, `compile_expr`) to [`code`], one `Stmt` per statement;
//! - [`machine`] (`machine_exec`, `machine_chan` over [`chan`], `machine_sync` over
//!   [`sync`]) runs a goroutine's statement; [`run`] drives it with the kernel and policy.
//!
//! Where "send on a full channel" is decided: `machine_chan.rs`, `Machine::send`. Where a
//! `Cond` signal picks its waiter: `machine_sync.rs`, `Op::Signal`.

pub mod ast;
pub mod chan;
pub mod check;
mod check_assign;
mod check_builtin;
mod check_call;
mod check_comma_ok;
mod check_compare;
mod check_expr;
mod check_expr_stmt;
pub mod check_info;
mod check_members;
mod check_names;
mod check_ops;
mod check_print_results;
mod check_range;
mod check_shift;
mod check_stmt;
mod check_var_decl;
pub mod code;
pub mod compile;
mod compile_expr;
mod compile_flow;
mod compile_order;
mod compile_stmt;
pub mod error;
pub mod format;
mod format_printf;
mod format_quote;
mod format_sync;
mod format_verbs;
pub mod goroutine;
pub mod highlight;
mod init_order;
pub mod lexer;
mod limits;
pub mod machine;
mod machine_chan;
mod machine_exec;
mod machine_mutex;
mod machine_sync;
mod parse_const;
mod parse_expr;
mod parse_flow;
mod parse_params;
mod parse_stmt;
pub mod parser;
pub mod print;
pub mod program_challenge;
pub mod program_link;
pub mod program_run;
pub mod run;
pub mod sample_programs;
pub mod snapshot;
pub mod sync;
pub mod task_names;
pub mod template;
pub mod token;
pub mod types;
pub mod value;
pub mod view;
mod view_objects;
pub mod view_waits;
pub mod write_log;

use std::rc::Rc;

pub use error::CompileError;
pub use run::{GoRun, Line, DEADLOCK};

/// The largest program the lab accepts, in bytes.
pub const MAX_SOURCE_BYTES: usize = 16 * 1024;

/// Lexes, parses, checks and compiles `source`; errors come sorted by position, at most
/// ten, worded as Go's compiler words them.
pub fn build(source: &str) -> Result<Rc<code::Program>, Vec<CompileError>> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(vec![CompileError::new(
            token::Pos { line: 1, col: 1 },
            format!(
                "program is {} bytes; the lab accepts at most {MAX_SOURCE_BYTES}",
                source.len()
            ),
        )]);
    }
    // As Go, a lexical error does not stop the parser, but any error stops the build
    // before type checking.
    let (tokens, mut errors, stopped) = lexer::lex_all(source);
    let parsed = parser::parse(tokens);
    if !errors.is_empty() {
        if !stopped {
            errors.extend(parsed.err());
        }
        return Err(error::sorted(errors));
    }
    let mut file = parsed.map_err(|e| vec![e])?;
    init_order::sort_globals(&mut file);
    let info = check::check(&file)?;
    Ok(Rc::new(compile::compile(&file, &info, source)))
}
