//! Message texts as a person reads them, from the embedded catalogue: the words of every value,
//! attribute and select variant, with placeables kept as `{…}` (what they hold is checked elsewhere);
//! and the words the rule pack carries itself (the UNCONFIRMED register's items, `register.toml`), which
//! a person reads just the same, and the titles of the sources it cites (`sources.toml`).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeMap;
use talentnav_i18n::{Locale, sources};

/// id (`id.attr` for attributes) -> (file, text)
pub fn texts(locale: Locale) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    for (tag, file, text) in sources() {
        if *tag != locale.tag() {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                if let Some(v) = &m.value {
                    out.insert(m.id.name.to_string(), (file.to_string(), words(v)));
                }
                for a in &m.attributes {
                    out.insert(format!("{}.{}", m.id.name, a.id.name), (file.to_string(), words(&a.value)));
                }
            }
        }
    }
    out.extend(register_texts(locale));
    out.extend(source_titles(locale));
    out
}

/// `source.<id>.title` in `locale`: every source the embedded pack cites has a title in each language.
pub fn source_titles(locale: Locale) -> BTreeMap<String, (String, String)> {
    let sources: toml::Table = toml::from_str(include_str!("../../../rules/pack/sources.toml")).expect("sources.toml");
    assert!(sources.len() >= 30, "the sources are read");
    let field = match locale {
        Locale::En => "title".to_string(),
        _ => format!("title-{}", locale.tag()),
    };
    sources
        .iter()
        .map(|(id, s)| {
            let title = s
                .get(field.as_str())
                .and_then(|v| v.as_str())
                .unwrap_or_else(|| panic!("sources.toml: {id} has no {field}"));
            (format!("source.{id}.title"), ("../../src-tauri/crates/rules/pack/sources.toml".into(), title.into()))
        })
        .collect()
}

/// `register.<code>.open` and `register.<code>.review` in `locale`, from the embedded pack's register.
pub fn register_texts(locale: Locale) -> BTreeMap<String, (String, String)> {
    let register: toml::Value =
        toml::from_str(include_str!("../../../rules/pack/register.toml")).expect("register.toml");
    let items = register["item"].as_array().expect("register.toml has items");
    assert!(items.len() >= 17, "the register is read");
    let mut out = BTreeMap::new();
    for item in items {
        let code = item["code"].as_str().expect("a code");
        for field in ["open", "review"] {
            let text = item[field][locale.tag()].as_str().unwrap_or_else(|| panic!("{code}.{field} in {locale}"));
            out.insert(
                format!("register.{code}.{field}"),
                ("../../src-tauri/crates/rules/pack/register.toml".into(), text.into()),
            );
        }
    }
    out
}

fn words(p: &Pattern<&str>) -> String {
    let mut s = String::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => s.push_str(value),
            PatternElement::Placeable { expression } => expression_words(expression, &mut s),
        }
    }
    s
}

fn expression_words(e: &Expression<&str>, s: &mut String) {
    match e {
        Expression::Select { variants, .. } => {
            let all: Vec<String> = variants.iter().map(|v| words(&v.value)).collect();
            s.push_str(&all.join(" | "));
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => s.push_str(value),
        Expression::Inline(InlineExpression::Placeable { expression }) => expression_words(expression, s),
        Expression::Inline(_) => s.push_str("{…}"),
    }
}
