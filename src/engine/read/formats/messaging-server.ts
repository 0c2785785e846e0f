/**
 * Sun ONE / Oracle Communications Messaging Server and its ancestor PMDF (iCloud's and many
 * universities' servers): "This report relates to a message you sent with the following header
 * fields:", then one block per recipient of "Recipient address:", "Original address:", "Reason:",
 * "Diagnostic code:" and "Remote system:" lines.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress } from "../text-tools";

const INTRO = "This report relates to a message you sent with the following header fields:";
const RECIPIENT_LIST = "to the following recipients:";

/** A plain address, as opposed to a source route ("@relay:user@host") or a local name. */
const PLAIN_ADDRESS = /^[^@\s:<>]{1,128}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}$/;

interface Block {
  address: string;
  original: string;
  reason: string;
  diagnostic: string;
  remoteSystem: string;
}

export const messagingServer: FormatReader = {
  id: "messaging-server",
  name: "Oracle Communications Messaging Server",
  matches({ message }) {
    const head = message.text.slice(0, 4000);
    return head.includes(INTRO) || (head.includes(RECIPIENT_LIST) && head.includes("Recipient address:"));
  },
  read({ lines }): RecipientReport[] {
    const blocks: Block[] = [];
    let delayed = false;
    for (const raw of lines) {
      const line = raw.trim();
      if (line.includes("has been enqueued and undeliverable")) delayed = true;
      const field = /^(Recipient address|Original address|Reason|Diagnostic code|Remote system):(.*)$/i.exec(line);
      if (field === null) continue;
      const name = (field[1] as string).toLowerCase();
      const value = (field[2] as string).trim();
      if (name === "recipient address") {
        blocks.push({ address: value, original: "", reason: "", diagnostic: "", remoteSystem: "" });
        continue;
      }
      const block = blocks[blocks.length - 1];
      if (block === undefined) continue;
      if (name === "original address") block.original = value;
      else if (name === "reason") block.reason = value;
      else if (name === "diagnostic code") block.diagnostic = value.replace(/^[A-Za-z][A-Za-z0-9-]{0,30};\s*/, "");
      else block.remoteSystem = value;
    }
    return blocks.map((block) => {
      const report: RecipientReport = {
        recipient: recipientOf(block),
        diagnostic: block.diagnostic !== "" ? block.diagnostic : block.reason,
      };
      const remote = /^(?:dns;\s*)?([A-Za-z0-9.-]{1,255})/.exec(block.remoteSystem);
      if (remote !== null) report.remoteMta = remote[1] as string;
      // "Your message has been enqueued and undeliverable for 1 day": still being tried.
      if (delayed) {
        report.action = "delayed";
        report.permanent = false;
      }
      return report;
    });
  },
};

/** The recipient as the sender wrote it when the server rewrote it into a route or a local name. */
function recipientOf(block: Block): string | null {
  if (PLAIN_ADDRESS.test(block.address)) return block.address;
  return findAddress(block.original) ?? findAddress(block.address);
}
