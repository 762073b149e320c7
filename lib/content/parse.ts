import type { z } from 'zod';
import { fromZodError } from './errors';
import { parseYamlText } from './files';

/** Validate a file's parsed data, or throw a ContentError naming the file, the place and the problem. */
export function validate<T extends z.ZodType>(file: string, data: unknown, schema: T): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw fromZodError(file, result.error);
  return result.data;
}

/** Parse a YAML file's text and validate it, or throw a ContentError naming the file, the place and the problem. */
export function parseYaml<T extends z.ZodType>(file: string, source: string, schema: T): z.infer<T> {
  return validate(file, parseYamlText(file, source), schema);
}
