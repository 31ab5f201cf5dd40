import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth/context.ts';
import { AppError } from '../http/app-error.ts';
import type { Policy } from './index.ts';

/** The signed-in user if the policy allows the action; 401 when not signed in, 403 when not allowed. */
export function authorize(request: FastifyRequest, policy: Policy): AuthContext {
  const auth = request.auth;
  if (!auth) throw new AppError(request.authExpired ? 'session_expired' : 'not_authenticated');
  if (!policy(auth)) throw new AppError('forbidden');
  return auth;
}
