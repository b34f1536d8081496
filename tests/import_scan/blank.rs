//! Comments and literals out of the way: the scanner reads only code, since the docs
//! rightly *mention* higher layers ("the narration answers in plain words") and strings
//! may hold anything, `crate::sim::reports` included.

/// `source` with comments and string and character literals blanked, newlines kept (so
/// line numbers still hold).
pub fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    // Blanks chars[from..to], keeping its newlines.
    let blank = |out: &mut String, from: usize, to: usize| {
        out.push(' ');
        out.extend(
            chars[from..to.min(chars.len())]
                .iter()
                .filter(|&&c| c == '\n'),
        );
    };
    while i < chars.len() {
        let (c, next) = (at(i), at(i + 1));
        let start = i;
        if c == '/' && next == '/' {
            while i < chars.len() && at(i) != '\n' {
                i += 1;
            }
        } else if c == '/' && next == '*' {
            let mut depth = 0_usize;
            while i < chars.len() {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth = depth.saturating_sub(1);
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            blank(&mut out, start, i);
        } else if let Some(hashes) = raw_string_start(&chars, i) {
            // r"…", r#"…"#, br"…": no escapes; ends at a quote and as many hashes.
            i += 2 + hashes + usize::from(c == 'b');
            let closes = |j: usize| at(j) == '"' && (1..=hashes).all(|h| at(j + h) == '#');
            while i < chars.len() && !closes(i) {
                i += 1;
            }
            i += 1 + hashes;
            blank(&mut out, start, i);
        } else if c == '"' {
            i += 1;
            while i < chars.len() && at(i) != '"' {
                i += if at(i) == '\\' { 2 } else { 1 };
            }
            i += 1;
            blank(&mut out, start, i);
        } else if c == '\'' && (next == '\\' || at(i + 2) == '\'') {
            // A character literal ('"', '\'', '\u{..}'), not a lifetime.
            i += 2;
            while i < chars.len() && at(i) != '\'' {
                i += 1;
            }
            i += 1;
            blank(&mut out, start, i);
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The number of `#`s if a raw string literal starts at `chars[i]`.
fn raw_string_start(chars: &[char], i: usize) -> Option<usize> {
    let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    let r = if chars.get(i) == Some(&'b') { i + 1 } else { i };
    if chars.get(r) != Some(&'r') {
        return None;
    }
    let hashes = chars[r + 1..].iter().take_while(|&&c| c == '#').count();
    (chars.get(r + 1 + hashes) == Some(&'"')).then_some(hashes)
}

#[test]
fn comments_strings_and_characters_are_blanked_but_lines_kept() {
    let source = "a /* b\n c */ d // e\nf(\"g\\\"h\", '\"', r#\"i\"#) 'j\n";
    assert_eq!(code_only(source), "a  \n d \nf( ,  ,  ) 'j\n");
}
