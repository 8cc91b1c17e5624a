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

    /// An IO failure on `path`, with the reason in the user's language (not the OS's English).
    pub fn io(path: &Path, err: &io::Error, locale: Locale) -> Self {
        let reason_id = match err.kind() {
            io::ErrorKind::NotFound => "io-not-found",
            io::ErrorKind::PermissionDenied => "io-permission-denied",
            io::ErrorKind::AlreadyExists => "io-already-exists",
            io::ErrorKind::NotADirectory => "io-not-a-directory",
            io::ErrorKind::StorageFull => "io-storage-full",
            io::ErrorKind::ReadOnlyFilesystem => "io-read-only",
            io::ErrorKind::InvalidData => "io-invalid-data",
            _ => "io-other",
        };
        let reason = message(locale, reason_id, &args![("detail", err.to_string())]);
        Self::new(ErrorCode::Io, "error-io", args![("path", path.display().to_string()), ("reason", reason)])
    }

    pub fn internal(detail: impl std::fmt::Display) -> Self {
        Self::new(ErrorCode::Internal, "error-internal", args![("detail", detail.to_string())])
    }

    /// The one-line sentence for a person.
    pub fn localized(&self, locale: Locale) -> String {
        message(locale, &self.message_id, &self.args)
    }
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
}
