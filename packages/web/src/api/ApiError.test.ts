import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, errorMessage } from './ApiError.ts';

test('ApiError.fromBody reads the OpenAI error shape', () => {
  const e = ApiError.fromBody(409, { error: { message: "The username 'ada' is taken.", type: 'invalid_request_error', param: 'username', code: 'username_taken' } }, 'fallback');
  assert.equal(e.status, 409);
  assert.equal(e.message, "The username 'ada' is taken.");
  assert.equal(e.param, 'username');
  assert.equal(e.code, 'username_taken');
  assert.equal(errorMessage(e), "The username 'ada' is taken.");
});

test('ApiError.fromBody falls back when the body is not the error shape', () => {
  const e = ApiError.fromBody(502, '<html>Bad gateway</html>', 'The server answered 502 Bad Gateway.');
  assert.equal(e.message, 'The server answered 502 Bad Gateway.');
  assert.equal(e.code, null);
  assert.equal(ApiError.fromBody(500, { error: { message: 42 } }, 'x').message, 'x');
});
