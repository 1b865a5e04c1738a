import type { ReactNode } from 'react';
import { matchRoute } from './router/matchRoute.ts';
import { useLocation } from './router/navigation.ts';
import { useSession } from './session/SessionContext.tsx';
import { TabBar } from './components/TabBar.tsx';
import { FeedPage } from './pages/FeedPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { CreatePage } from './pages/CreatePage.tsx';
import { DraftPage } from './pages/DraftPage.tsx';
import { DraftsPage } from './pages/DraftsPage.tsx';
import { PostPage } from './pages/PostPage.tsx';
import { LineagePage } from './pages/LineagePage.tsx';
import { ProfilePage } from './pages/ProfilePage.tsx';
import { PeoplePage } from './pages/PeoplePage.tsx';
import { EditProfilePage } from './pages/EditProfilePage.tsx';
import { KeysPage } from './pages/KeysPage.tsx';
import { NotificationsPage } from './pages/NotificationsPage.tsx';
import { VerifyPage } from './pages/VerifyPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { RequireSignIn } from './components/RequireSignIn.tsx';
import { Toaster } from './components/Toaster.tsx';

type Render = (params: Record<string, string>) => ReactNode;

/** Pages by path; the first match wins. `auth` pages ask signed-out visitors to sign in first. */
const ROUTES: { path: string; render: Render; auth?: boolean; full?: boolean }[] = [
  { path: '/', render: () => <FeedPage />, full: true },
  { path: '/signin', render: () => <SignInPage mode="signin" /> },
  { path: '/signup', render: () => <SignInPage mode="signup" /> },
  { path: '/create', render: () => <CreatePage />, auth: true },
  { path: '/drafts', render: () => <DraftsPage />, auth: true },
  { path: '/drafts/:id', render: (p) => <DraftPage id={p.id!} />, auth: true },
  { path: '/p/:id', render: (p) => <PostPage id={p.id!} />, full: true },
  { path: '/p/:id/lineage', render: (p) => <LineagePage id={p.id!} /> },
  { path: '/u/:username', render: (p) => <ProfilePage username={p.username!} /> },
  { path: '/u/:username/followers', render: (p) => <PeoplePage username={p.username!} which="followers" /> },
  { path: '/u/:username/following', render: (p) => <PeoplePage username={p.username!} which="following" /> },
  { path: '/settings/profile', render: () => <EditProfilePage />, auth: true },
  { path: '/settings/keys', render: () => <KeysPage />, auth: true },
  { path: '/notifications', render: () => <NotificationsPage />, auth: true },
  { path: '/verify', render: () => <VerifyPage /> },
];

export function App() {
  const { path } = useLocation();
  const { me } = useSession();
  let page: ReactNode = <NotFoundPage />;
  let full = false;
  for (const route of ROUTES) {
    const params = matchRoute(route.path, path);
    if (!params) continue;
    full = route.full ?? false;
    page = route.auth && !me ? <RequireSignIn loading={me === undefined} /> : route.render(params);
    break;
  }
  return (
    <div className="app">
      <main className={full ? 'app-main app-main--full' : 'app-main'}>{page}</main>
      <TabBar />
      <Toaster />
    </div>
  );
}
