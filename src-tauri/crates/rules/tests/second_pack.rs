//! Two rule packs in one process, each assessed on its own terms: nothing the engine derives from a
//! pack (the university index and its suggestions, the localized labels and source lists) is kept
//! anywhere but in that pack. The second pack is the embedded one with the TTPS Category A income
//! threshold raised, the University of Leeds taken off the aggregate list and a source retitled.

use talentnav_i18n::Locale;
use talentnav_rules::{
    date::{Date, parse},
    engine::Verdict,
    input::parse_profile,
    pack::{Pack, embedded_files, embedded_pack},
    profile::Profile,
    report::{Assessment, CriterionResult},
    universities::{Membership, membership},
};

const LEEDS: &str = "[[institution]]\nname = \"University of Leeds\"\ncountry = \"GB\"\n\n";
/// Appended to S1's title in each language by the second pack.
const RETITLED: &str = "(second pack)";

fn second_pack() -> Pack {
    let edits: [(&str, &str, &str); 7] = [
        (
            "schemes/ttps.toml",
            "check = \"income_at_least\"\nhkd = 2500000",
            "check = \"income_at_least\"\nhkd = 3000000",
        ),
        ("schemes/ttps.toml", "months = 36\nyears = 5", "months = 48\nyears = 5"),
        // Only the period in force from 2025-03-01 changes: the label follows the criterion of the day.
        ("schemes/new_cies.toml", "hkd = 30000000\nwindow = \"six_months\"", "hkd = 40000000\nwindow = \"six_months\""),
        ("aggregate-list.toml", LEEDS, ""),
        (
            "sources.toml",
            "title = \"ImmD: Top Talent Pass Scheme\"",
            &format!("title = \"ImmD: Top Talent Pass Scheme {RETITLED}\""),
        ),
        (
            "sources.toml",
            "title-zh-Hant = \"入境處：高端人才通行證計劃\"",
            &format!("title-zh-Hant = \"入境處：高端人才通行證計劃{RETITLED}\""),
        ),
        (
            "sources.toml",
            "title-zh-Hans = \"入境处：高端人才通行证计划\"",
            &format!("title-zh-Hans = \"入境处：高端人才通行证计划{RETITLED}\""),
        ),
    ];
    let files: Vec<(&str, String)> = embedded_files()
        .iter()
        .map(|(name, text)| {
            let mut text = text.to_string();
            for (_, find, replace) in edits.iter().filter(|(file, _, _)| file == name) {
                assert!(text.contains(find), "{find:?} is not in {name}");
                text = text.replacen(find, replace, 1);
            }
            (*name, text)
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Pack::load(&borrowed).unwrap_or_else(|e| panic!("the second pack loads: {e}"))
}

/// Earns HK$2.8m and holds a Leeds bachelor's degree with over three years of work since.
fn profile() -> Profile {
    let json = r#"{
      "schema": "talentnav.profile/1",
      "submission_date": "2026-03-15",
      "applicant": {
        "date_of_birth": "1990-05-20", "nationality": "GB", "place_of_birth": "GB",
        "mainland_resident": false, "macao_resident": false, "taiwan_resident": false,
        "clear_criminal_record": true, "financial_means": true, "previous_ttps_grant": false,
        "travel_document": {"kind": "passport", "expires_on": "2032-01-01"},
        "education": [{"level": "bachelor", "institution": "University of Leeds", "country": "GB",
          "awarded_on": "2012-06-30", "full_time": true, "honorary": false, "continuing_education_arm": false,
          "hk_local_programme": false, "studied_on_hk_student_visa": false}],
        "employment": [{"employer": "Acme Ltd", "from": "2012-09-01", "to": null, "full_time": true,
          "self_employed": false, "graduate_level": true, "country": "GB", "after_graduation": true}],
        "income": [{"period_end": "2025-12-31", "amount": 2800000, "currency": "HKD", "kind": "employment"}]
      }
    }"#;
    parse_profile(json.as_bytes()).expect("the profile is valid")
}

fn on() -> Date {
    parse("2026-03-15").unwrap()
}

fn criterion<'a>(a: &'a Assessment, id: &str) -> &'a CriterionResult {
    a.results
        .iter()
        .flat_map(|s| &s.routes)
        .flat_map(|r| &r.criteria)
        .find(|k| &*k.id == id)
        .unwrap_or_else(|| panic!("{id} is in the report"))
}

