//! Every message exists in every locale, with the same variables, and every file parses cleanly.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use talentnav_i18n::{Locale, args, message, sources};

/// message id (with `.attribute` for attributes) -> variables it uses
type Inventory = BTreeMap<String, BTreeSet<String>>;

fn inventory(locale: Locale) -> Inventory {
    let mut inv = Inventory::new();
    for (tag, file, text) in sources() {
        if *tag != locale.tag() {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("locales/{tag}/{file} has syntax errors: {errors:?}"));
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                Entry::Junk { content } => panic!("locales/{tag}/{file}: junk {content:?}"),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(p) = &value {
                pattern_vars(p, &mut vars);
            }
            assert!(inv.insert(id.clone(), vars).is_none(), "locales/{tag}: {id} is defined twice");
            for attr in attributes {
                let mut vars = BTreeSet::new();
                pattern_vars(&attr.value, &mut vars);
                inv.insert(format!("{id}.{}", attr.id.name), vars);
            }
        }
    }
    inv
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let all: Vec<(Locale, Inventory)> = Locale::ALL.into_iter().map(|l| (l, inventory(l))).collect();
    let ids: BTreeSet<&String> = all.iter().flat_map(|(_, inv)| inv.keys()).collect();
    assert!(ids.len() > 20, "the catalogue looks empty");
    let mut problems = Vec::new();
    for id in ids {
        let reference = all.iter().find_map(|(_, inv)| inv.get(id)).expect("id came from an inventory");
        for (locale, inv) in &all {
            match inv.get(id) {
                None => problems.push(format!("{id} is missing from {locale}")),
                Some(vars) if vars != reference => {
                    problems.push(format!("{id} uses {vars:?} in {locale}, but {reference:?} elsewhere"))
                }
                Some(_) => {}
            }
        }
    }
    assert!(problems.is_empty(), "locale problems:\n{}", problems.join("\n"));
}

#[test]
fn messages_format_in_each_locale_with_money_and_dates() {
    let a = args![("version", "1.2.3")];
    assert_eq!(message(Locale::En, "app-name", &a), "Talent Navigator");
    assert_eq!(message(Locale::ZhHant, "app-name", &a), "人才入境導航");
    assert_eq!(message(Locale::ZhHans, "app-name", &a), "人才入境导航");
    let fmt = args![("date", "2026-03-15"), ("amount", 2_500_000i64)];
    assert_eq!(
        message(Locale::En, "about-format-example", &fmt),
        "Money and dates appear as HK$2,500,000 on 15 Mar 2026."
    );
    assert_eq!(message(Locale::ZhHant, "about-format-example", &fmt), "金額及日期顯示為：2026年3月15日，港幣250萬元。");
    assert_eq!(message(Locale::ZhHans, "about-format-example", &fmt), "金额和日期显示为：2026年3月15日，250万港元。");
}

/// Rust's Fluent has no NUMBER() (and @fluent/bundle's groups digits): numbers in messages are small
/// plain values, money goes through MONEY() and dates through DATE(), which both sides implement alike.
#[test]
fn messages_use_only_functions_both_sides_implement() {
    fn in_expression(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => in_inline(i, out),
            Expression::Select { selector, variants } => {
                in_inline(selector, out);
                for v in variants {
                    in_pattern(&v.value, out);
                }
            }
        }
    }
    fn in_inline(i: &InlineExpression<&str>, out: &mut Vec<String>) {
        match i {
            InlineExpression::FunctionReference { id, arguments } => {
                out.push(id.name.to_string());
                for a in &arguments.positional {
                    in_inline(a, out);
                }
            }
            InlineExpression::Placeable { expression } => in_expression(expression, out),
            _ => {}
        }
    }
    fn in_pattern(p: &Pattern<&str>, out: &mut Vec<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                in_expression(expression, out);
            }
        }
    }
    for (tag, file, text) in sources() {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
        let mut functions = Vec::new();
        for entry in resource.body {
            if let Entry::Message(m) = entry
                && let Some(v) = &m.value
            {
                in_pattern(v, &mut functions);
            }
        }
        for f in functions {
            assert!(
                f == "DATE" || f == "MONEY",
                "locales/{tag}/{file}: {f}() is not available in both Rust and the UI"
            );
        }
    }
}

#[test]
fn an_unknown_id_comes_back_as_itself() {
    assert_eq!(message(Locale::ZhHant, "no-such-message", &args![]), "no-such-message");
}

#[test]
fn no_bidi_isolation_marks_reach_output() {
    let out = message(Locale::ZhHant, "about-version", &args![("version", "0.1.0")]);
    assert!(!out.contains('\u{2068}') && !out.contains('\u{2069}'), "{out:?}");
    assert!(out.contains("0.1.0"));
}
