//! Who the applicant is: nationality (the pack's lists), Chinese passport holders abroad, Mainland
//! residence, the travel document, the place of birth.

use super::*;

pub(super) fn nationality_not_in(c: &Ctx, list: &str, also: Option<&DatedCountries>) -> Finding {
    let countries = c.pack.countries(list);
    let path = "applicant.nationality";
    let Some(n) = &c.p.applicant.nationality else {
        return Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]).reads(&[path]);
    };
    let n = n.as_str();
    if countries.iter().any(|x| x == n) {
        return Finding::not_met(msg("d-nationality-excluded", args![("nationality", n)])).reads(&[path]);
    }
    if let Some(a) = also.filter(|a| c.on <= a.until.0 && c.pack.countries(&a.list).iter().any(|x| x == n)) {
        let from = iso(a.until.0 + chrono::Duration::days(1));
        return Finding::not_met(msg(
            "d-nationality-excluded-until",
            args![("nationality", n), ("date", from.clone())],
        ))
        .reads(&[path])
        .hint(msg("h-nationality-admitted-from", args![("nationality", n), ("date", from)]));
    }
    Finding::met(msg("d-nationality-ok", args![("nationality", n)])).reads(&[path])
}

/// PRC passport holders living abroad (not Mainland, Macao or Taiwan residents) need permanent
/// residence abroad, or a year of residence abroad and to apply from there.
pub(super) fn cn_passport_overseas(c: &Ctx, min_years: i32) -> Finding {
    let a = &c.p.applicant;
    let reads: &[&'static str] = &["applicant.nationality", "applicant.mainland_resident", "applicant.overseas"];
    match a.nationality.as_ref().map(|n| n.as_str()) {
        None => {
            return Finding::unknown(
                msg("d-unknown", args![("fact", "applicant.nationality")]),
                vec!["applicant.nationality".into()],
            )
            .reads(reads);
        }
        Some("CN") => {}
        Some(_) => return Finding::met(msg("d-overseas-not-applicable", args![])).reads(reads),
    }
    if a.mainland_resident == Some(true) {
        return Finding::met(msg("d-overseas-mainland", args![])).reads(reads);
    }
    if a.macao_resident == Some(true) || a.taiwan_resident == Some(true) {
        return Finding::met(msg("d-overseas-not-applicable", args![])).reads(reads);
    }
    let mut missing: Vec<String> = Vec::new();
    if a.mainland_resident.is_none() {
        missing.push("applicant.mainland_resident".into());
    }
    let o = a.overseas.clone().unwrap_or_default();
    if o.permanent_resident == Some(true) {
        return Finding::met(msg("d-overseas-permanent", args![])).reads(reads);
    }
    let needed_since = date::add_years(c.on, -min_years);
    let long_enough = o.resident_since.map(|s| s.0 <= needed_since);
    let year_route = match (long_enough, o.applying_from_overseas) {
        (Some(true), Some(true)) => Some(true),
        (Some(false), _) | (_, Some(false)) => Some(false),
        _ => None,
    };
    match (o.permanent_resident, year_route) {
        (_, Some(true)) => Finding::met(msg(
            "d-overseas-year",
            args![("since", o.resident_since.map(|d| iso(d.0)).unwrap_or_default())],
        ))
        .reads(reads),
        (Some(false), Some(false)) if missing.is_empty() => {
            let mut f = Finding::not_met(msg("d-overseas-short", args![("years", min_years as i64)])).reads(reads);
            if let (Some(since), Some(true)) = (o.resident_since, o.applying_from_overseas) {
                f = f.hint(msg("h-overseas-year-reached", args![("date", iso(date::add_years(since.0, min_years)))]));
            }
            f
        }
        _ => {
            if o.permanent_resident.is_none() {
                missing.push("applicant.overseas.permanent_resident".into());
            }
            if long_enough.is_none() {
                missing.push("applicant.overseas.resident_since".into());
            }
            if o.applying_from_overseas.is_none() {
                missing.push("applicant.overseas.applying_from_overseas".into());
            }
            Finding::unknown(msg("d-overseas-unknown", args![]), missing).reads(reads)
        }
    }
}

pub(super) fn mainland_resident(c: &Ctx, required: bool) -> Finding {
    let path = "applicant.mainland_resident";
    match c.p.applicant.mainland_resident {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(v) if v == required => {
            Finding::met(msg(if required { "d-mainland-yes" } else { "d-mainland-no" }, args![]))
        }
        Some(_) => {
            Finding::not_met(msg(if required { "d-mainland-required" } else { "d-mainland-use-asmtp" }, args![]))
        }
    }
    .reads(&[path])
}

pub(super) fn travel_document(c: &Ctx) -> Finding {
    let path = "applicant.travel_document.expires_on";
    match c.p.applicant.travel_document.as_ref().and_then(|t| t.expires_on) {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(d) if d.0 >= c.on => Finding::met(msg("d-travel-document-valid", args![("date", iso(d.0))])),
        Some(d) => Finding::not_met(msg("d-travel-document-expired", args![("date", iso(d.0))]))
            .hint(msg("h-renew-travel-document", args![])),
    }
    .reads(&[path])
}

pub(super) fn born_overseas(c: &Ctx, not_overseas: &str) -> Finding {
    let path = "applicant.place_of_birth";
    match c.p.applicant.place_of_birth.as_ref().map(|p| p.as_str()) {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(p) if c.pack.countries(not_overseas).iter().any(|x| x == p) => {
            Finding::not_met(msg("d-born-not-overseas", args![("country", p)]))
        }
        Some(p) => Finding::met(msg("d-born-overseas", args![("country", p)])),
    }
    .reads(&[path])
}
