/**
 * Where identifiers wrap, as a reader sees them. `wrapsInside` finds every
 * rendered occurrence of each value on the page (across elements, ignoring
 * our break points) and reports each place where its line breaks other than
 * at one of our break points, where the continuation mark is shown. It also
 * counts the occurrences it could see, so a test can tell "nothing broke"
 * from "nothing was checked".
 */
import type { Page } from '@playwright/test';

export interface WrapReport {
  readonly seen: Record<string, number>;
  readonly breaks: string[];
}

export async function wrapsInside(page: Page, values: readonly string[]): Promise<WrapReport> {
  return page.evaluate((wanted) => {
    const SHY = '\u00AD';
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && !['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT'].includes(parent.tagName)) nodes.push(n as Text);
    }
    // The page's text without break points, each character mapped to its node and offset.
    let flat = '';
    const where: { node: Text; offset: number }[] = [];
    const shyAfter: boolean[] = [];
    for (const node of nodes) {
      const text = node.data;
      for (let i = 0; i < text.length; i += 1) {
        const char = text.charAt(i);
        if (char === SHY) {
          if (shyAfter.length > 0) shyAfter[shyAfter.length - 1] = true;
          continue;
        }
        flat += char;
        where.push({ node, offset: i });
        shyAfter.push(false);
      }
    }
    const top = (k: number): number | undefined => {
      const at = where[k];
      if (!at) return undefined;
      const range = document.createRange();
      range.setStart(at.node, at.offset);
      range.setEnd(at.node, at.offset + 1);
      const rect = range.getClientRects()[0];
      return rect && rect.width > 0 ? rect.top : undefined;
    };
    const seen: Record<string, number> = {};
    const breaks: string[] = [];
    for (const value of wanted) {
      seen[value] = 0;
      for (let start = flat.indexOf(value); start !== -1; start = flat.indexOf(value, start + 1)) {
        const tops = Array.from(value, (_, k) => top(start + k));
        if (tops.some((t) => t === undefined)) continue;
        seen[value] += 1;
        for (let k = 1; k < value.length; k += 1) {
          const before = tops[k - 1] ?? 0;
          const after = tops[k] ?? 0;
          if (after > before + 2 && !shyAfter[start + k - 1]) breaks.push(`${value} broke after "${value.slice(0, k)}"`);
        }
      }
    }
    return { seen, breaks };
  }, values);
}

/** Printed text with our continuation marks (and the line breaks after them) taken out. */
export function joinContinued(text: string): string {
  return text.replace(/↩\s*/g, '');
}
