// `talentnav-window`: the Tauri window (what `talentnav` with no command becomes). It takes the same
// options, so `talentnav --lang zh-Hant` opens the window in Traditional Chinese.
#![cfg_attr(all(not(debug_assertions), target_os = "windows"), windows_subsystem = "windows")]

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(talentnav::cli::run(std::env::args_os().collect(), |ctx, _| talentnav::shell::run(ctx)));
}
