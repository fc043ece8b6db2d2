import {
  PAGES,
  activeTab,
  findRegion,
  formatRoute,
  pageById,
  parseRoute,
  recordPageFor,
  regionsOf,
  routeHref,
  type RecordPageSpec
} from '../pages';

const ACCOUNT = '001Ex0000000001IAA';

describe('router', () => {
  it.each([
    ['', { page: 'index' }],
    ['#', { page: 'index' }],
    ['#/', { page: 'index' }],
    ['#/account', { page: 'account' }],
    ['#/account/', { page: 'account' }],
    [`#/account/${ACCOUNT}`, { page: 'account', recordId: ACCOUNT }],
    [`#/account/${ACCOUNT}/details`, { page: 'account', recordId: ACCOUNT, tab: 'details' }],
    [`#/course/a01Ex0000000001IAA/slides`, { page: 'course', recordId: 'a01Ex0000000001IAA', tab: 'slides' }],
    ['#/health', { page: 'health' }],
    ['#/insights', { page: 'insights' }],
    ['#/rules', { page: 'rules' }]
  ])('parses %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each([
    '#/nope',
    '#/health/001Ex0000000001IAA',
    '#/account/not-an-id',
    `#/account/${ACCOUNT}/related`,
    `#/account/${ACCOUNT}/details/more`,
    '#/index/x'
  ])('rejects %s', (hash) => {
    expect(parseRoute(hash)).toBeUndefined();
  });

  it('formats routes that parse back to themselves', () => {
    for (const route of [
      { page: 'index' as const },
      { page: 'contact' as const },
      { page: 'contact' as const, recordId: '003Ex0000000001IAA' },
      { page: 'course' as const, recordId: 'a01Ex0000000001IAA', tab: 'details' },
      { page: 'rules' as const }
    ]) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
    }
    expect(formatRoute({ page: 'account', recordId: ACCOUNT, tab: 'details' })).toBe(
      `#/account/${ACCOUNT}/details`
    );
    // Links carry the path, so LWC never treats them as fragment links to scope.
    expect(routeHref({ page: 'health' })).toBe('/#/health');
  });

  it('defaults a record page to its first tab', () => {
    const account = pageById('account') as RecordPageSpec;
    expect(activeTab(account, { page: 'account', recordId: ACCOUNT })).toBe('engagement');
    expect(activeTab(account, { page: 'account', recordId: ACCOUNT, tab: 'details' })).toBe('details');
    expect(activeTab(account, { page: 'account', recordId: ACCOUNT, tab: 'nope' })).toBe('engagement');
  });
});

describe('pages', () => {
  it('has the places users meet the product', () => {
    expect(PAGES.map((p) => p.id)).toEqual([
      'index',
      'account',
      'contact',
      'course',
      'health',
      'insights',
      'rules',
      'audiences'
    ]);
    expect(recordPageFor('course__c')?.id).toBe('course');
    expect(recordPageFor('Opportunity')).toBeUndefined();
  });

  it('gives every region a unique id and a feature, and every record page a Details tab last', () => {
    const regions = PAGES.flatMap((p) => regionsOf(p));
    expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length);
    regions.forEach((r) => expect(r.feature && r.purpose && r.label).toBeTruthy());
    expect(findRegion('course-viewer')?.page.id).toBe('course');
    const recordPages = PAGES.filter((p) => p.kind === 'record');
    expect(recordPages.map((p) => p.tabs[p.tabs.length - 1]!.value)).toEqual(
      recordPages.map(() => 'details')
    );
  });
});
