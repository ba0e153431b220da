// The profiles of the design: pick one to edit, add, duplicate, move, remove (with undo).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, CopyRegular, DeleteRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import type { Design, Profile } from '../kiosk';
import type { DesignAction } from './design-state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  tabs: { maxHeight: '45vh', overflowY: 'auto', overflowX: 'hidden' },
  tab: { justifyContent: 'flex-start', maxWidth: '100%' },
  tabText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block', maxWidth: '13rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  untitled: { fontStyle: 'italic' },
});

/** One tab; memoised so that typing in one profile re-renders only its own tab. */
const ProfileTab = memo(function ProfileTab({ id, label, untitled }: { id: string; label: string; untitled: boolean }) {
  const styles = useStyles();
  return (
    <Tab value={id} className={styles.tab}>
      <span className={`${styles.tabText} ${untitled ? styles.untitled : ''}`}>{label}</span>
    </Tab>
  );
});

export function profileLabel(profile: Profile, index: number): string {
  const name = profile.profileName.trim();
  return name === '' ? `Untitled profile ${index + 1}` : name;
}

interface ProfileListProps {
  profiles: Design;
  selectedId: string | null;
  lastRemoved: Profile | null;
  dispatch: (action: DesignAction) => void;
}

export const ProfileList = memo(function ProfileList({ profiles, selectedId, lastRemoved, dispatch }: ProfileListProps) {
  const styles = useStyles();
  const index = profiles.findIndex((p) => p.id === selectedId);
  const selected = profiles[index];
  const selectedName = selected ? profileLabel(selected, index) : '';

  return (
    <nav className={styles.root} aria-label="Profiles">
      <Text as="h2" weight="semibold" size={400}>
        Profiles ({profiles.length})
      </Text>
      <TabList
        vertical
        className={styles.tabs}
        aria-label="Profiles in this design"
        selectedValue={selectedId ?? undefined}
        onTabSelect={(_, data) => dispatch({ type: 'select', id: String(data.value) })}
      >
        {profiles.map((profile, i) => (
          <ProfileTab key={profile.id} id={profile.id} label={profileLabel(profile, i)} untitled={profile.profileName.trim() === ''} />
        ))}
      </TabList>
      <Button appearance="primary" icon={<AddRegular />} onClick={() => dispatch({ type: 'add' })}>
        Add profile
      </Button>
      {selected && (
        <div className={styles.actions} role="toolbar" aria-label={`Actions for ${selectedName}`}>
          <Button aria-label="Duplicate profile" title="Duplicate profile" icon={<CopyRegular />} onClick={() => dispatch({ type: 'duplicate', id: selected.id })} />
          <Button aria-label="Move profile up" title="Move profile up" icon={<ArrowUpRegular />} disabledFocusable={index <= 0} onClick={() => dispatch({ type: 'move', id: selected.id, delta: -1 })} />
          <Button
              aria-label="Move profile down"
              title="Move profile down"
              icon={<ArrowDownRegular />}
              disabledFocusable={index >= profiles.length - 1}
              onClick={() => dispatch({ type: 'move', id: selected.id, delta: 1 })}
            />
          <Button aria-label="Remove profile" title="Remove profile" icon={<DeleteRegular />} onClick={() => dispatch({ type: 'remove', id: selected.id })} />
        </div>
      )}
      {lastRemoved && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>Removed “{profileLabel(lastRemoved, 0).replace(/^Untitled profile 1$/, 'Untitled profile')}”.</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => dispatch({ type: 'undoRemove' })}>
              Undo
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </nav>
  );
});
