// A Fluent button that opens the browser's file picker and hands over the file's bytes.
// The <input type="file"> stays hidden and out of the tab order; the button is what users reach.
import { Button, type ButtonProps } from '@fluentui/react-components';
import { useRef, type ReactNode } from 'react';

export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

interface FileButtonProps {
  accept: string;
  children: ReactNode;
  appearance?: ButtonProps['appearance'];
  icon?: ButtonProps['icon'];
  onFile: (file: PickedFile) => void;
  onFileError: (message: string) => void;
}

export function FileButton({ accept, onFile, onFileError: onError, children, appearance, icon }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={appearance} icon={icon} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (!file) return;
          if (file.size > MAX_IMPORT_BYTES) {
            onError(`"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not imported. Check that you picked the right file.`);
            return;
          }
          try {
            onFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
          } catch {
            onError(`"${file.name}" could not be read. Check that the file still exists and that you can open it, then try again.`);
          }
        }}
      />
    </>
  );
}
