import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../src/components/SearchBox';

function Harness({ onChange }: { onChange: (q: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <SearchBox
      value={value}
      onChange={(q) => {
        setValue(q);
        onChange(q);
      }}
    />
  );
}

describe('SearchBox', () => {
  it('is a searchbox named Search that reports what is typed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(box, 'paris');
    expect(box).toHaveValue('paris');
    expect(onChange).toHaveBeenLastCalledWith('paris');
    await user.clear(box);
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('shows the value it is given', () => {
    render(<SearchBox value="florence" onChange={() => {}} />);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('florence');
  });
});
