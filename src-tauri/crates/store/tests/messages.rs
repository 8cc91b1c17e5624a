//! Every error the store can raise has a message in every locale.

use talentnav_i18n::{Locale, message_exists};

#[test]
fn every_store_error_has_a_message_in_every_locale() {
    let sources = [
        include_str!("../src/lib.rs"),
        include_str!("../src/clients.rs"),
        include_str!("../src/applications.rs"),
        include_str!("../src/audit.rs"),
    ];
    let ids: Vec<&str> = sources
        .iter()
        .flat_map(|s| s.split('"').skip(1).step_by(2))
        .filter(|p| {
            (p.starts_with("store-error-") || p.starts_with("warn-"))
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
