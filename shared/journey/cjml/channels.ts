import type { Channel } from '../step.ts';

/**
 * Borgerblik's channels as CJML channel names. CJML's `channelName` is free text; the names below are
 * the ones CJML's own symbol set and tools use (faceToFace, phone, letter, internetViaPC, unknown), so a
 * CJML editor shows the right icon. A home visit has no CJML symbol: it is written as `homeVisit`, which
 * a CJML tool shows as a plain name and Borgerblik reads back exactly.
 */
export const CJML_CHANNEL_NAMES: Record<Channel, string> = {
  in_person: 'faceToFace',
  phone: 'phone',
  letter_digital_post: 'letter',
  self_service: 'internetViaPC',
  home_visit: 'homeVisit',
  unknown: 'unknown',
};

/** Lower-case, without spaces, hyphens, slashes or underscores: "Face to face" → "facetoface". */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_\-/]+/g, '');
}

/** Every CJML (and CJML-Excel) channel spelling Borgerblik understands, by its normalised name. */
const READ: Record<string, Channel> = {
  facetoface: 'in_person',
  face2face: 'in_person',
  servicedesk: 'in_person',
  shopcounter: 'in_person',
  meeting: 'in_person',
  phone: 'phone',
  telephone: 'phone',
  phonecall: 'phone',
  letter: 'letter_digital_post',
  letterpaper: 'letter_digital_post',
  digitalpost: 'letter_digital_post',
  email: 'letter_digital_post',
  sms: 'letter_digital_post',
  message: 'letter_digital_post',
  messageservice: 'letter_digital_post',
  internetviapc: 'self_service',
  internetviasmartphone: 'self_service',
  internetviatablet: 'self_service',
  internetglobe: 'self_service',
  internet: 'self_service',
  webapp: 'self_service',
  apponpc: 'self_service',
  apponsmartphone: 'self_service',
  appontablet: 'self_service',
  selfservicemachine: 'self_service',
  chat: 'self_service',
  homevisit: 'home_visit',
  unknown: 'unknown',
};

/** The CJML channel name written for a Borgerblik channel. */
export function cjmlChannelName(channel: Channel): string {
  return CJML_CHANNEL_NAMES[channel];
}

/**
 * The Borgerblik channel for a CJML channel name. Names Borgerblik has no channel for (fax, parcel,
 * payment, social media…) and a missing channel read as `unknown`: the contact is kept, its channel
 * is not guessed.
 */
export function channelFromCjml(name: string | undefined): Channel {
  if (!name) return 'unknown';
  return READ[normalise(name)] ?? 'unknown';
}
