import { useMe } from '../app/AuthProvider.tsx';

/**
 * Whether the signed-in user may record (staff and up, like the server's `canRecord`). Viewers see the
 * improvement work but not the forms that would only answer "forbidden".
 */
export function useMayRecord(): boolean {
  return useMe().user.role !== 'viewer';
}
