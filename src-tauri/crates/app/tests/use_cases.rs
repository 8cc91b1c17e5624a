//! The use cases both doors call, run against a real SQLite file in a temporary data folder.

use std::path::Path;
use talentnav_app::{
    Env, applications, applications::NewApplication, archive, checklist, clients, documents, rule_pack, warnings,
};
use talentnav_core::ErrorCode;
use talentnav_i18n::Locale;
use talentnav_rules::{
    date::{Date, parse},
    input::parse_profile,
    pack::{Pack, embedded_files, embedded_pack},
    profile::Profile,
};
use talentnav_store::clients::ClientQuery;

fn day(s: &str) -> Date {
    parse(s).unwrap()
}

fn env(dir: &Path, locale: Locale) -> Env<'_> {
    Env { pack: embedded_pack(), data_dir: dir, locale }
}

fn profile(extra: &str) -> Profile {
    let json = format!(
        r#"{{"schema": "talentnav.profile/1", "submission_date": "2027-01-15",
            "applicant": {{"name": {{"family": "Chan", "given": "Tai Man"}}, "nationality": "GB",
              "mainland_resident": false, "macao_resident": false, "taiwan_resident": false}},
            "has_job_offer": true, "job_offer": {{"talent_list_profession": "none"}} {extra}}}"#
    );
    parse_profile(json.as_bytes()).expect("test profile")
}

const SPOUSE: &str = r#", "dependants": [{"relationship": "spouse", "name": {"family": "Wong", "given": "Mei"}}]"#;

async fn client_with_application(e: Env<'_>, extra: &str) -> (i64, i64) {
    let c = clients::add(e, &profile(extra)).await.unwrap();
    let new = NewApplication { client_id: c.id, scheme: "gep".into(), route: None, planned: Some("2027-01-15".into()) };
    (c.id, applications::create(e, &new).await.unwrap().id)
}

