//! The document checklist a consultant hands to a client, as a PDF: header, one section per party,
//! a drawn checkbox per document (ticked once received, verified or submitted; "N/A" with the reason),
//! names in the chosen language (and ImmD's English under Chinese names), expiry, warnings, notes; then
//! fees, processing time, how to submit, sources and the discretion disclaimer; "page x of y".
//!
//! [`model`] puts it into words in one language; [`render`] lays it out and writes PDF/A-2b;
//! [`compact`] packs its dictionaries.

pub mod compact;
pub mod fonts;
pub mod layout;
pub mod model;
pub mod render;

pub use model::{Checklist, Input, Item, Status, Unprintable, build, required_items, unprintable};
pub use render::{RenderError, Rendered, render};

use talentnav_i18n::Locale;

#[derive(Debug)]
pub enum ChecklistError {
    /// Something a person typed has characters no embedded font can draw.
    Unprintable(Unprintable),
    /// A defect: the embedded fonts or krilla refused the document.
    Render(RenderError),
}

/// The checklist for `input` in `locale`, as PDF bytes, dated `created` (UTC).
pub fn pdf(input: &Input, locale: Locale, created: chrono::NaiveDateTime) -> Result<Rendered, ChecklistError> {
    if let Some(u) = unprintable(input, locale) {
        return Err(ChecklistError::Unprintable(u));
    }
    render(&build(input, locale), created).map_err(ChecklistError::Render)
}
