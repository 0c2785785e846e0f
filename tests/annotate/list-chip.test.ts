/**
 * The list chip's markup (plain DOM, issue 7) and the annotator's cheap question whether the
 * extension is still there.
 */
import { afterEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ContentScriptContext } from "wxt/utils/content-script-context";
import { cheapLiveness, LIVE_ASK_MS } from "../../src/annotate/annotate-site";
import { renderListChip } from "../../src/annotate/list-chip";

describe("renderListChip", () => {
  it("says Bounce until the bounce is opened, then its severity and cause, in the same elements", () => {
    const container = document.createElement("span");
    renderListChip(container, null, "light");
    const themed = container.firstElementChild as HTMLElement;
    const chip = container.querySelector(".bl-chip") as HTMLElement;
    expect(themed.getAttribute("data-theme")).toBe("light");
    expect(chip.getAttribute("data-severity")).toBe("unknown");
    expect(chip.className).toBe("bl-chip bl-sev-unknown");
    expect(chip.title).toBe("Bounce Lens: this looks like a bounce; open it to see why");
    expect(chip.textContent).toBe("Bounce Lens: this looks like a bounce; open it to see why. Bounce");
    expect(container.querySelector(".bl-visually-hidden")?.textContent).toBe(
      "Bounce Lens: this looks like a bounce; open it to see why. ",
    );

    renderListChip(container, { severity: "high", cause: "The address does not exist" }, "dark");
    expect(container.firstElementChild).toBe(themed);
    expect(container.querySelector(".bl-chip")).toBe(chip);
    expect(container.children).toHaveLength(1);
    expect(themed.getAttribute("data-theme")).toBe("dark");
    expect(chip.getAttribute("data-severity")).toBe("high");
    expect(chip.className).toBe("bl-chip bl-sev-high");
    expect(chip.title).toBe("Bounce Lens: The address does not exist");
    expect(chip.lastChild?.textContent).not.toBe("Bounce");
    expect(chip.textContent?.startsWith("Bounce Lens: The address does not exist. ")).toBe(true);
  });

  it("shows a cause as text, never as markup", () => {
    const container = document.createElement("span");
    const cause = '<img src=x onerror="alert(1)"> & <b>bold</b>';
    renderListChip(container, { severity: "low", cause }, "light");
    expect(container.querySelector("img, b")).toBeNull();
    expect((container.querySelector(".bl-chip") as HTMLElement).title).toBe(`Bounce Lens: ${cause}`);
    expect(container.textContent).toContain(cause);
  });
});

describe("cheapLiveness", () => {
  const runtime = fakeBrowser.runtime as { id?: string };
  const extensionId = runtime.id;
  afterEach(() => {
    runtime.id = extensionId;
  });

  it("asks the runtime at most every LIVE_ASK_MS, and trusts an ended context at once", () => {
    const ctx = new ContentScriptContext("liveness-test");
    let now = 1000;
    const isLive = cheapLiveness(ctx, () => now);
    expect(isLive()).toBe(true);
    runtime.id = undefined;
    // Asked a moment ago: not asked again yet, so the extension's going is not seen yet.
    now += LIVE_ASK_MS / 2;
    expect(isLive()).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
    // An ended context is believed without asking.
    ctx.abort();
    expect(isLive()).toBe(false);
  });

  it("finds the extension gone at the next question", () => {
    const ctx = new ContentScriptContext("liveness-test-2");
    let now = 1000;
    const isLive = cheapLiveness(ctx, () => now);
    expect(isLive()).toBe(true);
    runtime.id = undefined;
    now += LIVE_ASK_MS;
    expect(isLive()).toBe(false);
    // Ended: no question needed any more.
    runtime.id = extensionId;
    now += 1;
    expect(isLive()).toBe(false);
  });
});
