import type { ConformancePlan } from '../shared/eventlog/conformance/index.ts';

/**
 * A 10-step planned journey for BPIC 2012 (a Dutch bank's loan applications): the happy path of
 * the application as the citizen would meet it, with several activities of the case system folded
 * into one step where the applicant meets them as one contact.
 */
export const BPIC_PLAN: ConformancePlan = {
  steps: [
    { id: 'submit', boundary: 'citizen' },
    { id: 'registered', boundary: 'bank' },
    { id: 'preaccepted', boundary: 'bank' },
    { id: 'complete_application', boundary: 'bank' },
    { id: 'accepted', boundary: 'bank' },
    { id: 'offer', boundary: 'bank' },
    { id: 'offer_sent', boundary: 'bank' },
    { id: 'follow_up', boundary: 'bank' },
    { id: 'offer_returned', boundary: 'citizen' },
    { id: 'approved', boundary: 'bank' },
  ],
  activities: {
    A_SUBMITTED: 'submit',
    A_PARTLYSUBMITTED: 'registered',
    A_PREACCEPTED: 'preaccepted',
    'W_Completeren aanvraag': 'complete_application',
    A_ACCEPTED: 'accepted',
    O_SELECTED: 'offer',
    O_CREATED: 'offer',
    O_SENT: 'offer_sent',
    'W_Nabellen offertes': 'follow_up',
    O_SENT_BACK: 'offer_returned',
    A_REGISTERED: 'approved',
    A_APPROVED: 'approved',
    A_ACTIVATED: 'approved',
  },
};
