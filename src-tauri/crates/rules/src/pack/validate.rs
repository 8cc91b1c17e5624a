//! Checks a rule pack as a whole once it has parsed, so that a pack either loads complete and
//! consistent or not at all: every cited source exists, every route a stay, processing time or
//! document names exists, no criterion, fee, rate or points table has two versions in force on one
//! day (stay lines may: where the date of a change is unknown both figures are shown), every register
//! code named anywhere is in the register and every register item is worded in every locale, and
//! every scheme, route, criterion and document has a name in every locale.

use super::{NoteWhen, Pack, PackError, Period};
use crate::message::message_id;
use serde_json::Value;
use talentnav_i18n::{Locale, message_exists};

/// The first key of `raw` (the file as written) that `read` (what the pack types took from it) does
/// not have, as a path such as `route[0].criteria[1].frm`.
pub(crate) fn unread_key(raw: &Value, read: &Value, path: &str) -> Option<String> {
    match (raw, read) {
        (Value::Object(raw), Value::Object(read)) => raw.iter().find_map(|(k, v)| {
            let here = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
            match read.get(k) {
                None => Some(here),
                Some(r) => unread_key(v, r, &here),
            }
        }),
        (Value::Array(raw), Value::Array(read)) => {
            raw.iter().zip(read).enumerate().find_map(|(i, (v, r))| unread_key(v, r, &format!("{path}[{i}]")))
        }
        _ => None,
    }
}

pub(crate) fn validate(p: &Pack) -> Result<(), PackError> {
    register(p)?;
    people(p)?;
    sources(p)?;
    schemes(p)?;
    dated_tables(p)?;
    documents(p)?;
    named_codes(p)?;
    names(p)
}

fn sources(p: &Pack) -> Result<(), PackError> {
    let check = |file: &str, key: &str, ids: &[String]| match ids.iter().find(|id| p.source(id).is_none()) {
        Some(id) => Err(PackError::new(file, key, format!("cites source {id}, which sources.toml does not have"))),
        None => Ok(()),
    };
    for s in &p.schemes {
        let file = scheme_file(&s.id);
        check(&file, "sources", &s.sources)?;
        check(&file, "comparison.sources", &s.comparison.sources)?;
        for (i, n) in s.note.iter().enumerate() {
            check(&file, &format!("note[{i}].sources"), &n.sources)?;
        }
        if let Some(op) = &s.in_operation {
            check(&file, "in_operation.sources", &op.sources)?;
        }
        for c in s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria)) {
            if c.sources.is_empty() {
                return Err(PackError::new(&file, &c.id, "cites no source"));
            }
            check(&file, &c.id, &c.sources)?;
        }
    }
    for r in &p.rates {
        let key = format!("rate {}", r.currency);
        check("rates.toml", &key, &r.sources)?;
        // An income in this currency is named in words ("美元"), never by its code.
        let id = format!("currency-{}", r.currency);
        if let Some(l) = Locale::ALL.into_iter().find(|l| !message_exists(*l, &id)) {
            return Err(PackError::new(
                "rates.toml",
                &key,
                format!("has no name: message {id} is missing from locale {l}"),
            ));
        }
    }
    for (i, f) in p.fees.iter().enumerate() {
        check("fees.toml", &format!("fee[{i}]"), &f.sources)?;
    }
    for (i, c) in p.universities.change.iter().enumerate() {
        check("aggregate-list.toml", &format!("change[{i}]"), &c.sources)?;
    }
    for v in &p.legacy_qmas {
        check("qmas-legacy.toml", &format!("version {}", v.id), &v.sources)?;
    }
    for (i, r) in p.documents.requirement.iter().enumerate() {
        check("documents.toml", &format!("requirement[{i}]"), &r.sources)?;
    }
    for (i, r) in p.documents.submission.iter().enumerate() {
        check("documents.toml", &format!("submission[{i}]"), &r.sources)?;
    }
    Ok(())
}

fn scheme_file(id: &str) -> String {
    format!("schemes/{id}.toml")
}

