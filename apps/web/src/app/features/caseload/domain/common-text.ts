/** Words the caseload pages share (one id, one translation). */
export const OK_LABEL = $localize`:@@caseload.common.ok:OK`;

/** "Alex and Sam" (or "Alex y Sam") in the reader's language. */
export function namesList(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}
