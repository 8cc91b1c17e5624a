//! Numbers in messages read the same way in every language: no "-0 years", one decimal point.

use talentnav_i18n::{ArgValue, Locale, args, message};

#[test]
fn negative_zero_reads_as_zero_in_every_locale() {
    for locale in Locale::ALL {
        let text = message(locale, "d-work-years-short", &args![("years", ArgValue::Number(-0.0)), ("needed", 3i64)]);
        assert!(!text.contains("-0"), "{locale:?}: {text}");
        assert!(text.contains('0'), "{locale:?}: {text}");
    }
}

#[test]
fn year_counts_are_formatted_one_way_in_every_locale() {
    let texts: Vec<String> = Locale::ALL
        .into_iter()
        .map(|l| message(l, "d-work-years-short", &args![("years", ArgValue::Number(2.5)), ("needed", 3i64)]))
        .collect();
    for text in &texts {
        assert!(text.contains("2.5") && text.contains('3'), "{text}");
    }
}
