//! Real PDFs, read back with poppler-utils (pdftotext, pdffonts, pdfinfo) as a reader's viewer would,
//! and checked with qpdf.

use chrono::NaiveDate;
use std::{path::Path, process::Command};
use talentnav_checklist::{
    Input, Item, Status, build, pdf,
    render::{NAME, SMALL, TEXT_W},
};
use talentnav_i18n::{Locale, args, message};
use talentnav_rules::{
    documents::Party, input::parse_profile, pack::embedded_pack, profile::Profile, report::message_id,
};

fn day(s: &str) -> NaiveDate {
    talentnav_rules::date::parse(s).unwrap()
}

fn household() -> Profile {
    parse_profile(
        r#"{"schema": "talentnav.profile/1",
            "applicant": {"name": {"family": "Chan", "given": "Tai Man", "chinese": "陳大文"},
                          "nationality": "CN", "mainland_resident": true,
                          "travel_document": {"expires_on": "2027-02-01"}},
            "has_job_offer": true, "job_offer": {"talent_list_profession": "none"},
            "dependants": [{"relationship": "spouse", "name": {"family": "Wong", "given": "Mei Ling", "chinese": "黃美玲"}},
                           {"relationship": "child", "date_of_birth": "2016-04-30"}]}"#
            .as_bytes(),
    )
    .unwrap()
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap_or_else(|e| panic!("{cmd} (poppler-utils): {e}"));
    assert!(out.status.success(), "{cmd} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

/// `text` as pdftotext gives it back: exactly, with a newline where the row's column wrapped it.
fn as_laid_out(locale: Locale, text: &str, size: f32) -> String {
    talentnav_checklist::layout::wrap(locale, text, size, TEXT_W).join("\n")
}

/// Line breaks put newlines where the layout wrapped; a reader's search ignores them, and so does this.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn created() -> chrono::NaiveDateTime {
    day("2026-11-22").and_hms_opt(9, 30, 0).unwrap()
}

fn asmtp_input(p: &Profile) -> Input<'_> {
    let mut input = Input::self_assessment(embedded_pack(), p, "asmtp", None, day("2026-11-22"));
    input.reference = Some("TN-7-12".into());
    input.planned_submission = Some(day("2027-01-15"));
    for item in &mut input.items {
        match (item.document.as_str(), item.party) {
            ("photo", Party::Applicant) => item.status = Status::Verified,
            ("hkid", Party::Applicant) => {
                item.status = Status::NotApplicable;
                item.na_reason = Some("First entry: no HKID yet 首次來港".into());
            }
            ("travel_document", Party::Dependant(0)) => {
                item.status = Status::Received;
                item.expiry = Some(day("2027-01-14"));
            }
            _ => {}
        }
    }
    input
}

