import type { Kysely } from 'kysely';
import type { AuthContext } from './auth/context.ts';
import type { AppConfig } from './config.ts';
import type { SecretBox } from './crypto/secret-box.ts';
import type { DatabaseKind } from './db/database.ts';
import type { Database } from './db/types.ts';
import type { ResponseBatcher } from './public/response-batcher.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbKind: DatabaseKind;
    config: AppConfig;
    /** Group commit for citizens' survey responses. */
    responses: ResponseBatcher;
    /** Encrypts secrets kept in the database (BORGERBLIK_SECRET_KEY). */
    secretBox: SecretBox;
  }
  interface FastifyContextConfig {
    /** Under /api: the route answers without a signed-in user (see server/auth/plugin.ts). */
    public?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user, or null; set by the auth hook. */
    auth: AuthContext | null;
    /** True when a session cookie was sent but has expired (answer "session expired", not "log in"). */
    authExpired: boolean;
  }
}
