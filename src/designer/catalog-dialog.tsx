// "Add from catalog": a searchable list of common inbox and Microsoft apps (src/kiosk/catalog)
// that adds each chosen app's AUMIDs and desktop paths, companions included, to the right lists,
// skipping values the profile already has.
import {
  Badge,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Link,
  SearchBox,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { APP_CATALOG, catalogEntries, entryKey, mergeEntries, searchCatalog, type CatalogApp, type CatalogList } from '../kiosk';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(46rem, 94vw)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  itemHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingInlineStart: tokens.spacingHorizontalXXL },
  value: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground3 },
});

export type CatalogLists = Record<CatalogList, readonly string[]>;

export interface CatalogDialogProps {
  /** The profile's current lists, read when the dialog opens and when apps are added. */
  getLists: () => CatalogLists;
  /** Called with the new lists (only those that changed) and a sentence saying what happened. */
  onAdd: (next: Partial<Record<CatalogList, string[]>>, summary: string) => void;
}

const LIST_LABEL: Record<CatalogList, string> = { appUserModelIds: 'AUMID', desktopAppPaths: 'Path' };

function isPresent(lists: CatalogLists, list: CatalogList, value: string): boolean {
  const key = entryKey(list, value);
  return lists[list].some((entry) => entryKey(list, entry) === key);
}

function CatalogItem({ app, lists, checked, onCheck }: { app: CatalogApp; lists: CatalogLists; checked: boolean; onCheck: (checked: boolean) => void }) {
  const styles = useStyles();
  const entries = catalogEntries(app);
  const all = (['appUserModelIds', 'desktopAppPaths'] as const).flatMap((list) => entries[list].map((value) => ({ list, value })));
  const added = all.filter((e) => isPresent(lists, e.list, e.value)).length;
  const detailsId = `catalog-${app.id}-details`;
  return (
    <li className={styles.item}>
      <div className={styles.itemHead}>
        <Checkbox label={app.name} checked={checked} onChange={(_, data) => onCheck(data.checked === true)} aria-describedby={detailsId} />
        {added === all.length ? (
          <Badge appearance="tint" color="success">
            In this profile
          </Badge>
        ) : added > 0 ? (
          <Badge appearance="tint" color="informative">
            Partly in this profile
          </Badge>
        ) : null}
      </div>
      <div id={detailsId} className={styles.details}>
        {(['appUserModelIds', 'desktopAppPaths'] as const).flatMap((list) =>
          app[list].map((value) => (
            <Text key={`${list}:${value}`} className={styles.value}>
              {LIST_LABEL[list]}: {value}
            </Text>
          )),
        )}
        {app.companions.map((c) => (
          <Text key={`companion:${c.value}`} className={styles.value}>
            + {LIST_LABEL[c.list]}: {c.value} <span className={styles.muted}>({c.why})</span>
          </Text>
        ))}
        <Text size={200}>
          {app.note}{' '}
          <Link href={app.source} target="_blank" rel="noreferrer">
            {app.sourceKind === 'microsoft' ? 'Microsoft source' : 'How to check it'}
          </Link>
        </Text>
      </div>
    </li>
  );
}

export function CatalogDialog({ getLists, onAdd, open, onOpenChange: setOpen }: CatalogDialogProps & { open: boolean; onOpenChange: (open: boolean) => void }) {
  const styles = useStyles();
  // Mounted fresh on each opening (see CatalogButton), so the state starts from the current lists.
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [lists] = useState<CatalogLists>(() => getLists());
  const shown = useMemo(() => searchCatalog(query), [query]);

  const add = () => {
    const current = getLists();
    const apps = APP_CATALOG.filter((app) => selected.has(app.id));
    const next: Partial<Record<CatalogList, string[]>> = {};
    let added = 0;
    let skipped = 0;
    for (const list of ['appUserModelIds', 'desktopAppPaths'] as const) {
      const merged = mergeEntries(list, current[list], apps.flatMap((app) => catalogEntries(app)[list]));
      if (merged.added.length > 0) next[list] = merged.next;
      added += merged.added.length;
      skipped += merged.skipped.length;
    }
    const names = apps.map((a) => a.name).join(', ');
    const summary =
      added === 0
        ? `${names}: everything was already in this profile.`
        : `Added ${added} ${added === 1 ? 'entry' : 'entries'} for ${names}${skipped > 0 ? ` (${skipped} already there)` : ''}.`;
    onAdd(next, summary);
    setOpen(false);
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Add apps from the catalog</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>
              Common Windows and Microsoft apps with the values Assigned Access needs, including the extra entries some apps need to work. Values already in
              the profile are skipped.
            </Text>
            <Field label="Search apps">
              <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} placeholder="e.g. Edge, calculator, office" />
            </Field>
            {shown.length === 0 ? (
              <Text className={styles.empty}>No app matches “{query.trim()}”. Use “How do I find this value?” beside a list to look it up on a device.</Text>
            ) : (
              <ul className={styles.list} aria-label="Apps">
                {shown.map((app) => (
                  <CatalogItem
                    key={app.id}
                    app={app}
                    lists={lists}
                    checked={selected.has(app.id)}
                    onCheck={(checked) =>
                      setSelected((current) => {
                        const next = new Set(current);
                        if (checked) next.add(app.id);
                        else next.delete(app.id);
                        return next;
                      })
                    }
                  />
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={selected.size === 0} onClick={add}>
              {selected.size === 0 ? 'Add selected apps' : `Add ${selected.size} ${selected.size === 1 ? 'app' : 'apps'}`}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export default CatalogDialog;
