//! The signed rule pack: one JSON file holding the manifest text, its ed25519 signature, the
//! signer's public key and the pack's files.
//!
//! The signature covers the manifest's exact bytes; the manifest names every file with its size and
//! SHA-256. So verifying is: the key is trusted, the signature holds, every file the manifest names is
//! there with that size and hash, no other file is there, and the files load as a pack
//! (`Pack::load`, as the embedded pack does). All of it happens in memory.

use crate::{Trust, hex, keys::public_hex, sha256_hex, unhex, version::Version};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use std::path::Path;
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args};
use talentnav_rules::{
    date::{self, Date},
    pack::{Pack, embedded_files},
};

pub const FORMAT: &str = "talentnav.rule-pack/1";
const MANIFEST_FORMAT: &str = "talentnav.rule-pack-manifest/1";
/// What is signed: a fixed prefix (so a signature over anything else can never pass), then the
/// manifest's bytes.
const DOMAIN: &[u8] = b"talentnav.rule-pack/1\n";
/// The release notes a maintainer writes beside the pack files; not itself a pack file.
pub const RELEASE_FILE: &str = "release.toml";
const MAX_FILES: usize = 256;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Changelog {
    pub en: String,
    #[serde(rename = "zh-Hant")]
    pub zh_hant: String,
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
}

impl Changelog {
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => &self.en,
            Locale::ZhHant => &self.zh_hant,
            Locale::ZhHans => &self.zh_hans,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    pub name: String,
    pub sha256: String,
    pub size: u64,
}

/// What the signature vouches for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub pack_id: String,
    pub version: String,
    /// YYYY-MM-DD: the day the maintainers published the pack (its age counts from here).
    pub published: String,
    pub min_app_version: String,
    /// Days (YYYY-MM-DD) on which the maintainers know the rules will change (the next January
    /// list…): from then on this pack may be out of date.
    #[serde(default)]
    pub due: Vec<String>,
    pub files: Vec<FileEntry>,
    pub changelog: Changelog,
}

impl Manifest {
    pub fn published_date(&self) -> Option<Date> {
        date::parse(&self.published)
    }
    pub fn due_dates(&self) -> Vec<Date> {
        self.due.iter().filter_map(|d| date::parse(d)).collect()
    }
    pub fn version(&self) -> Option<Version> {
        Version::parse(&self.version)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    key: String,
    signature: String,
    manifest: String,
    files: Vec<PackFile>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    name: String,
    text: String,
}

/// A pack whose signature and files have all been checked, loaded.
pub struct Verified {
    pub manifest: Manifest,
    pub pack: Pack,
    /// The signer's public key (hex).
    pub key: String,
}

/// `release.toml`: what the manifest says beyond the files.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Release {
    published: String,
    min_app_version: String,
    #[serde(default)]
    due: Vec<String>,
    changelog: Changelog,
}

fn invalid(id: &str, args: talentnav_i18n::Args) -> UserError {
    UserError::invalid(id, args)
}

/// Checks `bytes` as a signed rule pack against `trust`, entirely in memory.
pub fn verify(bytes: &[u8], trust: &Trust) -> Result<Verified, UserError> {
    let not_a_pack = || invalid("update-error-not-a-pack", args![]);
    let env: Envelope = serde_json::from_slice(bytes).map_err(|_| not_a_pack())?;
    if env.format != FORMAT {
        return Err(not_a_pack());
    }
    let key = unhex::<32>(&env.key).and_then(|k| VerifyingKey::from_bytes(&k).ok()).ok_or_else(not_a_pack)?;
    if !trust.trusts(&key) {
        return Err(invalid("update-error-unknown-key", args![("key", public_hex(&key))]));
    }
    let signature = unhex::<64>(&env.signature).map(|s| Signature::from_bytes(&s)).ok_or_else(not_a_pack)?;
    let signed = [DOMAIN, env.manifest.as_bytes()].concat();
    key.verify_strict(&signed, &signature).map_err(|_| invalid("update-error-bad-signature", args![]))?;
    // From here on the manifest is the maintainers' word; the files must match it exactly.
    let manifest: Manifest = serde_json::from_str(&env.manifest).map_err(|_| not_a_pack())?;
    if manifest.format != MANIFEST_FORMAT {
        return Err(not_a_pack());
    }
    for f in &env.files {
        if env.files.iter().filter(|g| g.name == f.name).count() > 1 || !manifest.files.iter().any(|e| e.name == f.name)
        {
            return Err(invalid("update-error-unexpected-file", args![("file", f.name.as_str())]));
        }
    }
    let mut files: Vec<(&str, &str)> = Vec::with_capacity(manifest.files.len());
    for entry in &manifest.files {
        let Some(file) = env.files.iter().find(|f| f.name == entry.name) else {
            return Err(invalid("update-error-missing-file", args![("file", entry.name.as_str())]));
        };
        if file.text.len() as u64 != entry.size || sha256_hex(file.text.as_bytes()) != entry.sha256 {
            return Err(invalid("update-error-tampered-file", args![("file", entry.name.as_str())]));
        }
        files.push((&entry.name, &file.text));
    }
    let pack = Pack::load(&files).map_err(|e| pack_error(&e))?;
    check_identity(&manifest, &pack)?;
    Ok(Verified { manifest, pack, key: public_hex(&key) })
}

fn pack_error(e: &talentnav_rules::pack::PackError) -> UserError {
    // The problem itself is the loader's English; the file and the key say where to look.
    let place = if e.key.is_empty() { e.file.clone() } else { format!("{}: {}", e.file, e.key) };
    invalid("update-error-invalid-pack", args![("place", place)])
}

