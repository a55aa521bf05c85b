import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveError } from './ConflictAlert';

interface PartEditFormProps {
  title: string;
  date: string | null;
  /** Names the form (e.g. « Modifier le jalon … »), so its fields are told apart from the add form's. */
  formLabel: string;
  titleLabel: string;
  dateLabel: string;
  pending: boolean;
  error: unknown;
  onSave: (values: { title: string; date: string | null }) => void;
  onCancel: () => void;
}

/** Inline edit of a milestone or a task: title and date; a 409 offers « Recharger » (the list is refetched). */
export function PartEditForm({ formLabel, title, date, titleLabel, dateLabel, pending, error, onSave, onCancel }: PartEditFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ title, date: date ?? '' });
  const [missing, setMissing] = useState(false);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!values.title.trim()) return setMissing(true);
    onSave({ title: values.title.trim(), date: values.date || null });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={formLabel} style={{ width: '100%' }}>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput label={titleLabel} required data-autofocus value={values.title} error={missing ? t('common.required') : undefined}
          onChange={(e) => { const next = e.currentTarget.value; setValues((v) => ({ ...v, title: next })); }} />
        <TextInput type="date" label={dateLabel} value={values.date}
          onChange={(e) => { const next = e.currentTarget.value; setValues((v) => ({ ...v, date: next })); }} />
        <Button type="submit" loading={pending}>{t('common.save')}</Button>
        <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
      </Group>
      {Boolean(error) && <div style={{ marginTop: 8 }}><SaveError error={error} onReload={onCancel} /></div>}
    </form>
  );
}
