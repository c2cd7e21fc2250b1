// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { UkDateField } from '../../renderer/components/UkDateField';

afterEach(cleanup);

function Harness({ start = '' }: { start?: string }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <UkDateField label="From" value={value} onChange={setValue} />
      <output aria-label="stored">{value}</output>
    </>
  );
}

describe('a UK date field', () => {
  it('shows a stored date as dd/mm/yyyy and stores what is typed as an ISO date', async () => {
    render(<Harness start="2021-09-16" />);
    const field = screen.getByLabelText('From');
    expect((field as HTMLInputElement).value).toBe('16/09/2021');
    await userEvent.clear(field);
    await userEvent.type(field, '3/2/2024{Enter}');
    expect(screen.getByLabelText('stored').textContent).toBe('2024-02-03');
    expect((field as HTMLInputElement).value).toBe('03/02/2024');
  });

  it('says clearly what is wrong, keeps what was typed, and stores nothing', async () => {
    render(<Harness start="2021-09-16" />);
    const field = screen.getByLabelText('From');
    await userEvent.clear(field);
    await userEvent.type(field, '09/16/2021');
    await userEvent.tab();
    expect(screen.getByRole('alert').textContent).toMatch(/09\/16\/2021 is not a date in the calendar/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((field as HTMLInputElement).value).toBe('09/16/2021');
    expect(screen.getByLabelText('stored').textContent).toBe('2021-09-16');
  });
});
