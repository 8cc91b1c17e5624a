// `talentnav-window`: the Tauri window (what `talentnav` with no command becomes). It takes the same
// options, so `talentnav --lang zh-Hant` opens the window in Traditional Chinese.
#![cfg_attr(all(not(debug_assertions), target_os = "windows"), windows_subsystem = "windows")]

// No mimalloc here (the command line has it, for batch assessment): the window's threads sit idle, and
// mimalloc returns the pages they freed only when they allocate again, so the window kept some 20-40 MiB
// it no longer used. glibc's malloc gives freed memory back (issue 9's idle-memory target).

fn main() {
    lean_memory();
    std::process::exit(talentnav::cli::run(std::env::args_os().collect(), |ctx, _| talentnav::shell::run(ctx)));
}

/// Issue 10's memory target (≤ 350 MiB PSS with 10,000 clients, after use), measured by `scripts/bench`:
/// - JavaScriptCore's JIT is off in the web process (which inherits this environment). The UI is a
///   few hundred DOM nodes and a small bundle: with the interpreter every measured action stays
///   under 70 ms p95, and the web process holds some 10 MiB less after launch and 20-40 MiB less
///   after use. No JIT is also less attack surface. `JSC_useJIT` already set is left as it is.
/// - glibc keeps one malloc arena per thread that ever allocated (the async runtime's and the
///   store's worker threads), each holding what it freed: two arenas hold 5-8 MiB less.
fn lean_memory() {
    if std::env::var_os("JSC_useJIT").is_none() {
        // SAFETY: the first statement of main: no other thread exists yet to read the environment.
        unsafe { std::env::set_var("JSC_useJIT", "false") };
    }
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tunable of glibc's allocator; it is called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}
