//! [`use_stage_box`]: the box a stage frame gives its drawing, in CSS px, kept up to date
//! by a `ResizeObserver`, so that the stage can pick the layout that reads best in it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// How a stage frame's box is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoxRule {
    /// Not at all: the stage follows the screen.
    Off,
    /// The frame's own size (`clientWidth`, `clientHeight`): a fixed-size embed, where
    /// the frame, not the drawing, decides the stage's size.
    Frame,
    /// The frame's width and its drawing's `max-height`: the page, where the drawing is
    /// as tall as its shape makes it, up to that height.
    WidthUnderCap,
}

/// The box the element behind `frame` gives its drawing, by `rule`, updated whenever the
/// frame or the window changes size; `None` when `rule` is [`BoxRule::Off`], before the
/// first measurement, or where `ResizeObserver` is unavailable.
///
/// ```ignore
/// let frame = use_node_ref();
/// let size = use_stage_box(frame.clone(), BoxRule::Frame);
/// html! { <div ref={frame}>{ format!("{size:?}") }</div> }
/// ```
#[hook]
pub fn use_stage_box(frame: NodeRef, rule: BoxRule) -> Option<(f64, f64)> {
    let size = use_state_eq(|| None);
    {
        let size = size.clone();
        use_effect_with(rule, move |&rule| {
            let observer = (rule != BoxRule::Off)
                .then(|| observe(frame, rule, size))
                .flatten();
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    if rule == BoxRule::Off {
        None
    } else {
        *size
    }
}

/// Starts observing `frame`'s element and the page's root, writing the box into `size`;
/// the observer and the callback it calls, which must live as long as it does.
fn observe(
    frame: NodeRef,
    rule: BoxRule,
    size: UseStateHandle<Option<(f64, f64)>>,
) -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    let element = frame.cast::<Element>()?;
    let measured = element.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let width = measured.client_width();
        let height = match rule {
            BoxRule::Frame => measured.client_height(),
            BoxRule::WidthUnderCap | BoxRule::Off => drawing_cap(&measured),
        };
        // A hidden or not yet laid out element measures 0: nothing to fit yet.
        if width > 0 && height > 0 {
            size.set(Some((f64::from(width), f64::from(height))));
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    // The drawing's cap follows the window's height (`vh`), which the frame may not.
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        observer.observe(&root);
    }
    Some((observer, callback))
}

/// The computed `max-height` of `frame`'s drawing (its first child), in whole CSS px; 0
/// when it has none or none is set. Read as an integer: float parsing is not in the wasm.
fn drawing_cap(frame: &Element) -> i32 {
    let value = frame
        .first_element_child()
        .and_then(|drawing| {
            let window = web_sys::window()?;
            window.get_computed_style(&drawing).ok().flatten()
        })
        .and_then(|style| style.get_property_value("max-height").ok())
        .unwrap_or_default();
    let whole: String = value.chars().take_while(char::is_ascii_digit).collect();
    whole.parse().unwrap_or(0)
}