fn route_verdict(a: &Assessment, id: &str) -> Verdict {
    a.results.iter().flat_map(|s| &s.routes).find(|r| &*r.id == id).map(|r| r.verdict).expect("the route")
}

fn scheme_verdict(a: &Assessment, id: &str) -> Verdict {
    a.results.iter().find(|s| &*s.scheme == id).map(|s| s.verdict).expect("the scheme")
}

#[test]
fn two_packs_in_one_process_give_each_its_own_answer_and_words() {
    let (first, second) = (embedded_pack(), &second_pack());
    let p = profile();
    assert_ne!(first.info.sha256, second.info.sha256);
    // Interleaved, in every locale, so that whatever one pack's report built first cannot serve the other.
    for locale in Locale::ALL {
        let a2 = talentnav_rules::assess(second, &p, on(), locale);
        let a1 = talentnav_rules::assess(first, &p, on(), locale);
        let a2_again = talentnav_rules::assess(second, &p, on(), locale);
        assert_eq!(a1.rule_pack.sha256, first.info.sha256);
        assert_eq!(a2.rule_pack.sha256, second.info.sha256);

        // Income: HK$2.8m meets HK$2.5m, not HK$3m.
        assert_eq!(route_verdict(&a1, "ttps.a"), Verdict::Eligible, "{locale:?}");
        assert_eq!(route_verdict(&a2, "ttps.a"), Verdict::NotEligible, "{locale:?}");
        // Amounts as the reader's language writes them (HK$2,500,000, 港幣250萬元, 250万港元).
        let hkd = |n: f64| talentnav_i18n::format::money(n, "HKD", locale);
        let (m25, m30, m300, m400) = (hkd(2_500_000.0), hkd(3_000_000.0), hkd(30_000_000.0), hkd(40_000_000.0));
        let (e1, e2) = (&criterion(&a1, "ttps.a.income").explanation, &criterion(&a2, "ttps.a.income").explanation);
        assert!(e1.contains(&m25) && !e1.contains(&m30), "{e1}");
        assert!(e2.contains(&m30) && !e2.contains(&m25), "{e2}");

        // Labels state the pack's own thresholds, as the explanations do.
        let label = |a: &Assessment, id: &str| criterion(a, id).label.to_string();
        let (l1, l2) = (label(&a1, "ttps.a.income"), label(&a2, "ttps.a.income"));
        assert!(l1.contains(&m25) && !l1.contains(&m30), "{l1}");
        assert!(l2.contains(&m30) && !l2.contains(&m25), "{l2}");
        let (l1, l2) = (label(&a1, "ttps.b.experience"), label(&a2, "ttps.b.experience"));
        assert!(l1.contains('3') && !l1.contains('4'), "{l1}");
        assert!(l2.contains('4') && !l2.contains('3'), "{l2}");
        let (l1, l2) = (label(&a1, "new_cies.net_assets"), label(&a2, "new_cies.net_assets"));
        assert!(l1.contains(&m300) && !l1.contains(&m400), "{l1}");
        assert!(l2.contains(&m400) && !l2.contains(&m300), "{l2}");

        // The university: listed in the first pack, not in the second.
        assert_eq!(route_verdict(&a1, "ttps.b"), Verdict::Eligible, "{locale:?}");
        assert_eq!(route_verdict(&a2, "ttps.b"), Verdict::NotEligible, "{locale:?}");
        assert_eq!(scheme_verdict(&a1, "ttps"), Verdict::Eligible);
        assert_eq!(scheme_verdict(&a2, "ttps"), Verdict::NotEligible);

        // The cited source's title, from each pack's own sources, in the report's language.
        let title = |a: &Assessment| criterion(a, "ttps.a.income").sources.get().to_string();
        assert!(title(&a2).contains(RETITLED), "{}", title(&a2));
        assert!(!title(&a1).contains(RETITLED), "{}", title(&a1));
        let own = if locale == Locale::En { "Top Talent Pass" } else { "高端人才通" };
        assert!(title(&a1).contains(own) && title(&a2).contains(own), "{locale:?}: {}", title(&a1));

        // The same pack gives the same report, whatever was assessed in between.
        assert_eq!(serde_json::to_string(&a2).unwrap(), serde_json::to_string(&a2_again).unwrap());
    }
}

