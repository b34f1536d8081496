//! [`use_url_sync`]: keeps the address bar in step with the lab, so a reload (or a
//! bookmark) reopens the same scenario, policy, speed and theme.

use yew::prelude::*;

use crate::app::browser;
use crate::view_params::Theme;

/// Writes `query` to the address bar with `history.replaceState` whenever it changes.
///
/// Not on the first render: the link the page was opened with stays as it was typed, bad
/// parameters included, until the learner changes something.
///
/// ```ignore
/// use_url_sync(links::page_query(&lab));
/// ```
#[hook]
pub fn use_url_sync(query: String) {
    let written = use_mut_ref(|| None::<String>);
    use_effect_with(query, move |query| {
        let mut written = written.borrow_mut();
        if written.is_some() && written.as_deref() != Some(query.as_str()) {
            browser::replace_query(query);
        }
        *written = Some(query.clone());
    });
}

/// Sets `data-theme` on `<html>` whenever `theme` changes (`auto` lets the stylesheet
/// follow `prefers-color-scheme`).
#[hook]
pub fn use_document_theme(theme: Theme) {
    use_effect_with(theme, |&theme| browser::set_theme_attribute(theme));
}
