/**
 * Light, dark, or whatever the system prefers (the default). The choice is kept in localStorage and
 * applied before the first paint by src/theme-boot.js (same key, same class); from then on this
 * module owns it: it applies a new choice at once, follows the system while the choice is "system",
 * and keeps other tabs in step.
 */
import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_CHOICES: ReadonlyArray<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const KEY = 'qspace-theme';
/** The canvas colour per theme, for the browser's UI (address bar on phones). */
const THEME_COLOR: Record<Theme, string> = { light: '#f7f8fa', dark: '#0c0e12' };

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(KEY);
    return isThemeChoice(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

const systemQuery = () =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

/** The theme a choice comes to, given what the system prefers. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

let choice: ThemeChoice = typeof window === 'undefined' ? 'system' : readChoice();
const listeners = new Set<() => void>();

function apply(): void {
  if (typeof document === 'undefined') return;
  const theme = resolveTheme(choice, systemQuery()?.matches ?? false);
  const root = document.documentElement;
  // Every colour changes at once: without this, each button would fade on its own transition.
  root.classList.add('theme-switching');
  root.classList.toggle('dark', theme === 'dark');
  requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove('theme-switching')));
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', THEME_COLOR[theme]);
  for (const listener of listeners) listener();
}

/** Saves and applies a choice. */
export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
  } catch {
    // Not saved (storage blocked): it still applies to this visit.
  }
  apply();
}

if (typeof window !== 'undefined') {
  // The system switched (e.g. at sunset): matters only while following it.
  systemQuery()?.addEventListener('change', () => {
    if (choice === 'system') apply();
  });
  // Another tab changed the choice.
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY && event.key !== null) return;
    choice = readChoice();
    apply();
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The saved choice, re-rendering when it changes. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(
    subscribe,
    () => choice,
    () => 'system',
  );
}
