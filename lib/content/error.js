// @ts-check
// Plain CommonJS so that next.config.js (through ./files.js) and the app throw the same error. Types: error.d.ts.

/** A content or message file that cannot be used: names the file, the place in it and the problem. */
class ContentError extends Error {
  /**
   * @param {string} file
   * @param {string} place
   * @param {string} problem
   */
  constructor(file, place, problem) {
    super(`${file}: ${place ? place + ': ' : ''}${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.place = place;
    this.problem = problem;
  }

  /**
   * Recognised by its shape, not its constructor: a test runner may load this CommonJS file twice (once required by
   * files.js, once imported), and an error from either copy is still a ContentError.
   * @param {unknown} x
   */
  static [Symbol.hasInstance](x) {
    return x instanceof Error && x.name === 'ContentError' && typeof (/** @type {any} */ (x).file) === 'string';
  }
}

module.exports = { ContentError };
