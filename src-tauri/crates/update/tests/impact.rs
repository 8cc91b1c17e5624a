//! The impact report: a pack that moves the TTPS A threshold and removes one university names exactly
//! the clients whose verdicts change, with the criteria that moved and why.

mod common;

use talentnav_i18n::Locale;
use talentnav_rules::{
    checks::Outcome,
    date,
    engine::Verdict,
    pack::{Pack, embedded_pack},
};
use talentnav_update::impact;

fn load(files: &[(String, String)]) -> Pack {
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    Pack::load(&refs).unwrap()
}

#[test]
fn a_stricter_pack_names_whose_verdicts_change_and_why() {
    let new = load(&common::stricter("2026.3.0"));
    let old = embedded_pack();
    let on = date::parse("2026-07-01").unwrap();

    // HK$2.6M a year: TTPS A under HK$2.5M, not under HK$3M.
    let rich = impact::changes(&common::profile("Monash University", 2_600_000), on, old, &new, Locale::En);
    let a = rich.iter().find(|c| c.route == "ttps.a").unwrap_or_else(|| panic!("{rich:?}"));
    assert_eq!((a.before, a.after), (Verdict::Eligible, Verdict::NotEligible));
    let income = a.criteria.iter().find(|c| c.id == "ttps.a.income").unwrap();
    assert_eq!((income.before, income.after), (Some(Outcome::Met), Some(Outcome::NotMet)));
    assert!(income.why.contains("3,000,000"), "{}", income.why);
    assert!(rich.iter().all(|c| c.scheme == "ttps" || c.scheme == "qmas"), "{rich:?}");

    // An Imperial graduate: TTPS C no longer (the university is off the list on the day).
    let imperial = impact::changes(&common::profile("Imperial College London", 0), on, old, &new, Locale::ZhHant);
    let c = imperial.iter().find(|c| c.route == "ttps.c").unwrap_or_else(|| panic!("{imperial:?}"));
    assert_ne!(c.before, c.after);
    assert_eq!(c.after, Verdict::NotEligible);
    let degree = c.criteria.iter().find(|x| x.id == "ttps.c.degree").unwrap();
    assert_eq!(degree.after, Some(Outcome::NotMet));
    assert!(degree.why.contains("Imperial College London"), "{}", degree.why);
    assert!(!c.route_name.is_empty() && !degree.label.is_empty());

    // Neither rich nor from Imperial: nothing changes. Nor does anything before 2026-06-01 for Imperial.
    assert_eq!(impact::changes(&common::profile("Monash University", 0), on, old, &new, Locale::En), []);
    let before = date::parse("2026-05-31").unwrap();
    let early = impact::changes(&common::profile("Imperial College London", 0), before, old, &new, Locale::En);
    assert!(early.iter().all(|c| c.route != "ttps.c"), "{early:?}");
    // The same pack against itself: no change at all.
    assert_eq!(impact::changes(&common::profile("Imperial College London", 2_600_000), on, old, old, Locale::En), []);
}

#[test]
fn only_the_affected_clients_are_reported() {
    // The 10,000-client timing is the bench (benches/impact.rs); here, which clients.
    let new = load(&common::stricter("2026.3.0"));
    let on = date::parse("2026-07-01").unwrap();
    let clients = common::clients(400);
    let changed: Vec<bool> =
        clients.iter().map(|p| !impact::changes(p, on, embedded_pack(), &new, Locale::En).is_empty()).collect();
    for (i, c) in changed.iter().enumerate() {
        // Imperial graduates change, and incomes from HK$2.5M up to (not including) HK$3M.
        let income = 2_000_000 + (i as u64 % 1000) * 2_500;
        let expected = match i % 4 {
            0 => true,
            1 => (2_500_000..3_000_000).contains(&income),
            _ => false,
        };
        assert_eq!(*c, expected, "client {i}");
    }
}
