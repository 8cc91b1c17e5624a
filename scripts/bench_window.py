#!/usr/bin/env python3
"""Measures the real app under Xvfb (run through scripts/bench). Launch time is taken from spawning the
process to the moment the page reports its first screen painted (the app's `app_ready` command prints
`talentnav-startup-ms` when TALENTNAV_STARTUP_TRACE is set). Memory is the PSS of the app and every
process it started (WebKitWebProcess, WebKitNetworkProcess), read from /proc after it has sat idle."""
import gzip, os, statistics, subprocess, sys, tempfile, time
from pathlib import Path

WARM_RUNS = 7
IDLE_SECONDS = 10

def descendants(pid):
    kids = {}
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                ppid = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(p.name))
            except (OSError, IndexError, ValueError):
                pass
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out

def pss_kib(pid):
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0

def launch(binary, data_dir, env):
    t0 = time.perf_counter()
    proc = subprocess.Popen([binary, "--data-dir", data_dir], env=env, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:
        if line.startswith("talentnav-startup-ms"):
            return proc, (time.perf_counter() - t0) * 1000
    raise SystemExit(f"the app exited before its first screen (status {proc.wait()})")

def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()

def drop_caches():
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False

PDF_FONTS = [
    ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"],
    ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/noto/NotoSans-Regular.ttf"],
]

def measure(binary, data, env):
    """Cold and warm launch to the first screen, and idle PSS of the program and its WebKit processes."""
    dropped = drop_caches()
    proc, cold = launch(binary, data, env)
    stop(proc)
    warm = []
    for _ in range(WARM_RUNS):
        proc, ms = launch(binary, data, env)
        warm.append(ms)
        stop(proc)
    proc, _ = launch(binary, data, env)
    time.sleep(IDLE_SECONDS)
    procs = [(p, Path(f"/proc/{p}/comm").read_text().strip()) for p in descendants(proc.pid) if Path(f"/proc/{p}").exists()]
    mem = [(name, pss_kib(p)) for p, name in procs]
    stop(proc)
    return {"cold": cold, "dropped": dropped, "warm": warm, "mem": mem, "total": sum(k for _, k in mem)}

def main():
    binary, dist = sys.argv[1], Path(sys.argv[2])
    empty = sys.argv[3] if len(sys.argv) > 3 else None
    # `talentnav` with no command becomes talentnav-window, the program that links GTK/WebKit.
    window = Path(binary).with_name("talentnav-window")
    size, cli_size = window.stat().st_size, Path(binary).stat().st_size
    fonts = sum(f.stat().st_size for f in dist.rglob("*.woff2"))
    # Noto Sans CJK and Noto Sans, embedded in both programs for PDF checklists (where the build finds them).
    cjk = sum(next((Path(p).stat().st_size for p in paths if Path(p).is_file()), 0) for paths in PDF_FONTS)
    home = tempfile.mkdtemp(prefix="talentnav-bench-")
    env = dict(os.environ, TALENTNAV_STARTUP_TRACE="1", HOME=home, XDG_CACHE_HOME=f"{home}/cache",
               XDG_DATA_HOME=f"{home}/share", LANG="en_US.UTF-8")
    data = f"{home}/data"
    # The window reopens where it was last used: from the interview, its first screen is the interview.
    os.makedirs(data, mode=0o700, exist_ok=True)
    Path(data, "window-state.json").write_text('{"screen":"interview","step":0}')
    js_gz = sum(len(gzip.compress(f.read_bytes(), 9)) for f in (dist / "assets").glob("*.js"))

    app = measure(binary, data, env)
    base = measure(empty, data, env) if empty else None
    med = lambda m: statistics.median(m["warm"])
    ratio = lambda a, b: f"{a / b:.1f}×" if b else ""

    mib = lambda b: b / 1048576
    rows = [
        ("talentnav-window (release) size", f"{mib(size):.1f} MiB", "", "< 25 MiB without fonts"),
        ("  of which bundled UI fonts (woff2)", f"{mib(fonts):.1f} MiB", "", ""),
        ("  of which Noto Sans CJK + Noto Sans for PDF checklists", f"{mib(cjk):.1f} MiB", "", ""),
        ("  without the fonts (≈)", f"{mib(size - fonts - cjk):.1f} MiB",
         f"{mib(Path(empty).stat().st_size):.1f} MiB" if empty else "", "< 25 MiB"),
        ("talentnav (command line, no GTK/WebKit) size", f"{mib(cli_size):.1f} MiB", "", ""),
        ("UI JavaScript, gzipped (no fonts)", f"{js_gz / 1024:.0f} KB", "0 KB" if empty else "", "< 400 KB"),
        ("launch → interactive interview, cold" + ("" if app["dropped"] else " (page cache not dropped: not root)"),
         f"{app['cold']:.0f} ms", f"{base['cold']:.0f} ms" if base else "", ""),
        (f"launch → interactive interview, warm (median of {WARM_RUNS})", f"{med(app):.0f} ms",
         f"{med(base):.0f} ms  {ratio(med(app), med(base))}" if base else "", "< 1000 ms"),
        ("  warm min / max", f"{min(app['warm']):.0f} / {max(app['warm']):.0f} ms", "", ""),
    ]
    rows += [(f"idle PSS after {IDLE_SECONDS} s: {name}", f"{k / 1024:.0f} MiB", "", "") for name, k in app["mem"]]
    rows.append(("idle PSS total (app + WebKit processes)", f"{app['total'] / 1024:.0f} MiB",
                 f"{base['total'] / 1024:.0f} MiB  {ratio(app['total'], base['total'])}" if base else "", "≤ 300 MiB"))
    w = max(len(r[0]) for r in rows)
    print(f"{'measure':<{w}}  {'app':>14}  {'empty Tauri 2 window':>22}  target")
    print("-" * (w + 60))
    for name, value, baseline, target in rows:
        print(f"{name:<{w}}  {value:>14}  {baseline:>22}  {target}")

if __name__ == "__main__":
    main()
