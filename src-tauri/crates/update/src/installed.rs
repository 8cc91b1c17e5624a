//! The packs this machine installed, in `<data>/rules/`: each artefact as it was downloaded
//! (`<version>.tnpack`, kept for a rollback) and `active`, naming the one in use.
//!
//! Installing writes the artefact (temporary file, fsync, rename), then `active` the same way. A
//! crash before the second rename leaves the old pack active; after it, the new one; `active` never
//! names a file that is not complete, and every pack is verified again when it is loaded.

use crate::{
    Notice, Trust,
    artefact::{self, Manifest, Verified},
    version::Version,
};
use std::{
    io::Read,
    path::{Path, PathBuf},
};
use talentnav_core::{UserError, fsutil};
use talentnav_i18n::{Locale, args};
use talentnav_rules::pack::{Pack, embedded_pack};

pub const DIR: &str = "rules";
const ACTIVE: &str = "active";
const EXT: &str = "tnpack";
/// No pack comes near this; a larger file in the folder is not read.
pub const MAX_PACK_BYTES: u64 = 8 * 1024 * 1024;

pub fn rules_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(DIR)
}

fn pack_path(data_dir: &Path, version: &str) -> PathBuf {
    rules_dir(data_dir).join(format!("{version}.{EXT}"))
}

/// Where the rules in use come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    BuiltIn,
    Installed,
}

/// The pack this process runs with: the installed one when it verifies, else the built-in one.
pub enum ActivePack {
    BuiltIn,
    Installed(Box<Verified>),
}

impl ActivePack {
    pub fn pack(&self) -> &Pack {
        match self {
            ActivePack::BuiltIn => embedded_pack(),
            ActivePack::Installed(v) => &v.pack,
        }
    }
    pub fn origin(&self) -> Origin {
        match self {
            ActivePack::BuiltIn => Origin::BuiltIn,
            ActivePack::Installed(_) => Origin::Installed,
        }
    }
    pub fn manifest(&self) -> Option<&Manifest> {
        match self {
            ActivePack::BuiltIn => None,
            ActivePack::Installed(v) => Some(&v.manifest),
        }
    }
    pub fn version(&self) -> Version {
        // Every loaded pack's version was checked to parse (the built-in one by the tests).
        Version::parse(&self.pack().info.version).unwrap_or_else(|| Version::parse("0").expect("0"))
    }
}

impl std::ops::Deref for ActivePack {
    type Target = Pack;
    fn deref(&self) -> &Pack {
        self.pack()
    }
}

/// The version named in `active`, if any.
pub fn active_name(data_dir: &Path) -> Option<String> {
    active_name_or_damaged(data_dir).flatten()
}

/// A pack file's bytes: a regular file only, and never more than [`MAX_PACK_BYTES`] read.
pub fn read_pack_file(path: &Path, locale: Locale) -> Result<Vec<u8>, UserError> {
    let file = fsutil::open_regular(path).map_err(|e| UserError::io(path, &e, locale))?;
    let mut bytes = Vec::new();
    file.take(MAX_PACK_BYTES + 1).read_to_end(&mut bytes).map_err(|e| UserError::io(path, &e, locale))?;
    if bytes.len() as u64 > MAX_PACK_BYTES {
        return Err(UserError::invalid("update-error-too-large", args![("limit", MAX_PACK_BYTES as i64)]));
    }
    Ok(bytes)
}

/// Reads and verifies the kept pack `version`.
pub fn load_kept(data_dir: &Path, version: &str, trust: &Trust, locale: Locale) -> Result<Verified, UserError> {
    let bytes = read_pack_file(&pack_path(data_dir, version), locale)?;
    let verified = artefact::verify(&bytes, trust)?;
    if verified.manifest.version != version {
        return Err(UserError::invalid(
            "update-error-identity",
            args![("manifest", verified.manifest.version.as_str()), ("files", version)],
        ));
    }
    artefact::check_app_version(&verified.manifest)?;
    Ok(verified)
}

/// The pack to run with, verified again now, and what the user must be told about it. A missing or
/// failing installed pack gives the built-in pack with a notice; so does none at all, silently. When
/// the built-in pack is newer (the app itself was updated since), it wins.
pub fn load_active(data_dir: &Path) -> (ActivePack, Option<Notice>) {
    load_active_with(data_dir, &Trust::built_in())
}

