export const SYSTEM_CHROMIUM_PATHS: string[];
export function chromiumExecutable(): string | undefined;
export const CHROMIUM_ARGS: string[];
