//! Finds Noto Sans CJK (SIL OFL 1.1) to embed in the binary, so checklists need no system font when they
//! are made. Debian's fonts-noto-cjk provides it (scripts/setup installs it); TALENTNAV_CJK_FONT may
//! point at another copy of NotoSansCJK-Regular.ttc.
use std::{env, path::PathBuf};

const CANDIDATES: &[&str] =
    &["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"];

fn main() {
    println!("cargo:rerun-if-env-changed=TALENTNAV_CJK_FONT");
    let found = env::var_os("TALENTNAV_CJK_FONT")
        .map(PathBuf::from)
        .into_iter()
        .chain(CANDIDATES.iter().map(PathBuf::from))
        .find(|p| p.is_file());
    let Some(font) = found else {
        panic!(
            "Noto Sans CJK was not found: install the Debian package fonts-noto-cjk (scripts/setup does), or set TALENTNAV_CJK_FONT to NotoSansCJK-Regular.ttc"
        );
    };
    println!("cargo:rerun-if-changed={}", font.display());
    println!("cargo:rustc-env=TALENTNAV_CJK_FONT_PATH={}", font.display());
}
