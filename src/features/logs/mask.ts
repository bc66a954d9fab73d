/** Hides personal data in a log line that is shown or exported: e-mail addresses, UUIDs, phone numbers. */
export function mask(text: string): string {
  return text
    .replace(/[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '‹e-mail›')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '‹uuid›')
    .replace(/\+?\d[\d ()-]{7,}\d/g, '‹phone›');
}