#[test]
fn every_name_comes_back_exactly_in_each_language_from_embedded_subset_fonts() {
    let dir = tempfile::tempdir().unwrap();
    let p = household();
    let input = asmtp_input(&p);
    assert!(input.items.len() >= 10, "a household checklist: {}", input.items.len());
    for locale in Locale::ALL {
        let r = pdf(&input, locale, created()).unwrap();
        let file = write(dir.path(), &format!("{locale}.pdf"), &r.pdf);
        let text = run("pdftotext", &["-enc", "UTF-8", &file, "-"]);
        let flat = squash(&text);
        for item in &input.items {
            let name = message(locale, &message_id("doc", &item.document), &args![]);
            assert!(text.contains(&as_laid_out(locale, &name, NAME)), "{locale}: {name:?} missing from\n{text}");
        }
        if locale != Locale::En {
            for d in &embedded_pack().documents.document {
                if input.items.iter().any(|i| i.document == d.id) {
                    let en = as_laid_out(locale, &d.official_en, SMALL);
                    assert!(text.contains(&en), "{locale}: ImmD English name {en:?}");
                }
            }
        }
        assert!(text.contains(&message(locale, "app-name", &args![])), "{locale}: the product's name");
        let scheme = message(locale, "scheme-asmtp", &args![]);
        assert!(text.contains(&scheme), "{locale}: scheme name {scheme:?} on one line, exactly");
        assert!(text.contains("陳大文") && text.contains("CHAN Tai Man"), "{locale}: applicant's names");
        assert!(text.contains("黃美玲"), "{locale}: the spouse's section");
        assert!(text.contains("TN-7-12"), "{locale}: reference");
        assert!(flat.contains(&squash("First entry: no HKID yet 首次來港")), "{locale}: N/A reason");
        let page = message(locale, "checklist-page", &args![("page", 1usize), ("pages", r.pages)]);
        assert!(text.contains(&page), "{locale}: footer {page:?}");
        // The spouse's passport expires the day before the planned submission.
        let warning = message(
            locale,
            "checklist-expires-before-submission",
            &args![("date", "2027-01-14"), ("submit", "2027-01-15")],
        );
        assert!(flat.contains(&squash(&warning)), "{locale}: {warning:?}");

        let fonts = run("pdffonts", &[&file]);
        let rows: Vec<&str> = fonts.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(rows.len(), 1, "{locale}: one font: every letter here is in Noto Sans CJK\n{fonts}");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let name = cols[0];
            assert!(name.len() > 7 && name.as_bytes()[6] == b'+', "{locale}: subset tag on {name}");
            let face = match locale {
                Locale::ZhHant => "NotoSansCJKhk",
                Locale::ZhHans => "NotoSansCJKsc",
                Locale::En => "NotoSansCJKtc",
            };
            assert!(name.contains(face), "{locale}: {name} is not {face}");
            // emb sub uni, then the object id and generation.
            assert_eq!(&cols[cols.len() - 5..cols.len() - 2], ["yes", "yes", "yes"], "{locale}: {row}");
        }
    }
}

#[test]
fn pdf_a_2b_tagged_with_title_and_language() {
    let p = household();
    let input = asmtp_input(&p);
    let dir = tempfile::tempdir().unwrap();
    for locale in Locale::ALL {
        let r = pdf(&input, locale, created()).unwrap();
        let file = write(dir.path(), "a.pdf", &r.pdf);
        let info = run("pdfinfo", &[&file]);
        let title = build(&input, locale).title;
        let field = |name: &str| info.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or_default();
        assert_eq!(field("Title:"), title);
        assert_eq!(field("Tagged:"), "yes");
        assert_eq!(field("Page size:"), "595.28 x 841.89 pts (A4)");
        let meta = run("pdfinfo", &["-meta", &file]);
        assert!(
            meta.contains("<pdfaid:part>2</pdfaid:part>")
                && meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
            "{meta}"
        );
        // The catalog sits in a compressed object stream: ask qpdf, which also checks the structure.
        let check = run("qpdf", &["--check", &file]);
        assert!(check.contains("No syntax or stream encoding errors found"), "{check}");
        let trailer = run("qpdf", &["--show-object=trailer", &file]);
        let root = trailer.split("/Root ").nth(1).and_then(|r| r.split(' ').next()).expect("a /Root");
        let catalog = run("qpdf", &[&format!("--show-object={root}"), &file]);
        assert!(catalog.contains(&format!("/Lang ({})", locale.tag())), "{locale}: document language in {catalog}");
        assert!(catalog.contains("/StructTreeRoot") && catalog.contains("/OutputIntents"), "{catalog}");
    }
}

