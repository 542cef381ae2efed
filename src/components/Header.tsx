import type { ReactNode } from 'react';
import { ThemeToggle } from './ThemeToggle';

interface HeaderProps {
  title: string;
  description?: string;
  onShowShortcuts: () => void;
  /** More buttons beside the shortcuts (e.g. `Embed`). */
  tools?: ReactNode;
}

export function Header({ title, description, onShowShortcuts, tools }: HeaderProps) {
  return (
    <header className="page-header">
      <a className="skip-link" href="#event-list">
        Skip to the list of events
      </a>
      <div className="header-tools">
        {tools}
        <button type="button" onClick={onShowShortcuts} aria-keyshortcuts="?">
          Keyboard shortcuts
        </button>
        <ThemeToggle />
      </div>
      <h1>{title}</h1>
      {description && <p className="description">{description}</p>}
    </header>
  );
}
