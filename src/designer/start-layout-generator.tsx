// "Generate from apps": a dialog that proposes a Start layout from the profile's allowed apps.
// The admin names the group, picks which apps to pin, each tile's size and each desktop app's
// shortcut, then generates; the XML comes from the core's generator. Replacing a layout that was
// edited by hand (it differs from the last generated text) asks for confirmation first.
import {
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
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { WandRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { TILE_SIZES, TILE_SIZE_NAMES, generateStartLayout, suggestGeneratorTiles, type AllowedApps, type GeneratorTile, type SkippedApp, type TileSize } from '../kiosk';

const useStyles = makeStyles({
  surface: { maxWidth: '44rem', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxHeight: '50vh', overflowY: 'auto' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 9rem',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  wide: { gridColumn: '1 / -1' },
  id: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, overflowWrap: 'anywhere' },
});

interface StartLayoutGeneratorProps {
  allowed: AllowedApps;
  defaultGroupName: string;
  /** The layout was edited since it was last generated (or never generated): ask before replacing it. */
  handEdited: boolean;
  onGenerate: (xml: string) => void;
}

function targetText(tile: GeneratorTile): string {
  if (tile.target.kind === 'aumid') return tile.target.aumid;
  return tile.target.path;
}

export function StartLayoutGenerator({ allowed, defaultGroupName, handEdited, onGenerate }: StartLayoutGeneratorProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [groupName, setGroupName] = useState('');
  const [tiles, setTiles] = useState<GeneratorTile[]>([]);
  const [skipped, setSkipped] = useState<SkippedApp[]>([]);
  const [confirming, setConfirming] = useState(false);

  const start = () => {
    const suggestion = suggestGeneratorTiles(allowed);
    setTiles(suggestion.tiles);
    setSkipped(suggestion.skipped);
    setGroupName(defaultGroupName.trim() || 'Kiosk apps');
    setConfirming(false);
  };
  const update = (key: string, change: (tile: GeneratorTile) => GeneratorTile) => setTiles((current) => current.map((t) => (t.key === key ? change(t) : t)));
  const pinned = tiles.filter((t) => t.include).length;

  const generate = () => {
    if (handEdited && !confirming) {
      setConfirming(true);
      return;
    }
    onGenerate(generateStartLayout({ groupName, tiles }));
    setOpen(false);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        if (data.open) start();
        setOpen(data.open);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<WandRegular />}>Generate from apps</Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Generate a Start layout</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>One group with a tile for each app the profile allows. Choose what to pin, the tile sizes and the shortcut each desktop app starts from.</Text>
            <Field label="Group name">
              <Input value={groupName} onChange={(_, data) => setGroupName(data.value)} />
            </Field>
            {tiles.length === 0 ? (
              <MessageBar intent="info">
                <MessageBarBody>This profile allows no apps yet. Add app user model IDs or desktop app paths first.</MessageBarBody>
              </MessageBar>
            ) : (
              <ul className={styles.list} aria-label="Tiles to generate">
                {tiles.map((tile) => (
                  <li key={tile.key} className={styles.row}>
                    <div>
                      <Checkbox label={`Pin ${tile.label}`} checked={tile.include} onChange={(_, data) => update(tile.key, (t) => ({ ...t, include: data.checked === true }))} />
                      <Text block className={styles.id}>
                        {targetText(tile)}
                      </Text>
                    </div>
                    <Select
                      aria-label={`Tile size for ${tile.label}`}
                      value={tile.size}
                      disabled={!tile.include}
                      onChange={(_, data) => update(tile.key, (t) => ({ ...t, size: data.value as TileSize }))}
                    >
                      {TILE_SIZES.map((size) => (
                        <option key={size} value={size}>
                          {`${TILE_SIZE_NAMES[size][0]?.toUpperCase()}${TILE_SIZE_NAMES[size].slice(1)} (${size})`}
                        </option>
                      ))}
                    </Select>
                    {tile.target.kind === 'desktop' && (
                      <Field
                        className={styles.wide}
                        label={`Shortcut (.lnk) or app ID for ${tile.label}`}
                        hint={tile.target.pin.kind === 'id' ? 'Pinned by its DesktopApplicationID. Type a .lnk path to use a shortcut instead.' : 'A shortcut under a Start Menu\\Programs folder; it must exist on the device.'}
                      >
                        <Input
                          disabled={!tile.include}
                          value={tile.target.pin.kind === 'id' ? tile.target.pin.id : tile.target.pin.path}
                          onChange={(_, data) =>
                            update(tile.key, (t) =>
                              t.target.kind === 'desktop'
                                ? { ...t, target: { ...t.target, pin: /[\\/]|\.(lnk|url)$/i.test(data.value) ? { kind: 'link', path: data.value } : { kind: 'id', id: data.value } } }
                                : t,
                            )
                          }
                        />
                      </Field>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {skipped.length > 0 && (
              <MessageBar intent="warning">
                <MessageBarBody>Left out: {skipped.map((s) => `"${s.value}" (${s.reason})`).join(', ')}.</MessageBarBody>
              </MessageBar>
            )}
            {confirming && (
              <MessageBar intent="warning" role="alert">
                <MessageBarBody>The current layout was edited by hand. Generating replaces it and your edits are lost. Choose "Replace layout" to go ahead.</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={pinned === 0} onClick={generate}>
              {confirming ? 'Replace layout' : `Generate ${pinned} ${pinned === 1 ? 'tile' : 'tiles'}`}
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
