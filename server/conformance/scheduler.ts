import type { FastifyInstance } from 'fastify';
import { installBackgroundTick } from '../runtime/background.ts';
import { checkJointAlerts } from './joint.ts';
import { staleMappings } from './joint-repository.ts';

/** How often mapped journeys are looked at for new survey responses or a new mapping. */
export const JOINT_ALERT_INTERVAL_MS = 60_000;
const PER_TICK = 20;

/**
 * Checks the "experience fell while the wait rose" alert when new data arrives, as the dashboard's
 * roll-up does for responses: a background tick finds the mapped journeys with responses (or a
 * mapping) newer than their last check and re-evaluates them. One tick at a time; failures are logged
 * and retried next tick. A newly firing touchpoint is logged and shows on the joint view.
 */
export function installJointAlertScheduler(app: FastifyInstance, intervalMs = JOINT_ALERT_INTERVAL_MS): void {
  installBackgroundTick(app, {
    name: 'journey touchpoint alert check',
    intervalMs,
    step: async (isClosing) => {
      for (const m of await staleMappings(app.db, PER_TICK)) {
        if (isClosing()) return;
        const tenant = { municipalityId: m.municipality_id };
        const firing = await checkJointAlerts(app.db, tenant, m.journey_id, m.version);
        if (firing.length)
          app.log.warn({ journeyId: m.journey_id, steps: firing }, 'journey touchpoint alert firing');
      }
    },
  });
}
