//! Matching what people type ("MIT", "清华大学", "Universite de Paris") to the TTPS aggregate list as
//! it stood on a given date.

use super::{AggregateList, Pack};
use crate::date::Date;
use std::{collections::HashMap, sync::Mutex};

#[derive(Debug, Clone, PartialEq)]
pub enum Membership {
    /// On the list on that date, under this official name.
    Listed(String),
    /// On the rebuilt list, but the date falls before the earliest list we can rebuild exactly.
    Uncertain(String),
    /// A predecessor of a listed institution; the list does not say whether its degrees count.
    Predecessor { name: String, successor: String, unconfirmed: String },
    /// Known, but not on the list on that date (removed, or added later).
    NotListed(String),
    /// Not a name the list knows; perhaps a close one.
    Unknown { suggestion: Option<String> },
}

/// The aggregate list's names and aliases, normalized, built once when a pack loads (each pack its
/// own), with the suggestions already worked out for it.
pub struct UniversityIndex {
    /// normalized name or alias -> position in the list
    names: HashMap<String, usize>,
    /// (normalized, position) for suggestions
    candidates: Vec<(String, usize)>,
    official: Vec<String>,
    predecessors: HashMap<String, usize>,
    /// A batch meets the same unlisted names again and again.
    suggestions: Mutex<HashMap<String, Option<String>>>,
}

impl UniversityIndex {
    pub fn new(list: &AggregateList) -> Self {
        let mut ix = UniversityIndex {
            names: HashMap::new(),
            candidates: Vec::new(),
            official: Vec::new(),
            predecessors: HashMap::new(),
            suggestions: Mutex::new(HashMap::new()),
        };
        for (i, u) in list.institution.iter().enumerate() {
            ix.official.push(u.name.clone());
            for n in std::iter::once(&u.name).chain(&u.aliases) {
                let key = normalize(n);
                ix.names.insert(key.clone(), i);
                ix.candidates.push((key, i));
            }
        }
        for (i, p) in list.predecessor.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                ix.predecessors.insert(normalize(n), i);
            }
        }
        ix
    }
}

/// Where `typed` stands on the aggregate list in force on `on`.
pub fn membership(pack: &Pack, typed: &str, on: Date) -> Membership {
    let (list, ix) = (&pack.universities, &pack.university_index);
    let key = normalize(typed);
    if let Some(&p) = ix.predecessors.get(&key) {
        let pred = &list.predecessor[p];
        return Membership::Predecessor {
            name: pred.name.clone(),
            successor: pred.successor.clone(),
            unconfirmed: pred.unconfirmed.clone(),
        };
    }
    let Some(&i) = ix.names.get(&key) else {
        return Membership::Unknown { suggestion: suggest(ix, &key) };
    };
    let name = ix.official[i].clone();
    if on < list.launched.0 {
        return Membership::NotListed(name);
    }
    let mut member = list.institution[i].in_2026_list;
    let mut changes: Vec<_> = list.change.iter().collect();
    changes.sort_by_key(|c| std::cmp::Reverse(c.effective));
    for c in changes.into_iter().filter(|c| c.effective.0 > on) {
        if c.added.contains(&name) {
            member = false;
        }
        if c.removed.contains(&name) {
            member = true;
        }
    }
    match (member, on < list.partial_before.0) {
        (true, false) => Membership::Listed(name),
        (true, true) => Membership::Uncertain(name),
        (false, _) => Membership::NotListed(name),
    }
}

const SUGGESTION_CACHE_LIMIT: usize = 10_000;

/// The closest official name, when one is close enough to be a likely typo or variant.
fn suggest(ix: &UniversityIndex, key: &str) -> Option<String> {
    if let Some(hit) = ix.suggestions.lock().ok().and_then(|m| m.get(key).cloned()) {
        return hit;
    }
    let found = find_suggestion(ix, key);
    if let Ok(mut m) = ix.suggestions.lock() {
        if m.len() >= SUGGESTION_CACHE_LIMIT {
            m.clear();
        }
        m.insert(key.to_string(), found.clone());
    }
    found
}

fn find_suggestion(ix: &UniversityIndex, key: &str) -> Option<String> {
    let key_len = key.chars().count();
    if key_len < 4 {
        return None;
    }
    let typed_words: Vec<&str> = key.split(' ').collect();
    let mut best: Option<(f64, usize)> = None;
    for (cand, i) in &ix.candidates {
        // A similarity of 0.8 allows the lengths to differ by a fifth at most.
        let cand_len = cand.chars().count();
        if key_len.abs_diff(cand_len) * 5 > key_len.max(cand_len) {
            continue;
        }
        // Close as a whole, and every word that tells universities apart has a close match in what was
        // typed: "Keio University" is near "Kyoto University" only in its common words.
        let whole = similarity(key, cand);
        let words_match = distinctive(cand).all(|w| typed_words.iter().any(|t| similarity(t, w) >= 0.6));
        if whole < 0.8 || !words_match {
            continue;
        }
        if best.is_none_or(|(b, _)| whole > b) {
            best = Some((whole, *i));
        }
    }
    best.map(|(_, i)| ix.official[i].clone())
}

const COMMON_WORDS: &[&str] = &[
    "university",
    "universite",
    "universidad",
    "universitat",
    "college",
    "institute",
    "school",
    "of",
    "the",
    "and",
    "de",
    "di",
];

fn distinctive(normalized: &str) -> impl Iterator<Item = &str> {
    normalized.split(' ').filter(|w| !COMMON_WORDS.contains(w))
}

