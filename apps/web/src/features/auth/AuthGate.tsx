import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { paths } from '../../app/paths';
import { useMe } from './use-me';

/**
 * Pages behind it need a session. A person who must change their password is held on the
 * account page until they do.
 */
export function AuthGate() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (!me.data) return <Navigate to={paths.signIn} replace state={{ from: location.pathname }} />;
  if (me.data.user.mustChangePassword && location.pathname !== paths.account) {
    return <Navigate to={paths.account} replace />;
  }
  return <Outlet />;
}
