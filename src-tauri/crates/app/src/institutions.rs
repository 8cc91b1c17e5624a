//! Names for the institution field, from the rule pack's aggregate list: official names, short names
//! and Chinese names in both scripts, matched the way the engine matches them (normalized).

use serde::Serialize;
use talentnav_rules::{pack::Pack, universities::normalize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct Suggestion {
    /// The name as the list writes it (what the field is filled with).
    pub name: String,
    /// The alias the query matched, when it is not the official name ("MIT", "清华大学").
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched: Option<String>,
    pub country: String,
}

/// Up to `limit` institutions whose name or an alias contains `query`; names starting with it first.
pub fn suggest(pack: &Pack, query: &str, limit: usize) -> Vec<Suggestion> {
    let key = normalize(query);
    if key.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, usize, Suggestion)> = Vec::new();
    for (i, u) in pack.universities.institution.iter().enumerate() {
        let best = std::iter::once(&u.name)
            .chain(&u.aliases)
            .filter_map(|n| {
                let nk = normalize(n);
                let rank = if nk == key {
                    0
                } else if nk.starts_with(&key) {
                    1
                } else if nk.contains(&key) {
                    2
                } else {
                    return None;
                };
                Some((rank, n))
            })
            .min_by_key(|(rank, _)| *rank);
        if let Some((rank, n)) = best {
            let matched = (n != &u.name).then(|| n.clone());
            hits.push((rank, i, Suggestion { name: u.name.clone(), matched, country: u.country.clone() }));
        }
    }
    hits.sort_by_key(|(rank, i, _)| (*rank, *i));
    hits.into_iter().take(limit).map(|(_, _, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use talentnav_rules::pack::embedded_pack;

    fn suggest(query: &str, limit: usize) -> Vec<Suggestion> {
        super::suggest(embedded_pack(), query, limit)
    }

    #[test]
    fn short_names_and_both_chinese_scripts_find_the_official_name() {
        let mit = suggest("MIT", 5);
        assert_eq!(mit[0].name, "Massachusetts Institute of Technology");
        for q in ["清華大學", "清华大学"] {
            let s = suggest(q, 5);
            assert_eq!(s[0].name, "Tsinghua University", "{q}");
            assert_eq!(s[0].matched.as_deref(), Some(q));
        }
        assert!(suggest("imperial", 5).iter().any(|s| s.name.contains("Imperial College")));
        assert!(suggest("", 5).is_empty());
        assert!(suggest("zzzz no such place", 5).is_empty());
        assert_eq!(suggest("university", 3).len(), 3);
    }
}
