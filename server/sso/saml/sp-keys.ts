import { generate } from 'selfsigned';

/**
 * A key pair and self-signed certificate for Borgerblik as SAML service provider of one
 * municipality's IdP: it signs the AuthnRequests and decrypts encrypted assertions. IdPs trust
 * the certificate from the SP metadata; self-signed is the norm there (Entra ID, AD FS). KOMBIT
 * asks for an OCES system certificate instead, which an operator can load (docs/SSO.md).
 */
export async function generateSpKeys(
  commonName: string,
): Promise<{ privateKey: string; certificate: string }> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 5 * 365 * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: commonName.slice(0, 64) }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
  });
  return { privateKey: pems.private, certificate: pems.cert };
}

/** The base64 body of a PEM certificate (what metadata and node-saml's idpCert carry). */
export function pemBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
}
