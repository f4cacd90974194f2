/** Where "Leave quickly" goes: an everyday page that says nothing about this one. */
export const NEUTRAL_URL = 'https://www.google.com/search?q=weather';

/**
 * "Leave quickly": empties the page at once, then replaces it and its history entry with a neutral page (the back
 * button does not return here). With a PIN set, coming back to the portal asks for it.
 */
export function leaveQuickly(document: Document, url = NEUTRAL_URL): void {
  document.title = $localize`:@@portal.leave.neutral-title:Weather`;
  document.body.replaceChildren();
  document.defaultView?.location.replace(url);
}
