//! The pack in use at start: an installed pack is verified again; a missing, damaged or altered one
//! gives the built-in pack and a notice. And when the rules may be out of date.

mod common;

use common::{Reply, host, new_key, pack, serve};
use std::time::Duration;
use talentnav_i18n::Locale;
use talentnav_rules::{
    date,
    pack::{embedded_files, embedded_pack},
};
use talentnav_update::{ActivePack, Origin, Trust, artefact, client, installed, load_active_with, stale};

fn install(version: &str) -> (tempfile::TempDir, Trust) {
    let key = new_key();
    let trust = Trust::only([key.verifying_key()]);
    let dir = tempfile::tempdir().unwrap();
    let base = serve(host(version, Reply::Body(pack(version, &key))));
    let cfg = client::Config { timeout: Duration::from_secs(5), ..client::Config::default() };
    client::update(dir.path(), &base, &cfg, &trust, Locale::En).unwrap();
    (dir, trust)
}

fn pack_file(dir: &std::path::Path, version: &str) -> std::path::PathBuf {
    installed::rules_dir(dir).join(format!("{version}.tnpack"))
}

#[test]
fn nothing_installed_is_the_built_in_pack_silently() {
    let dir = tempfile::tempdir().unwrap();
    let (active, notice) = load_active_with(dir.path(), &Trust::built_in());
    assert_eq!((active.origin(), notice), (Origin::BuiltIn, None));
    assert_eq!(active.info.sha256, embedded_pack().info.sha256);
}

#[test]
fn an_installed_pack_that_no_longer_verifies_falls_back_with_a_notice() {
    // An altered byte, a deleted file, a damaged `active`, a key that is no longer trusted.
    type Damage = Box<dyn Fn(&std::path::Path)>;
    let cases: Vec<(&str, Damage, &str)> = vec![
        (
            "altered",
            Box::new(|d| {
                let p = pack_file(d, "2026.2.0");
                // The last mention is in pack.toml's text, after the signed manifest.
                let mut text = std::fs::read_to_string(&p).unwrap();
                let at = text.rfind("hk-talent").unwrap();
                text.replace_range(at..at + 9, "hk-talenT");
                std::fs::write(p, text).unwrap();
            }),
            "update-error-tampered-file",
        ),
        ("deleted", Box::new(|d| std::fs::remove_file(pack_file(d, "2026.2.0")).unwrap()), "error-io"),
        (
            "cut short",
            Box::new(|d| {
                let p = pack_file(d, "2026.2.0");
                let b = std::fs::read(&p).unwrap();
                std::fs::write(p, &b[..b.len() / 3]).unwrap();
            }),
            "update-error-not-a-pack",
        ),
        (
            "active damaged",
            Box::new(|d| std::fs::write(installed::rules_dir(d).join("active"), "\u{0}garbage").unwrap()),
            "update-reason-active-damaged",
        ),
    ];
    for (what, damage, reason) in cases {
        let (dir, trust) = install("2026.2.0");
        assert_eq!(load_active_with(dir.path(), &trust).0.origin(), Origin::Installed);
        damage(dir.path());
        let (active, notice) = load_active_with(dir.path(), &trust);
        assert_eq!(active.origin(), Origin::BuiltIn, "{what}");
        let notice = notice.unwrap_or_else(|| panic!("{what}: no notice"));
        let unnamed = what == "active damaged";
        let id = if unnamed { "update-notice-fallback-unnamed" } else { "update-notice-fallback" };
        assert_eq!(notice.message_id, id, "{what}");
        assert_eq!(notice.reason.as_ref().unwrap().message_id, reason, "{what}");
        let en = notice.localized(Locale::En);
        assert!(en.contains("cannot be used") && en.contains("2026.1.0"), "{what}: {en}");
        assert!(!en.contains("pack  ") && en.contains("2026.2.0") != unnamed, "{what}: {en}");
        assert!(notice.localized(Locale::ZhHant).contains("無法使用"), "{}", notice.localized(Locale::ZhHant));
        assert!(notice.localized(Locale::ZhHans).contains("无法使用"), "{}", notice.localized(Locale::ZhHans));
    }
    // A pack signed by a key that is not (or no longer) trusted.
    let (dir, _) = install("2026.2.0");
    let (active, notice) = load_active_with(dir.path(), &Trust::built_in());
    assert_eq!(active.origin(), Origin::BuiltIn);
    assert_eq!(notice.unwrap().reason.unwrap().message_id, "update-error-unknown-key");
}

#[test]
fn a_built_in_pack_newer_than_the_installed_one_wins() {
    // An installed 2026.0.9 (older than the app's own 2026.1.0, say after the app was updated).
    let key = new_key();
    let trust = Trust::only([key.verifying_key()]);
    let dir = tempfile::tempdir().unwrap();
    let bytes = pack("2026.0.9", &key);
    let verified = artefact::verify(&bytes, &trust).unwrap();
    installed::install(dir.path(), &bytes, &verified, Locale::En).unwrap();
    let (active, notice) = load_active_with(dir.path(), &trust);
    assert_eq!((active.origin(), notice), (Origin::BuiltIn, None));

    // With 2026.2.0 installed over it, a rollback may not go to 2026.0.9: the built-in pack would
    // still be the one in use, so there is nothing to roll back to and 2026.2.0 stays.
    let bytes = pack("2026.2.0", &key);
    let verified = artefact::verify(&bytes, &trust).unwrap();
    installed::install(dir.path(), &bytes, &verified, Locale::En).unwrap();
    assert_eq!(installed::kept(dir.path()), ["2026.2.0", "2026.0.9"]);
    assert!(installed::rollback_candidates(dir.path()).is_empty());
    let err = installed::rollback(dir.path(), &trust, Locale::En).unwrap_err();
    assert_eq!(err.message_id, "update-error-nothing-to-roll-back");
    assert_eq!(load_active_with(dir.path(), &trust).0.info.version, "2026.2.0");
}

