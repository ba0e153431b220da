// A dynamic import whose file could not be fetched. Browsers word it differently:
// Chromium "Failed to fetch dynamically imported module", Safari "Importing a module script
// failed", Firefox "error loading dynamically imported module".
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|importing a module script failed|error loading dynamically imported/i.test(error.message)
  );
}
