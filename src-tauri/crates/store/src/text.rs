//! Limits on text a person types (names, notes, reasons) and the same limits on text read from an
//! archive: a sensible length, and no control or invisible format characters (bidi overrides, tag
//! characters, ...), which would move a terminal's cursor, fake a line of output, reorder what is
//! shown or print as nothing on a checklist. Notes and reasons may have line breaks.

use crate::{Result, StoreError};
use talentnav_i18n::args;
use talentnav_rules::profile::{Name, Profile};

/// A family, given or Chinese name.
pub const MAX_NAME_CHARS: usize = 200;
/// A note on a document or a client.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// Why a document is not applicable.
pub const MAX_REASON_CHARS: usize = 1_000;
/// An attachment's original file name (kept as text only).
pub const MAX_FILE_NAME_CHARS: usize = 1_000;

/// One line (a name) or several (a note, a reason).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    Many,
}

/// Checks `text`, the value of `field` (a code such as `note`, or a path such as
/// `applicant.name.family`; the message names it).
pub fn check(field: &str, text: &str, max: usize, lines: Lines) -> Result<()> {
    check_length(field, text, max)?;
    if let Some(c) =
        text.chars().find(|&c| talentnav_i18n::format::is_hidden(c) && !(lines == Lines::Many && c == '\n'))
    {
        return Err(StoreError::new(
            if c.is_control() { "store-error-text-control" } else { "store-error-text-invisible" },
            args![("field", field), ("char", talentnav_i18n::format::escape_controls(&c.to_string()))],
        ));
    }
    Ok(())
}

/// Checks only the length of `text`: at most `max` characters.
pub fn check_length(field: &str, text: &str, max: usize) -> Result<()> {
    let length = text.chars().count();
    if length > max {
        return Err(StoreError::new(
            "store-error-text-too-long",
            args![("field", field), ("length", length), ("limit", max)],
        ));
    }
    Ok(())
}

/// Every name in a profile: the applicant's and each dependant's; `prefix` goes before each path.
pub fn check_profile(p: &Profile, prefix: &str) -> Result<()> {
    let name = |path: String, n: &Option<Name>| -> Result<()> {
        let Some(n) = n else { return Ok(()) };
        for (part, value) in [("family", &n.family), ("given", &n.given), ("chinese", &n.chinese)] {
            if let Some(v) = value {
                check(&format!("{prefix}{path}.name.{part}"), v, MAX_NAME_CHARS, Lines::One)?;
            }
        }
        Ok(())
    };
    name("applicant".into(), &p.applicant.name)?;
    for (i, d) in p.dependants.iter().flatten().enumerate() {
        name(format!("dependants[{i}]"), &d.name)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_on_or_over_and_control_characters_are_named() {
        assert!(check("note", &"字".repeat(MAX_NOTE_CHARS), MAX_NOTE_CHARS, Lines::Many).is_ok());
        let e = check("note", &"字".repeat(MAX_NOTE_CHARS + 1), MAX_NOTE_CHARS, Lines::Many).unwrap_err();
        assert_eq!(e.message_id, "store-error-text-too-long");
        assert!(check("note", "line one\nline two", MAX_NOTE_CHARS, Lines::Many).is_ok());
        let e = check("applicant.name.family", "Chan\nWong", MAX_NAME_CHARS, Lines::One).unwrap_err();
        assert_eq!(e.message_id, "store-error-text-control");
        assert_eq!(e.args["char"], "\\n".into());
        let e = check("note", "red \u{1b}[31m", MAX_NOTE_CHARS, Lines::Many).unwrap_err();
        assert_eq!(e.args["char"], "\\u{1b}".into());
        for c in [
            '\u{202a}',
            '\u{202e}',
            '\u{2066}',
            '\u{2069}',
            '\u{200e}',
            '\u{200f}',
            '\u{2028}',
            '\u{2029}',
            '\u{e0000}',
            '\u{e0041}',
            '\u{e007f}',
            '\u{feff}',
        ] {
            let e = check("note", &format!("a{c}b"), MAX_NOTE_CHARS, Lines::Many).unwrap_err();
            assert_eq!(e.args["char"], format!("\\u{{{:x}}}", c as u32).into());
        }
        // Neighbours of the ranges stay allowed: zero-width joiner (emoji), U+2065, U+E0080.
        for c in ['\u{200d}', '\u{2065}', '\u{e0080}', '\u{2027}'] {
            assert!(check("note", &format!("a{c}b"), MAX_NOTE_CHARS, Lines::Many).is_ok());
        }
    }
}
