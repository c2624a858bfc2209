'use client';

import { useMemo, useState } from 'react';
import type { CheckMeasure } from '@/lib/check/check-data';
import { matchMeasures } from '@/lib/check/match-measures';
import { unitWords } from '@/lib/format/number';
import { ListboxOption } from '@/components/forms/ListboxOption';
import { CONTROL, CONTROL_STYLE } from './Field';

export interface MeasureComboboxProps {
  id: string;
  measures: CheckMeasure[];
  value: string;
  onChange: (id: string) => void;
  described: { 'aria-describedby'?: string; 'aria-invalid'?: true };
}

const optionText = (m: CheckMeasure) =>
  `${m.short_title}: ${unitWords(m.unit)}, ${m.places.length === 1 ? m.places[0].name : `${m.places.length} places`}`;

/**
 * What the number counts, found by typing: an ARIA combobox over the measures' titles, short titles, measures
 * and units (arrow keys move, Enter picks, Escape closes). Each option names its unit.
 */
export function MeasureCombobox({ id, measures, value, onChange, described }: MeasureComboboxProps) {
  const chosen = measures.find((m) => m.id === value);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shownText = text ?? (chosen ? optionText(chosen) : value);
  const options = useMemo(
    () => (text === null ? measures.slice(0, 40) : matchMeasures(measures, text)),
    [measures, text],
  );
  const listId = `${id}-list`;
  const shown = open && options.length > 0;

  const pick = (m: CheckMeasure | undefined) => {
    if (!m) return;
    onChange(m.id);
    setText(null);
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (open ? Math.min(options.length - 1, a + 1) : 0));
      setOpen(true);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter' && shown) {
      e.preventDefault();
      pick(options[Math.max(0, active)]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  return (
    <div className="relative max-w-md">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 && options[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a few words: declined detainers"
        value={shownText}
        maxLength={120}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          // No option is active until the reader moves to one; Enter then takes the first.
          setActive(-1);
          if (value) onChange('');
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={CONTROL}
        style={CONTROL_STYLE}
        {...described}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Measures"
        hidden={!shown}
        className="rule absolute z-10 mt-1 max-h-72 w-full overflow-y-auto rounded border text-sm"
        style={CONTROL_STYLE}
      >
        {options.map((m, i) => (
          <ListboxOption key={m.id} id={`${id}-opt-${i}`} active={i === active} onPick={() => pick(m)}>
            {optionText(m)}
          </ListboxOption>
        ))}
      </ul>
    </div>
  );
}
