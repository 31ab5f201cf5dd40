import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { suggestMapping } from './import-fields.ts';
import { validateRows } from './import-rows.ts';

const lookups = {
  units: new Map([['borgerservice', 'u1']]),
  areas: new Map([
    ['citizen_service', 'citizen_service'],
    ['borgerservice', 'citizen_service'],
  ]),
};

describe('CSV', () => {
  it('reads semicolons, quotes with doubled quotes and line breaks, BOM and CRLF', () => {
    const rows = parseCsv(
      '\uFEFFDato;Enhed;Beskrivelse\r\n2024-01-02;Borgerservice;"Sagde ""nej"";\nlang"\r\n\r\n',
    );
    expect(rows).toEqual([
      ['Dato', 'Enhed', 'Beskrivelse'],
      ['2024-01-02', 'Borgerservice', 'Sagde "nej";\nlang'],
    ]);
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('import rows', () => {
  const header = ['Dato', 'Enhed', 'Område', 'Handler om', 'Procesårsag', 'Udfald', 'Besvaret'];
  const mapping = suggestMapping(header);

  it('suggests a mapping from Danish headers', () => {
    expect(mapping).toMatchObject({
      receivedOn: 0,
      unit: 1,
      area: 2,
      about: 3,
      processReasons: 4,
      outcome: 5,
      answeredOn: 6,
    });
  });

  it('turns good rows into drafts, accepting Danish words', () => {
    const { drafts, problems } = validateRows(
      [
        [
          '12.03.2024',
          'Borgerservice',
          'Borgerservice',
          'begge',
          'ventetid; sprog',
          'delvist medhold',
          '2024-03-20',
        ],
      ],
      mapping,
      lookups,
    );
    expect(problems).toEqual([]);
    expect(drafts[0]).toMatchObject({
      receivedOn: '2024-03-12',
      unitId: 'u1',
      areaKey: 'citizen_service',
      aboutProcess: true,
      aboutDecision: true,
      processReasons: ['waiting', 'language'],
      outcome: 'partly_upheld',
      answeredOn: '2024-03-20',
    });
  });

  it('reports every problem with its spreadsheet row number', () => {
    const { drafts, problems } = validateRows(
      [
        ['2024-03-12', 'Borgerservice', '', 'afgørelse', '', '', ''],
        ['31.02.2024', 'Ukendt enhed', 'Månen', '', 'kaffe', '', ''],
        ['2024-03-12', 'Borgerservice', '', 'proces', '', '', '2024-03-01'],
        ['2024-04-31', 'Borgerservice', '', 'afgørelse', '', '', ''],
        ['29-02-2023', 'Borgerservice', '', 'afgørelse', '', '', ''],
      ],
      mapping,
      lookups,
    );
    expect(drafts).toHaveLength(1);
    expect(problems).toEqual([
      { row: 3, field: 'receivedOn', problem: 'invalid_date', params: { value: '31.02.2024' } },
      { row: 3, field: 'unit', problem: 'unknown_unit', params: { value: 'Ukendt enhed' } },
      { row: 3, field: 'area', problem: 'unknown_area', params: { value: 'Månen' } },
      expect.objectContaining({ row: 3, field: 'processReasons', problem: 'invalid_choice' }),
      { row: 3, field: 'about', problem: 'no_subject' },
      { row: 4, field: 'answeredOn', problem: 'answer_before_receipt' },
      { row: 5, field: 'receivedOn', problem: 'invalid_date', params: { value: '2024-04-31' } },
      { row: 6, field: 'receivedOn', problem: 'invalid_date', params: { value: '29-02-2023' } },
    ]);
  });
});
