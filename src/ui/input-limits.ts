/**
 * How much the panel takes in. Capping here keeps a 2 MB paste from freezing the popup: the
 * browser's own work to put pasted text into a textarea grows with its length (measured in
 * Chromium 156: about 280 ms for 512 K characters, 180 ms for 256 K). Bounces are a few
 * kilobytes; 256 K characters still holds any bounce with a long quoted original. A file is read
 * up to what the engine reads of raw messages.
 */
import { MAX_RAW_BYTES } from "../engine/limits";

export const MAX_PASTE_CHARS = 256 * 1024;
export const MAX_FILE_BYTES = MAX_RAW_BYTES;

/** Waiting time after the last keystroke before explaining, so typing stays fluid. */
export const EXPLAIN_DELAY_MS = 250;
