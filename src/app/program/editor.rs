//! The "Go program" field: a plain `<textarea>` (so typing, selection, undo and screen
//! readers behave as in any field) over a coloured copy of the same text, with line
//! numbers, compile-error marks and the goroutines' current lines beside it.
//!
//! Keys: Tab indents and Shift+Tab unindents the current line, as a code editor does;
//! Escape then Tab (or Shift+Tab) leaves the field, so the keyboard is never trapped;
//! Ctrl+Enter runs the program. The help dialog and the field's description say so.

use std::collections::BTreeSet;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::state::ProgramAction;

mod follow;

use crate::sim::golang::highlight::shades;
use crate::sim::golang::CompileError;
use follow::keep_a_current_line_in_view;

/// What the field shows.
#[derive(Properties, Clone, PartialEq)]
pub struct EditorProps {
    /// The text.
    pub source: AttrValue,
    /// Its compile errors (from the last "Run program").
    pub errors: std::rc::Rc<Vec<CompileError>>,
    /// Lines some goroutine is on, when the text is the running program.
    pub current_lines: std::rc::Rc<BTreeSet<u32>>,
    /// Where edits and "Run program" go.
    pub on_action: Callback<ProgramAction>,
}

/// The editor.
#[function_component(GoEditor)]
pub fn go_editor(props: &EditorProps) -> Html {
    let escaped = use_mut_ref(|| false);
    let field = use_node_ref();
    let scroller = use_node_ref();
    {
        // Stepping moves the goroutines' lines: while the learner is not typing, keep one
        // in view inside the field's own scroll box (never the page's), so the ▶ is there
        // to see next to the stage.
        let (scroller, field) = (scroller.clone(), field.clone());
        use_effect_with(props.current_lines.clone(), move |lines| {
            keep_a_current_line_in_view(&scroller, &field, lines);
        });
    }
    let oninput = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_action.emit(ProgramAction::Edit(area.value()));
        })
    };
    let onkeydown = {
        let (on_action, escaped) = (props.on_action.clone(), escaped.clone());
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if key == "Escape" {
                *escaped.borrow_mut() = true;
                return;
            }
            // Shift+Tab arrives as a Shift keydown, then Tab: a modifier alone keeps the
            // Escape for the key it modifies.
            if matches!(key.as_str(), "Shift" | "Control" | "Alt" | "Meta") {
                return;
            }
            let leave = std::mem::take(&mut *escaped.borrow_mut());
            if key == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                on_action.emit(ProgramAction::RunProgram);
            } else if key == "Tab" && !leave && !e.alt_key() && !e.ctrl_key() {
                e.prevent_default();
                let area: HtmlTextAreaElement = e.target_unchecked_into();
                if let Some(text) = indent(&area, e.shift_key()) {
                    on_action.emit(ProgramAction::Edit(text));
                }
            }
        })
    };
    let error_lines: BTreeSet<u32> = props.errors.iter().map(|e| e.pos.line).collect();
    let lines = props.source.split('\n').count().max(1);
    let invalid = (!props.errors.is_empty()).then_some("true");
    html! {
        <div class="code-editor">
            <div class="code-scroll" ref={scroller}>
                <div class="code-gutter" aria-hidden="true">
                    { for (1..=lines as u32).map(|n| gutter_line(n, &error_lines, &props.current_lines)) }
                </div>
                <div class="code-area">
                    { for props.current_lines.iter().map(|&n| current_bar(n)) }
                    <CodeShades source={props.source.clone()} errors={props.errors.clone()} />
                    <textarea id="go-source" ref={field.clone()} class="code-input"
                        spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off"
                        rows={(lines + 1).to_string()}
                        aria-describedby="go-source-keys go-source-errors"
                        aria-invalid={invalid}
                        value={props.source.clone()} {oninput} {onkeydown} />
                </div>
            </div>
            <p id="go-source-keys" class="hint">
                { "Tab indents and Shift+Tab unindents. To leave the field, press Escape, then Tab (or Shift+Tab). Ctrl+Enter runs the program." }
            </p>
            { error_list(&props.errors, &field) }
        </div>
    }
}

/// One line number, marked `!` for an error and `▶` for a current line.
fn gutter_line(n: u32, errors: &BTreeSet<u32>, current: &BTreeSet<u32>) -> Html {
    let mark = if errors.contains(&n) {
        "!"
    } else if current.contains(&n) {
        "▶"
    } else {
        ""
    };
    let class = classes!(
        "gutter-line",
        errors.contains(&n).then_some("has-error"),
        current.contains(&n).then_some("is-current")
    );
    html! { <span {class}><span class="gutter-mark">{ mark }</span>{ n }{ "\n" }</span> }
}

/// A current line's highlight, laid under the text (so the coloured copy itself need
/// not change as the run moves: it re-renders only when the text or its errors do).
fn current_bar(line: u32) -> Html {
    let top = format!(
        "top: calc(var(--code-pad) + {} * var(--code-line))",
        line.saturating_sub(1)
    );
    html! { <span class="current-bar" style={top}></span> }
}

