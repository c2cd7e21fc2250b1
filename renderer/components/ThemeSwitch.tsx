import { useEffect, useState } from 'react';

type Theme = 'system' | 'light' | 'dark';
const KEY = 'scrutineer.theme';

/** Light or dark, or as the computer is set; remembered on this laptop. */
export function ThemeSwitch() {
  const [theme, setTheme] = useState<Theme>(() => (localStorage.getItem(KEY) as Theme | null) ?? 'system');
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
    localStorage.setItem(KEY, theme);
  }, [theme]);
  return (
    <label className="theme-switch">
      Theme{' '}
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        <option value="system">As the computer</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
