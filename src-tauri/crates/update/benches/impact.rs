//! The impact report over 10,000 clients (`cargo bench -p talentnav-update`, printed under the store's
//! table by `scripts/bench-store`): each profile assessed with the built-in pack and a stricter one
//! (TTPS A threshold moved, one university removed); must stay under 2 s.

#[path = "../tests/common/mod.rs"]
mod common;

use talentnav_i18n::Locale;
use talentnav_rules::{date, pack::embedded_pack};
use talentnav_update::impact;

fn main() {
    let files = common::stricter("2026.3.0");
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let new = talentnav_rules::pack::Pack::load(&refs).unwrap();
    let on = date::parse("2026-07-01").unwrap();
    let profiles = common::clients(10_000);
    let start = std::time::Instant::now();
    let changed =
        profiles.iter().filter(|p| !impact::changes(p, on, embedded_pack(), &new, Locale::En).is_empty()).count();
    let took = start.elapsed();
    // A row of the store bench's table (same columns), so scripts/bench-store prints one table.
    let label = format!("impact of a rule change, 10,000 clients ({changed} moved)");
    println!("{label:<54} {:>21}   < 2 s", format!("{:.2} s", took.as_secs_f64()));
    assert!(took.as_secs_f64() < 2.0, "over budget: {took:?}");
}
