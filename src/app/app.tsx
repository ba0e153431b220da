// The app shell: theme, the three columns (profiles and findings · profile form · request),
// the design state with its autosaved draft, and the wiring between them.
import {
  Button,
  FluentProvider,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DarkThemeRegular, DismissRegular } from '@fluentui/react-icons';
import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { findingsByPath, lintDesign, type Design, type Finding, type Profile } from '../kiosk';
import { designReducer, initialDesignState } from '../designer/design-state';
import { idForPath } from '../designer/element-ids';
import { FindingsPanel, profileIndexOf } from '../designer/findings-panel';
import { ProfileForm } from '../designer/profile-form';
import { ProfileList } from '../designer/profile-list';
import { browserStorage, loadDraft } from '../drafts/draft-storage';
import { useAutosave } from '../drafts/use-autosave';
import { RequestPreview } from '../preview/request-preview';
import { PanelErrorBoundary } from './error-boundary';
import { NewDesignDialog } from './new-design-dialog';
import { THEMES, initialTheme, rememberTheme, type ThemeName } from './theme';

const GRAPH_ACTION_URL = 'https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations/{deviceConfigurationId}/assignedAccessMultiModeProfiles';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
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

export function App() {
  const styles = useStyles();
  const storage = useMemo(() => browserStorage(), []);
  const initialLoad = useMemo(() => loadDraft(storage), [storage]);
  const [state, dispatch] = useReducer(designReducer, initialLoad, (load) =>
    load.kind === 'restored' ? initialDesignState(load.draft.profiles, load.draft.selectedId) : initialDesignState(),
  );
  const [themeName, setThemeName] = useState<ThemeName>(initialTheme);
  const [notice, setNotice] = useState<{ intent: 'success' | 'warning'; text: string } | null>(
    initialLoad.kind === 'unreadable' ? { intent: 'warning', text: initialLoad.message } : null,
  );
  const saveResult = useAutosave(storage, state.profiles, state.selectedId);

  // Lint the whole design at low priority so typing never waits for it.
  const deferredProfiles = useDeferredValue(state.profiles);
  const findings = useMemo(() => lintDesign(deferredProfiles), [deferredProfiles]);
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

  const theme = THEMES[themeName];
  const storageProblem = saveResult.ok ? (initialLoad.kind === 'unavailable' ? initialLoad.message : null) : saveResult.message;

  return (
    <FluentProvider theme={theme.theme} className={styles.provider}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          Kiosk Profile Designer
        </Text>
        <NewDesignDialog
          profileCount={state.profiles.length}
          onConfirm={() => {
            dispatch({ type: 'replace', profiles: [] });
            setNotice(null);
          }}
        />
        <Menu
          checkedValues={{ theme: [themeName] }}
          onCheckedValueChange={(_, data) => {
            const next = data.checkedItems[0] as ThemeName | undefined;
            if (next && next in THEMES) {
              setThemeName(next);
              rememberTheme(next);
            }
          }}
        >
          <MenuTrigger disableButtonEnhancement>
            <Button appearance="subtle" icon={<DarkThemeRegular />}>
              Theme: {theme.label}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {(Object.keys(THEMES) as ThemeName[]).map((name) => (
                <MenuItemRadio key={name} name="theme" value={name}>
                  {THEMES[name].label}
                </MenuItemRadio>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      </header>
      <div className={styles.banners}>
        {storageProblem && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{storageProblem}</MessageBarBody>
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
      </div>
      <main className={styles.main}>
        <div className={styles.column}>
          <PanelErrorBoundary area="profile list">
            <ProfileList profiles={state.profiles} selectedId={state.selectedId} lastRemoved={state.lastRemoved?.profile ?? null} dispatch={dispatch} />
          </PanelErrorBoundary>
          <PanelErrorBoundary area="findings list">
            <FindingsPanel findings={findings} profiles={deferredProfiles} onGoTo={goTo} />
          </PanelErrorBoundary>
        </div>
        <div className={styles.column}>
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
        </div>
        <div className={`${styles.column} ${styles.sticky}`}>
          <PanelErrorBoundary area="request preview">
            <RequestPreview design={state.profiles} method="POST" url={GRAPH_ACTION_URL} onImport={onImport} />
          </PanelErrorBoundary>
        </div>
      </main>
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
