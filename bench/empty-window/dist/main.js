requestAnimationFrame(() => setTimeout(() => window.__TAURI_INTERNALS__.invoke('ready'), 0));
// For the bench: a no-op IPC round trip to the next frame, as the app's change → rail.
window.__noopRoundTrip = () => {
  const t0 = performance.now();
  return window.__TAURI_INTERNALS__.invoke('noop').then(() => new Promise((r) => requestAnimationFrame(() => r(performance.now() - t0))));
};
