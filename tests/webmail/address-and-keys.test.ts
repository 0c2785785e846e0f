// @vitest-environment happy-dom
/** Senders as webmails write them, and keys for messages without ids. */
import { describe, expect, it } from "vitest";
import { parseSender } from "../../src/webmail/address";
import { contentKeys, hashText, leadingText } from "../../src/webmail/stable-key";

describe("parseSender", () => {
  it.each([
    ["Microsoft Outlook <postmaster@example.com>", "Microsoft Outlook", "postmaster@example.com"],
    ["Microsoft Outlook<postmaster@example.com>", "Microsoft Outlook", "postmaster@example.com"],
    ['"Morgan, Alex" <Alex.Morgan@Example.com>', "Morgan, Alex", "alex.morgan@example.com"],
    ["MAILER-DAEMON@mx.example.net (Mail Delivery System)", "Mail Delivery System", "mailer-daemon@mx.example.net"],
    ["postmaster@example.com", "", "postmaster@example.com"],
    ["Microsoft Outlook", "Microsoft Outlook", ""],
    ["\u200eMicrosoft Outlook\u200f <postmaster@example.com>", "Microsoft Outlook", "postmaster@example.com"],
  ])("%j", (text, name, address) => {
    expect(parseSender(text)).toEqual({ name, address });
  });
});

describe("content keys", () => {
  it("are short, stable and different for different content", () => {
    expect(hashText("a")).toBe(hashText("a"));
    expect(hashText("a")).not.toBe(hashText("b"));
    expect(hashText("x".repeat(10_000))).toMatch(/^[0-9a-z]{1,12}$/);
  });

  it("number repeats on one page", () => {
    expect(contentKeys("outlook", ["a", "b", "a", "a"])).toEqual([
      `outlook:${hashText("a")}`,
      `outlook:${hashText("b")}`,
      `outlook:${hashText("a")}#2`,
      `outlook:${hashText("a")}#3`,
    ]);
  });

  it("read only the beginning of a body, white space collapsed", () => {
    const page = new DOMParser().parseFromString(
      `<body><div id="b">  Delivery   has failed\n<p>${"x".repeat(5000)}</p></div></body>`,
      "text/html",
    );
    const text = leadingText(page.getElementById("b") as Element, 30);
    expect(text).toBe(`Delivery has failed ${"x".repeat(10)}`);
  });
});
