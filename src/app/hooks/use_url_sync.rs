//! [`use_url_sync`]: keeps the address bar in step with the lab, so a reload (or a
//! bookmark) reopens the same scenario, policy, speed, theme and step, and Back and
//! Forward move between the runs the learner chose.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::browser;
use crate::app::state::{Action, LabState};
use crate::view_params::Theme;

/// How long the address bar waits after the last change before it is rewritten: stepping
/// quickly then costs one `replaceState`, not one per step (browsers throttle them).
pub const DEBOUNCE_MS: u32 = 300;

/// A rewrite waiting for its moment: the query, and the timer that will write it.
type Pending = Option<(String, Timeout)>;

/// Writes `query` to the address bar whenever it changes: with `history.replaceState`,
/// [`DEBOUNCE_MS`] after the last change, or at once with `pushState` (a new history
/// entry) when `mark` changed, i.e. the learner loaded another scenario. Before a push the
/// waiting rewrite is written, so the entry left behind holds its run's last step.
///
/// Not on the first render: the link the page was opened with stays as it was typed, bad
/// parameters included, until the learner changes something. Back and Forward
/// (`popstate`) dispatch [`Action::Restore`] with the address they land on.
///
/// ```ignore
/// use_url_sync(links::page_query(&lab), lab.history_mark, lab.dispatcher());
/// ```
#[hook]
pub fn use_url_sync(query: String, mark: u64, dispatch: UseReducerDispatcher<LabState>) {
    let written = use_mut_ref(|| None::<(String, u64)>);
    let pending: Rc<RefCell<Pending>> = use_mut_ref(|| None);
    use_effect_with((query, mark), move |(query, mark)| {
        let mut written = written.borrow_mut();
        match &*written {
            Some((_, old_mark)) if old_mark != mark => {
                if let Some((waiting, timer)) = pending.borrow_mut().take() {
                    timer.cancel();
                    browser::replace_query(&waiting);
                }
                browser::push_query(query);
            }
            Some((old, _)) if old != query => {
                let waiting = query.clone();
                let slot = pending.clone();
                let timer = Timeout::new(DEBOUNCE_MS, move || {
                    if let Some((waiting, _)) = slot.borrow_mut().take() {
                        browser::replace_query(&waiting);
                    }
                });
                // Replacing the old timer drops it, which cancels it.
                *pending.borrow_mut() = Some((waiting, timer));
            }
            _ => {}
        }
        *written = Some((query.clone(), *mark));
    });
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "popstate", move |_| {
                dispatch.dispatch(Action::Restore(browser::current_query()));
            })
        });
        move || drop(listener)
    });
}

/// Sets `data-theme` on `<html>` whenever `theme` changes (`auto` lets the stylesheet
/// follow `prefers-color-scheme`).
#[hook]
pub fn use_document_theme(theme: Theme) {
    use_effect_with(theme, |&theme| browser::set_theme_attribute(theme));
}
