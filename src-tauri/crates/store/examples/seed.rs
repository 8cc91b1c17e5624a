//! `cargo run --release -p talentnav-store --example seed -- DATA_DIR`: fills a new data folder with
//! the benchmarks' client files (10,000 clients, 200,000 document items), for the window bench.

use talentnav_store::{
    Store,
    bench_data::{CLIENTS, ITEMS_PER_CLIENT},
};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: seed DATA_DIR (a new, empty folder)");
        std::process::exit(2);
    };
    let dir = std::path::PathBuf::from(dir);
    let store = Store::open(&dir).await.unwrap_or_else(|e| panic!("{}", e.localized(talentnav_i18n::Locale::En)));
    if store.search_clients(&Default::default()).await.is_ok_and(|c| !c.is_empty()) {
        eprintln!("{} already holds clients", dir.display());
        std::process::exit(1);
    }
    store
        .seed_bench_data(CLIENTS, ITEMS_PER_CLIENT)
        .await
        .unwrap_or_else(|e| panic!("{}", e.localized(talentnav_i18n::Locale::En)));
    store.close().await;
}
