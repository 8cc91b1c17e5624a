//! Who may sign a rule pack. Two public keys are built in (`keys/slot1.pub`, `keys/slot2.pub`), so
//! the maintainers can move to a new key: packs signed with either verify, and a later app release
//! drops the retired one. Secret keys never enter the repository.

use crate::{hex, unhex};
pub use ed25519_dalek::{SigningKey, VerifyingKey};
use std::{io, path::Path};

const SLOTS: [&str; 2] = [include_str!("../keys/slot1.pub"), include_str!("../keys/slot2.pub")];

/// Debug builds (the test suite) also trust the key in this variable (hex public key); release
/// builds ignore it, so no environment can make a shipped app accept another signer.
pub const DEV_TRUSTED_KEY_ENV: &str = "TALENTNAV_DEV_TRUSTED_KEY";

/// The public keys a pack's signature is checked against.
#[derive(Debug, Clone)]
pub struct Trust {
    keys: Vec<VerifyingKey>,
}

impl Trust {
    /// The built-in slots (plus, in a debug build, [`DEV_TRUSTED_KEY_ENV`]).
    pub fn built_in() -> Trust {
        let mut keys: Vec<VerifyingKey> = SLOTS.iter().filter_map(|s| public_key(s)).collect();
        if cfg!(debug_assertions) {
            keys.extend(std::env::var(DEV_TRUSTED_KEY_ENV).ok().as_deref().and_then(public_key));
        }
        Trust { keys }
    }

    /// Exactly these keys (tests, and a maintainer checking a pack against a key of their own).
    pub fn only(keys: impl IntoIterator<Item = VerifyingKey>) -> Trust {
        Trust { keys: keys.into_iter().collect() }
    }

    pub fn trusts(&self, key: &VerifyingKey) -> bool {
        self.keys.contains(key)
    }
}

/// A public key from its hex form.
pub fn public_key(text: &str) -> Option<VerifyingKey> {
    VerifyingKey::from_bytes(&unhex::<32>(text)?).ok()
}

pub fn public_hex(key: &VerifyingKey) -> String {
    hex(key.as_bytes())
}

/// A new secret key from the OS's random generator.
pub fn generate() -> io::Result<SigningKey> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(io::Error::other)?;
    Ok(SigningKey::from_bytes(&seed))
}

/// The key file's text: the secret seed in hex, then the public key as a comment for the maintainer.
pub fn key_file_text(key: &SigningKey) -> String {
    format!("{}\n# public {}\n", hex(&key.to_bytes()), public_hex(&key.verifying_key()))
}

/// Writes a new key file, owner-only; an existing file is never replaced (it may be the only copy
/// of a signing key).
pub fn write_key_file(path: &Path, key: &SigningKey) -> io::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(path)?;
    f.write_all(key_file_text(key).as_bytes())?;
    f.sync_all()
}

/// The secret key in a key file, or None when the file holds no key.
pub fn parse_key_file(text: &str) -> Option<SigningKey> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#'))?;
    unhex::<32>(first).map(|seed| SigningKey::from_bytes(&seed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_slots_hold_a_valid_key_and_they_differ() {
        let keys: Vec<_> = SLOTS.iter().map(|s| public_key(s).expect("a valid public key")).collect();
        assert_ne!(keys[0], keys[1]);
        let trust = Trust::built_in();
        assert!(keys.iter().all(|k| trust.trusts(k)));
        assert!(!trust.trusts(&generate().unwrap().verifying_key()));
    }

    #[test]
    fn a_key_file_round_trips_and_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.key");
        let key = generate().unwrap();
        write_key_file(&path, &key).unwrap();
        let read = parse_key_file(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(read.to_bytes(), key.to_bytes());
        assert_eq!(write_key_file(&path, &generate().unwrap()).unwrap_err().kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(parse_key_file(&std::fs::read_to_string(&path).unwrap()).unwrap().to_bytes(), key.to_bytes());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        assert!(parse_key_file("# nothing\n").is_none() && parse_key_file("zz").is_none());
    }
}
