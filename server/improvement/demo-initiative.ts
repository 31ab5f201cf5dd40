import type { Db } from './common.ts';
import { DEMO_ANSWERS, DEMO_PERIODS } from './demo-data.ts';
import { insertSurvey, insertSurveyAnswers } from './survey-fixture.ts';

/** The initiative "Varm velkomst", its survey answers before and during the test, and two pieces of advice. */
export async function seedInitiative(db: Db, m: string, unitId: string, userId: string, ideaIds: string[]) {
  const { baseline, test } = DEMO_PERIODS;
  const initiative = await db
    .insertInto('improvement_initiative')
    .values({
      municipality_id: m,
      title: 'Varm velkomst',
      background:
        'Observationer og interviews i foråret viste, at mange borgere ikke kunne finde borgerservice bagerst i hovedbiblioteket. Bibliotekets personale brugte tid på at vise vej, og borgerne var ofte irriterede, når de nåede skranken.',
      description:
        'En vært står ved indgangen i åbningstiden og holder øje med søgende blikke. Reolerne ved indgangen er flyttet, så skranken kan ses fra døren.',
      owner: 'Leder af Borgerservice',
      design: 'before_after',
      baseline_start: baseline.start,
      baseline_end: baseline.end,
      test_start: test.start,
      test_end: test.end,
      measures: JSON.stringify({
        items: ['satisfaction.overall', 'coherence.information', 'coherence.respect'],
        categories: ['arrival', 'waiting', 'information'],
        counts: [{ label: 'Skriftlige klager', before: 9, after: 3 }],
      }),
      success_criteria:
        'Tilfredsheden med besøget stiger, og der observeres færre borgere, der leder efter skranken, pr. observeret time.',
      recommendations:
        'Fortsæt værtsfunktionen i spidsbelastningen (kl. 9–12). Del erfaringerne med Borgerservice Rådhuset, og mål igen efter et halvt år.',
      started_at: new Date(`${test.start}T07:00:00Z`),
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('improvement_initiative_unit')
    .values({ municipality_id: m, initiative_id: initiative.id, unit_id: unitId, role: 'test' })
    .execute();
  if (ideaIds.length > 0)
    await db
      .insertInto('improvement_initiative_idea')
      .values(ideaIds.map((idea_id) => ({ municipality_id: m, initiative_id: initiative.id, idea_id })))
      .execute();

  const surveyId = await insertSurvey(db, m, 'Borgerservice Hovedbiblioteket – besøget i dag', unitId);
  await insertSurveyAnswers(db, m, {
    surveyId,
    unitId,
    hour: new Date(`${baseline.start}T08:00:00Z`),
    counts: DEMO_ANSWERS.before,
  });
  await insertSurveyAnswers(db, m, {
    surveyId,
    unitId,
    hour: new Date(`${test.start}T08:00:00Z`),
    counts: DEMO_ANSWERS.after,
  });

  await db
    .insertInto('improvement_advice')
    .values([
      {
        municipality_id: m,
        title: 'Sæt en vært ved indgangen i spidsbelastningen',
        what: 'En medarbejder står ved indgangen og går hen til borgere, der ser sig søgende omkring.',
        why: 'Borgerne når skranken hurtigere og i bedre humør; kollegerne i biblioteket slipper for at vise vej.',
        evidence:
          'Evalueringen af Varm velkomst: højere tilfredshed og færre søgende borgere pr. observeret time.',
        initiative_id: initiative.id,
        created_by: userId,
      },
      {
        municipality_id: m,
        title: 'Gør skranken synlig fra døren',
        what: 'Flyt reoler og skærmvægge, så borgeren kan se skranken, så snart døren åbnes.',
        why: 'Det, borgeren kan se, behøver ikke skiltes.',
        evidence: 'Observationer før og under Varm velkomst.',
        initiative_id: initiative.id,
        created_by: userId,
      },
    ])
    .execute();
}
