//! The lab's components, one per file. Those with props (task cards, controls, picker,
//! console, share, help, errors banner) are function components so Yew can skip them when
//! their props did not change; the rest are plain `view_*` functions.

pub mod console;
pub mod controls;
pub mod current_lines;
pub mod help_overlay;
pub mod manual_picker;
pub mod narration;
pub mod param_errors;
pub mod question_panel;
pub mod share;
pub mod state_badge;
pub mod task_card;
pub mod wait_queues;

pub use console::Console;
pub use controls::{controls, ControlsProps};
pub use help_overlay::HelpOverlay;
pub use manual_picker::{manual_picker, ManualPickerProps};
pub use param_errors::{param_errors, ParamErrorsProps};
pub use share::Share;
pub use task_card::TaskCard;
