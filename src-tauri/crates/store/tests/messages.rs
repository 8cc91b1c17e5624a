//! Every error the store can raise has a message in every locale.

use talentnav_i18n::{Locale, message_exists};

#[test]
fn every_store_error_has_a_message_in_every_locale() {
    let sources = [
        include_str!("../src/lib.rs"),
        include_str!("../src/clients.rs"),
        include_str!("../src/applications.rs"),
        include_str!("../src/audit.rs"),
        include_str!("../src/archive.rs"),
        include_str!("../src/attachments.rs"),
        include_str!("../src/text.rs"),
        include_str!("../../core/src/error.rs"),
    ];
    let ids: Vec<&str> = sources
        .iter()
        .flat_map(|s| s.split('"').skip(1).step_by(2))
        .filter(|p| {
            ["store-error-", "warn-", "io-", "db-"].iter().any(|prefix| p.starts_with(prefix))
                && p.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect();
    assert!(ids.len() >= 10, "{ids:?}");
    for id in ids {
        for l in Locale::ALL {
            assert!(message_exists(l, id), "{l}: {id}");
        }
    }
}
