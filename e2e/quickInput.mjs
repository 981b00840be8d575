// Driving VS Code's quick input (Quick Open, the command palette, Go to Line, an extension's showQuickPick)
// from Playwright, for the UI suite (drive.mjs) and the activation benchmark (bench-activation.mjs).
// VS Code makes its text box readonly while the quick input is disabled (busy, or still being set up):
// filling it then would wait for an editable box until the action timeout, which is what a loaded CI
// machine ran into. So every step waits for a visible box that accepts typing, fills it, waits for the
// row Enter will take (the focused one) and presses Enter in the box itself, each with its own timeout.
export const QUICK_INPUT = '.quick-input-widget';
export const STEP_MS = 30000;

/** The quick-input helpers for one page. */
export function quickInput(page) {
  /** The text box once it accepts typing; with a placeholder, only the quick pick that shows it. */
  const box = placeholder =>
    page.locator(`${QUICK_INPUT} .quick-input-box input:not([readonly])${placeholder ? `[placeholder=${JSON.stringify(placeholder)}]` : ''}`);
  /** Fills `input`, waits for the focused row showing `rowText` (if given) and accepts it. */
  async function fill(input, text, rowText) {
    await input.waitFor({ state: 'visible', timeout: STEP_MS });
    await input.fill(text, { timeout: STEP_MS });
    if (rowText !== undefined) {
      await page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row.focused`, { hasText: rowText }).first().waitFor({ timeout: STEP_MS });
    }
    await input.press('Enter', { timeout: STEP_MS });
  }
  /** Waits until no quick input is open (so the next box waited for is the one the next keys open). */
  const closed = () => page.locator(QUICK_INPUT).first().waitFor({ state: 'hidden', timeout: STEP_MS });
  /** Opens a quick input with `keys`, types `text` and accepts the row showing `rowText`. */
  async function pick(keys, text, rowText = text) {
    await closed();
    await page.keyboard.press(keys);
    await fill(box(), text, rowText);
  }
  return { box, fill, closed, pick };
}
