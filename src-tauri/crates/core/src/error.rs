//! Errors a person can act on. They cross IPC and reach the CLI as `{code, message_id, args}`, so every
//! door shows the same localized sentence and the UI can branch on a stable code, never on English.

use serde::Serialize;
use std::{io, path::Path};
use talentnav_i18n::{Args, Locale, args, message};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input (a file, an argument, a field) is wrong; the message names what.
    InvalidInput,
    /// Reading or writing a file or folder failed.
    Io,
    /// A bug or an impossible state: report it.
    Internal,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct UserError {
    pub code: ErrorCode,
    pub message_id: String,
    pub args: Args,
}

impl UserError {
    pub fn new(code: ErrorCode, message_id: &str, args: Args) -> Self {
        UserError { code, message_id: message_id.to_string(), args }
    }

    pub fn invalid(message_id: &str, args: Args) -> Self {
        Self::new(ErrorCode::InvalidInput, message_id, args)
    }

    /// An IO failure on `path`, with the reason in the user's language (not the OS's English). A path
    /// that does not exist, a folder or a FIFO where a file belongs is the input's fault (a mistyped
    /// or wrong name); anything else (permission, disk full, a lock) is a failure of the file system.
    pub fn io(path: &Path, err: &io::Error, locale: Locale) -> Self {
        let (reason_id, reason_args) = io_reason(err);
        let reason = message(locale, reason_id, &reason_args);
        let wrong_name = matches!(
            err.kind(),
            io::ErrorKind::NotFound
                | io::ErrorKind::InvalidInput
                | io::ErrorKind::IsADirectory
                | io::ErrorKind::NotADirectory
        );
        let code = if wrong_name { ErrorCode::InvalidInput } else { ErrorCode::Io };
        Self::new(code, "error-io", args![("path", shown_path(path)), ("reason", reason)])
    }

    pub fn internal(detail: impl std::fmt::Display) -> Self {
        Self::new(ErrorCode::Internal, "error-internal", args![("detail", detail.to_string())])
    }

    /// The one-line sentence for a person.
    pub fn localized(&self, locale: Locale) -> String {
        message(locale, &self.message_id, &self.args)
    }
}

/// Why an IO operation failed, as a message id (`io-*`) and its arguments: never the OS's English
/// text, at most its error number.
pub fn io_reason(err: &io::Error) -> (&'static str, Args) {
    if let Some(kind) = err.get_ref().and_then(|e| e.downcast_ref::<crate::fsutil::NotRegular>()) {
        return ("io-not-regular", args![("kind", kind.0)]);
    }
    let id = match err.kind() {
        io::ErrorKind::NotFound => "io-not-found",
        io::ErrorKind::PermissionDenied => "io-permission-denied",
        io::ErrorKind::AlreadyExists => "io-already-exists",
        io::ErrorKind::NotADirectory => "io-not-a-directory",
        io::ErrorKind::IsADirectory => "io-is-a-directory",
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => "io-storage-full",
        io::ErrorKind::ReadOnlyFilesystem => "io-read-only",
        io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => "io-invalid-data",
        io::ErrorKind::FileTooLarge => "io-too-large",
        io::ErrorKind::OutOfMemory => "io-out-of-memory",
        _ => match err.raw_os_error() {
            Some(code) => return ("io-os-error", args![("number", i64::from(code))]),
            None => "io-other",
        },
    };
    (id, args![])
}

/// A path as a message shows it: control characters in a file name are escaped, so a name cannot
/// move the cursor or fake a second line.
pub fn shown_path(path: &Path) -> String {
    talentnav_i18n::format::escape_controls(&path.display().to_string())
}

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Locale::En))
    }
}

impl std::error::Error for UserError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_ipc_as_code_message_id_and_args() {
        let e = UserError::invalid("error-unsupported-language", args![("value", "fr")]);
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "invalid_input", "message_id": "error-unsupported-language", "args": {"value": "fr"}})
        );
    }

    #[test]
    fn io_errors_are_localized_including_the_reason() {
        let err = io::Error::from(io::ErrorKind::PermissionDenied);
        let e = UserError::io(Path::new("/x/y"), &err, Locale::ZhHant);
        assert_eq!(e.code, ErrorCode::Io);
        assert_eq!(e.localized(Locale::ZhHant), "/x/y：沒有權限");
        let e = UserError::io(Path::new("/x/y"), &err, Locale::En);
        assert_eq!(e.localized(Locale::En), "/x/y: permission denied");
    }

    #[test]
    fn no_english_from_the_os_and_no_control_characters_in_the_path() {
        let err = io::Error::from_raw_os_error(5); // EIO: "Input/output error"
        let e = UserError::io(Path::new("/x/\u{1b}[2Jy\nError: z"), &err, Locale::ZhHans);
        assert_eq!(e.localized(Locale::ZhHans), "/x/\\u{1b}[2Jy\\nError: z：无法读取或写入（系统错误代码 5）");
        let fifo = io::Error::new(io::ErrorKind::InvalidInput, crate::fsutil::NotRegular("fifo"));
        let e = UserError::io(Path::new("/tmp/p"), &fifo, Locale::ZhHant);
        assert_eq!(e.localized(Locale::ZhHant), "/tmp/p：不是一般檔案，而是具名管道");
    }
}
