import { describe, expect, it } from 'vitest';
import { previewHead } from './preview.ts';

const XES = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0">
  <trace>
    <string key="concept:name" value="case-1"/>
    <date key="opened" value="2024-03-01T08:30:00.000+01:00"/>
    <int key="amount" value="1709281800000"/>
    <event>
      <string key="concept:name" value="Register"/>
      <date key="time:timestamp" value="2024-03-01T09:00:00.000Z"/>
      <date key="due" value="2024-03-15"/>
    </event>
  </trace>
</log>`;

describe('previewHead (XES)', () => {
  it('shows date attributes as ISO dates, and numbers as numbers', async () => {
    const preview = await previewHead(new TextEncoder().encode(XES), {});
    expect(preview.error).toBeNull();
    const examples = (list: typeof preview.caseAttributes) =>
      Object.fromEntries(list.map((a) => [a.key, a.examples]));
    expect(examples(preview.caseAttributes)).toEqual({
      amount: ['1709281800000'],
      opened: ['2024-03-01T07:30:00.000Z'],
    });
    expect(examples(preview.eventAttributes)).toEqual({ due: ['2024-03-15T00:00:00.000Z'] });
  });
});
