/**
 * format=flowed text (RFC 3676) undone as postal-mime undoes it.
 */

const CR = 0x0d;

/**
 * postal-mime's decodeFlowedText (RFC 3676): a line's leading space (stuffing) removed; a line
 * ending in a space is joined with the next (dropping that space with delsp=yes), except the
 * signature separator "-- "; pieces are joined once, so that long paragraphs stay linear.
 */
export function decodeFlowed(text: string, delSp: boolean): string {
  const parts: string[] = [];
  let lineStart = 0;
  let lineLength = 0;
  const lines = splitCrLf(text);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.charCodeAt(0) === 0x20) line = line.slice(1);
    if (i > 0) {
      const last = parts.length > 0 ? (parts[parts.length - 1] as string) : "";
      const isSignature = lineLength === 3 && parts.slice(lineStart).join("") === "-- ";
      if (last.endsWith(" ") && !isSignature) {
        if (delSp) {
          if (last.length > 1) parts[parts.length - 1] = last.slice(0, -1);
          else parts.pop();
          lineLength--;
        }
      } else {
        parts.push("\n");
        lineStart = parts.length;
        lineLength = 0;
      }
    }
    if (line) {
      parts.push(line);
      lineLength += line.length;
    }
  }
  return parts.join("");
}

/** `text.split(/\r?\n/)`. */
function splitCrLf(text: string): string[] {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] as string;
    if (line.charCodeAt(line.length - 1) === CR) lines[i] = line.slice(0, -1);
  }
  return lines;
}
