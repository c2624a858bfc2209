import { TextDecoder } from 'node:util';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { checkIndex, checkSeriesData } from '@/lib/check/check-data';
import { loadDataset } from '@/lib/data/dataset';
import { Checker } from './Checker';

jest.mock('./ResultChart', () => ({ ResultChart: () => <div data-testid="chart" /> }));

// jsdom has no TextDecoder; the CSV reader needs one to load the fixture.
Object.assign(global, { TextDecoder });
const data = loadDataset('data');
const index = checkIndex(data);

beforeEach(() => {
  window.history.replaceState(null, '', '/check');
  global.fetch = jest.fn(async (href: string) => {
    const id = String(href).replace('/check/data/', '').replace('.json', '');
    return { ok: true, json: async () => checkSeriesData(data, id) } as Response;
  }) as unknown as typeof fetch;
});

const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

describe('Checker', () => {
  it('judges a check with the engine and announces the verdict in the live region', async () => {
    render(<Checker index={index} origin={null} />);
    const combo = document.getElementById('check-measure') as HTMLInputElement;
    fireEvent.focus(combo);
    fireEvent.change(combo, { target: { value: 'nc declined detainers' } });
    fireEvent.keyDown(combo, { key: 'Enter' });
    expect(combo.value).toMatch(/^ICE: NC declined detainers/);
    change('check-q', 'more-than');
    change('check-n', '500');
    expect((document.getElementById('check-place') as HTMLSelectElement).value).toBe('37');
    change('check-period', 'federal-fy');
    change('check-year', '2019');
    await act(async () => {
      fireEvent.submit(screen.getByRole('form', { name: 'Check a number' }));
    });
    await waitFor(() => expect(screen.getAllByRole('status')[0].textContent).toMatch(/^Consistent with the record/));
    expect(window.location.search).toBe(
      '?measure=ice-nc-declined-detainers&q=more-than&n=500&place=37&period=federal-fy&year=2019',
    );
    expect(screen.getByTestId('chart')).toBeTruthy();
  });

  it('puts each message on its field, tied by aria-describedby, and focuses the first', async () => {
    window.history.replaceState(
      null,
      '',
      '/check?measure=ice-nc-declined-detainers&q=more-than&n=-4&place=37&period=calendar&year=2019',
    );
    render(<Checker index={index} origin={null} />);
    await waitFor(() => expect(document.getElementById('check-n')!.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('check-n')!.getAttribute('aria-describedby')).toContain('check-n-error');
    expect(document.getElementById('check-n-error')!.textContent).toBe(
      'A count of declined detainers cannot be negative.',
    );
    expect(document.getElementById('check-period-error')!.textContent).toMatch(/has no figures for a calendar year/);
  });
});
