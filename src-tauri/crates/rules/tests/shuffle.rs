//! Property: the order in which degrees, jobs, languages, income entries or dependants are typed never
//! changes a verdict, a route verdict, a criterion's outcome, a dependant's outcome or the set of
//! missing facts. Profiles come from a seeded generator (same seed, same profiles), so a failure is
//! reproducible; each is assessed as generated and with every list shuffled, several times.

use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use talentnav_i18n::Locale;
use talentnav_rules::{date, input::profile_from_value, pack::embedded_pack, report::Assessment};

/// xorshift64*: small, deterministic, good enough to vary profiles.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
    /// true, false or unknown (null).
    fn flag(&mut self) -> Value {
        self.pick(&[json!(true), json!(false), json!(true), json!(false), Value::Null])
    }
    fn day(&mut self, from_year: i32, to_year: i32) -> String {
        let y = from_year + self.below((to_year - from_year + 1) as usize) as i32;
        format!("{y:04}-{:02}-{:02}", 1 + self.below(12), 1 + self.below(28))
    }
}

const INSTITUTIONS: &[&str] = &[
    "University of Leeds",
    "Imperial College London",
    "The University of Hong Kong",
    "Keio University",
    "INSEAD",
    "Harbourfront Business School",
    "清华大学",
];

fn degree(r: &mut Rng) -> Value {
    let institution = if r.below(8) == 0 { Value::Null } else { json!(r.pick(INSTITUTIONS)) };
    json!({
        "level": r.pick(&[json!("bachelor"), json!("bachelor"), json!("master"), json!("doctorate"), json!("sub_degree"), Value::Null]),
        "institution": institution,
        "country": "GB",
        "awarded_on": if r.below(8) == 0 { Value::Null } else { json!(r.day(2005, 2026)) },
        "full_time": r.flag(), "honorary": r.pick(&[json!(false), json!(false), json!(true), Value::Null]),
        "continuing_education_arm": r.pick(&[json!(false), json!(false), Value::Null]),
        "subject": "Computing", "stem": r.flag(), "top100_stem_ranked": r.flag(),
        "hk_local_programme": r.flag(), "studied_on_hk_student_visa": r.flag(),
        "ugc_funded": r.flag(), "gba_joint_campus": r.flag()
    })
}

fn job(r: &mut Rng) -> Value {
    // A job ends in a later year than it starts: impossible profiles are refused before assessment.
    let start_year = 2005 + r.below(21) as i32;
    let from = r.day(start_year, start_year);
    let to = if r.below(3) == 0 { Value::Null } else { json!(r.day(start_year + 1, 2026)) };
    json!({
        "employer": "Acme", "from": from, "to": to,
        "full_time": r.flag(), "self_employed": r.flag(), "graduate_level": r.flag(),
        "senior_role": r.flag(), "country": r.pick(&["GB", "HK", "US"]),
        "multinational_or_renowned": r.flag(),
        "field": r.pick(&[json!("innovation_technology"), json!("finance"), json!("other"), Value::Null]),
        "principally_rnd": r.flag(), "after_graduation": r.flag()
    })
}

fn language(r: &mut Rng) -> Value {
    let level = |r: &mut Rng| r.pick(&[json!("good"), json!("good"), json!("basic"), Value::Null]);
    json!({ "language": r.pick(&["en", "zh", "yue", "fr", "de"]), "written": level(r), "spoken": level(r) })
}

fn income(r: &mut Rng) -> Value {
    json!({
        "period_end": r.pick(&["2025-12-31", "2025-03-31", "2024-12-31", "2025-06-30"]),
        "amount": r.pick(&[300000, 900000, 1000000, 2500000, 3000000]),
        "currency": r.pick(&["HKD", "HKD", "USD", "GBP"]),
        "kind": r.pick(&[json!("employment"), json!("business"), json!("investment"), Value::Null])
    })
}

fn dependant(r: &mut Rng) -> Value {
    let mut d = json!({
        "relationship": r.pick(&[json!("spouse"), json!("child"), json!("child"), json!("parent"), Value::Null]),
        // After the applicant's birth (a child born earlier is refused as impossible).
        "date_of_birth": r.day(1995, 2024),
        "nationality": r.pick(&["GB", "CN", "KP"]),
        "married": r.flag()
    });
    if r.below(3) == 0 {
        d["resident_of"] = json!("MO");
        d["macao"] = json!({ "former_mainland_resident": r.flag(), "macao_id_since": r.day(2025, 2025), "one_way_permit": r.flag() });
    }
    d
}

fn list(r: &mut Rng, max: usize, make: fn(&mut Rng) -> Value) -> Value {
    if r.below(10) == 0 {
        return Value::Null;
    }
    Value::Array((0..r.below(max + 1)).map(|_| make(r)).collect())
}

