//! Files that hold client data are written whole or not at all, and readable by their owner only.

use std::{
    fs::{self, File, OpenOptions},
    io::{self, Write},
    path::Path,
};

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};

/// Creates `dir` and any missing parents, each new one owner-only (0700).
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(dir)
}

/// Writes `bytes` to `path` atomically: a temporary file (0600) in the same folder is written, flushed
/// to disk and renamed over `path`. A crash leaves either the old file or the new one, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
    let tmp = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id()));
    let result = (|| {
        let mut opts = OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        opts.mode(0o600);
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        // Make the rename itself durable.
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// What a path is when it is not a regular file; the error inside an [`io::Error`] from
/// [`open_regular`], so the message can say what was found ("symlink", "fifo", "device", "socket",
/// "directory", "other").
#[derive(Debug)]
pub struct NotRegular(pub &'static str);

impl std::fmt::Display for NotRegular {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not a regular file: {}", self.0)
    }
}

impl std::error::Error for NotRegular {}

fn not_regular(t: fs::FileType) -> Option<&'static str> {
    #[cfg(unix)]
    use std::os::unix::fs::FileTypeExt;
    if t.is_file() {
        return None;
    }
    Some(if t.is_symlink() {
        "symlink"
    } else if t.is_dir() {
        "directory"
    } else {
        #[cfg(unix)]
        {
            if t.is_fifo() {
                return Some("fifo");
            }
            if t.is_block_device() || t.is_char_device() {
                return Some("device");
            }
            if t.is_socket() {
                return Some("socket");
            }
        }
        "other"
    })
}

/// Opens `path` for reading only if it is a regular file, decided before anything is read: a FIFO
/// would block the reader forever, a device never ends, a symlink may point anywhere. The type is
/// checked on the path without following it, the open neither follows a symlink nor waits on a FIFO
/// swapped in meanwhile, and the opened file is checked again.
pub fn open_regular(path: &Path) -> io::Result<File> {
    let refuse = |kind| io::Error::new(io::ErrorKind::InvalidInput, NotRegular(kind));
    if let Some(kind) = not_regular(fs::symlink_metadata(path)?.file_type()) {
        return Err(refuse(kind));
    }
    let mut opts = OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    opts.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    // ELOOP: O_NOFOLLOW met a symlink that replaced the file after the check.
    let file = opts.open(path).map_err(|e| if is_loop(&e) { refuse("symlink") } else { e })?;
    if let Some(kind) = not_regular(file.metadata()?.file_type()) {
        return Err(refuse(kind));
    }
    Ok(file)
}

#[cfg(unix)]
fn is_loop(e: &io::Error) -> bool {
    e.raw_os_error() == Some(libc::ELOOP)
}

#[cfg(not(unix))]
fn is_loop(_: &io::Error) -> bool {
    false
}

/// Whether process `pid` still runs (temporary files carry their writer's pid, so one left by a
/// process that died can be told from one still being written).
#[cfg(unix)]
pub fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
    // Signal 0 checks only; EPERM means it exists but belongs to someone else.
    pid > 0 && (unsafe { libc::kill(pid, 0) } == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM))
}

#[cfg(not(unix))]
pub fn process_alive(_pid: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(unix)]
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("settings.json");
        write_atomic(&p, b"first version, longer").unwrap();
        write_atomic(&p, b"second").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"second");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 1, "{names:?}");
        #[cfg(unix)]
        assert_eq!(fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub");
        fs::create_dir(&p).unwrap();
        // Renaming a file over a non-empty directory fails: the directory must survive untouched.
        fs::write(p.join("keep"), b"x").unwrap();
        assert!(write_atomic(&p, b"new").is_err());
        assert_eq!(fs::read(p.join("keep")).unwrap(), b"x");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_opened_and_a_fifo_never_blocks() {
        let dir = tempfile::tempdir().unwrap();
        let kind = |p: &Path| {
            let e = open_regular(p).unwrap_err();
            e.get_ref().and_then(|e| e.downcast_ref::<NotRegular>()).map(|k| k.0)
        };
        let file = dir.path().join("a.pdf");
        fs::write(&file, b"%PDF").unwrap();
        assert!(open_regular(&file).is_ok());
        let fifo = dir.path().join("fifo");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        assert_eq!(kind(&fifo), Some("fifo"));
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert_eq!(kind(&link), Some("symlink"));
        assert_eq!(kind(dir.path()), Some("directory"));
        assert_eq!(kind(Path::new("/dev/zero")), Some("device"));
        assert_eq!(open_regular(&dir.path().join("none")).unwrap_err().kind(), io::ErrorKind::NotFound);
    }

    #[cfg(unix)]
    #[test]
    fn a_running_process_is_alive_and_a_finished_one_is_not() {
        assert!(process_alive(std::process::id()));
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        assert!(!process_alive(pid));
        assert!(!process_alive(0) && !process_alive(u32::MAX));
    }

    #[cfg(unix)]
    #[test]
    fn new_folders_are_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a/b");
        create_private_dir(&p).unwrap();
        for d in [dir.path().join("a"), p] {
            assert_eq!(fs::metadata(&d).unwrap().permissions().mode() & 0o777, 0o700, "{}", d.display());
        }
    }
}
