import { describe, expect, it } from 'vitest';
import { applyMappingRules } from './mapping.ts';
import { openProviderSecrets, sealProviderSecrets } from './secrets.ts';

describe('secrets at rest', () => {
  const key = 'a test key of any length';
  const secrets = { clientSecret: 's3cret' };

  it('round-trips, with a fresh IV each time', () => {
    const a = sealProviderSecrets(key, 'A', '1', secrets) ?? '';
    expect(a).not.toBe(sealProviderSecrets(key, 'A', '1', secrets));
    expect(a).not.toContain('s3cret');
    expect(openProviderSecrets(key, { municipality_id: 'A', id: '1', secret_ciphertext: a })).toEqual(
      secrets,
    );
  });

  it('refuses another context (row of another municipality), another key and tampering', () => {
    const a = sealProviderSecrets(key, 'A', '1', secrets) ?? '';
    const row = (m: string, c: string) => ({ municipality_id: m, id: '1', secret_ciphertext: c });
    expect(() => openProviderSecrets(key, row('B', a))).toThrow();
    expect(() => openProviderSecrets('another key', row('A', a))).toThrow();
    const parts = a.split('.');
    parts[3] = Buffer.from('xxxxxx').toString('base64url');
    expect(() => openProviderSecrets(key, row('A', parts.join('.')))).toThrow();
  });

  it('refuses to encrypt without a key', () => {
    expect(() => sealProviderSecrets(undefined, 'A', '1', secrets)).toThrow('secret_key_missing');
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
