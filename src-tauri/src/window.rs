// `talentnav-window`: the Tauri window (what `talentnav` with no command becomes). It takes the same
// options, so `talentnav --lang zh-Hant` opens the window in Traditional Chinese.
#![cfg_attr(all(not(debug_assertions), target_os = "windows"), windows_subsystem = "windows")]

// No mimalloc here (the command line has it, for batch assessment): the window's threads sit idle, and
// mimalloc returns the pages they freed only when they allocate again, so the window kept some 20-40 MiB
// it no longer used. glibc's malloc gives freed memory back (issue 9's idle-memory target).

fn main() {
    std::process::exit(talentnav::cli::run(std::env::args_os().collect(), |ctx, _| talentnav::shell::run(ctx)));
}
