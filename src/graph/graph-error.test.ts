// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { GraphError, fieldFromMessage, htmlToText, parseGraphError, parseRetryAfter, unwrapIntuneMessage } from './graph-error';

const CRID = '0f0e0d0c-0b0a-4908-8706-050403020100';

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

const INTUNE_403 = {
  error: {
    code: 'Forbidden',
    message: JSON.stringify({
      _version: 3,
      Message: 'User is not authorized to perform this operation. - Operation ID (for customer support): 7d1c1e0e-0000-4000-8000-000000000001',
      CustomApiErrorPhrase: '',
      RetryAfter: null,
      ErrorSourceService: '',
      HttpHeaders: '{}',
    }),
    innerError: { date: '2025-02-10T18:10:00', 'request-id': '3f0c8b2a-1111-4222-8333-444455556666', 'client-request-id': CRID },
  },
};

describe('parseGraphError', () => {
  it('unwraps the Intune nested message and reads innerError ids', async () => {
    const error = await parseGraphError(json(403, INTUNE_403, { 'request-id': 'header-id' }), CRID);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe('http');
    expect(error.status).toBe(403);
    expect(error.code).toBe('Forbidden');
    expect(error.graphMessage).toMatch(/^User is not authorized to perform this operation\. - Operation ID/);
    expect(error.requestId).toBe('3f0c8b2a-1111-4222-8333-444455556666');
    expect(error.clientRequestId).toBe(CRID);
    expect(error.date).toBe('2025-02-10T18:10:00');
    expect(error.advice).toMatch(/DeviceManagementConfiguration\.ReadWrite\.All/);
    expect(error.advice).toMatch(/Intune Administrator or Policy and Profile Manager/);
    expect(error.advice).toMatch(/licence/);
    expect(error.message).toContain('403 Forbidden: User is not authorized');
    expect(error.supportDetails).toBe(`request-id 3f0c8b2a-1111-4222-8333-444455556666 · client-request-id ${CRID} · date 2025-02-10T18:10:00`);
  });

  it('falls back to response headers for ids, and to the sent client-request-id', async () => {
    const response = json(404, { error: { code: 'ResourceNotFound', message: 'Not found' } }, { 'request-id': 'rid-1', Date: 'Mon, 10 Feb 2025 18:10:00 GMT' });
    const error = await parseGraphError(response, CRID);
    expect(error).toMatchObject({ requestId: 'rid-1', date: 'Mon, 10 Feb 2025 18:10:00 GMT', clientRequestId: CRID, graphMessage: 'Not found' });
    expect(error.advice).toMatch(/does not exist in this tenant.*Check the ID/);
  });

  it('accepts the lower-case innererror spelling', async () => {
    const error = await parseGraphError(json(500, { error: { code: 'x', message: 'y', innererror: { 'request-id': 'r2' } } }), CRID);
    expect(error.requestId).toBe('r2');
  });

  it('turns an HTML error page into readable text, marked as not JSON', async () => {
    const page = `<!DOCTYPE html><html><head><title>502</title><style>body{color:red}</style><script>var x = 1;</script></head>
      <body><h1>502 Bad Gateway</h1><p>The proxy server received an invalid response &amp; gave up.</p>${'<p>filler</p>'.repeat(100)}</body></html>`;
    const error = await parseGraphError(new Response(page, { status: 502, headers: { 'Content-Type': 'text/html' } }), CRID);
    expect(error.nonJsonBody).toBe(true);
    expect(error.graphMessage).toMatch(/^502 502 Bad Gateway The proxy server received an invalid response & gave up\./);
    expect(error.graphMessage).not.toMatch(/[<>]|color:red|var x/);
    expect(error.graphMessage?.length).toBeLessThanOrEqual(301);
    expect(error.message).toContain('not JSON');
    expect(error.advice).toMatch(/service problem.*few minutes/);
  });

  it('copes with an empty body and an unreadable body', async () => {
    const empty = await parseGraphError(new Response(null, { status: 503 }), CRID);
    expect(empty.graphMessage).toBeUndefined();
    expect(empty.message).toBe('Microsoft Graph answered 503 Service Unavailable.');
    const broken = new Response('x', { status: 500 });
    await broken.text(); // body already used → text() rejects
    await expect(parseGraphError(broken, CRID)).resolves.toMatchObject({ status: 500, clientRequestId: CRID });
  });

  it('names the field Graph complained about in a 400', async () => {
    const body = {
      error: {
        code: 'ModelValidationFailure',
        message: "The property 'showTaskbar' does not exist on type 'microsoft.graph.windowsAssignedAccessProfile'. Make sure to only use property names that are defined by the type.",
      },
    };
    const error = await parseGraphError(json(400, body), CRID);
    expect(error.field).toBe('showTaskbar');
    expect(error.advice).toBe("Graph rejected the request body: it complained about 'showTaskbar'. Fix that field and submit again.");
    const vague = await parseGraphError(json(400, { error: { code: 'BadRequest', message: 'Invalid request.' } }), CRID);
    expect(vague.field).toBeUndefined();
    expect(vague.advice).toMatch(/^Graph rejected the request body\./);
  });

  it.each([
    [401, /Sign in again/],
    [409, /conflict/],
    [429, /throttling/],
    [504, /service problem/],
    [418, /unexpected error/],
  ])('advises on %i', async (status, advice) => {
    expect((await parseGraphError(json(status, { error: { code: 'c', message: 'm' } }), CRID)).advice).toMatch(advice);
  });

  it('reads Retry-After on the error', async () => {
    expect((await parseGraphError(json(429, {}, { 'Retry-After': '7' }), CRID)).retryAfterSeconds).toBe(7);
  });
});

