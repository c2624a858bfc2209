import { render, screen } from '@testing-library/react';
import { RecordGapNote } from './RecordGapNote';

describe('RecordGapNote', () => {
  it('says in words that no record covers the claim, names the records that exist and links the page', () => {
    render(
      <RecordGapNote
        gap={{
          exists: false,
          sentence: 'ICE has published no North Carolina declined-detainer figure for FY2025.',
          existing: "ICE's FY2019 statements to reporters (FY2019)",
          href: '/record',
        }}
      />,
    );
    expect(screen.getByTestId('record-gap').textContent).toBe(
      "ICE has published no North Carolina declined-detainer figure for FY2025. The records that exist: ICE's FY2019 statements to reporters (FY2019). What has been published, and when.",
    );
    expect(screen.getByRole('link').getAttribute('href')).toBe('/record');
  });
  it('shows nothing when a record exists', () => {
    const { container } = render(<RecordGapNote gap={null} />);
    expect(container.textContent).toBe('');
  });
});
