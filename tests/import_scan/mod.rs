//! Which modules of the core a file's code names: the scanner behind
//! `tests/core_layering.rs`.
//!
//! It blanks comments and string and character literals (keeping their newlines, so line
//! numbers hold), splits the rest into the tokens a path is made of, and resolves every
//! path that starts at `crate`, `super` or `sim` against the file's own module, through
//! `use` groups and inline `mod tests { … }` blocks, to the top-level module of
//! `src/sim/` it reaches. A name that `use super::*` brings in unnamed is not seen; the
//! core uses globs only for a file's own tests.

mod blank;

use blank::code_only;

/// A token of a path: what the resolver needs, and `Other` for everything that ends one.
#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Colons,
    Open,
    Close,
    Comma,
    Other,
}

/// `code`'s tokens with their 1-based lines (whitespace dropped: `a :: b` is a path too).
fn tokens(code: &str) -> Vec<(Tok, usize)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while let Some(&c) = chars.get(i) {
        let tok = if c.is_alphabetic() || c == '_' {
            let len = chars[i..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || **c == '_')
                .count();
            let word = chars[i..i + len].iter().collect();
            i += len - 1;
            Tok::Ident(word)
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            i += 1;
            Tok::Colons
        } else {
            match c {
                '{' => Tok::Open,
                '}' => Tok::Close,
                ',' => Tok::Comma,
                '\n' => {
                    line += 1;
                    i += 1;
                    continue;
                }
                c if c.is_whitespace() => {
                    i += 1;
                    continue;
                }
                _ => Tok::Other,
            }
        };
        out.push((tok, line));
        i += 1;
    }
    out
}

/// The module path of the file at `path` (`src/sim/monitor/mod.rs` is `sim::monitor`).
pub fn module_of(path: &str) -> Vec<String> {
    let path = path.strip_prefix("src/").unwrap_or(path);
    let mut module: Vec<String> = path
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if module.last().is_some_and(|last| last == "mod") {
        module.pop();
    }
    module
}

/// Each top-level module of `src/sim/` that the code of the file at `path` names, with the
/// line where it does. Inside an inline `mod tests { … }`, `super` is the file's module.
pub fn imports(path: &str, source: &str) -> Vec<(usize, String)> {
    let toks = tokens(&code_only(source));
    let mut module = module_of(path);
    // The inline modules we are in, each with the brace depth of its body.
    let (mut depth, mut inline) = (0_usize, Vec::new());
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let word = |j: usize| match toks.get(j) {
            Some((Tok::Ident(word), _)) => word.as_str(),
            _ => "",
        };
        match toks[i].0 {
            Tok::Open => depth += 1,
            Tok::Close => {
                if inline.last() == Some(&depth) {
                    inline.pop();
                    module.pop();
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        if word(i) == "mod"
            && !word(i + 1).is_empty()
            && toks.get(i + 2).is_some_and(|t| t.0 == Tok::Open)
        {
            module.push(word(i + 1).to_string());
            inline.push(depth + 1);
            i += 2;
            continue;
        }
        let continues = i > 0 && toks[i - 1].0 == Tok::Colons;
        let followed = toks.get(i + 1).is_some_and(|t| t.0 == Tok::Colons);
        let base = match word(i) {
            _ if continues || !followed => None,
            "crate" => Some(Vec::new()),
            "super" => Some(module[..module.len().saturating_sub(1)].to_vec()),
            "sim" => Some(vec!["sim".to_string()]),
            _ => None,
        };
        i = match base {
            Some(base) => walk(base, &toks, i + 1, &mut found),
            None => i + 1,
        };
    }
    found
}

/// Follows a path from `base` through `::segment`s and `{…}` groups starting at `toks[i]`,
/// noting each top-level module of `sim` it reaches. Returns where the path ends.
fn walk(
    mut path: Vec<String>,
    toks: &[(Tok, usize)],
    mut i: usize,
    found: &mut Vec<(usize, String)>,
) -> usize {
    while toks.get(i).is_some_and(|t| t.0 == Tok::Colons) {
        match toks.get(i + 1) {
            Some((Tok::Ident(segment), line)) => {
                step(&mut path, segment, *line, found);
                i += 2;
            }
            Some((Tok::Open, _)) => {
                i += 2;
                while let Some((tok, line)) = toks.get(i) {
                    match tok {
                        Tok::Close => return i + 1,
                        // `x as y`: `y` is a new name, not a module.
                        Tok::Ident(word) if word == "as" => i += 2,
                        Tok::Ident(segment) => {
                            let mut item = path.clone();
                            step(&mut item, segment, *line, found);
                            i = walk(item, toks, i + 1, found);
                        }
                        _ => i += 1,
                    }
                }
                return i;
            }
            _ => return i + 1,
        }
    }
    i
}

/// Extends `path` by `segment`, noting the module if it now names one of `sim`'s own.
fn step(path: &mut Vec<String>, segment: &str, line: usize, found: &mut Vec<(usize, String)>) {
    match segment {
        "super" => {
            path.pop();
        }
        "self" => {}
        _ => {
            path.push(segment.to_string());
            if path.len() == 2 && path[0] == "sim" {
                found.push((line, segment.to_string()));
            }
        }
    }
}

#[test]
fn a_file_s_module_path_follows_mod_rs() {
    assert_eq!(module_of("src/sim/monitor/mod.rs"), ["sim", "monitor"]);
    assert_eq!(
        module_of("src/sim/scenario/query/parser.rs"),
        ["sim", "scenario", "query", "parser"]
    );
    assert_eq!(module_of("src/sim/mod.rs"), ["sim"]);
}
