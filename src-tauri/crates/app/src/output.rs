//! Where a file the person asked for (a PDF checklist, a client archive) may be written, whichever
//! door asked: never over a folder, and never inside the data folder, where it could replace the
//! client database or an attachment.

use std::path::Path;
use talentnav_core::{UserError, error::shown_path, fsutil::write_atomic};
use talentnav_i18n::{Locale, args};

/// Refuses `out` when it is a folder ("." or "somedir/") or lies inside `data_dir`. Both sides are
/// compared with symlinks resolved: the path's folder and, when it exists, the file itself.
pub fn check(data_dir: &Path, out: &Path, locale: Locale) -> Result<(), UserError> {
    let is_dir = std::fs::metadata(out).is_ok_and(|md| md.is_dir());
    let Some(name) = out.file_name().filter(|_| !is_dir) else {
        let err = std::io::Error::from(std::io::ErrorKind::IsADirectory);
        return Err(UserError::io(out, &err, locale));
    };
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if let Ok(data) = std::fs::canonicalize(data_dir) {
        let resolved = std::fs::canonicalize(parent).map(|p| p.join(name));
        let target = std::fs::canonicalize(out);
        if [resolved, target].into_iter().flatten().any(|p| p.starts_with(&data)) {
            return Err(UserError::invalid("error-output-in-data-folder", args![("path", shown_path(out))]));
        }
    }
    Ok(())
}

/// Writes `bytes` to `out` once [`check`] allows it: atomically and owner-only, so an existing file is
/// replaced only by a complete new one.
pub fn write(data_dir: &Path, out: &Path, bytes: &[u8], locale: Locale) -> Result<(), UserError> {
    check(data_dir, out, locale)?;
    write_atomic(out, bytes).map_err(|e| UserError::io(out, &e, locale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use talentnav_core::ErrorCode;

    #[test]
    fn a_folder_or_a_path_inside_the_data_folder_is_refused_and_nothing_is_written() {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::write(data.join("talentnav.db"), b"db").unwrap();

        let e = write(&data, root.path(), b"x", Locale::En).unwrap_err();
        assert_eq!((e.code, e.message_id.as_str()), (ErrorCode::InvalidInput, "error-io"));
        for inside in [data.join("talentnav.db"), data.join("new.pdf"), root.path().join("data/../data/x.pdf")] {
            let e = write(&data, &inside, b"x", Locale::ZhHant).unwrap_err();
            assert_eq!(e.message_id, "error-output-in-data-folder", "{}", inside.display());
        }
        assert_eq!(std::fs::read(data.join("talentnav.db")).unwrap(), b"db");
        assert!(!data.join("new.pdf").exists());

        // A symlink into the data folder is followed before deciding.
        #[cfg(unix)]
        {
            let link = root.path().join("link.pdf");
            std::os::unix::fs::symlink(data.join("talentnav.db"), &link).unwrap();
            assert_eq!(write(&data, &link, b"x", Locale::En).unwrap_err().message_id, "error-output-in-data-folder");
        }

        let ok = root.path().join("checklist.pdf");
        write(&data, &ok, b"pdf", Locale::En).unwrap();
        assert_eq!(std::fs::read(&ok).unwrap(), b"pdf");
    }

    #[test]
    fn a_folder_that_refuses_writing_is_a_file_system_failure_naming_the_path() {
        // sysfs refuses new files even to root (EACCES), so this holds whoever runs the tests.
        let out = Path::new("/sys/talentnav-checklist.pdf");
        if !Path::new("/sys/kernel").is_dir() {
            return;
        }
        let root = tempfile::tempdir().unwrap();
        let e = write(root.path(), out, b"x", Locale::ZhHant).unwrap_err();
        assert_eq!(e.code, ErrorCode::Io);
        assert_eq!(e.localized(Locale::ZhHant), "/sys/talentnav-checklist.pdf：沒有權限");
    }
}
