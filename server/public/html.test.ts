import { describe, expect, it } from 'vitest';
import { keyedMessage, page } from './html.ts';
import { plainLanguage } from './languages.ts';

const skipLink = (html: string) => /<a class="skip" href="#main">([^<]*)<\/a>/.exec(html)?.[1];

describe('the public page frame', () => {
  it('offers "skip to the questions" only on pages that hold questions', () => {
    const da = plainLanguage('da');
    expect(
      skipLink(page({ lang: da, title: 'Spørgeskema', body: '<form></form>', hasQuestions: true })),
    ).toBe('Gå til spørgsmålene');
    // The thank-you, closed and error pages have no questions: the skip link names the content.
    expect(skipLink(keyedMessage(da, 'thanksTitle', 'thanksBody'))).toBe('Gå til indholdet');
    expect(skipLink(keyedMessage(plainLanguage('nb'), 'closedTitle', 'closedBody'))).toBe('Gå til innholdet');
    expect(skipLink(keyedMessage(plainLanguage('en'), 'notFoundTitle', 'notFoundBody'))).toBe(
      'Skip to the content',
    );
  });
});
