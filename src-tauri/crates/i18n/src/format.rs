//! Money and dates as each locale writes them. `ui/src/format.ts` implements the same rules; both are
//! tested against `tests/fixtures/format-vectors.json`, so the window, the CLI and PDFs agree.

use crate::Locale;
use chrono::{Datelike, NaiveDate};

const EN_MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `15 Mar 2026` in English, `2026年3月15日` in both Chinese scripts.
pub fn date(d: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::En => format!("{} {} {}", d.day(), EN_MONTHS[d.month0() as usize], d.year()),
        Locale::ZhHant | Locale::ZhHans => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
    }
}

/// An ISO `YYYY-MM-DD` date formatted for the locale; anything else comes back unchanged.
pub fn iso_date(iso: &str, locale: Locale) -> String {
    match NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
        Ok(d) => date(d, locale),
        Err(_) => iso.to_string(),
    }
}

/// Money as a reader of each language writes it. English: `HK$2,500,000`, `USD 320,000.50` (as ImmD's
/// forms write it). Chinese: `港幣250萬元` / `250万港元`, `32萬美元` / `32万美元`, a whole number of 萬 or
/// 億 written in them, as Chinese text gives amounts. Cents appear only when there are any.
pub fn money(amount: f64, currency: &str, locale: Locale) -> String {
    let cents = (amount.abs() * 100.0).round() as u128;
    let sign = if amount < 0.0 && cents != 0 { "-" } else { "" };
    let code = currency.trim().to_ascii_uppercase();
    match (locale, code.as_str()) {
        (Locale::En, "HKD") => format!("{sign}HK${}", plain_amount(cents)),
        (Locale::En, _) => format!("{sign}{code} {}", plain_amount(cents)),
        (Locale::ZhHant, "HKD") => format!("{sign}港幣{}元", chinese_amount(cents, locale)),
        (Locale::ZhHans, "HKD") => format!("{sign}{}港元", chinese_amount(cents, locale)),
        _ => format!("{sign}{}{}", chinese_amount(cents, locale), crate::names::currency_name(locale, &code)),
    }
}

/// `1,234,567.50`; `1,000` (no cents when there are none).
fn plain_amount(cents: u128) -> String {
    let mut digits = group_thousands(cents / 100);
    if !cents.is_multiple_of(100) {
        digits.push_str(&format!(".{:02}", cents % 100));
    }
    digits
}

/// `250萬` for 2,500,000 and `1億` for 100,000,000 (`万`, `亿` in Simplified); other amounts as digits.
fn chinese_amount(cents: u128, locale: Locale) -> String {
    let (wan, yi) = if locale == Locale::ZhHant { ("萬", "億") } else { ("万", "亿") };
    let whole = cents / 100;
    if !cents.is_multiple_of(100) || whole == 0 {
        plain_amount(cents)
    } else if whole.is_multiple_of(100_000_000) {
        format!("{}{yi}", group_thousands(whole / 100_000_000))
    } else if whole.is_multiple_of(10_000) {
        format!("{}{wan}", group_thousands(whole / 10_000))
    } else {
        plain_amount(cents)
    }
}

fn group_thousands(n: u128) -> String {
    let raw = n.to_string();
    let mut out = String::with_capacity(raw.len() + raw.len() / 3);
    for (i, ch) in raw.chars().enumerate() {
        if i > 0 && (raw.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A size in bytes as people read it: `900 B`, `12.5 KiB`, `3.0 GiB`. Rounded up to one decimal, so a
/// file just over a limit never reads as the limit itself. The unit symbols are the same in every
/// locale.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    for (i, unit) in UNITS.iter().enumerate() {
        let rounded = (value * 10.0).ceil() / 10.0;
        // 1023.95 MiB rounds up to 1024.0: that is 1.0 GiB.
        if rounded < 1024.0 || i + 1 == UNITS.len() {
            return format!("{rounded:.1} {unit}");
        }
        value /= 1024.0;
    }
    unreachable!("the last unit returns")
}

/// A character that moves a terminal's cursor or prints as nothing yet changes what text means:
/// control characters, bidirectional marks, overrides and isolates, line and paragraph separators,
/// tag characters and the byte-order mark. Input refuses them; output escapes them.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                | '\u{feff}' | '\u{e0000}'..='\u{e007f}'
        )
}

/// Text from outside (a file name, an archive entry, a value read from an archive) made safe to show
/// on a terminal or in a message: hidden characters ([`is_hidden`]: ESC, CR, a newline that would fake
/// a second line, bidirectional overrides) become visible escapes such as `\u{1b}`; the rest is
/// unchanged.
pub fn escape_controls(text: &str) -> String {
    let hidden = is_hidden;
    if !text.chars().any(hidden) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if hidden(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[test]
    fn sizes_are_rounded_up_for_people() {
        assert_eq!(size(0), "0 B");
        assert_eq!(size(1023), "1023 B");
        assert_eq!(size(1024), "1.0 KiB");
        assert_eq!(size(1025), "1.1 KiB");
        assert_eq!(size(50 * 1024 * 1024), "50.0 MiB");
        assert_eq!(size(3 * 1024 * 1024 * 1024 - 50_000), "3.0 GiB");
        assert_eq!(size(2 * 1024 * 1024 * 1024 + 1), "2.1 GiB");
        assert_eq!(size(1024 * 1024 * 1024 - 1), "1.0 GiB");
        assert_eq!(size(1024 * 1024 - 1), "1.0 MiB");
    }

    #[test]
    fn control_characters_are_shown_as_escapes() {
        assert_eq!(escape_controls("passport 陳.pdf"), "passport 陳.pdf");
        assert_eq!(escape_controls("a\u{1b}[31mred\rError: x\n"), "a\\u{1b}[31mred\\rError: x\\n");
        assert_eq!(escape_controls("fdp.\u{202e}fdp"), "fdp.\\u{202e}fdp");
        assert_eq!(escape_controls("\u{7f}\u{9b}"), "\\u{7f}\\u{9b}");
        assert_eq!(escape_controls("a\u{e0041}\u{feff}\u{2028}\u{200f}"), "a\\u{e0041}\\u{feff}\\u{2028}\\u{200f}");
    }

    #[derive(Deserialize)]
    struct Vector {
        locale: Locale,
        kind: String,
        input: serde_json::Value,
        #[serde(default)]
        currency: Option<String>,
        expected: String,
    }

    /// The same file drives `ui/src/format.test.ts`, so Rust and the UI cannot drift apart.
    #[test]
    fn shared_format_vectors() {
        let text = include_str!("../../../../tests/fixtures/format-vectors.json");
        let vectors: Vec<Vector> = serde_json::from_str(text).expect("valid vectors");
        assert!(vectors.len() >= 20, "the vector file is the spec; keep it rich");
        for v in vectors {
            let got = match v.kind.as_str() {
                "money" => money(
                    v.input.as_f64().expect("money input is a number"),
                    v.currency.as_deref().unwrap_or("HKD"),
                    v.locale,
                ),
                "date" => iso_date(v.input.as_str().expect("date input is a string"), v.locale),
                other => panic!("unknown vector kind {other}"),
            };
            assert_eq!(got, v.expected, "{} {} {}", v.kind, v.locale, v.input);
        }
    }
}
