import { Button, Group, Input, Stack } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface SpreadsheetFileFormProps {
  checking: boolean;
  /** The server's answer to the last check (its problems shown above the field). */
  error: unknown;
  onCheck: (file: File) => void;
  /** The server's limit: a larger file is refused here, before it is sent. */
  maxBytes: number;
  texts: { file: string; fileHint: string; check: string; noFile: string; tooLarge: string };
  /** Shown under the error, above the field (a table of the file's problems). */
  children?: ReactNode;
}

/** The file step of an import: one CSV or XLSX file, checked for presence and size, then sent to be checked. */
export function SpreadsheetFileForm({ checking, error, onCheck, maxBytes, texts, children }: SpreadsheetFileFormProps) {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setLocalError(texts.noFile);
    if (file.size > maxBytes) return setLocalError(texts.tooLarge);
    setLocalError(null);
    onCheck(file);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <ErrorAlert error={error} message={localError ?? undefined} />
        {children}
        <Group align="flex-end" gap="xs">
          <Input.Wrapper label={texts.file} id={inputId} description={texts.fileHint} descriptionProps={{ id: hintId }} required>
            <input ref={input} id={inputId} type="file" accept={ACCEPT} aria-describedby={hintId} aria-required style={{ display: 'block', marginTop: 4 }} />
          </Input.Wrapper>
          <Button type="submit" leftSection={<IconFileSearch size={16} aria-hidden />} loading={checking}>
            {texts.check}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
