//! The Go field follows the run: after a step, if no goroutine's current line shows in
//! the field's scroll box, the box scrolls to one (the page itself never moves), unless
//! the field has the focus, where the learner's caret decides. Without this, stepping a
//! long program left every ▶ out of sight (a review at 1366×768: main on lines 41–42,
//! the field on lines 1–22).

use std::collections::BTreeSet;

use wasm_bindgen::JsCast;
use yew::NodeRef;

/// Scrolls `scroller` (the field's box) so that one of `lines` shows, unless one already
/// does or the field has the focus (the learner's caret decides then).
pub(super) fn keep_a_current_line_in_view(
    scroller: &NodeRef,
    field: &NodeRef,
    lines: &BTreeSet<u32>,
) {
    let (Some(first), Some(scroller)) = (lines.first(), scroller.cast::<web_sys::HtmlElement>())
    else {
        return;
    };
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .zip(field.get())
        .is_some_and(|(active, field)| {
            let field: &web_sys::Element = field.unchecked_ref();
            active == *field
        });
    if focused {
        return;
    }
    // The bars' geometry, as CSS lays them out: the padding, then one line each.
    let style = web_sys::window().and_then(|w| w.get_computed_style(&scroller).ok().flatten());
    let px = |name: &str| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .and_then(|v| v.trim().trim_end_matches("px").parse::<i32>().ok())
    };
    let (Some(line_px), Some(pad_px)) = (px("--code-line"), px("--code-pad")) else {
        return;
    };
    let top_of = |line: u32| pad_px + (line as i32 - 1) * line_px;
    let (view_top, view_height) = (scroller.scroll_top(), scroller.client_height());
    let shown = |line: &u32| {
        let top = top_of(*line);
        top >= view_top && top + line_px <= view_top + view_height
    };
    if !lines.iter().any(shown) {
        // A third of the way down, so the lines after it show too.
        scroller.set_scroll_top((top_of(*first) - view_height / 3).max(0));
    }
}
