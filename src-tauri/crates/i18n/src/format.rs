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

/// `HK$2,500,000` for Hong Kong dollars, `USD 320,000.50` for other ISO 4217 codes. Cents appear only
/// when there are any. The form is the same in all three locales: it is how ImmD's forms write money.
pub fn money(amount: f64, currency: &str, _locale: Locale) -> String {
    let cents = (amount.abs() * 100.0).round() as u128;
    let (whole, frac) = (cents / 100, cents % 100);
    let mut digits = group_thousands(whole);
    if frac != 0 {
        digits.push_str(&format!(".{frac:02}"));
    }
    let sign = if amount < 0.0 && cents != 0 { "-" } else { "" };
    let code = currency.trim().to_ascii_uppercase();
    if code == "HKD" { format!("{sign}HK${digits}") } else { format!("{sign}{code} {digits}") }
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

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
