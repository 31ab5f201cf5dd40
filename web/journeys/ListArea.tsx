import { useEffect, useState } from 'react';

interface Props {
  id: string;
  label: string;
  items: readonly string[];
  separator: '\n' | ',';
  readOnly: boolean;
  onChange: (items: string[]) => void;
}

const split = (text: string, separator: string) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * A text area edited as a list (one item per line, or comma-separated). Keeps the raw text locally so
 * a fresh newline or comma is not trimmed away while typing; re-syncs when the list changes from
 * outside (undo, another step).
 */
export function ListArea({ id, label, items, separator, readOnly, onChange }: Props) {
  const joiner = separator === ',' ? ', ' : '\n';
  const [text, setText] = useState(items.join(joiner));
  useEffect(() => {
    setText((current) =>
      split(current, separator).join('\u0000') === items.join('\u0000') ? current : items.join(joiner),
    );
  }, [items, separator, joiner]);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input"
        rows={2}
        readOnly={readOnly}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(split(event.target.value, separator));
        }}
      />
    </div>
  );
}
