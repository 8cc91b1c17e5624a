//! Fetching a newer pack from a plain static file host: `<address>/index.json` names the latest pack
//! (`{"format": "talentnav.rule-index/1", "pack_id", "version", "file"}`), the file sits beside it.
//! The index is only a pointer: what is installed is decided by the signed manifest.
//!
//! Only called when the user asks. Every request has a connect and a total timeout; a body is read
//! up to its limit and no further; the pack is verified in memory before anything is written.

use crate::{
    Trust,
    artefact::{self, Changelog},
    installed::{self, ActivePack, MAX_PACK_BYTES},
    version::Version,
};
use serde::Deserialize;
use std::{io::Read, path::Path, time::Duration};
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args};

/// Overrides the address in the settings.
pub const URL_ENV: &str = "TALENTNAV_RULES_URL";
const INDEX_FORMAT: &str = "talentnav.rule-index/1";
const MAX_INDEX_BYTES: u64 = 64 * 1024;

#[derive(Debug, Clone)]
pub struct Config {
    pub connect_timeout: Duration,
    /// For a whole request, body included: a server that trickles bytes cannot hold the app.
    pub timeout: Duration,
    pub max_bytes: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config { connect_timeout: Duration::from_secs(10), timeout: Duration::from_secs(60), max_bytes: MAX_PACK_BYTES }
    }
}

/// The address to use: `TALENTNAV_RULES_URL` (given as `env_value`), else the settings' one.
pub fn address(env_value: Option<String>, settings: Option<&str>) -> Result<String, UserError> {
    let url = env_value.filter(|v| !v.trim().is_empty()).or_else(|| settings.map(str::to_string));
    let Some(url) = url.map(|u| u.trim().trim_end_matches('/').to_string()) else {
        return Err(UserError::invalid("update-error-no-address", args![("env", URL_ENV)]));
    };
    let host = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    if host.is_none_or(|h| h.is_empty() || h.chars().any(|c| c.is_whitespace() || c.is_control())) {
        return Err(UserError::invalid("update-error-bad-address", args![("url", shown(&url))]));
    }
    Ok(url)
}

fn shown(url: &str) -> String {
    talentnav_i18n::format::escape_controls(url)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    format: String,
    pack_id: String,
    version: String,
    file: String,
}

/// What the server offers against what is in use.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct Offer {
    pub current: String,
    pub latest: String,
    pub newer: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
pub enum Outcome {
    UpToDate { version: String },
    Installed { from: String, to: String, changelog: Changelog },
}

fn http(cfg: &Config) -> Result<reqwest::blocking::Client, UserError> {
    // One crypto provider for rustls (ring); a second install attempt is harmless.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder()
        .connect_timeout(cfg.connect_timeout)
        .timeout(cfg.timeout)
        .user_agent(concat!("talentnav/", env!("CARGO_PKG_VERSION")))
        // The configured address is the only one used: a redirect is an answer, not a new address.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(UserError::internal)
}

fn request_error(url: &str, e: &reqwest::Error) -> UserError {
    let id = if e.is_timeout() {
        "update-error-timeout"
    } else if e.is_connect() {
        "update-error-connect"
    } else if e.is_body() || e.is_decode() {
        "update-error-truncated"
    } else {
        "update-error-network"
    };
    UserError::new(talentnav_core::ErrorCode::Io, id, args![("url", shown(url))])
}

/// The body at `url`, at most `limit` bytes: a declared length beyond it is refused before reading,
/// and reading stops one byte past it whatever the server claims.
fn get(client: &reqwest::blocking::Client, url: &str, limit: u64) -> Result<Vec<u8>, UserError> {
    let io = |id: &str, a| UserError::new(talentnav_core::ErrorCode::Io, id, a);
    let resp = client.get(url).send().map_err(|e| request_error(url, &e))?;
    let status = resp.status();
    if !status.is_success() {
        return Err(io("update-error-http", args![("url", shown(url)), ("status", i64::from(status.as_u16()))]));
    }
    let too_large = || UserError::invalid("update-error-too-large", args![("limit", limit as i64)]);
    let declared = resp.content_length();
    if declared.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    if let Err(e) = resp.take(limit + 1).read_to_end(&mut body) {
        let inner = e.get_ref().and_then(|i| i.downcast_ref::<reqwest::Error>());
        return Err(match inner {
            Some(r) => request_error(url, r),
            None if e.kind() == std::io::ErrorKind::TimedOut => io("update-error-timeout", args![("url", shown(url))]),
            None => io("update-error-truncated", args![("url", shown(url))]),
        });
    }
    if body.len() as u64 > limit {
        return Err(too_large());
    }
    if declared.is_some_and(|n| n != body.len() as u64) {
        return Err(io("update-error-truncated", args![("url", shown(url))]));
    }
    Ok(body)
}

