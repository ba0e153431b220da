// The theme menu itself, anchored to the "Theme: …" button; loaded on first open.
import { Menu, MenuItemRadio, MenuList, MenuPopover } from '@fluentui/react-components';
import { useReturnFocus } from '../components/lazy-dialog';
import { THEME_LABELS, THEME_NAMES, isThemeName, type ThemeName } from './theme';

interface ThemeMenuProps {
  target: HTMLElement;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  value: ThemeName;
  onChange: (name: ThemeName) => void;
}

export default function ThemeMenu({ target, open, onOpenChange, value, onChange }: ThemeMenuProps) {
  useReturnFocus(open, target);
  return (
    <Menu
      open={open}
      onOpenChange={(event, data) => {
        // A click on the button itself toggles through its own handler.
        if (!data.open && event.target instanceof Node && target.contains(event.target)) return;
        onOpenChange(data.open);
      }}
      positioning={{ target, position: 'below', align: 'end' }}
      checkedValues={{ theme: [value] }}
      onCheckedValueChange={(_, data) => {
        const next = data.checkedItems[0];
        if (isThemeName(next)) onChange(next);
      }}
    >
      <MenuPopover>
        <MenuList aria-label="Theme">
          {THEME_NAMES.map((name) => (
            <MenuItemRadio key={name} name="theme" value={name}>
              {THEME_LABELS[name]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
