//! The page's header: the title, a one-line introduction (embedded, a link to the full lab
//! instead), and, outside embeds, the Present button and the theme menu.

use yew::prelude::*;

use crate::app::browser;
use crate::app::links;
use crate::app::state::{Action, LabState};
use crate::view_params::Theme;

/// The title, a one-line introduction (or, embedded, a link to the full lab), the theme
/// menu and the Present button.
pub(in crate::app) fn view_header(lab: &LabState, on_action: &Callback<Action>) -> Html {
    let full_lab = links::url(&browser::page_base(), &links::share_query(lab));
    html! {
        <header class="lab-header">
            <div class="titles">
                <h1>{ "Producer–Consumer Lab" }</h1>
                if lab.view.embed {
                    <a class="open-full" href={full_lab} target="_blank" rel="noopener">
                        { "Open the full lab (new tab)" }
                    </a>
                } else {
                    <p class="lede">
                        { "Watch producers and consumers share a bounded buffer, one step at a \
                           time: Go channels, monitors with condition variables, and semaphores." }
                    </p>
                }
            </div>
            // Embedded, the host page picks the theme with `theme=`.
            if !lab.view.embed {
                <div class="header-tools">
                    { crate::app::present::view_present_button(lab.view.present, on_action) }
                    { view_theme_menu(lab.view.theme, on_action) }
                </div>
            }
        </header>
    }
}

/// Light, dark, or the system's choice.
fn view_theme_menu(theme: Theme, on_action: &Callback<Action>) -> Html {
    let onchange = on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetTheme(Theme::from_name(&select.value()).unwrap_or_default())
    });
    let options = Theme::ALL.into_iter().map(|t| {
        let label = match t {
            Theme::Auto => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        };
        html! { <option value={t.name()} selected={t == theme}>{ label }</option> }
    });
    html! {
        <div class="field theme">
            <label for="theme-select">{ "Theme" }</label>
            <select id="theme-select" onchange={onchange}>{ for options }</select>
        </div>
    }
}
