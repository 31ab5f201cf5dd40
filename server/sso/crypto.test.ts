import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret } from './crypto.ts';
import { applyMappingRules } from './mapping.ts';

describe('secrets at rest', () => {
  const key = 'a test key of any length';

  it('round-trips, with a fresh IV each time', () => {
    const a = encryptSecret(key, 's3cret', 'ctx');
    expect(a).not.toBe(encryptSecret(key, 's3cret', 'ctx'));
    expect(a).not.toContain('s3cret');
    expect(decryptSecret(key, a, 'ctx')).toBe('s3cret');
  });

  it('refuses another context (row of another municipality), another key and tampering', () => {
    const a = encryptSecret(key, 's3cret', 'sso_provider:A:1');
    expect(() => decryptSecret(key, a, 'sso_provider:B:1')).toThrow();
    expect(() => decryptSecret('another key', a, 'sso_provider:A:1')).toThrow();
    const parts = a.split('.');
    parts[3] = Buffer.from('xxxxxx').toString('base64url');
    expect(() => decryptSecret(key, parts.join('.'), 'sso_provider:A:1')).toThrow();
  });

  it('refuses to encrypt without a key', () => {
    expect(() => encryptSecret(undefined, 'x', 'c')).toThrow('secret_key_missing');
  });
});

describe('mapping rules', () => {
  const rules = [
    { claim: 'groups', value: 'g1', role: 'staff' as const, unitIds: ['u1'] },
    { claim: 'groups', value: 'g2', role: 'analyst' as const, unitIds: ['u2'] },
    { claim: 'dept', value: 'IT', role: 'viewer' as const, unitIds: ['u1', 'u3'] },
  ];

  it('takes the highest role and the union of units of every matching rule', () => {
    expect(applyMappingRules(rules, { groups: ['g1', 'g2'], dept: ['IT'] })).toEqual({
      role: 'analyst',
      unitIds: ['u1', 'u2', 'u3'],
      matched: [0, 1, 2],
    });
  });

  it('matches exact values only, and gives null without a match', () => {
    expect(applyMappingRules(rules, { groups: ['G1', 'g'] })).toBeNull();
    expect(applyMappingRules([], { groups: ['g1'] })).toBeNull();
  });
});
