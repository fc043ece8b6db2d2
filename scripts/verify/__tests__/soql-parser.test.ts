import { blankComments, extractQueries, parseSoql } from '../soql-parser';

const paths = (text: string): string[] => parseSoql(text).fields.map((f) => f.path);

describe('extractQueries', () => {
  it('finds static queries with their offsets', () => {
    const src = 'List<Account> a = [SELECT Id FROM Account];\nInteger n = [ select count() from Contact ];';
    const qs = extractQueries(src);
    expect(qs.map((q) => [q.text.trim(), q.kind])).toEqual([
      ['SELECT Id FROM Account', 'static'],
      ['select count() from Contact', 'static']
    ]);
    expect(src.slice(qs[0].offset, qs[0].offset + 6)).toBe('SELECT');
  });

  it('ignores brackets and SELECT inside comments and strings', () => {
    const src = [
      '// [SELECT Bogus__c FROM Account]',
      '/* [SELECT Bogus__c FROM Account] */',
      "String s = '[SELECT Bogus__c FROM Account]';",
      "String t = 'it\\'s [SELECT';",
      'Integer[] arr = new Integer[2]; arr[0] = 1;',
      "List<Course__c> c = [SELECT Id FROM Course__c WHERE Name = ']' AND Id IN :ids[0]];"
    ].join('\n');
    const qs = extractQueries(src);
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe("SELECT Id FROM Course__c WHERE Name = ']' AND Id IN :ids[0]");
  });

  it('keeps offsets when blanking comments', () => {
    const src = 'a /* x\ny */ b // z\nc';
    const out = blankComments(src);
    expect(out).toHaveLength(src.length);
    expect(out.split('\n')).toHaveLength(3);
    expect(out.replace(/\s+/g, '')).toBe('abc');
  });

  it('reads literal Database.query strings but not concatenated variables', () => {
    const src = [
      "Database.query('SELECT Id, Foo__c FROM Account');",
      "Database.queryWithBinds('SELECT Id FROM Course__c ' + 'WHERE Status__c = :s', binds, AccessLevel.USER_MODE);",
      "Database.query('SELECT Id FROM Account WHERE Name = ' + name);",
      'Database.query(q);'
    ].join('\n');
    const qs = extractQueries(src);
    expect(qs.map((q) => [q.text, q.kind])).toEqual([
      ['SELECT Id, Foo__c FROM Account', 'dynamic'],
      ['SELECT Id FROM Course__c WHERE Status__c = :s', 'dynamic']
    ]);
  });

  it('skips SOSL', () => {
    expect(
      extractQueries("List<List<SObject>> r = [FIND 'x' IN ALL FIELDS RETURNING Account(Name)];")
    ).toEqual([]);
  });
});

