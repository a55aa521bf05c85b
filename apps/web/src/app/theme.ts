import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults put several texts under the 4.5:1 contrast ratio required by RGAA/WCAG AA
 * (blue.6 buttons, gray.6 "dimmed" text, red.6 errors). We use darker shades everywhere text or
 * white-on-color appears: blue.8 = 5.0:1, gray.7 = 8.2:1, red.9 = 5.5:1 on white.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  defaultRadius: 'sm',
  focusRing: 'always',
  cursorType: 'pointer',
  components: {
    Anchor: { defaultProps: { c: 'blue.9' } },
    // See global.css: the required marker is drawn there.
    TextInput: { defaultProps: { withAsterisk: false } },
    PasswordInput: { defaultProps: { withAsterisk: false } },
    NativeSelect: { defaultProps: { withAsterisk: false } },
    MultiSelect: { defaultProps: { withAsterisk: false } },
    Textarea: { defaultProps: { withAsterisk: false } },
    NumberInput: { defaultProps: { withAsterisk: false } },
    TagsInput: { defaultProps: { withAsterisk: false } },
    Select: { defaultProps: { withAsterisk: false } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
    '--mantine-color-anchor': t.colors.blue[9] ?? '#1864ab',
    '--mantine-color-placeholder': t.colors.gray[7] ?? '#495057',
  },
  dark: {},
});

/** Badge colors with white text, all ≥ 6:1 on white. */
export const statusColors = {
  positive: '#1b6e3a',
  warning: '#8a4b00',
  neutral: '#495057',
} as const;
