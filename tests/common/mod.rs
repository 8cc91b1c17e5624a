//! Helpers shared by the integration tests that run the real `talentnav` binary.

use std::{
    path::Path,
    process::{Command, Output},
};

/// Runs `talentnav --data-dir DATA ARGS…` in the C locale and waits for it.
pub fn talentnav(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_talentnav"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "C")
        .output()
        .unwrap()
}
