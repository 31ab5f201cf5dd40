import { useCallback, useReducer } from 'react';

/** Past and future states around the present one; each edit is one undo step. */
interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key and time of the last edit, so typing in one field becomes one undo step. */
  lastKey: string | null;
  lastAt: number;
}

type Action<T> =
  | { type: 'set'; update: (current: T) => T; key: string | null; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; value: T };

/** Enough for a working session; older steps fall off so memory stays bounded with large journeys. */
const LIMIT = 100;
/** Edits with the same key closer together than this merge into one undo step. */
const COALESCE_MS = 1500;

function reducer<T>(state: History<T>, action: Action<T>): History<T> {
  switch (action.type) {
    case 'set': {
      const next = action.update(state.present);
      if (Object.is(next, state.present)) return state;
      const coalesce =
        action.key !== null && action.key === state.lastKey && action.at - state.lastAt < COALESCE_MS;
      const past = coalesce ? state.past : [...state.past, state.present].slice(-LIMIT);
      return { past, present: next, future: [], lastKey: action.key, lastAt: action.at };
    }
    case 'undo': {
      const previous = state.past.at(-1);
      if (previous === undefined) return state;
      return {
        ...state,
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
        lastKey: null,
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (next === undefined) return state;
      return { ...state, past: [...state.past, state.present], present: next, future: rest, lastKey: null };
    }
    case 'reset':
      return { past: [], present: action.value, future: [], lastKey: null, lastAt: 0 };
  }
}

export interface Undoable<T> {
  value: T;
  /** Applies an edit; pass `key` (e.g. the field) to merge rapid edits of one field into one undo step. */
  set: (update: (current: T) => T, key?: string) => void;
  undo: () => void;
  redo: () => void;
  reset: (value: T) => void;
  canUndo: boolean;
  canRedo: boolean;
}

/** State with undo/redo. States are immutable values, so history keeps references, not copies. */
export function useUndoable<T>(initial: T): Undoable<T> {
  const [state, dispatch] = useReducer(reducer<T>, {
    past: [],
    present: initial,
    future: [],
    lastKey: null,
    lastAt: 0,
  });
  const set = useCallback(
    (update: (current: T) => T, key?: string) =>
      dispatch({ type: 'set', update, key: key ?? null, at: Date.now() }),
    [],
  );
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const reset = useCallback((value: T) => dispatch({ type: 'reset', value }), []);
  return {
    value: state.present,
    set,
    undo,
    redo,
    reset,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
  };
}
