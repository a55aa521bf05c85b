import { notifications } from '@mantine/notifications';
import i18n from './i18n';

/** Mantine's notification close button has no accessible name by default: give it one. */
function show(color: 'green' | 'red', message: string) {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': i18n.t('common.close') } });
}

export const notifySuccess = (message: string) => show('green', message);
export const notifyError = (message: string) => show('red', message);
export const notifyInfo = (message: string) => show('green', message);
