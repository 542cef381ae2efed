interface HeaderProps {
  title: string;
  description?: string;
}

export function Header({ title, description }: HeaderProps) {
  return (
    <header className="page-header">
      <a className="skip-link" href="#event-list">
        Skip to the list of events
      </a>
      <h1>{title}</h1>
      {description && <p className="description">{description}</p>}
    </header>
  );
}
