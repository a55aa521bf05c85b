import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
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
  /** Tasks also choose who does them. */
  assignee?: { label: string; value: string | null; people: { id: string; name: string }[] };
  onSave: (values: { title: string; date: string | null; assigneeId?: string | null }) => void;
  onCancel: () => void;
}

/** Inline edit of a milestone or a task: title, date (and a task's assignee); a 409 offers « Recharger » (the list is refetched). */
export function PartEditForm({ formLabel, title, date, titleLabel, dateLabel, assignee, pending, error, onSave, onCancel }: PartEditFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ title, date: date ?? '', assigneeId: assignee?.value ?? '' });
  const [missing, setMissing] = useState(false);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!values.title.trim()) return setMissing(true);
    onSave({ title: values.title.trim(), date: values.date || null, ...(assignee ? { assigneeId: values.assigneeId || null } : {}) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={formLabel} style={{ width: '100%' }}>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput label={titleLabel} required data-autofocus value={values.title} error={missing ? t('common.required') : undefined}
          onChange={(e) => { const next = e.currentTarget.value; setValues((v) => ({ ...v, title: next })); }} />
        <TextInput type="date" label={dateLabel} value={values.date}
          onChange={(e) => { const next = e.currentTarget.value; setValues((v) => ({ ...v, date: next })); }} />
        {assignee && (
          <NativeSelect label={assignee.label} value={values.assigneeId}
            data={[{ value: '', label: t('common.empty') }, ...assignee.people.map((p) => ({ value: p.id, label: p.name }))]}
            onChange={(e) => { const next = e.currentTarget.value; setValues((v) => ({ ...v, assigneeId: next })); }} />
        )}
        <Button type="submit" loading={pending}>{t('common.save')}</Button>
        <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
      </Group>
      {Boolean(error) && <div style={{ marginTop: 8 }}><SaveError error={error} onReload={onCancel} /></div>}
    </form>
  );
}
