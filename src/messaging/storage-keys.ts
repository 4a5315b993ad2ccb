// Everything kept in storage.local, by key, with the type of its value: the
// one place a key is spelled. The background writes prefs, health and
// storageError; content scripts write their outbox and read prefs; the pages
// read health and storageError.
import type { Site } from '../core/types';
import type { ContentRequest } from './protocol';

/** The words the inline buttons show (sites/shared/strings.ts bundles only English). */
export const CONTENT_WORD_KEYS = ['armedState', 'errorState', 'logAsFollowUp', 'loggedState', 'trackThisConversation', 'trackedState', 'untrackedState'] as const;
export type ContentWordKey = (typeof CONTENT_WORD_KEYS)[number];

/** What content scripts need, mirrored by the background (background/content-prefs.ts). */
export interface ContentPrefs {
  snippets: boolean;
  /** the buttons' words in the browser's language, when the worker could read them */
  words?: Partial<Record<ContentWordKey, string>>;
}

/** Which roles a site's selectors found, as its content script last reported them. */
export interface HealthReport {
  roles: Record<string, boolean>;
  /** epoch ms */
  at: number;
}

/** The latest quota or "backing store" failure, until the user dismisses it. */
export interface StorageErrorRecord {
  message: string;
  /** epoch ms */
  at: number;
}

export type OutboxEntry = Extract<ContentRequest, { type: 'observe' | 'retract' }>;

/** An event waiting for the background's acknowledgement (content/outbox.ts). */
export interface OutboxRecord {
  entry: OutboxEntry;
  queuedAt: number;
}

export const PREFS_KEY = 'prefs';
/** Sync (src/sync/config.ts): this device's server, login and keys; the state of its passes. */
export const SYNC_CONFIG_KEY = 'syncConfig';
export const SYNC_STATE_KEY = 'syncState';
export const STORAGE_ERROR_KEY = 'storageError';
export const healthKey = (site: Site) => `health:${site}` as const;
/** Every outbox key of one site starts so; the rest of the key names the events. */
export const outboxPrefix = (site: Site) => `outbox:${site}:` as const;

export type StoredValues =
  & { [PREFS_KEY]: ContentPrefs; [STORAGE_ERROR_KEY]: StorageErrorRecord }
  & { [K in ReturnType<typeof healthKey>]: HealthReport }
  & { [outbox: `outbox:${string}`]: OutboxRecord };

export interface LocalArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Partial<StoredValues>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * storage.local without webextension-polyfill (content scripts stay small):
 * Firefox's browser.*, else Chrome's chrome.* (promise-based in MV3).
 * Undefined where there is none (a page torn down, a unit test).
 */
export function localArea(): LocalArea | undefined {
  const g = globalThis as { browser?: { storage?: { local?: LocalArea } }; chrome?: { storage?: { local?: LocalArea } } };
  return (g.browser ?? g.chrome)?.storage?.local;
}