describe('helpers', () => {
  it('unwrapIntuneMessage keeps plain and broken messages as they are', () => {
    expect(unwrapIntuneMessage('{"_version":3,"Message":"inner"}')).toBe('inner');
    expect(unwrapIntuneMessage('Plain message')).toBe('Plain message');
    expect(unwrapIntuneMessage('{not json')).toBe('{not json');
    expect(unwrapIntuneMessage('{"other":1}')).toBe('{"other":1}');
  });

  it('htmlToText strips tags and decodes entities', () => {
    expect(htmlToText('<p>a &lt;b&gt;&nbsp;c</p>\n<br/>d')).toBe('a <b> c d');
  });

  it('fieldFromMessage finds quoted property and parameter names', () => {
    expect(fieldFromMessage("Cannot convert the literal '5' to the expected type 'Edm.String' for property 'profileName'")).toBe('profileName');
    expect(fieldFromMessage("The parameter 'foo' in the request payload is not a valid parameter")).toBe('foo');
    expect(fieldFromMessage('Something failed.')).toBeUndefined();
  });

  it('parseRetryAfter reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-02-10T18:10:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Mon, 10 Feb 2025 18:10:45 GMT', now)).toBe(45);
    expect(parseRetryAfter('Mon, 10 Feb 2025 18:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('builds network, timeout and aborted errors with advice', () => {
    expect(new GraphError({ kind: 'network' }).advice).toMatch(/internet connection.*proxy.*CORS/);
    const timeout = new GraphError({ kind: 'timeout', timeoutSeconds: 30 });
    expect(timeout.message).toBe('Microsoft Graph did not answer within 30 s.');
    expect(timeout.advice).toMatch(/No answer within 30 s\. The request may or may not have been applied/);
    expect(new GraphError({ kind: 'aborted' }).name).toBe('GraphError');
  });

  it('redacted() removes a secret from every text field', () => {
    const error = new GraphError({ kind: 'http', status: 400, graphMessage: 'bad SECRET here', code: 'SECRET' }).redacted('SECRET');
    expect(JSON.stringify(error) + error.message + (error.stack ?? '')).not.toContain('SECRET');
    expect(error.graphMessage).toBe('bad [redacted] here');
  });
});
