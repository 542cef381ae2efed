import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoadingProgress } from '../../src/components/LoadingProgress';

const bar = () => screen.getByRole('progressbar', { name: 'Loading dataset' });

describe('LoadingProgress', () => {
  it('shows the bytes read of the total the server gave', () => {
    render(
      <LoadingProgress
        progress={{ read: 12_300_000, total: 40_000_000, stage: 'reading' }}
        onCancel={() => {}}
      />,
    );
    expect(bar()).toHaveAttribute('aria-valuenow', '12300000');
    expect(bar()).toHaveAttribute('aria-valuemax', '40000000');
    expect(bar()).toHaveAttribute('aria-valuetext', '12.3 MB of 40.0 MB');
    expect(screen.getByText('12.3 MB of 40.0 MB')).toBeVisible();
  });

  it('shows the bytes read alone when the size is not known', () => {
    render(
      <LoadingProgress
        progress={{ read: 5_000_000, total: null, stage: 'reading' }}
        onCancel={() => {}}
      />,
    );
    expect(bar()).toHaveAttribute('aria-valuenow', '5000000');
    expect(bar()).not.toHaveAttribute('aria-valuemax');
    expect(bar()).toHaveAttribute('aria-valuetext', '5.0 MB read');
  });

  it('drops a total the reading overtook (a compressed length)', () => {
    render(
      <LoadingProgress
        progress={{ read: 3_000_000, total: 1_200_000, stage: 'reading' }}
        onCancel={() => {}}
      />,
    );
    expect(bar()).not.toHaveAttribute('aria-valuemax');
    expect(bar()).toHaveAttribute('aria-valuetext', '3.0 MB read');
  });

  it('says when every byte is in and the checking runs', () => {
    render(
      <LoadingProgress
        progress={{ read: 4e6, total: 4e6, stage: 'checking' }}
        onCancel={() => {}}
      />,
    );
    expect(bar()).toHaveAttribute('aria-valuetext', '4.0 MB of 4.0 MB');
    expect(screen.getByText(/checking/)).toBeVisible();
  });

  it('cancels with a click, or from the keyboard', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(
      <LoadingProgress
        progress={{ read: 2e6, total: 9e6, stage: 'reading' }}
        onCancel={onCancel}
      />,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});
