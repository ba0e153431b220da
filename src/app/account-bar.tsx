// Top-bar sign-in state: "Sign in", or the signed-in account's UPN and "Sign out".
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import { useAuth } from '../auth/auth-session';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function AccountBar() {
  const styles = useStyles();
  const auth = useAuth();
  if (auth.busy && !auth.account) return <Text role="status">Loading sign-in…</Text>;
  return (
    <div className={styles.root}>
      {auth.account ? (
        <>
          <PersonRegular aria-hidden />
          <Text title={auth.account.name} aria-label={`Signed in as ${auth.account.username}`}>
            {auth.account.username}
          </Text>
          <Button appearance="subtle" onClick={auth.signOut}>
            Sign out
          </Button>
        </>
      ) : (
        <Button appearance="primary" onClick={auth.signIn} disabled={auth.busy}>
          Sign in
        </Button>
      )}
    </div>
  );
}
