import type { AuthContext } from '../auth/context.ts';

/**
 * Permission rules as small named functions, one per kind of action. Routes call
 * `authorize(request, policy)`; nothing else decides who may do what.
 */
export type Policy = (auth: AuthContext) => boolean;

/** Any signed-in user may read the organisation of their own municipality. */
export const canReadOrganisation: Policy = () => true;
/** Only admins change the organisation tree. */
export const canManageUnits: Policy = (a) => a.role === 'admin';
/** Only admins create, change and deactivate accounts. */
export const canManageUsers: Policy = (a) => a.role === 'admin';
/** Only admins read the audit log. */
export const canReadAudit: Policy = (a) => a.role === 'admin';
/** Analysts and admins see all data of the municipality. */
export const canAnalyse: Policy = (a) => a.role === 'admin' || a.role === 'analyst';
/** Staff and up record observations and journeys. */
export const canRecord: Policy = (a) => a.role !== 'viewer';
/**
 * Analysts and admins may resume or close anyone's open observation session; staff only their own and
 * their units' (a colleague's phone left running in the same reception), see improvement/observations.
 */
export const canManageAnySession: Policy = (a) => a.role === 'admin' || a.role === 'analyst';
/** Analysts and admins plan dialog programmes, pulse rounds, service areas and contact volumes. */
export const canManageDialog: Policy = (a) => a.role === 'admin' || a.role === 'analyst';
/**
 * Analysts and admins register and revoke reception kiosks: a device token is a credential that lets
 * a tablet submit answers to a survey, and surveys belong to analysts and admins.
 */
export const canManageKiosks: Policy = (a) => a.role === 'admin' || a.role === 'analyst';
/** Only admins set retention, export, offboard and erase a municipality's data. */
export const canManageLifecycle: Policy = (a) => a.role === 'admin';
/** Only admins create API tokens and webhooks and publish open data: each reaches outside the municipality. */
export const canManageIntegrations: Policy = (a) => a.role === 'admin';
/** Only admins configure the municipality's identity providers and sign-in rules. */
export const canManageSso: Policy = (a) => a.role === 'admin';
/**
 * Only admins choose which websites may frame the municipality's surveys and where its accessibility
 * statement lives: both speak for the municipality towards citizens.
 */
export const canManageCitizenPages: Policy = (a) => a.role === 'admin';
/**
 * Analysts and admins add survey languages and translate citizen texts: the texts are part of the
 * surveys they own. Every signed-in user may read them (and the language figures).
 */
export const canTranslate: Policy = (a) => a.role === 'admin' || a.role === 'analyst';
