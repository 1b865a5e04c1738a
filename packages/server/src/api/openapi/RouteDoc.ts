/** What the OpenAPI document says about one route; written next to the route's handler. */
import type { z } from 'zod';

export interface ResponseDoc {
  description: string;
  /** A JSON body. */
  schema?: z.ZodType;
  /** Other bodies, by content type (e.g. video/mp4), as JSON Schema. */
  content?: Record<string, Record<string, unknown>>;
  headers?: Record<string, { description: string; schema?: Record<string, unknown> }>;
}

export interface RouteDoc {
  method: 'get' | 'post' | 'delete';
  /** OpenAPI form: /v1/videos/{video_id} */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Whether a Bearer API key is needed (default true). */
  auth?: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: Record<string, string>;
  body?: { json?: z.ZodType; multipart?: Record<string, unknown>; required?: boolean };
  responses: Record<string, ResponseDoc>;
}
