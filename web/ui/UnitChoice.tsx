import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { TreeItem } from '../units/tree.ts';
import { FieldMessages, messageIds } from './FieldMessages.tsx';
import { UnitTreeBar, UnitTreeList, useUnitTree } from './UnitTree.tsx';
import { bestMatch, unitPath } from './unit-picker.ts';

interface Props {
  label: string;
  units: readonly TreeItem[];
  /** The chosen unit's id; null or '' for none. */
  value: string | null;
  onChange: (id: string | null) => void;
  /** Offered first when "no unit" is a valid answer ("Ingen enhed"); without it a unit must be chosen. */
  noneLabel?: string;
  /** The units that may be chosen; the others still show, as the structure around them. Default: all. */
  choosable?: ReadonlySet<string>;
  hint?: string;
  error?: string;
  disabled?: boolean;
}

/**
 * Choosing ONE unit in the organisation tree: the choice reads as its path ("Jobcenter › Ydelse") with a
 * button that opens the same search and tree as `UnitPicker`, here with radio buttons (one name, so the
 * arrow keys move the choice as in any radio group). A pointer click on a unit closes the tree again,
 * like a select; Escape closes it from the keyboard, and Enter in the search box chooses the best match. Inline, not a popup, so it works the same on a phone.
 */
export function UnitChoice(props: Props) {
  const { label, units, value, onChange, noneLabel, choosable, hint, error, disabled } = props;
  const { t } = useI18n();
  const id = useId();
  const chosen = value || null;
  const selected = useMemo(() => (chosen ? [chosen] : []), [chosen]);
  const state = useUnitTree(units, selected);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  // Opening moves the focus to the search box, so a keyboard user types the unit's name at once.
  useEffect(() => {
    if (open) search.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    state.setQuery('');
    toggle.current?.focus();
  };
  // A choice made by pointer closes the tree, like a select; one made by arrow keys must not, or the
  // keyboard user could not move on to the next unit.
  const byPointer = useRef(false);
  const current = chosen ? unitPath(state.tree, chosen) : '';
  const radio = (unitId: string | null, text: string) => (
    <label>
      <input
        type="radio"
        name={`${id}-unit`}
        checked={chosen === unitId}
        onChange={() => {
          onChange(unitId);
          if (byPointer.current) close();
        }}
      />{' '}
      {text}
    </label>
  );

  return (
    <fieldset
      className={`fieldset unit-picker unit-choice${error ? ' field-invalid' : ''}`}
      aria-describedby={messageIds(id, hint, error).describedBy}
      disabled={disabled}
    >
      <legend>{label}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="unit-choice-current">
        <span id={`${id}-current`} data-testid="unit-choice-current">
          {current || noneLabel || t('ui.unitChoice.none')}
        </span>
        {!disabled && (
          <button
            ref={toggle}
            type="button"
            className="btn btn-secondary btn-small"
            aria-expanded={open}
            aria-describedby={`${id}-current`}
            onClick={() => (open ? close() : setOpen(true))}
          >
            {t('ui.unitChoice.choose')}
          </button>
        )}
      </div>
      {open && !disabled && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the open tree closes it; the pointer is noted.
        <div
          className="unit-choice-panel"
          onPointerDown={() => {
            byPointer.current = true;
          }}
          onKeyDown={(e) => {
            byPointer.current = false;
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.stopPropagation();
            close();
          }}
        >
          <UnitTreeBar
            state={state}
            searchRef={search}
            onEnter={() => {
              const match = bestMatch(state.tree, state.query, choosable);
              if (!match) return;
              onChange(match);
              close();
            }}
          />
          {noneLabel && <p className="unit-picker-row unit-choice-none">{radio(null, noneLabel)}</p>}
          <UnitTreeList
            state={state}
            control={(u) =>
              !choosable || choosable.has(u.id) ? (
                radio(u.id, u.name)
              ) : (
                <span className="unit-choice-group">{u.name}</span>
              )
            }
          />
        </div>
      )}
    </fieldset>
  );
}
