/**
 * The user's choices, read by the options page now and by the webmail content scripts later.
 * Stored in `storage.sync` so they follow the user's browser profile; always read through
 * `normalizeSettings`, so a value written by an older or newer version never breaks a reader.
 */
import { storage } from "wxt/utils/storage";

/** Webmails Bounce Lens annotates. */
export type Site = "gmail" | "outlook";
export const SITES: readonly Site[] = ["gmail", "outlook"];

/** compact: one line per recipient that opens to the details; detailed: everything shown at once. */
export type BadgeStyle = "compact" | "detailed";
export const BADGE_STYLES: readonly BadgeStyle[] = ["compact", "detailed"];

export interface Settings {
  /** Whether bounces are explained automatically on each site. */
  annotate: Record<Site, boolean>;
  badgeStyle: BadgeStyle;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  annotate: Object.freeze({ gmail: true, outlook: true }),
  badgeStyle: "compact",
});

/** A change to some settings; what is left out stays as it is. */
export interface SettingsChange {
  annotate?: Partial<Record<Site, boolean>>;
  badgeStyle?: BadgeStyle;
}

const settingsItem = storage.defineItem<unknown>("sync:settings", { fallback: null });

/** Any stored value, however old, partial or foreign, turned into complete settings. */
export function normalizeSettings(stored: unknown): Settings {
  const value = isRecord(stored) ? stored : {};
  const annotate = isRecord(value.annotate) ? value.annotate : {};
  const badgeStyle = BADGE_STYLES.find((style) => style === value.badgeStyle) ?? DEFAULT_SETTINGS.badgeStyle;
  return {
    annotate: {
      gmail: typeof annotate.gmail === "boolean" ? annotate.gmail : DEFAULT_SETTINGS.annotate.gmail,
      outlook: typeof annotate.outlook === "boolean" ? annotate.outlook : DEFAULT_SETTINGS.annotate.outlook,
    },
    badgeStyle,
  };
}

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Applies `change` to the stored settings and returns the result. */
export async function saveSettings(change: SettingsChange): Promise<Settings> {
  const current = await loadSettings();
  const next: Settings = {
    annotate: { ...current.annotate, ...change.annotate },
    badgeStyle: change.badgeStyle ?? current.badgeStyle,
  };
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` whenever the settings change (in any tab or window); returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => onChange(normalizeSettings(stored)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
