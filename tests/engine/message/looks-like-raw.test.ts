import { describe, expect, it } from "vitest";
import { looksLikeRawMessage } from "../../../src/engine/message/looks-like-raw";

describe("looksLikeRawMessage", () => {
  it("recognises a header block", () => {
    expect(looksLikeRawMessage("Return-Path: <>\nReceived: from x\n\tby y\nFrom: MAILER-DAEMON\n\nbody")).toBe(true);
  });
  it("accepts an mbox separator line first", () => {
    expect(
      looksLikeRawMessage("From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nFrom: a@b.example\nSubject: x\n\nbody"),
    ).toBe(true);
  });
  it("rejects page text and single lines", () => {
    expect(looksLikeRawMessage("Address not found\nYour message wasn't delivered to bob@example.com")).toBe(false);
    expect(looksLikeRawMessage("smtp;550 5.1.1 <bob@example.com>: user does not exist")).toBe(false);
    expect(looksLikeRawMessage("Diagnostic-Code: smtp; 550 5.1.1 user unknown")).toBe(false);
  });
  it("rejects prose that starts like a header", () => {
    expect(looksLikeRawMessage("Note: this is not a message.\nIt only looks like one.")).toBe(false);
  });
});
