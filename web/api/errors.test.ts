import { describe, expect, it } from 'vitest';
import { ApiError, parseErrorBody } from './errors.ts';

describe('parseErrorBody', () => {
  it('reads the code, localised message and field messages', () => {
    const error = parseErrorBody(
      400,
      {
        error: {
          code: 'validation_failed',
          message: 'Ret felterne',
          fields: [
            { path: 'email', message: 'Ugyldig e-mail' },
            { path: 'unitIds.1', message: 'Ukendt enhed' },
            7,
          ],
        },
      },
      'fallback',
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Ret felterne');
    expect(error.fields).toHaveLength(2);
    expect(error.fieldMessage('email')).toBe('Ugyldig e-mail');
    expect(error.fieldMessage('unitIds')).toBe('Ukendt enhed');
    expect(error.fieldMessage('name')).toBeUndefined();
  });

  it('knows every code of the server, matches bracket paths, and calls an unknown code unexpected', () => {
    const locked = parseErrorBody(409, { error: { code: 'survey_locked', message: 'Låst' } }, 'f');
    expect(locked.code).toBe('survey_locked');
    const newer = parseErrorBody(418, { error: { code: 'made_up_code', message: 'Server siger' } }, 'f');
    expect(newer.code).toBe('unexpected');
    expect(newer.message).toBe('Server siger');
    const units = parseErrorBody(
      400,
      {
        error: {
          code: 'validation_failed',
          message: 'm',
          fields: [{ path: 'units[1].unitId', message: 'Ukendt' }],
        },
      },
      'f',
    );
    expect(units.fieldMessage('units')).toBe('Ukendt');
  });

  it('falls back when the body is not the API error shape', () => {
    for (const body of [null, '<html>', { error: 'x' }, { error: { code: 1, message: 'm' } }]) {
      const error = parseErrorBody(502, body, 'Kunne ikke få forbindelse');
      expect(error.code).toBe('unexpected');
      expect(error.status).toBe(502);
      expect(error.message).toBe('Kunne ikke få forbindelse');
    }
  });
});
