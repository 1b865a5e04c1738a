/** Ids of the app's rows: a prefix and a time-sortable tail (see newSortableId). */
import { newSortableId } from '../../store/newId.ts';

export const newUserId = (now?: number) => newSortableId('user_', now);
export const newPostId = (now?: number) => newSortableId('post_', now);
export const newCommentId = (now?: number) => newSortableId('cmt_', now);
export const newNotificationId = (now?: number) => newSortableId('ntf_', now);

export const POST_ID = /^post_[0-9a-f]{32}$/;
export const COMMENT_ID = /^cmt_[0-9a-f]{32}$/;
export const NOTIFICATION_ID = /^ntf_[0-9a-f]{32}$/;
export const USERNAME = /^[a-z0-9_]{3,30}$/;