/// 40 documents with long notes: several pages, each numbered "x of y", every note whole.
#[test]
fn forty_items_with_long_notes_make_a_correct_multi_page_pdf() {
    let p = parse_profile(
        r#"{"schema": "talentnav.profile/1", "applicant": {"name": {"family": "Lee", "given": "Ka Yan", "chinese": "李家欣"}},
             "dependants": [{"relationship": "spouse"}, {"relationship": "child"}, {"relationship": "child"}, {"relationship": "child"}]}"#
            .as_bytes(),
    )
    .unwrap();
    let docs: Vec<&str> = embedded_pack().documents.document.iter().map(|d| d.id.as_str()).collect();
    let items: Vec<Item> = (0..40)
        .map(|i| Item {
            document: docs[i % docs.len()].to_string(),
            party: if i < 20 { Party::Applicant } else { Party::Dependant((i - 20) / 5) },
            status: [Status::Required, Status::Received, Status::NotApplicable, Status::Submitted][i % 4],
            na_reason: (i % 4 == 2)
                .then(|| format!("Reason {i}: the applicant already holds this document from an earlier application")),
            expiry: (i % 5 == 0).then(|| day("2030-06-30")),
            note: Some(format!(
                "Note {i}: {}",
                "請客戶提供正本及副本，並確保所有頁面清晰可讀；如文件並非中文或英文，須附上經認證的翻譯本。 "
                    .repeat(1 + i % 3)
            )),
            obsolete: false,
        })
        .collect();
    let input = Input {
        pack: embedded_pack(),
        profile: &p,
        scheme: "qmas",
        route: Some("qmas.gpt"),
        reference: Some("TN-1-40".into()),
        planned_submission: None,
        today: day("2026-11-22"),
        items,
    };
    let dir = tempfile::tempdir().unwrap();
    for locale in [Locale::ZhHant, Locale::En] {
        let r = pdf(&input, locale, created()).unwrap();
        assert!(r.pages >= 4, "{locale}: {} pages", r.pages);
        let file = write(dir.path(), "forty.pdf", &r.pdf);
        assert!(run("qpdf", &["--check", &file]).contains("No syntax or stream encoding errors found"));
        let info = run("pdfinfo", &[&file]);
        let pages = info.lines().find_map(|l| l.strip_prefix("Pages:")).map(str::trim);
        assert_eq!(pages, Some(r.pages.to_string().as_str()), "{info}");
        let mut all = String::new();
        for n in 1..=r.pages {
            let page = run("pdftotext", &["-enc", "UTF-8", "-f", &n.to_string(), "-l", &n.to_string(), &file, "-"]);
            let footer = message(locale, "checklist-page", &args![("page", n), ("pages", r.pages)]);
            assert!(page.contains(&footer), "{locale} page {n}: {footer:?}");
            all.push_str(&page);
        }
        let flat = squash(&all);
        for (i, item) in input.items.iter().enumerate() {
            assert!(flat.contains(&squash(item.note.as_ref().unwrap())), "{locale}: note {i} whole");
            if let Some(reason) = &item.na_reason {
                assert!(flat.contains(&squash(reason)), "{locale}: reason {i}");
            }
        }
        assert!(
            flat.contains(&squash(&message(locale, "checklist-disclaimer", &args![]))),
            "{locale}: disclaimer last"
        );
    }
}

#[test]
fn a_self_assessment_lists_what_the_rules_ask_of_the_household_with_how_to_apply_and_sources() {
    let p = household();
    for locale in Locale::ALL {
        let c = build(&Input::self_assessment(embedded_pack(), &p, "ttps", Some("ttps.a"), day("2026-11-22")), locale);
        let rows: usize = c.sections.iter().map(|s| s.rows.len()).sum();
        assert_eq!(
            rows,
            talentnav_rules::documents::checklist(embedded_pack(), &p, "ttps", Some("ttps.a"), day("2026-11-22")).len()
        );
        assert_eq!(c.sections.len(), 3, "applicant, spouse, child: no employer under TTPS");
        let reference = message(locale, "checklist-reference-none", &args![]);
        assert!(c.header.iter().any(|(_, v)| *v == reference));
        let after: Vec<&str> = c.after.iter().flat_map(|b| b.lines.iter().map(String::as_str)).collect();
        // ImmD's guidebook in the reader's edition: ID(E) in English, ID(C) in Chinese.
        let guide = if locale == Locale::En { "ID(E) 1026" } else { "ID(C) 1026" };
        assert!(after.iter().any(|l| l.contains(guide)), "{after:?}");
        let fee = talentnav_i18n::format::money(1900.0, "HKD", locale);
        assert!(after.iter().any(|l| l.contains(&fee)), "{fee}: {after:?}");
        assert!(after.iter().any(|l| l.starts_with("S1 ") && l.contains("immd.gov.hk")), "{after:?}");
        assert!(after.iter().any(|l| l.starts_with("S46 ")), "online-only rule cited: {after:?}");
    }
    // A guide that is not ImmD's is named in the reader's language, not in English.
    let c = build(&Input::self_assessment(embedded_pack(), &p, "techtas", None, day("2026-11-22")), Locale::ZhHant);
    let how = c.after.iter().find(|b| b.title == "遞交方法").unwrap();
    assert_eq!(how.lines[1], "申請指南：創新科技署「科技人才入境計劃」申請指引（TechTAS 01/02）。", "{:?}", how.lines);
    // ASSG's guidebook number is an open question: said so in words (not as register code U14), not made up.
    let c = build(&Input::self_assessment(embedded_pack(), &p, "assg", None, day("2026-11-22")), Locale::En);
    let how = c.after.iter().find(|b| b.title == "How to submit").unwrap();
    assert!(how.lines[1].contains("number is not confirmed") && !how.lines[1].contains("U14"), "{:?}", how.lines);
}

