//! Embeds every `locales/<tag>/*.ftl` file, so a message added in a new file needs no code change.
use std::{env, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../../../locales").canonicalize().expect("locales/ exists at the repo root");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut out = String::from("pub(crate) static SOURCES: &[(&str, &str, &str)] = &[\n");
    for tag in ["en", "zh-Hant", "zh-Hans"] {
        let dir = locales.join(tag);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("readable locale dir").path())
            .filter(|p| p.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().expect("file name").to_string_lossy().into_owned();
            out.push_str(&format!("    ({tag:?}, {name:?}, include_str!({:?})),\n", file.display().to_string()));
        }
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("sources.rs");
    fs::write(dest, out).expect("write sources.rs");
}
