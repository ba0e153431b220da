// The themes that are not in the first screen's bundle; loaded on demand by theme.ts.
export { teamsHighContrastTheme, webDarkTheme } from '@fluentui/react-components';
