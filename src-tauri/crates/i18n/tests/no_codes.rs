//! No message shows a person a code: no register item (`U12`), ISO date, country or language code in
//! its words, and every argument that carries a code is one the catalogue puts into words.

mod common;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use talentnav_i18n::{Locale, args, codes::bare_codes, message, sources};

/// Messages that tell a person what to type (option values, input formats), so the codes are the point.
const INPUT_FORMATS: &[&str] = &[
    "profile-error-not-a-country",
    "profile-error-not-a-currency",
    "profile-error-not-a-language",
    "cli-opt-lang",
    "error-unsupported-language",
    "error-checklist-needs-input",
    "cli-opt-status",
    "cli-opt-app-status",
    "cli-opt-doc-status",
];

#[test]
fn no_message_contains_a_bare_code() {
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        for (id, (file, text)) in common::texts(locale) {
            if INPUT_FORMATS.contains(&id.as_str()) {
                continue;
            }
            let found = bare_codes(locale, &text);
            if !found.is_empty() {
                problems.push(format!("locales/{locale}/{file}: {id} shows {found:?}: {text}"));
            }
        }
    }
    assert!(problems.is_empty(), "codes in messages:\n{}", problems.join("\n"));
}

/// The register's words live in the rule pack, not the catalogue: they are checked all the same.
#[test]
fn the_register_items_words_are_checked_too() {
    for locale in Locale::ALL {
        let texts = common::texts(locale);
        let register = texts.keys().filter(|id| id.starts_with("register.U")).count();
        assert!(register >= 34, "{locale}: the register's open and review texts are among those checked");
        let (_, u12) = &texts["register.U12.review"];
        assert!(u12.chars().count() > 20, "{u12}");
    }
    assert!(!bare_codes(Locale::ZhHant, "待確認事項U12").is_empty(), "a code in pack words would be caught");
}

/// Variables that hold codes must be named so `message()` puts them into words; no message takes a
/// code under another name (`$item` for a register item, `$country` for a nationality …).
#[test]
fn coded_arguments_are_put_into_words() {
    fn vars(p: &Pattern<&str>, out: &mut Vec<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                match expression {
                    Expression::Inline(i) => inline(i, out),
                    Expression::Select { selector, variants } => {
                        inline(selector, out);
                        variants.iter().for_each(|v| vars(&v.value, out));
                    }
                }
            }
        }
    }
    fn inline(i: &InlineExpression<&str>, out: &mut Vec<String>) {
        match i {
            InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out))
            }
            InlineExpression::Placeable { expression } => {
                if let Expression::Inline(i) = expression.as_ref() {
                    inline(i, out)
                }
            }
            _ => {}
        }
    }
    const FORBIDDEN: &[&str] = &["item-code", "code", "nationality_code", "lang", "iso"];
    for (tag, file, text) in sources() {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let mut used = Vec::new();
            if let Some(v) = &m.value {
                vars(v, &mut used);
            }
            let fallback =
                m.id.name.ends_with("-unknown") && (file.starts_with("countries") || file.starts_with("languages"));
            if let Some(v) = used.iter().find(|v| FORBIDDEN.contains(&v.as_str()) && !fallback) {
                panic!("locales/{tag}/{file}: {} takes ${v}, a code nobody should read", m.id.name);
            }
        }
    }
}

#[test]
fn codes_become_names_in_every_language() {
    let cases = [
        (Locale::En, "Your nationality (United Kingdom) is not excluded.", "Good written and spoken Chinese."),
        (Locale::ZhHant, "你的國籍（英國）不在排除之列。", "具備良好的中文書寫及口語能力。"),
        (Locale::ZhHans, "你的国籍（英国）不在排除之列。", "具备良好的中文书写及口语能力。"),
    ];
    for (locale, nationality, language) in cases {
        assert_eq!(message(locale, "d-nationality-ok", &args![("nationality", "GB")]), nationality);
        assert_eq!(message(locale, "d-language-good", &args![("language", "zh")]), language);
    }
    // CN is the Mainland as a place, China as a nationality (profile-v1; ImmD's 中國內地).
    assert_eq!(
        message(Locale::ZhHant, "d-born-not-overseas", &args![("country", "CN")]),
        "在中國內地出生，就此計劃而言不屬海外出生。"
    );
    assert_eq!(
        message(Locale::ZhHant, "d-nationality-excluded", &args![("nationality", "KP")]),
        "朝鮮國民不可循此計劃申請。"
    );
    assert_eq!(
        message(Locale::ZhHans, "d-nationality-ok", &args![("nationality", "CN")]),
        "你的国籍（中国）不在排除之列。"
    );
    assert_eq!(
        message(Locale::ZhHans, "d-nationality-excluded", &args![("nationality", "LA")]),
        "老挝国民不能通过此计划申请。"
    );
    // A list of languages, and a register item in words.
    assert_eq!(
        message(Locale::ZhHant, "d-language-not-good", &args![("languages", "zh,en")]),
        "中文、英文的書寫及口語能力均未達良好水平。"
    );
    // A register code without words of its own is never shown: the general phrase stands in.
    assert_eq!(
        message(Locale::En, "review-unconfirmed", &args![("register", "U12")]),
        "The official text leaves this open: a point the official text does not settle."
    );
    // Words a rule pack gives in every locale (register items): each locale shows its own.
    let pack_words = args![("text-en", "Open."), ("text-zh-Hant", "未確定。"), ("text-zh-Hans", "未确定。")];
    assert_eq!(message(Locale::ZhHans, "register-text", &pack_words), "未确定。");
    assert_eq!(message(Locale::ZhHant, "register-text", &pack_words), "未確定。");
    assert_eq!(message(Locale::En, "register-text", &pack_words), "Open.");
    // A code no list has is quoted as typed, never shown bare.
    assert_eq!(
        message(Locale::En, "d-born-overseas", &args![("country", "ZZ")]),
        "Place of birth: the country or region “ZZ”, overseas."
    );
}

#[test]
fn every_country_and_language_has_a_name_in_each_locale() {
    for (tag, file, text) in sources().iter().filter(|(_, f, _)| *f == "countries.ftl" || *f == "languages.ftl") {
        let entries = text.lines().filter(|l| l.starts_with("country-") || l.starts_with("language-name-")).count();
        let expected = if *file == "countries.ftl" { 249 + 1 + 1 } else { 184 + 2 + 1 };
        assert_eq!(
            entries, expected,
            "locales/{tag}/{file}: ISO 3166-1 has 249 codes (plus XK and the fallback), ISO 639-1 has 184 (plus yue, cmn and the fallback)"
        );
    }
}
