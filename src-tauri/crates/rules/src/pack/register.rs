//! The UNCONFIRMED register as the pack holds it (`register.toml`): each point the official texts
//! leave open, with its sources. Its words are messages (`review-<code>`: what is open and what to
//! ask the Immigration Department; `unconfirmed-<code>`: what is open, as a phrase), so a person is
//! never shown the code itself.

use crate::message::{Msg, catalogue_id, msg};
use serde::{Deserialize, Serialize};
use talentnav_i18n::args;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterItem {
    pub code: String,
    pub sources: Vec<String>,
    /// The catalogue's `review-<code>` (set at load; empty when a locale lacks it, which validation refuses).
    #[serde(skip)]
    pub review: &'static str,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Register {
    pub item: Vec<RegisterItem>,
}

/// Codes a check names itself, where the open point is in how the check reads the rule rather than
/// in a criterion of the pack: the legacy points' bonuses (ImmD's GPT notes, the renowned-enterprise
/// dates). Load refuses a register without them.
pub const NAMED_BY_CHECKS: &[&str] = &["U8", "U19"];

/// The review message of `code` (`review-u12`).
pub fn review_id(code: &str) -> String {
    format!("review-{}", code.to_lowercase())
}

/// The phrase message of `code` (`unconfirmed-U12`), which `talentnav_i18n` shows for a `register`
/// argument.
pub fn phrase_id(code: &str) -> String {
    format!("unconfirmed-{code}")
}

impl RegisterItem {
    pub(super) fn resolve(&mut self) {
        self.review = catalogue_id(&review_id(&self.code)).unwrap_or_default();
    }
}

/// The review reason for `code`: the item's own words, or, for a code the register does not have
/// (load refuses such a pack), the general "the official text leaves this open".
pub fn reason(items: &[RegisterItem], code: &str) -> Msg {
    match items.iter().find(|i| i.code == code).filter(|i| !i.review.is_empty()) {
        Some(i) => msg(i.review, args![]),
        None => msg("review-unconfirmed", args![("register", code)]),
    }
}
