//! Every message the engine can emit, and every label of the pack, exists in all three locales.

use talentnav_i18n::{Locale, message_exists};
use talentnav_rules::{pack::embedded_pack, report::message_id};

const SOURCES: &[&str] = &[
    include_str!("../src/checks/mod.rs"),
    include_str!("../src/checks/identity.rs"),
    include_str!("../src/checks/age.rs"),
    include_str!("../src/checks/income.rs"),
    include_str!("../src/checks/education.rs"),
    include_str!("../src/checks/work.rs"),
    include_str!("../src/checks/offer.rs"),
    include_str!("../src/checks/money.rs"),
    include_str!("../src/checks/dependants.rs"),
    include_str!("../src/checks/scheme.rs"),
    include_str!("../src/engine.rs"),
    include_str!("../src/legacy.rs"),
    include_str!("../src/report.rs"),
    include_str!("../src/input.rs"),
    include_str!("../src/profile.rs"),
    include_str!("../src/documents.rs"),
];

/// Quoted message ids in the engine's source: "d-…", "h-…", "n-…", "review-…", "cmp-…", "profile-error-…", "kind-…".
fn ids_in_code() -> Vec<String> {
    let prefixes = ["d-", "h-", "n-", "review-", "cmp-", "profile-error-", "kind-", "doc-"];
    let mut out = Vec::new();
    for src in SOURCES {
        for piece in src.split('"').skip(1).step_by(2) {
            let looks_like_id = prefixes.iter().any(|p| piece.starts_with(p))
                && piece.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !piece.ends_with('-');
            if looks_like_id && !out.contains(&piece.to_string()) {
                out.push(piece.to_string());
            }
        }
    }
    out
}

/// Families named by prefix only (`d-net-assets-6m` + `-met` / `-below`, `doc-fact` + a profile path)
/// are not messages themselves.
const FAMILIES: &[&str] = &["d-net-assets-6m", "d-net-assets-2y", "d-investment", "doc-fact"];

#[test]
fn every_message_the_engine_uses_exists_in_every_locale() {
    let ids = ids_in_code();
    assert!(ids.len() > 150, "found only {} ids; is the scan broken?", ids.len());
    let mut missing = Vec::new();
    for id in ids.iter().filter(|id| !FAMILIES.contains(&id.as_str())) {
        for l in Locale::ALL {
            if !message_exists(l, id) {
                missing.push(format!("{l}: {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "missing messages:\n{}", missing.join("\n"));
}

#[test]
fn every_scheme_route_and_criterion_has_a_name_in_every_locale() {
    let mut missing = Vec::new();
    for s in &embedded_pack().schemes {
        let mut ids = vec![message_id("scheme", &s.id), message_id("scheme", &format!("{}-short", s.id))];
        if s.in_operation.is_some() {
            ids.push(message_id("c", &format!("{}.in_operation", s.id)));
        }
        ids.extend(s.common.iter().map(|c| message_id("c", &c.id)));
        for r in &s.route {
            ids.push(message_id("r", &r.id));
            ids.extend(r.criteria.iter().map(|c| message_id("c", &c.id)));
        }
        for id in ids {
            for l in Locale::ALL {
                if !message_exists(l, &id) {
                    missing.push(format!("{l}: {id}"));
                }
            }
        }
    }
    for d in &embedded_pack().documents.document {
        for l in Locale::ALL {
            if !message_exists(l, &message_id("doc", &d.id)) {
                missing.push(format!("{l}: document {}", d.id));
            }
        }
    }
    for v in ["eligible", "not_eligible", "needs_info", "needs_review"] {
        for l in Locale::ALL {
            if !message_exists(l, &message_id("verdict", v)) {
                missing.push(format!("{l}: verdict {v}"));
            }
        }
    }
    assert!(missing.is_empty(), "missing names:\n{}", missing.join("\n"));
}
