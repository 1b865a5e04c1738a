/** Sign up, sign in and out (sessions in an httpOnly cookie), the CSRF token, and the account. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError, invalidValue, tooManyRequests } from '../../api/ApiError.ts';
import { parseInput } from '../../api/parseInput.ts';
import { RateLimiter } from '../../auth/RateLimiter.ts';
import type { AppContext } from '../AppContext.ts';
import { hashPassword, verifyPassword } from '../auth/passwordHash.ts';
import { clearSessionCookie, ensureCsrfCookie, SESSION_COOKIE, setSessionCookie } from '../http/sessionCookies.ts';
import { requireUser } from '../http/requireUser.ts';
import { USERNAME } from '../store/appIds.ts';
import { meView } from '../views/meView.ts';
import { checkText } from '../trust/TrustHooks.ts';

const username = z
  .string()
  .trim()
  .transform((s) => s.toLowerCase())
  .refine((s) => USERNAME.test(s), { message: 'a username is 3 to 30 letters a-z, digits or _' });
const password = z.string().min(8, 'a password has at least 8 characters').max(200, 'a password has at most 200 characters');
export const displayNameSchema = z.string().trim().min(1, 'the display name must not be empty').max(50, 'the display name has at most 50 characters');

const signupSchema = z.strictObject({ username, password, displayName: displayNameSchema.optional() });
const signinSchema = z.strictObject({ username: z.string().trim().max(100).transform((s) => s.toLowerCase()), password: z.string().max(200) });

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const perAccount = new RateLimiter(ctx.settings.signinAttemptsPerMinute, Math.max(1, ctx.settings.signinAttemptsPerMinute));
  const perAddress = new RateLimiter(ctx.settings.signinAttemptsPerMinute * 5, Math.max(1, ctx.settings.signinAttemptsPerMinute * 5));

  app.get('/csrf', async (req, reply) => ({ token: ensureCsrfCookie(req, reply, ctx.settings.secureCookies) }));

  app.post('/auth/signup', async (req, reply) => {
    const body = parseInput(signupSchema, req.body);
    const displayName = body.displayName ?? body.username;
    await checkText(ctx.trust, body.username, 'username');
    await checkText(ctx.trust, displayName, 'displayName');
    const user = await ctx.users.create({ username: body.username, passwordHash: await hashPassword(body.password), displayName, now: ctx.now() });
    if (!user) throw new ApiError(409, `The username '${body.username}' is taken. Choose another.`, { param: 'username', code: 'username_taken' });
    setSessionCookie(req, reply, await ctx.sessions.create(user.id, ctx.now()), ctx.settings.secureCookies);
    return meView(ctx, user);
  });

  app.post('/auth/signin', async (req, reply) => {
    const body = parseInput(signinSchema, req.body);
    const now = Date.now();
    for (const [limiter, key] of [[perAccount, `u:${body.username}`], [perAddress, `ip:${req.ip}`]] as const) {
      const take = limiter.take(key, now);
      if (!take.ok) {
        throw tooManyRequests(`Too many sign-in attempts. Try again in ${Math.ceil(take.retryAfterMs / 1000)} s.`, 'too_many_signin_attempts', take.retryAfterMs);
      }
    }
    const user = USERNAME.test(body.username) ? await ctx.users.byUsername(body.username) : undefined;
    if (!(await verifyPassword(body.password, user?.password_hash)) || !user) {
      throw new ApiError(401, 'Wrong username or password.', { type: 'authentication_error', code: 'invalid_credentials' });
    }
    setSessionCookie(req, reply, await ctx.sessions.create(user.id, ctx.now()), ctx.settings.secureCookies);
    // Expired sessions are swept now and then, on sign-in.
    if (Math.random() < 0.05) void ctx.sessions.deleteExpired(ctx.now()).catch(() => {});
    return meView(ctx, user);
  });

  app.post('/auth/signout', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await ctx.sessions.delete(token);
    clearSessionCookie(req, reply, ctx.settings.secureCookies);
    return { signedOut: true };
  });

  app.get('/me', async (req) => meView(ctx, requireUser(req)));

  const patchMe = z.strictObject({ displayName: displayNameSchema.optional(), bio: z.string().trim().max(300, 'the bio has at most 300 characters').optional() });
  app.patch('/me', async (req) => {
    const user = requireUser(req);
    const body = parseInput(patchMe, req.body);
    if (body.displayName !== undefined) await checkText(ctx.trust, body.displayName, 'displayName');
    if (body.bio !== undefined) await checkText(ctx.trust, body.bio, 'bio');
    await ctx.users.updateProfile(user.id, body);
    const updated = await ctx.users.byId(user.id);
    if (!updated) throw invalidValue('user', 'This account no longer exists.');
    return meView(ctx, updated);
  });
}