/// Every text of ours a checklist can print (catalogue and rule pack) has glyphs in the embedded
/// fonts, in every language: a missing one would make PDF/A refuse the document.
#[test]
fn everything_we_print_has_glyphs() {
    let pack = embedded_pack();
    let mut ours: Vec<String> =
        pack.sources.values().map(|s| format!("{} {}", s.title, s.url.clone().unwrap_or_default())).collect();
    ours.extend(pack.documents.document.iter().map(|d| d.official_en.clone()));
    ours.extend(pack.documents.submission.iter().filter_map(|s| s.guide.clone()));
    for locale in Locale::ALL {
        for (tag, file, text) in talentnav_i18n::sources() {
            if *tag == locale.tag() {
                let gaps = talentnav_checklist::fonts::missing(locale, text);
                assert!(gaps.is_empty(), "{locale} {file}: {gaps:?}");
            }
        }
        for text in &ours {
            assert!(talentnav_checklist::fonts::missing(locale, text).is_empty(), "{locale}: {text}");
        }
    }
}

#[test]
fn names_in_any_european_script_print_exactly_and_emoji_are_refused_by_name() {
    let p = parse_profile(
        r#"{"schema": "talentnav.profile/1",
            "applicant": {"name": {"family": "Dvořák", "given": "Łukasz Şahin", "chinese": "杜華"}},
            "dependants": [{"relationship": "spouse", "name": {"family": "Nguyễn", "given": "Thị Ελένη Юлия"}}]}"#
            .as_bytes(),
    )
    .unwrap();
    let mut input = Input::self_assessment(embedded_pack(), &p, "gep", None, day("2026-11-22"));
    input.items[0].note = Some("Tab\there, then Kraków".into());
    let dir = tempfile::tempdir().unwrap();
    for locale in Locale::ALL {
        let r = pdf(&input, locale, created()).unwrap();
        let file = write(dir.path(), "names.pdf", &r.pdf);
        let text = run("pdftotext", &["-enc", "UTF-8", &file, "-"]);
        for want in ["DVOŘÁK Łukasz Şahin 杜華", "NGUYỄN Thị Ελένη Юлия", "Tab here, then Kraków"] {
            assert!(text.contains(want), "{locale}: {want:?} in\n{text}");
        }
        let fonts = run("pdffonts", &[&file]);
        let rows: Vec<&str> = fonts.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(rows.len(), 2, "{locale}: Noto Sans CJK and Noto Sans\n{fonts}");
        assert!(rows.iter().any(|r| r.contains("+NotoSans-Regular")), "{fonts}");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            assert_eq!(&cols[cols.len() - 5..cols.len() - 2], ["yes", "yes", "yes"], "{locale}: {row}");
        }
    }

    let mut with_employer = p.clone();
    with_employer.has_job_offer = Some(true);
    with_employer.job_offer =
        Some(talentnav_rules::profile::JobOffer { employer: Some("Rocket 🚀 Ltd".into()), ..Default::default() });
    match pdf(
        &Input::self_assessment(embedded_pack(), &with_employer, "gep", None, day("2026-11-22")),
        Locale::En,
        created(),
    ) {
        Err(talentnav_checklist::ChecklistError::Unprintable(u)) => {
            assert_eq!((u.chars.as_str(), u.field.as_str()), ("🚀", "The employer's name"));
        }
        other => panic!("{other:?}"),
    }

    input.items[1].note = Some("All good 👍".into());
    match pdf(&input, Locale::En, created()) {
        Err(talentnav_checklist::ChecklistError::Unprintable(u)) => {
            assert_eq!(u.chars, "👍");
            let document = message(Locale::En, &message_id("doc", &input.items[1].document), &args![]);
            assert!(u.field.starts_with("The note on") && u.field.contains(&document), "{}", u.field);
        }
        other => panic!("{other:?}"),
    }
}

