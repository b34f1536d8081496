//! Prints expressions and types back as Go writes them in its error messages
//! (`invalid operation: x + s (mismatched types int and string)`).

use super::ast::{Expr, ExprKind, FuncSig, TypeExpr};

/// An expression as Go's compiler prints it.
pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int(_, text) | ExprKind::Str(_, text) => text.to_string(),
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::Selector(x, n, _) => format!("{}.{n}", expr(x)),
        ExprKind::Call(f, args) => {
            let args: Vec<String> = args.iter().map(expr).collect();
            format!("{}({})", expr(f), args.join(", "))
        }
        ExprKind::Unary(op, x) => format!("{op}{}", expr(x)),
        ExprKind::Binary(op, a, b) => format!("{} {op} {}", expr(a), expr(b)),
        ExprKind::Paren(x) => format!("({})", expr(x)),
        // Go's short form: a body that is not empty is `{…}`.
        ExprKind::FuncLit(sig, body) => {
            let body = if body.stmts.is_empty() { "{}" } else { "{…}" };
            format!("{} {body}", signature(sig))
        }
        ExprKind::Type(t) => type_expr(t),
        ExprKind::EmptyStruct => "struct{}{}".to_string(),
        ExprKind::ZeroLit(t) => format!("{}{{}}", expr(t)),
    }
}

/// A function literal's signature as written: `func(a, b int, c string) int`.
fn signature(sig: &FuncSig) -> String {
    let mut params = sig.params.iter();
    let groups: Vec<String> = sig
        .groups
        .iter()
        .filter_map(|&n| {
            let group: Vec<_> = params.by_ref().take(n).collect();
            let names: Vec<&str> = group.iter().map(|(name, _, _)| &**name).collect();
            let (_, _, ty) = group.last()?;
            Some(format!("{} {}", names.join(", "), type_expr(ty)))
        })
        .collect();
    let result = sig
        .result
        .as_ref()
        .map(|r| format!(" {}", type_expr(r)))
        .unwrap_or_default();
    format!("func({}){result}", groups.join(", "))
}

/// A written type as Go prints it.
pub fn type_expr(t: &TypeExpr) -> String {
    match t {
        TypeExpr::Name(n, _) => n.to_string(),
        TypeExpr::Qualified(p, n, _) => format!("{p}.{n}"),
        TypeExpr::Chan(0, e) => format!("chan {}", type_expr(e)),
        TypeExpr::Chan(1, e) => format!("chan<- {}", type_expr(e)),
        TypeExpr::Chan(_, e) => format!("<-chan {}", type_expr(e)),
        TypeExpr::Pointer(e, _) => format!("*{}", type_expr(e)),
        TypeExpr::EmptyStruct => "struct{}".to_string(),
        TypeExpr::Func(params, result) => {
            let params: Vec<String> = params
                .iter()
                .map(|(name, t)| match name {
                    Some(n) => format!("{n} {}", type_expr(t)),
                    None => type_expr(t),
                })
                .collect();
            let result = result
                .as_ref()
                .map(|r| format!(" {}", type_expr(r)))
                .unwrap_or_default();
            format!("func({}){result}", params.join(", "))
        }
    }
}