#[tokio::test]
async fn clients_are_found_by_every_filter_and_their_household_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let e = env(dir.path(), Locale::En);
    let (id, _) = client_with_application(e, SPOUSE).await;
    let other = clients::add(e, &profile("")).await.unwrap();
    clients::update(e, other.id, &profile(r#", "dependants": []"#), None).await.unwrap();

    let names = |q: ClientQuery| async move {
        clients::list(e, &q).await.unwrap().into_iter().map(|c| c.id).collect::<Vec<_>>()
    };
    assert_eq!(names(ClientQuery { scheme: Some("gep".into()), ..Default::default() }).await, [id]);
    assert_eq!(names(ClientQuery { status: Some("draft".into()), ..Default::default() }).await, [id]);
    assert_eq!(names(ClientQuery { documents_missing: true, ..Default::default() }).await, [id]);
    assert_eq!(names(ClientQuery { name: Some("chan".into()), ..Default::default() }).await.len(), 2);
    assert!(names(ClientQuery { scheme: Some("ttps".into()), ..Default::default() }).await.is_empty());

    let household = clients::household(e, id).await.unwrap();
    let parties: Vec<&str> = household.iter().map(|m| m.party.as_str()).collect();
    assert_eq!(parties, ["applicant", "dependant:0"]);
    assert_eq!(household[1].label, "Spouse · WONG Mei");
    let zh = clients::household(env(dir.path(), Locale::ZhHant), id).await.unwrap();
    assert_ne!(zh[1].label, household[1].label, "the labels are in the reader's language");

    clients::delete(e, other.id).await.unwrap();
    let gone = clients::show(e, other.id).await.unwrap_err();
    assert_eq!((gone.code, gone.message_id.as_str()), (ErrorCode::InvalidInput, "store-error-no-client"));
    assert_eq!(clients::verify_audit(e).await.unwrap().first_broken, None);
}

#[tokio::test]
async fn document_items_change_one_field_at_a_time_and_warn_the_day_before_submission() {
    let dir = tempfile::tempdir().unwrap();
    let e = env(dir.path(), Locale::En);
    let (_, app) = client_with_application(e, SPOUSE).await;
    let list = documents::list(e, app).await.unwrap();
    let photo = list.items.iter().find(|v| v.item.item_key == "photo@applicant").unwrap();
    assert_eq!(photo.party_label, "Applicant");
    assert!(!photo.name.is_empty() && !photo.status_label.is_empty());
    let photo = photo.item.id;

    // "Not applicable" needs its reason.
    let e1 = documents::set_status(e, photo, "not_applicable").await.unwrap_err();
    assert_eq!(e1.code, ErrorCode::InvalidInput);
    let na = documents::not_applicable(e, photo, "Taken at the counter").await.unwrap();
    assert_eq!((na.status.as_str(), na.na_reason.as_deref()), ("not_applicable", Some("Taken at the counter")));
    assert_eq!(documents::set_status(e, photo, "received").await.unwrap().status, "received");
    assert_eq!(documents::set_note(e, photo, "original seen").await.unwrap().note.as_deref(), Some("original seen"));
    let bad = documents::set_expiry(e, photo, "2027-02-30").await.unwrap_err();
    assert_eq!(bad.code, ErrorCode::InvalidInput);

    // Expiring the day before submission warns; on the day it is still valid.
    let expiring = |d: &'static str| async move {
        documents::set_expiry(e, photo, d).await.unwrap();
        warnings::list(e, day("2026-12-01"))
            .await
            .unwrap()
            .into_iter()
            .filter(|w| w.kind == "document_expires")
            .map(|w| w.message)
            .collect::<Vec<_>>()
    };
    let warned = expiring("2027-01-14").await;
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert!(warned[0].contains("photograph"), "the document by its name, not its id: {}", warned[0]);
    assert!(expiring("2027-01-15").await.is_empty());
    assert!(expiring("2027-01-16").await.is_empty());
    assert_eq!(documents::set_expiry(e, photo, "").await.unwrap().expiry_date, None);

    let scratch = tempfile::tempdir().unwrap();
    let file = scratch.path().join("attachment.txt");
    std::fs::write(&file, b"scan").unwrap();
    let a = documents::attach(e, photo, &file, 1024).await.unwrap();
    assert_eq!((a.size, a.original_name.as_str()), (4, "attachment.txt"));
    let too_big = documents::attach(e, photo, &file, 3).await.unwrap_err();
    assert_eq!(too_big.code, ErrorCode::InvalidInput);

    // The same content on two items is stored once; detaching keeps it until the last use goes.
    let other = list.items.iter().find(|v| v.item.id != photo).unwrap().item.id;
    let b = documents::attach(e, other, &file, 1024).await.unwrap();
    let stored = dir.path().join("attachments").join(&a.sha256);
    assert_eq!(documents::detach(e, a.id).await.unwrap().id, a.id);
    assert!(documents::attachments(e, photo).await.unwrap().is_empty());
    assert!(stored.exists(), "still used by the other item");
    documents::detach(e, b.id).await.unwrap();
    assert!(!stored.exists(), "no item uses it any more");
    let again = documents::detach(e, b.id).await.unwrap_err();
    assert_eq!((again.code, again.message_id.as_str()), (ErrorCode::InvalidInput, "store-error-no-attachment"));
    assert_eq!(documents::attachments(e, 999).await.unwrap_err().message_id, "store-error-no-item");
    assert_eq!(clients::verify_audit(e).await.unwrap().first_broken, None);
}

