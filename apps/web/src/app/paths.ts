/** Every URL of the app in one place; French, as the people who use it read them. */
export const paths = {
  signIn: '/connexion',
  invitation: '/invitation/:token',
  home: '/',
  account: '/compte',
  orgUnits: '/administration/organisation',
  people: '/administration/personnes',
} as const;
