import { useEffect } from 'react';
import { Layout } from './layout.js';
import { match, RouterProvider, useLocation } from './router.js';
import { SessionProvider, useSession } from './session.js';
import { Spinner } from './ui.js';

function Current() {
  const { path, search, navigate } = useLocation();
  const { user, loading, meta } = useSession();
  const found = match(path);
  const needsSignIn = Boolean(found?.page.route.signedIn) && !loading && !user;
  useEffect(() => {
    if (needsSignIn) navigate(`/sign-in?next=${encodeURIComponent(path)}`);
  }, [needsSignIn, navigate, path]);
  useEffect(() => {
    const title = found?.page.route.title;
    const name = meta?.project.title ?? '';
    document.title = title ? `${title} · ${name}` : name;
  }, [found, meta]);
  if (!found || loading || needsSignIn) return <Spinner label="Loading" />;
  const Page = found.page.default;
  return <Page params={found.params} query={new URLSearchParams(search)} />;
}

export function App() {
  return (
    <RouterProvider>
      <SessionProvider>
        <Layout>
          <Current />
        </Layout>
      </SessionProvider>
    </RouterProvider>
  );
}
