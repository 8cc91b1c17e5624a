//! `cargo bench -p talentnav-store`: 10,000 clients with 200,000 document items in a real SQLite file;
//! client search and the expiring-documents query (p50/p95, target p95 < 20 ms), the dashboard's
//! warnings and its documents still missing (one row per application in progress), importing 1,000
//! client archives (target < 15 s), and the database size.

use std::time::{Duration, Instant};
use talentnav_rules::input::parse_profile;
use talentnav_store::{
    Store,
    bench_data::{CLIENTS, ITEMS_PER_CLIENT},
    clients::ClientQuery,
};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).await.unwrap();

    // Loading the data is not what is measured.
    let t = Instant::now();
    store.seed_bench_data(CLIENTS, ITEMS_PER_CLIENT).await.unwrap();
    let load = t.elapsed();

    let time = async |q: ClientQuery, runs: usize| {
        let mut v = Vec::with_capacity(runs);
        let mut n = 0;
        for _ in 0..runs {
            let t = Instant::now();
            n = store.search_clients(&q).await.unwrap().len();
            v.push(t.elapsed());
        }
        v.sort();
        (percentile(&v, 0.5), percentile(&v, 0.95), n)
    };
    let name = time(ClientQuery { name: Some("wong".into()), limit: Some(50), ..Default::default() }, 200).await;
    let chinese = time(ClientQuery { name: Some("張12".into()), limit: Some(50), ..Default::default() }, 200).await;
    let filtered = time(
        ClientQuery {
            scheme: Some("ttps".into()),
            status: Some("preparing".into()),
            documents_missing: true,
            limit: Some(50),
            ..Default::default()
        },
        200,
    )
    .await;
    let expiring = time(
        ClientQuery {
            expiring_within_days: Some(30),
            today: Some("2026-03-01".into()),
            limit: Some(50),
            ..Default::default()
        },
        200,
    )
    .await;

    // The dashboard's store side: the warnings of every application in progress (6,667 of 10,000).
    macro_rules! timed {
        ($runs:expr, $hits:expr) => {{
            let mut v = Vec::with_capacity($runs);
            let mut n = 0;
            for _ in 0..$runs {
                let t = Instant::now();
                n = $hits;
                v.push(t.elapsed());
            }
            v.sort();
            (percentile(&v, 0.5), percentile(&v, 0.95), n)
        }};
    }
    let pack = talentnav_rules::pack::embedded_pack();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let warnings = timed!(5, store.warnings(pack, as_of).await.unwrap().len());
    // Its documents still missing, one row per application: one aggregate query.
    let missing = timed!(20, store.missing_items().await.unwrap().len());

    // Import 1,000 real client archives, each in its own transaction.
    let p = parse_profile(br#"{"schema":"talentnav.profile/1","applicant":{"name":{"family":"Import"},"nationality":"GB"},"has_job_offer":true,"dependants":[{"relationship":"spouse"}]}"#).unwrap();
    let src = Store::open(&dir.path().join("src")).await.unwrap();
    let c = src.add_client(&p).await.unwrap();
    src.create_application(talentnav_rules::pack::embedded_pack(), c.id, "gep", None, None).await.unwrap();
    let archives_dir = dir.path().join("archives");
    std::fs::create_dir_all(&archives_dir).unwrap();
    let mut archives = Vec::new();
    for i in 0..1000 {
        // A fresh identity each time: the source client is updated (new uid via re-adding).
        let c = src.add_client(&p).await.unwrap();
        src.create_application(talentnav_rules::pack::embedded_pack(), c.id, "gep", None, None).await.unwrap();
        let path = archives_dir.join(format!("{i}.zip"));
        src.export_client(c.id, &path).await.unwrap();
        archives.push(path);
    }
    let t = Instant::now();
    for a in &archives {
        store.import_client(talentnav_rules::pack::embedded_pack(), a).await.unwrap();
    }
    let import = t.elapsed();
    store.close().await;
    let size: u64 = std::fs::read_dir(dir.path().join("data"))
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();

    println!("\n{:<54} {:>10} {:>10}   target", "10,000 clients, 200,000 document items", "p50", "p95");
    let row = |label: &str, (p50, p95, n): (Duration, Duration, usize)| {
        println!("{:<54} {:>10} {:>10}   p95 < 20 ms", format!("{label} ({n} hits)"), ms(p50), ms(p95))
    };
    row("search by Latin name (\"wong\")", name);
    row("search by Chinese name (\"張12\")", chinese);
    row("scheme + status + documents missing", filtered);
    row("documents expiring within 30 days", expiring);
    println!(
        "{:<54} {:>10} {:>10}",
        format!("dashboard warnings, all open applications ({} hits)", warnings.2),
        ms(warnings.0),
        ms(warnings.1)
    );
    println!(
        "{:<54} {:>10} {:>10}",
        format!("dashboard: documents still missing ({} applications)", missing.2),
        ms(missing.0),
        ms(missing.1)
    );
    println!("{:<54} {:>21}   < 15 s", "import 1,000 client archives", format!("{:.2} s", import.as_secs_f64()));
    println!("{:<54} {:>21}", "database size (with 1,000 imported)", format!("{:.1} MiB", size as f64 / 1048576.0));
    println!("{:<54} {:>21}", "(loading the test data)", format!("{:.1} s", load.as_secs_f64()));
}
