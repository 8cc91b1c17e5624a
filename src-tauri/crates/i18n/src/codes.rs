//! Finds codes that should have been words in text shown to a person: register items (`U12`), ISO
//! dates (`2031-05-01`), country codes (`GB`), language codes (`zh`) and stored statuses (`verified`). The tests run it over every
//! catalogue message and over real CLI and PDF output; it is here so both use one definition.

use crate::{Locale, catalog::message_exists};

/// Every bare code in `text`, as written. Form numbers (`ID(E) 982`), money (`HK$`) and references
/// (`TN-0001`) are not codes.
pub fn bare_codes(locale: Locale, text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let token: String = chars[start..i].iter().collect();
        let before = start.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i).copied();
        if is_iso_date(&chars, start) {
            found.push(chars[start..start + 10].iter().collect());
            i = start + 10;
        } else if (is_register(&token) && !before.is_some_and(|c| c == '-' || c == '_'))
            || is_country(&token, before, after, chars.get(i + 1).copied())
            || is_language(locale, &token, &chars, start, i)
            || is_currency(locale, &token)
            || is_status(locale, &chars, start, &mut i)
        {
            found.push(chars[start..i].iter().collect());
        }
    }
    found
}

/// Application and document statuses as stored (`verified`, `not_applicable`): in Chinese text any of
/// them, in English the one that no sentence writes (`not_applicable`). Moves `end` past `_words`.
fn is_status(locale: Locale, chars: &[char], start: usize, end: &mut usize) -> bool {
    const STATUSES: [&str; 11] = [
        "draft",
        "preparing",
        "submitted",
        "approved",
        "refused",
        "withdrawn",
        "required",
        "requested",
        "received",
        "verified",
        "not_applicable",
    ];
    let mut stop = *end;
    while chars.get(stop) == Some(&'_') && chars.get(stop + 1).is_some_and(|c| c.is_ascii_lowercase()) {
        stop += 1;
        while chars.get(stop).is_some_and(|c| c.is_ascii_alphanumeric()) {
            stop += 1;
        }
    }
    let word: String = chars[start..stop].iter().collect();
    if !STATUSES.contains(&word.as_str()) {
        return false;
    }
    let hit = word.contains('_') || (locale != Locale::En && among_chinese(chars, start, stop));
    if hit {
        *end = stop;
    }
    hit
}

/// Whether the word at `start..end` stands among Chinese text: its nearest neighbours past spaces are
/// Chinese (or a `/` between codes), at least one of them a Chinese character, so English sentences,
/// URLs and line ends do not count.
fn among_chinese(chars: &[char], start: usize, end: usize) -> bool {
    let near = |mut j: isize, step: isize| loop {
        match usize::try_from(j).ok().and_then(|u| chars.get(u)) {
            Some(' ') => j += step,
            other => break other.copied(),
        }
    };
    let (left, right) = (near(start as isize - 1, -1), near(end as isize, 1));
    let chinese = |c: Option<char>| c.is_some_and(|c| !c.is_ascii());
    let fits = |c: Option<char>| c.is_none() || c == Some('/') || chinese(c);
    fits(left) && fits(right) && (chinese(left) || chinese(right))
}

fn is_iso_date(chars: &[char], at: usize) -> bool {
    let digit = |k: usize| chars.get(at + k).is_some_and(|c| c.is_ascii_digit());
    let dash = |k: usize| chars.get(at + k) == Some(&'-');
    (0..4).all(digit)
        && dash(4)
        && (5..7).all(digit)
        && dash(7)
        && (8..10).all(digit)
        && !digit(10)
        && !(at > 0 && chars[at - 1].is_ascii_digit())
}

fn is_register(token: &str) -> bool {
    token.len() >= 2 && token.starts_with('U') && token[1..].bytes().all(|b| b.is_ascii_digit())
}

fn is_country(token: &str, before: Option<char>, after: Option<char>, after_next: Option<char>) -> bool {
    if token.len() != 2 || !token.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    // ID(E) 982 and ID 990A, HK$, TN-0001: a form number, money, a reference.
    let form_number = token == "ID" && after == Some(' ') && after_next.is_some_and(|c| c.is_ascii_digit());
    let allowed = form_number || matches!((token, after), ("ID", Some('(')) | ("HK", Some('$')) | ("TN", Some('-')));
    !allowed && !before.is_some_and(|c| c == '-' || c == '.') && message_exists(Locale::En, &format!("country-{token}"))
}

