import type { Locator, Page } from '@playwright/test';

/** The step page, found by role as a person would find it. */
export class WizardPage {
  readonly heading: Locator;
  readonly pathPanel: Locator;
  readonly backButton: Locator;
  readonly restartButton: Locator;
  readonly copyLinkButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.pathPanel = page.getByRole('complementary');
    this.backButton = page.getByRole('button', { name: 'Back', exact: true });
    this.restartButton = page.getByRole('button', { name: 'Start over' });
    this.copyLinkButton = page.getByRole('button', { name: 'Copy link to this step' });
  }

  answer(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name: 'Your answer' }).getByRole('button', { name });
  }

  async choose(name: string | RegExp): Promise<void> {
    await this.answer(name).click();
  }

  changeAnswerTo(question: string): Locator {
    return this.pathPanel.getByRole('button', { name: `Change answer to “${question}”` });
  }
}
