/** Matchers registered by scripts/jest/setup-lwc.js for LWC Jest tests. */
declare namespace jest {
  interface Matchers<R> {
    toBeAccessible(): Promise<R>;
  }
}
