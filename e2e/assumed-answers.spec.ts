import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { pdfText } from './support/pdf-text';
import { WizardPage } from './support/wizard-page';

// Issue 12 F: a search hit that opens a deep step fills in the questions
// before it. Those answers nobody gave are marked as assumed (in words, so
// print and screen readers have it too) until the engineer confirms or
// changes them; the link says which they are (`a=`).
const DEEP = 'diagnose/provisioning/request-target?v=1&scope=not-sure&pslog-capture=status-403';
const WORDS = {
  en: { mark: 'Assumed, not confirmed', confirm: 'Confirm', all: 'Confirm all', scope: 'Who is affected?', notSure: "I don't know yet" },
  ro: {
    mark: 'Presupus, neconfirmat',
    confirm: 'Confirmați',
    all: 'Confirmați-le pe toate',
    scope: 'Cine este afectat?',
    notSure: 'Încă nu știu',
  },
  nl: {
    mark: 'Aangenomen, niet bevestigd',
    confirm: 'Bevestigen',
    all: 'Alle bevestigen',
    scope: 'Voor wie mislukt de inrichting?',
    notSure: 'Dat weet ik nog niet',
  },
} as const;

test('a search hit marks the answers it filled in; "Confirm" makes each one given, in the link too', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto('/en');
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
  await box.fill('403');
  await box.press('Enter');
  await expect(page).toHaveURL(`/en/${DEEP}&a=scope.pslog-capture`);
  const path = wizard.pathPanel;
  await expect(path.getByText('Assumed, not confirmed', { exact: true })).toHaveCount(2);
  await expect(path).toContainText('2 answers were filled in to open this step directly');

  // One by one: the button names the answer and the question it confirms.
  await path
    .getByRole('button', {
      name: "Confirm the answer “The bridge answered 403” to “Capture a PSLog and read the provisioning bridge's answer”",
    })
    .click();
  await expect(page).toHaveURL(`/en/${DEEP}&a=scope`);
  await expect(path.getByText('Assumed, not confirmed', { exact: true })).toHaveCount(1);
  // The confirmed answer is said to screen readers, and focus stays in the panel.
  await expect(path.getByText("Answer to “Capture a PSLog and read the provisioning bridge's answer” confirmed.")).toBeAttached();
  await expect(page.getByRole('heading', { name: /Your answers/ })).toBeFocused();
  await path.getByRole('button', { name: "Confirm the answer “I don't know yet” to “Who is affected?”" }).click();
  await expect(page).toHaveURL(`/en/${DEEP}`);
  await expect(path.getByText('Assumed, not confirmed', { exact: true })).toHaveCount(0);
  await expect(path).not.toContainText('filled in to open this step');
  // The step itself never moved.
  await expect(wizard.heading).toHaveText('Where was the provisioning request sent?');
});

test('changing or choosing again an assumed answer makes it given; the others stay marked', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto(`/en/${DEEP}&a=scope.pslog-capture`);
  await wizard.changeAnswerTo('Who is affected?').click();
  await expect(wizard.heading).toHaveText('Who is affected?');
  await expect(page.getByText('The marked answer was assumed when this step was opened directly.')).toBeVisible();
  const chosen = wizard.answer(/I don't know yet/);
  await expect(chosen).toHaveAttribute('aria-pressed', 'true');
  await expect(chosen).toContainText('Assumed, not confirmed');
  await chosen.click();
  await expect(wizard.heading).toHaveText("Capture a PSLog and read the provisioning bridge's answer");
  await expect(page).toHaveURL(/\/pslog-capture\?v=1&scope=not-sure&pslog-capture=status-403&a=pslog-capture$/);
  await expect(wizard.pathPanel.getByText('Assumed, not confirmed', { exact: true })).toHaveCount(1);
  // Another answer: given, and the branch moves on.
  await wizard.choose(/The bridge answered 409/);
  await expect(page).toHaveURL(/\/user-in-ci\?v=1&scope=not-sure&pslog-capture=status-409$/);
  await expect(wizard.pathPanel.getByText('Assumed, not confirmed', { exact: true })).toHaveCount(0);
});

