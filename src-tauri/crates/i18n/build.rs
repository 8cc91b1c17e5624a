//! Embeds every `locales/<tag>/*.ftl` file, so a message added in a new file needs no code change.
//!
//! Paths are relative to this package, both in `rerun-if-changed` (cargo resolves them against the
//! checkout being built) and in the generated `include_str!` (joined to `CARGO_MANIFEST_DIR` when the
//! crate compiles). An absolute path would point at whichever clone last ran this script in a shared
//! target dir: a build in another clone would embed that clone's messages, or fail once it is gone.
use std::{env, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    const RELATIVE: &str = "../../../locales";
    let locales = manifest.join(RELATIVE).canonicalize().expect("locales/ exists at the repo root");
    println!("cargo:rerun-if-changed={RELATIVE}");
    let mut out = String::from("pub(crate) static SOURCES: &[(&str, &str, &str)] = &[\n");
    for tag in ["en", "zh-Hant", "zh-Hans"] {
        let dir = locales.join(tag);
        println!("cargo:rerun-if-changed={RELATIVE}/{tag}");
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("readable locale dir").path())
            .filter(|p| p.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let name = file.file_name().expect("file name").to_string_lossy().into_owned();
            println!("cargo:rerun-if-changed={RELATIVE}/{tag}/{name}");
            let relative = format!("/{RELATIVE}/{tag}/{name}");
            out.push_str(&format!(
                "    ({tag:?}, {name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {relative:?}))),\n"
            ));
        }
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("sources.rs");
    fs::write(dest, out).expect("write sources.rs");
}
