/** Text of a short element (a subject, a name) on one line, without layout. */
export function lineText(element: Element): string {
  return (element.textContent ?? "").replace(/\s+/g, " ").trim();
}
