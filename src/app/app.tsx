// The app shell: theme, the three columns (profiles and findings · profile form · request),
// the design state with its autosaved draft, and the wiring between them.
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Link,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useAuth } from '../auth/auth-session';
import type { RuntimeConfig } from '../config/runtime-config';
import { fromGraphBody, findingsByPath, type Design, type Finding, type Profile } from '../kiosk';
import { useLint } from '../designer/use-lint';
import { isListEdit } from '../designer/list-edit';
import { LINT_DELAY_MS, useDebouncedValue } from '../components/use-debounced-value';
import { addToHistory, loadHistory, type HistoryEntry } from '../drafts/history';
import { HistoryButton } from '../drafts/history-button';
import { SubmitPanelSlot } from '../submit/submit-panel-slot';
import { displayUrl, loadTarget, saveTarget, type TargetState } from '../submit/target';
import { AccountBar } from './account-bar';
import { designReducer, initialDesignState } from '../designer/design-state';
import { idForPath } from '../designer/element-ids';
import { FindingsPanel, profileIndexOf } from '../designer/findings-panel';
import { ProfileForm } from '../designer/profile-form';
import { ProfileList } from '../designer/profile-list';
import { TargetWindowsSwitch } from '../designer/target-windows';
import { TroubleshootingSlot } from '../designer/troubleshooting-slot';
import { DRAFT_KEY, browserDraftStores, loadDraftFor } from '../drafts/draft-storage';
import { useAutosave } from '../drafts/use-autosave';
import { RequestPreview } from '../preview/request-preview';
import { PanelErrorBoundary } from './error-boundary';
import { NewDesignButton } from './new-design-button';
import { THEME_LABELS, loadTheme, rememberTheme, type ThemeName } from './theme';
import { ThemeButton } from './theme-button';
import type { Theme } from '@fluentui/react-components';

