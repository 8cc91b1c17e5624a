//! Line breaking by the Unicode rules (UAX #14, which also allows a break between any two CJK
//! characters) and the font's real advance widths.

use crate::fonts::width;
use talentnav_i18n::Locale;
use unicode_linebreak::{BreakOpportunity, linebreaks};

/// `text` in lines no wider than `max` points at `size`. A word longer than a whole line is cut
/// between characters rather than overflowing the page.
pub fn wrap(locale: Locale, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut start = 0;
    for (end, opportunity) in linebreaks(text) {
        let segment = &text[start..end];
        start = end;
        let candidate = format!("{line}{segment}");
        if width(locale, candidate.trim_end(), size) <= max || line.is_empty() {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            line = segment.to_string();
        }
        // A segment that alone is too wide (a long URL) is cut by characters.
        while width(locale, line.trim_end(), size) > max {
            let mut cut = String::new();
            for ch in line.chars() {
                if width(locale, &format!("{cut}{ch}"), size) > max && !cut.is_empty() {
                    break;
                }
                cut.push(ch);
            }
            let rest = line[cut.len()..].to_string();
            lines.push(cut);
            line = rest;
        }
        if opportunity == BreakOpportunity::Mandatory {
            lines.push(line.trim_end().to_string());
            line.clear();
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_breaks_between_words_and_every_line_fits() {
        let text = "Official bachelor's degree graduation certificate and transcript from a listed university";
        let lines = wrap(Locale::En, text, 10.0, 150.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(width(Locale::En, l, 10.0) <= 150.0, "{l}");
            assert!(!l.starts_with(' ') && !l.ends_with(' '));
        }
        assert_eq!(lines.join(" "), text, "nothing lost, breaks only at spaces");
    }

    #[test]
    fn chinese_breaks_between_characters_but_not_before_closing_punctuation() {
        let text = "現職單位或內地有關當局發出的同意書。申請人須在遞交申請時一併提交。";
        let lines = wrap(Locale::ZhHant, text, 10.0, 95.0);
        assert!(lines.len() >= 3);
        for l in &lines {
            assert!(width(Locale::ZhHant, l, 10.0) <= 95.0, "{l}");
            assert!(!l.starts_with('。') && !l.starts_with('，'), "UAX #14 keeps {l:?} off the line start");
        }
        assert_eq!(lines.concat(), text);
    }

    #[test]
    fn an_overlong_word_is_cut_and_newlines_are_kept() {
        let url = "https://www.immd.gov.hk/eng/services/visas/quality_migrant_admission_scheme.html";
        for l in wrap(Locale::En, url, 10.0, 120.0) {
            assert!(width(Locale::En, &l, 10.0) <= 120.0);
        }
        assert_eq!(wrap(Locale::En, "one\ntwo", 10.0, 500.0), ["one", "two"]);
    }
}
