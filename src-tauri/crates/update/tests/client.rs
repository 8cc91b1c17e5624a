//! The update client against a real HTTP server on 127.0.0.1: a good pack installs; every bad one is
//! refused with a clear message in each language, and what is on disk stays byte-for-byte the same.

mod common;

use common::{Reply, edit, host, new_key, pack, serve, signed, snapshot};
use std::{
    path::Path,
    time::{Duration, Instant},
};
use talentnav_core::{ErrorCode, UserError};
use talentnav_i18n::Locale;
use talentnav_update::{
    Origin, Trust,
    client::{self, Config, Outcome},
    installed::{self, load_active_with},
};

fn quick() -> Config {
    Config { connect_timeout: Duration::from_secs(2), timeout: Duration::from_millis(800), max_bytes: 1024 * 1024 }
}

/// A data folder where 2026.2.0 was installed from a server, and the key it was signed with.
fn installed_202620() -> (tempfile::TempDir, talentnav_update::keys::SigningKey, Trust) {
    let key = new_key();
    let trust = Trust::only([key.verifying_key()]);
    let dir = tempfile::tempdir().unwrap();
    let base = serve(host("2026.2.0", Reply::Body(pack("2026.2.0", &key))));
    let out = client::update(dir.path(), &base, &quick(), &trust, Locale::En).unwrap();
    assert!(
        matches!(out, Outcome::Installed { ref from, ref to, .. } if from == "2026.1.0" && to == "2026.2.0"),
        "{out:?}"
    );
    (dir, key, trust)
}

/// The update is refused with `message_id`, whose text names the problem in every language, and
/// nothing under the data folder changed.
fn refused(reply: Reply, version: &str, message_id: &str, english: &str) -> UserError {
    refused_signed(|_| reply.clone(), version, message_id, english)
}

fn assert_unchanged(dir: &Path, before: &std::collections::BTreeMap<String, Vec<u8>>, trust: &Trust) {
    assert_eq!(&snapshot(dir), before, "the data folder changed");
    let (active, notice) = load_active_with(dir, trust);
    assert_eq!((active.origin(), active.info.version.as_str(), notice), (Origin::Installed, "2026.2.0", None));
}

#[test]
fn a_good_update_installs_keeps_the_previous_pack_and_rolls_back() {
    let (dir, key, trust) = installed_202620();
    let (active, notice) = load_active_with(dir.path(), &trust);
    assert_eq!((active.origin(), active.info.version.as_str(), notice), (Origin::Installed, "2026.2.0", None));
    assert_eq!(active.manifest().unwrap().changelog.zh_hant, "測試資料包。");

    // The same version again is not an error: nothing to do.
    let base = serve(host("2026.2.0", Reply::Body(pack("2026.2.0", &key))));
    assert!(matches!(
        client::update(dir.path(), &base, &quick(), &trust, Locale::En).unwrap(),
        Outcome::UpToDate { .. }
    ));
    let offer = client::check(dir.path(), &base, &quick(), &trust).unwrap();
    assert!(!offer.newer && offer.current == "2026.2.0");

    let base = serve(host("2026.3.0", Reply::Body(pack("2026.3.0", &key))));
    let offer = client::check(dir.path(), &base, &quick(), &trust).unwrap();
    assert!(offer.newer && offer.latest == "2026.3.0");
    assert_eq!(load_active_with(dir.path(), &trust).0.info.version, "2026.2.0", "check installs nothing");
    client::update(dir.path(), &base, &quick(), &trust, Locale::En).unwrap();
    assert_eq!(load_active_with(dir.path(), &trust).0.info.version, "2026.3.0");
    assert_eq!(installed::kept(dir.path()), ["2026.3.0", "2026.2.0"]);

    assert_eq!(installed::rollback(dir.path(), &trust, Locale::En).unwrap(), ("2026.3.0".into(), "2026.2.0".into()));
    assert_eq!(load_active_with(dir.path(), &trust).0.info.version, "2026.2.0");
    let err = installed::rollback(dir.path(), &trust, Locale::En).unwrap_err();
    assert_eq!(err.message_id, "update-error-nothing-to-roll-back");
    // Rolled back, 2026.3.0 is still kept, and installing it again is an update like any other.
    client::update(dir.path(), &base, &quick(), &trust, Locale::En).unwrap();
    assert_eq!(load_active_with(dir.path(), &trust).0.info.version, "2026.3.0");
}

#[test]
fn nothing_installed_means_no_rollback() {
    let dir = tempfile::tempdir().unwrap();
    let err = installed::rollback(dir.path(), &Trust::built_in(), Locale::En).unwrap_err();
    assert_eq!(err.message_id, "update-error-nothing-to-roll-back");
}

