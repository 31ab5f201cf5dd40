import type { Scope, TokenDto } from '../../../shared/api/integrations.ts';

interface TokenRow {
  id: string;
  name: string;
  scopes: string[];
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  creator_name: string | null;
}

/** A token as the API shows it: never its secret nor its hash. */
export function presentToken(r: TokenRow, now: Date): TokenDto {
  return {
    id: r.id,
    name: r.name,
    scopes: r.scopes as Scope[],
    createdAt: r.created_at.toISOString(),
    createdBy: r.creator_name,
    expiresAt: r.expires_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
    status: r.revoked_at ? 'revoked' : r.expires_at <= now ? 'expired' : 'active',
  };
}
