import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver; Fluent's MessageBar watches its own width to reflow its actions.
// A no-op keeps it in its single-line layout, which is all these tests look at.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