fn index(client: &reqwest::blocking::Client, base: &str) -> Result<Index, UserError> {
    let url = format!("{base}/index.json");
    let bad = || UserError::invalid("update-error-bad-index", args![("url", shown(&url))]);
    let index: Index = serde_json::from_slice(&get(client, &url, MAX_INDEX_BYTES)?).map_err(|_| bad())?;
    // The file is a plain name beside the index: the index cannot send the client elsewhere.
    let plain = !index.file.is_empty()
        && !index.file.starts_with('.')
        && index.file.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
    if index.format != INDEX_FORMAT || !plain || Version::parse(&index.version).is_none() {
        return Err(bad());
    }
    Ok(index)
}

/// Compares what the server offers with the pack in use; refuses another pack or an older version.
fn compare(index: &Index, active: &ActivePack) -> Result<Offer, UserError> {
    let info = &active.pack().info;
    if index.pack_id != info.id {
        return Err(UserError::invalid(
            "update-error-other-pack",
            // From the server: escaped and cut short before it is shown.
            args![
                ("offered", shown(&index.pack_id.chars().take(80).collect::<String>())),
                ("current", info.id.as_str())
            ],
        ));
    }
    let (latest, current) = (Version::parse(&index.version), active.version());
    if latest < Some(current.clone()) {
        return Err(older(&index.version, &info.version));
    }
    Ok(Offer { current: info.version.clone(), latest: index.version.clone(), newer: latest > Some(current) })
}

fn older(offered: &str, current: &str) -> UserError {
    UserError::invalid("update-error-older", args![("offered", offered), ("current", current)])
}

/// `rules check`: what the server offers (one small request, nothing written), against the pack
/// installed in `data_dir`.
pub fn check(data_dir: &Path, base: &str, cfg: &Config, trust: &Trust) -> Result<Offer, UserError> {
    check_against(&installed::load_active_with(data_dir, trust).0, base, cfg)
}

/// [`check`] against the pack the process already runs with.
pub fn check_against(active: &ActivePack, base: &str, cfg: &Config) -> Result<Offer, UserError> {
    let client = http(cfg)?;
    compare(&index(&client, base)?, active)
}

/// `rules update`: installs the server's latest pack when it is newer, verified before it is kept.
pub fn update(data_dir: &Path, base: &str, cfg: &Config, trust: &Trust, locale: Locale) -> Result<Outcome, UserError> {
    update_from(&installed::load_active_with(data_dir, trust).0, data_dir, base, cfg, trust, locale)
}

/// [`update`] from the pack the process already runs with (`active`).
pub fn update_from(
    active: &ActivePack,
    data_dir: &Path,
    base: &str,
    cfg: &Config,
    trust: &Trust,
    locale: Locale,
) -> Result<Outcome, UserError> {
    let client = http(cfg)?;
    let index = index(&client, base)?;
    let offer = compare(&index, active)?;
    if !offer.newer {
        return Ok(Outcome::UpToDate { version: offer.current });
    }
    let bytes = get(&client, &format!("{base}/{}", index.file), cfg.max_bytes)?;
    let verified = artefact::verify(&bytes, trust)?;
    let m = &verified.manifest;
    if m.version() <= Version::parse(&offer.current) {
        return Err(older(&m.version, &offer.current));
    }
    if m.version != index.version || m.pack_id != index.pack_id {
        return Err(UserError::invalid(
            "update-error-identity",
            args![
                ("manifest", format!("{} {}", m.pack_id, m.version)),
                ("files", format!("{} {}", index.pack_id, index.version))
            ],
        ));
    }
    artefact::check_app_version(m)?;
    installed::install(data_dir, &bytes, &verified, locale)?;
    Ok(Outcome::Installed { from: offer.current, to: m.version.clone(), changelog: m.changelog.clone() })
}