/// Route references, register codes and the periods of each criterion.
fn schemes(p: &Pack) -> Result<(), PackError> {
    for s in &p.schemes {
        let file = scheme_file(&s.id);
        let has_route = |r: &String| s.route.iter().any(|x| &x.id == r);
        for (i, st) in s.comparison.stay.iter().enumerate() {
            if let Some(r) = st.routes.iter().find(|r| !has_route(r)) {
                return Err(PackError::new(&file, &format!("comparison.stay[{i}].routes"), unknown_route(r, s)));
            }
        }
        for (i, pr) in s.comparison.processing.iter().enumerate() {
            if let Some(r) = pr.routes.iter().find(|r| !has_route(r)) {
                return Err(PackError::new(&file, &format!("comparison.processing[{i}].routes"), unknown_route(r, s)));
            }
        }
        for (i, n) in s.note.iter().enumerate() {
            let key = format!("note[{i}]");
            if n.id.is_empty() {
                return Err(PackError::new(&file, &key, format!("message {} is missing from a locale", n.message)));
            }
            if let Some(r) = n.routes.iter().find(|r| !has_route(r)) {
                return Err(PackError::new(&file, &key, unknown_route(r, s)));
            }
            if (n.when == NoteWhen::RouteOpen) == n.routes.is_empty() {
                return Err(PackError::new(&file, &key, "routes are given with, and only with, when = \"route_open\""));
            }
        }
        let criteria: Vec<_> = s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria)).collect();
        for c in &criteria {
            if let Some(code) = c.check.unconfirmed_codes().into_iter().find(|code| !registered(p, code)) {
                return Err(PackError::new(&file, &c.id, unknown_code(code)));
            }
            if let Some(list) = c.check.nationality_lists().into_iter().find(|l| !p.nationalities.contains_key(*l)) {
                return Err(PackError::new(&file, &c.id, unknown_list(list)));
            }
            let versions: Vec<(String, Period)> =
                criteria.iter().filter(|k| k.id == c.id).map(|k| (k.id.clone(), k.period)).collect();
            no_overlap(&file, &versions)?;
        }
    }
    Ok(())
}

fn unknown_route(route: &str, s: &crate::pack::Scheme) -> String {
    let known: Vec<&str> = s.route.iter().map(|r| r.id.as_str()).collect();
    format!("route {route} is not a route of {} (it has {})", s.id, known.join(", "))
}

fn unknown_code(code: &str) -> String {
    format!("register code {code} is not in register.toml")
}

fn unknown_list(name: &str) -> String {
    format!("nationality list {name} is not in nationalities.toml")
}

/// Every list cites sources and names only countries the locales can name; the dependant rules cite
/// sources, name a list and only schemes of the pack.
fn people(p: &Pack) -> Result<(), PackError> {
    let cites = |file: &str, key: &str, ids: &[String]| match ids.iter().find(|id| p.source(id).is_none()) {
        Some(id) => Err(PackError::new(file, key, format!("cites source {id}, which sources.toml does not have"))),
        None => Ok(()),
    };
    for (name, list) in &p.nationalities {
        let key = format!("list.{name}");
        cites("nationalities.toml", &key, &list.sources)?;
        if let Some(code) =
            list.countries.iter().find(|c| !Locale::ALL.into_iter().all(|l| message_exists(l, &format!("country-{c}"))))
        {
            return Err(PackError::new(
                "nationalities.toml",
                &key,
                format!("{code} is not a country the locales name"),
            ));
        }
    }
    let d = &p.dependants;
    cites("dependants.toml", "sources", &d.sources)?;
    cites("dependants.toml", "macao.sources", &d.macao.sources)?;
    cites("dependants.toml", "macao.reversed_sources", &d.macao.reversed_sources)?;
    if !p.nationalities.contains_key(&d.excluded) {
        return Err(PackError::new("dependants.toml", "excluded", unknown_list(&d.excluded)));
    }
    if let Some(s) = d.macao.reversed_wording.iter().find(|s| !p.schemes.iter().any(|x| &x.id == *s)) {
        return Err(PackError::new(
            "dependants.toml",
            "macao.reversed_wording",
            format!("scheme {s} is not in the pack"),
        ));
    }
    Ok(())
}

