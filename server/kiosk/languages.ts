import { ownLanguageName } from '../../shared/languages/tags.ts';
import type { Question } from '../surveys/definition.ts';
import { scaleKey } from '../translations/builtin-source.ts';
import type { CitizenLanguage } from '../translations/citizen-language.ts';

/**
 * The language part of the kiosk configuration: the survey's languages (with their own names and
 * writing direction, for the large language buttons and `dir` on the page), the kiosk's words and
 * every question and option in each language. The same texts as the web form, from one catalogue.
 */
export function kioskLanguageConfig(
  langs: readonly CitizenLanguage[],
  questions: readonly Question[],
  kioskKeys: readonly string[],
  title: string,
) {
  const byLang = (f: (l: CitizenLanguage) => string) => Object.fromEntries(langs.map((l) => [l.tag, f(l)]));
  return {
    locales: langs.map((l) => l.tag),
    languages: langs.map((l) => ({ tag: l.tag, name: ownLanguageName(l.tag), dir: l.dir })),
    titles: byLang((l) => l.text('title', undefined, () => title)),
    texts: Object.fromEntries(
      langs.map((l) => [
        l.tag,
        Object.fromEntries([
          ['name', ownLanguageName(l.tag)],
          ...kioskKeys.filter((k) => k !== 'name').map((k) => [k, l.text(`kiosk.${k}`)]),
        ]),
      ]),
    ),
    questions: questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      required: q.required,
      text: byLang((l) => l.text(q.textKey, undefined, q.text)),
      maxLength: q.maxLength ?? null,
      options: q.scale
        ? [
            ...q.scale.points.map((p) => ({
              value: String(p.value),
              label: byLang((l) =>
                l.text(scaleKey(q.scale?.id ?? '', String(p.value)), undefined, (c) => p.label[c]),
              ),
            })),
            {
              value: 'dk',
              label: byLang((l) =>
                l.text(scaleKey(q.scale?.id ?? '', 'dk'), undefined, (c) => q.scale?.dontKnow[c] ?? ''),
              ),
            },
          ]
        : (q.options ?? []).map((o) => ({
            value: o.key,
            label: byLang((l) => l.text(o.textKey, undefined, o.label)),
          })),
    })),
  };
}