#[test]
fn a_bad_signature_is_refused() {
    let key = new_key();
    let good = pack("2026.3.0", &key);
    // One hex digit of the signature changed.
    let flipped = edit(&good, |v| {
        let s = v["signature"].as_str().unwrap().to_string();
        let first = if s.starts_with('0') { "1" } else { "0" };
        v["signature"] = format!("{first}{}", &s[1..]).into();
    });
    // The manifest changed after signing (a later minimum date, say), signature kept.
    let altered = edit(&good, |v| {
        v["manifest"] = v["manifest"].as_str().unwrap().replace("2026-11-20", "2026-11-21").into();
    });
    for bytes in [flipped, altered] {
        let (dir, _, _) = installed_202620();
        let trust = Trust::only([key.verifying_key()]);
        let before = snapshot(dir.path());
        let base = serve(host("2026.3.0", Reply::Body(bytes)));
        let err = client::update(dir.path(), &base, &quick(), &trust, Locale::En).unwrap_err();
        assert_eq!(err.message_id, "update-error-bad-signature");
        assert!(err.localized(Locale::ZhHant).contains("數碼簽署"), "{}", err.localized(Locale::ZhHant));
        assert!(err.localized(Locale::ZhHans).contains("数字签名"), "{}", err.localized(Locale::ZhHans));
        assert_eq!(snapshot(dir.path()), before);
    }
}

#[test]
fn a_signature_by_an_unknown_key_is_refused() {
    let stranger = new_key();
    let err =
        refused(Reply::Body(pack("2026.3.0", &stranger)), "2026.3.0", "update-error-unknown-key", "does not trust");
    assert!(err.localized(Locale::En).contains(&talentnav_update::keys::public_hex(&stranger.verifying_key())));
}

/// [`refused`], for a reply made from a pack signed with the trusted key.
fn refused_signed(
    make: impl Fn(&talentnav_update::keys::SigningKey) -> Reply,
    version: &str,
    id: &str,
    english: &str,
) -> UserError {
    let (dir, key, trust) = installed_202620();
    let before = snapshot(dir.path());
    let base = serve(host(version, make(&key)));
    let err = client::update(dir.path(), &base, &quick(), &trust, Locale::En).unwrap_err();
    assert_eq!(err.message_id, id, "{err}");
    assert_unchanged(dir.path(), &before, &trust);
    let texts: Vec<String> = Locale::ALL.iter().map(|l| err.localized(*l)).collect();
    assert!(texts[0].contains(english), "{}", texts[0]);
    assert!(texts.iter().all(|t| !t.contains(id)), "{texts:?}");
    assert!(texts[1] != texts[0] && texts[2] != texts[1], "{texts:?}");
    err
}

#[test]
fn a_tampered_file_is_refused() {
    let err = refused_signed(
        |k| {
            Reply::Body(edit(&pack("2026.3.0", k), |v| {
                let f =
                    v["files"].as_array_mut().unwrap().iter_mut().find(|f| f["name"] == "schemes/ttps.toml").unwrap();
                f["text"] = f["text"].as_str().unwrap().replacen("2500000", "2000000", 1).into();
            }))
        },
        "2026.3.0",
        "update-error-tampered-file",
        "schemes/ttps.toml",
    );
    assert!(err.localized(Locale::ZhHant).contains("schemes/ttps.toml"));
}

#[test]
fn a_missing_file_is_refused() {
    refused_signed(
        |k| {
            Reply::Body(edit(&pack("2026.3.0", k), |v| {
                v["files"].as_array_mut().unwrap().retain(|f| f["name"] != "fees.toml");
            }))
        },
        "2026.3.0",
        "update-error-missing-file",
        "fees.toml",
    );
}

#[test]
fn a_file_the_manifest_does_not_name_is_refused() {
    refused_signed(
        |k| {
            Reply::Body(edit(&pack("2026.3.0", k), |v| {
                v["files"].as_array_mut().unwrap().push(serde_json::json!({"name": "extra.toml", "text": ""}));
            }))
        },
        "2026.3.0",
        "update-error-unexpected-file",
        "extra.toml",
    );
}

#[test]
fn a_truncated_body_is_refused() {
    let err = refused_signed(
        |k| Reply::Truncated(pack("2026.3.0", k)),
        "2026.3.0",
        "update-error-truncated",
        "stopped before the end",
    );
    assert_eq!(err.code, ErrorCode::Io);
}

