//! The rule pack the process runs with, chosen once, and what a person may ask of it: its identity,
//! its sources, any criterion's version in force on a date.

use std::path::Path;
use talentnav_rules::pack::{Pack, embedded_pack};

/// The pack for this process: the one place a pack is chosen (both doors call it at start and pass
/// the result down). Today the pack compiled into the binary; signed updates (issue 11) put "an
/// installed, verified pack in `data_dir`, else the embedded one" here.
pub fn choose(_data_dir: &Path) -> &'static Pack {
    embedded_pack()
}