#[tokio::test]
async fn an_application_checklist_carries_its_reference_and_what_is_still_in_hand() {
    let dir = tempfile::tempdir().unwrap();
    let e = env(dir.path(), Locale::En);
    let (client, app) = client_with_application(e, SPOUSE).await;
    let items = documents::list(e, app).await.unwrap().items;
    let spouse: Vec<i64> = items.iter().filter(|v| v.item.party == "dependant:0").map(|v| v.item.id).collect();
    assert!(spouse.len() >= 2);
    documents::set_status(e, spouse[0], "received").await.unwrap();

    // The spouse leaves the household: her documents become obsolete; the one received stays.
    clients::update(e, client, &profile(""), None).await.unwrap();
    let r = applications::regenerate(e, app).await.unwrap();
    assert_eq!(r.changes.made_obsolete.len(), r.obsolete_names.len());
    assert!(r.obsolete_names.iter().all(|n| n.contains(" — ")), "{:?}", r.obsolete_names);
    let made = checklist::for_application(e, app, day("2026-12-01")).await.unwrap();
    assert!(made.bytes.starts_with(b"%PDF-"));
    assert_eq!(made.file_name, format!("talentnav-tn-{app:04}-gep-checklist.pdf"));
    let rows = talentnav_store::Store::open(dir.path()).await.unwrap();
    let stored = rows.items(app).await.unwrap();
    let uid = rows.client(client).await.unwrap().uid;
    rows.close().await;
    let kept = checklist::printed_items(stored.clone());
    assert_eq!(made.items, kept.len());
    assert_eq!(kept.iter().filter(|i| i.obsolete).count(), 1, "only the received obsolete item stays");
    assert_eq!(stored.iter().filter(|i| !i.obsolete).count() + 1, kept.len());

    let scratch = tempfile::tempdir().unwrap();
    let pdf = scratch.path().join("out.pdf");
    talentnav_app::output::write(dir.path(), &pdf, &made.bytes, Locale::En).unwrap();
    let text = std::process::Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    let reference = format!("TN-{app:04} · {}", uid[..8].to_uppercase());
    assert!(text.contains(&reference), "{reference} not in:\n{text}");

    let missing = checklist::for_application(e, 999, day("2026-12-01")).await.err().unwrap();
    assert_eq!(missing.message_id, "store-error-no-application");
}

#[tokio::test]
async fn archives_go_out_only_outside_the_data_folder_and_come_back_as_a_new_client() {
    let dir = tempfile::tempdir().unwrap();
    let e = env(dir.path(), Locale::ZhHant);
    let (client, _) = client_with_application(e, SPOUSE).await;
    let inside = archive::export(e, client, &dir.path().join("c.zip")).await.unwrap_err();
    assert_eq!(inside.message_id, "error-output-in-data-folder");
    assert!(!dir.path().join("c.zip").exists());

    let out = tempfile::tempdir().unwrap();
    let zip = out.path().join("c.zip");
    archive::export(e, client, &zip).await.unwrap();
    let other = tempfile::tempdir().unwrap();
    let e2 = env(other.path(), Locale::ZhHant);
    let results = archive::import(e2, &[zip.clone(), out.path().join("absent.zip"), zip]).await.unwrap();
    let new_id = *results[0].as_ref().unwrap();
    assert_eq!(results[1].as_ref().unwrap_err().code, ErrorCode::InvalidInput, "a wrong name is the input's fault");
    assert_eq!(results[2].as_ref().unwrap_err().message_id, "store-error-archive-exists");
    assert_eq!(applications::list(e2, Some(new_id)).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_data_folder_or_database_that_cannot_be_used_is_an_io_failure_naming_the_path() {
    let root = tempfile::tempdir().unwrap();
    // A file where the data folder should be.
    let not_a_dir = root.path().join("data");
    std::fs::write(&not_a_dir, b"x").unwrap();
    let err = clients::list(env(&not_a_dir, Locale::En), &ClientQuery::default()).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::Io);
    assert!(err.localized(Locale::En).contains(&not_a_dir.display().to_string()), "{}", err.localized(Locale::En));

    // A database file that is not a database.
    let data = root.path().join("damaged");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join(talentnav_store::DB_FILE), vec![0x5a; 8192]).unwrap();
    let err = clients::show(env(&data, Locale::ZhHans), 1).await.unwrap_err();
    assert_eq!((err.code, err.message_id.as_str()), (ErrorCode::Io, "store-error-database"));
    let text = err.localized(Locale::ZhHans);
    assert!(text.contains("talentnav.db") && !text.contains("file is not a database"), "{text}");
    // The window's use case fails the same way, and over IPC it gets the same code.
    let p = serde_json::json!({"applicant": {"date_of_birth": "1985-04-02"}});
    let saved = talentnav_app::client_file::save(env(&data, Locale::En), &p).await.unwrap_err();
    assert_eq!((saved.code, saved.message_id.as_str()), (ErrorCode::Io, "store-error-database"));
    assert_eq!(serde_json::to_value(&saved).unwrap()["code"], "io");
}

