//! The benchmarks' client files: 10,000 clients (Latin and Chinese names), one application each and 20
//! document items per application (200,000 in all), a fifth of them with an expiry date. Written in one
//! transaction with straight SQL and no audit entries (loading is not what is measured), then ANALYZEd.
//! One generator for the store bench (`cargo bench -p talentnav-store`) and the window bench
//! (`examples/seed.rs`, run by `scripts/bench`).

use crate::{Result, Store};

pub const CLIENTS: usize = 10_000;
pub const ITEMS_PER_CLIENT: usize = 20;
pub const FAMILY: [&str; 12] =
    ["Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Ng", "Leung", "Smith", "Tanaka", "Kim", "Singh"];
/// Client `i`'s Chinese name is `CHINESE[i % 12]` followed by `i` ("張3" is client 3).
pub const CHINESE: [&str; 12] = ["陳", "黃", "李", "張", "劉", "何", "吳", "梁", "史", "田中", "金", "辛"];

impl Store {
    /// Adds `clients` clients with `items_per_client` document items each (see the module's comment).
    pub async fn seed_bench_data(&self, clients: usize, items_per_client: usize) -> Result<()> {
        let mut tx = self.write().await?;
        let now = "2026-01-01T00:00:00Z";
        for i in 0..clients {
            let (f, c) = (FAMILY[i % 12], CHINESE[i % 12]);
            let given = format!("Given{i}");
            let search = format!("{} {} {}{}", f.to_lowercase(), given.to_lowercase(), c, i);
            let profile = format!(
                r#"{{"schema":"talentnav.profile/1","applicant":{{"name":{{"family":"{f}","given":"{given}","chinese":"{c}{i}"}}}}}}"#
            );
            let cid = sqlx::query("INSERT INTO clients (uid, family_name, given_name, chinese_name, nationality, search_text, profile_json, created_at, updated_at) VALUES (?, ?, ?, ?, 'GB', ?, ?, ?, ?)")
                .bind(format!("uid-{i}")).bind(f).bind(&given).bind(format!("{c}{i}")).bind(&search).bind(&profile).bind(now).bind(now)
                .execute(&mut *tx).await?.last_insert_rowid();
            let aid = sqlx::query("INSERT INTO applications (client_id, scheme, status, planned_submission_date, created_at, updated_at) VALUES (?, ?, ?, '2026-09-01', ?, ?)")
                .bind(cid).bind(["ttps", "qmas", "gep", "iang"][i % 4]).bind(["draft", "preparing", "submitted"][i % 3]).bind(now).bind(now)
                .execute(&mut *tx).await?.last_insert_rowid();
            for j in 0..items_per_client {
                let expiry = (j % 5 == 0).then(|| format!("2026-{:02}-{:02}", 1 + (i + j) % 12, 1 + (i * 7 + j) % 28));
                sqlx::query("INSERT INTO document_items (application_id, item_key, requirement_id, party, status, expiry_date, status_changed_at, created_at) VALUES (?, ?, 'photo', 'applicant', ?, ?, ?, ?)")
                    .bind(aid).bind(format!("doc{j}@applicant")).bind(["required", "received", "verified", "submitted"][(i + j) % 4]).bind(expiry).bind(now).bind(now)
                    .execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        sqlx::query("ANALYZE").execute(&self.pool).await?;
        Ok(())
    }
}
