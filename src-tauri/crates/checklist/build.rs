//! Finds the fonts to embed in the binary, so checklists need no system font when they are made
//! (both SIL OFL 1.1; scripts/setup installs the Debian packages):
//! - Noto Sans CJK (fonts-noto-cjk), for Chinese and most Latin; TALENTNAV_CJK_FONT may point at
//!   another copy of NotoSansCJK-Regular.ttc;
//! - Noto Sans (fonts-noto-core), for the Latin, Greek and Cyrillic letters the CJK font lacks
//!   (ł, ş, ř, …); TALENTNAV_LATIN_FONT may point at another NotoSans-Regular.ttf.
use std::{env, path::PathBuf};

fn find(var: &str, candidates: &[&str], package: &str) -> PathBuf {
    println!("cargo:rerun-if-env-changed={var}");
    let found = env::var_os(var)
        .map(PathBuf::from)
        .into_iter()
        .chain(candidates.iter().map(PathBuf::from))
        .find(|p| p.is_file());
    let Some(font) = found else {
        panic!(
            "{} was not found: install the Debian package {package} (scripts/setup does), or set {var}",
            candidates[0]
        );
    };
    println!("cargo:rerun-if-changed={}", font.display());
    font
}

fn main() {
    let cjk = find(
        "TALENTNAV_CJK_FONT",
        &[
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        ],
        "fonts-noto-cjk",
    );
    let latin = find(
        "TALENTNAV_LATIN_FONT",
        &["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/noto/NotoSans-Regular.ttf"],
        "fonts-noto-core",
    );
    println!("cargo:rustc-env=TALENTNAV_CJK_FONT_PATH={}", cjk.display());
    println!("cargo:rustc-env=TALENTNAV_LATIN_FONT_PATH={}", latin.display());
}
