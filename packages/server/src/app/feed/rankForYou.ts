/**
 * The For You order (documented in docs/ranking.md). Pure: candidates, who the viewer follows
 * and the time in; the ranked list out, the same every time for the same input.
 *
 * score = 3.0·fresh + 2.0·followed + 1.0·remixable + 0.8·liked
 *   fresh     = 0.5^(age / 12 h)                       (1 when new, ½ after 12 h)
 *   followed  = 1 when the viewer follows the creator
 *   remixable = min(1, log(1 + remixes) / log(1 + 20)), + 0.25 for a remix (part of a chain), capped at 1
 *   liked     = min(1, log(1 + likes + 2·comments) / log(1 + 200))
 * Each further post of the same creator counts 0.7× the one before (variety), and the order
 * never shows the same creator twice in a row: when only one creator's posts are left, the
 * list ends there.
 */
export interface FeedCandidate {
  id: string;
  authorId: string;
  createdAt: number;
  likes: number;
  comments: number;
  remixes: number;
  isRemix: boolean;
}

export interface RankInput {
  candidates: readonly FeedCandidate[];
  followed: ReadonlySet<string>;
  now: number;
}

export const HALF_LIFE_MS = 12 * 3_600_000;
export const WEIGHTS = { fresh: 3.0, followed: 2.0, remixable: 1.0, liked: 0.8 } as const;
export const SAME_CREATOR_DECAY = 0.7;

export function scoreCandidate(c: FeedCandidate, followed: boolean, now: number): number {
  const age = Math.max(0, now - c.createdAt);
  const fresh = Math.pow(0.5, age / HALF_LIFE_MS);
  const remixable = Math.min(1, Math.log1p(c.remixes) / Math.log1p(20) + (c.isRemix ? 0.25 : 0));
  const liked = Math.min(1, Math.log1p(c.likes + 2 * c.comments) / Math.log1p(200));
  return WEIGHTS.fresh * fresh + WEIGHTS.followed * (followed ? 1 : 0) + WEIGHTS.remixable * remixable + WEIGHTS.liked * liked;
}

export function rankForYou(input: RankInput): string[] {
  const seen = new Set<string>();
  // Per creator, their posts best first (ties: newer first, then id) — a creator's queue.
  const queues = new Map<string, { id: string; score: number; createdAt: number }[]>();
  for (const c of input.candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const score = scoreCandidate(c, input.followed.has(c.authorId), input.now);
    const q = queues.get(c.authorId) ?? [];
    q.push({ id: c.id, score, createdAt: c.createdAt });
    queues.set(c.authorId, q);
  }
  // A max-heap of creators by the effective score of their next post.
  const heap = new CreatorHeap();
  for (const [author, q] of queues) {
    q.sort((a, b) => b.score - a.score || b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
    heap.push({ author, index: 0, effective: q[0]!.score });
  }
  const out: string[] = [];
  let last: string | undefined;
  while (heap.size > 0) {
    let best = heap.pop()!;
    let held: CreatorHead | undefined;
    if (best.author === last) {
      // Never the same creator twice in a row: take the next best, put this one back after.
      held = best;
      const next = heap.pop();
      if (!next) break;
      best = next;
    }
    const q = queues.get(best.author)!;
    out.push(q[best.index]!.id);
    best.index += 1;
    if (best.index < q.length) {
      best.effective = q[best.index]!.score * Math.pow(SAME_CREATOR_DECAY, best.index);
      heap.push(best);
    }
    if (held) heap.push(held);
    last = best.author;
  }
  return out;
}

interface CreatorHead {
  author: string;
  index: number;
  effective: number;
}

/** Higher effective score first; ties by creator id, so the order never depends on input order. */
const before = (a: CreatorHead, b: CreatorHead) => a.effective > b.effective || (a.effective === b.effective && a.author < b.author);

class CreatorHeap {
  private readonly items: CreatorHead[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: CreatorHead): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): CreatorHead | undefined {
    const a = this.items;
    const top = a[0];
    const end = a.pop();
    if (a.length > 0 && end) {
      a[0] = end;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