// ---- Who needs what, and when: each condition settled both ways and unknown, read back from the PDF.

/// The checklist a household gets for an application planned on 2027-01-15, as pdftotext lays it
/// out, cut into its party sections: (section title, the section's text).
fn sections_of(p: &Profile, scheme: &str, route: Option<&str>, locale: Locale) -> Vec<(String, String)> {
    let submit = day("2027-01-15");
    let input = Input {
        pack: embedded_pack(),
        profile: p,
        scheme,
        route,
        reference: None,
        planned_submission: Some(submit),
        today: day("2026-11-22"),
        items: talentnav_checklist::required_items(embedded_pack(), p, scheme, route, submit),
    };
    let c = build(&input, locale);
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "c.pdf", &pdf(&input, locale, created()).unwrap().pdf);
    let text = run("pdftotext", &["-layout", "-enc", "UTF-8", &file, "-"]);
    for line in &c.legend {
        assert!(squash(&text).contains(&squash(line)), "{locale}: legend {line:?}");
    }
    // A heading is a line of its own, not indented (a page break puts a form feed before it); the
    // header lists the same names after a label or indented.
    let mut titles: Vec<String> = c.sections.iter().map(|s| s.title.clone()).collect();
    titles.push(c.after[0].title.clone());
    let mut offsets = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        offsets.push((at, line.trim_start_matches('\u{c}').trim_end()));
        at += line.len();
    }
    let starts: Vec<usize> = titles
        .iter()
        .map(|t| {
            let found = offsets.iter().find(|(_, l)| l == t).map(|(o, _)| *o);
            found.unwrap_or_else(|| panic!("{locale}: heading {t:?} in\n{text}"))
        })
        .collect();
    (0..c.sections.len()).map(|i| (titles[i].clone(), text[starts[i]..starts[i + 1]].to_string())).collect()
}

fn section<'a>(sections: &'a [(String, String)], title: &str) -> &'a str {
    &sections.iter().find(|(t, _)| t.starts_with(title)).unwrap_or_else(|| panic!("no section {title:?}")).1
}

/// The status printed at the right of `document`'s row in `section`; `None` when it is not listed.
fn status_of(section: &str, locale: Locale, document: &str) -> Option<String> {
    let name = message(locale, &message_id("doc", document), &args![]);
    section.lines().find_map(|l| {
        let rest = l.trim_start().strip_prefix(&name)?;
        (rest.starts_with("   ")).then(|| rest.trim().to_string())
    })
}

fn m(locale: Locale, id: &str) -> String {
    message(locale, id, &args![])
}

fn not_known(locale: Locale, fact: &str) -> String {
    message(locale, "doc-not-known-yet", &args![("fact", m(locale, fact))])
}

fn profile_json(v: serde_json::Value) -> Profile {
    parse_profile(v.to_string().as_bytes()).unwrap()
}

