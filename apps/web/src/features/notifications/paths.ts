/** The notification centre; e-mails (digest) link to it too, see notification-digest.ts on the server. */
export const NOTIFICATIONS_PATH = '/notifications';
