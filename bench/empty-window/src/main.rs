// An empty Tauri 2 window with one page and two commands: `ready` (first paint, as the app's
// app_ready) and `noop` (an IPC round trip, the baseline for a change reaching the results rail).
use std::time::Instant;

struct Started(Instant);

#[tauri::command]
fn ready(started: tauri::State<'_, Started>) {
    eprintln!("talentnav-startup-ms {:.1}", started.0.elapsed().as_secs_f64() * 1000.0);
}

#[tauri::command]
fn noop() {}

fn main() {
    tauri::Builder::default()
        .manage(Started(Instant::now()))
        .invoke_handler(tauri::generate_handler![ready, noop])
        .run(tauri::generate_context!())
        .expect("the window");
}
