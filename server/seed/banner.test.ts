import { describe, expect, it } from 'vitest';
import { demoBanner } from './banner.ts';

describe('demo banner', () => {
  it('shows the password in a plain block on the first start', () => {
    const text = demoBanner(
      { created: true, adminEmail: 'admin@demokommune.dk', password: 'abc-123' },
      'http://127.0.0.1:3000',
    );
    expect(text).toMatch(/^={72}\n/);
    expect(text).toContain('Adgangskode / Password:    abc-123');
    expect(text).not.toContain('{');
  });

  it('says where the password was shown on later starts', () => {
    const text = demoBanner({ created: false, adminEmail: 'admin@demokommune.dk' }, 'http://x:1');
    expect(text).toContain('første start');
  });
});
