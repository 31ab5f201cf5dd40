// The field itself is shared by the whole app now; re-exported so the improvement forms keep one import.
export { TextAreaField } from '../../ui/Field.tsx';

/** Splits "a, b ,c" into trimmed, non-empty, distinct parts. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
