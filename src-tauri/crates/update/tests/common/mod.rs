//! What the update tests share: a real HTTP server on 127.0.0.1 (std::net, one thread per
//! connection, so a test can make it misbehave in exactly one way) and packs built from the
//! embedded files with a version, signer or file changed.

#![allow(dead_code)]

use std::{
    collections::BTreeMap,
    io::{BufRead, BufReader, Write},
    net::{TcpListener, TcpStream},
    path::Path,
    sync::Arc,
    time::Duration,
};
use talentnav_rules::pack::{Pack, embedded_files};
use talentnav_update::artefact::{self, Changelog};
use talentnav_update::keys::SigningKey;

/// How the server answers one path.
#[derive(Clone)]
pub enum Reply {
    Body(Vec<u8>),
    Status(u16),
    /// Declares the whole length, sends half, closes.
    Truncated(Vec<u8>),
    /// Accepts the connection and says nothing.
    Hang,
    /// 200 with no length, then bytes until the client goes away (or 256 MiB).
    Endless,
    /// Declares a length of 1 GiB, then sends like `Endless`.
    HugeDeclared,
}

/// Starts a server answering `routes` (path → reply; 404 otherwise) and returns its base address.
pub fn serve(routes: Vec<(String, Reply)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let routes = Arc::new(routes);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let routes = routes.clone();
            std::thread::spawn(move || answer(stream, &routes));
        }
    });
    base
}

fn answer(mut stream: TcpStream, routes: &[(String, Reply)]) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = String::new();
    let _ = reader.read_line(&mut request);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
            break;
        }
    }
    let path = request.split_whitespace().nth(1).unwrap_or("").to_string();
    let head = |status: &str, len: Option<usize>| {
        let len = len.map(|n| format!("Content-Length: {n}\r\n")).unwrap_or_default();
        format!("HTTP/1.1 {status}\r\n{len}Connection: close\r\n\r\n").into_bytes()
    };
    let endless = |stream: &mut TcpStream| {
        let chunk = vec![b'x'; 64 * 1024];
        for _ in 0..4096 {
            if stream.write_all(&chunk).is_err() {
                break;
            }
        }
    };
    match routes.iter().find(|(p, _)| *p == path).map(|(_, r)| r.clone()) {
        None => {
            let _ = stream.write_all(&head("404 Not Found", Some(0)));
        }
        Some(Reply::Body(b)) => {
            let _ = stream.write_all(&[head("200 OK", Some(b.len())), b].concat());
        }
        Some(Reply::Status(code)) => {
            let _ = stream.write_all(&head(&format!("{code} Oops"), Some(0)));
        }
        Some(Reply::Truncated(b)) => {
            let _ = stream.write_all(&[head("200 OK", Some(b.len())), b[..b.len() / 2].to_vec()].concat());
        }
        Some(Reply::Hang) => std::thread::sleep(Duration::from_secs(60)),
        Some(Reply::Endless) => {
            let _ = stream.write_all(&head("200 OK", None));
            endless(&mut stream);
        }
        Some(Reply::HugeDeclared) => {
            let _ = stream.write_all(&head("200 OK", Some(1 << 30)));
            endless(&mut stream);
        }
    }
    let _ = stream.flush();
}

pub fn new_key() -> SigningKey {
    talentnav_update::keys::generate().unwrap()
}

/// The embedded pack's files with pack.toml's version set to `version`.
pub fn files(version: &str) -> Vec<(String, String)> {
    embedded_files()
        .iter()
        .map(|(n, t)| {
            let t = if *n == "pack.toml" {
                t.replace("version = \"2026.1.0\"", &format!("version = \"{version}\""))
            } else {
                t.to_string()
            };
            (n.to_string(), t)
        })
        .collect()
}

pub fn changelog() -> Changelog {
    Changelog { en: "Test pack.".into(), zh_hant: "測試資料包。".into(), zh_hans: "测试数据包。".into() }
}

