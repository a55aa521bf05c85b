/** The recent values as a small line, drawn in SVG (no chart library for 12 points); decoration only. */
export function Sparkline({ values, width = 160, height = 40 }: { values: number[]; width?: number; height?: number }) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (index: number) => 2 + (index * (width - 4)) / (values.length - 1);
  const y = (value: number) => height - 3 - ((value - min) * (height - 6)) / span;
  const points = values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
  const last = values.length - 1;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" style={{ display: 'block' }}>
      <polyline points={points} fill="none" stroke="#1864ab" strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={x(last)} cy={y(values[last]!)} r={3.5} fill="#1864ab" />
    </svg>
  );
}
