//! [`use_element_size`]: an element's size in CSS px, kept up to date by a
//! `ResizeObserver`, for views that draw to fit a box the page's layout sets (the stage in
//! a fixed-size embed).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The inner size (`clientWidth`, `clientHeight`) of the element behind `node` while
/// `enabled`, updated whenever it changes; `None` when disabled, before the first
/// measurement, or where `ResizeObserver` is unavailable.
///
/// ```ignore
/// let frame = use_node_ref();
/// let size = use_element_size(frame.clone(), embedded);
/// html! { <div ref={frame}>{ format!("{size:?}") }</div> }
/// ```
#[hook]
pub fn use_element_size(node: NodeRef, enabled: bool) -> Option<(f64, f64)> {
    let size = use_state_eq(|| None);
    {
        let size = size.clone();
        use_effect_with(enabled, move |&enabled| {
            let observer = enabled.then(|| observe(node, size)).flatten();
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    if enabled {
        *size
    } else {
        None
    }
}

/// Starts observing `node`'s element, writing its size into `size`; the observer and the
/// callback it calls, which must live as long as it does.
fn observe(
    node: NodeRef,
    size: UseStateHandle<Option<(f64, f64)>>,
) -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    let element = node.cast::<web_sys::Element>()?;
    let measured = element.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let (w, h) = (measured.client_width(), measured.client_height());
        // A hidden or not yet laid out element measures 0: nothing to fit yet.
        if w > 0 && h > 0 {
            size.set(Some((f64::from(w), f64::from(h))));
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some((observer, callback))
}
