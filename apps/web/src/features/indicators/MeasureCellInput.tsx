import { Group, Loader, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { forwardRef, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { readTypedValue, useIndicatorFormat } from './indicator-format';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

interface MeasureCellInputProps {
  /** The accessible name: « Valeur de DECH-01 pour T3 2026 ». */
  label: string;
  value: number | null;
  /** Saves the typed value (null = clear the period); rejects with the API error. */
  onCommit: (value: number | null) => Promise<unknown>;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  disabled?: boolean;
  width?: number;
}

/**
 * One value, typed the French way (« 12,5 », « 1 234 »), saved when the person leaves the cell or
 * presses Enter, only if it changed. Says « Enregistrement… », « Enregistré » or the error in words.
 */
export const MeasureCellInput = forwardRef<HTMLInputElement, MeasureCellInputProps>(function MeasureCellInput(
  { label, value, onCommit, onKeyDown, disabled, width = 110 },
  ref,
) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const [text, setText] = useState(format.input(value));
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const feedbackId = useId();
  // The value the server holds as far as we know: a commit of the same number is not sent again.
  const known = useRef(value);
  const focused = useRef(false);

  useEffect(() => {
    known.current = value;
    if (!focused.current) setText(format.input(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const commit = () => {
    const typed = readTypedValue(text);
    if (typed === 'invalid') {
      setSave({ kind: 'error', message: t('indicators.entry.notANumber') });
      return;
    }
    if (typed === known.current) {
      if (save.kind === 'error') setSave({ kind: 'idle' });
      return;
    }
    const previous = known.current;
    known.current = typed;
    setSave({ kind: 'saving' });
    onCommit(typed).then(
      () => setSave({ kind: 'saved' }),
      (error: unknown) => {
        known.current = previous;
        setSave({ kind: 'error', message: describeError(error, t) });
      },
    );
  };

  return (
    <div>
      <TextInput
        ref={ref}
        aria-label={label}
        aria-describedby={save.kind === 'idle' ? undefined : feedbackId}
        aria-invalid={save.kind === 'error' || undefined}
        inputMode="decimal"
        autoComplete="off"
        size="sm"
        w={width}
        disabled={disabled}
        value={text}
        error={save.kind === 'error'}
        onChange={(event) => setText(event.currentTarget.value)}
        onFocus={() => { focused.current = true; }}
        onBlur={() => { focused.current = false; commit(); }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') { setText(format.input(known.current)); setSave({ kind: 'idle' }); }
          onKeyDown?.(event);
        }}
        styles={{ input: { textAlign: 'right' } }}
      />
      <SaveFeedback id={feedbackId} state={save} />
    </div>
  );
});

function SaveFeedback({ id, state }: { id: string; state: SaveState }) {
  const { t } = useTranslation();
  return (
    <div id={id} aria-live="polite">
      {state.kind === 'saving' && (
        <Group gap={4} wrap="nowrap"><Loader size={12} aria-hidden /><Text size="xs">{t('indicators.entry.saving')}</Text></Group>
      )}
      {state.kind === 'saved' && (
        <Group gap={4} wrap="nowrap"><IconCheck size={14} color="#1b6e3a" aria-hidden /><Text size="xs" c="#1b6e3a">{t('indicators.entry.saved')}</Text></Group>
      )}
      {state.kind === 'error' && (
        <Group gap={4} wrap="nowrap" align="flex-start"><IconAlertTriangle size={14} color="#a51d2d" aria-hidden /><Text size="xs" c="red.9" maw={200}>{state.message}</Text></Group>
      )}
    </div>
  );
}
