/**
 * Stated versus computed totals. Several source tables do not add up; the site keeps the
 * stated figure and shows the computed one next to it where they differ.
 */
import { sumNumbers, type Cell } from './numbers.ts';

export interface Column {
  id: string;
  label: string;
  unit: string;
  sum?: boolean;
}

export interface TotalCheck {
  column: Column;
  stated: Cell;
  computed: number | null;
  /** stated - computed, when both are numbers and they differ */
  difference: number | null;
}

/** Computed sum per column (null for text columns, columns with sum: false, or no numbers). */
export function computeTotals(columns: Column[], rows: Cell[][]): (number | null)[] {
  return columns.map((c, j) => (c.unit === 'tekst' || c.sum === false ? null : sumNumbers(rows.map((r) => r[j]))));
}

/** Compare one stated total row with the computed sums. */
export function checkTotals(columns: Column[], rows: Cell[][], stated: Cell[]): TotalCheck[] {
  const computed = computeTotals(columns, rows);
  return columns
    .map((column, j) => {
      const s = stated[j];
      const c = computed[j];
      const difference = typeof s === 'number' && c !== null && Math.abs(s - c) > 1e-9 ? Math.round((s - c) * 1e6) / 1e6 : null;
      return { column, stated: s, computed: c, difference };
    })
    .filter((t) => t.column.unit !== 'tekst');
}

export function hasDifference(checks: TotalCheck[]): boolean {
  return checks.some((c) => c.difference !== null);
}
