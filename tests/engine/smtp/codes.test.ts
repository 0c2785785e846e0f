import { describe, expect, it } from "vitest";
import {
  collapseWhitespace,
  findEnhancedStatus,
  findEnhancedStatuses,
  findReplyCode,
  joinMultilineReply,
} from "../../../src/engine/smtp/codes";

describe("findEnhancedStatus", () => {
  it("finds the code after a reply code", () => {
    expect(findEnhancedStatus("550 5.1.1 <bob@example.com>: user unknown")).toBe("5.1.1");
  });
  it("finds three-digit details and Exchange-style #codes", () => {
    expect(findEnhancedStatus("550 5.7.606 Access denied, banned sending IP")).toBe("5.7.606");
    expect(findEnhancedStatus("Invalid recipient <a@b.example> (#5.1.1)")).toBe("5.1.1");
    expect(findEnhancedStatus("#550 5.1.10 RESOLVER.ADR.RecipientNotFound ##")).toBe("5.1.10");
  });
  it("ignores IP addresses and version numbers", () => {
    expect(findEnhancedStatus("host 5.1.1.2 said: 550 no such user")).toBeNull();
    expect(findEnhancedStatus("from [192.5.1.1] port 25")).toBeNull();
    expect(findEnhancedStatus("Exim 4.94.2 (Debian)")).toBeNull();
  });
  it("normalises leading zeros in the detail", () => {
    expect(findEnhancedStatus("550 5.1.01 nope")).toBe("5.1.1");
  });
  it("lists every code in order", () => {
    expect(findEnhancedStatuses("451 4.7.1 then 550 5.7.1 and 5.7.26")).toEqual(["4.7.1", "5.7.1", "5.7.26"]);
  });
});

describe("findReplyCode", () => {
  it("finds the code that opens a reply, with a space or a hyphen", () => {
    expect(findReplyCode("550 5.1.1 user unknown")).toBe("550");
    expect(findReplyCode("550-5.7.26 This mail is unauthenticated")).toBe("550");
    expect(findReplyCode("smtp;550 5.1.1 x")).toBe("550");
    expect(findReplyCode("host mx.example.com[192.0.2.1] said: 554 rejected")).toBe("554");
    expect(findReplyCode("Remote Server returned '550 5.1.10 RESOLVER'")).toBe("550");
  });
  it("does not take numbers that are not reply codes", () => {
    expect(findReplyCode("it is 2550 kilometres away")).toBeNull();
    expect(findReplyCode("port 25 and year 2024")).toBeNull();
    expect(findReplyCode("version 550.5 of the manual")).toBeNull();
    expect(findReplyCode("no code here at all")).toBeNull();
  });
});

describe("joinMultilineReply", () => {
  it("joins a Gmail-style multi-line reply into one line", () => {
    const reply = [
      "550-5.7.26 This mail is unauthenticated, which poses a security risk to the",
      "550-5.7.26 sender and Gmail users, and has been blocked. The sender must",
      "550 5.7.26 authenticate with at least one of SPF or DKIM. - gsmtp",
    ].join("\n");
    expect(joinMultilineReply(reply)).toBe(
      "550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. - gsmtp",
    );
  });
  it("joins continuation lines without enhanced codes", () => {
    expect(joinMultilineReply("550-Mailbox unavailable\n550-please try later\n550 thanks")).toBe(
      "550 Mailbox unavailable please try later thanks",
    );
  });
  it("leaves other text with whitespace collapsed", () => {
    expect(joinMultilineReply("  user   unknown\n  here ")).toBe("user unknown here");
  });
});

describe("collapseWhitespace", () => {
  it("turns runs of spaces, tabs, newlines and no-break spaces into one space", () => {
    expect(collapseWhitespace(" a\t\n b\u00a0\u00a0c ")).toBe("a b c");
  });
});

describe("joinMultilineReply keeps what is not a continuation", () => {
  it("keeps a reply code inside a sentence", () => {
    expect(joinMultilineReply("550 5.1.1 RCPT TO <a@b.example> -> 550 : User unknown")).toBe(
      "550 5.1.1 RCPT TO <a@b.example> -> 550 : User unknown",
    );
  });
  it("drops continuation prefixes at line starts only when the code agrees", () => {
    expect(joinMultilineReply("550-5.7.1 first\n550-5.7.1 second\n550 5.7.1 third")).toBe(
      "550 5.7.1 first second third",
    );
    expect(joinMultilineReply("550 5.7.1 blocked\n421 4.7.0 try later")).toBe("550 5.7.1 blocked 421 4.7.0 try later");
  });
});

describe("findReplyCode after a colon", () => {
  it("accepts a code followed by a colon", () => {
    expect(findReplyCode("Error: 550: User unknown")).toBe("550");
  });
});

describe("joinMultilineReply on replies a reader already flattened", () => {
  it("drops the last line's bare code when the reply opened with a hyphen", () => {
    expect(joinMultilineReply("550-192.0.2.222 blocked by ldap 550 Error - Blocked for abuse")).toBe(
      "550 192.0.2.222 blocked by ldap Error - Blocked for abuse",
    );
  });
});