/// A currency code that has a name (every currency of the rates pack), in Chinese text.
fn is_currency(locale: Locale, token: &str) -> bool {
    locale != Locale::En
        && token.len() == 3
        && token.bytes().all(|b| b.is_ascii_uppercase())
        && message_exists(Locale::ZhHant, &format!("currency-{token}"))
}

fn is_language(locale: Locale, token: &str, chars: &[char], start: usize, end: usize) -> bool {
    if !(2..=3).contains(&token.len()) || !token.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    if !message_exists(Locale::En, &format!("language-name-{token}")) {
        return false;
    }
    if chars.get(end) == Some(&'-') || (start > 0 && matches!(chars[start - 1], '-' | '.' | '@')) {
        return false; // zh-Hant, talentnav.profile, file names
    }
    // In English only the codes that are no English word; in Chinese any code among Chinese text.
    if locale == Locale::En {
        return matches!(token, "zh" | "en" | "yue" | "cmn");
    }
    among_chinese(chars, start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_kind_of_code() {
        let zh = Locale::ZhHant;
        assert_eq!(bare_codes(zh, "具備良好的 zh 書寫及口語能力"), ["zh"]);
        assert_eq!(bare_codes(zh, "GB 國民不可循此計劃申請"), ["GB"]);
        assert_eq!(bare_codes(zh, "印尼 ID 國民"), ["ID"]);
        assert_eq!(bare_codes(zh, "（待確認事項 U12）"), ["U12"]);
        assert_eq!(bare_codes(zh, "到期日 2031-05-01"), ["2031-05-01"]);
        assert_eq!(bare_codes(zh, "以 1 USD 兌 HK$7.8"), ["USD"]);
        assert_eq!(bare_codes(Locale::ZhHans, "以 GBP 计算的收入"), ["GBP"]);
        assert!(bare_codes(Locale::En, "converted at USD 1 = HK$7.8").is_empty());
        assert_eq!(bare_codes(Locale::En, "Good written and spoken zh."), ["zh"]);
        assert_eq!(bare_codes(Locale::En, "Nationality CN is not excluded (register U4)."), ["CN", "U4"]);
    }

    #[test]
    fn leaves_words_form_numbers_and_references_alone() {
        let en = Locale::En;
        for text in [
            "Guidance Notes ID(E) 982",
            "paper forms ID 990A/990B, in person",
            "HK$2,500,000 on 15 Mar 2026",
            "Reference TN-0001 · E16AA9D2",
            "Valid travel document; if in Hong Kong, the page with the latest arrival stamp",
            "Language: en, zh-Hant or zh-Hans",
            "S46 ImmD notice (14 Jan 2025, effective 17 Jan 2025), as",
        ] {
            let found = bare_codes(en, text);
            assert!(found.is_empty() || text.starts_with("Language"), "{text}: {found:?}");
        }
        assert!(bare_codes(Locale::ZhHans, "申请须知 ID(C) 982 清单所列文件；University of Leeds").is_empty());
        assert!(bare_codes(Locale::ZhHant, "2026年11月22日 · 規則資料包 hk-talent 2026.1.0").is_empty());
        assert!(bare_codes(Locale::ZhHant, "the PRC Embassy — http://la.china-embassy.gov.cn/，修訂日期").is_empty());
        assert!(bare_codes(Locale::ZhHant, "(effective 17 Jan 2025), as").is_empty());
        assert_eq!(bare_codes(Locale::ZhHans, "中文（zh/en）"), ["zh", "en"]);
        assert_eq!(bare_codes(Locale::ZhHant, "近照  verified  受養人"), ["verified"]);
        assert_eq!(bare_codes(Locale::En, "Hong Kong identity card  not_applicable"), ["not_applicable"]);
        assert!(bare_codes(Locale::En, "Application 1 is now Submitted; documents received and verified.").is_empty());
    }
}
