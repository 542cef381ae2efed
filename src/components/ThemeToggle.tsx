import { useTheme } from '../hooks/useTheme';

export function ThemeToggle() {
  const [theme, toggle] = useTheme();
  return (
    <button type="button" className="theme-toggle" aria-pressed={theme === 'dark'} onClick={toggle}>
      Dark theme
    </button>
  );
}
