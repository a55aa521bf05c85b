import { parseFormula } from '@pilotis/shared';
import { Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface FormulaFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Codes of the indicators the person can see, to flag a reference to an unknown one. */
  knownCodes: Set<string> | null;
  ownCode: string;
}

/** « Formule » with a live check (parsed in the browser by the same code as the server, never eval). */
export function FormulaField({ value, onChange, error, knownCodes, ownCode }: FormulaFieldProps) {
  const { t } = useTranslation();
  const [typed] = useDebouncedValue(value, 250);
  const check = describe(typed);

  function describe(text: string): { ok: boolean; message: string } {
    if (!text.trim()) return { ok: false, message: t('indicators.form.formulaEmpty') };
    const parsed = parseFormula(text);
    if (!parsed.ok) return { ok: false, message: parsed.error };
    const own = ownCode.trim().toUpperCase();
    if (own && parsed.refs.includes(own)) return { ok: false, message: t('indicators.form.formulaSelf') };
    const unknown = knownCodes ? parsed.refs.filter((code) => !knownCodes.has(code)) : [];
    if (unknown.length) return { ok: false, message: t('indicators.form.formulaUnknown', { codes: unknown.join(', ') }) };
    return { ok: true, message: t('indicators.form.formulaOk', { codes: parsed.refs.join(', ') || t('common.empty') }) };
  }

  // The check sits in the field's description, so it is read with the field and announced as it changes.
  return (
    <Textarea
      label={t('indicators.form.formula')}
      description={
        <>
          {t('indicators.form.formulaHelp')}
          <Text component="span" display="block" size="sm" mt={4} fw={600} c={check.ok ? '#1b6e3a' : 'red.9'} aria-live="polite">
            {check.ok ? '✓ ' : '✗ '}
            {check.message}
          </Text>
        </>
      }
      autosize
      minRows={2}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      styles={{ input: { fontFamily: 'monospace' } }}
    />
  );
}
