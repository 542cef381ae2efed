import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TimelinePage } from '../../src/app/TimelinePage';
import { GroupsFilter } from '../../src/components/GroupsFilter';
import { countByGroup } from '../../src/domain/countByGroup';
import type { Dataset } from '../../src/domain/types';
import { useLinkState } from '../../src/hooks/useLinkState';
import { bundledDataset, groupedDataset } from '../unit/testData';

// vis-timeline's own groups example: First holds two items, Third three, Second one.
const grouped = groupedDataset();
const counts = countByGroup(grouped.events);

/** The filter as the page uses it: it owns no state, the page does. */
function Harness({ initial, onChange }: { initial: string[]; onChange: (ids: string[]) => void }) {
  const [checked, setChecked] = useState(initial);
  return (
    <GroupsFilter
      groups={grouped.groups}
      checked={checked}
      counts={counts}
      onChange={(ids) => {
        setChecked(ids);
        onChange(ids);
      }}
    />
  );
}

describe('GroupsFilter', () => {
  it('is a group named Groups with a checkbox per group name, none checked', () => {
    render(<Harness initial={[]} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'Groups' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([false, false, false]);
    // Named by the name alone; the count beside it is for the eye.
    expect(within(group).getByRole('checkbox', { name: 'First' })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'Third' })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'Second' })).toBeInTheDocument();
    const counted = within(group)
      .getAllByText(/^\d+$/)
      .map((n) => n.textContent);
    expect(counted).toEqual(['2', '3', '1']);
  });

  it('reports the checked ids in the groups’ order, whatever the order of the clicks', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={[]} onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Second' }));
    expect(onChange).toHaveBeenLastCalledWith(['second']);
    await user.click(screen.getByRole('checkbox', { name: 'First' }));
    expect(onChange).toHaveBeenLastCalledWith(['first', 'second']);
    await user.click(screen.getByRole('checkbox', { name: 'Second' }));
    expect(onChange).toHaveBeenLastCalledWith(['first']);
    expect(screen.getByRole('checkbox', { name: 'First' })).toBeChecked();
  });

  it('toggles with the keyboard: Tab reaches each box, Space flips it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={['third']} onChange={onChange} />);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'First' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Third' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});

/** The page over the real link: the address bar is where it reads from and writes to. */
function Page({ dataset }: { dataset: Dataset }) {
  const links = useLinkState();
  return (
    <TimelinePage dataset={dataset} links={links} onOpenFile={() => {}} onCloseFile={() => {}} />
  );
}
const groupsParam = () => new URLSearchParams(window.location.search).get('groups');

describe('the Groups filter on the page', { timeout: 30_000 }, () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('opens a groups= link checked, notes the unknown id, and narrows the count', () => {
    window.history.replaceState(null, '', '/?groups=first,fourth');
    render(<Page dataset={grouped} />);
    const group = screen.getByRole('group', { name: 'Groups' });
    expect(within(group).getByRole('checkbox', { name: 'First' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Second' })).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('2 of 6 events');
    expect(screen.getByRole('note')).toHaveTextContent('group "fourth" (no such group)');
    // The link is rewritten without the id it couldn't use.
    expect(groupsParam()).toBe('first');
  });

  it('writes each change to the link at once, and Clear filters empties it', async () => {
    const user = userEvent.setup();
    render(<Page dataset={grouped} />);
    await user.click(screen.getByRole('checkbox', { name: 'Second' }));
    expect(groupsParam()).toBe('second');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 6 events');
    await user.click(screen.getByRole('checkbox', { name: 'Third' }));
    expect(groupsParam()).toBe('third,second');
    expect(screen.getByRole('status')).toHaveTextContent('4 of 6 events');
    const list = screen.getByRole('region', { name: /all events/i });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['item 2', 'item 4', 'item 3', 'item 5']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(groupsParam()).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('6 of 6 events');
  });

  it('says which groups left nothing to show', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?groups=second&q=item+0');
    render(<Page dataset={grouped} />);
    expect(screen.getByRole('status')).toHaveTextContent('0 of 6 events');
    expect(screen.getByText(/^No events/)).toHaveTextContent(
      'No events in group Second, matching “item 0”.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'First' }));
    expect(screen.queryByText(/^No events/)).not.toBeInTheDocument();
  });

  it('is not there for a story without groups, and groups= is noted as ignored', () => {
    window.history.replaceState(null, '', '/?groups=first');
    render(<Page dataset={bundledDataset()} />);
    expect(screen.getByRole('group', { name: 'People' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Groups' })).not.toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('groups=first (this dataset has no groups)');
    expect(groupsParam()).toBeNull();
  });
});
