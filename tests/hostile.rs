//! The `talentnav` binary against hostile input, as real processes: FIFOs that must not block, names
//! that must not inject terminal escapes, search wildcards taken literally, two processes importing
//! one archive at once, and a zip bomb under a 1 GB address-space limit.

use sha2::{Digest, Sha256};
use std::{
    io::Read,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
    time::{Duration, Instant},
};

mod common;
use common::{rewrite_archive, talentnav};

fn ok_json(out: Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// Runs `talentnav`, killing it if it has not finished within `secs`: a FIFO must never block it.
fn talentnav_within(data: &Path, args: &[&str], secs: u64) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_talentnav"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "C")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(secs);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("talentnav {args:?} was still running after {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn profile(dir: &Path, file: &str, family: &str) -> String {
    let p = dir.join(file);
    let v = serde_json::json!({"schema": "talentnav.profile/1", "applicant": {"name": {"family": family}, "nationality": "GB"},
                               "has_job_offer": true, "dependants": [{"relationship": "spouse"}]});
    std::fs::write(&p, v.to_string()).unwrap();
    p.to_str().unwrap().to_string()
}

/// A client with a GEP application and one attachment, exported; returns the archive.
fn exported(dir: &Path) -> PathBuf {
    let data = dir.join("source");
    let p = profile(dir, "p.json", "Chan");
    ok_json(talentnav(&data, &["client", "add", "--profile", &p, "--json"]));
    ok_json(talentnav(&data, &["app", "create", "--client", "1", "--scheme", "gep", "--json"]));
    let scan = dir.join("passport.pdf");
    std::fs::write(&scan, b"%PDF-1.7 passport scan").unwrap();
    ok_json(talentnav(&data, &["doc", "attach", "1", scan.to_str().unwrap(), "--json"]));
    let archive = dir.join("chan.zip");
    assert!(talentnav(&data, &["export", "--client", "1", "-o", archive.to_str().unwrap()]).status.success());
    archive
}

fn mkfifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

#[test]
fn a_fifo_is_refused_at_once_by_attach_and_import() {
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("data");
    let p = profile(d.path(), "p.json", "Chan");
    ok_json(talentnav(&data, &["client", "add", "--profile", &p, "--json"]));
    ok_json(talentnav(&data, &["app", "create", "--client", "1", "--scheme", "ttps", "--route", "ttps.a", "--json"]));
    let fifo = d.path().join("scan.pdf");
    mkfifo(&fifo);
    let f = fifo.to_str().unwrap();
    let attach = talentnav_within(&data, &["--lang", "zh-Hant", "doc", "attach", "1", f], 10);
    assert_eq!(attach.status.code(), Some(2));
    assert_eq!(stderr(&attach), format!("錯誤：無法讀取檔案 {f}：不是一般檔案，而是具名管道\n"));
    let import = talentnav_within(&data, &["--lang", "zh-Hans", "import", f], 10);
    assert_eq!(import.status.code(), Some(2));
    let lines = stderr(&import);
    assert!(lines.starts_with(&format!("{f}：无法读取压缩包 {f}：不是普通文件，而是命名管道\n")), "{lines}");
    // A folder and a missing file say so, naming the path and the side.
    let folder = talentnav(&data, &["doc", "attach", "1", d.path().to_str().unwrap()]);
    assert_eq!(
        stderr(&folder),
        format!("Error: The file {} could not be read: is not a regular file but a folder\n", d.path().display())
    );
    let no_source = talentnav(&data, &["doc", "attach", "1", "/no/such/scan.pdf"]);
    assert_eq!(stderr(&no_source), "Error: The file /no/such/scan.pdf could not be read: not found\n");
    let missing = talentnav(&data, &["import", "/no/such/archive.zip"]);
    assert!(
        stderr(&missing)
            .starts_with("/no/such/archive.zip: The archive /no/such/archive.zip could not be read: not found\n"),
        "{}",
        stderr(&missing)
    );
    let items = ok_json(talentnav(&data, &["doc", "list", "--app", "1", "--json"]));
    assert!(
        !data.join("attachments").exists() || std::fs::read_dir(data.join("attachments")).unwrap().count() == 0,
        "nothing stored: {items}"
    );
}

#[test]
fn sizes_are_rounded_and_names_from_outside_are_escaped() {
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("data");
    let p = profile(d.path(), "p.json", "Chan");
    ok_json(talentnav(&data, &["client", "add", "--profile", &p, "--json"]));
    ok_json(talentnav(&data, &["app", "create", "--client", "1", "--scheme", "ttps", "--route", "ttps.a", "--json"]));
    let big = d.path().join("big.pdf");
    std::fs::write(&big, vec![b'x'; 1024 * 1024 + 60_000]).unwrap();
    let over = talentnav(&data, &["doc", "attach", "1", big.to_str().unwrap(), "--max-mib", "1"]);
    assert_eq!(stderr(&over), "Error: The file is 1.1 MiB; attachments can be at most 1.0 MiB.\n");
    // A file name with an ANSI escape, a carriage return and a fake second line.
    let evil = d.path().join("scan\u{1b}[2J\rError: all deleted\n.pdf");
    std::fs::write(&evil, b"%PDF").unwrap();
    let attached = talentnav(&data, &["doc", "attach", "1", evil.to_str().unwrap()]);
    let out = String::from_utf8(attached.stdout).unwrap();
    assert_eq!(out, "Attached “scan\\u{1b}[2J\\rError: all deleted\\n.pdf” to document 1.\n");
    let bad_zip = d.path().join("client\u{1b}]0;pwned\u{7}.zip");
    std::fs::write(&bad_zip, b"not a zip").unwrap();
    let refused = talentnav(&data, &["import", bad_zip.to_str().unwrap()]);
    let text = stderr(&refused);
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text:?}");
    assert!(
        text.contains("client\\u{1b}]0;pwned\\u{7}.zip: The archive is damaged or not a client archive."),
        "{text}"
    );
    assert_eq!(text.lines().count(), 2, "one line for the archive, one for the count: {text}");
}

#[test]
fn control_characters_and_overlong_text_are_refused_at_input_naming_the_field() {
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("data");
    let newline = profile(d.path(), "n.json", "Chan\nError: fake");
    let add = talentnav(&data, &["--lang", "zh-Hant", "client", "add", "--profile", &newline]);
    assert_eq!(
        (add.status.code(), stderr(&add).as_str()),
        (Some(2), "錯誤：applicant.name.family含有控制字元（\\n），請把它刪除。\n")
    );
    let long = profile(d.path(), "l.json", &"W".repeat(100_000));
    let add = talentnav(&data, &["client", "add", "--profile", &long]);
    assert_eq!(stderr(&add), "Error: applicant.name.family has 100000 characters; at most 200 are allowed.\n");
    let pdf = d.path().join("c.pdf");
    let checklist =
        talentnav(&data, &["checklist", "--profile", &newline, "--scheme", "gep", "-o", pdf.to_str().unwrap()]);
    assert_eq!(stderr(&checklist), "Error: applicant.name.family contains a control character (\\n); remove it.\n");
    assert!(!pdf.exists());
    let ok = profile(d.path(), "ok.json", "Chan");
    ok_json(talentnav(&data, &["client", "add", "--profile", &ok, "--json"]));
    let upd = talentnav(&data, &["client", "update", "1", "--profile", &newline]);
    assert_eq!(upd.status.code(), Some(2));
    ok_json(talentnav(&data, &["app", "create", "--client", "1", "--scheme", "gep", "--json"]));
    let note = talentnav(&data, &["--lang", "zh-Hans", "doc", "note", "1", "bell\u{7}"]);
    assert_eq!(stderr(&note), "错误：备注含有控制字符（\\u{7}），请删除。\n");
    let multi = talentnav(&data, &["doc", "note", "1", "line one\nline two"]);
    assert!(multi.status.success(), "a note may have line breaks: {}", stderr(&multi));
    let shown = ok_json(talentnav(&data, &["client", "show", "1", "--json"]));
    assert_eq!(shown["family_name"], "Chan", "nothing changed by the refused update");
}

#[test]
fn search_takes_percent_underscore_and_backslash_literally() {
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("data");
    for (i, family) in ["Chan", "Wong%", "Lee_Ka", "Ho\\Yan", "Lam"].iter().enumerate() {
        let p = profile(d.path(), &format!("p{i}.json"), family);
        ok_json(talentnav(&data, &["client", "add", "--profile", &p, "--json"]));
    }
    let found = |name: &str| -> Vec<String> {
        let list = ok_json(talentnav(&data, &["client", "list", "--name", name, "--json"]));
        list.as_array().unwrap().iter().map(|c| c["family_name"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(found("%"), ["Wong%"]);
    assert_eq!(found("_"), ["Lee_Ka"]);
    assert_eq!(found("\\"), ["Ho\\Yan"]);
    assert_eq!(found("e_k"), ["Lee_Ka"]);
    assert_eq!(found("an"), ["Chan", "Ho\\Yan"]);
    assert!(found("c%n").is_empty() && found("l_m").is_empty());
}

/// A copy of `archive` at `out` whose `applications.json` was changed by `edit`, with the manifest's
/// checksum and size updated to match, as an attacker would.
fn tampered(archive: &Path, out: &Path, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    rewrite_archive(archive, out, "applications.json", |b| {
        let mut v: serde_json::Value = serde_json::from_slice(b).unwrap();
        edit(&mut v);
        *b = serde_json::to_vec(&v).unwrap();
    });
    out.to_path_buf()
}

/// An archive whose attachment hash is a path, through the real command in Traditional Chinese: one
/// line naming the archive and the field, then the count; nothing imported.
#[test]
fn a_hash_that_is_a_path_is_refused_in_one_localized_line() {
    let d = tempfile::tempdir().unwrap();
    let archive = exported(d.path());
    let evil = tampered(&archive, &d.path().join("evil.zip"), |v| {
        let item =
            v[0]["items"].as_array_mut().unwrap().iter_mut().find(|i| !i["attachments"].as_array().unwrap().is_empty());
        item.unwrap()["attachments"][0]["sha256"] = "../talentnav.db".into();
    });
    let data = d.path().join("target");
    let out = talentnav(&data, &["--lang", "zh-Hant", "import", evil.to_str().unwrap()]);
    let text = stderr(&out);
    let e = evil.display();
    assert_eq!(
        text,
        format!(
            "{e}：壓縮檔中的 applications.json 在 [0].items[0].attachments[0].sha256 無效（「../talentnav.db」）：必須是由 64 個小寫十六進制數字組成的 SHA-256 核對碼。\n錯誤：有 1 個壓縮檔未能匯入；請參閱上面的訊息。\n"
        )
    );
    assert!(ok_json(talentnav(&data, &["client", "list", "--json"])).as_array().unwrap().is_empty());
}

/// What the database's rows say is attached, by SHA-256 (Python's sqlite3, a second reader).
fn referenced(db: &Path) -> Vec<String> {
    let out = Command::new("python3")
        .arg("-c")
        .arg("import sqlite3,sys\nfor (s,) in sqlite3.connect(sys.argv[1]).execute('SELECT DISTINCT sha256 FROM item_attachments'): print(s)")
        .arg(db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect()
}

#[test]
fn two_processes_importing_one_archive_50_times_never_lose_an_attachment() {
    let d = tempfile::tempdir().unwrap();
    let archive = exported(d.path());
    let a = archive.to_str().unwrap();
    for round in 0..50 {
        let data = d.path().join(format!("target-{round}"));
        ok_json(talentnav(&data, &["client", "list", "--json"]));
        let children: Vec<_> = (0..2)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_talentnav"))
                    .arg("--data-dir")
                    .arg(&data)
                    .args(["import", a])
                    .env("LANG", "C")
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let outs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
        let won = outs.iter().filter(|o| o.status.success()).count();
        assert_eq!(won, 1, "round {round}: exactly one import writes the client");
        let lost = outs.iter().find(|o| !o.status.success()).unwrap();
        let text = stderr(lost);
        assert!(text.contains("is already in the client files") && !text.contains("UNIQUE"), "round {round}: {text}");
        let shas = referenced(&data.join("talentnav.db"));
        assert_eq!(shas.len(), 1, "round {round}");
        for sha in &shas {
            let stored = std::fs::read(data.join("attachments").join(sha))
                .unwrap_or_else(|e| panic!("round {round}: attachment {sha} lost: {e}"));
            assert_eq!(format!("{:x}", Sha256::digest(&stored)), *sha);
        }
        let names: Vec<String> = std::fs::read_dir(data.join("attachments"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, shas, "round {round}: no temporary file left");
    }
}

/// A 1 MB archive whose audit.json honestly declares 1 GiB, and one whose audit.json lies about its
/// size and inflates to 1 GiB: both refused cleanly by a real `talentnav import` limited to 1 GB of
/// address space, with nothing left in the data folder.
#[test]
fn a_zip_bomb_is_refused_within_a_one_gigabyte_address_space() {
    let d = tempfile::tempdir().unwrap();
    let archive = exported(d.path());
    let script = r#"
import hashlib, json, sys, zipfile
src, out, lie = sys.argv[1], sys.argv[2], sys.argv[3] == "lie"
entries = {}
with zipfile.ZipFile(src) as z:
    for n in z.namelist():
        entries[n] = z.read(n)
size = 1 << 30
chunk = b"0," * (1 << 19)
h = hashlib.sha256(b"[")
count = 1
while count + len(chunk) < size - 2:
    h.update(chunk); count += len(chunk)
pad = size - 1 - count - 1
h.update(b"0" * pad + b"]")
manifest = json.loads(entries["manifest.json"])
for e in manifest["entries"]:
    if e["path"] == "audit.json":
        e["sha256"], e["size"] = h.hexdigest(), (2 if lie else size)
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("manifest.json", json.dumps(manifest))
    for n, b in entries.items():
        if n not in ("manifest.json", "audit.json"):
            z.writestr(n, b)
    with z.open("audit.json", "w") as w:
        w.write(b"[")
        written = 1
        while written + len(chunk) < size - 2:
            w.write(chunk); written += len(chunk)
        w.write(b"0" * pad + b"]")
if lie:
    # The directory and the local header say 2 bytes; the data inflates to 1 GiB.
    data = bytearray(open(out, "rb").read())
    name = b"audit.json"
    i = data.find(b"PK\x01\x02" + b"", 0)
    while i != -1:
        if data[i + 46:i + 46 + len(name)] == name:
            data[i + 24:i + 28] = (2).to_bytes(4, "little")
        i = data.find(b"PK\x01\x02", i + 4)
    j = data.find(b"PK\x03\x04")
    while j != -1:
        if data[j + 30:j + 30 + len(name)] == name:
            data[j + 22:j + 26] = (2).to_bytes(4, "little")
        j = data.find(b"PK\x03\x04", j + 4)
    open(out, "wb").write(data)
"#;
    for (kind, says) in
        [("honest", "The archive declares audit.json of 1.0 GiB"), ("lie", "The archive's audit.json is damaged")]
    {
        let bomb = d.path().join(format!("bomb-{kind}.zip"));
        let made = Command::new("python3").arg("-c").arg(script).arg(&archive).arg(&bomb).arg(kind).output().unwrap();
        assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
        let len = std::fs::metadata(&bomb).unwrap().len();
        assert!(len < 2_000_000, "{kind}: {len} bytes");
        let data = d.path().join(format!("target-{kind}"));
        ok_json(talentnav(&data, &["client", "list", "--json"]));
        let out = Command::new("sh")
            .arg("-c")
            .arg("ulimit -v 1000000; exec \"$0\" \"$@\"")
            .arg(env!("CARGO_BIN_EXE_talentnav"))
            .args(["--data-dir", data.to_str().unwrap(), "import", bomb.to_str().unwrap()])
            .env("LANG", "C")
            .output()
            .unwrap();
        let text = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{kind}: {text}");
        assert!(text.contains(says) && text.lines().count() == 2, "{kind}: {text}");
        let clients = ok_json(talentnav(&data, &["client", "list", "--json"]));
        assert!(clients.as_array().unwrap().is_empty());
        let left = std::fs::read_dir(data.join("attachments")).map(|r| r.count()).unwrap_or(0);
        assert_eq!(left, 0, "{kind}: nothing left in attachments/");
    }
    let mut f = std::fs::File::open(&archive).unwrap();
    let mut head = [0u8; 2];
    f.read_exact(&mut head).unwrap();
    assert_eq!(&head, b"PK");
}

/// Every file in `dir`, recursively, with its bytes: what "nothing in the data folder changed" means.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() { out.extend(snapshot(&p)) } else { out.push((p.clone(), std::fs::read(&p).unwrap())) }
    }
    out.sort();
    out
}

#[test]
fn an_output_inside_the_data_folder_is_refused_and_nothing_is_written() {
    let d = tempfile::tempdir().unwrap();
    exported(d.path());
    let data = d.path().join("source");
    let sha = referenced(&data.join("talentnav.db")).pop().unwrap();
    let link = d.path().join("link");
    std::os::unix::fs::symlink(&data, &link).unwrap();
    let before = snapshot(&data);
    let db = data.join("talentnav.db");
    let attachment = data.join("attachments").join(&sha);
    let via_link = link.join("talentnav.db");
    let dotted = data.join("attachments").join("..").join("talentnav.db");
    for target in [&db, &attachment, &via_link, &dotted, &data.join("new.pdf")] {
        let t = target.to_str().unwrap();
        for args in [
            vec!["export", "--client", "1", "-o", t],
            vec!["checklist", "--application", "1", "-o", t],
            vec!["checklist", "--profile", &profile(d.path(), "p2.json", "Wong"), "--scheme", "gep", "-o", t],
        ] {
            let out = talentnav(&data, &args);
            assert_eq!(
                (out.status.code(), stderr(&out)),
                (
                    Some(2),
                    format!(
                        "Error: {t} is inside the data folder, where it could replace the client files; choose a file outside it. Nothing was written.\n"
                    )
                ),
                "{args:?}"
            );
            assert!(out.stdout.is_empty());
        }
    }
    assert_eq!(snapshot(&data), before, "nothing in the data folder changed");
    let zh = talentnav(&data, &["--lang", "zh-Hans", "export", "--client", "1", "-o", db.to_str().unwrap()]);
    assert_eq!(
        stderr(&zh),
        format!(
            "错误：{} 位于数据文件夹内，可能会覆盖客户档案；请选择数据文件夹以外的位置。未写入任何文件。\n",
            db.display()
        )
    );
    // Next to the data folder (a name that merely starts like it) is fine.
    let beside = d.path().join("source-copy.zip");
    assert!(talentnav(&data, &["export", "--client", "1", "-o", beside.to_str().unwrap()]).status.success());
}

#[test]
fn a_damaged_attachment_is_never_exported() {
    let d = tempfile::tempdir().unwrap();
    exported(d.path());
    let data = d.path().join("source");
    let sha = referenced(&data.join("talentnav.db")).pop().unwrap();
    let file = data.join("attachments").join(&sha);
    let good = std::fs::read(&file).unwrap();
    let mut same_size = good.clone();
    same_size[0] ^= 1;
    for (bytes, what) in [(same_size, "one flipped byte"), (b"short".to_vec(), "another size")] {
        std::fs::write(&file, &bytes).unwrap();
        let zip = d.path().join("damaged.zip");
        let out = talentnav(&data, &["--lang", "zh-Hant", "export", "--client", "1", "-o", zip.to_str().unwrap()]);
        assert_eq!(
            (out.status.code(), stderr(&out)),
            (
                Some(2),
                format!(
                    "錯誤：附件「passport.pdf」（{}）與記錄的大小及核對碼不符，已經損壞，因此未有寫入壓縮檔。\n",
                    file.display()
                )
            ),
            "{what}"
        );
        assert!(!zip.exists(), "{what}: no archive written");
        let left: Vec<_> = std::fs::read_dir(d.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert!(!left.iter().any(|n| n.to_string_lossy().ends_with(".tmp")), "{left:?}");
    }
    std::fs::write(&file, &good).unwrap();
    let zip = d.path().join("whole.zip");
    assert!(talentnav(&data, &["export", "--client", "1", "-o", zip.to_str().unwrap()]).status.success());
}

#[test]
fn invisible_format_characters_are_refused_at_input_naming_the_field() {
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("data");
    let rlo = profile(d.path(), "rlo.json", "Chan\u{202e}gnoW");
    let add = talentnav(&data, &["client", "add", "--profile", &rlo]);
    assert_eq!(
        (add.status.code(), stderr(&add).as_str()),
        (Some(2), "Error: applicant.name.family contains an invisible formatting character (\\u{202e}); remove it.\n")
    );
    let tag = profile(d.path(), "tag.json", "Chan\u{e0041}");
    let add = talentnav(&data, &["--lang", "zh-Hant", "client", "add", "--profile", &tag]);
    assert_eq!(stderr(&add), "錯誤：applicant.name.family含有看不見的格式字元（\\u{e0041}），請把它刪除。\n");
    let ok = profile(d.path(), "ok.json", "Chan");
    ok_json(talentnav(&data, &["client", "add", "--profile", &ok, "--json"]));
    let bom = profile(d.path(), "bom.json", "\u{feff}Chan");
    assert_eq!(talentnav(&data, &["client", "update", "1", "--profile", &bom]).status.code(), Some(2));
    ok_json(talentnav(&data, &["app", "create", "--client", "1", "--scheme", "gep", "--json"]));
    for (c, escaped) in [("\u{2028}", "\\u{2028}"), ("\u{2066}", "\\u{2066}"), ("\u{200f}", "\\u{200f}")] {
        let note = talentnav(&data, &["--lang", "zh-Hans", "doc", "note", "1", &format!("a{c}b")]);
        assert_eq!(stderr(&note), format!("错误：备注含有不可见的格式字符（{escaped}），请删除。\n"));
    }
    let na = talentnav(&data, &["doc", "set", "1", "--status", "not_applicable", "--reason", "x\u{202d}y"]);
    assert_eq!(stderr(&na), "Error: The reason contains an invisible formatting character (\\u{202d}); remove it.\n");
    let multi = talentnav(&data, &["doc", "note", "1", "line one\nline two"]);
    assert!(multi.status.success(), "a note may still have line breaks: {}", stderr(&multi));
    let shown = ok_json(talentnav(&data, &["client", "show", "1", "--json"]));
    assert_eq!(shown["family_name"], "Chan", "nothing changed by the refused update");

    // The same check on an archive's contents.
    let archive = exported(d.path());
    let evil =
        tampered(&archive, &d.path().join("bidi.zip"), |v| v[0]["items"][0]["note"] = "pay\u{202e}fdp.exe".into());
    let target = d.path().join("target");
    let out = talentnav(&target, &["import", evil.to_str().unwrap()]);
    let text = stderr(&out);
    assert!(text.contains("contains an invisible formatting character (\\u{202e}); remove it."), "{text}");
    assert!(!text.contains('\u{202e}'), "{text:?}");
    assert!(ok_json(talentnav(&target, &["client", "list", "--json"])).as_array().unwrap().is_empty());
}

#[test]
fn characters_no_font_draws_are_shown_escaped() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("emp.json");
    let v = serde_json::json!({"schema": "talentnav.profile/1", "applicant": {"name": {"family": "Chan"}, "nationality": "GB"},
                               "has_job_offer": true, "job_offer": {"employer": "ACME\u{e0041} Ltd"}});
    std::fs::write(&p, v.to_string()).unwrap();
    let pdf = d.path().join("c.pdf");
    let out = talentnav(
        &d.path().join("data"),
        &["checklist", "--profile", p.to_str().unwrap(), "--scheme", "gep", "-o", pdf.to_str().unwrap()],
    );
    let text = stderr(&out);
    assert!(text.contains(": \\u{e0041}."), "{text:?}");
    assert!(!text.contains('\u{e0041}'), "{text:?}");
    assert!(!pdf.exists());
}

#[test]
fn an_output_that_is_a_folder_says_so_in_each_language() {
    let d = tempfile::tempdir().unwrap();
    exported(d.path());
    let data = d.path().join("source");
    let somedir = d.path().join("somedir");
    std::fs::create_dir(&somedir).unwrap();
    let slash = format!("{}/", somedir.display());
    for target in [".", "/", somedir.to_str().unwrap(), slash.as_str()] {
        for args in
            [vec!["export", "--client", "1", "-o", target], vec!["checklist", "--application", "1", "-o", target]]
        {
            let out = talentnav(&data, &args);
            assert_eq!(
                (out.status.code(), stderr(&out)),
                (Some(2), format!("Error: {target}: is a folder, not a file\n")),
                "{args:?}"
            );
        }
    }
    let zh = |lang: &str| stderr(&talentnav(&data, &["--lang", lang, "export", "--client", "1", "-o", "."]));
    assert_eq!(zh("zh-Hant"), "錯誤：.：是資料夾，不是檔案\n");
    assert_eq!(zh("zh-Hans"), "错误：.：是文件夹，不是文件\n");
    assert!(std::fs::read_dir(&somedir).unwrap().next().is_none(), "nothing written into the folder");
}
