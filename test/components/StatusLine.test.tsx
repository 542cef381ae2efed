import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusLine } from '../../src/components/StatusLine';

describe('StatusLine', () => {
  it.each([
    [10, 10],
    [1, 10],
    [0, 10],
  ])('says "%i of %i events" in a status region', (shown, total) => {
    render(<StatusLine shown={shown} total={total} />);
    expect(screen.getByRole('status')).toHaveTextContent(`${shown} of ${total} events`);
  });
});
