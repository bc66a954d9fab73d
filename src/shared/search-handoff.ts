/**
 * What the search box hands to another page without a URL: a tracking id
 * typed into the search, for the log analyzer to look for. It is personal
 * data, so it is kept in this page's memory only, never in the address, the
 * history state or storage; a reload forgets it.
 */
let trackingId: string | undefined;

export function handTrackingId(id: string): void {
  trackingId = id;
}

/** The tracking id handed over, if any; it stays until cleared, so a re-render reads it again. */
export function handedTrackingId(): string | undefined {
  return trackingId;
}

export function clearHandedTrackingId(): void {
  trackingId = undefined;
}