/// What the coloured copy shows.
#[derive(Properties, Clone, PartialEq)]
struct ShadesProps {
    source: AttrValue,
    errors: std::rc::Rc<Vec<CompileError>>,
}

/// The coloured copy: one span per line (error lines marked), with the error's column
/// underlined.
#[function_component(CodeShades)]
fn code_shades(props: &ShadesProps) -> Html {
    let errors = &props.errors;
    let lines = props.source.split('\n').enumerate().map(|(i, line)| {
        let n = i as u32 + 1;
        let col = errors.iter().find(|e| e.pos.line == n).map(|e| e.pos.col);
        let class = classes!("code-line", col.is_some().then_some("has-error"));
        html! { <span {class}>{ shaded_line(line, col) }{ "\n" }</span> }
    });
    html! { <pre class="code-shades" aria-hidden="true"><code>{ for lines }</code></pre> }
}

/// One line's coloured runs; the character at 1-based byte column `col` is wrapped in a
/// `<mark>` (a wavy underline, and an outline in forced colours).
fn shaded_line(line: &str, col: Option<u32>) -> Html {
    let cut = col.map(|c| (c as usize).saturating_sub(1).min(line.len()));
    let cut = cut.map(|c| {
        (0..=c)
            .rev()
            .find(|&i| line.is_char_boundary(i))
            .unwrap_or(0)
    });
    let Some(cut) = cut else {
        return runs(line);
    };
    let rest = &line[cut..];
    let len = rest.chars().next().map_or(0, char::len_utf8);
    let marked = if len == 0 { " " } else { &rest[..len] };
    html! {
        <>
            { runs(&line[..cut]) }
            <mark class="code-error">{ marked }</mark>
            { runs(&rest[len..]) }
        </>
    }
}

/// `text` as coloured spans.
fn runs(text: &str) -> Html {
    html! {
        { for shades(text).into_iter().map(|(shade, t)| match shade.class() {
            Some(class) => html! { <span {class}>{ t }</span> },
            None => html! { { t } },
        }) }
    }
}

/// The errors as a list; each moves the caret to its line and column.
fn error_list(errors: &[CompileError], field: &NodeRef) -> Html {
    let items = errors.iter().map(|e| {
        let (field, line, col) = (field.clone(), e.pos.line, e.pos.col);
        let onclick = Callback::from(move |_: MouseEvent| go_to(&field, line, col));
        html! {
            <li>
                <button type="button" class="link-button" {onclick}>
                    { format!("line {}, column {}", e.pos.line, e.pos.col) }
                </button>
                { format!(": {}", e.msg) }
            </li>
        }
    });
    html! {
        <div id="go-source-errors" class="compile-errors" hidden={errors.is_empty()}>
            <p><strong>{ "The program does not compile." }</strong>{ " The one before it still runs." }</p>
            <ul>{ for items }</ul>
        </div>
    }
}

/// Focuses the field with the caret at 1-based `line` and byte column `col`.
fn go_to(field: &NodeRef, line: u32, col: u32) {
    let Some(area) = field.cast::<HtmlTextAreaElement>() else {
        return;
    };
    let text = area.value();
    let start: usize = text
        .split('\n')
        .take(line.saturating_sub(1) as usize)
        .map(|l| l.len() + 1)
        .sum();
    let at = utf16_index(
        &text,
        (start + col.saturating_sub(1) as usize).min(text.len()),
    );
    let _ = area.focus();
    let _ = area.set_selection_range(at, at);
}

/// The UTF-16 index (what the DOM counts) of byte `at` of `text`.
fn utf16_index(text: &str, at: usize) -> u32 {
    let at = (0..=at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    text[..at].encode_utf16().count() as u32
}

/// Indents (or with `out`, unindents) the caret's line by one tab; the new text, or
/// `None` when nothing changed.
fn indent(area: &HtmlTextAreaElement, out: bool) -> Option<String> {
    let text = area.value();
    let units: Vec<u16> = text.encode_utf16().collect();
    let start = area.selection_start().ok().flatten()? as usize;
    let end = area.selection_end().ok().flatten()? as usize;
    let line_start = units[..start.min(units.len())]
        .iter()
        .rposition(|&u| u == u16::from(b'\n'))
        .map_or(0, |i| i + 1);
    let (new_units, shift): (Vec<u16>, i64) = if out {
        if units.get(line_start) != Some(&u16::from(b'\t')) {
            return None;
        }
        let mut u = units.clone();
        u.remove(line_start);
        (u, -1)
    } else {
        let mut u = units[..start].to_vec();
        u.push(u16::from(b'\t'));
        u.extend_from_slice(&units[end.min(units.len())..]);
        (u, 1)
    };
    let new_text = String::from_utf16(&new_units).ok()?;
    area.set_value(&new_text);
    let caret = (start as i64 + shift).max(line_start as i64) as u32;
    let _ = area.set_selection_range(caret, caret);
    Some(new_text)
}