const useStyles = makeStyles({
  // On an inner element: FluentProvider copies its own classes to popover and dialog portals.
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { marginInlineEnd: 'auto' },
  demoTag: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  banners: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  main: {
    display: 'grid',
    gridTemplateColumns: 'minmax(14rem, 18rem) minmax(0, 1.1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    padding: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  sticky: { position: 'sticky', top: tokens.spacingVerticalL, '@media (max-width: 1100px)': { position: 'static' } },
});

export function App({ config, initialTheme }: { config: RuntimeConfig; initialTheme: { name: ThemeName; theme: Theme } }) {
  const styles = useStyles();
  const auth = useAuth();
  const stores = useMemo(() => browserDraftStores(), []);
  const storage = stores.shared;
  const initialLoad = useMemo(() => loadDraftFor(stores), [stores]);
  const [state, dispatch] = useReducer(designReducer, initialLoad, (load) =>
    load.kind === 'restored' ? initialDesignState(load.draft.profiles, load.draft.selectedId) : initialDesignState(),
  );
  const [theme, setTheme] = useState(initialTheme);
  const themeName = theme.name;
  const [notice, setNotice] = useState<{ intent: 'success' | 'warning'; text: string } | null>(
    initialLoad.kind === 'unreadable' ? { intent: 'warning', text: initialLoad.message } : null,
  );
  const saveResult = useAutosave(stores, state.profiles, state.selectedId);
  const [otherTabSaved, setOtherTabSaved] = useState(false);
  useEffect(() => {
    // Another tab saved its design: this tab keeps its own copy and says so, instead of either
    // silently overwriting the other.
    const onStorage = (event: StorageEvent) => {
      if (event.key === DRAFT_KEY && event.storageArea === storage) setOtherTabSaved(true);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);

  const [target, setTarget] = useState<TargetState>(() => loadTarget(storage));
  useEffect(() => saveTarget(storage, target), [storage, target]);
  const [history, setHistory] = useState<HistoryEntry[]>(() => loadHistory(storage));
  const onRecorded = useCallback(
    (entry: HistoryEntry) => {
      setHistory((current) => addToHistory(storage, current, entry).history);
    },
    [storage],
  );

  const url = displayUrl(config.cloud, target);

  // The rules look at the whole design: run on every keystroke of a big design, they would make
  // typing wait. So typing is checked at low priority once it pauses.
  const settledProfiles = useDebouncedValue(useDeferredValue(state.profiles), LINT_DELAY_MS);
  // Typing (a name, the layout XML) is checked when it pauses. A list edit (an entry added,
  // removed, fixed or moved; one profile added or removed) is checked at once, so its messages
  // change in the same frame as the list itself instead of moving the form 200 ms later.
  const checkedProfiles = isListEdit(settledProfiles, state.profiles) ? state.profiles : settledProfiles;
  // The rules load just after the first screen; until then `checked` is null and submit waits.
  const lint = useLint(checkedProfiles);
  const checked = lint.findings;
  // The findings on screen are for an older version of the design until the check catches up
  // (the Findings region is aria-busy meanwhile, and tests wait for it before measuring layout).
  const checkPending = checked === null || checkedProfiles !== state.profiles;
  const findings = useMemo(() => checked ?? [], [checked]);
  const findingMap = useMemo(() => findingsByPath(findings), [findings]);

  const selectedIndex = state.profiles.findIndex((p) => p.id === state.selectedId);
  const selected = state.profiles[selectedIndex];

  const onProfileChange = useCallback((profile: Profile) => dispatch({ type: 'update', profile }), []);
  const onImport = useCallback((design: Design, warnings: Finding[], source: string) => {
    dispatch({ type: 'replace', profiles: design });
    setNotice({
      intent: warnings.length > 0 ? 'warning' : 'success',
      text:
        `Imported ${design.length} ${design.length === 1 ? 'profile' : 'profiles'} from ${source}.` +
        (warnings.length > 0 ? ` Note: ${warnings.map((w) => w.message).join(' ')}` : ''),
    });
  }, []);

  const pendingFocus = useRef<string | null>(null);
  const goTo = useCallback(
    (finding: Finding) => {
      const index = profileIndexOf(finding.path);
      const profile = index === null ? undefined : state.profiles[index];
      if (profile) dispatch({ type: 'select', id: profile.id });
      pendingFocus.current = finding.path;
      window.requestAnimationFrame(() => focusPath(finding.path));
    },
    [state.profiles],
  );
  useEffect(() => {
    if (pendingFocus.current && focusPath(pendingFocus.current)) pendingFocus.current = null;
  });

  const onLoadHistory = useCallback((entry: HistoryEntry) => {
    let json: unknown;
    try {
      json = JSON.parse(entry.body);
    } catch {
      setNotice({ intent: 'warning', text: 'That history entry could not be read back; its body is not valid JSON.' });
      return;
    }
    const { design } = fromGraphBody(json);
    dispatch({ type: 'replace', profiles: design });
    setTarget({ ...entry.target, kind: entry.target.kind === 'groupAssignment' || entry.target.kind === 'networkAccess' ? entry.target.kind : 'direct' });
    setNotice({ intent: 'success', text: `Loaded the ${design.length === 1 ? 'profile' : `${design.length} profiles`} submitted ${new Date(entry.at).toLocaleString()}.` });
  }, []);

  const storageProblem = !saveResult.ok
    ? saveResult.message
    : !stores.shared
      ? 'This browser blocks local storage (private mode or a policy), so drafts and the submission history cannot be kept after this tab closes. Download the request body to keep your work.'
      : null;

  return (
    <FluentProvider theme={theme.theme}>
      <div className={styles.page}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          Kiosk Profile Designer
        </Text>
        {config.mode === 'demo' && (
          <Text size={200} className={styles.demoTag}>
            Demo tenant
          </Text>
        )}
        <NewDesignButton
          profileCount={state.profiles.length}
          onConfirm={() => {
            dispatch({ type: 'replace', profiles: [] });
            setNotice(null);
          }}
        />
        <ThemeButton
          value={themeName}
          onChange={(next) => {
            rememberTheme(next);
            loadTheme(next).then(
              (loaded) => setTheme({ name: next, theme: loaded }),
              () =>
                setNotice({
                  intent: 'warning',
                  text: `The ${THEME_LABELS[next]} theme could not be downloaded (offline, or the app was updated meanwhile). Reload the page to use it; your design is kept in this browser.`,
                }),
            );
          }}
        />
        <HistoryButton history={history} onLoad={onLoadHistory} />
        <AccountBar />
      </header>
      <section className={styles.banners} aria-label="Notices">
        {config.mode === 'demo' && (
          <MessageBar intent="info">
            <MessageBarBody>
              You are on a demo tenant: sign-in and Graph are simulated and nothing leaves this browser. To send profiles to your own tenant,{' '}
              <Link href="README.md#set-up-for-your-tenant" target="_blank" rel="noreferrer">
                register the app and add config.json
              </Link>
              .
            </MessageBarBody>
          </MessageBar>
        )}
        {auth.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{auth.error}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss sign-in error" icon={<DismissRegular />} onClick={auth.clearError} />} />
          </MessageBar>
        )}
        {storageProblem && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{storageProblem}</MessageBarBody>
          </MessageBar>
        )}
        {otherTabSaved && (
          <MessageBar intent="info">
            <MessageBarBody>
              Another tab of the designer saved a different design. This tab keeps its own design; a new tab opens with the latest one.
            </MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={() => setOtherTabSaved(false)} />}
            />
          </MessageBar>
        )}
        <div role="status">
          {notice && (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>{notice.text}</MessageBarBody>
              <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={() => setNotice(null)} />} />
            </MessageBar>
          )}
        </div>
      </section>
      <main className={styles.main}>
        <div className={styles.column}>
          <PanelErrorBoundary area="profile list">
            <ProfileList profiles={state.profiles} selectedId={state.selectedId} lastRemoved={state.lastRemoved?.profile ?? null} dispatch={dispatch} />
          </PanelErrorBoundary>
          <PanelErrorBoundary area="findings list">
            <FindingsPanel
              findings={findings}
              checking={checked === null}
              pending={checkPending && !lint.failed}
              failed={lint.failed}
              onRetry={lint.retry}
              profiles={checkedProfiles}
              onGoTo={goTo}
            />
          </PanelErrorBoundary>
        </div>
        <div className={styles.column}>
          <PanelErrorBoundary area="target Windows version">
            <TargetWindowsSwitch />
          </PanelErrorBoundary>
          <PanelErrorBoundary area="profile editor">
            {selected && (
              <ProfileForm
                key={`${selected.id}:${state.revision}`}
                profile={selected}
                index={selectedIndex}
                findings={findingMap}
                onChange={onProfileChange}
              />
            )}
          </PanelErrorBoundary>
          <PanelErrorBoundary area="troubleshooting">
            <TroubleshootingSlot />
          </PanelErrorBoundary>
        </div>
        <div className={`${styles.column} ${styles.sticky}`}>
          <PanelErrorBoundary area="request preview">
            <RequestPreview design={state.profiles} method="POST" url={url} onImport={onImport} cloud={config.cloud} target={target} />
          </PanelErrorBoundary>
          <PanelErrorBoundary area="submit panel">
            <SubmitPanelSlot
              config={config}
              design={state.profiles}
              findings={checked}
              rulesFailed={lint.failed}
              target={target}
              onTargetChange={setTarget}
              url={url}
              onRecorded={onRecorded}
            />
          </PanelErrorBoundary>
        </div>
      </main>
      </div>
    </FluentProvider>
  );
}

function focusPath(path: string): boolean {
  // Walk up the pointer until an element exists: a finding on a list as a whole focuses its textbox.
  let p = path;
  while (p !== '') {
    const el = document.getElementById(idForPath(p));
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'center' });
      return true;
    }
    p = p.slice(0, p.lastIndexOf('/'));
  }
  return false;
}
