import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import type { ExplainResult } from "../../src/engine/types";
import { ExplainPanel } from "../../src/ui/components/explain-panel";
import { MAX_FILE_BYTES, MAX_PASTE_CHARS } from "../../src/ui/input-limits";
import type { Explain } from "../../src/ui/use-explanation";
import { bounceResult, failure, notBounceResult, spamhausBlock } from "./fixtures";

const textbox = () => screen.getByRole("textbox", { name: "Bounce or error line" }) as HTMLTextAreaElement;

function typeInto(box: HTMLTextAreaElement, text: string) {
  box.value = text;
  fireEvent.input(box);
}

describe("ExplainPanel", () => {
  it("explains text once typing pauses, without a button", async () => {
    const explain = vi.fn<Explain>().mockResolvedValue(bounceResult(failure()));
    render(<ExplainPanel explain={explain} />);
    expect(screen.getByText("Nothing to explain yet.")).toBeTruthy();
    typeInto(textbox(), "550 5.1.1");
    typeInto(textbox(), "550 5.1.1 <bob@gmial.com>");
    expect(await screen.findByRole("heading", { name: "1 recipient did not get your message" })).toBeTruthy();
    // Typing twice within the pause explains only the last text.
    expect(explain.mock.calls).toEqual([["550 5.1.1 <bob@gmial.com>"]]);
  });

  it("shows the answer to the latest input even when an older one answers last", async () => {
    let answerFirst: (result: ExplainResult) => void = () => {};
    const explain = vi.fn<Explain>((input) =>
      input === "first" ? new Promise((resolve) => (answerFirst = resolve)) : Promise.resolve(notBounceResult),
    );
    render(<ExplainPanel explain={explain} />);
    typeInto(textbox(), "first");
    await waitFor(() => expect(explain).toHaveBeenCalledTimes(1));
    typeInto(textbox(), "second");
    expect(await screen.findByRole("heading", { name: "This does not look like a bounce" })).toBeTruthy();
    answerFirst(bounceResult(spamhausBlock));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole("article")).toBeNull();
  });

  it("explains a restored input at once", async () => {
    const explain = vi.fn<Explain>().mockResolvedValue(bounceResult(failure()));
    render(<ExplainPanel explain={explain} initialInput={{ kind: "text", text: "kept" }} />);
    expect(textbox().value).toBe("kept");
    expect(await screen.findByRole("article")).toBeTruthy();
  });

  it("reads an opened .eml file as bytes", async () => {
    const explain = vi.fn<Explain>().mockResolvedValue(bounceResult(failure()));
    render(<ExplainPanel explain={explain} />);
    const raw = "From: MAILER-DAEMON\r\nSubject: Undelivered Mail\r\n\r\n550 5.1.1 caf\u00e9";
    const file = new File([raw], "bounce.eml", { type: "message/rfc822" });
    const picker = document.querySelector("input[type=file]") as HTMLInputElement;
    Object.defineProperty(picker, "files", { value: [file], configurable: true });
    fireEvent.change(picker);
    expect(await screen.findByText("Explaining the file bounce.eml (1 KB).")).toBeTruthy();
    await waitFor(() => expect(explain).toHaveBeenCalled());
    const given = explain.mock.calls[0]?.[0];
    expect(given).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(given as Uint8Array)).toBe(raw);
  });

  it("opens the file picker from a real button, reachable by keyboard", () => {
    render(<ExplainPanel explain={vi.fn<Explain>()} />);
    const picker = document.querySelector("input[type=file]") as HTMLInputElement;
    const click = vi.spyOn(picker, "click").mockImplementation(() => {});
    fireEvent.click(screen.getByRole("button", { name: "Open an .eml file" }));
    expect(click).toHaveBeenCalled();
  });

  it("reads only the beginning of a huge file, and says so", async () => {
    const explain = vi.fn<Explain>().mockResolvedValue(notBounceResult);
    render(<ExplainPanel explain={explain} />);
    const file = new File([new Uint8Array(MAX_FILE_BYTES + 4096)], "huge.eml");
    const picker = document.querySelector("input[type=file]") as HTMLInputElement;
    Object.defineProperty(picker, "files", { value: [file], configurable: true });
    fireEvent.change(picker);
    expect(await screen.findByText("The file is 2.0 MB; only its first 2.0 MB are read.")).toBeTruthy();
    await waitFor(() => expect(explain).toHaveBeenCalled());
    expect(explain.mock.calls[0]?.[0]).toHaveLength(MAX_FILE_BYTES);
  });

  it("explains a file dropped anywhere on the page", async () => {
    const explain = vi.fn<Explain>().mockResolvedValue(bounceResult(failure()));
    render(<ExplainPanel explain={explain} />);
    const file = new File(["550 5.1.1"], "dropped.eml");
    const dataTransfer = { types: ["Files"], files: [file] };
    fireEvent.dragOver(window, { dataTransfer });
    expect(screen.getByText("Drop the file to explain it")).toBeTruthy();
    fireEvent.drop(window, { dataTransfer });
    expect(await screen.findByText(/Explaining the file dropped\.eml/)).toBeTruthy();
    expect(screen.queryByText("Drop the file to explain it")).toBeNull();
  });

  it("caps the box and says how much of a long paste is read", async () => {
    render(<ExplainPanel explain={vi.fn<Explain>().mockResolvedValue(notBounceResult)} />);
    const box = textbox();
    expect(box.maxLength).toBe(MAX_PASTE_CHARS);
    const pasted = "x".repeat(2 * 1024 * 1024);
    fireEvent.paste(box, { clipboardData: { getData: () => pasted } });
    // The browser inserts only up to maxLength.
    typeInto(box, pasted.slice(0, MAX_PASTE_CHARS));
    const notice = await screen.findByText(
      /^You pasted 2,097,152 characters; only the first 262,144 characters are read\.$/,
    );
    expect(box.getAttribute("aria-describedby")).toContain(notice.id);
  });

  it("forgets the input on Clear and gives the focus back to the box", async () => {
    const onInputChange = vi.fn();
    const explain = vi.fn<Explain>().mockResolvedValue(bounceResult(failure()));
    render(
      <ExplainPanel explain={explain} initialInput={{ kind: "text", text: "550" }} onInputChange={onInputChange} />,
    );
    await screen.findByRole("article");
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(textbox().value).toBe("");
    expect(document.activeElement).toBe(textbox());
    expect(onInputChange).toHaveBeenLastCalledWith(null);
    expect(await screen.findByText("Nothing to explain yet.")).toBeTruthy();
  });

  it("shows a line about where the input came from", () => {
    render(<ExplainPanel explain={vi.fn<Explain>()} notice="From the selection" />);
    expect(screen.getByText("From the selection")).toBeTruthy();
  });
});