#[test]
fn a_spouse_living_in_macao_needs_her_macao_identity_card_one_elsewhere_does_not_and_unknown_may() {
    let spouse = |lives: Option<&str>| {
        let mut d = serde_json::json!({"relationship": "spouse", "nationality": "GB",
                                       "name": {"family": "Wong", "given": "Mei Ling", "chinese": "黃美玲"}});
        if let Some(l) = lives {
            d["resident_of"] = l.into();
        }
        // Not a former Mainland resident: her admission is settled, only where she lives is asked.
        d["macao"] = serde_json::json!({"former_mainland_resident": false});
        profile_json(serde_json::json!({"schema": "talentnav.profile/1", "has_job_offer": false, "dependants": [d]}))
    };
    for locale in Locale::ALL {
        let spouse_title = message(locale, "doc-party-spouse", &args![]);
        // In Macao with her Macao facts unknown, her admission is open: every item "may be needed",
        // with the fact that would settle it.
        let mut p = spouse(Some("MO"));
        p.dependants.as_mut().unwrap()[0].macao = None;
        let s = sections_of(&p, "gep", None, locale);
        let s = section(&s, &spouse_title);
        for doc in ["macao_id", "relationship_evidence"] {
            assert_eq!(status_of(s, locale, doc), Some(m(locale, "doc-need-may-be-needed")), "{locale}\n{s}");
        }
        let required = m(locale, "doc-status-required");
        assert!(!s.lines().any(|l| l.trim_end().ends_with(&format!("   {required}"))), "{locale}\n{s}");
        assert!(squash(s).contains(&squash(&m(locale, "doc-when-dependant-admitted"))), "{locale}\n{s}");
        let fact = not_known(locale, "doc-fact-dependants-macao-former-mainland-resident");
        assert!(squash(s).contains(&squash(&fact)), "{locale}\n{s}");

        let condition = m(locale, "doc-when-dependant-macao-resident");
        let unknown = not_known(locale, "doc-fact-dependants-resident-of");

        let macao = sections_of(&spouse(Some("MO")), "gep", None, locale);
        let s = section(&macao, &spouse_title);
        assert!(s.contains("黃美玲"), "{locale}: the spouse's name in her heading");
        assert_eq!(status_of(s, locale, "macao_id"), Some(m(locale, "doc-status-required")), "{locale}\n{s}");
        assert!(!squash(s).contains(&squash(&condition)), "{locale}: settled, so no condition\n{s}");

        let london = sections_of(&spouse(Some("GB")), "gep", None, locale);
        let s = section(&london, &spouse_title);
        assert_eq!(status_of(s, locale, "macao_id"), None, "{locale}: lives in London\n{s}");
        assert_eq!(status_of(s, locale, "relationship_evidence"), Some(m(locale, "doc-status-required")));

        let open = sections_of(&spouse(None), "gep", None, locale);
        let s = section(&open, &spouse_title);
        assert_eq!(status_of(s, locale, "macao_id"), Some(m(locale, "doc-need-may-be-needed")), "{locale}\n{s}");
        assert!(squash(s).contains(&squash(&condition)) && squash(s).contains(&squash(&unknown)), "{locale}\n{s}");
        // A British spouse needs no proof of overseas residence, wherever she lives.
        assert_eq!(status_of(s, locale, "overseas_residence"), None, "{locale}\n{s}");
    }
}

#[test]
fn a_business_plan_for_a_company_set_up_6_months_before_none_at_18_months_and_may_be_needed_unknown() {
    let company = |founded: Option<&str>| {
        let mut offer = serde_json::json!({"employer": "Harbour Data Ltd", "talent_list_profession": "none"});
        if let Some(f) = founded {
            offer["employer_established_on"] = f.into();
        }
        profile_json(serde_json::json!({"schema": "talentnav.profile/1", "has_job_offer": true, "job_offer": offer}))
    };
    for locale in Locale::ALL {
        let employer = format!("{} · Harbour Data Ltd", m(locale, "doc-party-employer"));
        let condition = m(locale, "doc-when-employer-new");
        for scheme in ["gep", "asmtp"] {
            let young = sections_of(&company(Some("2026-07-15")), scheme, None, locale);
            let s = section(&young, &employer);
            assert_eq!(status_of(s, locale, "business_plan"), Some(m(locale, "doc-status-required")), "{locale}\n{s}");
            assert!(!squash(s).contains(&squash(&condition)), "{locale}: settled\n{s}");

            let old = sections_of(&company(Some("2025-07-15")), scheme, None, locale);
            let s = section(&old, &employer);
            assert_eq!(status_of(s, locale, "business_plan"), None, "{locale}: 18 months old\n{s}");
            assert_eq!(status_of(s, locale, "employment_contract"), Some(m(locale, "doc-status-required")));

            let open = sections_of(&company(None), scheme, None, locale);
            let s = section(&open, &employer);
            assert_eq!(status_of(s, locale, "business_plan"), Some(m(locale, "doc-need-may-be-needed")), "{locale}");
            let unknown = not_known(locale, "doc-fact-job-offer-employer-established-on");
            assert!(squash(s).contains(&squash(&condition)) && squash(s).contains(&squash(&unknown)), "{locale}\n{s}");
        }
    }
}

