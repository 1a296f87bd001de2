/**
 * Abuse limits in front of Better Auth:
 * - sign-in: per client IP per minute, and per account: after N wrong passwords within a minute the
 *   account refuses sign-ins for a lock period that doubles with each lock (1, 2, 4 … 60 minutes);
 *   a successful sign-in clears the failure count;
 * - sign-up, password-reset and verification-resend requests: per client IP per hour.
 * Refusals are 429 with a Retry-After header and the API error shape.
 */

import { getConnInfo } from '@hono/node-server/conninfo';
import { CoreErrors } from '@qspace/core';
import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';
import type { RateLimitStore } from './rate-limit.js';

export interface AuthLimitConfig {
  signInPerIpPerMinute: number;
  signInFailuresPerAccount: number;
  signUpPerIpPerHour: number;
  resetPerIpPerHour: number;
  trustProxy: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const MAX_LOCK = HOUR;

export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not behind the Node adapter (e.g. app.request() in tests)
  }
}

function tooMany(c: Context, resetInMs: number, what: string): Response {
  const seconds = Math.max(1, Math.ceil(resetInMs / 1000));
  const response = errorResponse(
    c,
    CoreErrors.rate_limited({ retryAfterSeconds: seconds }, `${what} Try again in ${seconds} seconds.`),
  );
  response.headers.set('Retry-After', String(seconds));
  return response;
}

async function emailOf(c: Context): Promise<string | null> {
  try {
    const body = (await c.req.raw.clone().json()) as { email?: unknown };
    return typeof body.email === 'string' ? body.email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}

export function authLimits(store: RateLimitStore, config: AuthLimitConfig): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const path = c.req.path.slice('/api/auth'.length);
    const ip = clientIp(c, config.trustProxy);

    if (path === '/sign-up/email') {
      const hit = await store.hit(`signup:ip:${ip}`, HOUR);
      if (hit.count > config.signUpPerIpPerHour)
        return tooMany(c, hit.resetInMs, 'Too many sign-ups from your network.');
      return next();
    }
    if (path === '/request-password-reset' || path === '/forget-password') {
      const hit = await store.hit(`reset:ip:${ip}`, HOUR);
      if (hit.count > config.resetPerIpPerHour)
        return tooMany(c, hit.resetInMs, 'Too many password-reset requests.');
      return next();
    }
    if (path === '/send-verification-email') {
      // Every resend mails someone: limited like reset requests, in its own bucket.
      const hit = await store.hit(`verify:ip:${ip}`, HOUR);
      if (hit.count > config.resetPerIpPerHour)
        return tooMany(c, hit.resetInMs, 'Too many verification emails requested.');
      return next();
    }
    if (path !== '/sign-in/email') return next();

    const byIp = await store.hit(`signin:ip:${ip}`, MINUTE);
    if (byIp.count > config.signInPerIpPerMinute)
      return tooMany(c, byIp.resetInMs, 'Too many sign-in attempts from your network.');
    const email = await emailOf(c);
    if (!email) return next();
    const lock = await store.peek(`signin:lock:${email}`);
    if (lock)
      return tooMany(
        c,
        lock.resetInMs,
        'Too many wrong passwords for this account. It is locked for a while.',
      );

    await next();
    if (c.res.status === 401) {
      const failures = await store.hit(`signin:fail:${email}`, MINUTE);
      if (failures.count >= config.signInFailuresPerAccount) {
        const strikes = await store.hit(`signin:strikes:${email}`, 24 * HOUR);
        await store.hit(`signin:lock:${email}`, Math.min(MAX_LOCK, MINUTE * 2 ** (strikes.count - 1)));
        await store.clear(`signin:fail:${email}`);
      }
    } else if (c.res.status === 200) {
      await store.clear(`signin:fail:${email}`);
    }
  };
}
