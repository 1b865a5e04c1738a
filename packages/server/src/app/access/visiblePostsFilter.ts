/** The SQL form of canSeePost: a WHERE clause for `posts` (aliased `p`) seen by a viewer. */
import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { AppDatabase } from '../AppDatabase.ts';

type PostsEb = ExpressionBuilder<AppDatabase & { p: AppDatabase['posts'] }, 'p'>;

export function visiblePostsFilter(eb: PostsEb, viewerId: string | null): Expression<SqlBool> {
  if (viewerId === null) return eb('p.visibility', '=', 'public');
  const notBlocked = eb.not(
    eb.exists(
      eb
        .selectFrom('blocks')
        .select('blocks.blocker_id')
        .where((b) =>
          b.or([
            b.and([b('blocks.blocker_id', '=', viewerId), b('blocks.blocked_id', '=', b.ref('p.user_id'))]),
            b.and([b('blocks.blocker_id', '=', b.ref('p.user_id')), b('blocks.blocked_id', '=', viewerId)]),
          ]),
        ),
    ),
  );
  return eb.or([
    eb('p.user_id', '=', viewerId),
    eb.and([
      notBlocked,
      eb.or([
        eb('p.visibility', '=', 'public'),
        eb.and([
          eb('p.visibility', '=', 'followers'),
          eb.exists(
            eb.selectFrom('follows').select('follows.follower_id').where('follows.follower_id', '=', viewerId).whereRef('follows.followee_id', '=', 'p.user_id'),
          ),
        ]),
      ]),
    ]),
  ]);
}