#[tokio::test]
async fn each_use_case_works_with_the_pack_it_is_given() {
    // A second pack in the same process: the embedded files with GEP's photograph requirement removed.
    let files: Vec<(&str, String)> = embedded_files()
        .iter()
        .map(|(name, text)| {
            let text = if *name == "documents.toml" {
                let photo = "[[requirement]]\nscheme = \"gep\"\nparty = \"applicant\"\ndocument = \"photo\"\nwhen = \"always\"\nsources = [\"S3\"]\n\n";
                assert!(text.contains(photo), "the embedded pack changed shape");
                text.replacen(photo, "", 1)
            } else {
                text.to_string()
            };
            (*name, text)
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let second = Pack::load(&borrowed).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let a = env(dir.path(), Locale::En);
    let b = Env { pack: &second, ..a };
    let (client, first) = client_with_application(a, "").await;
    let new =
        NewApplication { client_id: client, scheme: "gep".into(), planned: Some("2027-01-15".into()), route: None };
    let other = applications::create(b, &new).await.unwrap().id;
    let with = documents::list(a, first).await.unwrap().items;
    let without = documents::list(b, other).await.unwrap().items;
    assert!(with.iter().any(|v| v.item.item_key == "photo@applicant"));
    assert!(!without.iter().any(|v| v.item.item_key == "photo@applicant"));
    assert_eq!(with.len(), without.len() + 1);
    // Regenerating the first application with the second pack makes the photograph obsolete.
    let r = applications::regenerate(b, first).await.unwrap();
    assert_eq!(r.changes.made_obsolete, ["photo@applicant"]);
    assert_eq!(rule_pack::identity(&second).sha256.len(), 64);
    assert_ne!(rule_pack::identity(&second).sha256, rule_pack::identity(embedded_pack()).sha256);
}

#[test]
fn a_criterion_is_shown_in_the_version_in_force_on_the_day() {
    let pack = embedded_pack();
    // Some criterion whose version starts on a date: the day before is another version (or none).
    let (id, from) = pack
        .schemes
        .iter()
        .flat_map(|s| s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria)))
        .find_map(|c| pack.rule_versions(&c.id).iter().find_map(|v| v.from.map(|f| (c.id.clone(), f.0))))
        .expect("a dated criterion");
    let on = rule_pack::show(pack, &id, from, Locale::En).unwrap();
    assert_eq!(on.from, Some(from.to_string()));
    assert!(!on.sources.is_empty() && !on.period.is_empty());
    let after = rule_pack::show(pack, &id, from.succ_opt().unwrap(), Locale::En).unwrap();
    assert_eq!(after.from, on.from);
    match rule_pack::show(pack, &id, from.pred_opt().unwrap(), Locale::En) {
        Ok(before) => assert_ne!(before.from, on.from),
        Err(e) => assert_eq!(e.message_id, "rules-error-not-in-force"),
    }
    let unknown = rule_pack::show(pack, "no.such.rule", from, Locale::En).unwrap_err();
    assert_eq!(unknown.message_id, "rules-error-unknown-rule");
    assert_eq!(rule_pack::sources(pack, Locale::En).len(), pack.sources.len());
}

