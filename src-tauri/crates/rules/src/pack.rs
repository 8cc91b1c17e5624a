//! The embedded rule pack: its identity (id, version, checksum) and its files.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;
use ts_rs::TS;

/// Every file of the pack, by name. The checksum covers names and contents in this order.
const FILES: &[(&str, &str)] = &[("pack.toml", include_str!("../pack/pack.toml"))];

/// What identifies the rules an answer was computed with (`rule_pack` in talentnav.assessment/1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PackInfo {
    pub id: String,
    pub version: String,
    /// Hex SHA-256 over every file of the pack.
    pub sha256: String,
    /// The newest revision date (YYYY-MM-DD) among the pack's sources.
    pub revised: String,
}

#[derive(Deserialize)]
struct Manifest {
    id: String,
    version: String,
    revised: String,
}

static EMBEDDED: LazyLock<PackInfo> = LazyLock::new(|| {
    let manifest: Manifest = toml::from_str(FILES[0].1).expect("the embedded pack.toml is tested to parse");
    PackInfo { id: manifest.id, version: manifest.version, sha256: checksum(FILES), revised: manifest.revised }
});

/// The pack compiled into this binary.
pub fn embedded() -> &'static PackInfo {
    &EMBEDDED
}

fn checksum(files: &[(&str, &str)]) -> String {
    let mut h = Sha256::new();
    for (name, text) in files {
        // Length-prefixed, so moving bytes between a name and a body changes the sum.
        for part in [name.as_bytes(), text.as_bytes()] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_pack_identifies_itself() {
        let p = embedded();
        assert_eq!(p.id, "hk-talent");
        assert!(
            p.version.split('.').count() == 3 && p.version.split('.').all(|n| n.parse::<u32>().is_ok()),
            "{}",
            p.version
        );
        assert_eq!(p.sha256.len(), 64);
        assert!(p.sha256.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(p.revised.len(), 10);
    }

    #[test]
    fn the_checksum_depends_on_every_byte_and_on_file_boundaries() {
        let base = checksum(&[("a", "xy")]);
        assert_ne!(base, checksum(&[("a", "xz")]));
        assert_ne!(base, checksum(&[("ax", "y")]));
        assert_eq!(base, checksum(&[("a", "xy")]));
    }
}
