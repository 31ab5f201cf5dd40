import { describe, expect, it } from 'vitest';
import { mayOpen, pagesFor, safeReturnPath } from './access.ts';

describe('pagesFor', () => {
  it('gives admins every page and keeps administration to admins', () => {
    const adminPaths = pagesFor('admin').map((p) => p.path);
    expect(adminPaths[0]).toBe('/');
    for (const path of ['/units', '/users', '/audit', '/eventlogs', '/complaints'])
      expect(adminPaths).toContain(path);
    for (const role of ['analyst', 'staff', 'viewer'] as const) {
      const paths = pagesFor(role).map((p) => p.path);
      expect(paths).toContain('/');
      expect(paths).toContain('/dashboard');
      for (const adminOnly of ['/units', '/users', '/audit'] as const) {
        expect(paths).not.toContain(adminOnly);
        expect(mayOpen(role, adminOnly)).toBe(false);
      }
    }
    expect(mayOpen('analyst', '/eventlogs')).toBe(true);
    expect(mayOpen('staff', '/eventlogs')).toBe(false);
    expect(mayOpen('viewer', '/complaints')).toBe(false);
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
