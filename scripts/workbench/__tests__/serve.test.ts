import { parseArgs } from '../serve';
import { ensureChromium, ChromiumUnavailableError } from '../ensure-chromium';

describe('serve arguments', () => {
  it('reads port, seed, mode and watch', () => {
    expect(parseArgs([])).toEqual({ mode: 'development', watch: false });
    expect(parseArgs(['--port', '5000', '--seed', '7', '--production', '--watch'])).toEqual({
      port: 5000,
      seed: 7,
      mode: 'production',
      watch: true
    });
    expect(parseArgs(['--port=0']).port).toBe(0);
    expect(() => parseArgs(['--port', 'x'])).toThrow(/whole number/);
    expect(() => parseArgs(['--verbose'])).toThrow(/Unknown option --verbose/);
  });
});

describe('ensureChromium', () => {
  it('returns an executable that exists, and explains a missing one in a sentence when it may not install', () => {
    expect(ensureChromium({ executablePath: process.execPath, install: false })).toBe(process.execPath);
    expect(() => ensureChromium({ executablePath: '/nonexistent/chromium', install: false })).toThrow(
      ChromiumUnavailableError
    );
  });
});