#[test]
fn an_http_500_is_refused() {
    let err = refused(Reply::Status(500), "2026.3.0", "update-error-http", "HTTP status 500");
    assert_eq!(err.code, ErrorCode::Io);
}

#[test]
fn a_server_that_never_answers_times_out() {
    let start = Instant::now();
    let err = refused(Reply::Hang, "2026.3.0", "update-error-timeout", "did not answer in time");
    assert!(start.elapsed() < Duration::from_secs(10), "{:?}", start.elapsed());
    // The index itself hanging times out the same way.
    let (dir, _, trust) = installed_202620();
    let base = serve(vec![("/index.json".into(), Reply::Hang)]);
    let start = Instant::now();
    let err2 = client::check(dir.path(), &base, &quick(), &trust).unwrap_err();
    assert_eq!((err.message_id.as_str(), err2.message_id.as_str()), ("update-error-timeout", "update-error-timeout"));
    assert!(start.elapsed() < Duration::from_secs(5), "{:?}", start.elapsed());
}

#[test]
fn an_older_version_is_refused() {
    // The index offers an older pack…
    refused_signed(|k| Reply::Body(pack("2026.1.5", k)), "2026.1.5", "update-error-older", "is not newer");
    // …or says newer but the signed pack inside is older.
    let (dir, key, trust) = installed_202620();
    let before = snapshot(dir.path());
    let mut routes = host("2026.3.0", Reply::Body(pack("2026.1.9", &key)));
    routes[1].0 = "/hk-talent-2026.3.0.tnpack".into();
    let err = client::update(dir.path(), &serve(routes), &quick(), &trust, Locale::En).unwrap_err();
    assert_eq!(err.message_id, "update-error-older");
    assert!(err.localized(Locale::En).contains("2026.1.9"));
    assert_unchanged(dir.path(), &before, &trust);
}

#[test]
fn a_pack_needing_a_newer_app_is_refused_and_says_which() {
    let err = refused_signed(
        |k| Reply::Body(signed(common::files("2026.3.0"), k, "99.0.0")),
        "2026.3.0",
        "update-error-needs-newer-app",
        "needs Talent Navigator 99.0.0 or newer",
    );
    assert!(err.localized(Locale::ZhHant).contains("99.0.0") && err.localized(Locale::ZhHans).contains("99.0.0"));
}

#[test]
fn a_body_far_larger_than_the_limit_is_refused_while_reading() {
    refused(Reply::HugeDeclared, "2026.3.0", "update-error-too-large", "larger than the limit");
    let start = Instant::now();
    refused(Reply::Endless, "2026.3.0", "update-error-too-large", "larger than the limit");
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn an_index_that_points_elsewhere_or_is_not_an_index_is_refused() {
    let (dir, _, trust) = installed_202620();
    for index in [
        serde_json::json!({"format": "talentnav.rule-index/1", "pack_id": "hk-talent", "version": "2026.3.0", "file": "../x.tnpack"}),
        serde_json::json!({"format": "talentnav.rule-index/1", "pack_id": "hk-talent", "version": "2026.3.0", "file": "http://evil/x"}),
        serde_json::json!({"format": "other", "pack_id": "hk-talent", "version": "2026.3.0", "file": "x"}),
    ] {
        let base = serve(vec![("/index.json".into(), Reply::Body(serde_json::to_vec(&index).unwrap()))]);
        let err = client::check(dir.path(), &base, &quick(), &trust).unwrap_err();
        assert_eq!(err.message_id, "update-error-bad-index", "{index}");
    }
    let index = serde_json::json!({"format": "talentnav.rule-index/1", "pack_id": "other-pack", "version": "2026.3.0", "file": "x"});
    let base = serve(vec![("/index.json".into(), Reply::Body(serde_json::to_vec(&index).unwrap()))]);
    assert_eq!(client::check(dir.path(), &base, &quick(), &trust).unwrap_err().message_id, "update-error-other-pack");
}

#[test]
fn the_address_comes_from_the_environment_then_the_settings_and_must_be_http() {
    assert_eq!(client::address(Some("https://a/".into()), Some("https://b")).unwrap(), "https://a");
    assert_eq!(client::address(Some(" ".into()), Some("http://b/rules/")).unwrap(), "http://b/rules");
    assert_eq!(client::address(None, None).unwrap_err().message_id, "update-error-no-address");
    for bad in ["ftp://x", "https://", "file:///etc", "https://a b"] {
        assert_eq!(
            client::address(Some(bad.into()), None).unwrap_err().message_id,
            "update-error-bad-address",
            "{bad}"
        );
    }
}
