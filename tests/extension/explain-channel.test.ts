/**
 * The way between the webmail content scripts and the engine in the background: a text goes in,
 * the engine's answer comes back; a warm-up prepares the engine once; other messages are not ours.
 */
import { describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { explainBounce } from "../../src/engine/index";
import { answerExplainRequests, explainInBackground, warmUpBackground } from "../../src/extension/explain-channel";

type Listener = (message: unknown) => Promise<unknown> | undefined;

/** The background's listener, and sendMessage routed to it as the browser would (fakeBrowser ignores promises). */
function connect(explain = vi.fn(explainBounce)) {
  let listener: Listener | undefined;
  vi.spyOn(fakeBrowser.runtime.onMessage, "addListener").mockImplementation((callback) => {
    listener = callback as unknown as Listener;
  });
  answerExplainRequests(explain);
  vi.spyOn(fakeBrowser.runtime, "sendMessage").mockImplementation(async (message: unknown) => listener?.(message));
  return { explain, listener: (message: unknown) => listener?.(message) };
}

describe("the explain channel", () => {
  it("brings the engine's answer for a text back to the content script", async () => {
    const { explain } = connect();
    const line = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown";
    const answer = await explainInBackground(line);
    expect(answer).toEqual(await explainBounce(line));
    expect(explain).toHaveBeenCalledWith(line);
  });

  it("sends no more than the engine reads", async () => {
    const { explain } = connect();
    await explainInBackground("x".repeat(3 * 1024 * 1024));
    expect(explain.mock.calls[0]?.[0]).toHaveLength(2 * 1024 * 1024);
  });

  it("fails (for the annotator to handle) when the background gives no answer", async () => {
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(undefined);
    await expect(explainInBackground("550 5.1.1 user unknown")).rejects.toThrow();
  });

  it("warms the engine up once, however often asked", async () => {
    const { explain } = connect();
    warmUpBackground();
    warmUpBackground();
    await vi.waitFor(() => expect(explain).toHaveBeenCalledTimes(1));
  });

  it("leaves other messages to other listeners", () => {
    const { listener, explain } = connect();
    expect(listener({ type: "something-else" })).toBeUndefined();
    expect(listener("bounce-lens:explain")).toBeUndefined();
    expect(listener({ type: "bounce-lens:explain", text: 42 })).toBeUndefined();
    expect(explain).not.toHaveBeenCalled();
  });
});
