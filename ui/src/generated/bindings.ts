// Generated from the Rust types by tests/bindings.rs. Do not edit by hand.

export type Locale = "en" | "zh-Hant" | "zh-Hans";

export type ArgValue = number | string;

export type ErrorCode = "invalid_input" | "io" | "internal";

export type UserError = { code: ErrorCode, message_id: string, args: { [key in string]: ArgValue }, };

export type PackInfo = { id: string, version: string, 
/**
 * Hex SHA-256 over every file of the pack.
 */
sha256: string, 
/**
 * The newest revision date (YYYY-MM-DD) among the pack's sources.
 */
revised: string, };

export type AppInfo = { version: string, data_dir: string, rule_pack: PackInfo, };

export type LocaleBundle = { locale: Locale, resources: Array<string>, fallback: Array<string>, };
