/**
 * What the app needs from the trust layer (`@klappe/trust`): text and image moderation and the
 * video verifier. Each is taken from the package when it exports it; until then text and
 * images pass and verify is unavailable (the route answers 501).
 */
import { ApiError } from '../../api/ApiError.ts';

export interface TrustHooks {
  /** Throws a 422 `content_rejected` naming `param` when the text is refused. */
  moderateText(text: string, param: string): Promise<void>;
  /** Throws a 422 `content_rejected` when the image is refused. */
  moderateImage(bytes: Uint8Array, mimeType: string, param: string): Promise<void>;
  /** The trust report of a video file; undefined while the trust layer has no verifier. */
  verify?: (bytes: Uint8Array) => Promise<unknown>;
  /** Which of the above come from the trust layer (for logs and the health check). */
  wired: { moderateText: boolean; moderateImage: boolean; verify: boolean };
}

/** A moderation answer in any of the shapes a checker may return → refused?, and why. */
export function readVerdict(result: unknown): { refused: boolean; reason?: string } {
  if (typeof result === 'boolean') return { refused: !result };
  if (result === null || typeof result !== 'object') return { refused: false };
  const r = result as Record<string, unknown>;
  const reason = [r.reason, r.message, Array.isArray(r.categories) ? r.categories.join(', ') : undefined, Array.isArray(r.reasons) ? r.reasons.join(', ') : undefined].find(
    (v): v is string => typeof v === 'string' && v.length > 0,
  );
  const refused =
    r.allowed === false ||
    r.ok === false ||
    r.flagged === true ||
    r.blocked === true ||
    r.refused === true ||
    (typeof r.decision === 'string' && /^(block|reject|refuse|deny)/i.test(r.decision)) ||
    (typeof r.action === 'string' && /^(block|reject|refuse|deny)/i.test(r.action));
  return { refused, ...(reason ? { reason } : {}) };
}

export function contentRejected(param: string, reason?: string): ApiError {
  const what = param === 'file' || param === 'avatar' ? 'This image' : 'This text';
  return new ApiError(422, `${what} was not accepted by the content rules${reason ? ` (${reason})` : ''}. Change it and try again.`, { param, code: 'content_rejected' });
}

type AnyFn = (...args: unknown[]) => unknown;

/** The hooks from an imported trust module (its exports as an object). */
export function trustHooksFrom(mod: Record<string, unknown>): TrustHooks {
  const fn = (name: string) => (typeof mod[name] === 'function' ? (mod[name] as AnyFn) : undefined);
  const text = fn('moderateText');
  const image = fn('moderateImage');
  const verify = fn('verifyVideo') ?? fn('verify');
  return {
    async moderateText(value, param) {
      if (!text || value.trim() === '') return;
      const verdict = readVerdict(await text(value));
      if (verdict.refused) throw contentRejected(param, verdict.reason);
    },
    async moderateImage(bytes, mimeType, param) {
      if (!image) return;
      const verdict = readVerdict(await image(bytes, mimeType));
      if (verdict.refused) throw contentRejected(param, verdict.reason);
    },
    ...(verify ? { verify: async (bytes: Uint8Array) => verify(bytes) } : {}),
    wired: { moderateText: !!text, moderateImage: !!image, verify: !!verify },
  };
}

/** Load the trust layer's hooks; a package that fails to load gives the pass-through hooks. */
export async function loadTrustHooks(): Promise<TrustHooks> {
  try {
    return trustHooksFrom((await import('@klappe/trust')) as Record<string, unknown>);
  } catch {
    return trustHooksFrom({});
  }
}
