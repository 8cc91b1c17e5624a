// The command line on a data folder, as a second writer beside the window uses it (in English).
import { execFileSync } from 'node:child_process';

/** A function that runs `app` with the given arguments on `data` and returns what it printed. */
export function cliOn(app, data, env = process.env) {
  return (...args) => execFileSync(app, ['--data-dir', data, '--lang', 'en', ...args], { encoding: 'utf8', env });
}
