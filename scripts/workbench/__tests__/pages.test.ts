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
  tabOfRegion,
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
    [
      `#/course/a01Ex0000000001IAA/present`,
      { page: 'course', recordId: 'a01Ex0000000001IAA', tab: 'present' }
    ],
    [
      `#/course/a01Ex0000000001IAA/journeys`,
      { page: 'course', recordId: 'a01Ex0000000001IAA', tab: 'journeys' }
    ],
    [`#/account/${ACCOUNT}/present`, { page: 'account', recordId: ACCOUNT, tab: 'present' }],
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
    `#/account/${ACCOUNT}/journeys`,
    '#/contact/003Ex0000000001IAA/present',
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
      { page: 'course' as const, recordId: 'a01Ex0000000001IAA', tab: 'present' },
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
    expect(activeTab(account, { page: 'account', recordId: ACCOUNT, tab: 'present' })).toBe('present');
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
    for (const p of recordPages) {
      expect(new Set(p.tabs.map((t) => t.value)).size).toBe(p.tabs.length);
      // Every tab but Details has regions (an empty feature tab would show nothing).
      expect(p.tabs.filter((t) => t.value !== 'details' && !t.regions.length)).toEqual([]);
    }
  });

  it('lays record pages out in feature tabs, as a Lightning record page would', () => {
    const layout = (id: 'account' | 'contact' | 'course') =>
      (pageById(id) as RecordPageSpec).tabs.map((t) => [t.label, t.regions.map((r) => r.id)]);
    expect(layout('course')).toEqual([
      ['Slides', ['course-builder', 'course-viewer']],
      ['Present', ['course-presenter', 'course-follow-along']],
      ['Journeys', ['course-journey']],
      ['Details', []]
    ]);
    expect(layout('account')).toEqual([
      ['Engagement', ['account-engagement']],
      ['Present', ['account-presenter']],
      ['Details', []]
    ]);
    expect(layout('contact')).toEqual([
      ['Engagement', ['contact-engagement']],
      ['Details', []]
    ]);
  });

  it('finds the tab that holds a region', () => {
    const course = pageById('course') as RecordPageSpec;
    expect(tabOfRegion(course, 'course-follow-along')).toBe('present');
    expect(tabOfRegion(course, 'course-journey')).toBe('journeys');
    expect(tabOfRegion(course, 'account-presenter')).toBeUndefined();
  });
});