/// A signed artefact of `files`.
pub fn signed(files: Vec<(String, String)>, key: &SigningKey, min_app: &str) -> Vec<u8> {
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let pack = Pack::load(&refs).unwrap();
    let manifest = artefact::manifest_for(&files, &pack, "2026-11-20", min_app, changelog());
    artefact::sign(&manifest, files, key)
}

pub fn pack(version: &str, key: &SigningKey) -> Vec<u8> {
    signed(files(version), key, "0.1.0")
}

/// The routes of a host whose index names `version` in `file`, served as `reply`.
pub fn host(version: &str, reply: Reply) -> Vec<(String, Reply)> {
    let file = format!("hk-talent-{version}.tnpack");
    let index = serde_json::json!({"format": "talentnav.rule-index/1", "pack_id": "hk-talent", "version": version, "file": file});
    vec![("/index.json".into(), Reply::Body(serde_json::to_vec(&index).unwrap())), (format!("/{file}"), reply)]
}

/// Every file under `dir` with its bytes: "the active pack stays byte-for-byte the same".
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.strip_prefix(dir).unwrap().display().to_string(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// Changes the artefact's JSON in place.
pub fn edit(bytes: &[u8], f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    f(&mut v);
    serde_json::to_vec(&v).unwrap()
}

/// A test pack `version` that moves the TTPS A income threshold from HK$2.5M to HK$3M, takes
/// Imperial College London off the aggregate list from 2026-06-01, and asks TTPS applicants for a
/// photo only when they live on the Mainland.
pub fn stricter(version: &str) -> Vec<(String, String)> {
    files(version)
        .into_iter()
        .map(|(n, t)| {
            let t = match n.as_str() {
                "schemes/ttps.toml" => {
                    assert!(t.contains("hkd = 2500000"));
                    t.replace("hkd = 2500000", "hkd = 3000000")
                }
                "documents.toml" => {
                    let photo = "scheme = \"ttps\"\nparty = \"applicant\"\ndocument = \"photo\"\nwhen = \"always\"";
                    assert!(t.contains(photo));
                    t.replacen(photo, &photo.replace("always", "mainland_resident"), 1)
                }
                "aggregate-list.toml" => {
                    let imperial = "name = \"Imperial College London\"\ncountry = \"GB\"\naliases = [\"Imperial\", \"ICL\", \"倫敦帝國學院\", \"帝国理工学院\"]\n";
                    assert!(t.contains(imperial));
                    let t = t.replace(imperial, &format!("{imperial}in_2026_list = false\n"));
                    format!(
                        "{t}\n[[change]]\neffective = \"2026-06-01\"\nsources = [\"S17\"]\nadded = []\nremoved = [\"Imperial College London\"]\n"
                    )
                }
                _ => t,
            };
            (n, t)
        })
        .collect()
}

/// A profile: the recent graduate of docs/examples (Imperial, 2025) with `institution` and a yearly
/// income of `income` HKD.
pub fn profile(institution: &str, income: u64) -> talentnav_rules::profile::Profile {
    talentnav_rules::input::profile_from_value(profile_json(institution, income)).unwrap()
}

/// [`profile`] as a talentnav.profile/1 document.
pub fn profile_json(institution: &str, income: u64) -> serde_json::Value {
    let text = include_str!("../../../../../docs/examples/recent-graduate.json");
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["applicant"]["education"][0]["institution"] = institution.into();
    if income > 0 {
        v["applicant"]["income"] = serde_json::json!([{"period_end": "2025-12-31", "amount": income, "currency": "HKD", "kind": "employment"}]);
    }
    v
}

/// `n` clients, a quarter each: Imperial graduates, incomes around the TTPS A threshold, unaffected
/// graduates, high earners from another listed university.
pub fn clients(n: u64) -> Vec<talentnav_rules::profile::Profile> {
    (0..n)
        .map(|i| match i % 4 {
            0 => profile("Imperial College London", 0),
            1 => profile("Monash University", 2_000_000 + (i % 1000) * 2_500),
            2 => profile("Monash University", 0),
            _ => profile("Kyoto University", 3_500_000),
        })
        .collect()
}