/// Every label of every criterion, on dates before and after each change of the pack, in every
/// locale: each value the label names is given (no `{ $x }` left unresolved), and no literal amount
/// of money is left in a label (amounts are pack parameters).
#[test]
fn every_label_takes_its_values_from_the_pack() {
    let p = profile();
    for day in ["2024-06-01", "2026-03-15"] {
        for locale in Locale::ALL {
            let a = talentnav_rules::assess(embedded_pack(), &p, parse(day).unwrap(), locale);
            for k in a.results.iter().flat_map(|s| &s.routes).flat_map(|r| &r.criteria) {
                let l = k.label.to_string();
                assert!(!l.is_empty() && !l.contains('{') && !l.contains('}'), "{} ({locale:?}): {l}", k.id);
                let words = without_money(&l);
                assert!(
                    !words.contains("million") && !words.contains('萬') && !words.contains('万'),
                    "{} ({locale:?}): {l}",
                    k.id
                );
            }
        }
    }
}

#[test]
fn each_pack_suggests_only_its_own_universities() {
    let (first, second) = (embedded_pack(), &second_pack());
    let typo = "Univercity of Leeds";
    for _ in 0..2 {
        assert_eq!(
            membership(first, typo, on()),
            Membership::Unknown { suggestion: Some("University of Leeds".into()) }
        );
        assert!(
            !matches!(membership(second, typo, on()), Membership::Unknown { suggestion: Some(s) } if s.contains("Leeds")),
            "the second pack has no Leeds to suggest"
        );
        assert_eq!(membership(first, "University of Leeds", on()), Membership::Listed("University of Leeds".into()));
        assert!(matches!(membership(second, "University of Leeds", on()), Membership::Unknown { .. }));
    }
}

/// Inside this crate the embedded pack is defined, and used by tests only: everything else takes the
/// pack it is given.
#[test]
fn only_tests_reach_for_the_embedded_pack() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.clone()];
    let mut offenders = Vec::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // Unit tests sit at the end of each file, after `#[cfg(test)]`.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let call = line.contains("embedded_pack()") && !line.trim_start().starts_with("//");
            if call && !line.contains("pub fn embedded_pack()") {
                offenders.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(offenders.is_empty(), "the embedded pack is used outside tests:\n{}", offenders.join("\n"));
}

/// `text` without the amounts MONEY() writes in Chinese (港幣250萬元, 250万港元), so that a 萬 left is one
/// a message wrote itself.
fn without_money(text: &str) -> String {
    let amount = |c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | '萬' | '億' | '万' | '亿');
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("港幣") {
        out.push_str(&rest[..i]);
        let after = rest[i + "港幣".len()..].trim_start_matches(amount);
        rest = after.strip_prefix('元').unwrap_or(after);
    }
    out.push_str(rest);
    // 250万港元: the amount is what stands right before 港元.
    let parts: Vec<&str> = out.split("港元").collect();
    let last = parts.len() - 1;
    parts.iter().enumerate().map(|(n, p)| if n < last { p.trim_end_matches(amount) } else { p }).collect()
}
