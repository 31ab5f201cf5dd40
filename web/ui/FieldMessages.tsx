import { useId } from 'react';

/**
 * The ids that wire a control to its hint and error (`<id>-hint`, `<id>-error`, only when there is
 * one), and the `aria-describedby` naming both, so screen readers read them with the control.
 */
export function messageIds(id: string, hint?: string, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

/** `messageIds` for a control with the caller's own id (kept stable for links and tests) or a generated one. */
export function useFieldIds(hint?: string, error?: string, ownId?: string) {
  const generated = useId();
  return messageIds(ownId ?? generated, hint, error);
}

/**
 * A field's hint and error below its label or legend, with the ids `messageIds` gives for `id`:
 * the one markup for every labelled control (`Field.tsx`) and group (`UnitChoice`, fieldsets).
 */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const { hintId, errorId } = messageIds(id, hint, error);
  return (
    <>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}
