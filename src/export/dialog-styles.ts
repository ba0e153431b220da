// Shared layout of the export and import dialogs: wide enough for code, never wider than the window.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useDialogStyles = makeStyles({
  surface: { width: 'min(64rem, calc(100vw - 2rem))', maxWidth: 'min(64rem, calc(100vw - 2rem))' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  url: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
