import { describe, expect, it } from 'vitest';
import { parseEmbedOrigin } from './origin.ts';

describe('parseEmbedOrigin', () => {
  it.each([
    ['https://www.aarhus.dk', 'https://www.aarhus.dk'],
    ['  HTTPS://WWW.Bergen.Kommune.NO/ ', 'https://www.bergen.kommune.no'],
    ['https://kommune.dk:443', 'https://kommune.dk'],
    ['https://kommune.dk:8443', 'https://kommune.dk:8443'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
    ['http://[::1]:80', 'http://[::1]'],
    ['https://xn--rhus-roa.dk', 'https://xn--rhus-roa.dk'],
  ])('accepts %s as %s', (input, origin) => {
    expect(parseEmbedOrigin(input)).toEqual({ origin });
  });

  it.each([
    'www.aarhus.dk',
    'https://www.aarhus.dk/borger',
    'https://www.aarhus.dk?x=1',
    'https://www.aarhus.dk#top',
    'https://user@www.aarhus.dk',
    'https://*.aarhus.dk',
    'https://aarhus',
    'https://-bad.dk',
    'https://999.1.1.1',
    'https://kommune.dk:0',
    'https://kommune.dk:70000',
    "https://kommune.dk; script-src 'unsafe-inline'",
    'ftp://kommune.dk',
    "'self'",
    '*',
    '',
  ])('refuses %j as no origin', (input) => {
    expect(parseEmbedOrigin(input)).toEqual({ problem: 'embed_origin_invalid' });
  });

  it('refuses plain http except on the loopback host', () => {
    expect(parseEmbedOrigin('http://www.aarhus.dk')).toEqual({ problem: 'embed_origin_https' });
    expect(parseEmbedOrigin('http://10.0.0.1')).toEqual({ problem: 'embed_origin_https' });
  });
});
