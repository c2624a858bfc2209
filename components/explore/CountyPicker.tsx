'use client';

import { useId, useMemo, useState } from 'react';
import type { County } from '@/lib/view/caseload';
import { MAX_COUNTIES } from '@/lib/view/explore-url';
import { ListboxOption } from '@/components/forms/ListboxOption';

export interface CountyPickerProps {
  counties: County[];
  picked: string[];
  onChange: (picked: string[]) => void;
  /** "Counties", or "Areas" for a state series. */
  label: string;
}

/**
 * Pick up to MAX_COUNTIES counties (four, as one time chart draws): an ARIA combobox with a filtered listbox (arrow keys move, Enter picks, Escape
 * closes), and the picked counties as buttons that remove them.
 */
export function CountyPicker({ counties, picked, onChange, label }: CountyPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const full = picked.length >= MAX_COUNTIES;
  const options = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return counties.filter((c) => !picked.includes(c.fips) && c.name.toLowerCase().includes(needle));
  }, [counties, picked, text]);
  const name = (fips: string) => counties.find((c) => c.fips === fips)?.name ?? fips;

  const pick = (c: County | undefined) => {
    if (!c || full) return;
    onChange([...picked, c.fips]);
    setText('');
    setActive(0);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(options.length - 1, open ? a + 1 : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const listId = `${id}-list`;
  const shown = open && !full && options.length > 0;
  return (
    <div className="text-sm">
      <label htmlFor={`${id}-input`} className="font-medium">
        {label}{' '}
        <span className="muted font-normal">
          ({picked.length} of at most {MAX_COUNTIES})
        </span>
      </label>
      <ul className="mt-1 flex flex-wrap gap-2">
        {picked.map((fips) => (
          <li key={fips}>
            <button
              type="button"
              className="rule rounded border px-2 py-0.5"
              onClick={() => onChange(picked.filter((f) => f !== fips))}
              aria-label={`Remove ${name(fips)}`}
            >
              {name(fips)} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="relative mt-2 max-w-xs">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && options[active] ? `${id}-opt-${options[active].fips}` : undefined}
          disabled={full}
          placeholder={full ? 'Remove one to add another' : 'Type a name'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="rule w-full rounded border px-2 py-1"
          style={{ background: 'var(--bg)' }}
        />
        {/* tabIndex -1: a scrolling list is a tab stop in Chromium, and Tab from the input would land on it just as blur hides it, leaving focus on <body>. */}
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          hidden={!shown}
          tabIndex={-1}
          className="rule absolute z-10 mt-1 max-h-60 w-full overflow-y-auto rounded border"
          style={{ background: 'var(--bg)' }}
        >
          {options.map((c, i) => (
            <ListboxOption key={c.fips} id={`${id}-opt-${c.fips}`} active={i === active} onPick={() => pick(c)}>
              {c.name}
            </ListboxOption>
          ))}
        </ul>
      </div>
    </div>
  );
}
