/** A content or message file that cannot be used: names the file, the place in it and the problem. */
export class ContentError extends Error {
  constructor(file: string, place: string, problem: string);
  readonly file: string;
  readonly place: string;
  readonly problem: string;
}
