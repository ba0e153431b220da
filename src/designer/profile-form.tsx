// The form for the selected profile. react-hook-form holds the field state and validates it
// with the core's zod schema (zodResolver); every change is handed up as a fresh Profile object
// so the design store, preview and drafts follow as the admin types.
import { Field, Input, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { profileSchema, type Finding, type Profile } from '../kiosk';
import { idForPath, profilePath } from './element-ids';
import { ListEditor } from './list-editor';
import { StartLayoutField } from './start-layout-field';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  meta: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

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
      <Controller
        control={control}
        name="appUserModelIds"
        render={({ field }) => (
          <ListEditor
            label="App user model IDs"
            inputLabel="Add app user model ID"
            placeholder="Microsoft.WindowsCalculator_8wekyb3d8bbwe!App"
            field="appUserModelIds"
            profileIndex={index}
            values={field.value}
            findings={findings}
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={control}
        name="desktopAppPaths"
        render={({ field }) => (
          <ListEditor
            label="Desktop app paths"
            inputLabel="Add desktop app path"
            placeholder="%ProgramFiles(x86)%\Microsoft\Edge\Application\msedge.exe"
            field="desktopAppPaths"
            profileIndex={index}
            values={field.value}
            findings={findings}
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={control}
        name="userAccounts"
        render={({ field }) => (
          <ListEditor
            label="User accounts"
            inputLabel="Add user account"
            placeholder="AzureAD\kiosk@contoso.com"
            field="userAccounts"
            profileIndex={index}
            values={field.value}
            findings={findings}
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={control}
        name="startMenuLayoutXml"
        render={({ field }) => (
          <StartLayoutField profileIndex={index} value={field.value} findings={findings} onChange={field.onChange} />
        )}
      />
    </form>
  );
}
