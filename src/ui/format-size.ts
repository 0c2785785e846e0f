import { t } from "../extension/i18n";

/** A byte count as a short localized size ("12 KB", "2.0 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return t("sizeMegabytes", (bytes / (1024 * 1024)).toFixed(1));
  return t("sizeKilobytes", String(Math.max(1, Math.round(bytes / 1024))));
}

/** A text length, said as characters (what the paste box counts). */
export function formatChars(chars: number): string {
  return t("sizeCharacters", chars.toLocaleString());
}