fn similarity(a: &str, b: &str) -> f64 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    1.0 - prev[b.len()] as f64 / longest as f64
}

/// Lower case, accents folded, `&` as "and", punctuation as spaces, a leading "the" dropped. Chinese
/// characters are kept as they are (both scripts are listed as aliases).
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars().flat_map(char::to_lowercase) {
        let folded = match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            '&' => {
                out.push_str(" and ");
                continue;
            }
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        out.push(folded);
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::parse;

    fn at(name: &str, on: &str) -> Membership {
        membership(crate::pack::embedded_pack(), name, parse(on).unwrap())
    }
    fn listed(name: &str) -> Membership {
        Membership::Listed(name.into())
    }

    #[test]
    fn the_2026_list_has_200_names() {
        let pack = crate::pack::embedded_pack();
        let on = parse("2026-01-01").unwrap();
        let listed = |u: &&crate::pack::University| matches!(membership(pack, &u.name, on), Membership::Listed(_));
        let count = pack.universities.institution.iter().filter(listed).count();
        assert_eq!(count, 200);
    }

    #[test]
    fn each_rebuilt_list_has_the_announced_size() {
        let pack = crate::pack::embedded_pack();
        for (on, size) in [
            ("2023-11-01", 184),
            ("2024-01-01", 185),
            ("2024-10-31", 185),
            ("2024-11-01", 198),
            ("2025-01-01", 199),
            ("2025-12-31", 199),
            ("2026-01-01", 200),
        ] {
            let d = parse(on).unwrap();
            let n = pack
                .universities
                .institution
                .iter()
                .filter(|u| matches!(membership(pack, &u.name, d), Membership::Listed(_)))
                .count();
            assert_eq!(n, size, "{on}");
        }
    }

    #[test]
    fn short_names_and_chinese_names_in_both_scripts() {
        for typed in ["MIT", "mit", "Massachusetts Institute of Technology"] {
            assert_eq!(at(typed, "2026-03-15"), listed("Massachusetts Institute of Technology"), "{typed}");
        }
        assert_eq!(at("UCL", "2026-03-15"), listed("University College London"));
        assert_eq!(at("HKU", "2026-03-15"), listed("The University of Hong Kong"));
        assert_eq!(at("University of Hong Kong", "2026-03-15"), listed("The University of Hong Kong"));
        assert_eq!(at("ETH Zurich", "2026-03-15"), listed("ETH Zurich - Swiss Federal Institute of Technology"));
        assert_eq!(at("清華大學", "2026-03-15"), listed("Tsinghua University"));
        assert_eq!(at("清华大学", "2026-03-15"), listed("Tsinghua University"));
        assert_eq!(at("Universite PSL", "2026-03-15"), listed("Université PSL"));
        assert_eq!(at("University of Sao Paulo", "2026-03-15"), listed("University of São Paulo"));
    }

    #[test]
    fn the_sorbonne_trap() {
        assert_eq!(at("Sorbonne University", "2026-03-15"), listed("Sorbonne University"));
        assert_eq!(at("Université Sorbonne Paris Cité", "2025-12-31"), listed("Université Sorbonne Paris Cité-USPC"));
        assert_eq!(
            at("Université Sorbonne Paris Cité", "2026-01-01"),
            Membership::NotListed("Université Sorbonne Paris Cité-USPC".into())
        );
        assert!(matches!(at("Université Paris-Sorbonne", "2026-03-15"), Membership::Predecessor { .. }));
    }

    #[test]
    fn additions_and_removals_take_effect_on_their_day() {
        assert_eq!(at("University of Vienna", "2025-12-31"), Membership::NotListed("University of Vienna".into()));
        assert_eq!(at("University of Vienna", "2026-01-01"), listed("University of Vienna"));
        assert_eq!(at("Sichuan University", "2024-10-31"), Membership::NotListed("Sichuan University".into()));
        assert_eq!(at("Sichuan University", "2024-11-01"), listed("Sichuan University"));
        assert_eq!(at("LSHTM", "2024-12-31"), listed("London School of Hygiene & Tropical Medicine"));
        assert_eq!(
            at("LSHTM", "2025-01-01"),
            Membership::NotListed("London School of Hygiene & Tropical Medicine".into())
        );
        assert_eq!(at("TU Eindhoven", "2023-12-31"), listed("Eindhoven University of Technology"));
        assert_eq!(
            at("TU Eindhoven", "2024-01-01"),
            Membership::NotListed("Eindhoven University of Technology".into())
        );
        assert_eq!(at("QMUL", "2023-12-31"), Membership::NotListed("Queen Mary University of London".into()));
    }

    #[test]
    fn before_november_2023_the_list_cannot_be_rebuilt_exactly() {
        assert_eq!(at("MIT", "2023-10-31"), Membership::Uncertain("Massachusetts Institute of Technology".into()));
        assert_eq!(at("MIT", "2023-11-01"), listed("Massachusetts Institute of Technology"));
    }

    #[test]
    fn unknown_names_get_a_suggestion_when_one_is_close() {
        assert_eq!(at("Keio University", "2026-03-15"), Membership::Unknown { suggestion: None });
        assert_eq!(
            at("Universty of Oxfrod", "2026-03-15"),
            Membership::Unknown { suggestion: Some("University of Oxford".into()) }
        );
        assert_eq!(
            at("Imperial Collage London", "2026-03-15"),
            Membership::Unknown { suggestion: Some("Imperial College London".into()) }
        );
    }
}
