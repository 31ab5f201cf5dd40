import type { CompliancePackWire } from '../../shared/api/lifecycle.ts';

/** The pack's text as on paper: one section per document, a two-column table and the security measures. */
export function PackView({ pack, lang }: { pack: CompliancePackWire; lang: 'da' | 'nb' }) {
  return (
    <article lang={lang} className="compliance-pack" aria-label={pack.title}>
      <p>
        <strong>{pack.title}</strong> · {pack.subtitle}
      </p>
      {pack.sections.map((s) => (
        <section key={s.id} aria-labelledby={`pack-${s.id}`}>
          <h2 id={`pack-${s.id}`}>{s.heading}</h2>
          <p>{s.intro}</p>
          <table className="table">
            <tbody>
              {s.rows.map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td>{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.bullets.length > 0 && (
            <>
              <h3>{s.bulletsHeading}</h3>
              <ul>
                {s.bullets.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </article>
  );
}