fn profile(r: &mut Rng) -> Value {
    let base = include_str!("../../../../tests/cases/base/adult.json");
    let mut p: Value = serde_json::from_str(base).unwrap();
    let a = &mut p["applicant"];
    a["nationality"] = json!(r.pick(&["GB", "CN", "VN", "US"]));
    a["education"] = list(r, 3, degree);
    a["employment"] = list(r, 3, job);
    a["languages"] = list(r, 3, language);
    a["income"] = list(r, 3, income);
    a["previous_ttps_grant"] = r.flag();
    if r.below(2) == 0 {
        p["has_job_offer"] = json!(true);
        p["job_offer"] = json!({
            "employer": "Harbour Ltd", "full_time": true, "genuine_vacancy": true, "relevant_to_background": true,
            "market_level_pay": r.flag(), "degree_level_post": r.flag(), "principally_rnd": r.flag(),
            "local_recruitment_difficulty_shown": r.flag(), "talent_list_profession": "none",
            "annual_package_hkd": 900000,
            "employer_techtas_quota_status": r.pick(&[json!("granted"), json!("applied"), json!("none"), Value::Null])
        });
    }
    p["dependants"] = list(r, 3, dependant);
    p
}

const LISTS: &[(&str, &str)] = &[
    ("applicant.education", "/applicant/education"),
    ("applicant.employment", "/applicant/employment"),
    ("applicant.languages", "/applicant/languages"),
    ("applicant.income", "/applicant/income"),
    ("dependants", "/dependants"),
];

/// Shuffles every list; returns, per list, `perm[new] = old`.
fn shuffle(r: &mut Rng, p: &mut Value) -> BTreeMap<&'static str, Vec<usize>> {
    let mut perms = BTreeMap::new();
    for (name, pointer) in LISTS {
        if let Some(items) = p.pointer_mut(pointer).and_then(Value::as_array_mut) {
            let mut perm: Vec<usize> = (0..items.len()).collect();
            for i in (1..perm.len()).rev() {
                perm.swap(i, r.below(i + 1));
            }
            let old = items.clone();
            *items = perm.iter().map(|&o| old[o].clone()).collect();
            perms.insert(*name, perm);
        }
    }
    perms
}

/// A profile path of the shuffled profile, written with the original indices.
fn unshuffle(path: &str, perms: &BTreeMap<&'static str, Vec<usize>>) -> String {
    for (name, perm) in perms {
        if let Some(rest) = path.strip_prefix(&format!("{name}["))
            && let Some((n, tail)) = rest.split_once(']')
            && let Ok(n) = n.parse::<usize>()
        {
            return format!("{name}[{}]{tail}", perm[n]);
        }
    }
    path.to_string()
}

/// Everything that must not depend on order, with paths and dependants in original indices.
fn summary(a: &Assessment, perms: &BTreeMap<&'static str, Vec<usize>>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let v = |x: &dyn Erased| x.json();
    for s in &a.results {
        out.insert(format!("scheme {}", s.scheme), v(&s.verdict));
        let missing: BTreeSet<String> = s.missing_facts.iter().map(|p| unshuffle(p, perms)).collect();
        out.insert(format!("missing {}", s.scheme), format!("{missing:?}"));
        for r in &s.routes {
            out.insert(format!("route {}", r.id), v(&r.verdict));
            for k in &r.criteria {
                out.insert(format!("criterion {}", k.id), v(&k.outcome));
            }
        }
    }
    let identity: Vec<usize> = (0..a.dependants.len()).collect();
    let perm = perms.get("dependants").unwrap_or(&identity);
    for (new, d) in a.dependants.iter().enumerate() {
        let missing: BTreeSet<String> = d.missing_facts.iter().map(|p| unshuffle(p, perms)).collect();
        out.insert(format!("dependant {}", perm[new]), format!("{} {missing:?}", v(&d.outcome)));
    }
    out
}

trait Erased {
    fn json(&self) -> String;
}

impl<T: serde::Serialize> Erased for T {
    fn json(&self) -> String {
        serde_json::to_string(self).unwrap()
    }
}

#[test]
fn the_order_of_list_entries_never_changes_an_answer() {
    let mut r = Rng(0x7a1e_47ba_u64);
    let dates = ["2026-03-15", "2025-12-24", "2024-10-16", "2023-10-25"];
    let none = BTreeMap::new();
    let mut compared = 0;
    for n in 0..150 {
        let original = profile(&mut r);
        let as_of = date::parse(dates[n % dates.len()]).unwrap();
        let assess = |v: &Value| {
            let p =
                profile_from_value(v.clone()).unwrap_or_else(|e| panic!("profile {n}: {}", e.localized(Locale::En)));
            talentnav_rules::assess(embedded_pack(), &p, as_of, Locale::En)
        };
        let want = summary(&assess(&original), &none);
        for round in 0..3 {
            let mut shuffled = original.clone();
            let perms = shuffle(&mut r, &mut shuffled);
            let got = summary(&assess(&shuffled), &perms);
            let diff: Vec<String> = want
                .iter()
                .filter(|(k, v)| got.get(*k) != Some(v))
                .map(|(k, v)| format!("{k}: {v} -> {:?}", got.get(k)))
                .collect();
            assert!(
                diff.is_empty(),
                "profile {n}, shuffle {round} ({perms:?}) changed:\n{}\nprofile: {original}",
                diff.join("\n")
            );
            compared += 1;
        }
    }
    assert_eq!(compared, 450);
}