describe('parseSoql', () => {
  it('reads the select list, FROM and WHERE', () => {
    const q = parseSoql(
      "SELECT Id, Name, Status__c FROM Course__c WHERE Status__c = 'Published' AND Topic__c != null"
    );
    expect(q.from).toBe('Course__c');
    expect(q.fields.map((f) => f.path)).toEqual(['Id', 'Name', 'Status__c', 'Status__c', 'Topic__c']);
  });

  it('reads child subqueries separately', () => {
    const q = parseSoql(
      'SELECT Id, (SELECT Id, Order__c FROM Sections__r WHERE Media_Type__c = :t ORDER BY Order__c) FROM Course__c'
    );
    expect(q.fields.map((f) => f.path)).toEqual(['Id']);
    expect(q.children).toHaveLength(1);
    expect(q.children[0].from).toBe('Sections__r');
    expect(q.children[0].fields.map((f) => f.path)).toEqual(['Id', 'Order__c', 'Media_Type__c', 'Order__c']);
  });

  it('keeps relationship paths whole', () => {
    expect(
      paths(
        'SELECT Course__r.Status__c, Course__r.Owner.Name FROM Section__c WHERE Course__r.Topic__c LIKE :t'
      )
    ).toEqual(['Course__r.Status__c', 'Course__r.Owner.Name', 'Course__r.Topic__c']);
  });

  it('separates aggregate functions and aliases from fields', () => {
    const q = parseSoql(
      'SELECT Course__c, COUNT(Id) cnt, COUNT() , SUM(View_Count__c) views, CALENDAR_YEAR(CreatedDate) yr FROM Activity__c ' +
        'GROUP BY Course__c, CALENDAR_YEAR(CreatedDate) HAVING COUNT(Id) > 1 ORDER BY COUNT(Id) DESC NULLS LAST LIMIT 10'
    );
    expect(q.fields.map((f) => f.path)).toEqual([
      'Course__c',
      'Id',
      'View_Count__c',
      'CreatedDate',
      'Course__c',
      'CreatedDate',
      'Id',
      'Id'
    ]);
    expect(q.aliases).toEqual(['cnt', 'views', 'yr']);
  });

  it('reads toLabel, FORMAT and convertCurrency arguments; skips FIELDS() and TYPEOF', () => {
    expect(paths('SELECT toLabel(Status__c), FORMAT(Amount) amt, FIELDS(STANDARD) FROM Opportunity')).toEqual(
      ['Status__c', 'Amount']
    );
    expect(
      paths(
        'SELECT Id, TYPEOF What WHEN Account THEN Phone, NumberOfEmployees ELSE Name END, Subject FROM Event'
      )
    ).toEqual(['Id', 'Subject']);
  });

  it('ignores bind expressions, date literals and literals', () => {
    const q = parseSoql(
      'SELECT Id FROM Activity__c WHERE Account__c IN :accountIds AND User__c = :UserInfo.getUserId() ' +
        'AND Section__c IN :new Set<Id>{ a.Id, b.Id } AND Last_Viewed_At__c = LAST_N_DAYS:30 ' +
        'AND First_Viewed_At__c > :since AND CreatedDate < 2024-01-31T10:00:00Z AND View_Count__c > -1 ' +
        "AND State__c IN ('Viewed', 'Viewed_Again') AND Course__r.Status__c != :statuses[0] AND Last_Visit_Started_At__c = TODAY " +
        'WITH USER_MODE ORDER BY Last_Viewed_At__c DESC LIMIT :max OFFSET 5 FOR VIEW'
    );
    expect(q.fields.map((f) => f.path)).toEqual([
      'Id',
      'Account__c',
      'User__c',
      'Section__c',
      'Last_Viewed_At__c',
      'First_Viewed_At__c',
      'CreatedDate',
      'View_Count__c',
      'State__c',
      'Course__r.Status__c',
      'Last_Visit_Started_At__c',
      'Last_Viewed_At__c'
    ]);
  });

  it('reads semi-join subqueries as independent queries', () => {
    const q = parseSoql(
      'SELECT Id FROM Course__c WHERE Id IN (SELECT Course__c FROM Section__c WHERE Topic__c = :t) AND Id NOT IN :ids'
    );
    expect(q.fields.map((f) => f.path)).toEqual(['Id', 'Id', 'Id']);
    expect(q.semiJoins).toHaveLength(1);
    expect(q.semiJoins[0].from).toBe('Section__c');
    expect(q.semiJoins[0].fields.map((f) => f.path)).toEqual(['Course__c', 'Topic__c']);
  });

  it('takes keyword-like object names after FROM and strips a FROM alias', () => {
    expect(parseSoql('SELECT Id FROM Order WHERE Status = :s').from).toBe('Order');
    const q = parseSoql('SELECT c.Name, c.Status__c FROM Course__c c WHERE c.Topic__c = null');
    expect(q.alias).toBe('c');
    expect(q.fields.map((f) => f.path)).toEqual(['Name', 'Status__c', 'Topic__c']);
  });

  it('gives offsets into the query text', () => {
    const text = 'SELECT Id,\n  Statuss__c FROM Course__c';
    const q = parseSoql(text);
    expect(text.slice(q.fields[1].offset, q.fields[1].offset + 10)).toBe('Statuss__c');
    expect(text.slice(q.fromOffset, q.fromOffset + 9)).toBe('Course__c');
  });
});
