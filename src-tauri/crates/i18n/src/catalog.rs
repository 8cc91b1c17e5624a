use crate::{Locale, format};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue, bundle::FluentBundle};
use serde::{Deserialize, Serialize};
use std::{borrow::Cow, collections::BTreeMap, sync::LazyLock};
use ts_rs::TS;

include!(concat!(env!("OUT_DIR"), "/sources.rs"));

type Bundle = FluentBundle<FluentResource, intl_memoizer::concurrent::IntlLangMemoizer>;

/// A message argument as it crosses IPC or sits in an error: text or a number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum ArgValue {
    Number(f64),
    Text(String),
}

impl From<&str> for ArgValue {
    fn from(s: &str) -> Self {
        ArgValue::Text(s.to_string())
    }
}
impl From<String> for ArgValue {
    fn from(s: String) -> Self {
        ArgValue::Text(s)
    }
}
impl From<f64> for ArgValue {
    fn from(n: f64) -> Self {
        ArgValue::Number(n)
    }
}
impl From<i64> for ArgValue {
    fn from(n: i64) -> Self {
        ArgValue::Number(n as f64)
    }
}
impl From<usize> for ArgValue {
    fn from(n: usize) -> Self {
        ArgValue::Number(n as f64)
    }
}

/// Named message arguments, in a stable order.
pub type Args = BTreeMap<String, ArgValue>;

struct Catalog {
    bundles: Vec<(Locale, Bundle)>,
}

static CATALOG: LazyLock<Catalog> =
    LazyLock::new(|| Catalog { bundles: Locale::ALL.into_iter().map(|l| (l, build_bundle(l))).collect() });

fn build_bundle(locale: Locale) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![locale.langid()]);
    // Bidi isolation marks only matter for right-to-left scripts; in PDFs they would draw as boxes.
    bundle.set_use_isolating(false);
    for text in resources(locale) {
        // The test suite rejects syntax errors and duplicate ids; at run time keep what parsed.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
        .add_function("DATE", move |positional, _named| match positional.first() {
            Some(FluentValue::String(s)) => FluentValue::String(Cow::Owned(format::iso_date(s, locale))),
            Some(other) => other.clone(),
            None => FluentValue::Error,
        })
        .expect("DATE is registered once");
    bundle
        .add_function("MONEY", move |positional, named| {
            let amount = match positional.first() {
                Some(FluentValue::Number(n)) => n.value,
                Some(FluentValue::String(s)) => match s.parse::<f64>() {
                    Ok(n) => n,
                    Err(_) => return FluentValue::String(s.clone()),
                },
                _ => return FluentValue::Error,
            };
            let currency = match named.get("currency") {
                Some(FluentValue::String(c)) => c.to_string(),
                _ => "HKD".to_string(),
            };
            FluentValue::String(Cow::Owned(format::money(amount, &currency, locale)))
        })
        .expect("MONEY is registered once");
    bundle
}

/// The Fluent sources of one locale, as embedded (the window builds its own bundle from these).
pub fn resources(locale: Locale) -> Vec<&'static str> {
    SOURCES.iter().filter(|(tag, _, _)| *tag == locale.tag()).map(|(_, _, text)| *text).collect()
}

/// Every embedded file: (locale tag, file name, text). For tests and tooling.
pub fn sources() -> &'static [(&'static str, &'static str, &'static str)] {
    SOURCES
}

pub fn message_exists(locale: Locale, id: &str) -> bool {
    bundle(locale).has_message(id)
}

fn bundle(locale: Locale) -> &'static Bundle {
    &CATALOG.bundles.iter().find(|(l, _)| *l == locale).expect("every locale has a bundle").1
}

/// The message `id` in `locale`, falling back to English, then to the id itself, so a user always sees
/// something (a test guarantees every id exists in every locale). Arguments that carry codes (`country`,
/// `nationality`, `language`, `languages`, `register`) are put into words first (see [`crate::names`]).
pub fn message(locale: Locale, id: &str, args: &Args) -> String {
    plain(locale, id, &crate::names::localize_args(locale, args))
}

/// The attribute `.attr` of message `id` in `locale`, if that message has it.
pub(crate) fn attribute(locale: Locale, id: &str, attr: &str) -> Option<String> {
    let b = bundle(locale);
    let pattern = b.get_message(id)?.get_attribute(attr)?.value();
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, None, &mut errors).into_owned())
}

/// [`message`] with the arguments as given.
pub(crate) fn plain(locale: Locale, id: &str, args: &Args) -> String {
    let fluent_args = to_fluent(args);
    for candidate in [locale, Locale::En] {
        let b = bundle(candidate);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        }
    }
    id.to_string()
}

fn to_fluent(args: &Args) -> FluentArgs<'_> {
    let mut out = FluentArgs::new();
    for (k, v) in args {
        match v {
            // `+ 0.0` turns -0 into 0: "-0 years" is not a thing a person should read.
            ArgValue::Number(n) => out.set(k.as_str(), FluentValue::from(*n + 0.0)),
            ArgValue::Text(s) => out.set(k.as_str(), FluentValue::from(s.as_str())),
        }
    }
    out
}

/// Builds [`Args`] from pairs: `args![("path", p), ("count", 3usize)]`.
#[macro_export]
macro_rules! args {
    () => { $crate::Args::new() };
    ($(($k:expr, $v:expr)),+ $(,)?) => {{
        let mut a = $crate::Args::new();
        $( a.insert(($k).to_string(), $crate::ArgValue::from($v)); )+
        a
    }};
}
