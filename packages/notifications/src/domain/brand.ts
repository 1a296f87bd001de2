/** Who an email speaks for: the platform, or an App with its own name and colours. */
export interface Brand {
  name: string;
  /** Hex colour for buttons and accents, e.g. `#0f766e`. */
  primaryColor: string;
  /** Absolute URL of a logo image (optional). */
  logoUrl?: string;
  /** Shown in the footer: why the person got this mail. */
  footer?: string;
}

export const PLATFORM_BRAND: Brand = {
  name: 'Q-Space',
  primaryColor: '#0f766e',
  footer: 'You received this email because of an action on your Q-Space account.',
};

const HEX = /^#[0-9a-f]{6}$/i;

/** A brand colour safe to put in inline CSS; anything else falls back to the platform colour. */
export function safeColor(color: string): string {
  return HEX.test(color) ? color : PLATFORM_BRAND.primaryColor;
}
