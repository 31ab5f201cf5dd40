import { DOMParser } from '@xmldom/xmldom';

/** KOMBIT Context Handler's privileges attribute (OIOSAML Basic Privilege Profile, base64 XML). */
export const KOMBIT_PRIVILEGES = 'dk:gov:saml:attribute:Privileges_intermediate';

/**
 * Turns the base64 OIO-BPP PrivilegeList into its role URIs (the <Privilege> texts), so mapping
 * rules can match a KOMBIT user-system role like any other attribute value. Unreadable input
 * gives no roles (and so no matching rule) rather than an error page.
 */
export function decodePrivileges(values: string[]): string[] {
  const roles = new Set<string>();
  for (const value of values) {
    let xml: string;
    try {
      xml = Buffer.from(value, 'base64').toString('utf8');
    } catch {
      continue;
    }
    if (!xml.includes('PrivilegeList')) continue;
    const doc = new DOMParser({ errorHandler: () => undefined }).parseFromString(xml, 'text/xml');
    for (const el of Array.from(doc.getElementsByTagName('Privilege'))) {
      const text = el.textContent?.trim();
      if (text) roles.add(text);
    }
  }
  return [...roles];
}
