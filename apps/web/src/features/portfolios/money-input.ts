/** A euro amount as French people type it (« 150 000,50 »), never negative. */
export const euroInputProps = {
  min: 0,
  decimalScale: 2,
  decimalSeparator: ',',
  thousandSeparator: '\u00a0',
  suffix: ' €',
  hideControls: true,
} as const;

/** FTE (ETP) with two decimals at most. */
export const fteInputProps = { min: 0, max: 9999.99, decimalScale: 2, decimalSeparator: ',', step: 0.5 } as const;
