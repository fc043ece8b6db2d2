import { applyNamespace } from '../namespace';

describe('applyNamespace', () => {
  const project = {
    namespace: '',
    packageDirectories: [{ path: 'force-app', default: true }],
    sourceApiVersion: '66.0'
  };

  it('sets the namespace on a copy and leaves the rest alone', () => {
    const result = applyNamespace(project, 'entatio');
    expect(result.namespace).toBe('entatio');
    expect(result.packageDirectories).toEqual(project.packageDirectories);
    expect(project.namespace).toBe('');
  });

  it.each(['', '9lives', 'has space', 'a__b', 'waytoolongnamespace'])('rejects "%s"', (namespace) => {
    expect(() => applyNamespace(project, namespace)).toThrow(/not a valid namespace/);
  });
});