/// The window's client files: a page of the list in SQL, sorted three ways; a client page with its
/// household, applications and history in words; a profile change that says which checklist would
/// change; the application page with attachments and warnings; the dashboard naming clients and items.
#[tokio::test]
async fn the_window_pages_list_sort_and_explain_a_client_file() {
    use talentnav_app::clients::ClientFilter;
    let dir = tempfile::tempdir().unwrap();
    let e = env(dir.path(), Locale::En);
    let (chan, app) = client_with_application(e, SPOUSE).await;
    let named = |family: &str| {
        profile("").applicant.name.clone().map(|mut n| {
            n.family = Some(family.into());
            n
        })
    };
    let mut ids = vec![];
    for family in ["Au", "Yip", "Lee"] {
        let mut p = profile("");
        p.applicant.name = named(family);
        ids.push(clients::add(e, &p).await.unwrap().id);
    }
    let today = day("2026-12-01");
    let page = |f: ClientFilter| async move {
        let q = f.query(today).unwrap();
        clients::list(e, &q).await.unwrap().into_iter().map(|c| c.family_name.unwrap()).collect::<Vec<_>>()
    };
    assert_eq!(page(ClientFilter::default()).await, ["Au", "Chan", "Lee", "Yip"]);
    let second = ClientFilter { offset: Some(1), limit: Some(2), ..Default::default() };
    assert_eq!(page(second).await, ["Chan", "Lee"]);
    // By deadline: the one client with an application in progress first, the rest by name.
    assert_eq!(
        page(ClientFilter { sort: Some("deadline".into()), ..Default::default() }).await,
        ["Chan", "Au", "Lee", "Yip"]
    );
    // By last change: the newest first.
    assert_eq!(page(ClientFilter { sort: Some("updated".into()), ..Default::default() }).await[0], "Lee");
    let bad = ClientFilter { sort: Some("age".into()), ..Default::default() }.query(today).unwrap_err();
    assert_eq!(bad.message_id, "error-bad-sort");
    let bad = ClientFilter { expiring_within_days: Some(-1), ..Default::default() }.query(today).unwrap_err();
    assert_eq!(bad.message_id, "error-bad-days");
    let listed = clients::list(e, &ClientFilter::default().query(today).unwrap()).await.unwrap();
    assert_eq!(listed.iter().find(|c| c.id == chan).unwrap().next_deadline.as_deref(), Some("2027-01-15"));

    // The application page: items named, the spouse's items under her name, attachments listed.
    let a = documents::page(e, app, today).await.unwrap();
    assert_eq!((a.application.scheme_name.as_str(), a.client_name.as_str()), ("GEP", "CHAN Tai Man"));
    let parties: Vec<&str> = a.items.iter().map(|i| i.view.party_label.as_str()).collect();
    assert!(parties.iter().any(|p| p.starts_with("Spouse")), "{parties:?}");
    let passport = a.items.iter().find(|i| i.view.item.item_key.starts_with("travel_document@applicant")).unwrap();
    let passport = passport.view.item.id;
    let scratch = tempfile::tempdir().unwrap();
    let file = scratch.path().join("passport scan.pdf");
    std::fs::write(&file, b"%PDF").unwrap();
    let att = documents::attach(e, passport, &file, 1024).await.unwrap();
    let edit = documents::ItemEdit {
        status: Some("received".into()),
        expiry_date: Some("2027-01-14".into()),
        ..Default::default()
    };
    documents::edit(e, passport, edit).await.unwrap();
    let a = documents::page(e, app, today).await.unwrap();
    assert_eq!(a.attachments.iter().map(|x| x.id).collect::<Vec<_>>(), [att.id]);
    let w = a.warnings.iter().find(|w| w.kind == "document_expires").expect("expires the day before submission");
    assert_eq!(w.item_id, Some(passport));
    // The dashboard has it too, naming the client.
    let d = warnings::dashboard(e, today).await.unwrap();
    let w = d.iter().find(|w| w.item_id == Some(passport)).unwrap();
    assert_eq!(w.client_name.as_deref(), Some("CHAN Tai Man"));
    // The viewer gets a copy under the file's own name, outside the data folder.
    let view = scratch.path().join("view");
    let copy = documents::viewing_copy(e, passport, att.id, &view).await.unwrap();
    assert_eq!(
        (copy.file_name().unwrap().to_str().unwrap(), std::fs::read(&copy).unwrap()),
        ("passport scan.pdf", b"%PDF".to_vec())
    );
    assert_eq!(
        documents::viewing_copy(e, passport, 999, &view).await.unwrap_err().message_id,
        "store-error-no-attachment"
    );

    // Dropping the spouse: the page says which checklist would change, nothing is written until
    // the consultant regenerates, and the regeneration says the same.
    clients::update(e, chan, &profile(r#", "dependants": []"#), None).await.unwrap();
    let pending = applications::pending_changes(e, chan).await.unwrap();
    assert_eq!(pending.len(), 1);
    assert!(!pending[0].made_obsolete.is_empty(), "{pending:?}");
    assert!(pending[0].made_obsolete.iter().all(|n| n.contains(" — ")), "{pending:?}");
    assert!(documents::list(e, app).await.unwrap().items.iter().all(|i| !i.item.obsolete));
    let done = applications::regenerate_summary(e, app).await.unwrap();
    assert_eq!(
        (done.made_obsolete.clone(), done.added.clone()),
        (pending[0].made_obsolete.clone(), pending[0].added.clone())
    );
    assert!(applications::pending_changes(e, chan).await.unwrap().is_empty());

    // The client page: household, applications and the history in words, newest first.
    let p = clients::page(e, chan).await.unwrap();
    assert_eq!(p.household.len(), 1);
    assert_eq!(p.applications[0].status_label, "Draft");
    let lines: Vec<&str> = p.history.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(lines[0], "GEP checklist regenerated");
    assert!(lines.contains(&"Profile changed") && lines.contains(&"GEP application opened"), "{lines:?}");
    assert!(lines.contains(&"File attached: passport scan.pdf"), "{lines:?}");
    assert!(lines.iter().any(|l| l.ends_with(": Received")), "{lines:?}");
    assert_eq!(*lines.last().unwrap(), "Client file created");
    let zh = clients::page(env(dir.path(), Locale::ZhHant), chan).await.unwrap();
    assert_eq!(zh.history.last().unwrap().text, "已建立客戶檔案");
}

/// Notes on an application: added from either door, on the client page newest first, and in its
/// history in the reader's language, quoting the note (a long one cut short, on one line).
#[tokio::test]
async fn a_note_on_an_application_is_on_the_client_page_and_in_its_history_in_words() {
    use talentnav_app::notes;
    let dir = tempfile::tempdir().unwrap();
    let e = env(dir.path(), Locale::En);
    let (client, app) = client_with_application(e, "").await;
    let first = notes::add(e, app, "Passport renewal booked").await.unwrap();
    let long = format!("Employer\nwill send {}", "the contract ".repeat(10));
    let second = notes::add(e, app, &long).await.unwrap();
    assert_eq!((first.client_id, first.application_id), (client, Some(app)));
    let ids: Vec<i64> = notes::list(e, client).await.unwrap().iter().map(|n| n.id).collect();
    assert_eq!(ids, [second.id, first.id]);
    assert_eq!(notes::of_application(e, app).await.unwrap().len(), 2);
    let err = notes::add(e, 9999, "x").await.unwrap_err();
    assert_eq!((err.code, err.message_id.as_str()), (ErrorCode::InvalidInput, "store-error-no-application"));
    assert_eq!(notes::add(e, app, "   ").await.unwrap_err().message_id, "store-error-empty-note");

    let page = clients::page(e, client).await.unwrap();
    assert_eq!(
        page.notes.iter().map(|n| n.body.as_str()).collect::<Vec<_>>(),
        [long.as_str(), "Passport renewal booked"]
    );
    let cut = format!("Employer will send {}…", "the contract ".repeat(10).get(..61).unwrap());
    let want = [
        (Locale::En, "Note on the GEP application: "),
        (Locale::ZhHant, "一般就業政策申請的備註："),
        (Locale::ZhHans, "一般就业政策申请的备注："),
    ];
    for (l, prefix) in want {
        let p = clients::page(env(dir.path(), l), client).await.unwrap();
        let notes: Vec<&str> = p.history.iter().map(|h| h.text.as_str()).filter(|t| t.starts_with(prefix)).collect();
        assert_eq!(notes, [format!("{prefix}{cut}"), format!("{prefix}Passport renewal booked")], "{l:?}");
    }
}

/// The dashboard's documents still missing: one row per application in progress, by planned
/// submission, naming the first three and linking to the first; a planned day before the dashboard's
/// date has passed, on it or after it is still to come; a submitted application has none.
#[tokio::test]
async fn the_dashboard_says_which_documents_are_still_missing_as_of_its_day() {
    let dir = tempfile::tempdir().unwrap();
    let e = env(dir.path(), Locale::En);
    let c = clients::add(
        e,
        &profile(r#", "dependants": [{"relationship": "spouse", "name": {"family": "Wong", "given": "Mei"}}]"#),
    )
    .await
    .unwrap();
    let mut ids = Vec::new();
    for (scheme, planned) in
        [("ttps", "2026-03-16"), ("gep", "2026-03-14"), ("asmtp", "2026-03-15"), ("qmas", "2026-03-10")]
    {
        let new = NewApplication { client_id: c.id, scheme: scheme.into(), route: None, planned: Some(planned.into()) };
        ids.push(applications::create(e, &new).await.unwrap().id);
    }
    applications::set_status(e, ids[3], "submitted").await.unwrap();
    let as_of = day("2026-03-15");
    let rows = |l: Locale| missing_rows(dir.path(), l, as_of);
    let en = rows(Locale::En).await;
    assert_eq!(
        en.iter().map(|w| w.application_id).collect::<Vec<_>>(),
        [ids[1], ids[2], ids[0]],
        "by planned day; not the submitted one"
    );
    let gep = documents::list(e, ids[1]).await.unwrap();
    let missing: Vec<&documents::ItemView> = gep
        .items
        .iter()
        .filter(|i| i.need == Some(talentnav_rules::documents::Need::Required) && i.item.status == "required")
        .collect();
    assert_eq!(en[0].item_id, Some(missing[0].item.id), "links to the first missing item");
    assert_eq!(en[0].client_name.as_deref(), Some("CHAN Tai Man"));
    let name = |i: &documents::ItemView| {
        format!("{} — {}", documents::document_name(Locale::En, &i.item.document), i.party_label)
    };
    let named = missing[..3].iter().map(|i| name(i)).collect::<Vec<_>>().join(", ");
    let n = missing.len();
    assert_eq!(
        en[0].message,
        format!(
            "GEP: {n} documents still missing: {named} and {} more (the planned submission on 14 Mar 2026 has passed)",
            n - 3
        )
    );
    assert!(en[1].message.ends_with("(submission planned on 15 Mar 2026)"), "on the day: {}", en[1].message);
    assert!(en[2].message.ends_with("(submission planned on 16 Mar 2026)"), "{}", en[2].message);

    // In both Chinese scripts, in the same order.
    let hant = rows(Locale::ZhHant).await;
    assert!(hant[0].message.starts_with(&format!("一般就業政策：尚欠 {n} 份文件：")), "{}", hant[0].message);
    assert!(
        hant[0].message.ends_with(&format!("及另外 {} 份（預計遞交日期2026年3月14日已過）", n - 3)),
        "{}",
        hant[0].message
    );
    let hans = rows(Locale::ZhHans).await;
    assert!(hans[0].message.starts_with(&format!("一般就业政策：尚缺 {n} 份材料：")), "{}", hans[0].message);
    assert!(hans[1].message.ends_with("（预计于2026年3月15日递交）"), "{}", hans[1].message);

    // Everything received for the GEP application: its row goes.
    for i in &missing {
        documents::set_status(e, i.item.id, "received").await.unwrap();
    }
    assert_eq!(rows(Locale::En).await.iter().map(|w| w.application_id).collect::<Vec<_>>(), [ids[2], ids[0]]);
}

/// The dashboard's documents-still-missing rows as of `as_of`, in `l`.
async fn missing_rows(dir: &Path, l: Locale, as_of: Date) -> Vec<warnings::WarningView> {
    let all = warnings::dashboard(env(dir, l), as_of).await.unwrap();
    all.into_iter().filter(|w| w.kind == "missing_items").collect()
}
