/**
 * The paste box and its answer: text explained as it is typed or pasted, an `.eml` file opened
 * with the picker or dropped anywhere on the page. Used by the popup and the explain page.
 */
import "../styles/theme.css";
import "../styles/visually-hidden.css";
import "../styles/card.css";
import "../styles/panel.css";
import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { t } from "../../extension/i18n";
import { formatBytes, formatChars } from "../format-size";
import { MAX_FILE_BYTES, MAX_PASTE_CHARS } from "../input-limits";
import type { PanelInput } from "../panel-input";
import { readFileInput } from "../read-file";
import { type Explain, useExplanation } from "../use-explanation";
import type { CardVariant } from "./failure-card";
import { ResultView } from "./result-view";

export interface ExplainPanelProps {
  explain: Explain;
  initialInput?: PanelInput | null;
  /** Called with every new input, e.g. to keep it for the next time the popup opens. */
  onInputChange?: (input: PanelInput | null) => void;
  /** A line above the paste box, such as where the text came from. */
  notice?: ComponentChildren;
  variant?: CardVariant;
  autoFocus?: boolean;
}

export function ExplainPanel({
  explain,
  initialInput = null,
  onInputChange,
  notice,
  variant = "detailed",
  autoFocus = false,
}: ExplainPanelProps) {
  const [input, setInput] = useState<PanelInput | null>(initialInput);
  const [capNotice, setCapNotice] = useState<string | null>(() => capNoticeFor(initialInput));
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const { result, pending } = useExplanation(input, explain);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const ids = { text: useId(), hint: useId(), status: useId() };

  const change = (next: PanelInput | null, nextCapNotice: string | null) => {
    setInput(next);
    setCapNotice(nextCapNotice);
    setFileError(null);
    onInputChange?.(next);
  };

  const openFile = async (file: File) => {
    try {
      const fileInput = await readFileInput(file);
      change(fileInput, capNoticeFor(fileInput));
    } catch (error) {
      setFileError(t("fileReadError", error instanceof Error ? error.name : String(error)));
    }
  };

  useEffect(() => {
    if (autoFocus) textareaRef.current?.focus();
  }, [autoFocus]);

  // The window listeners below are set once; they reach the latest openFile through this ref.
  const openFileRef = useRef(openFile);
  openFileRef.current = openFile;

  // Files may be dropped anywhere on the page, not only on a small target.
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") === true;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      // relatedTarget is null only when the pointer leaves the page itself.
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!carriesFiles(event) || file === undefined) return;
      event.preventDefault();
      void openFileRef.current(file);
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("dragleave", onDragLeave);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("dragleave", onDragLeave);
      window.removeEventListener("drop", onDrop);
    };
  }, []);

  // Length the box would have had without its limit, set by a paste and read by the input it causes.
  const uncappedLength = useRef<number | null>(null);

  const onPaste = (event: ClipboardEvent) => {
    const pasted = event.clipboardData?.getData("text/plain") ?? "";
    const box = event.currentTarget as HTMLTextAreaElement;
    uncappedLength.current = box.value.length - (box.selectionEnd - box.selectionStart) + pasted.length;
  };

  const onText = (event: Event) => {
    const text = (event.currentTarget as HTMLTextAreaElement).value;
    const uncapped = uncappedLength.current;
    uncappedLength.current = null;
    // The browser itself cuts input at maxLength; this only tells the user that it did.
    let notice: string | null = null;
    if (uncapped !== null && uncapped > MAX_PASTE_CHARS) {
      notice = t("pasteCapped", formatChars(uncapped), formatChars(MAX_PASTE_CHARS));
    } else if (text.length >= MAX_PASTE_CHARS) {
      notice = capNotice ?? t("inputCapped", formatChars(MAX_PASTE_CHARS));
    }
    change({ kind: "text", text }, notice);
  };

  const clear = () => {
    change(null, null);
    if (fileInputRef.current !== null) fileInputRef.current.value = "";
    textareaRef.current?.focus();
  };

  return (
    <div class="bl-panel" data-dragging={dragging ? "true" : undefined}>
      {notice !== undefined && <p class="bl-notice">{notice}</p>}
      <label for={ids.text} class="bl-input-label">
        {t("inputLabel")}
      </label>
      <p id={ids.hint} class="bl-hint">
        {t("inputHint")}
      </p>
      <textarea
        id={ids.text}
        ref={textareaRef}
        class="bl-textarea"
        rows={6}
        maxLength={MAX_PASTE_CHARS}
        spellcheck={false}
        autoComplete="off"
        placeholder={t("inputPlaceholder")}
        aria-describedby={capNotice === null ? ids.hint : `${ids.hint} ${ids.status}`}
        value={input?.kind === "text" ? input.text : ""}
        onInput={onText}
        onPaste={onPaste}
      />
      <div class="bl-input-actions">
        <button type="button" class="bl-button" onClick={() => fileInputRef.current?.click()}>
          {t("openFile")}
        </button>
        <span class="bl-hint">{t("dropHint")}</span>
        <input
          ref={fileInputRef}
          type="file"
          accept=".eml,message/rfc822,text/plain"
          hidden
          onChange={(event) => {
            const file = (event.currentTarget as HTMLInputElement).files?.[0];
            if (file !== undefined) void openFile(file);
          }}
        />
        {input !== null && (
          <button type="button" class="bl-button bl-button-quiet" onClick={clear}>
            {t("clearInput")}
          </button>
        )}
      </div>
      {input?.kind === "file" && <p class="bl-file">{t("fileShown", input.name, formatBytes(input.size))}</p>}
      {/* Always present: a live region announces changes, not its own arrival. */}
      <p id={ids.status} class={capNotice === null ? "bl-visually-hidden" : "bl-notice"} role="status">
        {capNotice ?? ""}
      </p>
      {fileError !== null && (
        <p class="bl-error" role="alert">
          {fileError}
        </p>
      )}
      <div class="bl-answer" aria-busy={pending ? "true" : "false"}>
        <ResultView result={result} variant={variant} />
      </div>
      {dragging && (
        <div class="bl-drop-overlay" aria-hidden="true">
          {t("dropActive")}
        </div>
      )}
    </div>
  );
}

/** The size notice that an input starts with, when it had to be cut. */
function capNoticeFor(input: PanelInput | null): string | null {
  if (input?.kind === "file" && input.size > MAX_FILE_BYTES) {
    return t("fileCapped", formatBytes(input.size), formatBytes(MAX_FILE_BYTES));
  }
  if (input?.kind === "text" && input.text.length >= MAX_PASTE_CHARS) {
    return t("inputCapped", formatChars(MAX_PASTE_CHARS));
  }
  return null;
}
