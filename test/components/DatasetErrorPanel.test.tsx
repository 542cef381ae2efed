import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DatasetErrorPanel } from '../../src/components/DatasetErrorPanel';

const errors = [
  { path: 'events[3].date', message: 'expected YYYY, YYYY-MM or YYYY-MM-DD, got "2012-13"' },
  { path: 'events[5].people[0]', message: 'unknown person "beyonce"' },
];

describe('DatasetErrorPanel', () => {
  it('lists each problem as path: message, with the URL', () => {
    render(<DatasetErrorPanel url="/bad.json" errors={errors} onUseBundled={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('/bad.json');
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(errors.map((e) => `${e.path}: ${e.message}`));
  });

  it('says how many more problems there are beyond the first fifty', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ path: `events[${i}].id`, message: 'x' }));
    render(<DatasetErrorPanel url="/bad.json" errors={many} onUseBundled={() => {}} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByRole('alert')).toHaveTextContent('10 more problems');
  });

  it('offers the bundled dataset', async () => {
    const user = userEvent.setup();
    const onUseBundled = vi.fn();
    render(<DatasetErrorPanel url="/bad.json" errors={errors} onUseBundled={onUseBundled} />);
    await user.click(screen.getByRole('button', { name: 'Load the bundled dataset' }));
    expect(onUseBundled).toHaveBeenCalledTimes(1);
  });
});
