//! [`use_narrow_screen`]: whether the viewport is phone-narrow, kept up to date when it
//! turns or resizes, so the stage can switch to its portrait layout.

use gloo::events::EventListener;
use yew::prelude::*;

/// The media query for "narrow": under 40rem, a phone held upright.
pub const NARROW_QUERY: &str = "(max-width: 40rem)";

/// True while [`NARROW_QUERY`] matches; false where media queries are unavailable.
///
/// ```ignore
/// let narrow = use_narrow_screen();
/// ```
#[hook]
pub fn use_narrow_screen() -> bool {
    let query = use_memo((), |_| {
        web_sys::window().and_then(|w| w.match_media(NARROW_QUERY).ok().flatten())
    });
    let narrow = use_state(|| query.as_ref().as_ref().is_some_and(|q| q.matches()));
    {
        let narrow = narrow.clone();
        use_effect_with(query, move |query| {
            let listener = query.as_ref().as_ref().map(|list| {
                let list_for_change = list.clone();
                EventListener::new(list, "change", move |_| {
                    narrow.set(list_for_change.matches())
                })
            });
            move || drop(listener)
        });
    }
    *narrow
}
