import { passwordSchema } from '@pilotis/shared';
import { useTranslation } from 'react-i18next';

/** The shared password rule (CNIL: ≥ 12 characters) plus the "type it twice" check. */
export function usePasswordRules() {
  const { t } = useTranslation();
  return {
    newPassword: (value: string) => {
      const result = passwordSchema.safeParse(value);
      return result.success ? null : (result.error.issues[0]?.message ?? null);
    },
    confirmation: (value: string, password: string) => (value === password ? null : t('password.mismatch')),
  };
}