#[test]
fn iang_company_documents_for_a_listed_or_visa_sponsoring_employer_or_neither_or_unknown() {
    let company = |listed: Option<bool>, sponsored: Option<bool>| {
        let mut offer = serde_json::json!({"employer": "Harbour Data Ltd", "employer_established_on": "2026-07-15"});
        if let Some(l) = listed {
            offer["employer_listed_in_hk"] = l.into();
        }
        if let Some(s) = sponsored {
            offer["employer_visa_sponsored_within_24_months"] = s.into();
        }
        profile_json(serde_json::json!({"schema": "talentnav.profile/1", "has_job_offer": true, "job_offer": offer}))
    };
    let lifted = ["br_certificate", "financial_standing", "business_plan"];
    // Two languages: the other tests cover the third; each PDF here is a full render.
    for locale in [Locale::En, Locale::ZhHans] {
        let employer = format!("{} · Harbour Data Ltd", m(locale, "doc-party-employer"));
        let required = Some(m(locale, "doc-status-required"));
        for (listed, sponsored) in [(Some(true), None), (None, Some(true)), (Some(false), Some(true))] {
            let ss = sections_of(&company(listed, sponsored), "iang", Some("iang.non_recent"), locale);
            let s = section(&ss, &employer);
            for d in lifted {
                assert_eq!(
                    status_of(s, locale, d),
                    None,
                    "{locale}: {d} lifted, listed {listed:?} sponsored {sponsored:?}"
                );
            }
            assert_eq!(status_of(s, locale, "employment_contract"), required, "{locale}: never lifted");
        }
        let neither = sections_of(&company(Some(false), Some(false)), "iang", Some("iang.non_recent"), locale);
        let s = section(&neither, &employer);
        for d in lifted {
            assert_eq!(status_of(s, locale, d), required, "{locale}: {d}\n{s}");
        }
        assert!(!squash(s).contains(&squash(&m(locale, "doc-when-not-listed-employer"))), "{locale}: settled");

        let open = sections_of(&company(None, None), "iang", Some("iang.non_recent"), locale);
        let s = section(&open, &employer);
        for d in lifted {
            assert_eq!(status_of(s, locale, d), Some(m(locale, "doc-need-may-be-needed")), "{locale}: {d}\n{s}");
        }
        let flat = squash(s);
        assert!(flat.contains(&squash(&m(locale, "doc-when-not-listed-employer"))), "{locale}\n{s}");
        for fact in
            ["doc-fact-job-offer-employer-listed-in-hk", "doc-fact-job-offer-employer-visa-sponsored-within-24-months"]
        {
            assert!(flat.contains(&squash(&not_known(locale, fact))), "{locale}: {fact}\n{s}");
        }
    }
}

#[test]
fn a_child_who_is_18_by_the_submission_gets_a_line_saying_why_and_no_documents() {
    let p = profile_json(serde_json::json!({"schema": "talentnav.profile/1", "has_job_offer": false, "dependants": [
        {"relationship": "child", "date_of_birth": "2009-01-15", "married": false, "name": {"given": "Ka Ho"}},
        {"relationship": "child", "date_of_birth": "2009-01-16", "married": false, "name": {"given": "Ka Yan"}}]}));
    for locale in Locale::ALL {
        let ss = sections_of(&p, "ttps", Some("ttps.a"), locale);
        let born = |d: &str| message(locale, "doc-party-child-born", &args![("born", d)]);
        let adult = section(&ss, &format!("{} · Ka Ho", born("2009-01-15")));
        let reason = message(locale, "d-dependant-child-adult", &args![("age", 18i64), ("date", "2027-01-15")]);
        let line = message(locale, "doc-excluded", &args![("reason", reason)]);
        assert!(squash(adult).contains(&squash(&line)), "{locale}: {line:?} in\n{adult}");
        assert_eq!(status_of(adult, locale, "photo"), None, "{locale}: no documents for an adult child");
        // Points to act on names the child the same way: by date of birth, not by number.
        let mut planned = Input::self_assessment(embedded_pack(), &p, "ttps", Some("ttps.a"), day("2026-11-22"));
        planned.planned_submission = Some(day("2027-01-15"));
        let attention = build(&planned, locale).attention.expect("the 18th birthday is a point to act on");
        let turns = message(
            locale,
            "warn-child-turns-18",
            &args![("n", 1usize), ("born", "2009-01-15"), ("date", "2027-01-15"), ("submit", "2027-01-15")],
        );
        assert!(attention.lines.contains(&turns), "{locale}: {turns:?} in {:?}", attention.lines);
        let minor = section(&ss, &format!("{} · Ka Yan", born("2009-01-16")));
        assert_eq!(
            status_of(minor, locale, "photo"),
            Some(m(locale, "doc-status-required")),
            "{locale}: 17 on the day"
        );
    }
}

