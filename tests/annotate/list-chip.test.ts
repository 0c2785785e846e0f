/** The list chip's markup (plain DOM, issue 7). */
import { describe, expect, it } from "vitest";
import { renderListChip } from "../../src/annotate/list-chip";

describe("renderListChip", () => {
  it("says Bounce until the bounce is opened, then its severity and cause, in the same elements", () => {
    const container = document.createElement("span");
    renderListChip(container, null);
    const chip = container.querySelector(".bl-chip") as HTMLElement;
    expect(container.firstElementChild).toBe(chip);
    expect(chip.getAttribute("data-severity")).toBe("unknown");
    expect(chip.className).toBe("bl-chip bl-sev-unknown");
    expect(chip.title).toBe("Bounce Lens: this looks like a bounce; open it to see why");
    expect(chip.textContent).toBe("Bounce Lens: this looks like a bounce; open it to see why. Bounce");
    expect(container.querySelector(".bl-visually-hidden")?.textContent).toBe(
      "Bounce Lens: this looks like a bounce; open it to see why. ",
    );

    renderListChip(container, { severity: "high", cause: "The address does not exist" });
    expect(container.querySelector(".bl-chip")).toBe(chip);
    expect(container.children).toHaveLength(1);
    expect(chip.getAttribute("data-severity")).toBe("high");
    expect(chip.className).toBe("bl-chip bl-sev-high");
    expect(chip.title).toBe("Bounce Lens: The address does not exist");
    expect(chip.lastChild?.textContent).not.toBe("Bounce");
    expect(chip.textContent?.startsWith("Bounce Lens: The address does not exist. ")).toBe(true);
  });

  it("shows a cause as text, never as markup", () => {
    const container = document.createElement("span");
    const cause = '<img src=x onerror="alert(1)"> & <b>bold</b>';
    renderListChip(container, { severity: "low", cause });
    expect(container.querySelector("img, b")).toBeNull();
    expect((container.querySelector(".bl-chip") as HTMLElement).title).toBe(`Bounce Lens: ${cause}`);
    expect(container.textContent).toContain(cause);
  });
});
