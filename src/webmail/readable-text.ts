/**
 * A message body's text as its reader sees it, for the engine. In a page the browser has laid out,
 * `innerText` is exact: it knows the style sheets, so text Gmail or Outlook hides stays out. Where
 * there is no layout (unit tests) or the body is not rendered, `innerText` would give the bare
 * `textContent`, so the text is rebuilt from the markup instead.
 */
import { quietly } from "./quietly";
import { structuralText } from "./structural-text";

export function readableText(element: Element): string {
  try {
    if (isLaidOut(element)) {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, line breaks and all, is the point.
      const text = (element as HTMLElement).innerText;
      if (typeof text === "string") return text;
    }
    return structuralText(element);
  } catch {
    return quietly("", () => element.textContent ?? "");
  }
}

/**
 * happy-dom answers one empty rectangle; a laid-out body always has some size. `in`, not a read:
 * reading `innerText` would lay the page out just to ask.
 */
function isLaidOut(element: Element): boolean {
  if (!("innerText" in element)) return false;
  const rects = element.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const rect = rects[i];
    if (rect !== undefined && (rect.width > 0 || rect.height > 0)) return true;
  }
  return false;
}