/// A 100,000-character note (pasted text, half of it without a space) is laid out in linear time:
/// wrapped and paginated over many pages (the time is printed, never asserted). A note of the
/// longest length a client file accepts makes a real PDF that splits the row between lines, has every
/// page's footer and gives the whole note back.
#[test]
fn a_100000_character_note_is_laid_out_and_the_longest_accepted_note_comes_back_whole() {
    let p = household();
    let mut input = asmtp_input(&p);
    let note: String = format!("{}{}", "證".repeat(50_000), "passport ".repeat(5_556)).chars().take(100_000).collect();
    input.items[0].note = Some(note);
    let started = std::time::Instant::now();
    let checklist = build(&input, Locale::ZhHant);
    let pages = talentnav_checklist::render::page_count(&checklist);
    eprintln!("100,000-character note: laid out on {pages} pages in {:?}", started.elapsed());
    assert!(pages > 20, "{pages} pages");

    let note: String = "申請人須提交經認證的副本。Certified copy required. ".repeat(300).chars().take(10_000).collect();
    input.items[0].note = Some(note.clone());
    let r = pdf(&input, Locale::ZhHant, created()).unwrap();
    assert_eq!(r.pages, talentnav_checklist::render::page_count(&build(&input, Locale::ZhHant)));
    assert!(r.pages >= 4, "{} pages", r.pages);
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "long.pdf", &r.pdf);
    let info = run("pdfinfo", &[&file]);
    let shown = info.lines().find_map(|l| l.strip_prefix("Pages:")).map(str::trim);
    assert_eq!(shown, Some(r.pages.to_string().as_str()), "{info}");
    let text = run("pdftotext", &["-enc", "UTF-8", &file, "-"]);
    // The note runs on across pages; what each page's foot says is taken out between them.
    let c = build(&input, Locale::ZhHant);
    let mut flat = squash(&text).replace(&squash(&format!("{} · {}", c.scheme, c.header[0].1)), "");
    for n in 1..=r.pages {
        let footer = message(Locale::ZhHant, "checklist-page", &args![("page", n), ("pages", r.pages)]);
        assert!(text.contains(&footer), "{footer}");
        flat = flat.replace(&squash(&footer), "");
    }
    assert!(flat.contains(&squash(&note)), "the note whole");
}

/// An open point that concerns several documents (who qualifies for the facilitation measures that
/// waive the employer's papers) is said in full once, and named briefly under each of them.
#[test]
fn an_open_point_is_printed_once_and_named_briefly_under_each_item() {
    let p = household();
    let pack = embedded_pack();
    for locale in Locale::ALL {
        let input = asmtp_input(&p);
        let dir = tempfile::tempdir().unwrap();
        let file = write(dir.path(), "c.pdf", &pdf(&input, locale, created()).unwrap().pdf);
        let text = squash(&run("pdftotext", &["-enc", "UTF-8", &file, "-"]));
        let full = squash(&talentnav_rules::report::render(locale, &pack.unconfirmed("U12")));
        let brief = squash(&talentnav_rules::report::render(locale, &pack.unconfirmed_brief("U12")));
        assert!(full.chars().count() > 40 && !brief.contains(&full), "{locale}: {brief}");
        assert_eq!(text.matches(&full).count(), 1, "{locale}: the U12 paragraph once in\n{text}");
        let items = talentnav_rules::documents::checklist(pack, &p, "asmtp", None, day("2027-01-15"))
            .iter()
            .filter(|i| i.open_point.as_ref().is_some_and(|o| o.code == "U12"))
            .count();
        assert!(items >= 2, "{locale}: several documents depend on U12 ({items})");
        assert_eq!(text.matches(&brief).count(), items, "{locale}: the brief line under each of them");
        assert!(text.contains(&squash(&m(locale, "checklist-open-points"))), "{locale}");
        assert!(!text.contains("U12"), "{locale}: never the code");
    }
}
