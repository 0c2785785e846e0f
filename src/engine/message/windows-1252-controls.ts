/**
 * Text labelled windows-1252 (or latin1, us-ascii, which mean windows-1252 on the web) uses bytes
 * 0x80-0x9F for curly quotes, dashes, the euro sign. Node 20.18.3 and later 20.x/22.x releases
 * decode those bytes as the C1 control characters U+0080-U+009F instead (nodejs/node#60888),
 * so "d’au" arrives as "d\u0092au" in the command line while browsers show it right. Real text
 * never holds C1 controls, so they are mapped back to what windows-1252 means by them.
 */

/** WHATWG's windows-1252 index for 0x80-0x9F; the five bytes it leaves to C1 stay as they are. */
const C1_AS_WINDOWS_1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

const HAS_C1 = /[\u0080-\u009f]/;
const C1 = /[\u0080-\u009f]/g;

export function repairC1Controls(text: string): string {
  if (!HAS_C1.test(text)) return text;
  return text.replace(C1, (c) => C1_AS_WINDOWS_1252.charAt(c.charCodeAt(0) - 0x80));
}
