// The form for the selected profile. react-hook-form holds the field state and validates it
// with the core's zod schema (zodResolver); every change is handed up as a fresh Profile object
// so the design store, preview and drafts follow as the admin types.
import { Field, Input, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { applyFix, entryKey, profileSchema, type Finding, type ListName, type Profile } from '../kiosk';
import { CatalogButton } from './catalog-button';
import { idForPath, profilePath } from './element-ids';
import { ListEditor } from './list-editor';
import { StartLayoutField } from './start-layout-field';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  meta: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // The name's message comes and goes as the admin types (after the check catches up). Keeping
  // its line reserved means the controls below never jump under a pointer that is about to click.
  reserveMessage: { paddingBottom: `calc(${tokens.lineHeightBase200} + ${tokens.spacingVerticalXXS})` },
  catalog: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

const LISTS: readonly ListName[] = ['appUserModelIds', 'desktopAppPaths', 'userAccounts'];


/** Focuses the entry that holds `value` in `list` once React has rendered it. */
function focusEntry(index: number, list: ListName, entries: readonly string[], value: string) {
  const key = entryKey(list, value);
  const at = entries.findIndex((entry) => entryKey(list, entry) === key);
  if (at < 0) return;
  window.requestAnimationFrame(() => document.getElementById(idForPath(profilePath(index, list, at)))?.focus());
}

/** The three string lists of a profile, with the words each editor shows. */
const LIST_EDITORS = [
  {
    field: 'appUserModelIds',
    label: 'App user model IDs',
    inputLabel: 'Add app user model ID',
    placeholder: 'Microsoft.WindowsCalculator_8wekyb3d8bbwe!App',
  },
  {
    field: 'desktopAppPaths',
    label: 'Desktop app paths',
    inputLabel: 'Add desktop app path',
    placeholder: '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe',
  },
  { field: 'userAccounts', label: 'User accounts', inputLabel: 'Add user account', placeholder: 'AzureAD\\kiosk@contoso.com' },
] as const;

interface ProfileFormProps {
  profile: Profile;
  index: number;
  findings: ReadonlyMap<string, Finding[]>;
  onChange: (profile: Profile) => void;
}

function snapshot(values: Profile): Profile {
  // RHF mutates its value object in place; the store needs a new object per change.
  return {
    ...values,
    appUserModelIds: [...values.appUserModelIds],
    desktopAppPaths: [...values.desktopAppPaths],
    userAccounts: [...values.userAccounts],
  };
}

export function ProfileForm({ profile, index, findings, onChange }: ProfileFormProps) {
  const styles = useStyles();
  const form = useForm<Profile>({ resolver: zodResolver(profileSchema), mode: 'onChange', defaultValues: profile });
  const { control } = form;

  useEffect(() => {
    // Show schema problems of a restored or imported profile straight away.
    void form.trigger();
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => onChange(snapshot(values as Profile)),
    });
  }, [form, onChange]);

  const lintFor = (field: string) => findings.get(profilePath(index, field))?.[0];

  // The Start layout studio checks tiles against, and generates from, the apps allowed right now.
  const [appUserModelIds, desktopAppPaths, profileName] = useWatch({ control, name: ['appUserModelIds', 'desktopAppPaths', 'profileName'] });
  const allowedApps = useMemo(() => ({ appUserModelIds, desktopAppPaths }), [appUserModelIds, desktopAppPaths]);

  // Catalog additions and one-click fixes go through setValue, so the store, preview and draft
  // follow exactly as if the admin had typed the change.
  const setLists = useCallback(
    (next: Partial<Record<ListName, string[]>>) => {
      for (const list of LISTS) {
        const value = next[list];
        if (value) form.setValue(list, value, { shouldDirty: true, shouldValidate: true });
      }
    },
    [form],
  );
  const onFix = useCallback(
    (finding: Finding) => {
      const fix = finding.fix;
      if (!fix) return;
      const changed = applyFix(form.getValues(), fix);
      if (!changed) return;
      setLists(changed);
      // Take focus to where the value is now, since a moved entry leaves the row that had focus.
      const list = fix.kind === 'move' ? fix.toList : fix.kind === 'add' ? fix.list : (LISTS.find((l) => changed[l]) ?? null);
      if (list) focusEntry(index, list, form.getValues(list), fix.value);
    },
    [form, index, setLists],
  );
  const [catalogStatus, setCatalogStatus] = useState('');
  const getCatalogLists = useCallback(() => {
    const values = form.getValues();
    return { appUserModelIds: values.appUserModelIds, desktopAppPaths: values.desktopAppPaths };
  }, [form]);
  const onCatalogAdd = useCallback(
    (next: Partial<Record<ListName, string[]>>, summary: string) => {
      setLists(next);
      setCatalogStatus(summary);
    },
    [setLists],
  );

  return (
    <form className={styles.form} aria-label="Profile" onSubmit={(e) => e.preventDefault()} noValidate>
      <Controller
        control={control}
        name="profileName"
        render={({ field, fieldState }) => {
          const lint = lintFor('profileName');
          const message = fieldState.error?.message ?? lint?.message;
          return (
            <Field
              label="Profile name"
              required
              validationState={message ? (fieldState.error || lint?.severity === 'error' ? 'error' : 'warning') : 'none'}
              validationMessage={message}
              className={message ? undefined : styles.reserveMessage}
            >
              <Input
                id={idForPath(profilePath(index, 'profileName'))}
                value={field.value}
                onChange={(_, data) => field.onChange(data.value)}
                onBlur={field.onBlur}
                ref={field.ref}
                placeholder="e.g. Front desk"
                maxLength={400}
              />
            </Field>
          );
        }}
      />
      <Text className={styles.meta}>Profile id {profile.id}</Text>
      <Controller
        control={control}
        name="showTaskBar"
        render={({ field }) => (
          <Switch
            id={idForPath(profilePath(index, 'showTaskBar'))}
            label="Show taskbar"
            checked={field.value}
            onChange={(_, data) => field.onChange(data.checked)}
          />
        )}
      />
      <div className={styles.catalog}>
        <CatalogButton getLists={getCatalogLists} onAdd={onCatalogAdd} />
        <div role="status">{catalogStatus && <Text size={200}>{catalogStatus}</Text>}</div>
      </div>
      {LIST_EDITORS.map((list) => (
        <Controller
          key={list.field}
          control={control}
          name={list.field}
          render={({ field }) => (
            <ListEditor {...list} profileIndex={index} values={field.value} findings={findings} onChange={field.onChange} onFix={onFix} />
          )}
        />
      ))}
      <Controller
        control={control}
        name="startMenuLayoutXml"
        render={({ field }) => (
          <StartLayoutField
            profileIndex={index}
            value={field.value}
            findings={findings}
            allowed={allowedApps}
            profileName={profileName}
            onChange={field.onChange}
          />
        )}
      />
    </form>
  );
}
