import type { ReactNode } from 'react';

export interface ListboxOptionProps {
  id: string;
  active: boolean;
  onPick: () => void;
  children: ReactNode;
}

/** One option of a combobox's listbox: outlined and underlined while active (never colour alone), picked on press. */
export function ListboxOption({ id, active, onPick, children }: ListboxOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`cursor-pointer px-2 py-1 ${active ? 'underline' : ''}`}
      style={active ? { outline: '2px solid var(--focus)', outlineOffset: -2 } : undefined}
      // mousedown, not click: the input's blur would close the list before a click lands.
      onMouseDown={(e) => {
        e.preventDefault();
        onPick();
      }}
    >
      {children}
    </li>
  );
}
