//! The profile contract: every profile the project has ever shipped still loads, and every field of
//! profile-v1's "Added fields" section is carried by the serde types and the committed JSON Schema.

use serde_json::Value;
use std::{fs, path::PathBuf};
use talentnav_i18n::Locale;
use talentnav_rules::{input::profile_from_value, profile::QuotaStatus};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

fn json(path: &PathBuf) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Profiles written before the added fields: the case bases, every whole profile inside a case file,
/// the documentation's example.
#[test]
fn every_old_profile_still_loads() {
    let mut profiles: Vec<(String, Value)> = Vec::new();
    for dir in ["tests/cases/base", "docs/examples"] {
        for e in fs::read_dir(root().join(dir)).unwrap() {
            let p = e.unwrap().path();
            profiles.push((p.display().to_string(), json(&p)));
        }
    }
    for e in fs::read_dir(root().join("tests/cases")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            for (i, case) in json(&p)["cases"].as_array().unwrap().iter().enumerate() {
                if let Some(profile) = case.get("profile") {
                    profiles.push((format!("{} case {i}", p.display()), profile.clone()));
                }
            }
        }
    }
    assert!(profiles.len() >= 3, "found only {} profiles", profiles.len());
    for (name, v) in profiles {
        if let Err(e) = profile_from_value(v) {
            panic!("{name}: {}", e.localized(Locale::En));
        }
    }
}

#[test]
fn the_added_fields_are_read_and_written_back() {
    let v = json(&root().join("tests/fixtures/profile-added-fields.json"));
    let p = profile_from_value(v.clone()).unwrap_or_else(|e| panic!("{}", e.localized(Locale::En)));
    let a = &p.applicant;
    assert_eq!(a.previous_ttps_grant, Some(false));
    assert_eq!(a.stateless, Some(false));
    assert_eq!(a.overseas.as_ref().and_then(|o| o.reentry_right), Some(true));
    let inv = a.assets.as_ref().and_then(|x| x.planned_investment.as_ref()).unwrap();
    assert_eq!(inv.cies_portfolio_hkd.map(|m| m.0), Some(3_000_000.0));
    assert_eq!(inv.properties.as_ref().unwrap()[0].price_hkd.map(|m| m.0), Some(52_000_000.0));
    let o = p.job_offer.as_ref().unwrap();
    assert_eq!(o.quota_status(), Some(QuotaStatus::Applied));
    assert_eq!(o.employer_listed_in_hk, Some(false));
    let d = &p.dependants.as_ref().unwrap()[0];
    assert_eq!(d.resident_of.as_ref().map(|c| c.as_str()), Some("MO"));
    assert_eq!(d.macao.as_ref().and_then(|m| m.one_way_permit), Some(false));
    // Written back, every added value is still there (nulls of unknown fields aside).
    let back = serde_json::to_value(&p).unwrap();
    fn contains(big: &Value, small: &Value) -> bool {
        match (big, small) {
            (Value::Object(b), Value::Object(s)) => s.iter().all(|(k, v)| b.get(k).is_some_and(|x| contains(x, v))),
            (Value::Array(b), Value::Array(s)) => b.len() == s.len() && b.iter().zip(s).all(|(x, y)| contains(x, y)),
            (Value::Number(b), Value::Number(s)) => b.as_f64() == s.as_f64(),
            _ => big == small,
        }
    }
    assert!(contains(&back, &v), "written back: {back}");
}

#[test]
fn the_quota_status_is_read_before_the_old_flag() {
    let base = |o: Value| {
        profile_from_value(serde_json::json!({"schema": "talentnav.profile/1", "has_job_offer": true, "job_offer": o}))
            .unwrap()
            .job_offer
            .unwrap()
            .quota_status()
    };
    use serde_json::json;
    assert_eq!(base(json!({"employer_techtas_quota": true})), Some(QuotaStatus::Granted));
    assert_eq!(base(json!({"employer_techtas_quota": false})), Some(QuotaStatus::None));
    assert_eq!(base(json!({})), None);
    assert_eq!(
        base(json!({"employer_techtas_quota": false, "employer_techtas_quota_status": "applied"})),
        Some(QuotaStatus::Applied)
    );
}

/// The committed schema (what `talentnav schema profile` prints; tests/cli.rs checks it is current)
/// names every added field where the contract puts it.
#[test]
fn the_committed_schema_carries_every_added_field() {
    let schema = json(&root().join("src-tauri/crates/rules/profile.schema.json"));
    let defs = &schema["$defs"];
    let has = |def: &str, field: &str| {
        let props = if def == "Profile" { &schema["properties"] } else { &defs[def]["properties"] };
        assert!(props.get(field).is_some(), "{def}.{field} is not in profile.schema.json");
    };
    for f in ["previous_ttps_grant", "stateless"] {
        has("Applicant", f);
    }
    has("Overseas", "reentry_right");
    for f in [
        "employer_techtas_quota_status",
        "employer_established_on",
        "employer_listed_in_hk",
        "employer_visa_sponsored_within_24_months",
    ] {
        has("JobOffer", f);
    }
    has("Assets", "planned_investment");
    for f in
        ["cies_portfolio_hkd", "equities_debt_hkd", "certificates_of_deposit_hkd", "private_funds_hkd", "properties"]
    {
        has("PlannedInvestment", f);
    }
    for f in ["kind", "price_hkd", "counted_hkd", "transaction_date"] {
        has("Property", f);
    }
    for f in ["name", "resident_of", "macao"] {
        has("Dependant", f);
    }
    for f in ["former_mainland_resident", "macao_id_since", "one_way_permit"] {
        has("DependantMacao", f);
    }
    assert_eq!(defs["QuotaStatus"]["enum"], serde_json::json!(["granted", "applied", "none"]));
}
