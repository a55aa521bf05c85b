import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';

interface ErrorAlertProps {
  error?: unknown;
  /** Overrides the message derived from `error`. */
  message?: string;
  title?: string;
}

/** A failure announced to assistive technologies (role="alert"). */
export function ErrorAlert({ error, message, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error && !message) return null;
  return (
    <Alert role="alert" color="red" variant="outline" c="red.9" icon={<IconAlertTriangle aria-hidden />} title={title}>
      {message ?? describeError(error, t)}
    </Alert>
  );
}
