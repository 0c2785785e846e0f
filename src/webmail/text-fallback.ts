/**
 * The last way to find a bounce's body when no selector finds it (the site renamed its classes or
 * dropped a role): the text itself. A bounce opens with wording its writer always uses; the body is
 * the largest element around that wording that does not reach into the message's header.
 *
 * Only bounces are found this way, which is all Bounce Lens needs: an ordinary message whose markup
 * changed is simply not found, and gets nothing, as it should.
 */

/** Wording that heads or opens a bounce, in the layouts the engine reads (one text node each). */
const BOUNCE_OPENINGS = [
  // Gmail's card (report §2).
  "Address not found",
  "Message not delivered",
  "Message blocked",
  "Delivery incomplete",
  // Exchange and Microsoft 365 (report §3): the report's opening in the languages the engine reads,
  "Delivery has failed to these recipients",
  "rejected your message to the following",
  "couldn't be delivered",
  "Die Zustellung an folgende Empfänger",
  "Échec de la remise pour ces destinataires",
  "La remise à ces destinataires ou groupes a échoué",
  "Error en la entrega a estos destinatarios",
  "Recapito non riuscito a questi destinatari",
  "Il recapito non è riuscito per i seguenti destinatari",
  "Bezorging is mislukt voor deze ontvangers",
  "Falha na entrega para estes destinatários",
  "Falha na entrega a estes destinatários",
  "次の受信者またはグループへの配信に失敗しました",
  "Leveransen misslyckades till följande mottagare",
  // and the administrators' part, whose per-recipient lines Exchange writes in English everywhere.
  "Diagnostic information for administrators",
  "Remote Server returned",
  // Postfix, Exim and Sendmail.
  "This is the mail system at host",
  "This message was created automatically by mail delivery software",
  "The original message was received at",
];

/** Text nodes read at most while looking; a bounce's opening comes early. */
const MAX_TEXT_NODES = 2_000;

/**
 * The body of the bounce inside `container`, or null when no bounce wording is there. `header`
 * elements (sender line, subject, lists) are not read and stay outside the body found.
 */
export function findBodyByText(container: Element, header: readonly Element[]): Element | null {
  const opening = findBounceOpening(container, header);
  return opening === null ? null : widenToBody(opening, container, header);
}

/** The element whose own text holds a bounce's opening wording, outside `skipped` elements. */
export function findBounceOpening(container: Element, skipped: readonly Element[]): Element | null {
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  let read = 0;
  for (let node = walker.nextNode(); node !== null && read < MAX_TEXT_NODES; node = walker.nextNode(), read++) {
    const text = (node as Text).data;
    if (text.length < 12 || !BOUNCE_OPENINGS.some((opening) => text.includes(opening))) continue;
    const parent = node.parentElement;
    if (parent === null || skipped.some((element) => element.contains(parent))) continue;
    return parent;
  }
  return null;
}

/** The largest element around `opening`, inside `container`, that holds none of the `header` elements. */
export function widenToBody(opening: Element, container: Element, header: readonly Element[]): Element {
  let body = opening;
  for (let parent = body.parentElement; parent !== null && parent !== container; parent = parent.parentElement) {
    if (header.some((element) => parent.contains(element))) break;
    body = parent;
  }
  return body;
}
