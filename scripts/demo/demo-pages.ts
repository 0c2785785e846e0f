/**
 * The demo mailbox's pages: plain HTML, no script, made to look roughly like Gmail's and
 * Outlook's reading panes so that selecting a bounce and choosing "Explain this bounce" feels
 * like the real thing. Every piece of fixture text is escaped.
 */
import type { LoadedMessage, Mailbox } from "./samples";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const MAILBOX_NAMES: Record<Mailbox, string> = { gmail: "Gmail-like", outlook: "Outlook-like" };

export function indexPage(emls: readonly { name: string; label: string }[]): string {
  const downloads = emls
    .map(
      (eml) =>
        `<li><a href="/eml/${escapeHtml(eml.name)}" download>${escapeHtml(eml.name)}</a>: ${escapeHtml(eml.label)}</li>`,
    )
    .join("\n");
  return layout(
    "Bounce Lens demo",
    "index",
    `<h1>Bounce Lens demo mailbox</h1>
<p>Real bounces from Bounce Lens's test fixtures, served from this computer only.</p>
<ul>
  <li><a href="/gmail.html">Gmail-like mailbox</a></li>
  <li><a href="/outlook.html">Outlook-like mailbox</a></li>
</ul>
<h2>Try it</h2>
<ol>
  <li>Open a mailbox, select the text of a bounce, right-click and choose <strong>Explain this bounce</strong>.</li>
  <li>Or copy a bounce and paste it into the Bounce Lens popup (toolbar button).</li>
  <li>Or download a raw message below and open it with the popup's <strong>Open an .eml file</strong> button.</li>
</ol>
<h2>Raw messages (.eml)</h2>
<ul>${downloads}</ul>`,
  );
}

export function mailboxPage(mailbox: Mailbox, messages: readonly LoadedMessage[]): string {
  const items = messages
    .map(
      (message) => `<article class="message" id="${escapeHtml(message.id)}">
  <header>
    <h2 class="subject">${escapeHtml(message.subject)}</h2>
    <p class="from">${escapeHtml(message.from)}</p>
  </header>
  <div class="body" data-sample="${escapeHtml(message.id)}">${escapeHtml(message.body)}</div>
</article>`,
    )
    .join("\n");
  return layout(
    `${MAILBOX_NAMES[mailbox]} mailbox – Bounce Lens demo`,
    mailbox,
    `<h1>${MAILBOX_NAMES[mailbox]} mailbox</h1>
<p><a href="/">Back to the demo's start</a>. Select a bounce's text and right-click: <strong>Explain this bounce</strong>.</p>
${items || "<p>No sample bounces were found in tests/fixtures.</p>"}`,
  );
}

function layout(title: string, theme: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body class="${theme}">
<main>
${body}
</main>
</body>
</html>
`;
}

export const DEMO_CSS = `
body { margin: 0; font: 14px/1.5 system-ui, sans-serif; color: #202124; background: #f6f8fc; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.4rem; font-weight: 500; }
.message { background: #fff; border-radius: 12px; padding: 1rem 1.25rem; margin: 1rem 0; box-shadow: 0 1px 2px rgba(60,64,67,.3); }
.subject { font-size: 1.15rem; font-weight: 400; margin: 0 0 .25rem; }
.from { margin: 0 0 .75rem; color: #5f6368; font-size: .9rem; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; }
body.outlook { background: #f3f2f1; font-family: "Segoe UI", system-ui, sans-serif; color: #323130; }
body.outlook .message { border-radius: 4px; border-left: 4px solid #0f6cbd; box-shadow: 0 1.6px 3.6px rgba(0,0,0,.13); }
body.outlook .subject { font-weight: 600; }
a { color: #0b57d0; }
`;
