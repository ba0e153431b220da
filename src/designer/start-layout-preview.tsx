// A picture of the Windows 10 Start menu the layout describes: its groups with their names, each
// tile at its row and column and in its size (1 cell small, 2x2 medium, 4x2 wide, 4x4 large),
// named after the app it launches and flagged when the profile does not allow that app. Drawn from
// the XML through the core's parser, so it follows every edit; keeps the last readable picture
// while the XML is broken.
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { FolderRegular, WarningFilled } from '@fluentui/react-icons';
import { memo, useMemo, useState } from 'react';
import {
  LAYOUT_FINDING_CODES,
  TILE_SIZE_NAMES,
  friendlyTileName,
  lintStartLayoutXml,
  parseStartLayout,
  type AllowedApps,
  type LayoutTile,
  type StartLayoutModel,
} from '../kiosk';

const CELL = '2.1rem';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  groups: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  grid: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridAutoRows: CELL,
    gap: tokens.spacingHorizontalXXS,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'flex-end',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflow: 'hidden',
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackground}`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  small: { justifyContent: 'center', alignItems: 'center', padding: 0 },
  notAllowed: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder2}`,
  },
  unplaced: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', display: '-webkit-box', WebkitLineClamp: '2', WebkitBoxOrient: 'vertical', overflowWrap: 'anywhere' },
  flag: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface StartLayoutPreviewProps {
  xml: string;
  allowed: AllowedApps;
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => w !== '');
  return words
    .slice(0, 2)
    .map((w) => Array.from(w)[0] ?? '')
    .join('')
    .toUpperCase();
}

function tileId(tile: LayoutTile): string {
  return tile.appUserModelId ?? tile.desktopApplicationId ?? tile.desktopApplicationLinkPath ?? tile.element.name;
}

export const StartLayoutPreview = memo(function StartLayoutPreview({ xml, allowed }: StartLayoutPreviewProps) {
  const styles = useStyles();
  const parsed = useMemo(() => (/\S/.test(xml) ? parseStartLayout(xml) : null), [xml]);
  // The last readable picture, shown while the XML is broken mid-edit (state derived during render).
  const [lastGood, setLastGood] = useState<StartLayoutModel | null>(null);
  if (parsed?.ok && parsed.model !== lastGood) setLastGood(parsed.model);
  // Tiles for apps the profile does not allow, by the offset of their start tag (from the same rules the findings use).
  const notAllowed = useMemo(() => lintStartLayoutXml(xml, allowed).filter((f) => f.code === LAYOUT_FINDING_CODES.layoutTileNotAllowed), [xml, allowed]);
  const model = parsed?.ok ? parsed.model : parsed === null ? null : lastGood;

  const isNotAllowed = (tile: LayoutTile) => notAllowed.some((f) => f.from >= tile.element.offset && f.from < tile.element.tagEnd);

  return (
    <section aria-label="Start menu preview" className={styles.root}>
      <Text weight="semibold">Start menu preview</Text>
      {parsed && !parsed.ok && (
        <Text size={200} className={styles.muted}>
          {model ? 'The XML has an error; this is the last readable version.' : 'The XML has an error, so there is nothing to draw yet.'}
        </Text>
      )}
      {!model || model.groups.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {parsed === null ? 'No layout yet: generate one from the apps or import a file.' : 'No groups of tiles in this layout.'}
        </Text>
      ) : (
        <ul className={styles.groups} aria-label="Start menu groups">
          {model.groups.map((group, gi) => {
            const groupName = group.name.trim() || `Group ${gi + 1} (no name)`;
            return (
              <li key={`${gi}:${group.element.offset}`} className={styles.group}>
                <Text size={200} weight="semibold">
                  {groupName}
                </Text>
                <ul className={styles.grid} aria-label={`Tiles in ${groupName}`} style={{ gridTemplateColumns: `repeat(${group.width}, ${CELL})` }}>
                  {group.tiles.map((tile, ti) => {
                    const name = tile.kind === 'folder' ? `${tile.displayName?.trim() || 'Folder'} (${tile.tiles.length} ${tile.tiles.length === 1 ? 'app' : 'apps'})` : friendlyTileName(tile);
                    const blocked = tile.kind === 'folder' ? tile.tiles.some(isNotAllowed) : isNotAllowed(tile);
                    const cells = tile.cells;
                    const fits = cells !== null && cells.column + cells.width <= group.width;
                    const where = cells ? `${TILE_SIZE_NAMES[cells.size]} ${cells.size} at row ${cells.row}, column ${cells.column}` : `size ${tile.size ?? 'missing'} at row ${tile.row ?? '?'}, column ${tile.column ?? '?'}, which Windows cannot place`;
                    const small = cells !== null && cells.width === 1;
                    return (
                      <li
                        key={`${ti}:${tile.element.offset}`}
                        title={tileId(tile)}
                        aria-label={`${name}: ${tileId(tile)}, ${where}${blocked ? ', not allowed' : ''}`}
                        className={mergeClasses(styles.tile, small && styles.small, blocked && styles.notAllowed, !fits && styles.unplaced)}
                        style={
                          cells && fits
                            ? { gridRow: `${cells.row + 1} / span ${cells.height}`, gridColumn: `${cells.column + 1} / span ${cells.width}` }
                            : { gridColumn: `span ${Math.min(2, group.width)}`, gridRow: 'span 2' }
                        }
                      >
                        {tile.kind === 'folder' && !small && <FolderRegular aria-hidden />}
                        {small ? (
                          blocked ? <WarningFilled aria-hidden /> : <span aria-hidden>{initials(name)}</span>
                        ) : (
                          <>
                            <span className={styles.name} aria-hidden>
                              {name}
                            </span>
                            {blocked && (
                              <span className={styles.flag} aria-hidden>
                                <WarningFilled />
                                not allowed
                              </span>
                            )}
                          </>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