fn registered(p: &Pack, code: &str) -> bool {
    p.register_item(code).is_some()
}

/// Each register item once, citing sources that exist, worded in every locale (so a person is told
/// what is open and what to ask, never the code).
fn register(p: &Pack) -> Result<(), PackError> {
    const FILE: &str = "register.toml";
    for (i, item) in p.register.iter().enumerate() {
        let key = format!("item[{i}] ({})", item.code);
        if p.register[..i].iter().any(|other| other.code == item.code) {
            return Err(PackError::new(FILE, &key, "is listed twice"));
        }
        if let Some(id) = item.sources.iter().find(|id| p.source(id).is_none()) {
            return Err(PackError::new(FILE, &key, format!("cites source {id}, which sources.toml does not have")));
        }
        for (field, text) in [("open", &item.open), ("review", &item.review)] {
            if let Some(l) = Locale::ALL.into_iter().find(|l| text.get(*l).trim().is_empty()) {
                return Err(PackError::new(FILE, &format!("{key}.{field}.{l}"), "is empty"));
            }
        }
    }
    Ok(())
}

/// Codes the rest of the pack names: list entries, points tables, money amounts, documents.
fn named_codes(p: &Pack) -> Result<(), PackError> {
    let check = |file: &str, key: &str, code: Option<&str>| match code.filter(|c| !registered(p, c)) {
        Some(c) => Err(PackError::new(file, key, unknown_code(c))),
        None => Ok(()),
    };
    for (i, pred) in p.universities.predecessor.iter().enumerate() {
        check("aggregate-list.toml", &format!("predecessor[{i}]"), Some(&pred.unconfirmed))?;
    }
    for v in &p.legacy_qmas {
        check("qmas-legacy.toml", &format!("version {}", v.id), v.unconfirmed.as_deref())?;
    }
    for (i, r) in p.documents.requirement.iter().enumerate() {
        check("documents.toml", &format!("requirement[{i}]"), r.unconfirmed.as_deref())?;
    }
    for (i, s) in p.documents.submission.iter().enumerate() {
        check("documents.toml", &format!("submission[{i}]"), s.unconfirmed.as_deref())?;
    }
    Ok(())
}

/// Fees, exchange rates (per currency) and legacy points tables: one version in force on a day.
fn dated_tables(p: &Pack) -> Result<(), PackError> {
    let fees: Vec<_> = p.fees.iter().enumerate().map(|(i, f)| (format!("fee[{i}]"), f.period)).collect();
    no_overlap("fees.toml", &fees)?;
    let mut currencies: Vec<&str> = p.rates.iter().map(|r| r.currency.as_str()).collect();
    currencies.dedup();
    for cur in currencies {
        let rates: Vec<_> = p
            .rates
            .iter()
            .enumerate()
            .filter(|(_, r)| r.currency == cur)
            .map(|(i, r)| (format!("rate[{i}] ({cur})"), r.period))
            .collect();
        no_overlap("rates.toml", &rates)?;
    }
    let tables: Vec<_> = p.legacy_qmas.iter().map(|v| (format!("version {}", v.id), v.period)).collect();
    no_overlap("qmas-legacy.toml", &tables)
}

/// Each period runs forwards, and no two of `versions` share a day.
fn no_overlap(file: &str, versions: &[(String, Period)]) -> Result<(), PackError> {
    for (key, period) in versions {
        if let (Some(from), Some(to)) = (period.from, period.to)
            && to.0 < from.0
        {
            return Err(PackError::new(file, key, format!("ends ({}) before it starts ({})", to.0, from.0)));
        }
    }
    for (i, (key, a)) in versions.iter().enumerate() {
        if let Some((other, _)) = versions[i + 1..].iter().find(|(_, b)| overlaps(a, b)) {
            return Err(PackError::new(file, key, format!("is in force on some of the same days as {other}")));
        }
    }
    Ok(())
}

