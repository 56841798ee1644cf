// Fenced code as the passes that rewrite other tools' syntax follow it (export-syntax.ts,
// readme-blocks.ts): nothing inside ``` or ~~~ is ever rewritten.

const CODE_FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * Follows fenced code line by line: `inCode` says whether a line is a fence or inside one, where
 * nothing is rewritten; `end` ends the code inside a block that ended.
 */
export function codeFences() {
  let fence: string | undefined;
  return {
    inCode(line: string): boolean {
      if (fence === undefined) return (fence = CODE_FENCE.exec(line)?.[1]) !== undefined;
      // The code ends on a line of at least as many of the same backticks or tildes.
      if (new RegExp(`^[ \\t]*${fence[0]}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined;
      return true;
    },
    end() {
      fence = undefined;
    },
  };
}
