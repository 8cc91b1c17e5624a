//! `cargo bench -p talentnav-rules`: one in-process assessment of a full profile, with every
//! explanation localized, timed many times; prints p50 / p95 / p99 per locale (target p50 < 100 µs).

use std::time::{Duration, Instant};
use talentnav_i18n::Locale;
use talentnav_rules::{date, input::parse_profile, pack::embedded_pack};

const PROFILES: &[(&str, &str)] = &[
    ("adult (TTPS B, 8 schemes)", include_str!("../../../../tests/cases/base/adult.json")),
    ("bare (all unknown)", r#"{"schema": "talentnav.profile/1", "submission_date": "2026-03-15"}"#),
];
const RUNS: usize = 20_000;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let as_of = date::parse("2026-03-15").expect("a date");
    let pack = embedded_pack();
    println!("{:<28} {:<8} {:>10} {:>10} {:>10}   target", "profile", "locale", "p50", "p95", "p99");
    for (name, json) in PROFILES {
        let profile = parse_profile(json.as_bytes()).expect("the bench profiles are valid");
        for locale in Locale::ALL {
            // Warm up: the first call builds the catalogue and the per-locale texts.
            for _ in 0..200 {
                std::hint::black_box(talentnav_rules::assess(pack, &profile, as_of, locale));
            }
            let mut times: Vec<Duration> = (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(talentnav_rules::assess(pack, &profile, as_of, locale));
                    t.elapsed()
                })
                .collect();
            times.sort();
            let us = |d: Duration| format!("{:.1} µs", d.as_secs_f64() * 1e6);
            println!(
                "{:<28} {:<8} {:>10} {:>10} {:>10}   p50 < 100 µs",
                name,
                locale.tag(),
                us(percentile(&times, 0.5)),
                us(percentile(&times, 0.95)),
                us(percentile(&times, 0.99))
            );
        }
    }
}
