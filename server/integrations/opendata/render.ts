import { BOM, csvLine, MACHINE_CSV } from '../../http/csv.ts';
import type { OpenFigure } from './figures.ts';

/** The columns of the CSV, in order; also the JSON objects' keys (docs/INTEGRATION.md documents them). */
export const COLUMNS: ReadonlyArray<keyof OpenFigure> = [
  'unitId',
  'unitName',
  'parentUnitId',
  'month',
  'itemId',
  'scaleId',
  'n',
  'mean',
  'ciLower',
  'ciUpper',
  'positiveShare',
  'dontKnowShare',
];

/** CSV with a header line, UTF-8 with BOM (Excel reads æøå), decimal point, CRLF: for programs. */
export function toCsv(figures: readonly OpenFigure[]): string {
  // The header is plain; every text value is quoted, so ids and names are never read as numbers.
  const values = { ...MACHINE_CSV, quoteText: true };
  return (
    BOM +
    csvLine(COLUMNS, MACHINE_CSV) +
    figures
      .map((f) =>
        csvLine(
          COLUMNS.map((c) => f[c]),
          values,
        ),
      )
      .join('')
  );
}

/** A DCAT-AP style record (JSON-LD) describing the dataset and its two distributions. */
export function catalogRecord(o: {
  origin: string;
  slug: string;
  name: string;
  country: 'DK' | 'NO';
  publishedAt: Date;
  urls: { json: string; csv: string; metadata: string };
}) {
  const abs = (p: string) => `${o.origin}${p}`;
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
    },
    '@id': abs(o.urls.metadata),
    '@type': 'dcat:Dataset',
    'dct:title': { '@language': 'da', '@value': `Borgeroplevelse: ${o.name}` },
    'dct:description': {
      '@language': 'en',
      '@value':
        'Citizen-experience indicators per organisational unit and month (mean, 95 % interval, share positive, share "don\'t know", n). Cells below the minimum group size, and cells that would reveal them, are left out.',
    },
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': o.name },
    'dct:spatial':
      o.country === 'DK'
        ? 'http://publications.europa.eu/resource/authority/country/DNK'
        : 'http://publications.europa.eu/resource/authority/country/NOR',
    'dct:issued': o.publishedAt.toISOString(),
    'dct:accrualPeriodicity': 'http://publications.europa.eu/resource/authority/frequency/DAILY',
    'dct:license': 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0',
    'dcat:theme': 'http://publications.europa.eu/resource/authority/data-theme/GOVE',
    'dcat:keyword': ['borgeroplevelse', 'citizen experience', 'public services'],
    'dct:conformsTo': {
      '@id': 'https://github.com/borgerblik/borgerblik/blob/main/docs/INTEGRATION.md#open-data',
    },
    'dcat:distribution': [
      {
        '@type': 'dcat:Distribution',
        'dcat:accessURL': abs(o.urls.json),
        'dcat:mediaType': 'application/json',
        'dct:format': 'JSON',
      },
      {
        '@type': 'dcat:Distribution',
        'dcat:accessURL': abs(o.urls.csv),
        'dcat:mediaType': 'text/csv',
        'dct:format': 'CSV',
      },
    ],
  };
}
