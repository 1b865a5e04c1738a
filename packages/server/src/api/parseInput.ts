/** Validate a query, params or body object with a zod schema; a failure is a 400 naming the parameter. */
import type { z } from 'zod';
import { fromZodError } from './ApiError.ts';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(value ?? {}, { reportInput: true });
  if (!result.success) throw fromZodError(result.error, prefix);
  return result.data;
}
