//! Every message keeps to the terms of `locales/terminology.toml` (ImmD's wording and the glossary):
//! what each locale must never say, what it must say where the English names a concept, and the exact
//! names of statuses, verdicts, countries and languages. New messages are checked the same way.

mod common;

use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use talentnav_i18n::Locale;

#[derive(Deserialize)]
struct Terms {
    forbidden: Vec<Forbidden>,
    required: Vec<Required>,
    exact: Vec<Exact>,
}

#[derive(Deserialize)]
struct Forbidden {
    locale: Locale,
    terms: Vec<String>,
    why: String,
    #[serde(default)]
    except: Vec<String>,
}

#[derive(Deserialize)]
struct Required {
    en: String,
    locale: Locale,
    any: Vec<String>,
}

#[derive(Deserialize)]
struct Exact {
    locale: Locale,
    values: BTreeMap<String, String>,
}

type Catalogue = HashMap<Locale, BTreeMap<String, (String, String)>>;

fn load_terms(text: &str) -> Terms {
    toml::from_str(text).expect("locales/terminology.toml is valid")
}

/// The catalogue and the rule pack's own words (register items).
fn catalogue() -> Catalogue {
    Locale::ALL.into_iter().map(|l| (l, common::texts(l))).collect()
}

/// Every break of a rule, as one line naming the message, the term and why.
fn violations(terms: &Terms, cat: &Catalogue) -> Vec<String> {
    let mut out = Vec::new();
    for f in &terms.forbidden {
        for (id, (file, text)) in &cat[&f.locale] {
            for t in f.terms.iter().filter(|t| text.contains(t.as_str())) {
                if !f.except.contains(id) {
                    out.push(format!("locales/{}/{file}: {id} contains “{t}” ({}): {text}", f.locale, f.why));
                }
            }
        }
    }
    for r in &terms.required {
        let needle = r.en.to_lowercase();
        for (id, (_, en)) in &cat[&Locale::En] {
            if !en.to_lowercase().contains(&needle) {
                continue;
            }
            match cat[&r.locale].get(id) {
                Some((file, text)) if !r.any.iter().any(|a| text.to_lowercase().contains(&a.to_lowercase())) => out
                    .push(format!(
                        "locales/{}/{file}: {id} says “{}” in English but none of {:?}: {text}",
                        r.locale, r.en, r.any
                    )),
                _ => {}
            }
        }
    }
    for e in &terms.exact {
        for (id, want) in &e.values {
            match cat[&e.locale].get(id) {
                Some((_, got)) if got == want => {}
                other => {
                    out.push(format!("locales/{}: {id} should be “{want}”, is {:?}", e.locale, other.map(|o| &o.1)))
                }
            }
        }
    }
    out
}

#[test]
fn every_message_keeps_to_the_terminology() {
    let terms = load_terms(include_str!("../../../../locales/terminology.toml"));
    assert!(terms.forbidden.len() >= 20 && terms.required.len() >= 20, "the term list is the spec; keep it rich");
    let problems = violations(&terms, &catalogue());
    assert!(problems.is_empty(), "{} terminology problems:\n{}", problems.len(), problems.join("\n"));
}

/// The checker itself fails on the mistakes the issue found (a broken rule is caught, not passed).
#[test]
fn the_check_catches_the_old_mistakes() {
    let terms = load_terms(include_str!("../../../../locales/terminology.toml"));
    let mut cat = catalogue();
    let put = |cat: &mut Catalogue, l: Locale, id: &str, text: &str| {
        cat.get_mut(&l).unwrap().insert(id.to_string(), ("test.ftl".to_string(), text.to_string()));
    };
    put(&mut cat, Locale::ZhHant, "r-ttps-a", "甲類（年收入）");
    put(&mut cat, Locale::ZhHant, "c-iang-nationality", "國籍不在排除之列（寮國、尼泊爾、越南）");
    put(&mut cat, Locale::ZhHans, "c-ttps-character", "没有刑事纪录，亦无保安方面的疑虑");
    put(&mut cat, Locale::ZhHans, "c-assg-age", "申请时年龄介乎 18 至 40 岁");
    put(&mut cat, Locale::ZhHans, "d-techtas-postgraduate", "持有 STEM 学科首 100 位大学颁授的学位");
    put(&mut cat, Locale::ZhHans, "doc-status-requested", "已索取");
    put(&mut cat, Locale::ZhHans, "register.U17.review", "是否以港币 1,500 万元为上限尚未确认。");
    put(&mut cat, Locale::En, "test-needs-review", "This needs review.");
    put(&mut cat, Locale::ZhHant, "test-needs-review", "需要覆核。");
    let problems = violations(&terms, &cat).join("\n");
    for expected in [
        "“甲類”",
        "“港币”",
        "“寮國”",
        "“纪录”",
        "“保安”",
        "“亦”",
        "“介乎”",
        "“首 100 位”",
        "“已索取”",
        "test-needs-review says",
    ] {
        assert!(problems.contains(expected), "not caught: {expected}\n{problems}");
    }
    assert!(problems.contains("doc-status-requested should be “已要求提供”"), "{problems}");
}