fn overlaps(a: &Period, b: &Period) -> bool {
    let starts_before_end = |x: &Period, y: &Period| match (x.from, y.to) {
        (Some(f), Some(t)) => f.0 <= t.0,
        _ => true,
    };
    starts_before_end(a, b) && starts_before_end(b, a)
}

fn documents(p: &Pack) -> Result<(), PackError> {
    let d = &p.documents;
    for (i, r) in d.requirement.iter().enumerate() {
        let key = format!("requirement[{i}]");
        let Some(s) = p.schemes.iter().find(|s| s.id == r.scheme) else {
            return Err(PackError::new("documents.toml", &key, format!("scheme {} is not in the pack", r.scheme)));
        };
        if !d.document.iter().any(|k| k.id == r.document) {
            return Err(PackError::new("documents.toml", &key, format!("document {} is not listed", r.document)));
        }
        if let Some(route) = r.routes.iter().flatten().find(|route| !s.route.iter().any(|x| &x.id == *route)) {
            return Err(PackError::new("documents.toml", &key, unknown_route(route, s)));
        }
    }
    for (i, sub) in d.submission.iter().enumerate() {
        if !p.schemes.iter().any(|s| s.id == sub.scheme) {
            let key = format!("submission[{i}]");
            return Err(PackError::new("documents.toml", &key, format!("scheme {} is not in the pack", sub.scheme)));
        }
    }
    Ok(())
}

/// Every scheme, route, criterion and document is named in every locale.
fn names(p: &Pack) -> Result<(), PackError> {
    for s in &p.schemes {
        let file = scheme_file(&s.id);
        let mut ids = vec![
            (s.id.clone(), message_id("scheme", &s.id)),
            (s.id.clone(), message_id("scheme", &format!("{}-short", s.id))),
        ];
        if s.in_operation.is_some() {
            ids.push(("in_operation".into(), message_id("c", &s.operation_id)));
        }
        ids.extend(s.common.iter().map(|c| (c.id.clone(), message_id("c", &c.id))));
        for r in &s.route {
            ids.push((r.id.clone(), message_id("r", &r.id)));
            ids.extend(r.criteria.iter().map(|c| (c.id.clone(), message_id("c", &c.id))));
        }
        unnamed(&file, &ids)?;
    }
    let docs: Vec<_> = p.documents.document.iter().map(|d| (d.id.clone(), message_id("doc", &d.id))).collect();
    unnamed("documents.toml", &docs)
}

