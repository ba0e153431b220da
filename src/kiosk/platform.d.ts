// Globals that both browsers and Node (>= 20) provide. Declared by hand so that the domain core
// type-checks without the DOM or Node libraries and cannot reach for anything else by accident.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare const crypto: { randomUUID(): `${string}-${string}-${string}-${string}-${string}` };
