//! Rule packs that arrive after the app: a signed artefact (manifest + files, ed25519), the update
//! client that fetches one, the packs kept on this machine and the one in use.
//!
//! Nothing here touches the network unless [`client`] is called, and nothing reaches the disk before
//! the signature and every file's hash have been checked in memory.

pub mod artefact;
pub mod client;
pub mod impact;
pub mod installed;
pub mod keys;
pub mod stale;
pub mod version;

pub use artefact::{Manifest, Verified, pack_dir, verify};
pub use installed::{ActivePack, Origin, load_active, load_active_with};
pub use keys::Trust;

use talentnav_core::UserError;
use talentnav_i18n::{Args, Locale, message};

/// Something the user should be told that is not an error: the rules in use fell back to the
/// built-in pack, or they may be out of date.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Notice {
    pub message_id: String,
    pub args: Args,
    /// Why, when the notice is about a failure: shown as its `reason` argument.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<UserError>,
}

impl Notice {
    pub fn new(message_id: &str, args: Args) -> Self {
        Notice { message_id: message_id.to_string(), args, reason: None }
    }

    pub fn because(mut self, reason: UserError) -> Self {
        self.reason = Some(reason);
        self
    }

    pub fn localized(&self, locale: Locale) -> String {
        let mut args = self.args.clone();
        if let Some(r) = &self.reason {
            args.insert("reason".into(), r.localized(locale).into());
        }
        message(locale, &self.message_id, &args)
    }
}

/// What the About panel and `talentnav about` show, for the rules in use (see [`load_active`]).
pub fn app_info(data_dir: &std::path::Path, active: &ActivePack) -> talentnav_core::app_info::AppInfo {
    let mut info = talentnav_core::app_info::app_info(data_dir, &active.info);
    if let Some(d) = stale::as_of(active) {
        info.rules_as_of = d.to_string();
    }
    info
}

/// Hex of `bytes`, lower case.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `N` bytes from hex text (surrounding whitespace allowed), or None.
pub(crate) fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.trim();
    if text.len() != N * 2 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(&text[i * 2..i * 2 + 2], 16).ok()?;
    }
    Some(out)
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex(&Sha256::digest(bytes))
}
