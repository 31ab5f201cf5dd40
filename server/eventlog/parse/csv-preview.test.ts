import { describe, expect, it } from 'vitest';
import { detectDateFormat, parseTimestamp } from '../../../shared/dates/index.ts';
import { previewCsv } from './csv-preview.ts';

describe('previewCsv', () => {
  it('detects delimiter, encoding, headers, rows, date format and a mapping', () => {
    const text =
      'Sagsnr;Aktivitet;Tidspunkt;Sagsbehandler;Enhed\n17;"Modtag";01.03.2024 10:00;Åse;Byg\n17;Afgør;13.03.2024 09:15;Bo;Byg\n';
    const p = previewCsv(new TextEncoder().encode(text));
    expect(p).toMatchObject({ encoding: 'utf-8', bom: false, delimiter: ';' });
    expect(p.headers).toEqual(['Sagsnr', 'Aktivitet', 'Tidspunkt', 'Sagsbehandler', 'Enhed']);
    expect(p.rows[0]).toEqual(['17', 'Modtag', '01.03.2024 10:00', 'Åse', 'Byg']);
    expect(p.dateFormat).toEqual({ order: 'DMY', label: 'DD.MM.YYYY HH:mm' });
    expect(p.suggestedMapping).toEqual({
      caseId: 'Sagsnr',
      activity: 'Aktivitet',
      timestamp: 'Tidspunkt',
      resource: 'Sagsbehandler',
      group: 'Enhed',
    });
  });
});

describe('dates', () => {
  it('reads ISO with and without offset (no offset = UTC) and fractions', () => {
    expect(parseTimestamp('2011-10-11T13:45:40.276+02:00')).toBe(Date.UTC(2011, 9, 11, 11, 45, 40, 276));
    expect(parseTimestamp('2011-10-11T13:45:40')).toBe(Date.UTC(2011, 9, 11, 13, 45, 40));
    expect(parseTimestamp('2011-10-11 13:45:40.5Z')).toBe(Date.UTC(2011, 9, 11, 13, 45, 40, 500));
    expect(parseTimestamp('2011-10-11T13:45:40-0130')).toBe(Date.UTC(2011, 9, 11, 15, 15, 40));
    expect(parseTimestamp('2011-13-11')).toBeNull();
    expect(parseTimestamp('soon')).toBeNull();
  });

  it('prefers day-first, switches to month-first when a day is above 12', () => {
    expect(detectDateFormat(['01/02/2024 10:00', '03/04/2024 11:00'])?.order).toBe('DMY');
    expect(detectDateFormat(['01/02/2024', '12/31/2024'])).toEqual({ order: 'MDY', label: 'MM/DD/YYYY' });
    expect(detectDateFormat(['2024/01/02 10:00:00.000'])).toEqual({
      order: 'YMD',
      label: 'YYYY/MM/DD HH:mm:ss.SSS',
    });
    expect(detectDateFormat(['30-12-2010 14:32'])).toEqual({ order: 'DMY', label: 'DD-MM-YYYY HH:mm' });
    expect(detectDateFormat(['x'])).toBeNull();
  });
});
