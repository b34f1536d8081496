//! The lab's panels around the stage: the timeline, the metrics, the scenario editor, the
//! presets menu and the first-visit introduction.
//!
//! Each panel is a function component with plain-data props, so it can be tested alone;
//! the lab's layout (`app/layout.rs`, through `connect.rs`) builds those props from its
//! state and passes callbacks that dispatch the lab's own actions (seek, load a scenario).

pub mod challenge_panel;
pub mod compare_panel;
mod connect;
pub mod editor;
mod editor_fields;
pub mod editor_form;
pub mod explorer_panel;
pub mod intro;
pub mod lesson_panel;
pub mod metrics;
pub mod presets_menu;
pub mod sweep_panel;
pub mod timeline;
pub mod timeline_builder;
pub mod timeline_model;
mod timeline_paths;
mod timeline_svg;

pub use connect::{
    drawing_of, nearest_step, view_intro, view_panels, LabPanels, LabProps, PanelsPart,
};
pub use editor::Editor;
pub use editor_form::Fields;
pub use intro::Intro;
pub use metrics::{metrics_panel, MetricsView};
pub use presets_menu::presets_menu;
pub use timeline::Timeline;
pub use timeline_model::{Axis, LaneState, TimelineModel};
