import { describe, expect, it } from 'vitest';
import { mayOpen, pagesFor, safeReturnPath } from './access.ts';

describe('pagesFor', () => {
  it('gives admins every page and other roles only the overview', () => {
    expect(pagesFor('admin').map((p) => p.path)).toEqual(['/', '/units', '/users', '/audit']);
    for (const role of ['analyst', 'staff', 'viewer'] as const) {
      expect(pagesFor(role).map((p) => p.path)).toEqual(['/']);
      expect(mayOpen(role, '/users')).toBe(false);
    }
    expect(mayOpen('admin', '/audit')).toBe(true);
  });
});

describe('safeReturnPath', () => {
  it('keeps local paths and rejects anything that could leave the site', () => {
    expect(safeReturnPath('/users?x=1')).toBe('/users?x=1');
    expect(safeReturnPath('//evil.example')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('/login')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });
});
