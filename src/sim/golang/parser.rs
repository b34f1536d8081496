//! The parser: tokens to a [`File`], by recursive descent over Go's grammar. Constructs
//! outside the subset parse far enough to be named in the subset's error
//! (`line:col: maps are not supported in this lab (supported: ...)`); syntax errors read
//! like Go's (`syntax error: unexpected newline, expecting {`).

use std::rc::Rc;

use super::ast::{Block, Expr, ExprKind, File, FuncDecl, FuncSig, StmtKind, TypeExpr};
use super::error::CompileError;
use super::token::{Pos, Tok, Token};

/// A parse result: the first syntax error stops parsing, as Go's parser reports them.
pub type PResult<T> = Result<T, CompileError>;

/// Parses a whole file.
pub fn parse(tokens: Vec<Token>) -> PResult<File> {
    let mut p = Parser {
        toks: tokens,
        i: 0,
        next_id: 0,
        no_lit: false,
        simple_op: Pos::default(),
        notices: Vec::new(),
    };
    let file = p.file()?;
    Ok(File {
        expr_count: p.next_id,
        notices: std::mem::take(&mut p.notices),
        ..file
    })
}

/// The parser's state: the tokens and a cursor.
pub struct Parser {
    toks: Vec<Token>,
    pub(super) i: usize,
    next_id: u32,
    /// True inside `if`/`for`/`switch` headers, where `{` opens the body.
    pub(super) no_lit: bool,
    /// Where the last simple statement's operator (`=`, `:=`, `++`, `<-`) stood: Go
    /// reports an assignment used as an `if` condition there.
    pub(super) simple_op: Pos,
    /// Errors that do not stop parsing (see [`File::notices`]).
    pub(super) notices: Vec<CompileError>,
}

impl Parser {
    pub(super) fn tok(&self) -> &Tok {
        &self.toks[self.i.min(self.toks.len() - 1)].tok
    }

    pub(super) fn pos(&self) -> Pos {
        self.toks[self.i.min(self.toks.len() - 1)].pos
    }

    /// The current token as Go's syntax errors name it: the semicolon inserted at the
    /// end of the file is `EOF`, as Go's scanner labels it.
    pub(super) fn describe_tok(&self) -> String {
        if matches!(self.tok(), Tok::Semi(true)) && matches!(self.peek_tok(1), Tok::Eof) {
            let next = &self.toks[(self.i + 1).min(self.toks.len() - 1)];
            if next.pos == self.pos() {
                return "EOF".to_string();
            }
        }
        self.tok().describe()
    }

    pub(super) fn peek_tok(&self, k: usize) -> &Tok {
        &self.toks[(self.i + k).min(self.toks.len() - 1)].tok
    }

    pub(super) fn bump(&mut self) -> Token {
        let t = self.toks[self.i.min(self.toks.len() - 1)].clone();
        self.i += 1;
        t
    }

