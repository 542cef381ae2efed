import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PeopleFilter } from '../../src/components/PeopleFilter';
import { personMarks } from '../../src/layout/personColors';
import { bundledDataset } from '../unit/testData';

const { people } = bundledDataset();
const markOf = personMarks(people);
const counts = new Map([
  ['kim', 10],
  ['kanye', 9],
]);

/** The filter as the page uses it: it owns no state, the page does. */
function Harness({ initial, onChange }: { initial: string[]; onChange: (ids: string[]) => void }) {
  const [checked, setChecked] = useState(initial);
  return (
    <PeopleFilter
      people={people}
      checked={checked}
      counts={counts}
      markOf={markOf}
      onChange={(ids) => {
        setChecked(ids);
        onChange(ids);
      }}
    />
  );
}

describe('PeopleFilter', () => {
  it('is a group named People with a checkbox per full name, none checked', () => {
    render(<Harness initial={[]} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'People' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(people.length);
    for (const person of people)
      expect(within(group).getByRole('checkbox', { name: person.name })).not.toBeChecked();
  });

  it('reports the checked ids as people are toggled', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={[]} onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Kris Humphries' }));
    expect(onChange).toHaveBeenLastCalledWith(['kris-humphries']);
    expect(screen.getByRole('checkbox', { name: 'Kris Humphries' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Kim Kardashian' }));
    expect(onChange).toHaveBeenLastCalledWith(['kim', 'kris-humphries']);
    await user.click(screen.getByRole('checkbox', { name: 'Kris Humphries' }));
    expect(onChange).toHaveBeenLastCalledWith(['kim']);
  });

  it('toggles with the keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={['kanye']} onChange={onChange} />);
    expect(screen.getByRole('checkbox', { name: 'Kanye West' })).toBeChecked();
    screen.getByRole('checkbox', { name: 'Kanye West' }).focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
