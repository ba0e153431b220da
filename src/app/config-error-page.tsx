// Shown instead of the designer when config.json is invalid: every problem, and how to fix it.
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { maxWidth: '48rem', margin: '0 auto', padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export function ConfigErrorPage({ problems }: { problems: string[] }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Text as="h1" size={600} weight="semibold">
          Kiosk Profile Designer cannot start
        </Text>
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>config.json has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}</MessageBarTitle>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
        <Text>
          Fix <span className={styles.code}>config.json</span> next to <span className={styles.code}>index.html</span> and reload. The fields are{' '}
          <span className={styles.code}>clientId</span> (the app registration&apos;s GUID; leave it out for demo mode),{' '}
          <span className={styles.code}>tenantId</span> (GUID, domain or &quot;organizations&quot;), <span className={styles.code}>cloud</span> (global, usgov,
          usgovdod or china) and an optional <span className={styles.code}>redirectUri</span>. See config.example.json and the README.
        </Text>
      </main>
    </FluentProvider>
  );
}
