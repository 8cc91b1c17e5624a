//! The application layer both doors (CLI and window) call: no Tauri, no clap.

pub mod app_info;
pub mod error;
pub mod fsutil;
pub mod paths;
pub mod settings;

pub use error::{ErrorCode, UserError};
