import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { YearFilter } from '../../src/components/YearFilter';

function renderFilter(from?: number, to?: number) {
  const onChange = vi.fn();
  render(<YearFilter startYear={2002} endYear={2014} from={from} to={to} onChange={onChange} />);
  return onChange;
}

const options = (name: string) =>
  within(screen.getByRole('combobox', { name })).getAllByRole('option') as HTMLOptionElement[];

describe('YearFilter', () => {
  it('has From year and To year pickers over the whole range', () => {
    renderFilter();
    expect(screen.getByRole('combobox', { name: 'From year' })).toHaveValue('2002');
    expect(screen.getByRole('combobox', { name: 'To year' })).toHaveValue('2014');
    expect(options('From year').map((o) => o.textContent)).toEqual(
      Array.from({ length: 13 }, (_, i) => String(2002 + i)),
    );
  });

  it('disables the years beyond the other end', () => {
    renderFilter(2005, 2010);
    const disabled = (name: string) =>
      options(name)
        .filter((o) => o.disabled)
        .map((o) => o.value);
    expect(disabled('From year')).toEqual(['2011', '2012', '2013', '2014']);
    expect(disabled('To year')).toEqual(['2002', '2003', '2004']);
  });

  it('reports a chosen year, and the range edges as no limit', async () => {
    const user = userEvent.setup();
    const onChange = renderFilter(undefined, 2012);
    await user.selectOptions(screen.getByRole('combobox', { name: 'From year' }), '2008');
    expect(onChange).toHaveBeenLastCalledWith(2008, 2012);
    await user.selectOptions(screen.getByRole('combobox', { name: 'To year' }), '2014');
    expect(onChange).toHaveBeenLastCalledWith(undefined, undefined);
  });
});
