// No console window on Windows release builds; the CLI still writes to a parent console.
#![cfg_attr(all(not(debug_assertions), target_os = "windows"), windows_subsystem = "windows")]

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(talentnav::cli::run(std::env::args_os().collect()));
}
