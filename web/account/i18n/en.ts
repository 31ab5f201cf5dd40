import type { accountDa } from './da.ts';

/** English texts of the account page. */
export const accountEn: { readonly [K in keyof typeof accountDa]: string } = {
  'account.title': 'My account',
  'account.link': 'My account',
  'account.intro': 'Change your name and your password here.',
  'account.name.title': 'Name',
  'account.name.field': 'Your name',
  'account.name.saved': 'Your name has been saved.',
  'account.password.title': 'Change password',
  'account.password.current': 'Current password',
  'account.password.new': 'New password',
  'account.password.newHint':
    'At least 12 characters. A sentence of several words is strong and easy to remember.',
  'account.password.repeat': 'Repeat new password',
  'account.password.mismatch': 'The two passwords are not the same.',
  'account.password.submit': 'Change password',
  'account.password.changed':
    'Your password has been changed. Other places where you were signed in are signed out.',
  'account.mustChange.banner': 'You are signed in with a temporary password. Choose your own password now.',
  'account.mustChange.action': 'Change password',
};
