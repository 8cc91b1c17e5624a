//! The document checklist a consultant hands to a client, as a PDF: header, one section per party,
//! a drawn checkbox per document (ticked once received, verified or submitted; "N/A" with the reason),
//! names in the chosen language (and ImmD's English under Chinese names), expiry, warnings, notes; then
//! fees, processing time, how to submit, sources and the discretion disclaimer; "page x of y".

pub mod fonts;
pub mod layout;
