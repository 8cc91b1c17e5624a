//! Helpers shared by the integration tests that run the real `talentnav` binary.

use std::{
    path::Path,
    process::{Command, Output},
};

/// Runs `talentnav --data-dir DATA ARGS…` in the C locale and waits for it.
pub fn talentnav(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_talentnav"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "C")
        .output()
        .unwrap()
}

/// Writes to `out` a copy of the client archive `source` whose entry `name` was changed by `edit`, with
/// the manifest's checksum and size for it redone, as an attacker (or a second identity) would.
#[allow(dead_code)] // not every test binary that includes this module rewrites archives
pub fn rewrite_archive(source: &Path, out: &Path, name: &str, edit: impl FnOnce(&mut Vec<u8>)) {
    use sha2::{Digest, Sha256};
    use std::io::{Read, Write};
    let mut z = zip::ZipArchive::new(std::fs::File::open(source).unwrap()).unwrap();
    let mut files: Vec<(String, Vec<u8>)> = (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().unwrap().into_owned(), b)
        })
        .collect();
    let entry = &mut files.iter_mut().find(|(n, _)| n == name).unwrap().1;
    edit(entry);
    let (sha, size) = (format!("{:x}", Sha256::digest(&entry[..])), entry.len());
    let m = files.iter_mut().find(|(n, _)| n == "manifest.json").unwrap();
    let mut manifest: serde_json::Value = serde_json::from_slice(&m.1).unwrap();
    for e in manifest["entries"].as_array_mut().unwrap() {
        if e["path"] == name {
            e["sha256"] = sha.clone().into();
            e["size"] = size.into();
        }
    }
    m.1 = serde_json::to_vec(&manifest).unwrap();
    let mut w = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    for (n, b) in &files {
        w.start_file(n.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(b).unwrap();
    }
    w.finish().unwrap();
}
