// @vitest-environment happy-dom
/** Body text like `innerText`: from the browser when it has laid the body out, rebuilt from markup otherwise. */
import { describe, expect, it } from "vitest";
import { readableText } from "../../src/webmail/readable-text";
import { structuralText } from "../../src/webmail/structural-text";

/** Builds markup through the parser of a separate document: test input only, never page code. */
function element(markup: string): Element {
  const page = new DOMParser().parseFromString(`<!DOCTYPE html><body><div id="root">${markup}</div>`, "text/html");
  return page.getElementById("root") as Element;
}

describe("structural text", () => {
  it.each([
    ["blocks break lines", "<div>one</div><div>two</div>", "one\ntwo"],
    ["paragraphs leave a blank line", "<p>one</p><p>two</p>", "one\n\ntwo"],
    ["<br> breaks a line", "one<br>two", "one\ntwo"],
    [
      "spaces collapse, and vanish at line starts and ends",
      "<div>  one \n  two  </div><div>\tthree </div>",
      "one two\nthree",
    ],
    [
      "inline elements join",
      "Your message to <a><b>bob@example.com</b></a> couldn't be delivered.",
      "Your message to bob@example.com couldn't be delivered.",
    ],
    [
      "cells are tab-separated, rows line-separated",
      "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
      "a\tb\nc",
    ],
    [
      "rows continue across row groups",
      "<table><thead><tr><td>h</td></tr></thead><tbody><tr><td>b</td></tr></tbody></table>",
      "h\nb",
    ],
    ["<pre> keeps its spaces and lines", "<pre>Received: from x\n by y</pre>", "Received: from x\n by y"],
    ["white-space: pre-wrap keeps them too", '<div style="white-space: pre-wrap">a  b\nc</div>', "a  b\nc"],
    ["non-breaking spaces stay", "a&nbsp;&nbsp;b", "a\u00a0\u00a0b"],
    [
      "scripts, styles and templates are not text",
      "<script>x()</script><style>p{}</style><template>t</template>shown",
      "shown",
    ],
    ["hidden and display:none are not text", '<div hidden>h</div><span style="display: none">n</span>shown', "shown"],
    ["runs of breaks collapse to the largest", "<p>one</p><div><p>two</p></div>", "one\n\ntwo"],
    ["nothing at the start or end", "<p></p><div>only</div><p></p>", "only"],
  ])("%s", (_name, markup, expected) => {
    expect(structuralText(element(markup))).toBe(expected);
  });

  it("reads Gmail's bounce card the way Gmail shows it", () => {
    const card = element(
      '<table><tbody><tr><td><h2>\nAddress not found\n</h2></td></tr><tr><td>\nYour message wasn\'t delivered to <a><b>bob@example.com</b></a>.\n</td></tr></tbody></table><table><tbody><tr><td>\nThe response was:<br>\n<p style="font-family:monospace">\n550 5.1.1 no such user\n</p>\n</td></tr></tbody></table>',
    );
    expect(structuralText(card).split("\n").filter(Boolean)).toEqual([
      "Address not found",
      "Your message wasn't delivered to bob@example.com.",
      "The response was:",
      "550 5.1.1 no such user",
    ]);
  });

  it("stops reading a pathological body instead of freezing the page", () => {
    const root = element("");
    for (let i = 0; i < 60_000; i++) root.appendChild(root.ownerDocument.createTextNode("x "));
    const text = structuralText(root);
    expect(text.length).toBeGreaterThan(10_000);
    expect(text.length).toBeLessThan(60_000 * 2 - 1);
  });
});

describe("readable text", () => {
  it("is the structural text where there is no layout", () => {
    const body = element("<p>one</p><p>two</p>");
    expect(readableText(body)).toBe("one\n\ntwo");
  });

  it("is innerText where the browser has laid the body out", () => {
    const body = element("<p>one</p>");
    Object.defineProperty(body, "getClientRects", { value: () => [{ width: 300, height: 40 }] });
    Object.defineProperty(body, "innerText", { value: "as the browser renders it" });
    expect(readableText(body)).toBe("as the browser renders it");
  });

  it("survives nesting deeper than the call stack", () => {
    const root = element("");
    let parent = root;
    for (let i = 0; i < 20_000; i++) parent = parent.appendChild(root.ownerDocument.createElement("div"));
    parent.textContent = "deep";
    expect(readableText(root)).toContain("deep");
  });

  it("falls back to the plain text when reading fails", () => {
    const body = element("<p>one</p>");
    Object.defineProperty(body, "getClientRects", {
      value: () => {
        throw new Error("detached");
      },
    });
    expect(readableText(body)).toBe("one");
  });
});
