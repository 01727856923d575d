'use client';

import { useId } from 'react';
import { studioText } from '@/lib/editorial/words';

const t = studioText.figure;

const bar = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.5rem',
  padding: '0.5rem',
  color: 'var(--kui-color-foreground-neutral-emphasis, #2c2c2c)',
  fontFamily: 'var(--kui-typography-font-family-base, system-ui)',
  fontSize: '0.875rem',
} as const;
const control = {
  minHeight: '2.25rem',
  maxWidth: 'min(22rem, 70vw)',
  padding: '0.25rem 0.5rem',
  borderRadius: 6,
  border: '1px solid var(--kui-color-border-neutral, #767676)',
  background: 'var(--kui-color-background-canvas, #fff)',
  color: 'inherit',
  font: 'inherit',
} as const;

/**
 * What a figure of the text offers once it is selected (Keystatic's toolbar of an inline component):
 * the list of the figures, each by its label and value, the one in the text chosen, and a way to take
 * it out. A plain list of the browser's, so that it is used as any other (keyboard, screen reader,
 * phone) and nothing is ever typed.
 */
export function FigureChooser(props: { figures: readonly { value: string; label: string }[]; value: string; onChange: (value: string) => void; onRemove: () => void }) {
  const id = useId();
  return (
    <span style={bar}>
      <label htmlFor={id} style={{ fontWeight: 600 }}>
        {t.label}
      </label>
      <select id={id} style={control} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.figures.map((figure) => (
          <option key={figure.value} value={figure.value}>
            {figure.label}
          </option>
        ))}
      </select>
      <button type="button" style={{ ...control, cursor: 'pointer', fontWeight: 600 }} onClick={props.onRemove}>
        {t.remove}
      </button>
    </span>
  );
}