    pub(super) fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    pub(super) fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Keyword(k) if *k == kw)
    }

    pub(super) fn eat_op(&mut self, op: &str) -> bool {
        let yes = self.is_op(op);
        if yes {
            self.i += 1;
        }
        yes
    }

    pub(super) fn unexpected<T>(&self, expecting: &str) -> PResult<T> {
        Err(CompileError::new(
            self.pos(),
            format!(
                "syntax error: unexpected {}, expecting {expecting}",
                self.describe_tok()
            ),
        ))
    }

    pub(super) fn expect_op(&mut self, op: &str) -> PResult<Pos> {
        let pos = self.pos();
        if self.eat_op(op) {
            Ok(pos)
        } else {
            self.unexpected(op)
        }
    }

    pub(super) fn ident(&mut self) -> PResult<(Rc<str>, Pos)> {
        let pos = self.pos();
        match self.tok().clone() {
            Tok::Ident(name) => {
                self.i += 1;
                Ok((name, pos))
            }
            _ => self.unexpected("name"),
        }
    }

    pub(super) fn semi(&mut self, context: &str) -> PResult<()> {
        match self.tok() {
            Tok::Semi(_) => {
                self.i += 1;
                Ok(())
            }
            Tok::Op(")") | Tok::Op("}") | Tok::Eof => Ok(()),
            _ => Err(CompileError::new(
                self.pos(),
                format!("syntax error: unexpected {} {context}", self.describe_tok()),
            )),
        }
    }

    pub(super) fn expr_at(&mut self, pos: Pos, kind: ExprKind) -> Expr {
        let id = self.next_id;
        self.next_id += 1;
        Expr { id, pos, kind }
    }

    fn file(&mut self) -> PResult<File> {
        let mut file = File::default();
        while matches!(self.tok(), Tok::Semi(_)) {
            self.bump();
        }
        if !self.is_kw("package") {
            return self.unexpected("package clause");
        }
        self.bump();
        let (name, pos) = self.ident()?;
        if &*name != "main" {
            return Err(CompileError::unsupported(
                pos,
                &format!("package {name}"),
                "package main",
            ));
        }
        self.semi("after package clause")?;
        while self.is_kw("import") {
            self.bump();
            if self.eat_op("(") {
                while !self.is_op(")") {
                    file.imports.push(self.import_path()?);
                    self.semi("in import declaration")?;
                }
                self.bump();
            } else {
                file.imports.push(self.import_path()?);
            }
            self.semi("after import declaration")?;
        }
        while !matches!(self.tok(), Tok::Eof) {
            let pos = self.pos();
            match self.tok().clone() {
                Tok::Keyword("func") => {
                    let f = self.func_decl()?;
                    file.funcs.push(f);
                }
                Tok::Keyword(k @ ("var" | "const")) => {
                    self.bump();
                    let decls = self.var_decl(pos, k == "const")?;
                    file.globals.extend(decls);
                }
                Tok::Keyword("import") => {
                    return Err(CompileError::new(
                        pos,
                        "syntax error: imports must appear before other declarations",
                    ))
                }
                Tok::Keyword("type") => {
                    return Err(CompileError::unsupported(
                        pos,
                        "type declarations",
                        "int, bool, string, rune, time.Duration, channels, sync.WaitGroup, sync.Mutex, *sync.Cond",
                    ))
                }
                _ => return self.unexpected("declaration")
                    .map_err(|e| CompileError::new(e.pos, "syntax error: non-declaration statement outside function body")),
            }
            self.semi("after top level declaration")?;
        }
        Ok(file)
    }

    fn import_path(&mut self) -> PResult<(Rc<str>, Pos)> {
        let pos = self.pos();
        match self.tok().clone() {
            Tok::Str(path, _) => {
                self.bump();
                Ok((Rc::from(String::from_utf8_lossy(&path).as_ref()), pos))
            }
            Tok::Ident(_) | Tok::Op(".") => Err(CompileError::unsupported(
                pos,
                "named imports",
                "import \"fmt\", \"time\", \"sync\"",
            )),
            _ => self.unexpected("import path"),
        }
    }

    fn func_decl(&mut self) -> PResult<FuncDecl> {
        self.bump();
        if self.is_op("(") {
            return Err(CompileError::unsupported(
                self.pos(),
                "methods",
                "top-level functions and function literals",
            ));
        }
        let name = self.ident()?;
        if self.is_op("[") {
            return Err(CompileError::unsupported(
                self.pos(),
                "generics",
                "functions with parameters of the subset's types",
            ));
        }
        let sig = self.signature()?;
        if !self.is_op("{") {
            return self.unexpected("{");
        }
        let body = self.block()?;
        Ok(FuncDecl {
            name,
            sig: Rc::new(sig),
            body: Rc::new(body),
        })
    }

    /// `(a, b int, c string) result`.
    pub(super) fn signature(&mut self) -> PResult<FuncSig> {
        self.expect_op("(")?;
        let mut params = Vec::new();
        let mut groups = Vec::new();
        let mut pending: Vec<(Rc<str>, Pos)> = Vec::new();
        while !self.is_op(")") {
            let name = self.ident()?;
            pending.push(name);
            if self.is_op(",") {
                self.bump();
                continue;
            }
            let ty = self.type_expr()?;
            groups.push(pending.len());
            for (n, p) in pending.drain(..) {
                params.push((n, p, ty.clone()));
            }
            if !self.eat_op(",") && !self.is_op(")") {
                return Err(CompileError::new(
                    self.pos(),
                    format!(
                        "syntax error: unexpected {} in parameter list; possibly missing comma or )",
                        self.describe_tok()
                    ),
                ));
            }
        }
        if let Some((_, pos)) = pending.first() {
            return Err(CompileError::unsupported(
                *pos,
                "unnamed parameters",
                "named parameters such as (ch chan int)",
            ));
        }
        self.bump();
        let result = if self.is_op("{") || matches!(self.tok(), Tok::Semi(_) | Tok::Op(")" | ",")) {
            None
        } else if self.is_op("(") {
            // `(T)` is one unnamed result, as `T`, and `()` none; anything more (a
            // second result, a name) is outside the subset.
            let pos = self.pos();
            self.bump();
            if self.eat_op(")") {
                return Ok(FuncSig {
                    params,
                    groups,
                    result: None,
                });
            }
            let t = self.type_expr()?;
            if !self.eat_op(")") {
                return Err(CompileError::unsupported(
                    pos,
                    "multiple or named results",
                    "at most one unnamed result",
                ));
            }
            Some(t)
        } else {
            Some(self.type_expr()?)
        };
        Ok(FuncSig {
            params,
            groups,
            result,
        })
    }

    /// A written type.
    pub(super) fn type_expr(&mut self) -> PResult<TypeExpr> {
        let pos = self.pos();
        match self.tok().clone() {
            Tok::Ident(name) => {
                self.bump();
                if self.eat_op(".") {
                    let (member, _) = self.ident()?;
                    return Ok(TypeExpr::Qualified(name, member, pos));
                }
                Ok(TypeExpr::Name(name, pos))
            }
            Tok::Keyword("chan") => {
                self.bump();
                let dir = if self.eat_op("<-") { 1 } else { 0 };
                Ok(TypeExpr::Chan(dir, Box::new(self.chan_elem()?)))
            }
            Tok::Op("<-") => {
                self.bump();
                if !self.is_kw("chan") {
                    return self.unexpected("chan");
                }
                self.bump();
                Ok(TypeExpr::Chan(2, Box::new(self.chan_elem()?)))
            }
            Tok::Op("*") => {
                self.bump();
                Ok(TypeExpr::Pointer(Box::new(self.type_expr()?), pos))
            }
            Tok::Op("(") => {
                self.bump();
                let t = self.type_expr()?;
                self.expect_op(")")?;
                Ok(t)
            }
            Tok::Keyword("func") => {
                self.bump();
                self.expect_op("(")?;
                let params = self.func_type_params()?;
                self.bump();
                let result = if matches!(
                    self.tok(),
                    Tok::Ident(_) | Tok::Keyword("chan" | "func") | Tok::Op("*" | "<-")
                ) {
                    Some(Box::new(self.type_expr()?))
                } else {
                    None
                };
                Ok(TypeExpr::Func(params, result))
            }
            Tok::Keyword("struct") => {
                self.bump();
                self.expect_op("{")?;
                if !self.is_op("}") {
                    return Err(CompileError::unsupported(
                        pos,
                        "structs with fields",
                        "struct{} as a channel's element type",
                    ));
                }
                self.bump();
                Ok(TypeExpr::EmptyStruct)
            }
            _ => Err(self.unsupported_type(pos).unwrap_or_else(|| {
                CompileError::new(
                    pos,
                    format!(
                        "syntax error: unexpected {}, expecting type",
                        self.describe_tok()
                    ),
                )
            })),
        }
    }

    /// A channel's element type: where no type can start (`make(chan)`), Go's parser
    /// says what is missing rather than what it expected.
    fn chan_elem(&mut self) -> PResult<TypeExpr> {
        let starts_type = matches!(
            self.tok(),
            Tok::Ident(_)
                | Tok::Keyword("chan" | "func" | "map" | "struct" | "interface")
                | Tok::Op("*" | "<-" | "[" | "(")
        );
        if !starts_type {
            return Err(CompileError::new(
                self.pos(),
                "syntax error: missing channel element type",
            ));
        }
        self.type_expr()
    }

    /// The subset's error for a type form the lab does not run, if this is one.
    pub(super) fn unsupported_type(&self, pos: Pos) -> Option<CompileError> {
        const TYPES: &str =
            "int, bool, string, rune, time.Duration, channels, sync.WaitGroup, sync.Mutex, *sync.Cond";
        let what = match self.tok() {
            Tok::Keyword("map") => "maps",
            Tok::Keyword("interface") => "interfaces",
            Tok::Op("[") if matches!(self.peek_tok(1), Tok::Op("]")) => "slices",
            Tok::Op("[") => "arrays",
            _ => return None,
        };
        Some(CompileError::unsupported(pos, what, TYPES))
    }

    /// `{ statements }`.
    pub(super) fn block(&mut self) -> PResult<Block> {
        self.expect_op("{")?;
        let saved = self.no_lit;
        self.no_lit = false;
        let stmts = self.stmt_list()?;
        self.no_lit = saved;
        let end = self.pos();
        if !self.eat_op("}") {
            return self.unexpected("}");
        }
        Ok(Block { stmts, end })
    }

    /// Statements up to `}`, `case` or `default`.
    pub(super) fn stmt_list(&mut self) -> PResult<Vec<super::ast::Stmt>> {
        let mut stmts = Vec::new();
        loop {
            while matches!(self.tok(), Tok::Semi(_)) {
                self.bump();
            }
            // A token no statement starts with ends the list; the caller then expects `}`.
            let ends = matches!(
                self.tok(),
                Tok::Keyword("else" | "import" | "package" | "range")
                    | Tok::Op(")" | "]" | "," | ":" | "=" | ":=")
            );
            if self.is_op("}") || self.is_kw("case") || self.is_kw("default") || ends {
                return Ok(stmts);
            }
            if matches!(self.tok(), Tok::Eof) {
                return self.unexpected("}");
            }
            if self.is_kw("var") || self.is_kw("const") {
                // A grouped `var ( ... )` declares each name in this block, as Go does:
                // its specs join the list rather than a block (a scope) of their own.
                let pos = self.pos();
                let is_const = self.is_kw("const");
                self.bump();
                stmts.extend(self.var_decl(pos, is_const)?);
            } else {
                let s = self.stmt()?;
                if !matches!(s.kind, StmtKind::Empty) {
                    stmts.push(s);
                }
            }
            if !(self.is_op("}") || self.is_kw("case") || self.is_kw("default")) {
                self.semi("at end of statement")?;
            }
        }
    }
}
