// `talentnav`: every command, headless. With no command it hands over to `talentnav-window`, so this
// program links no GTK or WebKit and starts in a few milliseconds.
#![cfg_attr(all(not(debug_assertions), target_os = "windows"), windows_subsystem = "windows")]

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(talentnav::cli::run(std::env::args_os().collect(), talentnav::cli::hand_over_to_window));
}
