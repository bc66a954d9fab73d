/**
 * Where recent and pinned steps are kept (see recent-steps.ts). Apart from
 * it so the home page can tell, without loading the lists' code, whether
 * there is anything to show: a browser that never used a step pays nothing.
 */
export const SAVED_STEPS_KEY = 'wbt.steps';

export function hasSavedSteps(): boolean {
  try {
    return window.localStorage.getItem(SAVED_STEPS_KEY) !== null;
  } catch {
    return false;
  }
}
