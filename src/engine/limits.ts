/**
 * How much of an input the engine reads. Bounces are short; what makes an input big is the
 * returned original message, which comes last. Past these limits the input is cut, read, and the
 * result says `truncated: true`.
 */

/** Raw messages (`.eml`): the bytes handed to the MIME parser. */
export const MAX_RAW_BYTES = 2 * 1024 * 1024;

/** Text a person pasted, or a webmail page's text: characters read. */
export const MAX_TEXT_CHARS = 512 * 1024;

/** Human-readable body text that readers scan, after MIME decoding. */
export const MAX_BODY_CHARS = 256 * 1024;

/** Failed recipients reported for one input; a bounce listing more is cut and says so. */
export const MAX_FAILURES = 1000;
