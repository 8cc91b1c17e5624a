// Noto Sans SC, for Simplified Chinese: its ~210 @font-face rules (one per unicode-range slice and
// weight) are only parsed when the window is in zh-Hans, which saves ~4 MiB in the web process in the
// other languages (measured against an empty Tauri window). Loaded by App's apply().
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
