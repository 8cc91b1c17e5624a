// The one door from the UI to Rust. Every IPC call goes through a Backend; the app uses the Tauri
// one, tests use a fake built from the same generated types and the real locale files.
import { invoke } from '@tauri-apps/api/core';
import type { AppInfo, ArgValue, ErrorCode, Locale, LocaleBundle, UserError } from './generated/bindings';

export type { AppInfo, Locale, LocaleBundle };

export interface Backend {
  appInfo(): Promise<AppInfo>;
  localeBundle(): Promise<LocaleBundle>;
  setLocale(locale: Locale): Promise<LocaleBundle>;
  appReady(): Promise<void>;
}

/** An error the user can read: a stable code for the UI to branch on and a message id to localize. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageId: string;
  readonly args: Record<string, ArgValue>;

  constructor(e: UserError) {
    super(e.message_id);
    this.code = e.code;
    this.messageId = e.message_id;
    this.args = Object.fromEntries(Object.entries(e.args).filter((kv): kv is [string, ArgValue] => kv[1] !== undefined));
  }
}

function isUserError(e: unknown): e is UserError {
  return typeof e === 'object' && e !== null && 'code' in e && 'message_id' in e && 'args' in e;
}

/** Anything a command rejects with, as an AppError (an unexpected rejection becomes `internal`). */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (isUserError(e)) return new AppError(e);
  return new AppError({ code: 'internal', message_id: 'error-internal', args: { detail: String(e) } });
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toAppError(e);
  }
}

export const tauriBackend: Backend = {
  appInfo: () => call<AppInfo>('app_info'),
  localeBundle: () => call<LocaleBundle>('locale_bundle'),
  setLocale: (locale) => call<LocaleBundle>('set_locale', { locale }),
  appReady: () => call<void>('app_ready'),
};
