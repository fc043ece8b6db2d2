/* Jest setup for LWC tests: accessibility matchers (`await expect(element).toBeAccessible()`). */
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
