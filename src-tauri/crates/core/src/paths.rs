//! Where client files and settings live: `--data-dir`, else `TALENTNAV_DATA_DIR`, else the OS app-data
//! folder (`~/.local/share/talentnav` on Linux).

use std::path::PathBuf;

pub const DATA_DIR_ENV: &str = "TALENTNAV_DATA_DIR";

pub fn default_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("talentnav")
}

/// The data folder for a run. `env_value` is the value of [`DATA_DIR_ENV`], read by the caller.
pub fn resolve_data_dir(flag: Option<PathBuf>, env_value: Option<String>) -> PathBuf {
    flag.or_else(|| env_value.filter(|v| !v.trim().is_empty()).map(PathBuf::from)).unwrap_or_else(default_data_dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_beats_the_environment_which_beats_the_default() {
        let flag = Some(PathBuf::from("/flag"));
        let env = Some("/env".to_string());
        assert_eq!(resolve_data_dir(flag.clone(), env.clone()), PathBuf::from("/flag"));
        assert_eq!(resolve_data_dir(None, env), PathBuf::from("/env"));
        assert_eq!(resolve_data_dir(None, Some("  ".into())), default_data_dir());
        assert_eq!(resolve_data_dir(None, None), default_data_dir());
        assert!(default_data_dir().ends_with("talentnav"));
    }
}
