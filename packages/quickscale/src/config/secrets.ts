/**
 * Spotting a literal secret in quickscale.yml. The file is meant to be committed, so a value that
 * looks like a credential is refused and the user is pointed at an environment variable instead.
 * Known token shapes are matched exactly; anything else must be long, varied and random-looking.
 */

const KNOWN_SHAPES = [
  /^(sk|rk|pk|whsec)_(live|test)_[A-Za-z0-9]+/, // Stripe
  /^(ghp|gho|ghu|ghs|ghr|github_pat)_[A-Za-z0-9_]{20,}/, // GitHub
  /^xox[abprs]-[A-Za-z0-9-]+/, // Slack
  /^AKIA[0-9A-Z]{16}$/, // AWS access key id
  /^AIza[0-9A-Za-z_-]{35}$/, // Google API key
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i, // URL with a password in it
];

/** Shannon entropy in bits per character. */
function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** True when `value` looks like a credential rather than a setting. */
export function looksLikeSecret(value: string): boolean {
  if (KNOWN_SHAPES.some((re) => re.test(value))) return true;
  // Paths and mail addresses are settings, however long.
  if (value.length < 24 || /\s/.test(value) || /^[./~]/.test(value) || /^[^:]+@[^:]+$/.test(value))
    return false;
  if (value.length >= 32 && /^[A-Fa-f0-9]+$/.test(value)) return true; // hex key or digest
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 3 && entropy(value) >= 4;
}
