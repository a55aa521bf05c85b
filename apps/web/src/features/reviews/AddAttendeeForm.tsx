import { emailAddressSchema } from '@pilotis/shared';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../users/use-users';

interface AddAttendeeFormProps {
  saving: boolean;
  onAdd: (added: { userId: string } | { name: string; email: string | null }, done: () => void) => void;
}

/** Add a member (picked from the collectivité) or someone from outside (name, optional e-mail). */
export function AddAttendeeForm({ saving, onAdd }: AddAttendeeFormProps) {
  const { t } = useTranslation();
  const users = useUsers();
  const [userId, setUserId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const userData = (users.data ?? []).filter((u) => u.active !== false).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));

  const addExternal = (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const parsed = email.trim() ? emailAddressSchema.safeParse(email) : null;
    if (parsed && !parsed.success) return setEmailError(parsed.error.issues[0]?.message ?? '');
    onAdd({ name: name.trim(), email: parsed?.data ?? null }, () => { setName(''); setEmail(''); setEmailError(null); });
  };

  return (
    <>
      <Group align="flex-end" wrap="wrap">
        <Select label={t('reviews.attendees.addMember')} data={userData} searchable clearable value={userId} onChange={setUserId}
          nothingFoundMessage={t('reviews.series.nothingFound')} miw={280} />
        <Button variant="light" disabled={!userId} loading={saving && Boolean(userId)}
          onClick={() => userId && onAdd({ userId }, () => setUserId(null))}>{t('reviews.attendees.add')}</Button>
      </Group>
      <form onSubmit={addExternal} noValidate aria-label={t('reviews.attendees.addExternal')}>
        <Group align="flex-start" wrap="wrap">
          <TextInput label={t('reviews.series.externalName')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label={t('reviews.series.externalEmail')} type="email" value={email} error={emailError}
            onChange={(e) => { setEmail(e.currentTarget.value); setEmailError(null); }} />
          <Button type="submit" variant="light" mt={25} disabled={!name.trim()}>{t('reviews.attendees.add')}</Button>
        </Group>
      </form>
    </>
  );
}
