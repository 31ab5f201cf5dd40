import { describe, expect, it } from 'vitest';
import { analyseContacts } from '../contacts.ts';
import { journeySchema } from '../journey.ts';
import { journeyOf } from '../test-fixtures.ts';
import { journeyToCjmlXml, parseCjml, readCjml } from './index.ts';

const planned = (touchpoints: string, actors = '<endUser actorID="u"/><serviceProvider actorID="p"/>') =>
  `<?xml version="1.0"?>
<CJML version="2.0">
  <plannedJourney>
    <journeyID>PJ1</journeyID>
    <actors>${actors}</actors>
    <touchpoints>
${touchpoints}
    </touchpoints>
  </plannedJourney>
</CJML>`;

const point = (id: string, from: string, to: string, extra = '') =>
  `<plannedCommunicationPoint><touchpointID>${id}</touchpointID><initiator><refersTo actorIDref="${from}"/></initiator><receiver><refersTo actorIDref="${to}"/></receiver>${extra}</plannedCommunicationPoint>`;

function issues(text: string) {
  const result = parseCjml(text);
  if (result.ok) throw new Error('expected problems');
  return result.issues.map((i) => ({ path: i.path, problem: i.problem, line: i.params.line }));
}

describe('CJML import: errors name the element path and line', () => {
  it('names a touchpoint whose initiator refers to no actor', () => {
    const text = planned(
      [point('t1', 'p', 'u'), point('t2', 'u', 'p'), point('t3', 'ghost', 'u')].join('\n'),
    );
    expect(issues(text)).toEqual([
      {
        path: '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[3]/initiator/refersTo/@actorIDref',
        problem: 'cjml_unknown_id',
        line: 9,
      },
    ]);
  });

  it('names missing required elements', () => {
    const text = planned(
      '<plannedCommunicationPoint><touchpointID>t1</touchpointID><receiver><refersTo actorIDref="u"/></receiver></plannedCommunicationPoint>',
      '<serviceProvider/>',
    );
    expect(issues(text).map((i) => `${i.path} ${i.problem}`)).toEqual([
      '/CJML/plannedJourney/actors/endUser cjml_missing',
      '/CJML/plannedJourney/actors/serviceProvider[1]/@actorID cjml_missing',
      '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[1]/initiator cjml_missing',
      '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[1]/receiver/refersTo/@actorIDref cjml_unknown_id',
    ]);
  });

  it('refuses the wrong root, version, duplicate ids, bad durations, ratings and phases', () => {
    expect(issues('<journey/>')).toEqual([{ path: '/journey', problem: 'cjml_invalid', line: 1 }]);
    expect(issues('<CJML version="1.0"><plannedJourney/></CJML>').map((i) => i.path)).toEqual([
      '/CJML/@version',
      '/CJML/plannedJourney/journeyID',
      '/CJML/plannedJourney/actors',
      '/CJML/plannedJourney/touchpoints',
    ]);
    const text = planned(
      [
        point('t1', 'p', 'u', '<touchpointDuration>an hour</touchpointDuration>'),
        point('t1', 'p', 'u', '<belongsTo phaseIDref="nowhere"/>'),
      ].join('\n'),
    );
    expect(issues(text).map((i) => `${i.path} ${i.problem}`)).toEqual([
      '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[1]/touchpointDuration cjml_invalid',
      '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[2]/touchpointID cjml_duplicate_id',
      '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[2]/belongsTo/@phaseIDref cjml_unknown_id',
    ]);
    const actual = planned(
      point(
        't1',
        'p',
        'u',
        '<touchpointExperience><experienceRating>9</experienceRating></touchpointExperience>',
      ),
    ).replaceAll('planned', 'actual');
    expect(issues(actual).map((i) => i.path)).toEqual([
      '/CJML/actualJourney/touchpoints/actualCommunicationPoint[1]/touchpointExperience/experienceRating',
    ]);
  });

  it('reports malformed XML with its line', () => {
    const [problem] = issues('<CJML version="2.0">\n<plannedJourney>\n</CJML>');
    expect(problem).toMatchObject({ path: '/', problem: 'cjml_xml' });
    expect(issues('')[0]).toMatchObject({ path: '/', problem: 'cjml_xml', line: 1 });
    expect(issues('not xml at all')[0]).toMatchObject({ problem: 'cjml_xml' });
  });

  it('refuses DOCTYPE and entities (no XXE, no entity expansion) before parsing', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE CJML [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<CJML version="2.0"><plannedJourney><journeyID>&x;</journeyID></plannedJourney></CJML>`;
    expect(issues(xxe)).toEqual([{ path: '/', problem: 'cjml_doctype', line: 2 }]);
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><CJML/>`;
    expect(issues(laughs)[0]?.problem).toBe('cjml_doctype');
    // An undeclared entity is not expanded either: xmldom reports it, so the file is refused.
    expect(issues(planned(point('&ghost;', 'p', 'u')))[0]?.problem).toBe('cjml_xml');
  });

  it('refuses files over the size limit without parsing them', () => {
    expect(issues(' '.repeat(5_000_001))).toEqual([{ path: '/', problem: 'too_long', line: 1 }]);
  });
});

