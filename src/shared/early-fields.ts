/**
 * What a reader gave a built page before the app was ready: text typed or
 * pasted into a field, an option chosen, a box ticked, files chosen. The
 * browser shows it, but hydrating puts back the values React rendered, and
 * React never hears of the files: the Analyze page showed an empty paste
 * field, and answered "choose a file first" to an engineer who had.
 *
 * `noteEarlyFields` reads the fields just before hydration; once the page is
 * hydrated, `giveBackEarlyFields` hands each back to its field as the reader's
 * own input (the events a browser sends when a person types or chooses), so
 * the page's handlers take it as they would have. Fields are found again by
 * their id, which React gives alike to the built page and the hydrated one.
 */

export type EarlyField =
  | { readonly id: string; readonly kind: 'value'; readonly value: string; readonly built: string }
  | { readonly id: string; readonly kind: 'checked'; readonly checked: boolean }
  | { readonly id: string; readonly kind: 'files' };

/** The fields under `root` whose state the reader changed from what the page was built with. */
export function noteEarlyFields(root: ParentNode): EarlyField[] {
  const early: EarlyField[] = [];
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input[id], textarea[id], select[id]',
  )) {
    const { id } = field;
    if (field instanceof HTMLSelectElement) {
      const built = [...field.options].find((option) => option.defaultSelected) ?? field.options[0];
      if (built !== undefined && field.value !== built.value) early.push({ id, kind: 'value', value: field.value, built: built.value });
    } else if (field instanceof HTMLInputElement && field.type === 'file') {
      if ((field.files?.length ?? 0) > 0) early.push({ id, kind: 'files' });
    } else if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      if (field.checked !== field.defaultChecked) early.push({ id, kind: 'checked', checked: field.checked });
    } else if (field.value !== field.defaultValue) {
      early.push({ id, kind: 'value', value: field.value, built: field.defaultValue });
    }
  }
  return early;
}

/** Sets a field's value as the browser does when a person types: past React's own record of it, so React sees a change. */
function setValue(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  // The element's own setter (on its prototype), not the one React puts on the element to keep its record.
  Reflect.set(Reflect.getPrototypeOf(field) ?? field, 'value', value, field);
}

/** Gives each field noted before hydration back to the hydrated page, as the reader's input. */
export function giveBackEarlyFields(early: readonly EarlyField[], document: Document = globalThis.document): void {
  for (const noted of early) {
    const field = document.getElementById(noted.id);
    if (noted.kind === 'files') {
      if (field instanceof HTMLInputElement && field.type === 'file' && (field.files?.length ?? 0) > 0)
        field.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (noted.kind === 'checked') {
      if (!(field instanceof HTMLInputElement)) continue;
      // A radio button the reader moved away from: the one chosen instead is given back.
      if (field.type === 'radio' && !noted.checked) continue;
      // As for values: React is told the built state, then a click gives the reader's, and tells the page.
      field.checked = !noted.checked;
      field.click();
    } else if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
      // React may still show the reader's value while it holds the built one, and would put that back
      // at its next render: it is told the built value first, then sees the reader's arrive.
      field.value = noted.built;
      setValue(field, noted.value);
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
  }
}
