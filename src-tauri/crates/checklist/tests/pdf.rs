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
    let mut input = Input::self_assessment(p, "asmtp", None, day("2026-11-22"));
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
        let c = build(&Input::self_assessment(&p, "ttps", Some("ttps.a"), day("2026-11-22")), locale);
        let rows: usize = c.sections.iter().map(|s| s.rows.len()).sum();
        assert_eq!(rows, talentnav_rules::documents::checklist(embedded_pack(), &p, "ttps", Some("ttps.a")).len());
        assert_eq!(c.sections.len(), 3, "applicant, spouse, child: no employer under TTPS");
        let reference = message(locale, "checklist-reference-none", &args![]);
        assert!(c.header.iter().any(|(_, v)| *v == reference));
        let after: Vec<&str> = c.after.iter().flat_map(|b| b.lines.iter().map(String::as_str)).collect();
        // ImmD's guidebook in the reader's edition: ID(E) in English, ID(C) in Chinese.
        let guide = if locale == Locale::En { "ID(E) 1026" } else { "ID(C) 1026" };
        assert!(after.iter().any(|l| l.contains(guide)), "{after:?}");
        assert!(after.iter().any(|l| l.contains("HK$1,900")), "{after:?}");
        assert!(after.iter().any(|l| l.starts_with("S1 ") && l.contains("immd.gov.hk")), "{after:?}");
        assert!(after.iter().any(|l| l.starts_with("S46 ")), "online-only rule cited: {after:?}");
    }
    // A guide that is not ImmD's is named in the reader's language, not in English.
    let c = build(&Input::self_assessment(&p, "techtas", None, day("2026-11-22")), Locale::ZhHant);
    let how = c.after.iter().find(|b| b.title == "遞交方法").unwrap();
    assert_eq!(how.lines[1], "申請指南：創新科技署「科技人才入境計劃」申請指引（TechTAS 01/02）。", "{:?}", how.lines);
    // ASSG's guidebook number is an open question: said so in words (not as register code U14), not made up.
    let c = build(&Input::self_assessment(&p, "assg", None, day("2026-11-22")), Locale::En);
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
    let mut input = Input::self_assessment(&p, "gep", None, day("2026-11-22"));
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
