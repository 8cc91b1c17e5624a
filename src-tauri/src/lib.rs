//! The `talentnav` app package: a thin CLI and, with the `gui` feature, the Tauri shell.

pub mod cli;
#[cfg(feature = "gui")]
pub mod shell;
