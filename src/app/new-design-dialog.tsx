// "New design" clears the design only after the admin confirms.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';

export interface NewDesignDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  profileCount: number;
  onConfirm: () => void;
}

export function NewDesignDialog({ open, onOpenChange, profileCount, onConfirm }: NewDesignDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Start a new design?</DialogTitle>
          <DialogContent>
            This clears all {profileCount} {profileCount === 1 ? 'profile' : 'profiles'} of the current design from this browser. Download the
            request body first if you want to keep them.
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={onConfirm}>
                Clear design
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
