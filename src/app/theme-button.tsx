// "Theme: …" in the top bar. The menu (and Fluent's positioning code) loads on first open.
import { Button } from '@fluentui/react-components';
import { DarkThemeRegular } from '@fluentui/react-icons';
import { lazy } from 'react';
import { LazyMount, useAnchoredPopup } from '../components/lazy-dialog';
import { THEME_LABELS, type ThemeName } from './theme';

const ThemeMenu = lazy(() => import('./theme-menu'));

export function ThemeButton({ value, onChange }: { value: ThemeName; onChange: (name: ThemeName) => void }) {
  const { open, setOpen, mounted, target, setTarget, toggle, reset } = useAnchoredPopup();
  return (
    <>
      <Button
        ref={setTarget}
        appearance="subtle"
        icon={<DarkThemeRegular />}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={toggle}
      >
        Theme: {THEME_LABELS[value]}
      </Button>
      <LazyMount mounted={mounted && target !== null} onReset={reset}>
        {target && <ThemeMenu target={target} open={open} onOpenChange={setOpen} value={value} onChange={onChange} />}
      </LazyMount>
    </>
  );
}