test('an assumed answer that ticks several findings marks each ticked box; continuing with them makes it given', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto(
    '/en/diagnose/calling/enable-calling?v=1&check-client=no-icon&should-register=no-connector.wrong-behavior&a=should-register',
  );
  await expect(wizard.pathPanel.getByText('Assumed, not confirmed', { exact: true })).toHaveCount(1);
  await wizard.changeAnswerTo('Check whether the app is meant to register with BroadWorks').click();
  await expect(page.getByText('The marked answer was assumed when this step was opened directly.')).toBeVisible();
  const boxes = page.getByRole('group', { name: 'Findings that apply' });
  await expect(boxes.getByText('Assumed, not confirmed', { exact: true })).toHaveCount(2);
  await expect(boxes.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await page.getByRole('button', { name: 'Continue with the ticked findings' }).click();
  await expect(page).toHaveURL(/\/enable-calling\?v=1&check-client=no-icon&should-register=no-connector\.wrong-behavior$/);
  await expect(wizard.pathPanel.getByText('Assumed, not confirmed', { exact: true })).toHaveCount(0);
});

test('an old link, without the marker, shows every answer as given', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto(`/en/${DEEP}`);
  await expect(wizard.pathPanel).toContainText("I don't know yet");
  await expect(wizard.pathPanel.getByText('Assumed, not confirmed')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Confirm/ })).toHaveCount(0);
});

for (const locale of ['en', 'ro', 'nl'] as const) {
  const words = WORDS[locale];

  test(`${locale}: the path panel and the print mark the assumed answers; "confirm all" clears them`, async ({ page }) => {
    const wizard = new WizardPage(page);
    await page.goto(`/${locale}/${DEEP}&a=scope.pslog-capture`);
    const path = wizard.pathPanel;
    await expect(path.getByText(words.mark, { exact: true })).toHaveCount(2);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(path.getByRole('button', { name: new RegExp(`${escape(words.notSure)}.*${escape(words.scope)}`) })).toBeVisible();

    // On paper: the marks stay, in words; the buttons go; the header says how many.
    await page.emulateMedia({ media: 'print' });
    await expect(path.getByText(words.mark, { exact: true }).first()).toBeVisible();
    await expect(path.getByRole('button', { name: words.all })).toBeHidden();
    await expect(path.getByRole('button', { name: new RegExp(`^${words.confirm}`) }).first()).toBeHidden();
    await expect(page.locator('.print-header')).toContainText('2');
    const printed = (await pdfText(await page.pdf({ format: 'A4' }))).join('\n').replace(/\s+/g, ' ');
    expect(printed).toContain(`${words.notSure} ${words.mark}`);
    expect(printed).not.toContain(words.all);
    await page.emulateMedia({ media: 'screen' });

    await path.getByRole('button', { name: words.all }).click();
    await expect(page).toHaveURL(`/${locale}/${DEEP}`);
    await expect(path.getByText(words.mark, { exact: true })).toHaveCount(0);
  });
}

test('the open case and its export keep which answers were assumed, until confirmed', async ({ page }, testInfo) => {
  await page.goto(`/en/${DEEP}&a=scope.pslog-capture`);
  const panel = page.locator('.case-panel');
  await page.getByRole('button', { name: 'Start a case' }).click();
  await expect(panel.getByText('Saved in this browser')).toBeVisible();
  const exported = async () => {
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export' }).click();
    const file = testInfo.outputPath(`case-${String(Date.now())}.json`);
    await (await download).saveAs(file);
    return JSON.parse(readFileSync(file, 'utf8')) as { case: { assumed?: string[] } };
  };
  expect((await exported()).case.assumed).toEqual(['scope', 'pslog-capture']);
  await page.getByRole('button', { name: 'Confirm all' }).click();
  await expect(page).toHaveURL(`/en/${DEEP}`);
  await expect(panel.getByText('Saved in this browser')).toBeVisible();
  expect((await exported()).case.assumed).toBeUndefined();
});
