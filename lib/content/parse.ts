import YAML, { YAMLError } from 'yaml';
import type { z } from 'zod';
import { ContentError, fromZodError } from './errors';

/** Parse a YAML file's text and validate it, or throw a ContentError naming the file, the place and the problem. */
export function parseYaml<T extends z.ZodType>(file: string, source: string, schema: T): z.infer<T> {
  let data: unknown;
  try {
    data = YAML.parse(source, { prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    if (e instanceof YAMLError) {
      const pos = e.linePos?.[0];
      throw new ContentError(file, pos ? `line ${pos.line}, column ${pos.col}` : '', e.message.split('\n')[0]);
    }
    throw e;
  }
  const result = schema.safeParse(data);
  if (!result.success) throw fromZodError(file, result.error);
  return result.data;
}
