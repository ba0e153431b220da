// The demo tenant behind a plain fetch: loaded on first use, so its code and data stay out of the
// first screen's JavaScript and never load at all in Entra mode.
let demo: Promise<typeof fetch> | null = null;

export const demoFetch: typeof fetch = async (input, init) => {
  demo ??= import('./demo-tenant').then((m) => m.createDemoGraph({ latencyMs: 250 }).fetch);
  return (await demo)(input, init);
};
