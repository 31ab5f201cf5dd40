import type { Locator, Page } from 'playwright-core';

/**
 * Chooses one unit in a `UnitChoice` (web/ui/UnitChoice.tsx) by pointer, as a person would: opens the tree
 * under the field's legend, searches for the unit, clicks it, and waits until the field shows it as chosen.
 */
export async function chooseUnit(
  scope: Page | Locator,
  label: string,
  unit: string,
  choose = 'Vælg enhed',
): Promise<void> {
  const group = scope.getByRole('group', { name: label, exact: true });
  await group.getByRole('button', { name: choose, exact: true }).click();
  await group.getByRole('searchbox').fill(unit);
  await group.getByRole('radio', { name: unit, exact: true }).click();
  await group.getByTestId('unit-choice-current').filter({ hasText: unit }).waitFor();
}
