/*
 * Applies the saved theme before the first paint: a classic (blocking) script in <head>, a file of
 * its own because the CSP refuses inline scripts (vite.config.ts emits it fingerprinted and adds the
 * tag). Keep the key and the class in step with src/lib/theme.ts, which takes over once React runs.
 */
(() => {
  let choice = 'system';
  try {
    choice = localStorage.getItem('qspace-theme') || 'system';
  } catch {
    // Storage can be blocked (privacy settings): follow the system.
  }
  const dark =
    choice === 'dark' || (choice !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  const root = document.documentElement;
  root.classList.toggle('dark', dark);
  const meta = document.querySelector('meta[name="theme-color"]');
  if (meta) meta.setAttribute('content', dark ? '#0c0e12' : '#f7f8fa');
})();
