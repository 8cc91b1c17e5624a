//! Line breaking by the Unicode rules (UAX #14, which also allows a break between any two CJK
//! characters) and the font's real advance widths.

use crate::fonts::width;
use std::collections::HashMap;
use talentnav_i18n::Locale;
use unicode_linebreak::{BreakOpportunity, linebreaks};

/// Widths of characters, each measured once (a font lookup is the costly part of wrapping).
struct Measure {
    locale: Locale,
    size: f32,
    known: HashMap<char, f64>,
}

impl Measure {
    fn char(&mut self, c: char) -> f64 {
        let (locale, size) = (self.locale, self.size);
        *self.known.entry(c).or_insert_with(|| f64::from(width(locale, c.encode_utf8(&mut [0; 4]), size)))
    }

    fn str(&mut self, s: &str) -> f64 {
        s.chars().map(|c| self.char(c)).sum()
    }
}

/// `text` in lines no wider than `max` points at `size`. A word longer than a whole line is cut
/// between characters rather than overflowing the page.
///
/// Linear in the length of `text`: a line is a range of `text` whose width is kept as a running sum
/// (widths add up character by character), so no character is measured or copied more than a few
/// times, however long the text or a word in it.
pub fn wrap(locale: Locale, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut m = Measure { locale, size, known: HashMap::new() };
    // Sums here and in `fonts::width` round differently; a hair's margin keeps every line inside.
    let max = f64::from(max) - 1e-3;
    let mut lines = Vec::new();
    // The current line is text[start..end]; `full` is its width, `trimmed` without trailing spaces.
    let (mut start, mut end) = (0, 0);
    let (mut full, mut trimmed) = (0.0f64, 0.0f64);
    for (next, opportunity) in linebreaks(text) {
        let segment = &text[end..next];
        let core = segment.trim_end();
        let core_w = m.str(core);
        let seg_w = core_w + m.str(&segment[core.len()..]);
        let candidate = if core.is_empty() { trimmed } else { full + core_w };
        if candidate <= max || start == end {
            trimmed = candidate;
            full += seg_w;
        } else {
            lines.push(text[start..end].trim_end().to_string());
            start = end;
            (trimmed, full) = (core_w, seg_w);
        }
        end = next;
        // A segment that alone is too wide (a long URL) is cut by characters.
        while trimmed > max {
            let (mut cut, mut cut_w) = (start, 0.0f64);
            for ch in text[start..end].chars() {
                let w = m.char(ch);
                if cut_w + w > max && cut > start {
                    break;
                }
                cut += ch.len_utf8();
                cut_w += w;
            }
            lines.push(text[start..cut].to_string());
            start = cut;
            (trimmed, full) = (trimmed - cut_w, full - cut_w);
        }
        if opportunity == BreakOpportunity::Mandatory {
            lines.push(text[start..end].trim_end().to_string());
            start = end;
            (trimmed, full) = (0.0, 0.0);
        }
    }
    if !text[start..end].trim().is_empty() {
        lines.push(text[start..end].trim_end().to_string());
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
        assert_eq!(wrap(Locale::En, "a\n\nb", 10.0, 500.0), ["a", "", "b"]);
        assert_eq!(wrap(Locale::En, "", 10.0, 500.0), [""]);
    }

    /// 100,000 characters, as one word and as Chinese text: every line fits, nothing is lost, and
    /// (printed, not asserted) it takes milliseconds: the layout is linear in the text's length.
    #[test]
    fn a_100000_character_text_wraps_whole_and_every_line_fits() {
        for (locale, text) in [(Locale::En, "W".repeat(100_000)), (Locale::ZhHant, "陳".repeat(100_000))] {
            let started = std::time::Instant::now();
            let lines = wrap(locale, &text, 8.0, 300.0);
            eprintln!("{locale}: {} lines in {:?}", lines.len(), started.elapsed());
            assert!(lines.len() > 1000, "{}", lines.len());
            for l in &lines {
                assert!(width(locale, l, 8.0) <= 300.0, "{l}");
            }
            assert_eq!(lines.concat(), text);
        }
        let words = "Dvořák passport ".repeat(6_250);
        let lines = wrap(Locale::En, &words, 8.0, 300.0);
        assert_eq!(lines.join(" "), words.trim_end());
    }
}