/// The manifest and the files agree on which pack this is, and its dates and versions are readable.
fn check_identity(manifest: &Manifest, pack: &Pack) -> Result<(), UserError> {
    let bad = |field: &str, value: &str| invalid("update-error-bad-field", args![("field", field), ("value", value)]);
    if manifest.pack_id != pack.info.id || manifest.version != pack.info.version {
        return Err(invalid(
            "update-error-identity",
            args![
                ("manifest", format!("{} {}", manifest.pack_id, manifest.version)),
                ("files", format!("{} {}", pack.info.id, pack.info.version))
            ],
        ));
    }
    if manifest.version().is_none() {
        return Err(bad("version", &manifest.version));
    }
    if Version::parse(&manifest.min_app_version).is_none() {
        return Err(bad("min_app_version", &manifest.min_app_version));
    }
    if manifest.published_date().is_none() {
        return Err(bad("published", &manifest.published));
    }
    if let Some(d) = manifest.due.iter().find(|d| date::parse(d).is_none()) {
        return Err(bad("due", d));
    }
    Ok(())
}

/// Whether this app can run the pack; the error says which app version it needs.
pub fn check_app_version(manifest: &Manifest) -> Result<(), UserError> {
    let needed = Version::parse(&manifest.min_app_version);
    if needed.is_some_and(|n| n > crate::version::app()) {
        return Err(invalid(
            "update-error-needs-newer-app",
            args![
                ("version", manifest.version.as_str()),
                ("needed", manifest.min_app_version.as_str()),
                ("app", env!("CARGO_PKG_VERSION"))
            ],
        ));
    }
    Ok(())
}

/// The pack files under `dir` (every `.toml` but [`RELEASE_FILE`]), as relative `/` names, in the
/// embedded pack's order and then by name, so the same files give the same pack checksum.
fn read_pack_dir(dir: &Path, locale: Locale) -> Result<Vec<(String, String)>, UserError> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| UserError::io(&d, &e, locale))?;
        for entry in entries {
            let entry = entry.map_err(|e| UserError::io(&d, &e, locale))?;
            let path = entry.path();
            let kind = entry.file_type().map_err(|e| UserError::io(&path, &e, locale))?;
            if kind.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "toml") {
                let rel = path.strip_prefix(dir).unwrap_or(&path);
                let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                if name != RELEASE_FILE {
                    let file =
                        talentnav_core::fsutil::open_regular(&path).map_err(|e| UserError::io(&path, &e, locale))?;
                    let text = std::io::read_to_string(file).map_err(|e| UserError::io(&path, &e, locale))?;
                    found.push((name, text));
                }
            }
        }
    }
    if found.len() > MAX_FILES {
        return Err(invalid("update-error-too-many-files", args![("count", found.len() as i64)]));
    }
    let rank = |n: &str| embedded_files().iter().position(|(e, _)| *e == n).unwrap_or(usize::MAX);
    found.sort_by(|(a, _), (b, _)| rank(a).cmp(&rank(b)).then(a.cmp(b)));
    Ok(found)
}

/// Builds the signed artefact from a folder of pack files and its `release.toml`. The files must load
/// as a pack, exactly as the app will load them.
pub fn pack_dir(dir: &Path, key: &SigningKey, locale: Locale) -> Result<Vec<u8>, UserError> {
    let release_path = dir.join(RELEASE_FILE);
    let release_text = std::fs::read_to_string(&release_path).map_err(|e| UserError::io(&release_path, &e, locale))?;
    let release: Release = toml::from_str(&release_text).map_err(|e| {
        let line = e.span().map_or(1, |s| release_text[..s.start.min(release_text.len())].lines().count().max(1));
        invalid("update-error-release-file", args![("file", RELEASE_FILE), ("place", format!("line {line}"))])
    })?;
    let files = read_pack_dir(dir, locale)?;
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let pack = Pack::load(&refs).map_err(|e| pack_error(&e))?;
    let mut manifest = manifest_for(&files, &pack, &release.published, &release.min_app_version, release.changelog);
    manifest.due = release.due;
    check_identity(&manifest, &pack)?;
    Ok(sign(&manifest, files, key))
}

/// The artefact for `manifest` and `files`, signed with `key`. Public so tests can build packs that
/// are wrong in exactly one way.
pub fn sign(manifest: &Manifest, files: Vec<(String, String)>, key: &SigningKey) -> Vec<u8> {
    let manifest = serde_json::to_string_pretty(manifest).expect("a manifest is plain data");
    let signature = key.sign(&[DOMAIN, manifest.as_bytes()].concat());
    let env = Envelope {
        format: FORMAT.into(),
        key: public_hex(&key.verifying_key()),
        signature: hex(&signature.to_bytes()),
        manifest,
        files: files.into_iter().map(|(name, text)| PackFile { name, text }).collect(),
    };
    serde_json::to_vec_pretty(&env).expect("an envelope is plain data")
}

/// A manifest for `files` (tests and tools that build packs in code).
pub fn manifest_for(
    files: &[(String, String)],
    pack: &Pack,
    published: &str,
    min_app: &str,
    changelog: Changelog,
) -> Manifest {
    Manifest {
        format: MANIFEST_FORMAT.into(),
        pack_id: pack.info.id.clone(),
        version: pack.info.version.clone(),
        published: published.into(),
        min_app_version: min_app.into(),
        due: Vec::new(),
        files: files
            .iter()
            .map(|(name, text)| FileEntry {
                name: name.clone(),
                sha256: sha256_hex(text.as_bytes()),
                size: text.len() as u64,
            })
            .collect(),
        changelog,
    }
}