fn unnamed(file: &str, ids: &[(String, String)]) -> Result<(), PackError> {
    for (key, id) in ids {
        if let Some(l) = Locale::ALL.into_iter().find(|l| !message_exists(*l, id)) {
            return Err(PackError::new(file, key, format!("has no name: message {id} is missing from locale {l}")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::pack::{Pack, PackError, embedded_files};
    use talentnav_i18n::Locale;

    /// The embedded pack with the first `find` in `file` replaced by `replace`.
    fn load_with(file: &str, find: &str, replace: &str) -> Result<Pack, PackError> {
        let files: Vec<(&str, String)> = embedded_files()
            .iter()
            .map(|(n, t)| {
                if *n == file {
                    assert!(t.contains(find), "{find:?} is not in {file}");
                    (*n, t.replacen(find, replace, 1))
                } else {
                    (*n, t.to_string())
                }
            })
            .collect();
        let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
        Pack::load(&borrowed)
    }

    fn refused(file: &str, find: &str, replace: &str) -> PackError {
        match load_with(file, find, replace) {
            Err(e) => e,
            Ok(_) => panic!("{file} with {replace:?} must be refused"),
        }
    }

    #[test]
    fn the_embedded_files_load() {
        let files = embedded_files();
        assert!(Pack::load(files).is_ok());
    }

    #[test]
    fn a_misspelled_key_is_refused_with_its_file_and_path() {
        // `frm` on a criterion whose check flattens into it: serde alone would ignore it.
        let e = refused("schemes/new_cies.toml", "window = \"six_months\"\nfrom = ", "window = \"six_months\"\nfrm = ");
        assert_eq!((e.file.as_str(), e.problem.as_str()), ("schemes/new_cies.toml", "unknown key"));
        assert!(e.key.starts_with("route[") && e.key.ends_with(".frm"), "{e}");
        // On a check with no parameters, on a fee (flattened period) and in the aggregate list.
        let e = refused("schemes/ttps.toml", "check = \"good_character\"\n", "check = \"good_character\"\nyears = 3\n");
        assert_eq!(e.key, "common[2].years", "{e}");
        let e = refused("fees.toml", "to = \"2025-02-25\"", "untill = \"2025-02-25\"");
        assert_eq!((e.file.as_str(), e.key.as_str()), ("fees.toml", "fee[0].untill"), "{e}");
    }

    #[test]
    fn a_misspelled_value_names_the_line() {
        let e = refused("schemes/ttps.toml", "check = \"good_character\"", "check = \"good_charakter\"");
        assert_eq!(e.file, "schemes/ttps.toml");
        assert!(e.key.starts_with("line "), "{e}");
        assert!(e.problem.contains("good_charakter"), "{e}");
    }

    #[test]
    fn a_route_that_does_not_exist_is_refused() {
        let e = refused(
            "schemes/ttps.toml",
            "{ routes = [\"ttps.b\", \"ttps.c\"], months = 24 }",
            "{ routes = [\"ttps.b\", \"ttps.d\"], months = 24 }",
        );
        assert_eq!((e.file.as_str(), e.key.as_str()), ("schemes/ttps.toml", "comparison.stay[2].routes"), "{e}");
        assert!(e.problem.contains("ttps.d"), "{e}");
        let docs = embedded_files().iter().find(|(n, _)| *n == "documents.toml").unwrap().1;
        let route = docs.lines().find(|l| l.starts_with("routes = [\"")).expect("a requirement with routes");
        let e = refused("documents.toml", route, "routes = [\"gep.nowhere\"]");
        assert!(e.key.starts_with("requirement[") && e.problem.contains("gep.nowhere"), "{e}");
    }

    #[test]
    fn overlapping_periods_of_one_rule_are_refused() {
        let e = refused("schemes/new_cies.toml", "to = \"2025-02-28\"", "to = \"2025-03-01\"");
        assert_eq!((e.file.as_str(), e.key.as_str()), ("schemes/new_cies.toml", "new_cies.net_assets"), "{e}");
        // The day before the next version starts is the last day that may be in force: no overlap.
        assert!(load_with("schemes/new_cies.toml", "to = \"2025-02-28\"", "to = \"2025-02-28\"").is_ok());
        let e = refused("fees.toml", "to = \"2025-02-25\"", "to = \"2025-02-26\"");
        assert_eq!((e.file.as_str(), e.key.as_str()), ("fees.toml", "fee[0]"), "{e}");
    }

    #[test]
    fn a_period_that_ends_before_it_starts_is_refused() {
        let e = refused("fees.toml", "from = \"2025-02-26\"", "from = \"2025-02-26\"\nto = \"2025-01-01\"");
        assert!(e.problem.starts_with("ends (2025-01-01) before it starts"), "{e}");
    }

    #[test]
    fn dangling_sources_codes_and_missing_names_are_refused() {
        let e =
            refused("schemes/ttps.toml", "id = \"ttps\"\nsources = [\"S1\"]", "id = \"ttps\"\nsources = [\"S999\"]");
        assert_eq!((e.key.as_str(), e.problem.contains("S999")), ("sources", true), "{e}");
        let e = refused("schemes/ttps.toml", "unconfirmed = \"U4\"", "unconfirmed = \"U404\"");
        assert_eq!(e.key, "ttps.age", "{e}");
        let e = refused("schemes/ttps.toml", "id = \"ttps.character\"", "id = \"ttps.unnamed\"");
        assert!(e.problem.contains("c-ttps-unnamed"), "{e}");
        let e = refused("documents.toml", "[[submission]]\nscheme = \"ttps\"", "[[submission]]\nscheme = \"tpps\"");
        assert!(e.problem.contains("tpps"), "{e}");
    }

    #[test]
    fn every_register_code_is_registered_and_every_item_worded() {
        let e = refused("schemes/ttps.toml", "unconfirmed = \"U4\"", "unconfirmed = \"U404\"");
        assert_eq!((e.key.as_str(), e.problem.as_str()), ("ttps.age", "register code U404 is not in register.toml"));
        let e = refused("documents.toml", "unconfirmed = \"U9\"", "unconfirmed = \"U90\"");
        assert!(e.key.starts_with("requirement[") && e.problem.contains("U90"), "{e}");
        // Each item carries its own words in every locale: an empty one, or a missing one, is refused.
        let u3 = "zh-Hans = \"入境处网页没有重新公布";
        let e = refused("register.toml", u3, "zh-Hans = \"\" #");
        assert_eq!(
            (e.file.as_str(), e.key.as_str(), e.problem.as_str()),
            ("register.toml", "item[2] (U3).review.zh-Hans", "is empty"),
            "{e}"
        );
        let e = refused("register.toml", "zh-Hant = \"入境處網頁未有重申", "# ");
        assert_eq!(e.file, "register.toml");
        assert!(e.to_string().contains("zh-Hant"), "{e}");
        // A new item with its own words needs no new app: its words are what a report shows.
        let text = embedded_files().iter().find(|(n, _)| *n == "register.toml").unwrap().1;
        let added = format!(
            "{text}\n[[item]]\ncode = \"U99\"\nsources = [\"S1\"]\n[item.open]\nen = \"a new point\"\nzh-Hant = \"新事項\"\nzh-Hans = \"新事项\"\n[item.review]\nen = \"New. Ask the Immigration Department.\"\nzh-Hant = \"新。請向入境處查詢。\"\nzh-Hans = \"新。请向入境处咨询。\"\n"
        );
        let files: Vec<(&str, &str)> = embedded_files()
            .iter()
            .map(|(n, t)| (*n, if *n == "register.toml" { added.as_str() } else { *t }))
            .collect();
        let p = crate::pack::Pack::load(&files).expect("a pack with a new register item loads");
        let reason = crate::pack::register::reason(&p.register, "U99");
        assert_eq!(crate::report::render(Locale::ZhHant, &reason), "新。請向入境處查詢。");
        assert_eq!(crate::pack::register::phrase(&p.register, "U99", Locale::ZhHans), "新事项");
        let e = refused("register.toml", "code = \"U3\"", "code = \"U1\"");
        assert_eq!(e.problem, "is listed twice", "{e}");
        let e = refused("register.toml", "sources = [\"S1\", \"S29\"]", "sources = [\"S1\", \"S290\"]");
        assert!(e.problem.contains("S290"), "{e}");
    }

    #[test]
    fn a_code_a_criterion_names_must_be_in_the_register() {
        let text = embedded_files().iter().find(|(n, _)| *n == "register.toml").unwrap().1;
        let item = |code: &str| {
            let start = text.find(&format!("[[item]]\ncode = \"{code}\"")).expect("registered");
            let end = text[start + 8..].find("[[item]]").map_or(text.len(), |e| start + 8 + e);
            &text[start..end]
        };
        // The legacy points' open bonuses are named on their criterion, not in the checks.
        let e = refused("register.toml", item("U19"), "");
        assert_eq!((e.file.as_str(), e.key.as_str()), ("schemes/qmas.toml", "qmas.gpt.legacy"), "{e}");
        // A code a criterion names (IANG's GBA pilot) is refused at the criterion.
        let e = refused("register.toml", item("U21"), "");
        assert_eq!((e.file.as_str(), e.key.as_str()), ("schemes/iang.toml", "iang.qualification"), "{e}");
    }

    #[test]
    fn every_register_item_says_what_to_ask_in_every_locale() {
        use talentnav_i18n::Locale;
        let p = crate::pack::embedded_pack();
        assert!(p.register.len() >= 17);
        for item in &p.register {
            let asks = [
                (Locale::En, ["ask ", "immigration department"]),
                (Locale::ZhHant, ["請", "入境處"]),
                (Locale::ZhHans, ["请", "入境处"]),
            ];
            for (locale, ask) in asks {
                let text = crate::report::render(locale, &crate::pack::register::reason(&p.register, &item.code));
                assert!(ask.iter().all(|a| text.to_lowercase().contains(a)), "{} in {locale:?}: {text}", item.code);
                assert!(!text.contains(&item.code), "{} in {locale:?} shows its code: {text}", item.code);
            }
        }
    }

    #[test]
    fn nationality_lists_are_defined_once_and_referred_to_by_name() {
        let e = refused("schemes/qmas.toml", "list = \"excluded\"", "list = \"exluded\"");
        assert_eq!(
            (e.key.as_str(), e.problem.as_str()),
            ("qmas.nationality", "nationality list exluded is not in nationalities.toml")
        );
        let e = refused(
            "nationalities.toml",
            "countries = [\"AF\", \"CU\", \"KP\"]",
            "countries = [\"AF\", \"CU\", \"QQ\"]",
        );
        assert_eq!((e.key.as_str(), e.problem.as_str()), ("list.excluded", "QQ is not a country the locales name"));
        let e = refused("dependants.toml", "excluded = \"dependants_excluded\"", "excluded = \"nobody\"");
        assert_eq!((e.file.as_str(), e.key.as_str()), ("dependants.toml", "excluded"), "{e}");
        let e = refused("dependants.toml", "reversed_wording = [\"assg\"]", "reversed_wording = [\"asg\"]");
        assert!(e.problem.contains("asg"), "{e}");
        // One list, every scheme: nobody copies it any more.
        for (name, text) in embedded_files().iter().filter(|(n, _)| n.starts_with("schemes/")) {
            assert!(!text.contains("\"CU\""), "{name} lists countries itself");
        }
    }

    #[test]
    fn scheme_notes_name_worded_messages_and_real_routes() {
        let e = refused("schemes/ttps.toml", "message = \"n-ttps-c-quota\"", "message = \"n-ttps-d-quota\"");
        assert_eq!(
            (e.key.as_str(), e.problem.as_str()),
            ("note[2]", "message n-ttps-d-quota is missing from a locale")
        );
        let e = refused("schemes/ttps.toml", "routes = [\"ttps.c\"]", "routes = [\"ttps.d\"]");
        assert!(e.key == "note[2]" && e.problem.contains("ttps.d"), "{e}");
        let e =
            refused("schemes/ttps.toml", "when = \"route_open\"\nroutes = [\"ttps.c\"]\n", "when = \"route_open\"\n");
        assert!(e.problem.contains("route_open"), "{e}");
    }

    #[test]
    fn income_evidence_matters_where_a_criterion_tests_income() {
        let p = crate::pack::embedded_pack();
        assert!(p.reads_income("ttps", None) && p.reads_income("ttps", Some("ttps.a")));
        assert!(!p.reads_income("ttps", Some("ttps.b")) && !p.reads_income("ttps", Some("ttps.c")));
        assert!(p.reads_income("qmas", None) && p.reads_income("qmas", Some("qmas.gpt")));
        assert!(!p.reads_income("qmas", Some("qmas.abpt")));
        for scheme in ["gep", "asmtp", "techtas", "iang", "assg", "new_cies", "nowhere"] {
            assert!(!p.reads_income(scheme, None), "{scheme}");
        }
    }

    #[test]
    fn a_currency_the_locales_cannot_name_is_refused() {
        let e = refused("rates.toml", "currency = \"EUR\"", "currency = \"EUX\"");
        assert!(e.key == "rate EUX" && e.problem.contains("currency-EUX"), "{e}");
    }

    #[test]
    fn a_missing_file_is_named() {
        let files: Vec<(&str, &str)> = embedded_files().iter().copied().filter(|(n, _)| *n != "fees.toml").collect();
        let e = Pack::load(&files).err().expect("refused");
        assert_eq!((e.file.as_str(), e.problem.as_str()), ("fees.toml", "the file is missing"));
    }
}