describe('CJML import of files from other tools', () => {
  it('reads a CJML-Excel style actual journey: implicit handovers, channel spellings, blank phase refs', () => {
    const text = `<!-- Produced by: ExcelToCJML -->
<CJML version="2.0">
<actualJourney>
<journeyID>AJ1</journeyID>
<journeyTitle>Søknad om BPA</journeyTitle>
<actors>
<endUser actorID ="Innbygger"/>
<serviceProvider actorID ="Saksbehandler NAV"/>
<serviceProvider actorID ="Fastlege"><companyName>Legesenteret</companyName></serviceProvider>
</actors>
<touchpoints>
<actualCommunicationPoint><touchpointID>1</touchpointID><belongsTo phaseIDref =" "></belongsTo>
<receiver><refersTo actorIDref="Saksbehandler NAV"/><receiverLabel>Mottar søknad</receiverLabel></receiver>
<initiator><refersTo actorIDref="Innbygger"/><initiatorLabel>Sender søknad</initiatorLabel></initiator>
<channel><channelName>internetViaPC</channelName></channel>
<timestamps><timeStarted>2023-01-02T10:00:00Z</timeStarted><timeCompleted>2023-01-02T10:20:00Z</timeCompleted></timestamps>
<touchpointExperience><experienceRating>2</experienceRating></touchpointExperience>
</actualCommunicationPoint>
<actualCommunicationPoint><touchpointID>2</touchpointID>
<initiator><refersTo actorIDref="Fastlege"/></initiator><receiver><refersTo actorIDref="Innbygger"/></receiver>
<channel><channelName>Face2Face</channelName></channel>
<timestamps><timeStarted>2023-01-04T10:20:00Z</timeStarted></timestamps>
</actualCommunicationPoint>
<actualAction><touchpointID>3</touchpointID><initiator><refersTo actorIDref="Innbygger"/><initiatorLabel>Venter</initiatorLabel></initiator></actualAction>
</touchpoints>
</actualJourney>
</CJML>`;
    const read = readCjml(text);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const journey = journeySchema.parse(read.journeys[0]?.journey);
    expect(journey.title).toBe('Søknad om BPA');
    expect(journey.actors.map((a) => [a.id, a.kind])).toEqual([
      ['Saksbehandler_NAV', 'department'],
      ['Fastlege', 'external'],
      ['Innbygger', 'self_service'],
    ]);
    expect(journey.steps.map((s) => [s.id, s.actorId, s.channel, s.description])).toEqual([
      ['1', 'Saksbehandler_NAV', 'self_service', 'Mottar søknad'],
      ['2', 'Fastlege', 'in_person', ''],
      ['3', 'Innbygger', 'unknown', 'Venter'],
    ]);
    expect(journey.steps[0]).toMatchObject({ durationMinutes: 20, emotion: -1 });
    expect(journey.steps[1]).toMatchObject({ waitingMinutes: 2 * 24 * 60 });
    expect(journey.steps[2]?.tags).toEqual(['cjml-action']);
    expect(analyseContacts(journey).map((c) => c.isHandover)).toEqual([false, true, true]);
  });

  it('reads every journey of a file with several', () => {
    const one = journeyToCjmlXml(journeyOf('A B'), { kind: 'planned', journeyId: 'x' });
    const body = one.slice(one.indexOf('<plannedJourney'), one.lastIndexOf('</CJML>'));
    const text = one.replace('</CJML>', `${body.replace('<plannedJourney', '<plannedJourney ')}</CJML>`);
    const read = readCjml(text);
    expect(read.ok && read.journeys.map((j) => j.at.path)).toEqual([
      '/CJML/plannedJourney[1]',
      '/CJML/plannedJourney[2]',
    ]);
  });
});
