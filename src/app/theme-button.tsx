// "Theme: …" in the top bar. The menu (and Fluent's positioning code) loads on first open.
import { Button } from '@fluentui/react-components';
import { DarkThemeRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useState } from 'react';
import { THEME_LABELS, type ThemeName } from './theme';

const ThemeMenu = lazy(() => import('./theme-menu'));

export function ThemeButton({ value, onChange }: { value: ThemeName; onChange: (name: ThemeName) => void }) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const [target, setTarget] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        ref={setTarget}
        appearance="subtle"
        icon={<DarkThemeRegular />}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setMounted(true);
          setOpen((o) => !o);
        }}
      >
        Theme: {THEME_LABELS[value]}
      </Button>
      {mounted && target && (
        <Suspense fallback={null}>
          <ThemeMenu target={target} open={open} onOpenChange={setOpen} value={value} onChange={onChange} />
        </Suspense>
      )}
    </>
  );
}
