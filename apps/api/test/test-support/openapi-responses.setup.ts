import { describeMismatches, responseCounts, takeResponseMismatches } from './openapi-responses.js';

// Set up for every e2e test file (jest.config.ts): a response that does not match the OpenAPI document fails
// the test that made it. OPENAPI_RESPONSES_SUMMARY=1 prints each file's count of responses checked, to stderr.

afterEach(() => {
  const found = takeResponseMismatches();
  if (found.length > 0) throw new Error(describeMismatches(found));
});

afterAll(() => {
  const found = takeResponseMismatches();
  if (process.env['OPENAPI_RESPONSES_SUMMARY'] !== undefined) {
    const { validated, outside } = responseCounts();
    process.stderr.write(`openapi-responses: ${validated} validated against their operation, ${outside} outside any operation, ${expect.getState().testPath ?? ''}\n`);
  }
  if (found.length > 0) throw new Error(describeMismatches(found));
});
