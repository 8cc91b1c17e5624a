//! Pack and app versions: dot-separated whole numbers (`2026.1.0`, `0.1.0`), compared number by number.

use std::cmp::Ordering;

#[derive(Debug, Clone)]
pub struct Version(Vec<u64>);

impl Version {
    pub fn parse(text: &str) -> Option<Version> {
        let parts: Option<Vec<u64>> =
            text.split('.').map(|p| p.bytes().all(|b| b.is_ascii_digit()).then(|| p.parse().ok()).flatten()).collect();
        parts.filter(|p| !p.is_empty() && p.len() <= 4).map(Version)
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Version {}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    /// Missing trailing parts count as 0, so `2026.1` equals `2026.1.0`.
    fn cmp(&self, other: &Self) -> Ordering {
        let n = self.0.len().max(other.0.len());
        (0..n)
            .map(|i| self.0.get(i).unwrap_or(&0).cmp(other.0.get(i).unwrap_or(&0)))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    }
}

/// This app's version.
pub fn app() -> Version {
    Version::parse(env!("CARGO_PKG_VERSION")).expect("the crate version is dotted numbers")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_number_by_number_not_as_text() {
        let v = |s| Version::parse(s).unwrap();
        assert!(v("2026.10.0") > v("2026.9.0"));
        assert!(v("2027.1.0") > v("2026.12.3"));
        assert_eq!(v("2026.1"), v("2026.1.0"));
        assert!(v("0.1.1") > v("0.1.0") && v("0.1.0") < v("0.2"));
        for bad in ["", "1..2", "1.a", "-1.0", "1.0.", " 1.0", "1.2.3.4.5", "+1"] {
            assert_eq!(Version::parse(bad), None, "{bad:?}");
        }
    }
}
