import { Link } from '../router/Link.tsx';
import { useLocation } from '../router/navigation.ts';
import { useSession } from '../session/SessionContext.tsx';
import { Icon } from './Icon.tsx';
import { useUnreadCount } from './useUnreadCount.ts';

/** The bottom tab bar: Feed, Create, Notifications, Profile (a side rail on wide screens). */
export function TabBar() {
  const { path } = useLocation();
  const { me } = useSession();
  const unread = useUnreadCount(Boolean(me), me?.unreadNotifications ?? 0, path);
  const profile = me ? `/u/${encodeURIComponent(me.username)}` : '/signin';
  const tab = (to: string, label: string, icon: 'home' | 'plus' | 'bell' | 'user' | 'shield', active: boolean, badge = 0, extra = '') => (
    <Link to={to} className={`${active ? 'tab tab--active' : 'tab'}${extra}`} aria-current={active ? 'page' : undefined} aria-label={label}>
      <span className={icon === 'plus' ? 'tab-icon tab-icon--create' : 'tab-icon'}>
        <Icon name={icon} filled={active && icon !== 'plus'} />
        {badge > 0 && <span className="tab-badge">{badge > 99 ? '99+' : badge}</span>}
      </span>
      <span className="tab-label">{label}</span>
    </Link>
  );
  return (
    <nav className="tabbar" aria-label="Main">
      <Link to="/" className="brand" aria-label="Klappe home">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>Klappe</span>
      </Link>
      {tab('/', 'Feed', 'home', path === '/' || path.startsWith('/p/'))}
      {tab('/create', 'Create', 'plus', path === '/create' || path.startsWith('/drafts'))}
      {tab('/notifications', 'Inbox', 'bell', path === '/notifications', unread)}
      {tab(profile, me ? 'Profile' : 'Sign in', 'user', (Boolean(me) && (path === profile || path.startsWith(`${profile}/`))) || path.startsWith('/settings') || path === '/signin' || path === '/signup')}
      {tab('/verify', 'Verify', 'shield', path === '/verify', 0, ' tab--wide')}
    </nav>
  );
}