#[test]
fn repacking_the_embedded_files_gives_the_embedded_checksum_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in talentnav_rules::pack::embedded_files() {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    std::fs::write(
        dir.path().join("release.toml"),
        "published = \"2026-01-02\"\nmin_app_version = \"0.1.0\"\ndue = [\"2027-01-01\"]\n\
         [changelog]\nen = \"x\"\nzh-Hant = \"甲\"\nzh-Hans = \"乙\"\n",
    )
    .unwrap();
    let key = new_key();
    let bytes = artefact::pack_dir(dir.path(), &key, Locale::En).unwrap();
    let v = artefact::verify(&bytes, &Trust::only([key.verifying_key()])).unwrap();
    assert_eq!(v.pack.info.sha256, embedded_pack().info.sha256);
    assert_eq!(
        (v.manifest.files.len(), v.manifest.due.as_slice()),
        (embedded_files().len(), ["2027-01-01".to_string()].as_slice())
    );
    // A pack file the loader refuses is refused before anything is signed, naming the file and key.
    std::fs::write(dir.path().join("fees.toml"), "[[fee]]\nfrm = 1\n").unwrap();
    let err = artefact::pack_dir(dir.path(), &key, Locale::En).err().unwrap();
    assert_eq!(err.message_id, "update-error-invalid-pack");
    assert!(err.localized(Locale::En).contains("fees.toml"), "{}", err.localized(Locale::En));
    // release.toml with a missing changelog language.
    std::fs::write(
        dir.path().join("release.toml"),
        "published = \"2026-01-02\"\nmin_app_version = \"0.1.0\"\n[changelog]\nen = \"x\"\n",
    )
    .unwrap();
    assert_eq!(artefact::pack_dir(dir.path(), &key, Locale::En).err().unwrap().message_id, "update-error-release-file");
}

fn d(s: &str) -> date::Date {
    date::parse(s).unwrap()
}

#[test]
fn the_built_in_rules_may_be_out_of_date_after_six_months_or_the_next_january_list() {
    let active = ActivePack::BuiltIn;
    assert_eq!(stale::as_of(&active), Some(d("2026-01-01")));
    assert_eq!(stale::due(&active), [d("2027-01-01")]);
    // Six months after 1 January is 1 July: that day is still fine, the day after is not.
    assert_eq!(stale::notice(&active, d("2026-06-30")), None);
    assert_eq!(stale::notice(&active, d("2026-07-01")), None);
    let n = stale::notice(&active, d("2026-07-02")).unwrap();
    assert_eq!(n.message_id, "update-notice-stale-age");
    assert_eq!(
        n.localized(Locale::En),
        "These rules are as of 1 Jan 2026, more than six months ago, so they may be out of date. Check for an update: talentnav rules check."
    );
    assert!(n.localized(Locale::ZhHant).contains("可能已過時"));
    assert!(n.localized(Locale::ZhHans).contains("可能已过时"));
    // On the day the next list is due, that is the reason given.
    assert_eq!(stale::notice(&active, d("2026-12-31")).unwrap().message_id, "update-notice-stale-age");
    assert_eq!(stale::notice(&active, d("2027-01-01")).unwrap().message_id, "update-notice-stale-due");
}

#[test]
fn an_installed_pack_is_dated_by_its_manifest_and_knows_its_own_due_changes() {
    let key = new_key();
    let trust = Trust::only([key.verifying_key()]);
    let files = common::files("2026.3.0");
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let p = talentnav_rules::pack::Pack::load(&refs).unwrap();
    let mut m = artefact::manifest_for(&files, &p, "2026-03-31", "0.1.0", common::changelog());
    m.due = vec!["2026-08-15".into()];
    let bytes = artefact::sign(&m, files, &key);
    let active = ActivePack::Installed(Box::new(artefact::verify(&bytes, &trust).unwrap()));
    assert_eq!(stale::as_of(&active), Some(d("2026-03-31")));
    assert_eq!(stale::due(&active), [d("2026-08-15"), d("2027-01-01")]);
    assert_eq!(stale::notice(&active, d("2026-08-14")), None);
    let due = stale::notice(&active, d("2026-08-15")).unwrap();
    assert_eq!(due.message_id, "update-notice-stale-due");
    assert!(due.localized(Locale::En).contains("15 Aug 2026"), "{}", due.localized(Locale::En));
    // 31 March + 6 months = 30 September: the due change still explains it until the age does too.
    assert_eq!(stale::notice(&active, d("2026-09-30")).unwrap().message_id, "update-notice-stale-due");
}
