/**
 * The text of an element as `innerText` would give it, rebuilt from the markup alone. Needed where
 * there is no layout (happy-dom, jsdom) and for elements the browser has not rendered, where
 * `innerText` falls back to `textContent` and loses every line break the engine reads by.
 *
 * Follows the HTML standard's "rendered text collection steps", with each element's display taken
 * from its tag name instead of computed style: blocks break lines, `<p>` leaves a blank line,
 * table cells are separated by tabs and rows by line breaks, white space collapses outside `<pre>`.
 */

/** Elements whose content is never shown as text. */
const NOT_RENDERED = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "head",
  "title",
  "meta",
  "link",
  "iframe",
  "object",
  "embed",
  "svg",
  "canvas",
  "video",
  "audio",
  "select",
  "textarea",
  "input",
]);

/** Elements displayed as blocks by the browser's own style sheet (`<p>` has its own rule). */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "listing",
  "main",
  "menu",
  "nav",
  "ol",
  "pre",
  "section",
  "summary",
  "table",
  "ul",
  "xmp",
]);

const PREFORMATTED = new Set(["pre", "listing", "xmp", "plaintext"]);

type WhiteSpace = "collapse" | "pre" | "pre-line";

/** A piece of text, or a number: how many line breaks must separate what comes before and after. */
type Item = number | { text: string; kind: "collapsible" | "preserved" | "separator" };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** How many nodes are read at most: a pathological body must not freeze the page. */
const MAX_NODES = 50_000;

export function structuralText(element: Element): string {
  const items: Item[] = [];
  // A loop over an explicit stack, not recursion: a body nested deeper than the call stack must
  // not throw into the page.
  const stack: Frame[] = [];
  let nodes = 0;
  if (isRendered(element)) stack.push(enter(element, whiteSpaceOf(element, "collapse"), items));
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.next;
    if (child === null || ++nodes > MAX_NODES) {
      leave(frame, items);
      stack.pop();
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      items.push(textItem((child as Text).data, frame.whiteSpace));
    } else if (child.nodeType === ELEMENT_NODE && isRendered(child as Element)) {
      const childElement = child as Element;
      if (childElement.localName === "br") items.push({ text: "\n", kind: "separator" });
      else stack.push(enter(childElement, whiteSpaceOf(childElement, frame.whiteSpace), items));
    }
  }
  return join(items);
}

/** An element being read: how white space goes inside it, its line breaks, the next child to read. */
interface Frame {
  element: Element;
  whiteSpace: WhiteSpace;
  breaks: number;
  next: Node | null;
}

function enter(element: Element, whiteSpace: WhiteSpace, items: Item[]): Frame {
  const name = element.localName;
  const breaks = name === "p" ? 2 : BLOCKS.has(name) ? 1 : 0;
  if (breaks > 0) items.push(breaks);
  return { element, whiteSpace, breaks, next: element.firstChild };
}

function leave({ element, breaks }: Frame, items: Item[]): void {
  const name = element.localName;
  if ((name === "td" || name === "th") && nextSiblingNamed(element, ["td", "th"]) !== null) {
    items.push({ text: "\t", kind: "separator" });
  }
  if (name === "tr" && nextRowOfTable(element) !== null) items.push({ text: "\n", kind: "separator" });
  if (breaks > 0) items.push(breaks);
}

function isRendered(element: Element): boolean {
  return !NOT_RENDERED.has(element.localName) && !isHiddenByMarkup(element);
}

function textItem(data: string, whiteSpace: WhiteSpace): Item {
  if (whiteSpace === "pre") return { text: data, kind: "preserved" };
  if (whiteSpace === "pre-line") {
    return { text: data.replace(/[ \t\f\r]+/g, " ").replace(/ ?\n ?/g, "\n"), kind: "preserved" };
  }
  return { text: data.replace(/[ \t\n\r\f]+/g, " "), kind: "collapsible" };
}

/** `hidden` and an inline `display: none` are all the markup says; class-based hiding needs layout. */
function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute("hidden")) return true;
  const style = element.getAttribute("style");
  return style !== null && /display\s*:\s*none/i.test(style);
}

function whiteSpaceOf(element: Element, inherited: WhiteSpace): WhiteSpace {
  const style = element.getAttribute("style");
  const declared = style === null ? null : /white-space\s*:\s*([a-z-]+)/i.exec(style);
  if (declared !== null) {
    const value = (declared[1] as string).toLowerCase();
    if (value === "pre" || value === "pre-wrap" || value === "break-spaces") return "pre";
    if (value === "pre-line") return "pre-line";
    if (value === "normal" || value === "nowrap") return "collapse";
  }
  return PREFORMATTED.has(element.localName) ? "pre" : inherited;
}

function nextSiblingNamed(element: Element, names: readonly string[]): Element | null {
  for (let sibling = element.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling) {
    if (names.includes(sibling.localName)) return sibling;
  }
  return null;
}

/** The next row of the same table, possibly in the next row group (`<tbody>`, `<tfoot>`). */
function nextRowOfTable(row: Element): Element | null {
  const sameGroup = nextSiblingNamed(row, ["tr"]);
  if (sameGroup !== null) return sameGroup;
  const group = row.parentElement;
  if (group === null || !["tbody", "thead", "tfoot"].includes(group.localName)) return null;
  for (let next = group.nextElementSibling; next !== null; next = next.nextElementSibling) {
    const first = next.localName === "tr" ? next : next.querySelector(":scope > tr");
    if (first !== null) return first;
  }
  return null;
}

/**
 * Joins the items: runs of required breaks become as many line breaks as the largest of them (none
 * at the start or end), and collapsible spaces vanish at line starts, line ends and after a space.
 * Built from parts, not by growing one string, so that looking at its end stays cheap.
 */
function join(items: readonly Item[]): string {
  const parts: string[] = [];
  let pendingBreaks = 0;
  for (const item of items) {
    if (typeof item === "number") {
      pendingBreaks = Math.max(pendingBreaks, item);
      continue;
    }
    let text = item.text;
    if (item.kind === "collapsible" && (pendingBreaks > 0 || endsInSpaceOrBreak(parts))) text = text.replace(/^ /, "");
    if (text === "") continue;
    if (pendingBreaks > 0 && parts.length > 0) {
      trimEndSpaces(parts);
      parts.push("\n".repeat(pendingBreaks));
    }
    pendingBreaks = 0;
    if (item.kind === "separator") trimEndSpaces(parts);
    parts.push(text);
  }
  trimEndSpaces(parts);
  return parts.join("");
}

/** True at the very start too: a line's first collapsible space is not shown. */
function endsInSpaceOrBreak(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1];
  if (last === undefined) return true;
  const char = last.charCodeAt(last.length - 1);
  return char === 32 || char === 10 || char === 9;
}

function trimEndSpaces(parts: string[]): void {
  while (parts.length > 0) {
    const last = parts[parts.length - 1] as string;
    let end = last.length;
    while (end > 0 && last.charCodeAt(end - 1) === 32) end--;
    if (end > 0) {
      parts[parts.length - 1] = last.slice(0, end);
      return;
    }
    parts.pop();
  }
}
