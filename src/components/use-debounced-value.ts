// A value that follows its input once the input has been still for `delay` ms.
import { useEffect, useState } from 'react';

export const LINT_DELAY_MS = 200;

export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);
  return settled;
}
