//! Talent Navigator's rules: the embedded rule pack and, built on it, the eligibility engine.
//! Pure: no IO, no clock. Everything is evaluated "as of" a date the caller passes in.

pub mod date;
pub mod input;
pub mod pack;
pub mod profile;
pub mod universities;