pub fn load_active_with(data_dir: &Path, trust: &Trust) -> (ActivePack, Option<Notice>) {
    let Some(name) = active_name_or_damaged(data_dir) else {
        return (ActivePack::BuiltIn, None);
    };
    let built_in = &embedded_pack().info.version;
    let loaded = match &name {
        Some(name) => load_kept(data_dir, name, trust, Locale::En),
        None => Err(UserError::invalid("update-reason-active-damaged", args![])),
    };
    match loaded {
        Ok(v) if Version::parse(&v.manifest.version) < Version::parse(built_in) => (ActivePack::BuiltIn, None),
        Ok(v) => (ActivePack::Installed(Box::new(v)), None),
        Err(e) => {
            // A damaged record names no version: say so rather than leave a gap where it goes.
            let notice = match name {
                Some(version) => {
                    Notice::new("update-notice-fallback", args![("version", version), ("builtin", built_in.as_str())])
                }
                None => Notice::new("update-notice-fallback-unnamed", args![("builtin", built_in.as_str())]),
            };
            (ActivePack::BuiltIn, Some(notice.because(e)))
        }
    }
}

/// None: nothing installed. Some(None): `active` exists but does not name a version.
fn active_name_or_damaged(data_dir: &Path) -> Option<Option<String>> {
    let text = std::fs::read_to_string(rules_dir(data_dir).join(ACTIVE)).ok()?;
    let name = text.trim();
    Some(Version::parse(name).map(|_| name.to_string()))
}

/// The versions kept on this machine, newest first.
pub fn kept(data_dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(rules_dir(data_dir)) else { return Vec::new() };
    let mut versions: Vec<String> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(&format!(".{EXT}"))?.to_string();
            Version::parse(&stem).map(|_| stem)
        })
        .collect();
    versions.sort_by_key(|v| std::cmp::Reverse(Version::parse(v)));
    versions
}

/// Installs an artefact that was verified from exactly `bytes`: kept under its version, then made
/// active. The pack that was active stays on disk.
pub fn install(data_dir: &Path, bytes: &[u8], verified: &Verified, locale: Locale) -> Result<(), UserError> {
    let dir = rules_dir(data_dir);
    fsutil::create_private_dir(&dir).map_err(|e| UserError::io(&dir, &e, locale))?;
    remove_dead_temporaries(&dir);
    let path = pack_path(data_dir, &verified.manifest.version);
    fsutil::write_atomic(&path, bytes).map_err(|e| UserError::io(&path, &e, locale))?;
    activate(data_dir, &verified.manifest.version, locale)
}

/// Makes the kept pack `version` the active one.
pub fn activate(data_dir: &Path, version: &str, locale: Locale) -> Result<(), UserError> {
    let path = rules_dir(data_dir).join(ACTIVE);
    fsutil::write_atomic(&path, format!("{version}\n").as_bytes()).map_err(|e| UserError::io(&path, &e, locale))
}

/// Temporary files of writers that were killed (`.<name>.<pid>.tmp`, see `fsutil::write_atomic`).
fn remove_dead_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let pid = name.strip_suffix(".tmp").and_then(|s| s.rsplit('.').next()).and_then(|p| p.parse::<u32>().ok());
        if name.starts_with('.') && pid.is_some_and(|p| !fsutil::process_alive(p)) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// The kept packs a rollback may go to, newest first: older than the active one, and not older than
/// the built-in pack (which wins over an older one at start, so rolling back to it would change
/// nothing).
pub fn rollback_candidates(data_dir: &Path) -> Vec<String> {
    let Some(current) = active_name(data_dir) else { return Vec::new() };
    let (current, floor) = (Version::parse(&current), Version::parse(&embedded_pack().info.version));
    kept(data_dir)
        .into_iter()
        .filter(|v| {
            let v = Version::parse(v);
            v < current && v >= floor
        })
        .collect()
}

/// `rules rollback`: back to the newest of the rollback candidates, verified again first.
pub fn rollback(data_dir: &Path, trust: &Trust, locale: Locale) -> Result<(String, String), UserError> {
    let nothing = || UserError::invalid("update-error-nothing-to-roll-back", args![]);
    let current = active_name(data_dir).ok_or_else(nothing)?;
    for version in rollback_candidates(data_dir) {
        if load_kept(data_dir, &version, trust, locale).is_ok() {
            activate(data_dir, &version, locale)?;
            return Ok((current, version));
        }
    }
    Err(nothing())
}
